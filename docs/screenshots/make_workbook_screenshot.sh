#!/usr/bin/env bash
# Makes docs/screenshots/workbook.png: the first page of the zelfevaluatie workbook that
# `labeltool template kssw@2019 --format xlsx` writes, as LibreOffice Calc renders it
# (headless, with a private profile), three answers filled in by openpyxl.
#
#   docs/screenshots/make_workbook_screenshot.sh [LABELTOOL]
#
# Needs libreoffice-calc-nogui, poppler-utils and python3-openpyxl (./setup.sh test).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
labeltool="${1:-$root/build/dev/labeltool}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$labeltool" --normsets "$root/normsets" template kssw@2019 --format xlsx -o "$work/zelfevaluatie.xlsx"
/usr/bin/python3 - "$work/zelfevaluatie.xlsx" <<'PY'
import sys
import openpyxl
path = sys.argv[1]
book = openpyxl.load_workbook(path)
ws = book["Zelfevaluatie"]
ws["B5"] = "Stichting Buurtkracht"
ws["F11"], ws["G11"] = "voldoet", "Werkwijze Eigen Kracht; besproken in alle teams."
ws["F12"], ws["G12"] = "voldoet deels", "Methodiekbeschrijvingen nog niet compleet."
ws["I12"], ws["J12"] = "Methodiekboek afmaken", "teamleider"
ws["F13"] = "voldoet"
book.save(path)
PY
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf \
  --outdir "$work" "$work/zelfevaluatie.xlsx" >/dev/null 2>&1
# The top of the page: title, metadata, header and the first norms.
pdftoppm -png -r 150 -f 1 -l 1 -singlefile -x 0 -y 0 -W 1754 -H 640 "$work/zelfevaluatie.pdf" \
  "$here/workbook"
echo "wrote $here/workbook.png"
