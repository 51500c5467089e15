// The zelfevaluatie form read from a workbook sheet (read/zelfevaluatie_reader.cpp, through
// input/), and findings at sheet and cell in every renderer.
#include <doctest/doctest.h>

#include <algorithm>

#include "input/input.hpp"
#include "report/ci_formats.hpp"
#include "report/diagnostics.hpp"
#include "support/zip_builder.hpp"

using namespace labeltool;
using labeltool::testing::inline_row;
using labeltool::testing::workbook_parts;
using labeltool::testing::zip_of;

namespace {

/// A filled form: the kind row, a title, metadata by Dutch label (the date as a date cell),
/// the answer table with an extra column, and a typo in one score.
std::string filled_form() {
  std::string rows =
      inline_row(1, {"labeltool", "zelfevaluatie/1"}) + inline_row(2, {"Zelfevaluatie kssw@2019"}) +
      inline_row(4, {"Normenkader", "kssw@2019"}) +
      inline_row(5, {"Organisatie", "Stichting Test"}) + inline_row(6, {"Scope", "sociaal-werk"}) +
      "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>Datum</t></is></c>"
      "<c r=\"B7\" s=\"2\"><v>46357</v></c></row>" +
      inline_row(10, {"Norm", "Thema", "Titel", "Score", "Toelichting", "Bewijs", "Gereed vóór",
                      "Opmerking"}) +
      inline_row(11, {"V1", "Vakmanschap", "Eigen kracht", "voldoet", "Goed",
                      "Verslag A\nVerslag B", "1-12-2026", "notitie"}) +
      inline_row(12, {"V2", "", "", "voldoet bijna"});
  return zip_of(workbook_parts(rows));
}

}  // namespace

TEST_SUITE("read/zelfevaluatie_reader (workbook)") {
  TEST_CASE("the workbook form is read through the input module, labels in Dutch") {
    input::Input in = input::read_input_bytes("form.xlsx", filled_form(), {});
    REQUIRE(in.kind == input::Kind::ZelfevaluatieXlsx);
    const model::Zelfevaluatie* z = in.zelfevaluatie();
    REQUIRE(z);
    CHECK(z->normset == "kssw@2019");
    CHECK(z->organisation == "Stichting Test");
    CHECK(z->date == "2026-12-01");
    REQUIRE(z->answers.size() == 2);
    CHECK(z->answers[0].norm_id == "V1");
    CHECK(z->answers[0].evidence.size() == 2);
    CHECK(z->answers[0].due == "2026-12-01");
    CHECK(cell_location(z->source, z->answers[1].score_position) == "Zelfevaluatie!D12");
    // The text date gets the spreadsheet-date note and the date cell none (it means one day
    // only); the extra column the ignored-column note; the norm information columns pass
    // without one.
    std::vector<std::string> cells;
    for (const auto& d : in.diagnostics) cells.push_back(cell_location(d.source, d.position));
    CHECK(cells ==
          std::vector<std::string>{"Zelfevaluatie!H10", "Zelfevaluatie!G11"});
  }

  TEST_CASE("a workbook without the kind row says how to make one") {
    input::Input in = input::read_input_bytes(
        "form.xlsx", zip_of(workbook_parts(inline_row(1, {"iets", "anders"}))), {});
    CHECK_FALSE(in.kind);
    REQUIRE(in.diagnostics.size() == 1);
    CHECK(in.diagnostics[0].code == Code::MissingHeader);
    CHECK(report::render_diagnostic(in.diagnostics[0], report::Colour::Off) ==
          "form.xlsx:Zelfevaluatie!A1: error[missing-header]: the first row of sheet "
          "'Zelfevaluatie' must hold 'labeltool' and 'zelfevaluatie/1' (make the workbook with "
          "'labeltool template --format xlsx')\n A1 | iets\n");
  }

  TEST_CASE("every renderer names the sheet and the cell") {
    input::Input in = input::read_input_bytes("form.xlsx", filled_form(), {});
    const SourcePtr sheet = in.zelfevaluatie()->source;
    Diagnostic d = make_diagnostic(
        *sheet, {12, 4}, Code::InvalidScore,
        Message{"'voldoet bijna' is not on the scale", "'voldoet bijna' staat niet op de schaal"});
    const Diagnostics one{d};
    CHECK(report::render_diagnostic(d, report::Colour::Off, util::Lang::Nl) ==
          "form.xlsx:Zelfevaluatie!D12: fout[invalid-score]: 'voldoet bijna' staat niet op de "
          "schaal\n D12 | voldoet bijna\n");
    // JSON and SARIF are pretty-printed; compare them without white space.
    const auto compact = [](std::string text) {
      text.erase(
          std::remove_if(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n'; }),
          text.end());
      return text;
    };
    const std::string json = compact(report::render_diagnostics_json(one, 1));
    CHECK(json.find("\"line\":12,\"column\":4,\"sheet\":\"Zelfevaluatie\",\"cell\":\"D12\"") !=
          std::string::npos);
    const std::string sarif = compact(report::render_sarif(one));
    CHECK(sarif.find("\"logicalLocations\":[{\"name\":\"D12\",\"fullyQualifiedName\":"
                     "\"Zelfevaluatie!D12\",\"kind\":\"element\"}]") != std::string::npos);
    CHECK(sarif.find("\"startLine\":12") != std::string::npos);
    const std::string github = report::render_github(one);
    CHECK(github.find("line=") == std::string::npos);
    CHECK(github.find("::Zelfevaluatie!D12: 'voldoet bijna'") != std::string::npos);
    const std::string junit = report::render_junit(one, {"form.xlsx"}, "check");
    CHECK(junit.find("form.xlsx:Zelfevaluatie!D12: error[invalid-score]") != std::string::npos);
  }

  TEST_CASE("sheet names that are not one word are quoted as Excel does") {
    auto source =
        std::make_shared<SourceFile>("f.xlsx", "Mijn blad's", std::vector<SheetCellText>{});
    CHECK(cell_location(source, {3, 28}) == "'Mijn blad''s'!AB3");
    CHECK(cell_location(source, {}) == "");
  }
}
