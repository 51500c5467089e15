#!/usr/bin/python3
"""The workbooks of a combined audit as the programs people use see them (issue 16):

1. `plan --format xlsx`, read by openpyxl: a first sheet "Over deze planning", then one sheet
   per interview group with a valid, unique name; every norm the JSON plan lists in the group
   is a row, with every related norm; the header row is frozen, filtered and repeated on
   print, A4 landscape. `--zelfevaluatie` adds the organisation's score.
2. `template --audit --format xlsx`, filled in by openpyxl with what the shipped example
   audit (examples/geldwijzer-audit.yaml) heard: `labeltool audit --format json` of the
   workbook equals that of the same judgements in YAML, and `lint` finds the same codes.
   The judgement cells have a drop-down of their own set's scale, the date cells a date
   check, the norm cells are locked and the sheet is protected without a password.
3. The filled workbook saved again by LibreOffice Calc (headless): still the same JSON.
4. A judgement off the scale typed in the workbook is reported at Audit!CELL, exit 1.

usage: check_audit_workbooks.py LABELTOOL SOURCE_DIR
Exits 0 when all checks pass, 1 on a failure, 77 (skip) without python3-openpyxl; the
LibreOffice part is skipped, saying so, without soffice, and a plan converted by LibreOffice
is then not checked either."""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from workbook_common import Checks, require_openpyxl, run

openpyxl = require_openpyxl()
import yaml  # noqa: E402  (python3-yaml, a build dependency)

labeltool, source = sys.argv[1], sys.argv[2]
checks = Checks()
check = checks.check
work = tempfile.mkdtemp(prefix="audit-workbooks-")
soffice = shutil.which("soffice") or shutil.which("libreoffice")


def audit_layout():
    """{machine name: Dutch label} of the audit form's metadata rows and columns."""
    text = open(os.path.join(source, "src/read/audit_layout.hpp"), encoding="utf-8").read()
    field = re.compile(r'\{"(\w+)", \{"([^"]*)", "([^"]*)"\}, Filled::(\w+)\}')
    meta = text[text.index("kMetadata{"):text.index("kColumns{")]
    cols = text[text.index("kColumns{"):]
    return ({m.group(1): m.group(2) for m in field.finditer(meta)},
            {m.group(1): m.group(2) for m in field.finditer(cols)})


# ── 1. the plan as a workbook ─────────────────────────────────────────────────────────────
plan_args = ["plan", "kssw@2019", "nvvk@2021", "--scope", "schuldhulpverlening",
             "--zelfevaluatie", "examples/geldwijzer-kssw-2019.yaml"]
code, out, err = run(labeltool, source, *plan_args, "--format", "json")
check(code == 0, f"plan --format json: exit {code}: {err}")
plan = json.loads(out)
guide = os.path.join(work, "guide.xlsx")
code, out, err = run(labeltool, source, *plan_args, "--format", "xlsx", "-o", guide)
check(code == 0 and os.path.exists(guide), f"plan --format xlsx: exit {code}: {err}")
code, out, err = run(labeltool, source, *plan_args, "--format", "xlsx")
check(code == 2 and "-o" in err and out == "", f"plan xlsx to a terminal is refused: {code} {err}")

book = openpyxl.load_workbook(guide)
names = book.sheetnames
check(names[0] == "Over deze planning", f"the first sheet is 'Over deze planning': {names}")
check(len(names) == 1 + len(plan["groups"]), f"one sheet per group: {names}")
check(len({n.lower() for n in names}) == len(names), f"sheet names are unique: {names}")
for name in names:
    check(len(name) <= 31 and not set(name) & set("[]:*?/\\"), f"valid sheet name: {name!r}")
about = book[names[0]]
about_text = [str(c.value) for row in about.iter_rows() for c in row if c.value is not None]
check(any("nvvk-2021-kssw-2019.yaml" in t for t in about_text), "the crosswalk file is named")
check(any("illustratief" in t.lower() for t in about_text), "the status is named")
check(sum(1 for t in about_text if t.startswith("ILLUSTRATIEF")) >= 1, "the one-line banner")
listed = {r[0]: r[1:5] for r in about.iter_rows(values_only=True) if r[0] in names[1:]}
for group, name in zip(plan["groups"], names[1:]):
    check(listed.get(name) == (group["name"], group["count_a"], group["count_b"], group["shared"]),
          f"'{names[0]}' lists the group of sheet {name}: {listed.get(name)}")

