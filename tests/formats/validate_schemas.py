#!/usr/bin/python3
"""`labeltool schema` against the shipped files, with a real validator.

For each kind: the committed schemas/KIND.schema.json equals what `labeltool schema KIND`
prints (no drift); every shipped file of that kind validates against it with Debian's
python3-jsonschema (draft 2020-12); a broken file is rejected.

usage: validate_schemas.py LABELTOOL SOURCE_DIR     (prints 'N passed, M failed')
"""
import glob
import json
import os
import subprocess
import sys

import jsonschema
import yaml

labeltool, source = sys.argv[1], sys.argv[2]
passed = failed = 0


def expect(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


class Loader(yaml.SafeLoader):
    """YAML as an editor's language server sees it: dates stay text."""


Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))

files = {
    "normset": glob.glob(f"{source}/normsets/*.yaml"),
    "crosswalk": glob.glob(f"{source}/normsets/crosswalks/*.yaml"),
    "zelfevaluatie": [p for p in glob.glob(f"{source}/examples/*.yaml")
                      if not p.endswith(("-audit.yaml", "-groups.yaml"))],
    "audit": glob.glob(f"{source}/examples/*-audit.yaml"),
    "groups": glob.glob(f"{source}/examples/*-groups.yaml"),  # groups/1 (issue 16)
}
for kind, paths in files.items():
    printed = subprocess.run([labeltool, "schema", kind], capture_output=True, text=True, check=True).stdout
    with open(f"{source}/schemas/{kind}.schema.json", encoding="utf-8") as f:
        committed = f.read()
    expect(f"schemas/{kind}.schema.json is what 'labeltool schema {kind}' prints", printed == committed)
    schema = json.loads(printed)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    expect(f"{kind}: shipped files exist", len(paths) > 0)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            document = yaml.load(f, Loader=Loader)
        errors = list(validator.iter_errors(document))
        expect(f"{os.path.relpath(path, source)} validates", not errors,
               "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]))
        with open(path, encoding="utf-8") as f:
            expect(f"{os.path.relpath(path, source)} names its schema",
                   f.readline().startswith(f"# yaml-language-server: $schema=") and f"{kind}.schema.json" in open(path).readline())
    # A broken document of this kind is rejected, as labeltool rejects it.
    with open(paths[0], encoding="utf-8") as f:
        broken = yaml.load(f, Loader=Loader)
    broken["unknown_key"] = 1
    expect(f"{kind}: an unknown key is rejected", any(True for _ in validator.iter_errors(broken)))
    del broken["unknown_key"]
    if kind == "normset":
        broken["status"] = "illustratief"
    elif kind == "crosswalk":
        broken["mappings"][0]["relation"] = "same"
    elif kind == "audit":
        broken["interviews"][0]["date"] = "1 oktober"
    elif kind == "groups":
        broken["groups"]["leiding"]["from"] = "bestuur staf"  # a list is needed
    else:
        broken["date"] = "1 oktober"
    expect(f"{kind}: a wrong value is rejected", any(True for _ in validator.iter_errors(broken)))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
