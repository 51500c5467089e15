#!/usr/bin/env bash
# A maintainer's repository of norm files, for real: a git repository with norm sets, a
# crosswalk, zelfevaluaties (YAML and CSV), other tools' YAML and CSV (.pre-commit-config.yaml,
# a GitHub workflow, docker-compose.yml, a spreadsheet export), and this repository's
# .pre-commit-hooks.yaml used through Debian's pre-commit with a real `git commit`. Then every
# `run:` of docs/github-actions-lint.yml runs as written, as on a runner that restored the
# labeltool build from its cache.
#
# usage: test_precommit.sh LABELTOOL SOURCE_DIR BUILD_DIR
# Exits 77 (skipped) only when pre-commit or git is not installed (./setup.sh test installs
# both). LABELTOOL_TEST_WORKFLOW_BUILD=1 also runs the workflow's build step (a cache miss):
# a full release build of labeltool, so it is not run by default.
set -euo pipefail
labeltool="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
source="$(cd "$2" && pwd)" build="$(cd "$3" && pwd)"
for tool in pre-commit git; do
  if ! command -v "$tool" >/dev/null; then
    echo "skipped: $tool is not installed (./setup.sh test installs it)"
    exit 77
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
# expect_in NAME NEEDLE FILE: FILE contains the fixed string NEEDLE.
expect_in() {
  if grep -qF -- "$2" "$3"; then pass; else fail "$1: '$2' not in:"; sed 's/^/    /' "$3"; fi
}

# Nothing here may reach the network: git may only use local paths, and a proxy that
# refuses every connection catches anything that tries HTTP anyway.
export GIT_ALLOW_PROTOCOL=file
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9
export HTTP_PROXY=$http_proxy HTTPS_PROXY=$https_proxy
export PRE_COMMIT_HOME="$work/pre-commit-home" NO_COLOR=1 LABELTOOL_NORMSETS=
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name "Norm Beheerder"
git config --global user.email beheerder@example.org
git config --global init.defaultBranch main
# The hooks call `labeltool` by name, as on a maintainer's machine: the build under test.
mkdir -p "$work/bin"
ln -s "$labeltool" "$work/bin/labeltool"
export PATH="$work/bin:$PATH"

# This repository's hook definitions, exactly as in the working tree, in a repository of
# their own: pre-commit clones a hook repository at a rev, and the working tree may hold
# changes not committed yet.
hooks="$work/labeltool-hooks"
mkdir -p "$hooks"
cp "$source/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" init -q
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -qm "labeltool hooks"
rev="$(git -C "$hooks" rev-parse HEAD)"

repo="$work/normen"
mkdir -p "$repo/normsets/crosswalks" "$repo/zelfevaluaties" "$repo/.github/workflows" \
  "$repo/exports"
cp "$source"/normsets/kssw-2019.yaml "$source"/normsets/nvvk-2021.yaml \
  "$source"/normsets/taalhuizen-cbct.yaml "$repo/normsets/"
cp "$source/normsets/crosswalks/nvvk-2021-kssw-2019.yaml" "$repo/normsets/crosswalks/"
cp "$source/examples/buurtkracht-kssw-2019.yaml" "$source/examples/buurtkracht-kssw-2019.csv" \
  "$source/examples/geldzorg-nvvk-2021.yaml" "$repo/zelfevaluaties/"
cp "$source/docs/github-actions-lint.yml" "$repo/.github/workflows/labeltool.yml"
cat >"$repo/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: labeltool-lint
EOF
cat >"$repo/docker-compose.yml" <<'EOF'
services:
  wiki:
    image: docker.io/library/nginx:1.25
    ports: ["8080:80"]
    volumes:
      - ./normsets:/usr/share/nginx/html/normsets:ro
EOF
printf 'thema;norm;uren\nA;1;12\nB;2;3\n' >"$repo/exports/uren.csv"

cd "$repo"
git init -q
if pre-commit install >"$work/install.log" 2>&1; then pass; else
  fail "pre-commit install"; sed 's/^/    /' "$work/install.log"; fi
git add -A

# 1. A clean first commit passes: the other tools' files are skipped, not errors.
if git commit -qm "Norm sets, crosswalk and zelfevaluaties" >"$work/commit1.log" 2>&1; then
  pass
else
  fail "a clean first commit is refused"; sed 's/^/    /' "$work/commit1.log"