for group, name in zip(plan["groups"], names[1:]):
    sheet = book[name]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    rows = [r for r in rows if r[1]]
    check(len(rows) == len(group["items"]),
          f"{name}: {len(rows)} rows for {len(group['items'])} norms")
    check(sheet.freeze_panes == "C4", f"{name}: header frozen (C4): {sheet.freeze_panes}")
    check(sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A3"),
          f"{name}: filter on the header: {sheet.auto_filter.ref}")
    check(sheet.print_title_rows and "3" in sheet.print_title_rows,
          f"{name}: header repeated on print: {sheet.print_title_rows}")
    check(sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == "9",
          f"{name}: A4 landscape")
    header = [c.value for c in sheet[3]]
    related_col = header.index("Gerelateerd")
    score_col = header.index("Zelfevaluatie")
    for item, row in zip(group["items"], rows):
        check(row[1] == item["norm"], f"{name}: row for {item['norm']} in plan order")
        cell = row[related_col] or ""
        for partner in item["related"]:
            check(f" {partner['norm']} " in cell and partner["relation"] in cell,
                  f"{name} {item['norm']}: related {partner['norm']} ({partner['relation']})")
        check(len([l for l in cell.split("\n") if l]) == max(1, len(item["related"])),
              f"{name} {item['norm']}: one line per related norm")
        if item["answer"] and item["answer"]["score"]:
            check(row[score_col] == item["answer"]["score"], f"{name} {item['norm']}: own score")
three = [i for g in plan["groups"] for i in g["items"] if len(i["related"]) >= 3]
check(bool(three), "the plan has a norm with three or more related norms (N to N)")

if soffice:
    profile = tempfile.mkdtemp(prefix="lo-profile-", dir=work)
    result = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                             "--convert-to", "pdf", "--outdir", os.path.join(work, "pdf"), guide],
                            capture_output=True, text=True, timeout=300)
    pdf = os.path.join(work, "pdf", "guide.pdf")
    check(result.returncode == 0 and os.path.getsize(pdf) > 1000,
          f"LibreOffice prints the plan without error: {result.stderr}")
else:
    print("SKIP (part): soffice is not installed; the plan is not converted by LibreOffice")

# ── 2. the audit form filled in by openpyxl ───────────────────────────────────────────────
meta_labels, column_labels = audit_layout()
form = os.path.join(work, "audit.xlsx")
template_args = ["template", "--audit", "kssw@2019", "nvvk@2021", "--scope", "sociaal-werk",
                 "--scope", "schuldhulpverlening"]
code, out, err = run(labeltool, source, *template_args, "--format", "xlsx", "-o", form)
check(code == 0, f"template --audit --format xlsx: exit {code}: {err}")
code, out, err = run(labeltool, source, *template_args, "--format", "xlsx")
check(code == 2 and "-o" in err, f"the audit workbook to a terminal is refused: {err}")

example = yaml.safe_load(open(os.path.join(source, "examples/geldwijzer-audit.yaml"),
                              encoding="utf-8"))
book = openpyxl.load_workbook(form)
sheet = book["Audit"]
check(sheet.protection.sheet and not sheet.protection.password, "protected, no password")
cells = {(c.row, c.column): c for row in sheet.iter_rows() for c in row}
header_row = next(r for (r, c), cell in cells.items() if cell.value == column_labels["judgement"])
col = {key: next(c for (r, c), cell in cells.items()
                 if r == header_row and cell.value == label)
       for key, label in column_labels.items()}
meta_row = {label: r for (r, c), cell in cells.items() if c == 1 and r < header_row
            for key, label in meta_labels.items() if cell.value == label}
check(cells[(header_row + 1, col["norm"])].protection.locked, "the norm cells are locked")
check(not cells[(header_row + 1, col["judgement"])].protection.locked, "judgements are editable")

validations = sheet.data_validations.dataValidation
lists = [v for v in validations if v.type == "list"]
dates = [v for v in validations if v.type == "date"]
check(len(lists) >= 2, f"a drop-down per block of one set's norms: {len(lists)}")
check(len(dates) >= 1, f"date checks: {len(dates)}")
explanation = book["Uitleg"]
scale_of = {}
for v in lists:
    if v.formula1.startswith('"'):  # the scale written in the validation itself
        values = v.formula1.strip('"').split(",")
    else:                            # a scale too long for that: its range on Uitleg
        cells_of_list = openpyxl.worksheet.cell_range.CellRange(
            v.formula1.split("!")[1].replace("$", ""))
        values = [explanation.cell(row=r, column=1).value
                  for r in range(cells_of_list.min_row, cells_of_list.max_row + 1)]
    first = str(v.sqref).split()[0].split(":")[0]
    normset = sheet[first].offset(column=col["normset"] - col["judgement"]).value
    scale_of.setdefault(normset, values)
check(scale_of.get("kssw@2019") == ["voldoet", "voldoet deels", "voldoet niet"],
      f"the kssw drop-down is its scale: {scale_of.get('kssw@2019')}")
check("niet van toepassing" in (scale_of.get("nvvk@2021") or []),
      f"the nvvk drop-down is its own scale: {scale_of.get('nvvk@2021')}")

sheet.cell(row=meta_row[meta_labels["organisation"]], column=2).value = example["organisation"]
sheet.cell(row=meta_row[meta_labels["auditors"]], column=2).value = "\n".join(example["auditors"])
by_group = {i["group"]: i for i in example["interviews"]}
expected = {"labeltool": "audit/1", "organisation": example["organisation"],
            "auditors": example["auditors"], "normsets": [], "interviews": []}
