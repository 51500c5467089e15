// The xlsx reader (src/xlsx/): cells of every type, both date systems, and hostile archives
// that must end in a finding naming the file and the part or cell, fast and bounded.
#include <doctest/doctest.h>

#include <ctime>
#include <random>

#include "support/zip_builder.hpp"
#include "xlsx/workbook.hpp"

using namespace labeltool;
using labeltool::testing::inline_row;
using labeltool::testing::workbook_parts;
using labeltool::testing::zip_of;

namespace {

std::optional<xlsx::Workbook> read(const std::string& bytes, Diagnostics& diagnostics,
                                   const xlsx::Limits& limits = {}) {
  return xlsx::read_workbook("form.xlsx", bytes, limits, diagnostics);
}

const xlsx::Cell* cell_at(const xlsx::Sheet& sheet, std::uint32_t row, std::uint32_t column) {
  for (const auto& cell : sheet.cells)
    if (cell.position.line == row && cell.position.column == column) return &cell;
  return nullptr;
}

Code only_code(const Diagnostics& diagnostics) {
  REQUIRE(diagnostics.size() == 1);
  return diagnostics[0].code;
}

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

TEST_SUITE("xlsx/workbook") {
  TEST_CASE("cells of every type, with and without references") {
    const std::string data =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><r><t>rich "
        "</t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>x</t></rPh></is></c></row>"
        "<row><c><v>3</v></c><c t=\"b\"><v>1</v></c><c t=\"str\"><f>A1&amp;\"!\"</f><v>cached</v>"
        "</c><c t=\"e\"><v>#N/A</v></c><c s=\"1\"><v>45658</v></c><c s=\"2\"><v>46357.75</v></c>"
        "<c s=\"1\"/></row>";
    auto parts = workbook_parts(data, {"gedeeld &amp; echt"});
    Diagnostics diagnostics;
    const auto book = read(zip_of(parts), diagnostics);
    REQUIRE(book);
    CHECK(diagnostics.empty());
    REQUIRE(book->sheets.size() == 1);
    const auto& sheet = book->sheets[0];
    CHECK(sheet.name == "Zelfevaluatie");
    CHECK(cell_at(sheet, 1, 1)->text == "gedeeld & echt");
    CHECK(cell_at(sheet, 1, 3)->text == "rich text");
    CHECK(cell_at(sheet, 2, 1)->type == xlsx::CellType::Number);
    CHECK(cell_at(sheet, 2, 1)->text == "3");
    CHECK(cell_at(sheet, 2, 2)->text == "TRUE");
    CHECK(cell_at(sheet, 2, 3)->text == "cached");
    CHECK(cell_at(sheet, 2, 4)->type == xlsx::CellType::Error);
    CHECK(cell_at(sheet, 2, 5)->type == xlsx::CellType::Date);
    CHECK(cell_at(sheet, 2, 5)->text == "2025-01-01");
    CHECK(cell_at(sheet, 2, 6)->text == "2026-12-01");
    CHECK(cell_at(sheet, 2, 7) == nullptr);  // styled but empty
    CHECK(sheet.source->sheet() == "Zelfevaluatie");
    CHECK(sheet.source->excerpt({1, 1}).text == "gedeeld & echt");
  }

  TEST_CASE("date serials in the 1900 system (with its leap-year bug) and the 1904 system") {
    using xlsx::DateSystem;
    CHECK(xlsx::serial_to_iso(1, DateSystem::From1900) == "1900-01-01");
    CHECK(xlsx::serial_to_iso(59, DateSystem::From1900) == "1900-02-28");
    CHECK_FALSE(xlsx::serial_to_iso(60, DateSystem::From1900));  // 1900-02-29 never was
    CHECK(xlsx::serial_to_iso(61, DateSystem::From1900) == "1900-03-01");
    CHECK(xlsx::serial_to_iso(46357, DateSystem::From1900) == "2026-12-01");
    CHECK(xlsx::serial_to_iso(0, DateSystem::From1904) == "1904-01-01");
    CHECK(xlsx::serial_to_iso(44895, DateSystem::From1904) == "2026-12-01");
    CHECK(xlsx::serial_to_iso(2958465, DateSystem::From1900) == "9999-12-31");
    CHECK_FALSE(xlsx::serial_to_iso(2958466, DateSystem::From1900));
    CHECK_FALSE(xlsx::serial_to_iso(-1, DateSystem::From1900));

    Diagnostics diagnostics;
    const auto book = read(
        zip_of(workbook_parts("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44895</v></c></row>", {}, true)),
        diagnostics);
    REQUIRE(book);
    CHECK(book->date_system == DateSystem::From1904);
    CHECK(cell_at(book->sheets[0], 1, 1)->text == "2026-12-01");
  }

  TEST_CASE("merged ranges are kept, their value in the first cell") {
    const std::string xml =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>" +
        inline_row(2, {"Titel"}) +
        "</sheetData><mergeCells><mergeCell ref=\"A2:E2\"/>"
        "</mergeCells></worksheet>";
    auto parts = workbook_parts("");
    parts.back().second = xml;
    Diagnostics diagnostics;
    const auto book = read(zip_of(parts), diagnostics);
    REQUIRE(book);
    REQUIRE(book->sheets[0].merged.size() == 1);
    CHECK(book->sheets[0].merged[0].last.column == 5);
  }

  TEST_CASE("an encrypted workbook (an OLE file) is named password-protected") {
    Diagnostics diagnostics;
    CHECK_FALSE(read(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'),
                     diagnostics));
    CHECK(only_code(diagnostics) == Code::PasswordProtected);
    CHECK(diagnostics[0].message.find("without a password") == std::string::npos);
    CHECK(diagnostics[0].message.find("clear the password") != std::string::npos);
  }

  TEST_CASE("a zip that is not a workbook, and one that is damaged") {
    Diagnostics diagnostics;
    CHECK_FALSE(read(zip_of({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}}),
                     diagnostics));
    CHECK(only_code(diagnostics) == Code::NotAWorkbook);
    CHECK(diagnostics[0].file == "form.xlsx");
    diagnostics.clear();
    CHECK_FALSE(read(std::string("PK\x03\x04garbage", 11), diagnostics));
    CHECK(only_code(diagnostics) == Code::NotAWorkbook);
  }