fi
expect_in "the hook ran" "labeltool lint" "$work/commit1.log"
expect_in "the hook passed" "Passed" "$work/commit1.log"
if pre-commit run --all-files --verbose >"$work/all.log" 2>&1; then pass; else
  fail "pre-commit run --all-files"; sed 's/^/    /' "$work/all.log"; fi
expect_in "every labeltool file linted" " in 7 files" "$work/all.log"
expect_in "the others counted" "4 files skipped: not labeltool files" "$work/all.log"

# 2. A commit that breaks a norm fails, naming the file and the line.
line="$(grep -n '^        title: Middelen$' normsets/taalhuizen-cbct.yaml | head -1 | cut -d: -f1)"
sed -i "${line}s/title: Middelen/titel: Middelen/" normsets/taalhuizen-cbct.yaml
git add normsets/taalhuizen-cbct.yaml
if git commit -qm "Rename a key" >"$work/commit2.log" 2>&1; then
  fail "a commit with a broken norm was accepted"; sed 's/^/    /' "$work/commit2.log"
else
  pass
fi
expect_in "the broken norm is named with file and line" \
  "normsets/taalhuizen-cbct.yaml:$line:9: error[unknown-key]: unknown key 'titel' in norm" \
  "$work/commit2.log"
expect_in "the hook failed" "Failed" "$work/commit2.log"
if [ "$(git rev-list --count HEAD)" = 1 ]; then pass; else fail "the broken commit was made"; fi

# 3. A commit of only other tools' files passes (the hook gets only skipped files).
git checkout -q HEAD -- normsets/taalhuizen-cbct.yaml
echo "# the wiki" >>docker-compose.yml
git add docker-compose.yml
if git commit -qm "Compose comment" >"$work/commit3.log" 2>&1; then pass; else
  fail "a commit of docker-compose.yml alone is refused"; sed 's/^/    /' "$work/commit3.log"; fi

# 4. The workflow's run: commands, as written, on a runner whose cache held the build.
# sudo and apt-get are stand-ins: nothing is installed, but every package the workflow
# names must be one this machine has (the build used them).
mkdir -p "$work/runner-bin"
cat >"$work/runner-bin/sudo" <<'EOF'
#!/bin/sh
exec "$@"
EOF
cat >"$work/runner-bin/apt-get" <<'EOF'
#!/bin/sh
# apt-get stand-in: 'update' does nothing, 'install' checks that the packages are installed.
[ "$1" = install ] || exit 0
shift
for package in "$@"; do
  case "$package" in -*) continue ;; esac
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
    { echo "apt-get stand-in: $package is not installed here" >&2; exit 100; }
done
EOF
chmod +x "$work/runner-bin/sudo" "$work/runner-bin/apt-get"

