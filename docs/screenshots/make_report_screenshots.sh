#!/usr/bin/env bash
# The screenshots of the HTML reports shown in README.md, one per report kind, made the way
# the browser test makes them (headless Chromium at 1280x800, JavaScript off, no network):
#
#   docs/screenshots/make_report_screenshots.sh [build/dev/labeltool]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
binary="${1:-build/dev/labeltool}"
HTML_REPORTS_ONLY="${HTML_REPORTS_ONLY:-}" python3 tests/browser/test_html_reports.py \
  "$binary" . --keep-screenshots docs/screenshots
ls -l docs/screenshots/*.png
