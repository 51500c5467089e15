#!/usr/bin/env python3
"""Every --format html report in a real browser: Debian's chromium, headless, with JavaScript
off and the network cut off (a proxy on a closed port).

JavaScript is off through the page's own Content-Security-Policy (script-src falls back to
default-src 'none'), which every report carries and this test requires; a copy of a report with
a script added shows that it does not run. Chromium's --blink-settings=scriptEnabled=false
cannot be used: headless --dump-dom, --print-to-pdf and --screenshot then write nothing.

Per report kind: the file references nothing outside itself; the DOM Chromium builds shows
the verdict and per-theme figures of the JSON report of the same input, and input text with
markup stays text; printed to PDF, the page count is sane and pdftotext finds the running
header (organisation/report and the page number) on every page; screenshots at 1280x800 and
390x844 (a phone) have nothing running off the right edge.

usage: test_html_reports.py LABELTOOL SOURCE_DIR [--keep-screenshots DIR]
Exits 77 (skipped) only when chromium or poppler-utils is absent.
"""
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HOSTILE = "<script>alert(1)</script> & <b>vet</b>"
CSP = ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
       'style-src \'unsafe-inline\'; img-src data:">')


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run(cmd, **kwargs):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kwargs)


class Browser:
    """Headless Chromium, one private profile per run, no scripts, no network."""

    def __init__(self, binary, work):
        self.binary = binary
        self.work = work
        self.count = 0

    def _run(self, args, url):
        self.count += 1
        profile = os.path.join(self.work, "profile-%d" % self.count)
        cmd = [self.binary, "--headless", "--disable-gpu", "--hide-scrollbars",
               "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:9",
               "--proxy-bypass-list=<-loopback>",
               "--no-first-run", "--disable-extensions", "--disable-sync",
               "--disable-background-networking", "--run-all-compositor-stages-before-draw",
               "--virtual-time-budget=3000"]
        if os.geteuid() == 0:
            cmd.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
        result = subprocess.run(cmd + args + [url], capture_output=True, timeout=300)
        shutil.rmtree(profile, ignore_errors=True)
        return result

    def dump_dom(self, path):
        result = self._run(["--dump-dom"], "file://" + path)
        if result.returncode != 0:
            fail("chromium --dump-dom %s: %s" % (path, result.stderr.decode()[-500:]))
        return result.stdout.decode("utf-8")

    def pdf(self, path, out):
        result = self._run(["--print-to-pdf=" + out], "file://" + path)
        if result.returncode != 0 or not os.path.exists(out):
            fail("chromium --print-to-pdf %s: %s" % (path, result.stderr.decode()[-500:]))

    def screenshot(self, path, out, width, height):
        result = self._run(["--screenshot=" + out, "--window-size=%d,%d" % (width, height)],
                           "file://" + path)
        if result.returncode != 0 or not os.path.exists(out):
            fail("chromium --screenshot %s: %s" % (path, result.stderr.decode()[-500:]))


# ── PNG, decoded with the standard library only ─────────────────────────────────────────