# run_workflow SCENARIO LOG: every step with run:, in order, each in `bash -e` as GitHub's
# default shell does. SCENARIO is cache-hit or cache-miss; it decides the build step's if:.
run_workflow() {
  local scenario="$1" log="$2" steps="$work/steps-$1"
  rm -rf "$steps" && mkdir -p "$steps"
  /usr/bin/python3 - "$repo/.github/workflows/labeltool.yml" "$steps" "$scenario" <<'EOF'
import re, sys, yaml
workflow, folder, scenario = sys.argv[1:]
with open(workflow, encoding="utf-8") as f:
    steps = yaml.safe_load(f)["jobs"]["lint"]["steps"]
# What each if: means here: "success" runs while no step has failed (GitHub's default),
# "always" runs anyway, None is a step that does not run in this scenario.
conditions = {None: "success", "always()": "always",
              "steps.cache.outputs.cache-hit != 'true'":
                  "success" if scenario == "cache-miss" else None}
n = 0
for step in steps:
    if "run" not in step:
        continue
    if step.get("if") not in conditions:
        sys.exit(f"unknown condition in the workflow: if: {step['if']}")
    if "${{" in step["run"]:
        sys.exit(f"step '{step.get('name')}' has a ${{{{ }}}} expression in run:, which this "
                 "test cannot evaluate; pass it through env: instead")
    n += 1
    if conditions[step.get("if")]:
        name = re.sub(r"[^a-z0-9]+", "-", step.get("name", "step").lower())
        when = conditions[step.get("if")]
        with open(f"{folder}/{n:02d}-{when}-{name}.sh", "w", encoding="utf-8") as out:
            out.write(step["run"])
EOF
  : >"$work/github_path"
  local code=0 script status
  for script in "$steps"/*.sh; do
    case "$script" in *-success-*) [ "$code" -eq 0 ] || continue ;; esac
    local path="$PATH"
    while IFS= read -r entry; do path="$entry:$path"; done <"$work/github_path"
    set +e
    GITHUB_PATH="$work/github_path" PATH="$work/runner-bin:$path" bash -e "$script" \
      >"$script.out" 2>"$script.err"
    status=$?
    set -e
    echo "$(basename "$script") $status" >>"$log"
    [ "$status" -eq 0 ] || code=$status
  done
  return "$code"
}

# The build is cached, keyed on labeltool's source, and built only on a miss, into the
# folder the cache restores.
if /usr/bin/python3 - "$repo/.github/workflows/labeltool.yml" <<'EOF'
import sys, yaml
steps = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["jobs"]["lint"]["steps"]
cache = [s for s in steps if str(s.get("uses", "")).startswith("actions/cache@")]
assert len(cache) == 1 and cache[0].get("id") == "cache", cache
key, path = cache[0]["with"]["key"], cache[0]["with"]["path"]
assert "hashFiles(" in key and "'.labeltool/src/**'" in key, key
build = [s for s in steps if "cmake --build" in s.get("run", "")]
assert len(build) == 1 and build[0].get("if") == "steps.cache.outputs.cache-hit != 'true'", build
assert f'-DCMAKE_INSTALL_PREFIX="$PWD/{path}"' in build[0]["run"], build[0]["run"]
EOF
then pass; else fail "the workflow caches the build, keyed on the source"; fi

# On a cache hit, .labeltool-install holds what the build step installs.
cmake --install "$build" --prefix "$repo/.labeltool-install" >/dev/null
# The runner has no labeltool of its own: only GITHUB_PATH may provide it.
rm "$work/bin/labeltool"
if run_workflow cache-hit "$work/workflow-hit.log"; then pass; else
  fail "workflow (cache hit) on a clean repository"; cat "$work/workflow-hit.log"
  for f in "$work"/steps-cache-hit/*.err; do sed "s|^|    $(basename "$f"): |" "$f"; done
fi
steps="$work/steps-cache-hit"
if ls "$steps" | grep -q build; then fail "the build step ran on a cache hit"; else pass; fi
sarif="$repo/labeltool.sarif"
if /usr/bin/python3 - "$sarif" "$repo" <<'EOF'
import json, sys
sarif = json.load(open(sys.argv[1], encoding="utf-8"))
run = sarif["runs"][0]
assert run["results"] == [], run["results"]
assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file://" + sys.argv[2] + "/", run
EOF
then pass; else fail "the workflow's SARIF for a clean repository"; fi

# The same steps on a broken norm: annotations that GitHub attaches to the file.
sed -i "${line}s/title: Middelen/titel: Middelen/" normsets/taalhuizen-cbct.yaml
if run_workflow cache-hit "$work/workflow-broken.log"; then
  fail "the workflow passed on a broken norm"
else
  pass
fi
annotations="$(ls "$steps"/*annotations*.sh.out)"
expect_in "annotation on the pull request's file" \
  "::error file=normsets/taalhuizen-cbct.yaml,line=$line,col=9,title=labeltool unknown-key::" \
  "$annotations"
if /usr/bin/python3 - "$sarif" "$line" <<'EOF'
import json, sys
run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
locations = [r["locations"][0]["physicalLocation"] for r in run["results"]]
assert {"uri": "normsets/taalhuizen-cbct.yaml", "uriBaseId": "%SRCROOT%"} in \
    [l["artifactLocation"] for l in locations], locations
assert int(sys.argv[2]) in [l["region"]["startLine"] for l in locations], locations
EOF
then pass; else fail "the workflow's SARIF names the broken norm relative to %SRCROOT%"; fi
git checkout -q -- normsets/taalhuizen-cbct.yaml

# A cache miss builds labeltool from its source as the workflow says (slow: opt-in).
if [ "${LABELTOOL_TEST_WORKFLOW_BUILD:-0}" = 1 ]; then
  rm -rf "$repo/.labeltool-install"
  mkdir -p "$repo/.labeltool"
  git -C "$source" ls-files -z | (cd "$source" && xargs -0 cp --parents -t "$repo/.labeltool")
  if run_workflow cache-miss "$work/workflow-miss.log"; then pass; else
    fail "workflow (cache miss) on a clean repository"; cat "$work/workflow-miss.log"
    for f in "$work"/steps-cache-miss/*.err; do sed "s|^|    $(basename "$f"): |" "$f"; done
  fi
  if test -x "$repo/.labeltool-install/bin/labeltool"; then pass; else
    fail "the build step installed no labeltool"; fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
