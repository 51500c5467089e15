#!/usr/bin/python3
"""The workbook forms read by openpyxl (python3-openpyxl), as a program other than ours sees
them: `template --format xlsx` (sheets, header, the score drop-down equal to the norm set's
scale, date checks, protection with editable answer cells, frozen header, live formulas on
Stand), text from a norm set that looks like a formula stays text, and `gap -o X.xlsx` marks
what is to verify by colour and by text.

usage: check_workbook_openpyxl.py LABELTOOL SOURCE_DIR
Exits 0 when all checks pass, 1 on a failure, 77 (skip) without python3-openpyxl."""
import os
import sys
import tempfile

from workbook_common import Checks, form_layout, norms_in_order, normset, require_openpyxl, run

openpyxl = require_openpyxl()
import yaml  # noqa: E402

labeltool, source = sys.argv[1], sys.argv[2]
checks = Checks()
check = checks.check
meta_labels, columns = form_layout(source)
HEADER_ROW, FIRST_ROW = 10, 11


def column_letter(key):
    return openpyxl.utils.get_column_letter([c[0] for c in columns].index(key) + 1)


def validations(ws):
    """[(type, sqref text, formula1)] of a sheet's data validations."""
    return [(dv.type, str(dv.sqref), dv.formula1) for dv in ws.data_validations.dataValidation]