  TEST_CASE("member names with ../ or an absolute path are refused") {
    for (const char* name : {"../evil.xml", "/etc/evil", "xl/../../evil", "C:evil"}) {
      CAPTURE(name);
      auto parts = workbook_parts(inline_row(1, {"a"}));
      parts.emplace_back(name, "x");
      Diagnostics diagnostics;
      CHECK_FALSE(read(zip_of(parts), diagnostics));
      CHECK(only_code(diagnostics) == Code::XlsxUnsafe);
    }
  }

  TEST_CASE("DOCTYPE and entity declarations are refused, naming the part") {
    auto parts = workbook_parts(inline_row(1, {"a"}), {"lol"});
    parts[4].second =
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
        "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><sst><si><t>&b;</t></si></sst>";
    Diagnostics diagnostics;
    CHECK_FALSE(read(zip_of(parts), diagnostics));
    CHECK(only_code(diagnostics) == Code::XlsxUnsafe);
    CHECK(diagnostics[0].message.find("part xl/sharedStrings.xml (line 1:") == 0);

    parts = workbook_parts(inline_row(1, {"a"}));
    parts.back().second = "<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><worksheet/>";
    diagnostics.clear();
    CHECK_FALSE(read(zip_of(parts), diagnostics));
    CHECK(only_code(diagnostics) == Code::XlsxUnsafe);
  }