for r in range(1, header_row):
    if sheet.cell(row=r, column=1).value == meta_labels["normset"]:
        scope = sheet.cell(row=r, column=3).value or ""
        expected["normsets"].append({"normset": sheet.cell(row=r, column=2).value,
                                     "scope": [s for s in scope.split("\n") if s]})
current = None
for r in range(header_row + 1, sheet.max_row + 1):
    group = sheet.cell(row=r, column=col["group"]).value
    if not group:
        continue
    heard_example = by_group.get(group)
    date_cell = sheet.cell(row=r, column=col["date"])
    if current is None or current["group"] != group:
        # The interview's first row: its ID as the example has it, its date and who was heard.
        interview_id = heard_example["id"] if heard_example else group
        date = heard_example["date"] if heard_example else date_cell.value.date()
        if heard_example:
            date_cell.value = date
            sheet.cell(row=r, column=col["heard"]).value = "\n".join(heard_example["heard"])
        current = {"id": interview_id, "date": str(date), "group": group,
                   "heard": heard_example["heard"] if heard_example else [], "labels": []}
        expected["interviews"].append(current)
    sheet.cell(row=r, column=col["interview"]).value = current["id"]
    normset = sheet.cell(row=r, column=col["normset"]).value
    norm = str(sheet.cell(row=r, column=col["norm"]).value)
    if not current["labels"] or current["labels"][-1]["normset"] != normset:
        current["labels"].append({"normset": normset, "judgements": {}})
    judged = {}
    if heard_example:
        for label in heard_example["labels"]:
            if label["normset"] == normset:
                judged = label["judgements"].get(norm) or {}
    entry = {"judgement": judged.get("judgement") or "",
             "observation": judged.get("observation") or "",
             "evidence": judged.get("evidence") or []}
    current["labels"][-1]["judgements"][norm] = entry
    sheet.cell(row=r, column=col["judgement"]).value = entry["judgement"] or None
    sheet.cell(row=r, column=col["observation"]).value = entry["observation"] or None
    sheet.cell(row=r, column=col["evidence"]).value = "\n".join(entry["evidence"]) or None
filled = os.path.join(work, "filled.xlsx")
book.save(filled)
expected_yaml = os.path.join(work, "expected.yaml")
with open(expected_yaml, "w", encoding="utf-8") as f:
    yaml.safe_dump(expected, f, allow_unicode=True, sort_keys=False)
heard_rows = sum(1 for i in expected["interviews"] for l in i["labels"]
                 for j in l["judgements"].values() if j["judgement"])
check(heard_rows > 40, f"the example's judgements fill the form: {heard_rows}")


def audit_json(path):
    code, out, err = run(labeltool, source, "audit", path, "--format", "json", "--fail-on", "never")
    check(code == 0, f"audit {os.path.basename(path)}: exit {code}: {err[:400]}")
    return json.loads(out) if code == 0 else None


def lint_codes(path):
    code, out, err = run(labeltool, source, "lint", path, "--format", "json")
    found = json.loads(out) if out else {}
    items = found.get("diagnostics", found if isinstance(found, list) else [])
    return sorted((d.get("severity"), d.get("code")) for d in items), out


from_yaml = audit_json(expected_yaml)
from_workbook = audit_json(filled)
check(from_yaml is not None and from_yaml == from_workbook,
      "audit --format json: the workbook filled by openpyxl equals the same judgements in YAML")
codes_yaml, _ = lint_codes(expected_yaml)
codes_workbook, lint_out = lint_codes(filled)
check(codes_yaml == codes_workbook, f"lint finds the same in both: {codes_yaml} / {codes_workbook}")

# ── 3. saved again by LibreOffice ─────────────────────────────────────────────────────────
if soffice:
    profile = tempfile.mkdtemp(prefix="lo-profile-", dir=work)
    out_dir = os.path.join(work, "lo")
    result = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out_dir,
                             filled], capture_output=True, text=True, timeout=300)
    saved = os.path.join(out_dir, "filled.xlsx")
    check(result.returncode == 0 and os.path.exists(saved), f"LibreOffice saves: {result.stderr}")
    if os.path.exists(saved):
        check(audit_json(saved) == from_yaml,
              "audit --format json: the workbook saved by LibreOffice equals the YAML")
else:
    print("SKIP (part): soffice is not installed; no LibreOffice round trip")

# ── 4. a judgement off the scale, found at its cell ───────────────────────────────────────
book = openpyxl.load_workbook(filled)
sheet = book["Audit"]
row = header_row + 1
sheet.cell(row=row, column=col["judgement"]).value = "goed"
wrong = os.path.join(work, "wrong.xlsx")
book.save(wrong)
code, out, err = run(labeltool, source, "audit", wrong)
place = f"Audit!{openpyxl.utils.get_column_letter(col['judgement'])}{row}"
check(code == 1 and place in err and "invalid-score" in err,
      f"a wrong judgement is reported at {place}: exit {code}: {err[:300]}")

shutil.rmtree(work, ignore_errors=True)
checks.finish()
