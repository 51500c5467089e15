#!/usr/bin/python3
"""Validates labeltool's CI output formats with real parsers.

- SARIF: against the official SARIF 2.1.0 JSON schema (sarif-2.1.0.json, shipped in the npm
  package @microsoft/sarif-multitool-linux; setup.sh fetches it into build/.cache/), using
  Debian's python3-jsonschema. Skipped, saying so, when the schema file is absent.
- JUnit: parsed as XML and checked for what GitLab's and Jenkins' JUnit readers use
  (testsuites > testsuite > testcase with name/classname, failure elements, counts).
- JSON (lint --format json, check --format json): parsed.

usage: validate_formats.py LABELTOOL SOURCE_DIR [SARIF_SCHEMA]
Prints 'N passed, M failed'; exits 0 when all passed, 77 when the SARIF schema is missing
(after running the other checks), 1 on a failure.
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

labeltool, source = sys.argv[1], sys.argv[2]
schema_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(source, "build/.cache/sarif-2.1.0.json")
passed = failed = 0


def run(*args):
    result = subprocess.run([labeltool, *args], cwd=source, capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1"})
    return result.returncode, result.stdout


def expect(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


with tempfile.TemporaryDirectory() as folder:
    bad = os.path.join(folder, "kapot, & <raar>.yaml")
    with open(bad, "w", encoding="utf-8") as f:
        f.write('labeltool: normset/1\nid: x\nid: y\ntitle: "\\e[31m <b>&</b>"\n')
    inputs = ["--today", "2026-11-23", "examples/", "normsets/", bad]

    code, sarif_text = run("lint", "--format", "sarif", *inputs)
    # the bad file's duplicate and missing keys are findings in a file that was read: exit 1
    expect("lint sarif exit", code == 1, code)
    sarif = json.loads(sarif_text)
    results = sarif["runs"][0]["results"]
    rules = {rule["id"] for rule in sarif["runs"][0]["tool"]["driver"]["rules"]}
    expect("sarif has results", len(results) >= 5, len(results))
    expect("sarif rule ids are our codes", all(r["ruleId"] in rules for r in results))
    expect("sarif locations have lines",
           all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
               for r in results if "region" in r["locations"][0]["physicalLocation"]))
    # Files in the working folder: relative URIs on %SRCROOT%, which is that folder; the bad
    # file outside it: an absolute, percent-encoded file:// URI.
    base = sarif["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    expect("sarif %SRCROOT% is the working folder", base == "file://" + os.path.realpath(source) + "/",
           base)
    artifacts = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in results]
    inside = [a for a in artifacts if not a["uri"].startswith("file://")]
    expect("sarif relative URIs on %SRCROOT%, without ./",
           inside and all(a.get("uriBaseId") == "%SRCROOT%" and
                          a["uri"].startswith(("examples/", "normsets/")) for a in inside),
           inside[:3])
    expect("sarif outside file is an encoded file:// URI",
           any(a["uri"].endswith("/kapot%2C%20%26%20%3Craar%3E.yaml") and "uriBaseId" not in a
               for a in artifacts), artifacts[-3:])
    code, check_sarif = run("check", "--format", "sarif", "--today", "2026-11-23", "examples/")
    expect("check sarif exit", code == 1, code)

    schema_missing = not os.path.exists(schema_path)
    if schema_missing:
        print(f"skipped: SARIF schema validation ({schema_path} is absent; ./setup.sh test fetches it)")
    else:
        import jsonschema
        with open(schema_path, encoding="utf-8-sig") as f:
            schema = json.load(f)
        validator = jsonschema.Draft7Validator(schema)
        for name, document in (("lint", sarif), ("check", json.loads(check_sarif))):
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
            expect(f"{name} sarif matches the SARIF 2.1.0 schema", not errors,
                   "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5]))
        # A broken document is rejected: the validator really validates.
        broken = json.loads(sarif_text)
        broken["runs"][0]["results"][0]["level"] = "fatal"
        expect("schema rejects a broken SARIF", any(True for _ in validator.iter_errors(broken)))

    for command in (["lint", *inputs], ["check", "--today", "2026-11-23", "examples/"]):
        code, junit = run(command[0], "--format", "junit", *command[1:])
        root = ET.fromstring(junit)
        expect(f"{command[0]} junit root", root.tag == "testsuites")
        suites = root.findall("testsuite")
        expect(f"{command[0]} junit one suite", len(suites) == 1)
        cases = suites[0].findall("testcase")
        failures = [c for c in cases if c.find("failure") is not None]
        expect(f"{command[0]} junit counts", int(suites[0].get("tests")) == len(cases) and
               int(suites[0].get("failures")) == len(failures), (suites[0].attrib, len(cases), len(failures)))
        expect(f"{command[0]} junit cases named", all(c.get("name") and c.get("classname") for c in cases))
        expect(f"{command[0]} junit has failures", len(failures) >= 1)

    code, text = run("lint", "--format", "json", *inputs)
    expect("lint json parses", json.loads(text)["schema"] == "labeltool-diagnostics/1")
    code, github = run("lint", "--format", "github", *inputs)
    expect("github commands", all(line.startswith(("::error file=", "::warning file=", "::notice file="))
                                  for line in github.splitlines()), github[:200])
    expect("github escapes the comma in a file name", "kapot%2C & <raar>.yaml" in github, github[-300:])

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else (77 if schema_missing else 0))