  TEST_CASE("missing or corrupt shared strings") {
    Diagnostics diagnostics;
    // A cell refers to shared string 0, but there is no table: an error at that cell.
    CHECK_FALSE(read(zip_of(workbook_parts("<row r=\"4\"><c r=\"F4\" t=\"s\"><v>0</v></c></row>")),
                     diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == Code::NotAWorkbook);
    CHECK(cell_location(diagnostics[0].source, diagnostics[0].position) == "Zelfevaluatie!F4");

    auto parts = workbook_parts("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>", {"one"});
    diagnostics.clear();
    CHECK_FALSE(read(zip_of(parts), diagnostics));
    CHECK(only_code(diagnostics) == Code::XlsxSyntax);

    parts[4].second = "<sst><si><t>unclosed</si></sst>";
    diagnostics.clear();
    CHECK_FALSE(read(zip_of(parts), diagnostics));
    CHECK(only_code(diagnostics) == Code::XlsxSyntax);
    CHECK(diagnostics[0].message.find("part xl/sharedStrings.xml") == 0);

    // Listed in the relationships but not in the archive.
    parts.erase(parts.begin() + 4);
    diagnostics.clear();
    CHECK_FALSE(read(zip_of(parts), diagnostics));
    CHECK(only_code(diagnostics) == Code::NotAWorkbook);
  }

  TEST_CASE("a zip bomb stops at the compression-ratio limit, fast") {
    auto parts = workbook_parts(inline_row(1, {"a"}));
    parts.back().second = "<worksheet>" + std::string(50u << 20, ' ') + "</worksheet>";
    Diagnostics diagnostics;
    const double start = cpu_seconds();
    CHECK_FALSE(read(zip_of(parts), diagnostics));
    CHECK(only_code(diagnostics) == Code::XlsxLimit);
    CHECK(diagnostics[0].message.find("zip bomb") != std::string::npos);
    xlsx::Limits small;
    small.max_uncompressed = 1u << 20;
    small.max_ratio = 1'000'000;
    diagnostics.clear();
    CHECK_FALSE(read(zip_of(parts), diagnostics, small));
    CHECK(only_code(diagnostics) == Code::XlsxLimit);
    CHECK(cpu_seconds() - start < 20);  // deflating 50 MiB twice included
  }

  TEST_CASE("a cell of 10 MB is an error at that cell, with its value cut") {
    std::mt19937 random(13);
    std::string text(10u << 20, 'a');
    for (auto& c : text) c = static_cast<char>('a' + random() % 26);
    Diagnostics diagnostics;
    CHECK_FALSE(
        read(zip_of(workbook_parts(inline_row(12, {"", "", "", "", "", text}))), diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == Code::XlsxLimit);
    CHECK(cell_location(diagnostics[0].source, diagnostics[0].position) == "Zelfevaluatie!F12");
    CHECK(excerpt_of(diagnostics[0]).text.size() <= 2 * SourceExcerpt::kWindowBytes);
  }

  TEST_CASE("a sheet with a million empty rows is read fast") {
    std::string rows;
    for (unsigned row = 1; row <= 1'000'000; ++row)
      rows += "<row r=\"" + std::to_string(row) + "\"/>";
    rows += inline_row(1'000'001 > 1'048'576 ? 1 : 1'000'001, {"last"});
    const std::string bytes = zip_of(workbook_parts(rows));
    Diagnostics diagnostics;
    const double start = cpu_seconds();
    const auto book = read(bytes, diagnostics);
    CHECK(cpu_seconds() - start < 5);
    REQUIRE(book);
    CHECK(book->sheets[0].cells.size() == 1);
  }

  TEST_CASE("a reference outside Excel's grid is malformed") {
    Diagnostics diagnostics;
    CHECK_FALSE(read(zip_of(workbook_parts("<row><c r=\"A0\"><v>1</v></c></row>")), diagnostics));
    CHECK(only_code(diagnostics) == Code::XlsxSyntax);
    diagnostics.clear();
    CHECK_FALSE(
        read(zip_of(workbook_parts("<row r=\"2000000\"><c><v>1</v></c></row>")), diagnostics));
    CHECK(only_code(diagnostics) == Code::XlsxSyntax);
  }
}
