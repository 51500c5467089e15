#!/usr/bin/env python3
"""Writes filled zelfevaluatie workbooks with openpyxl (another producer than labeltool), from
the answers of a zelfevaluatie YAML, in the layout of docs/workbook.md:

  write_openpyxl.py ANSWERS.yaml OUT.xlsx [--date1904] [--inline] [--shuffle]

The answers are written in every way a real workbook holds them: the date and due dates as
date cells (serials, in the 1900 or with --date1904 the 1904 system), the toelichting as
rich text (runs) where openpyxl can, evidence one per line, a merged title, an extra column
"Opmerking" of the user's own, and with --inline every text as an inline string instead of a
shared one. --shuffle writes the answer rows in reverse order, as a user who sorted them."""
import argparse
import datetime
import sys

import yaml
from openpyxl import Workbook

try:  # rich text arrived in openpyxl 3.1; Debian 12 has 3.0.9
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
except ImportError:  # pragma: no cover
    CellRichText = None


def as_date(text):
    return datetime.date.fromisoformat(str(text)) if text else None


def write_workbook(z, out, date1904=False, inline=False, shuffle=False):
    """Writes zelfevaluatie `z` (as yaml.safe_load reads it) to the workbook `out`."""
    args = argparse.Namespace(out=out, date1904=date1904, inline=inline, shuffle=shuffle)
    book = Workbook()
    if args.date1904:
        book.epoch = datetime.datetime(1904, 1, 1)
    sheet = book.active
    sheet.title = "Zelfevaluatie"
    sheet.append(["labeltool", "zelfevaluatie/1"])
    sheet.append([f"Zelfevaluatie {z['normset']}"])
    sheet.merge_cells("A2:E2")
    sheet.append(["Illustratief: geen officiële tekst"])
    sheet.append(["Normenkader", z["normset"]])
    sheet.append(["Organisatie", z.get("organisation", "")])
    sheet.append(["Scope", "\n".join(z.get("scope") or [])])
    sheet.append(["Datum", as_date(z.get("date"))])
    sheet["B7"].number_format = "d-m-yyyy"
    sheet.append(["Ingevuld door", "\n".join(z.get("filled_in_by") or [])])
    sheet.append([])
    header = ["Norm", "Thema", "Titel", "Score", "Toelichting", "Bewijs", "Verbeteractie",
              "Eigenaar", "Gereed vóór", "Opmerking"]
    sheet.append(header)
    items = list((z.get("answers") or {}).items())
    if args.shuffle:
        items.reverse()
    for norm, answer in items:
        answer = answer or {}
        toelichting = answer.get("toelichting") or ""
        if CellRichText and toelichting and " " in toelichting:
            first, rest = toelichting.split(" ", 1)
            toelichting = CellRichText([TextBlock(InlineFont(b=True), first + " "), rest])
        sheet.append([norm, "", "", answer.get("score"), toelichting,
                      "\n".join(answer.get("evidence") or []), answer.get("action") or "",
                      answer.get("owner") or "", as_date(answer.get("due")), "eigen notitie"])
        if answer.get("due"):
            sheet.cell(row=sheet.max_row, column=9).number_format = "yyyy-mm-dd"
    if args.inline:
        # openpyxl writes shared strings; an inline string is what other producers write.
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "s":
                    cell.data_type = "inlineStr"
    sheet.merge_cells(start_row=11, start_column=10, end_row=max(12, sheet.max_row),
                      end_column=10)
    book.save(args.out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("answers")
    parser.add_argument("out")
    parser.add_argument("--date1904", action="store_true")
    parser.add_argument("--inline", action="store_true")
    parser.add_argument("--shuffle", action="store_true")
    args = parser.parse_args()
    with open(args.answers, encoding="utf-8") as f:
        z = yaml.safe_load(f)
    write_workbook(z, args.out, args.date1904, args.inline, args.shuffle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