def read_png(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(path + " is not a PNG")
    at, idat, width, height, colour = 8, b"", 0, 0, 0
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                fail("%s: unexpected PNG depth %d colour %d" % (path, depth, colour))
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    raw = zlib.decompress(idat)
    channels = 3 if colour == 2 else 4
    stride = width * channels
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 0xFF
        rows.append(line)
        previous = line
    return width, height, rows, channels


def right_edge_clear(path, columns=3):
    """True when the rightmost `columns` pixel columns are page background (white): content
    cut off by the right edge of the window would show there."""
    width, height, rows, channels = read_png(path)
    for y, line in enumerate(rows):
        for x in range(width - columns, width):
            r, g, b = line[x * channels:x * channels + 3]
            if min(r, g, b) < 245:
                return False, "pixel (%d,%d) is %s" % (x, y, (r, g, b))
    return True, ""


# ── The DOM as text and as table rows ───────────────────────────────────────────────────

class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text, self.rows, self.row = [], [], [], None
        self.cell, self.in_title, self.title = None, False, ""
        self.paragraphs, self.para = [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = ""
        elif tag == "title":
            self.in_title = True
        elif tag == "p":
            self.para = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        elif tag == "title":
            self.in_title = False
        elif tag == "p" and self.para is not None:
            self.paragraphs.append(self.para.strip())
            self.para = None

    def handle_data(self, data):
        self.text.append(data)
        if self.cell is not None:
            self.cell += data
        if self.in_title:
            self.title += data
        if self.para is not None:
            self.para += data


def parse(dom_text):
    dom = Dom()
    dom.feed(dom_text)
    dom.all_text = "".join(dom.text)
    return dom


def row_of(dom, first_cell_start):
    for row in dom.rows:
        if row and row[0].startswith(first_cell_start):
            return row
    fail("no table row starting with %r" % first_cell_start)


# ── Checks every report kind gets ──────────────────────────────────────────────────────

RESOURCE = re.compile(r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)|"""
                      r"""(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import)|(?:<script)|(?:<link\b)""",
                      re.IGNORECASE)


def static_checks(name, path, lang):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("<!DOCTYPE html>"):
        fail(name + ": does not start with <!DOCTYPE html>")
    if '<html lang="%s">' % lang not in text:
        fail(name + ': no <html lang="%s">' % lang)
    found = RESOURCE.search(text)
    if found:
        fail("%s: refers to something outside the file or runs a script: %r" %
             (name, text[max(0, found.start() - 40):found.end() + 40]))
    if CSP not in text:
        fail(name + ": no Content-Security-Policy that forbids scripts and requests")
    levels = [int(h) for h in re.findall(r"<h([1-6])[ >]", text)]
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            fail("%s: heading h%d follows h%d" % (name, after, before))
    for th in re.findall(r"<th\b[^>]*>", text):
        if "scope=" not in th:
            fail(name + ": table header without scope: " + th)
    return text


def print_checks(name, browser, path, work, header_words, min_pages, max_pages):
    pdf = os.path.join(work, name + ".pdf")
    browser.pdf(path, pdf)
    info = run(["pdfinfo", pdf]).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    if not min_pages <= pages <= max_pages:
        fail("%s: %d pages printed, expected %d to %d" % (name, pages, min_pages, max_pages))
    if "A4" not in info and "595" not in info:
        fail(name + ": not printed on A4: " + info)
    texts = []
    for page in range(1, pages + 1):
        text = run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"]).stdout
        for word in header_words:
            if word not in text:
                fail("%s: page %d of %d lacks the running header %r" % (name, page, pages, word))
        if "%d/%d" % (page, pages) not in text:
            fail("%s: page %d lacks its page number %d/%d" % (name, page, page, pages))
        texts.append(text)
    return texts


def screen_checks(name, browser, path, work, keep):
    for width, height in ((1280, 800), (390, 844)):
        shot = os.path.join(work, "%s-%d.png" % (name, width))
        browser.screenshot(path, shot, width, height)
        ok, why = right_edge_clear(shot)
        if not ok:
            fail("%s: something runs off the right edge at %dx%d: %s" % (name, width, height, why))
        if keep and width == 1280:
            shutil.copy(shot, os.path.join(keep, name + ".png"))


def labeltool(binary, args, source, expect=(0, 1)):
    result = run([binary] + args, cwd=source)
    if result.returncode not in expect:
        fail("labeltool %s exited %d: %s" % (" ".join(args), result.returncode, result.stderr))
    return result.stdout


# ── The report kinds ───────────────────────────────────────────────────────────────────

def hostile_inputs(source, work):
    """A norm set whose first norm title, and a zelfevaluatie whose organisation and a
    toelichting, carry markup; both must come out as text."""
    with open(os.path.join(source, "normsets/kssw-2019.yaml"), encoding="utf-8") as f:
        normset = f.read()
    normset = normset.replace("title: Eigen kracht, zelfregie en verantwoordelijkheid",
                              "title: %s" % json.dumps(HOSTILE), 1)
    normset_path = os.path.join(work, "hostile-kssw.yaml")
    with open(normset_path, "w", encoding="utf-8") as f:
        f.write(normset)
    with open(os.path.join(source, "examples/wijkwerk-kssw-2019-gaps.yaml"), encoding="utf-8") as f:
        z = f.read()
    z = z.replace("organisation: Stichting Wijkwerk Proefstad",
                  "organisation: %s" % json.dumps("Wijkwerk " + HOSTILE), 1)
    z_path = os.path.join(work, "hostile-wijkwerk.yaml")
    with open(z_path, "w", encoding="utf-8") as f:
        f.write(z)
    return normset_path, z_path


def check_escaping(name, dom_text):
    dom = parse(dom_text)
    if "script" in dom.tags or "b" in dom.tags:
        fail(name + ": markup from the input became elements: " + ", ".join(sorted(set(dom.tags))))
    if HOSTILE not in dom.all_text:
        fail(name + ": the input text with markup is not shown as text")


def test_check(binary, source, browser, work, keep):
    z = "examples/wijkwerk-kssw-2019-gaps.yaml"
    out = os.path.join(work, "check.html")
    labeltool(binary, ["check", z, "--today", "2026-11-23", "--format", "html", "-o", out], source)
    data = json.loads(labeltool(binary, ["check", z, "--today", "2026-11-23", "--format", "json"],
                                source))["files"][0]
    static_checks("check", out, "nl")
    dom = parse(browser.dump_dom(out))
    words = {"pass": "voldoet aan de regel", "fail": "nog niet", "incomplete": "onvolledig"}
    verdict = [p for p in dom.paragraphs if p.startswith("Oordeel:")]
    if not verdict or words[data["verdict"]["outcome"]] not in verdict[0]:
        fail("check: verdict %r does not say %r" % (verdict, data["verdict"]["outcome"]))
    for theme in data["themes"]:
        row = row_of(dom, theme["id"] + " ")
        counts = list(theme["tally"]["counts"].values())
        if [int(c) for c in row[1:1 + len(counts)]] != counts:
            fail("check: theme %s shows %s, JSON says %s" % (theme["id"], row, counts))
        if int(row[1 + len(counts)]) != theme["tally"]["unanswered"]:
            fail("check: theme %s open count differs from JSON" % theme["id"])
    if "te laat" not in dom.all_text:
        fail("check: the action due in the past is not marked late")
    if "Over dit normenkader" not in dom.all_text or "Bijlage: alle normen" not in dom.all_text:
        fail("check: the annexes are missing")
    for norm in data["norms"]:
        if norm["id"] + " " not in dom.all_text:
            fail("check: norm %s is not in the annex" % norm["id"])
    print_checks("check", browser, out, work, ["Stichting Wijkwerk Proefstad", "Zelfevaluatie"],
                 2, 30)
    screen_checks("check", browser, out, work, keep)
    # JavaScript is off: a script added to a copy of the report does not run.
    with open(out, encoding="utf-8") as f:
        scripted = f.read().replace("</main>", "<script>document.body.append('SCRIPT-RAN')</script></main>")
    copy = os.path.join(work, "check-script.html")
    with open(copy, "w", encoding="utf-8") as f:
        f.write(scripted)
    if "SCRIPT-RAN" in parse(browser.dump_dom(copy)).all_text.replace("append('SCRIPT-RAN')", ""):
        fail("check: a script in the report ran")
    # English, and hostile input.
    en = os.path.join(work, "check-en.html")
    labeltool(binary, ["check", z, "--format", "html", "--lang", "en", "-o", en], source)
    static_checks("check-en", en, "en")
    normset, hostile = hostile_inputs(source, work)
    bad = os.path.join(work, "check-hostile.html")
    labeltool(binary, ["check", hostile, "--normset", normset, "--format", "html", "-o", bad],
              source)
    check_escaping("check", browser.dump_dom(bad))


def test_progress(binary, source, browser, work, keep):
    old, new = "examples/buurtkracht-kssw-2019.yaml", "examples/wijkwerk-kssw-2019-gaps.yaml"
    out = os.path.join(work, "progress.html")
    labeltool(binary, ["progress", old, new, "--format", "html", "-o", out], source)
    data = json.loads(labeltool(binary, ["progress", old, new, "--format", "json"], source))
    static_checks("progress", out, "nl")
    dom = parse(browser.dump_dom(out))
    for theme in data["themes"]:
        row = [r for r in dom.rows if len(r) == 6 and r[0].startswith(theme["id"] + " ")]
        if not row or [int(c) for c in row[0][1:3]] != [theme["better"], theme["worse"]]:
            fail("progress: theme %s shows %s, JSON says %s" % (theme["id"], row, theme))
    print_checks("progress", browser, out, work, ["Voortgang"], 1, 20)
    screen_checks("progress", browser, out, work, keep)


def test_diff(binary, source, browser, work, keep):
    out = os.path.join(work, "diff-versions.html")
    args = ["diff", "kssw@2017", "kssw@2019", "--crosswalk",
            "normsets/crosswalks/kssw-2017-kssw-2019.yaml"]
    labeltool(binary, args + ["--format", "html", "-o", out], source)
    data = json.loads(labeltool(binary, args + ["--format", "json"], source))
    text = static_checks("diff-versions", out, "nl")
    reworded = [m for m in data["matches"] if "reworded" in m["changes"]]
    if reworded and ("<del>" not in text or "<ins>" not in text):
        fail("diff-versions: reworded norms without <del>/<ins>")
    dom = parse(browser.dump_dom(out))
    if "del" not in dom.tags or "ins" not in dom.tags:
        fail("diff-versions: the browser shows no <del>/<ins>")
    print_checks("diff-versions", browser, out, work, ["Versies vergeleken"], 1, 40)
    screen_checks("diff-versions", browser, out, work, keep)

    out = os.path.join(work, "diff-labels.html")
    args = ["diff", "nvvk@2021", "kssw@2019"]
    labeltool(binary, args + ["--format", "html", "-o", out], source)
    data = json.loads(labeltool(binary, args + ["--format", "json"], source))
    static_checks("diff-labels", out, "nl")
    dom = parse(browser.dump_dom(out))
    for theme in data["a_covered_by_b"]["themes"]:
        row = row_of(dom, theme["id"] + " ")
        full = int(row[1].split()[0])
        if full != theme["counts"]["full"]:
            fail("diff-labels: theme %s full %s, JSON %s" % (theme["id"], row, theme["counts"]))
    pairs = sum(cell["pairs"] for cell in data["matrix"])
    heat = [r for r in dom.rows if len(r) > 1 and all(c.isdigit() for c in r[1:])]
    if sum(int(c) for r in heat for c in r[1:]) != pairs:
        fail("diff-labels: the heat map's numbers do not add up to the JSON matrix")
    print_checks("diff-labels", browser, out, work, ["Labels vergeleken"], 1, 40)
    screen_checks("diff-labels", browser, out, work, keep)


def test_gap(binary, source, browser, work, keep):
    args = ["gap", "examples/geldwijzer-kssw-2019.yaml", "--target", "nvvk@2021"]
    out = os.path.join(work, "gap.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(labeltool(binary, args + ["--format", "html"], source))
    data = json.loads(labeltool(binary, args + ["--format", "json"], source))
    static_checks("gap", out, "nl")
    dom = parse(browser.dump_dom(out))
    total = row_of(dom, "Totaal")
    if [int(c) for c in total[1:4]] != [data["carried"], data["verify"], data["no_source"]]:
        fail("gap: totals %s differ from JSON" % total)
    print_checks("gap", browser, out, work, ["Overname van antwoorden"], 1, 40)
    screen_checks("gap", browser, out, work, keep)


def test_plan(binary, source, browser, work, keep):
    args = ["plan", "kssw@2019", "nvvk@2021", "--scope", "schuldhulpverlening"]
    out = os.path.join(work, "plan.html")
    labeltool(binary, args + ["--format", "html", "-o", out], source)
    data = json.loads(labeltool(binary, args + ["--format", "json"], source))
    static_checks("plan", out, "nl")
    dom = parse(browser.dump_dom(out))
    for group in data["groups"]:
        if group["name"] and group["name"] not in dom.all_text:
            fail("plan: group %s missing" % group["name"])
    groups = len(data["groups"])
    pages = print_checks("plan", browser, out, work, ["Gecombineerde audit"], groups + 1, 200)
    # One group per page: every group heading starts a page of its own.
    starts = [i for i, text in enumerate(pages) if "Gespreksgroep:" in text]
    if len(starts) != groups:
        fail("plan: %d group headings over %d pages, expected one page each for %d groups" %
             (sum(t.count("Gespreksgroep:") for t in pages), len(pages), groups))
    screen_checks("plan", browser, out, work, keep)


def test_suggest(binary, source, browser, work, keep):
    """suggest goes to stdout (-o is its draft crosswalk): the page for the expert shows every
    source norm that got a candidate, with matched words in <mark>, and prints them."""
    args = ["suggest", "nvvk@2021", "kssw@2019", "--top", "2"]
    out = os.path.join(work, "suggest.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(labeltool(binary, args + ["--format", "html"], source, expect=(0,)))
    data = json.loads(labeltool(binary, args + ["--format", "json"], source, expect=(0,)))
    text = static_checks("suggest", out, "nl")
    dom = parse(browser.dump_dom(out))
    if "mark" not in dom.tags:
        fail("suggest: the browser shows no <mark> for the matched words")
    sources = [n["source"] for n in data["norms"] if n["candidates"]]
    for norm in data["norms"]:
        for c in norm["candidates"]:
            if c["target"] not in dom.all_text:
                fail("suggest: candidate %s of %s is not on the page" % (c["target"], norm["source"]))
    if "Over deze normenkaders" not in dom.all_text:
        fail("suggest: the annex on the sets' status is missing")
    pages = print_checks("suggest", browser, out, work, ["Voorstel voor een koppeling"], 2, 200)
    printed = "\n".join(pages)
    for source_id in sources:
        if not re.search(r"(^|\s)%s\s" % re.escape(source_id), printed):
            fail("suggest: norm %s is not in the printed PDF" % source_id)
    marked = re.findall(r"<mark>([^<]+)</mark>", text)
    if not marked or not any(word in printed for word in marked):
        fail("suggest: no highlighted term is in the printed PDF")
    screen_checks("suggest", browser, out, work, keep)
    # English: the same candidates, the page and its annex in English.
    en = os.path.join(work, "suggest-en.html")
    with open(en, "w", encoding="utf-8") as f:
        f.write(labeltool(binary, args + ["--format", "html", "--lang", "en"], source, expect=(0,)))
    static_checks("suggest-en", en, "en")
    dom_en = parse(browser.dump_dom(en))
    for label in ("Suggested crosswalk", "About these norm sets"):
        if label not in dom_en.all_text:
            fail("suggest-en: %r is not on the English page" % label)
    for norm in data["norms"]:
        for c in norm["candidates"]:
            if c["target"] not in dom_en.all_text:
                fail("suggest-en: candidate %s of %s is not on the page" % (c["target"], norm["source"]))
    normset, _ = hostile_inputs(source, work)
    bad = os.path.join(work, "suggest-hostile.html")
    with open(bad, "w", encoding="utf-8") as f:
        f.write(labeltool(binary, ["suggest", normset, "nvvk@2021", "--format", "html"], source,
                          expect=(0,)))
    check_escaping("suggest", browser.dump_dom(bad))


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    binary, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    keep = None
    if "--keep-screenshots" in sys.argv:
        keep = os.path.abspath(sys.argv[sys.argv.index("--keep-screenshots") + 1])
        os.makedirs(keep, exist_ok=True)
    chromium = find_chromium()
    if not chromium or not shutil.which("pdftotext") or not shutil.which("pdfinfo"):
        print("SKIP: chromium and poppler-utils are needed (./setup.sh test installs them)")
        return 77
    only = os.environ.get("HTML_REPORTS_ONLY", "")
    with tempfile.TemporaryDirectory(prefix="labeltool-html-") as work:
        browser = Browser(chromium, work)
        for test in (test_check, test_progress, test_diff, test_gap, test_plan, test_suggest):
            if only and only not in test.__name__:
                continue
            test(binary, source, browser, work, keep)
            print("ok " + test.__name__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
