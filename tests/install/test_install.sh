#!/usr/bin/env bash
# Installs the build into a temporary prefix, as `cmake --install` would on a machine, and
# uses it from a folder with no ./normsets: the installed share folder must be found. Then
# builds the .deb with CPack and looks inside. usage: test_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$(cd "$1" && pwd)" source="$(cd "$2" && pwd)"
prefix="$(mktemp -d)" work="$(mktemp -d)"
trap 'rm -rf "$prefix" "$work"' EXIT
passed=0 failed=0
expect() {  # expect NAME COMMAND...
  local name="$1"; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $name"; fi
}

cmake --install "$build" --prefix "$prefix" >/dev/null
tool="$prefix/bin/labeltool"
cp "$source/examples/buurtkracht-kssw-2019.yaml" "$work/"
cd "$work"
expect "installed binary runs" "$tool" --version
expect "installed norm sets are found" bash -c "'$tool' list | grep -q '^kssw@2019 .*$prefix/share/labeltool/normsets/kssw-2019.yaml'"
expect "check works from anywhere" "$tool" check --today 2026-11-23 buurtkracht-kssw-2019.yaml
expect "installed crosswalks are found" "$tool" diff nvvk@2021 kssw@2019
expect "man page installed" test -s "$prefix/share/man/man1/labeltool.1"
expect "man page renders" bash -c "man -l '$prefix/share/man/man1/labeltool.1' 2>/dev/null | grep -q 'labeltool check' || grep -q '^.SS check' '$prefix/share/man/man1/labeltool.1'"
expect "bash completion is valid bash" bash -n "$prefix/share/bash-completion/completions/labeltool"
expect "bash completion completes commands" bash -c "source '$prefix/share/bash-completion/completions/labeltool'; COMP_WORDS=(labeltool ch); COMP_CWORD=1; _labeltool; [[ \${COMPREPLY[*]} == check ]]"
expect "zsh completion installed" test -s "$prefix/share/zsh/vendor-completions/_labeltool"
expect "fish completion installed" grep -q "__fish_seen_subcommand_from check" "$prefix/share/fish/vendor_completions.d/labeltool.fish"
expect "schemas installed beside the norm sets" test -s "$prefix/share/labeltool/schemas/normset.schema.json"

if command -v dpkg-deb >/dev/null && command -v cpack >/dev/null; then
  (cd "$build" && cpack -G DEB -B "$work/deb" >/dev/null)
  deb="$(ls "$work"/deb/*.deb)"
  expect ".deb holds the binary" bash -c "dpkg-deb -c '$deb' | grep -q './usr/bin/labeltool'"
  expect ".deb holds the norm sets" bash -c "dpkg-deb -c '$deb' | grep -q './usr/share/labeltool/normsets/kssw-2019.yaml'"
  expect ".deb depends on yaml-cpp" bash -c "dpkg-deb -f '$deb' Depends | grep -q libyaml-cpp"
else
  echo "skipped: .deb (dpkg-deb or cpack not found)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
