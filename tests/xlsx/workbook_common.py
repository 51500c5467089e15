"""What the workbook tests share: running labeltool, the form's contract read from
src/read/form_layout.hpp (so the tests follow the table the writer and reader share), and the
shipped norm sets read with python3-yaml."""
import os
import re
import subprocess
import sys

SKIP = 77


def require_openpyxl():
    """openpyxl, or exit 77 (skip) saying what to install."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        print("SKIP: python3-openpyxl is not installed (./setup.sh test installs it)")
        sys.exit(SKIP)
    return openpyxl


def run(labeltool, source, *args):
    result = subprocess.run([labeltool, "--normsets", os.path.join(source, "normsets"), *args],
                            cwd=source, capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1"})
    return result.returncode, result.stdout, result.stderr


def form_layout(source):
    """(metadata labels, column labels, column keys) in Dutch, in the order of the header."""
    text = open(os.path.join(source, "src/read/form_layout.hpp"), encoding="utf-8").read()
    field = re.compile(r'\{"(\w+)", \{"([^"]*)", "([^"]*)"\}, Filled::(\w+)\}')
    metadata = text[text.index("kMetadata"):text.index("kColumns")]
    columns = text[text.index("kColumns"):]
    meta = [m.group(2) for m in field.finditer(metadata)]
    cols = [(m.group(1), m.group(2), m.group(4)) for m in field.finditer(columns)]
    return meta, cols


def normset(source, file_name):
    import yaml
    return yaml.safe_load(open(os.path.join(source, "normsets", file_name), encoding="utf-8"))


def norms_in_order(data):
    """[(theme label as the Thema column shows it, norm)] of every norm, in set order."""
    out = []
    for theme in data["themes"]:
        label = theme["id"] if not theme.get("title") else f'{theme["id"]} {theme["title"]}'
        for norm in theme["norms"]:
            out.append((label, norm))
    return out


class Checks:
    """Counts checks and prints the failures; finish() exits 0 or 1."""

    def __init__(self):
        self.passed = self.failed = 0

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL:", what)

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)
