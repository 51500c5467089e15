#!/usr/bin/env python3
"""Workbooks written by producers that are not labeltool, read back by `labeltool check`:
openpyxl (1900 and 1904 dates, rich text, inline strings, merged cells, an extra column,
sorted rows) and LibreOffice Calc headless (a filled CSV form converted to .xlsx). Each must
give the same findings and verdict as the same answers in YAML (`check --format json`, with
file names, positions and the notes that only say how a cell was read set aside).

  test_producers.py LABELTOOL SOURCE_DIR

Exits 77 (skipped) only when neither openpyxl nor soffice is installed; a producer that is
missing is said so and skipped while the other runs."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

PYTHON = "/usr/bin/python3"
# Notes that say how a cell was read (a date cell, a column of the user's own): a workbook
# has them where the YAML has none; they do not change findings or verdict.
READING_NOTES = {"spreadsheet-date", "ignored-column"}
POSITION_KEYS = {"file", "line", "column", "sheet", "cell"}


def comparable(value):
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items() if k not in POSITION_KEYS}
    if isinstance(value, list):
        kept = [comparable(v) for v in value
                if not (isinstance(v, dict) and v.get("code") in READING_NOTES)]
        # Findings come in the file's order, and the user may have sorted the rows.
        if kept and all(isinstance(v, dict) and "code" in v for v in kept):
            kept.sort(key=lambda v: json.dumps(v, sort_keys=True))
        return kept
    return value


def check_json(labeltool, path):
    run = subprocess.run([labeltool, "check", "--normsets", NORMSETS, "--format", "json", path],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise AssertionError(f"check {path} exited {run.returncode}: {run.stderr}{run.stdout}")
    files = json.loads(run.stdout)["files"]
    assert len(files) == 1, files
    return run.returncode, files[0]


def same_as_yaml(labeltool, expected, path, what):
    code, got = check_json(labeltool, path)
    if comparable(got) != comparable(expected[1]) or code != expected[0]:
        a, b = comparable(expected[1]), comparable(got)
        for key in a:
            if a.get(key) != b.get(key):
                print(f"FAIL {what}: '{key}' differs:\n  yaml: {json.dumps(a.get(key))[:600]}\n"
                      f"  xlsx: {json.dumps(b.get(key))[:600]}")
        return False
    counted = sum(1 for d in got["diagnostics"] if d["code"] in READING_NOTES)
    print(f"ok   {what}: same findings and verdict as the YAML ({counted} reading notes)")
    return True


def has_openpyxl():
    return subprocess.run([PYTHON, "-c", "import openpyxl"], capture_output=True).returncode == 0


NORMSETS = "normsets"


def main():
    global NORMSETS
    labeltool, source = sys.argv[1], sys.argv[2]
    NORMSETS = os.path.join(source, "normsets")
    here = os.path.dirname(os.path.abspath(__file__))
    soffice = shutil.which("soffice")
    if not has_openpyxl() and not soffice:
        print("SKIP: neither python3-openpyxl nor soffice (libreoffice-calc-nogui) is installed")
        return 77
    ok = True
    with tempfile.TemporaryDirectory(prefix="labeltool-producers-") as tmp:
        for answers in ["examples/buurtkracht-kssw-2019.yaml",
                        "examples/wijkwerk-kssw-2019-gaps.yaml"]:
            yaml_path = os.path.join(source, answers)
            expected = check_json(labeltool, yaml_path)
            name = os.path.basename(answers)
            if has_openpyxl():
                for flags in [[], ["--date1904", "--inline", "--shuffle"]]:
                    out = os.path.join(tmp, name + "".join(flags) + ".xlsx")
                    subprocess.run([PYTHON, os.path.join(here, "write_openpyxl.py"), yaml_path,
                                    out] + flags, check=True)
                    ok &= same_as_yaml(labeltool, expected, out,
                                       f"openpyxl {' '.join(flags) or '(plain)'} {name}")
            else:
                print("skip openpyxl: python3-openpyxl is not installed")
        if soffice:
            csv = os.path.join(source, "examples/buurtkracht-kssw-2019.csv")
            expected = check_json(labeltool, csv.replace(".csv", ".yaml"))
            profile = "file://" + os.path.join(tmp, "lo-profile")
            run = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                                  "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx",
                                  "--outdir", tmp, csv], capture_output=True, text=True,
                                 timeout=300)
            out = os.path.join(tmp, "buurtkracht-kssw-2019.xlsx")
            if not os.path.exists(out):
                print(f"FAIL LibreOffice wrote no workbook: {run.stdout}{run.stderr}")
                ok = False
            else:
                ok &= same_as_yaml(labeltool, expected, out, "LibreOffice Calc (CSV → xlsx)")
        else:
            print("skip LibreOffice: soffice is not installed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
