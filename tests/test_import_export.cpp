// Norm sets to CSV and back: lossless for every shipped set, formulas neutralised.
#include <doctest/doctest.h>

#include "read/csv.hpp"
#include "support/helpers.hpp"

using labeltool::testing::read_text;
using labeltool::testing::run_labeltool;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;

TEST_CASE("export csv → import csv is lossless for every shipped norm set") {
  const std::string folder = temp_dir();
  for (const std::string reference : {"kssw@2017", "kssw@2019", "kssw-wijkteams@2019", "nvvk@2021", "taalhuizen@cbct"}) {
    CAPTURE(reference);
    const std::string csv = folder + "/" + reference + ".csv", yaml = folder + "/" + reference + ".yaml";
    REQUIRE(run_labeltool({"export", "csv", reference, "-o", csv}).exit_code == 0);
    const auto imported = run_labeltool({"import", "csv", csv, "-o", yaml});
    CHECK(imported.exit_code == 0);
    CHECK(imported.err.empty());
    // The whole model, written the same way from both sides.
    CHECK(run_labeltool({"export", "yaml", yaml}).out == run_labeltool({"export", "yaml", reference}).out);
    CHECK(run_labeltool({"export", "csv", yaml}).out == read_text(csv));
    CHECK(run_labeltool({"lint", yaml}).exit_code == 0);
  }
}

TEST_CASE("cells a spreadsheet would run as formulas are neutralised, and read back exactly") {
  for (const std::string text : {"=HYPERLINK(\"x\")", "+31 6", "-1", "@SUM(A1)", "'=al een apostrof", "gewoon"}) {
    CAPTURE(text);
    const std::string cell = labeltool::read::csv_cell(text, ',');
    CHECK((cell.front() == '\'' || cell.front() == '"' || text == "gewoon"));
    labeltool::Diagnostics diagnostics;
    const auto table = labeltool::read::parse_csv("t.csv", "a," + cell + "\n", diagnostics);
    REQUIRE(table);
    CHECK(table->rows.at(0).cells.at(1).text == text);
  }
}

TEST_CASE("import csv reports problems at their cell") {
  const std::string folder = temp_dir();
  std::string csv = run_labeltool({"export", "csv", "taalhuizen@cbct"}).out;
  csv.replace(csv.find("status,illustrative"), 19, "status,illustratief");
  csv.replace(csv.find("\r\nN,1,"), 6, "\r\nX,1,");
  const std::string path = write_file(folder, "t.csv", csv);
  const auto result = run_labeltool({"import", "csv", path});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("error[invalid-value]: status 'illustratief'; allowed: official, draft, illustrative") != std::string::npos);
  CHECK(result.err.find("error[unknown-theme]: theme 'X' is not declared in a 'theme' row") != std::string::npos);
  CHECK(run_labeltool({"import", "csv", write_file(folder, "e.csv", "")}).exit_code == 2);
}
