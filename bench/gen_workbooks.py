#!/usr/bin/env python3
"""Writes one filled zelfevaluatie workbook (.xlsx, by openpyxl) per zelfevaluatie YAML of
YAML_DIR into OUTDIR, in the layout of docs/workbook.md (tests/xlsx/write_openpyxl.py):

  gen_workbooks.py OUTDIR YAML_DIR [--count N]"""
import argparse
import os
import sys

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "xlsx"))
from write_openpyxl import write_workbook  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("yaml_dir")
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    names = sorted(n for n in os.listdir(args.yaml_dir) if n.endswith(".yaml"))[: args.count]
    for i, name in enumerate(names):
        with open(os.path.join(args.yaml_dir, name), encoding="utf-8") as f:
            z = yaml.load(f, Loader=yaml.CSafeLoader)
        if not isinstance(z, dict) or not isinstance(z.get("answers"), dict):
            continue
        write_workbook(z, os.path.join(args.outdir, name[:-5] + ".xlsx"),
                       date1904=(i % 7 == 0), inline=(i % 5 == 0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
