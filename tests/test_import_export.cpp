// Norm sets to CSV and back: lossless for every shipped set, formulas neutralised.
#include <doctest/doctest.h>

#include <algorithm>

#include "read/csv.hpp"
#include "support/helpers.hpp"
#include "util/csv_writer.hpp"

using labeltool::testing::read_text;
using labeltool::testing::run_labeltool;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;

TEST_SUITE_BEGIN("cli/import_export");

TEST_CASE("export csv → import csv is lossless for every shipped norm set") {
  const std::string folder = temp_dir();
  for (const std::string reference :
       {"kssw@2017", "kssw@2019", "kssw-wijkteams@2019", "nvvk@2021", "taalhuizen@cbct"}) {
    CAPTURE(reference);
    const std::string csv = folder + "/" + reference + ".csv",
                      yaml = folder + "/" + reference + ".yaml";
    REQUIRE(run_labeltool({"export", "csv", reference, "-o", csv}).exit_code == 0);
    const auto imported = run_labeltool({"import", "csv", csv, "-o", yaml});
    CHECK(imported.exit_code == 0);
    CHECK(imported.err.empty());
    // The whole model, written the same way from both sides.
    CHECK(run_labeltool({"export", "yaml", yaml}).out ==
          run_labeltool({"export", "yaml", reference}).out);
    CHECK(run_labeltool({"export", "csv", yaml}).out == read_text(csv));
    CHECK(run_labeltool({"lint", yaml}).exit_code == 0);
  }
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/csv");

TEST_CASE("cells a spreadsheet would run as formulas are neutralised, and read back exactly") {
  for (const std::string text :
       {"=HYPERLINK(\"x\")", "+31 6", "-1", "@SUM(A1)", "'=al een apostrof", "gewoon"}) {
    CAPTURE(text);
    const std::string cell = labeltool::util::csv_cell(text, ',');
    CHECK((cell.front() == '\'' || cell.front() == '"' || text == "gewoon"));
    labeltool::Diagnostics diagnostics;
    const auto table = labeltool::read::parse_csv("t.csv", "a," + cell + "\n", diagnostics);
    REQUIRE(table);
    CHECK(table->rows.at(0).cells.at(1).text == text);
  }
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/normset_csv");

TEST_CASE("import csv reports problems at their cell") {
  const std::string folder = temp_dir();
  std::string csv = run_labeltool({"export", "csv", "taalhuizen@cbct"}).out;
  csv.replace(csv.find("status,illustrative"), 19, "status,illustratief");
  csv.replace(csv.find("\r\nN,1,"), 6, "\r\nX,1,");
  const std::string path = write_file(folder, "t.csv", csv);
  const auto result = run_labeltool({"import", "csv", path});
  CHECK(result.exit_code == 2);
  CHECK(
      result.err.find("error[invalid-value]: 'status' is 'illustratief'; allowed: official, draft, "
                      "illustrative (did you mean 'illustrative'?)") != std::string::npos);
  CHECK(result.err.find("error[unknown-theme]: theme 'X' is not declared in a 'theme' row") !=
        std::string::npos);
  CHECK(run_labeltool({"import", "csv", write_file(folder, "e.csv", "")}).exit_code == 2);
}

TEST_CASE("a norm row shorter than the norm table's header is a finding at its first cell") {
  // Found by fuzz_csv: the reader took the norm's position from a cell past the row's end.
  const std::string folder = temp_dir();
  std::string csv = run_labeltool({"export", "csv", "taalhuizen@cbct"}).out;
  const auto lines_before = static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n'));
  csv += "N\r\n";
  const std::string path = write_file(folder, "short.csv", csv);
  const auto result = run_labeltool({"import", "csv", path});
  CHECK(result.exit_code == 2);
  const std::string at = path + ":" + std::to_string(lines_before + 1) + ":1: ";
  CHECK(result.err.find(at + "error[invalid-id]: 'id' '' is not a valid ID") != std::string::npos);
  CHECK(result.err.find(at + "error[empty-text]: 'title' is empty") != std::string::npos);
}

TEST_CASE("import csv holds a set to the same rules as normset/1 YAML") {
  // Found by fuzz_csv: a level 0, a validity period ending before it started, a theme
  // without norms and an empty owner were imported, and the YAML written from them did not
  // lint.
  const std::string folder = temp_dir();
  const std::string csv = run_labeltool({"export", "csv", "nvvk@2021"}).out;
  const struct {
    std::string row, replacement, finding;
  } cases[] = {
      {"maturity_level,1,", "maturity_level,0,",
       "error[invalid-value]: 'level' is 0; it must be at least 1"},
      {"maturity_level,1,", "maturity_level,,",
       "error[missing-key]: a 'maturity_level' row needs the level's number"},
      {"verdict.max_not_met,0", "verdict.max_not_met,-1",
       "error[invalid-value]: 'max_not_met' is -1; it must be at least 0"},
      {"verdict.min_met_percent,80", "verdict.min_met_percent,101",
       "error[invalid-value]: 'min_met_percent' is 101; it must be from 0 to 100"},
      {"language,", "valid_from,2021-01-01\r\nvalid_until,2000-12-31\r\nlanguage,",
       "error[invalid-value]: 'valid_until' 2000-12-31 is before 'valid_from' 2021-01-01"},
      {"theme,1,", "theme,0,Leeg,\r\ntheme,1,", "error[missing-key]: theme '0' has no norm rows"},
      {"language,", "owner,\r\nlanguage,", "error[empty-text]: 'owner' is empty"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.replacement);
    std::string changed = csv;
    REQUIRE(changed.find(c.row) != std::string::npos);
    changed.replace(changed.find(c.row), c.row.size(), c.replacement);
    const auto result = run_labeltool({"import", "csv", write_file(folder, "n.csv", changed)});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(c.finding) != std::string::npos);
  }
}

TEST_SUITE_END();
