#!/bin/bash
# The CSV audit form as an auditor uses it: `template --audit --format csv` opened by
# LibreOffice Calc (headless, the same CSV import Excel users get with ';' and UTF-8), a
# judgement typed in, saved as CSV again by LibreOffice, then read by `labeltool audit`.
# Skipped (77) only without soffice; setup.sh test installs libreoffice-calc-nogui.
# usage: test_libreoffice_form.sh LABELTOOL SOURCE_DIR
set -euo pipefail
labeltool=$1 source=$2
command -v soffice >/dev/null || { echo "SKIP: soffice (libreoffice-calc-nogui) is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source"
"$labeltool" template --audit kssw@2019 nvvk@2021 --scope schuldhulpverlening --format csv \
  -o "$work/form.csv"
# What the auditor types in Calc: the first row's judgement and observation.
python3 - "$work/form.csv" <<'PY'
import sys
path = sys.argv[1]
rows = open(path, encoding="utf-8-sig", newline="").read().split("\r\n")
i = next(n for n, row in enumerate(rows) if row.startswith("bestuur;"))
cells = rows[i].split(";")
cells[7], cells[8] = "voldoet deels", "Gehoord: ëën voorbeeld"
rows[i] = ";".join(cells)
open(path, "w", encoding="utf-8-sig", newline="").write("\r\n".join(rows))
PY
# Import as ';'-separated UTF-8 (76) with every column as text (format 2), as the form must be
# opened: a number-looking norm ID such as 4.10 would otherwise become the number 4.1 (the same
# holds for the zelfevaluatie form). Export the same way: LibreOffice rewrites every cell.
columns=$(for c in $(seq 1 10); do printf '%s/2/' "$c"; done)
HOME="$work" soffice --headless --infilter="CSV:59,34,76,1,${columns%/}" \
  --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1' --outdir "$work/out" "$work/form.csv" \
  >/dev/null 2>&1
saved="$work/out/form.csv"
[ -s "$saved" ] || { echo "FAIL: LibreOffice wrote no CSV"; exit 1; }
"$labeltool" lint "$saved"
report=$("$labeltool" audit "$saved" --format json --fail-on never)
echo "$report" | python3 -c '
import json, sys
report = json.load(sys.stdin)
judged = [n for label in report["labels"] for n in label["norms"] if n["source"] == "heard"]
assert len(judged) == 1, judged
assert judged[0]["judgement"] == "voldoet deels", judged[0]
assert judged[0]["interviews"][0]["observation"] == "Gehoord: ëën voorbeeld", judged[0]
print("1 passed, 0 failed")
'
