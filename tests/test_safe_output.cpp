// Output that input text cannot subvert: terminals, JSON, SARIF, JUnit XML, Markdown, CSV,
// GitHub commands; and files: atomic writes, inputs never touched.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "diag/source.hpp"
#include "read/csv.hpp"
#include "report/ci_formats.hpp"
#include "report/diagnostics.hpp"
#include "report/html.hpp"
#include "support/helpers.hpp"
#include "util/csv_writer.hpp"
#include "util/json.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"
#include "yaml/writer.hpp"

using namespace labeltool;
using labeltool::testing::read_text;
using labeltool::testing::run_labeltool;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;

namespace {

const std::string hostile =
    "A\x1b[2J\x1b]0;pwned\x07 \xc2\x9b"
    "31m <script>&\"'\r\n\xff end";

Diagnostic hostile_diagnostic() {
  const SourceFile source("in\x1b[31m.yaml", "title: " + hostile + "\n");
  return make_diagnostic(source, {1, 8}, Code::UnknownKey,
                         {"unknown key '" + hostile + "'", "onbekende sleutel '" + hostile + "'"});
}

bool has_control(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < 0x20 && byte != '\n') || byte == 0x7f) return true;
    if (byte == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9f)
      return true;
  }
  return false;
}

}  // namespace

TEST_SUITE_BEGIN("report/diagnostics");

TEST_CASE("text output shows control characters escaped and stays valid UTF-8") {
  CHECK(util::escape_control(hostile) ==
        "A\\x1b[2J\\x1b]0;pwned\\x07 \\u009b31m <script>&\"'\\r\\n\\xff end");
  const std::string text =
      report::render_diagnostics_text({hostile_diagnostic()}, report::Colour::Off, 0);
  CHECK_FALSE(has_control(text));
  CHECK_FALSE(util::find_invalid_utf8(text));
}

