#!/usr/bin/env python3
"""Peer for bench/run_xlsx_bench.sh: reads filled zelfevaluatie workbooks with openpyxl
(read_only, as a Python user would) and makes the checks `labeltool check` makes of them:
every norm that applies to the scope answered, every score on the norm set's scale, no due
date before --today. Norm sets from ./normsets (id@version). Prints the totals on stderr.

  peer_xlsx.py --today YYYY-MM-DD FOLDER"""
import argparse
import datetime
import os
import sys

import yaml
from openpyxl import load_workbook

META = {"normenkader": "normset", "norm set": "normset", "normset": "normset",
        "scope": "scope", "datum": "date", "date": "date"}
COLUMNS = {"norm": "norm", "score": "score", "gereed vóór": "due", "due": "due"}


def load_normsets(folder):
    sets = {}
    for name in os.listdir(folder):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            data = yaml.load(f, Loader=yaml.CSafeLoader)
        if not isinstance(data, dict) or "themes" not in data:
            continue
        norms = [(n["id"], frozenset(n.get("applies_to") or ()))
                 for t in data["themes"] for n in t.get("norms", [])]
        scale = {str(s["value"]) for s in data.get("scale", [])}
        sets[f"{data['id']}@{data['version']}"] = (norms, scale)
    return sets


def as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def check(path, sets, today):
    book = load_workbook(path, read_only=True, data_only=True)
    sheet = book["Zelfevaluatie"] if "Zelfevaluatie" in book.sheetnames else book.worksheets[0]
    meta, columns, findings = {}, None, 0
    answers = {}
    for row in sheet.iter_rows(values_only=True):
        if columns is None:
            labels = [str(c).strip().lower() if c is not None else "" for c in row]
            if "norm" in labels and "score" in labels:
                columns = {COLUMNS[l]: i for i, l in enumerate(labels) if l in COLUMNS}
            elif labels and labels[0] in META and len(row) > 1:
                meta[META[labels[0]]] = row[1]
            continue
        cells = list(row)
        norm = cells[columns["norm"]] if columns["norm"] < len(cells) else None
        if norm is None:
            continue
        score = cells[columns["score"]] if columns["score"] < len(cells) else None
        due = cells[columns["due"]] if "due" in columns and columns["due"] < len(cells) else None
        answers[str(norm).strip()] = (score, due)
    book.close()
    norms, scale = sets.get(str(meta.get("normset", "")), ([], set()))
    scope = {s.strip() for s in str(meta.get("scope") or "").replace("|", "\n").split("\n")
             if s.strip()}
    for norm_id, applies in norms:
        if applies and scope and not (applies & scope):
            continue
        score, due = answers.get(norm_id, (None, None))
        if score is None or str(score).strip() == "":
            findings += 1  # missing-answer
            continue
        if str(score).strip() not in scale:
            findings += 1  # invalid-score
        if due is not None and (d := as_date(due)) is not None and d < today:
            findings += 1  # due-in-past
    return findings


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--today", required=True)
    parser.add_argument("folder")
    args = parser.parse_args()
    today = datetime.date.fromisoformat(args.today)
    sets = load_normsets("normsets")
    files = findings = 0
    for name in sorted(os.listdir(args.folder)):
        if name.endswith(".xlsx"):
            files += 1
            findings += check(os.path.join(args.folder, name), sets, today)
    print(f"peer_xlsx: {files} files, {findings} findings", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
