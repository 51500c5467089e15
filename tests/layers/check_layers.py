#!/usr/bin/env python3
"""Fails when a source file includes a layer above its own, or CLI11 outside cli/.

The layers of src/, lowest first; a file may include its own layer and those before it.
This is the rule of the README's layer table, checked on every include line, so that the
order holds in the code and not only in the documentation.
"""
import pathlib
import re
import sys
import tempfile

LAYERS = ["util", "diag", "yaml", "xlsx", "model", "read", "analysis", "input", "report", "cli"]
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def check(src: pathlib.Path) -> tuple[int, list[str]]:
    problems = []
    folders = sorted(p.name for p in src.iterdir() if p.is_dir())
    for folder in folders:
        if folder not in LAYERS:
            problems.append(f"{src / folder}: a folder that is not a layer (known: {', '.join(LAYERS)})")
    files = sorted(p for p in src.rglob("*") if p.suffix in (".cpp", ".hpp"))
    for path in files:
        layer = path.relative_to(src).parts[0]
        if layer not in LAYERS:
            continue
        rank = LAYERS.index(layer)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            bracket, target = match.groups()
            if bracket == "<":
                if target.startswith("CLI/") and layer != "cli":
                    problems.append(f"{path}:{number}: includes CLI11 ({target}); only cli/ may")
                continue
            target_layer = target.split("/")[0]
            if target_layer in LAYERS and LAYERS.index(target_layer) > rank:
                problems.append(
                    f"{path}:{number}: {layer}/ includes {target}, a layer above it "
                    f"(order: {' → '.join(LAYERS)})")
    return len(files), problems


def self_test() -> list[str]:
    """The checker must see a backward include and CLI11 outside cli/, or it proves nothing."""
    with tempfile.TemporaryDirectory() as folder:
        root = pathlib.Path(folder)
        (root / "read").mkdir()
        (root / "cli").mkdir()
        (root / "read" / "bad.cpp").write_text('#include "report/x.hpp"\n#include <CLI/CLI.hpp>\n')
        (root / "cli" / "good.cpp").write_text('#include "read/bad.hpp"\n#include <CLI/CLI.hpp>\n')
        _, problems = check(root)
    return [] if len(problems) == 2 else [f"self-test: expected 2 problems, found {problems}"]


def main() -> int:
    src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src")
    count, problems = check(src)
    problems += self_test()
    for problem in problems:
        print(problem)
    print(f"{count} files checked, {len(problems)} include(s) against the layer order")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