TEST_CASE("JSON escapes every control character and never emits invalid UTF-8") {
  const std::string quoted = util::json_quote(hostile);
  CHECK(quoted ==
        "\"A\\u001b[2J\\u001b]0;pwned\\u0007 \xc2\x9b"
        "31m <script>&\\\"'\\r\\n\xef\xbf\xbd end\"");
  CHECK_FALSE(util::find_invalid_utf8(quoted));
  const std::string json = report::render_diagnostics_json({hostile_diagnostic()}, 1);
  CHECK(json.find('\x1b') == std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/ci_formats");

TEST_CASE("SARIF is JSON, so it is escaped the same way") {
  const std::string sarif = report::render_sarif({hostile_diagnostic()});
  CHECK(sarif.find('\x1b') == std::string::npos);
  CHECK(sarif.find("\\u001b[2J") != std::string::npos);
  CHECK_FALSE(util::find_invalid_utf8(sarif));
}

TEST_CASE("JUnit XML escapes markup and drops what XML cannot carry") {
  CHECK(report::xml_escape("<a href=\"x\">&'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  const std::string xml = report::render_junit({hostile_diagnostic()}, {"in\x1b[31m.yaml"}, "lint");
  CHECK(xml.find('\x1b') == std::string::npos);
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find("&lt;script&gt;") != std::string::npos);
  CHECK_FALSE(util::find_invalid_utf8(xml));
}

TEST_CASE("GitHub workflow commands cannot be ended or forged by input text") {
  const std::string out = report::render_github({hostile_diagnostic()});
  // One command, one line: the CR LF inside the message are escaped, not real line ends.
  CHECK(out.find('\n') == out.size() - 1);
  CHECK(out.find("%0D%0A") == std::string::npos);  // escape_control shows them as \r\n first
  CHECK(out.find('\x1b') == std::string::npos);
  const SourceFile source("a,b:c.yaml", "x\n");
  const std::string forged = report::render_github(
      {make_diagnostic(source, {1, 1}, Code::UnknownKey, {"50%\n::error::x", "50%\n::error::x"})});
  CHECK(forged.find("file=a%2Cb%3Ac.yaml") != std::string::npos);
  CHECK(forged.find("50%25") != std::string::npos);
  CHECK(std::count(forged.begin(), forged.end(), '\n') == 1);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/check_report");

TEST_CASE("Markdown reports escape what would change the document") {
  const std::string folder = temp_dir();
  std::string z = read_text(labeltool::testing::source_path("examples/buurtkracht-kssw-2019.yaml"));
  z.replace(z.find("organisation: "), 14,
            "organisation: \"<script>alert(1)</script> | # [x](javascript:y) \\e[2J\"\nx_: ");
  z.replace(z.find("\nx_: "), 5, "\n#");
  const std::string path = write_file(folder, "z.yaml", z);
  const auto result =
      run_labeltool({"check", "--format", "markdown", "--today", "2026-11-23", path});
  CHECK(result.out.find("<script>") == std::string::npos);
  CHECK(result.out.find("\\<script\\>") != std::string::npos);
  CHECK(result.out.find("\\[x\\]") != std::string::npos);
  CHECK(result.out.find('\x1b') == std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/html");

// HTML reports (issue 15): a norm title and an organisation with markup stay text.
TEST_CASE("HTML reports escape every piece of input text, a norm title with <script> too") {
  CHECK(report::html::escape(hostile) ==
        "A\\x1b[2J\\x1b]0;pwned\\x07 \\u009b31m &lt;script&gt;&amp;&quot;&apos;\\r\\n\\xff end");
  const std::string folder = temp_dir();
  std::string set = read_text(labeltool::testing::source_path("normsets/kssw-2019.yaml"));
  const std::string title = "title: Eigen kracht, zelfregie en verantwoordelijkheid";
  set.replace(set.find(title), title.size(),
              "title: \"<script>alert(1)</script> <img src=x onerror=y> \\e[2J\"");
  const std::string set_path = write_file(folder, "kssw.yaml", set);
  std::string z = read_text(labeltool::testing::source_path("examples/buurtkracht-kssw-2019.yaml"));
  z.replace(z.find("organisation: "), 14, "organisation: \"<script>x</script>&amp; \"\nx_: ");
  z.replace(z.find("\nx_: "), 5, "\n#");
  const std::string path = write_file(folder, "z.yaml", z);
  const std::string out = folder + "/report.html";
  const auto result = run_labeltool({"check", "--format", "html", "--today", "2026-11-23",
                                     "--normset", set_path, path, "-o", out});
  CHECK(result.exit_code == 0);
  const std::string html = read_text(out);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img") != std::string::npos);
  CHECK(html.find("&lt;script&gt;x&lt;/script&gt;&amp;amp;") != std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
  CHECK_FALSE(util::find_invalid_utf8(html));
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/template");

TEST_CASE(
    "YAML that labeltool writes (import csv, template, gap) has every control character escaped") {
  // import csv writes to stdout: a C1 CSI (U+009B) in a title was written raw.
  const std::string text =
      "A\x1b[2J \xc2\x9b"
      "31m \xc2\x85 \"q\" \\ tab\there\nline \xc2\xa0nbsp";
  const std::string quoted = yaml::quote(text);
  CHECK(quoted == "\"A\\x1b[2J \\u009b31m \\u0085 \\\"q\\\" \\\\ tab\\there\\nline \xc2\xa0nbsp\"");
  CHECK_FALSE(has_control(quoted));
  Diagnostics diagnostics;
  const auto document = yaml::parse_yaml("q.yaml", "v: " + quoted + "\n", {}, diagnostics);
  REQUIRE(document);
  REQUIRE(document->root.find("v"));
  CHECK(document->root.find("v")->value == text);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/csv");

TEST_CASE("CSV output neutralises formulas") {
  CHECK(util::csv_cell("=cmd|' /C calc'!A0", ',') == "'=cmd|' /C calc'!A0");
  CHECK(util::csv_cell("@SUM(1)", ';') == "'@SUM(1)");
  CHECK(util::csv_cell("a;b", ';') == "\"a;b\"");
  const std::string folder = temp_dir();
  std::string z = read_text(labeltool::testing::source_path("examples/buurtkracht-kssw-2019.yaml"));
  // The first toelichting is a folded block; its text then starts with a formula.
  const auto at = z.find("toelichting: >-\n      ");
  REQUIRE(at != std::string::npos);
  z.insert(at + 22, "=HYPERLINK(\"http://x\") ");
  const std::string path = write_file(folder, "z.yaml", z);
  const auto csv = run_labeltool({"check", "--format", "csv", "--today", "2026-11-23", path});
  CHECK(csv.out.find(",=HYPERLINK") == std::string::npos);
  CHECK(csv.out.find("\"'=HYPERLINK") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/common");

TEST_CASE("-o into a folder that does not exist fails cleanly and leaves nothing") {
  const std::string folder = temp_dir();
  const auto result = run_labeltool({"show", "-o", folder + "/missing/out.md", "kssw@2019"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("labeltool: error: " + folder +
                        "/missing/out.md: cannot create a file in") == 0);
  CHECK_FALSE(std::filesystem::exists(folder + "/missing"));
}

TEST_CASE("-o replaces an existing report whole and leaves no temporary file") {
  const std::string folder = temp_dir();
  const std::string out =
      write_file(folder, "report.json", "old content that is longer than nothing\n");
  CHECK(run_labeltool({"check", "--format", "json", "--today", "2026-11-23", "-o", out,
                       "examples/buurtkracht-kssw-2019.yaml"})
            .exit_code == 0);
  CHECK(read_text(out).find("{\n  \"schema\": \"labeltool-check/1\"") == 0);
  std::size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    entries += entry.is_regular_file() ? 1 : 0;
  CHECK(entries == 1);
}

TEST_CASE("no command modifies its input files") {
  const std::string folder = temp_dir();
  const std::string z = write_file(
      folder, "z.yaml",
      read_text(labeltool::testing::source_path("examples/wijkwerk-kssw-2019-gaps.yaml")));
  const std::string before = read_text(z);
  run_labeltool({"check", z});
  run_labeltool({"lint", z});
  run_labeltool({"gap", z, "--target", "nvvk@2021"});
  run_labeltool({"progress", z, z});
  CHECK(run_labeltool({"check", "-o", z, z}).exit_code == 2);  // refused: it is the input
  CHECK(read_text(z) == before);
}

TEST_SUITE_END();