with tempfile.TemporaryDirectory() as folder:
    # ── the template ──
    form = os.path.join(folder, "form.xlsx")
    code, _, err = run(labeltool, source, "template", "kssw@2019", "--format", "xlsx", "-o", form)
    check(code == 0, f"template --format xlsx exits 0 (got {code}: {err})")
    book = openpyxl.load_workbook(form)
    check(book.sheetnames == ["Zelfevaluatie", "Stand", "Uitleg"], f"sheets: {book.sheetnames}")
    check(book.properties.title and "kssw@2019" in book.properties.title,
          f"workbook title: {book.properties.title}")
    ws = book["Zelfevaluatie"]
    check((ws["A1"].value, ws["B1"].value) == ("labeltool", "zelfevaluatie/1"), "kind row")
    labels_a = [ws.cell(row=r, column=1).value for r in range(4, 9)]
    check(labels_a == meta_labels, f"metadata labels {labels_a} == {meta_labels}")
    header = [ws.cell(row=HEADER_ROW, column=i + 1).value for i in range(len(columns))]
    check(header == [c[1] for c in columns], f"header row {header}")
    data = normset(source, "kssw-2019.yaml")
    expected = norms_in_order(data)
    ids = [ws.cell(row=FIRST_ROW + i, column=1).value for i in range(len(expected))]
    check(ids == [n["id"] for _, n in expected], "one row per norm, in set order")
    check(ws.cell(row=FIRST_ROW + len(expected), column=1).value is None, "no row after the last norm")
    themes = [ws.cell(row=FIRST_ROW + i, column=2).value for i in range(len(expected))]
    check(themes == [t for t, _ in expected], "theme column")
    check(ws["B4"].value == "kssw@2019", "norm set in B4")

    # The score drop-down is the norm set's own scale, in order; due and date are dates.
    scale = [v["value"] for v in data["scale"]]
    dvs = validations(ws)
    score = column_letter("score")
    lists = [dv for dv in dvs if dv[0] == "list" and dv[1].startswith(f"{score}{FIRST_ROW}:")]
    check(len(lists) == 1, f"one list validation on {score}: {dvs}")
    if lists:
        check(lists[0][2] == '"' + ",".join(scale) + '"', f"list {lists[0][2]} == scale {scale}")
    full = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    if full:
        check(full[0].showErrorMessage and full[0].error and "kssw@2019" in full[0].error,
              f"Dutch error message: {full[0].error}")
        check(full[0].showInputMessage and full[0].prompt, "input message")
    due = column_letter("due")
    check(any(dv[0] == "date" and dv[1].startswith(f"{due}{FIRST_ROW}:") for dv in dvs),
          f"date validation on {due}")
    check(any(dv[0] == "date" and dv[1] == "B7" for dv in dvs), "date validation on Datum (B7)")
    check(ws["B7"].is_date and ws["B7"].number_format == "yyyy-mm-dd", "Datum is a date")
    check(ws[f"{due}{FIRST_ROW}"].number_format == "yyyy-mm-dd", "due has a date format")

    # Protected without a password; what the organisation fills in stays editable.
    check(ws.protection.sheet and not ws.protection.password, "sheet protected, no password")
    for key, locked_expected in [(c[0], c[2] == "ByTemplate") for c in columns]:
        cell = ws[f"{column_letter(key)}{FIRST_ROW}"]
        check(cell.protection.locked == locked_expected, f"{key} locked={locked_expected}")
    for row in (5, 6, 7, 8):
        check(not ws.cell(row=row, column=2).protection.locked, f"metadata B{row} editable")
    check(ws["B4"].protection.locked, "norm set cell locked")
    check(ws[f"D{FIRST_ROW}"].alignment.wrap_text, "norm text wrapped")
    check(ws.column_dimensions["D"].width >= 40, "norm text column readable")
    check(ws.freeze_panes == f"B{FIRST_ROW}", f"header frozen: {ws.freeze_panes}")
    check(ws.auto_filter.ref and ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:"), "autofilter")

    # Stand: live formulas per theme and in total; every sheet says the set is illustrative.
    stand = book["Stand"]
    formulas = [c.value for row in stand.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=")]
    check(sum("COUNTIFS(Zelfevaluatie!" in f for f in formulas) == len(data["themes"]) * (len(scale) + 1),
          f"COUNTIFS per theme and scale value ({len(formulas)} formulas)")
    stand_themes = [stand.cell(row=r, column=1).value for r in range(5, 5 + len(data["themes"]) + 1)]
    check(stand_themes[:-1] == list(dict.fromkeys(t for t, _ in expected)), f"Stand themes {stand_themes}")
    check(stand_themes[-1] == "Totaal", "Stand total row")
    for name in book.sheetnames:
        texts = [c.value for row in book[name].iter_rows(max_row=3) for c in row if c.value]
        check(any(isinstance(t, str) and t.startswith("ILLUSTRATIEF") for t in texts),
              f"illustrative line on {name}")
    uitleg = " ".join(str(c.value) for row in book["Uitleg"].iter_rows() for c in row if c.value)
    check("labeltool check form.xlsx" in uitleg, "Uitleg says how to check")
    check(all(v in uitleg for v in scale), "Uitleg lists the scale")
    check(data["status_note"].split()[0] in uitleg, "Uitleg carries the status note")

    # English labels with --lang en; no workbook to a terminal or over an input.
    form_en = os.path.join(folder, "form-en.xlsx")
    run(labeltool, source, "template", "kssw@2019", "--format", "xlsx", "--lang", "en", "-o", form_en)
    en = openpyxl.load_workbook(form_en)["Zelfevaluatie"]
    check(en.cell(row=HEADER_ROW, column=4).value == "Norm text", "English header with --lang en")
    code, _, err = run(labeltool, source, "template", "kssw@2019", "--format", "xlsx")
    check(code == 2 and "-o" in err, f"no -o: exit 2 naming -o ({code}: {err})")

    # ── formula injection: norm texts that look like formulas stay text ──
    hostile = dict(data)
    hostile["id"] = "hostile"
    first = hostile["themes"][0]["norms"][0]
    first["title"] = '=HYPERLINK("http://example.invalid","klik")'
    first["text"] = "+1+2"
    first["evidence"] = ["-3", "@SUM(A1)"]
    path = os.path.join(folder, "hostile.yaml")
    with open(path, "w", encoding="utf-8") as out:
        out.write("labeltool: normset/1\n")
        yaml.safe_dump({k: v for k, v in hostile.items() if k != "labeltool"}, out,
                       allow_unicode=True, sort_keys=False)
    injected = os.path.join(folder, "hostile.xlsx")
    code, _, err = run(labeltool, source, "template", path, "--format", "xlsx", "-o", injected)
    check(code == 0, f"template of the hostile set ({code}: {err})")
    if code == 0:
        ws = openpyxl.load_workbook(injected)["Zelfevaluatie"]
        for letter in "CDE":
            cell = ws[f"{letter}{FIRST_ROW}"]
            check(cell.data_type == "s", f"{letter}{FIRST_ROW} is text, not a formula: {cell.value!r}")
        check(ws[f"C{FIRST_ROW}"].value == first["title"], "the title is kept as written")

    # ── gap -o X.xlsx: carried answers, their origin, and what is to verify ──
    nvvk = os.path.join(folder, "nvvk.xlsx")
    code, _, err = run(labeltool, source, "gap", "examples/geldwijzer-kssw-2019.yaml", "--target",
                       "nvvk@2021", "--today", "2026-11-23", "-o", nvvk)
    check(code == 0, f"gap -o nvvk.xlsx exits 0 ({code}: {err})")
    ws = openpyxl.load_workbook(nvvk)["Zelfevaluatie"]
    check(ws["B4"].value == "nvvk@2021", "gap workbook is for the target")
    check(ws["B5"].value == "Stichting Geldwijzer Voorbeeldstad", "organisation carried")
    check(ws["B7"].value.date().isoformat() == "2026-11-23", "date of --today")
    score, toelichting = column_letter("score"), column_letter("toelichting")
    verify = carried = 0
    for row in range(FIRST_ROW, ws.max_row + 1):
        value = ws[f"{score}{row}"].value
        text = ws[f"{toelichting}{row}"].value or ""
        if not value:
            continue
        carried += 1
        check("kssw@2019" in text, f"row {row}: toelichting says where it came from")
        check(ws[f"{score}{row}"].comment is not None and "kssw@2019" in ws[f"{score}{row}"].comment.text,
              f"row {row}: note with source norm and rule")
        yellow = ws[f"{score}{row}"].fill.fgColor.rgb == "FFFFEB9C"
        marked = text.startswith("TE VERIFIËREN.")
        check(yellow == marked, f"row {row}: colour and text marker agree")
        verify += marked
    check(carried > 0 and verify > 0, f"carried {carried}, to verify {verify}")

checks.finish()
