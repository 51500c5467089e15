#!/usr/bin/python3
"""The Stand sheet as LibreOffice Calc (headless) computes it, the program a coordinator may
open the workbook with:

1. a fresh template, not recalculated: LibreOffice shows the cached values labeltool wrote;
2. the template filled in by openpyxl (which stores no cached values), recalculated by
   LibreOffice and written as CSV: the figures per theme and in total equal the counts of the
   answers filled in, and equal what `labeltool check --format json` says of the same file.

usage: check_stand_libreoffice.py LABELTOOL SOURCE_DIR
Exits 0 when all checks pass, 1 on a failure, 77 (skip) without soffice or python3-openpyxl."""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

from workbook_common import SKIP, Checks, norms_in_order, normset, require_openpyxl, run

openpyxl = require_openpyxl()
soffice = shutil.which("soffice") or shutil.which("libreoffice")
if not soffice:
    print("SKIP: soffice is not installed (libreoffice-calc-nogui; ./setup.sh test installs it)")
    sys.exit(SKIP)

labeltool, source = sys.argv[1], sys.argv[2]
checks = Checks()
check = checks.check
FIRST_ROW, SCORE_COLUMN = 11, 6
STAND_SHEET = 2  # the second sheet, as LibreOffice's CSV filter numbers them


def stand_as_libreoffice_computes(workbook, folder):
    """The Stand sheet's rows as LibreOffice shows them, through its CSV export."""
    out = os.path.join(folder, "csv")
    os.makedirs(out, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="lo-profile-", dir=folder)
    filter_options = f"44,34,76,1,,0,false,true,false,false,false,{STAND_SHEET}"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", f"csv:Text - txt - csv (StarCalc):{filter_options}",
                    "--outdir", out, workbook], check=True, capture_output=True, timeout=300)
    name = os.path.splitext(os.path.basename(workbook))[0] + "-Stand.csv"
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return list(csv.reader(f))


def percent(shown):
    """A share as a whole percentage: "42%" as shown, or "41.6666666666667%" where LibreOffice
    exports a cell it recalculated in a file saved by openpyxl with all its digits."""
    return round(float(shown.rstrip("%"))) if shown.endswith("%") else round(100 * float(shown))


def figures(rows, scale):
    """{theme or Totaal: [norms, count per scale value…, open, share met %]} from the CSV."""
    header = next(i for i, r in enumerate(rows) if r and r[0] == "Thema")
    out = {}
    for r in rows[header + 1:]:
        if not r or not r[0] or not r[1]:
            break
        numbers = [int(x) for x in r[1:2 + len(scale) + 1]]
        out[r[0]] = numbers + [percent(r[2 + len(scale) + 1])]
    return out


def standing_by_check(report, data):
    """The same figures from `labeltool check --format json` of the workbook: what labeltool
    reads back from the form must be what the form's own formulas show."""
    scale = [v["value"] for v in data["scale"]]
    titles = {t["id"]: t.get("title") for t in data["themes"]}

    def row(tally):
        counts = [tally["counts"].get(v, 0) for v in scale]
        share = tally["met_percent"]
        return [tally["required"]] + counts + [tally["unanswered"],
                                               round(share) if share is not None else 0]

    out = {}
    for theme in report["themes"]:
        label = f'{theme["id"]} {titles[theme["id"]]}' if titles.get(theme["id"]) else theme["id"]
        out[label] = row(theme["tally"])
    out["Totaal"] = row(report["total"])
    return out


def expected_standing(data, answers):
    """The figures the Stand sheet must show for `answers` ({norm id: score}): per theme and in
    total the norms, the count of each scale value, the open norms and the share met (met of
    met, partly met and not met, as a whole percentage)."""
    scale = [v["value"] for v in data["scale"]]
    meaning = {v["value"]: v["meaning"] for v in data["scale"]}
    out, total = {}, [0] * (len(scale) + 2)
    for theme, norm in norms_in_order(data):
        row = out.setdefault(theme, [0] * (len(scale) + 2))
        for target in (row, total):
            target[0] += 1
            score = answers.get(norm["id"])
            if score in scale:
                target[1 + scale.index(score)] += 1
    out["Totaal"] = total
    for row in out.values():
        row[-1] = row[0] - sum(row[1:-1])
        met = sum(n for v, n in zip(scale, row[1:]) if meaning[v] == "met")
        assessed = sum(n for v, n in zip(scale, row[1:]) if meaning[v] != "not-applicable")
        row.append(round(100 * met / assessed) if assessed else 0)
    return out


with tempfile.TemporaryDirectory() as folder:
    data = normset(source, "kssw-2019.yaml")
    scale = [v["value"] for v in data["scale"]]
    form = os.path.join(folder, "form.xlsx")
    code, _, err = run(labeltool, source, "template", "kssw@2019", "--format", "xlsx", "-o", form)
    check(code == 0, f"template exits 0 ({code}: {err})")

    # 1. The fresh template as LibreOffice shows it without recalculating: the cached values.
    shown = figures(stand_as_libreoffice_computes(form, folder), scale)
    want = expected_standing(data, {})
    check(shown == want, f"fresh template: LibreOffice shows {shown}, expected {want}")

    # 2. Filled in by openpyxl (no cached values), recalculated by LibreOffice.
    book = openpyxl.load_workbook(form)
    ws = book["Zelfevaluatie"]
    answers = {}
    pattern = scale + [None]  # every value, and some norms left open
    for i, (_, norm) in enumerate(norms_in_order(data)):
        score = pattern[(i * 7 + i // 3) % len(pattern)]
        if score is None:
            continue
        answers[norm["id"]] = score
        ws.cell(row=FIRST_ROW + i, column=SCORE_COLUMN, value=score)
    filled = os.path.join(folder, "filled.xlsx")
    book.save(filled)
    shown = figures(stand_as_libreoffice_computes(filled, folder), scale)
    want = expected_standing(data, answers)
    check(shown == want, f"filled: LibreOffice computes {shown}, expected {want}")
    check(want["Totaal"][-2] not in (0, want["Totaal"][0]), "the filled form has open and answered norms")

    # 3. labeltool reads the same workbook back: its figures are the sheet's.
    code, out, err = run(labeltool, source, "check", "--format", "json", filled)
    check(code in (0, 1), f"check of the filled workbook exits 0 or 1 ({code}: {err})")
    report = json.loads(out)
    by_check = standing_by_check(report["files"][0], data)
    check(by_check == shown, f"check --format json says {by_check}, LibreOffice shows {shown}")

checks.finish()
