// xlsx/writer: atomic output (nothing left behind on failure), errors that name sheet and
// cell, and text that looks like a formula stored as text.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "support/helpers.hpp"
#include "xlsx/writer.hpp"

using namespace labeltool::xlsx;
using labeltool::testing::read_text;
using labeltool::testing::temp_dir;
namespace fs = std::filesystem;

namespace {

std::size_t files_in(const std::string& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++n;
  return n;
}

/// One part of a written workbook, read by Python's zipfile (the test reads the file as any
/// other program would; labeltool's writer has no reader of its own).
std::string workbook_part(const std::string& path, const std::string& part) {
  const std::string command =
      "/usr/bin/python3 -c 'import sys, zipfile; "
      "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2])"
      ".decode())' '" +
      path + "' '" + part + "'";
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
      out.append(buffer, got);
    ::pclose(pipe);
  }
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("xlsx/writer");

TEST_CASE("cell names are what a person sees") {
  CHECK(cell_name({0, 0}) == "A1");
  CHECK(cell_name({11, 5}) == "F12");
  CHECK(column_name(25) == "Z");
  CHECK(column_name(26) == "AA");
  CHECK(column_name(701) == "ZZ");
  CHECK(column_name(702) == "AAA");
  CHECK(absolute_cell_name({9, 1}) == "$B$10");
}

TEST_CASE("a committed workbook appears whole, with no temporary file beside it") {
  const std::string folder = temp_dir();
  const std::string path = folder + "/form.xlsx";
  {
    WorkbookWriter book(path);
    SheetWriter& sheet = book.sheet("Blad");
    sheet.text({0, 0}, "hallo");
    sheet.formula({0, 1}, "=1+2", 3);
    CHECK(book.commit().empty());
  }
  CHECK(files_in(folder) == 1);
  CHECK(read_text(path).substr(0, 2) == "PK");
}

TEST_CASE("a failed workbook leaves nothing, and says which sheet and cell") {
  const std::string folder = temp_dir();
  const std::string path = folder + "/form.xlsx";
  WorkbookWriter book(path);
  SheetWriter& sheet = book.sheet("Blad");
  sheet.text({1048576, 0}, "one row too far");  // Excel has 1,048,576 rows: 0-based 1048575
  sheet.text({0, 0}, "fine");
  const std::string error = book.commit();
  CHECK(error.find("Blad!A1048577") != std::string::npos);
  CHECK(error.find("cannot write text") != std::string::npos);
  CHECK_FALSE(fs::exists(path));
  CHECK(files_in(folder) == 0);
}

TEST_CASE("a sheet name Excel refuses is an error, not a crash") {
  const std::string folder = temp_dir();
  WorkbookWriter book(folder + "/form.xlsx");
  SheetWriter& sheet = book.sheet("a/b");
  sheet.text({0, 0}, "written nowhere");  // a handle without a sheet does nothing
  const std::string error = book.commit();
  CHECK(error.find("'a/b'") != std::string::npos);
  CHECK(files_in(folder) == 0);
}

TEST_CASE("an abandoned workbook leaves nothing and keeps the old file") {
  const std::string folder = temp_dir();
  const std::string path = labeltool::testing::write_file(folder, "form.xlsx", "old");
  {
    WorkbookWriter book(path);
    book.sheet("Blad").text({0, 0}, "new");
  }  // never committed
  CHECK(read_text(path) == "old");
  CHECK(files_in(folder) == 1);
}

TEST_CASE("a folder that does not exist is reported with the path") {
  WorkbookWriter book(temp_dir() + "/missing/form.xlsx");
  CHECK(book.error().find("missing/form.xlsx") != std::string::npos);
  CHECK(book.commit() == book.error());
}

TEST_CASE("text that starts like a formula is stored as text, never as a formula") {
  const std::string folder = temp_dir();
  const std::string path = folder + "/form.xlsx";
  WorkbookWriter book(path);
  SheetWriter& sheet = book.sheet("Blad");
  const char* hostile[] = {"=HYPERLINK(\"http://example.invalid\",\"klik\")", "+1+2", "-3",
                           "@SUM(A1)"};
  for (std::uint32_t row = 0; row < 4; ++row) sheet.text({row, 0}, hostile[row]);
  sheet.formula({4, 0}, "=1+2", 3);  // the only formula
  REQUIRE(book.commit().empty());
  const std::string xml = workbook_part(path, "xl/worksheets/sheet1.xml");
  REQUIRE_FALSE(xml.empty());
  CHECK(xml.find("<f>1+2</f>") != std::string::npos);
  std::size_t formulas = 0;
  for (std::size_t at = xml.find("<f>"); at != std::string::npos; at = xml.find("<f>", at + 1))
    ++formulas;
  CHECK(formulas == 1);
  const std::string strings = workbook_part(path, "xl/sharedStrings.xml");
  CHECK(strings.find("+1+2") != std::string::npos);
  CHECK(strings.find("@SUM(A1)") != std::string::npos);
}

TEST_CASE("a text longer than a cell holds is cut, not refused") {
  const std::string folder = temp_dir();
  WorkbookWriter book(folder + "/form.xlsx");
  book.sheet("Blad").text({0, 0}, std::string(40000, 'x'));
  CHECK(book.commit().empty());
}

TEST_SUITE_END();
