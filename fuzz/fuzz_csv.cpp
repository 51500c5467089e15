// fuzz_csv: the CSV form of a zelfevaluatie. parse_csv (delimiter detection, quotes, BOM,
// CRLF, UTF-8 and NUL checks) with a round-trip oracle for csv_cell, then
// read_zelfevaluatie_csv, then the check and its reports as in fuzz_zelfevaluatie.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "read/csv.hpp"
#include "report/diagnostics.hpp"
#include "read/zelfevaluatie_reader.hpp"

using namespace labeltool;

namespace {

/// csv_cell must write any cell so that parse_csv reads it back as itself (behind the '
/// it puts before a cell a spreadsheet would run as a formula).
void expect_csv_cell_round_trip(const read::CsvTable& table) {
  if (!fuzz::oracles_enabled()) return;
  std::vector<std::string> texts;
  for (const auto& row : table.rows)
    for (const auto& cell : row.cells)
      if (texts.size() < 64) texts.push_back(cell.text);
  if (texts.empty()) return;
  for (const char delimiter : {',', ';'}) {
    // A fixed first line decides the delimiter; then one cell per line, each with a
    // marker cell after it so that no line is empty.
    std::string csv = std::string("a") + delimiter + "b\n";
    for (const auto& text : texts) csv += read::csv_cell(text, delimiter) + delimiter + "x\n";
    Diagnostics diagnostics;
    auto back = read::parse_csv("cells.csv", csv, diagnostics);
    if (!back || has_errors(diagnostics)) {
      std::fprintf(stderr, "%s", report::render_diagnostics_text(diagnostics, report::Colour::Off, 3).c_str());
      fuzz::oracle_failure("csv_cell: cells do not read back as CSV", csv, 0);
    }
    std::vector<std::string> got;
    for (std::size_t i = 1; i < back->rows.size(); ++i)
      if (!back->rows[i].cells.empty()) got.push_back(back->rows[i].cells.front().text);
    if (got.size() != texts.size())
      fuzz::oracle_failure("csv_cell: " + std::to_string(texts.size()) + " cells written, " +
                               std::to_string(got.size()) + " rows read back",
                           csv, 0);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const std::string& want = texts[i];
      const bool formula = !want.empty() && std::string_view("=+-@\t\r").find(want.front()) != std::string_view::npos;
      if (got[i] != want && !(formula && got[i] == "'" + want))
        fuzz::oracle_failure("csv_cell: '" + fuzz::printable(want) + "' reads back as '" +
                                 fuzz::printable(got[i]) + "'",
                             csv, fuzz::offset_of_line(csv, static_cast<std::uint32_t>(i + 2)));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::initialize();
  return 0;
}

namespace {

void fuzz_one(const std::uint8_t* data, std::size_t size) {
  const std::string bytes = fuzz::bytes_of(data, size);
  {
    Diagnostics diagnostics;
    auto table = read::parse_csv("fuzz.csv", bytes, diagnostics);
    if (table) {
      for (const auto& row : table->rows) (void)row.is_empty();
      expect_csv_cell_round_trip(*table);
    }
    fuzz::render_diagnostics(diagnostics);
  }
  Diagnostics diagnostics;
  auto zelfevaluatie = read::read_zelfevaluatie_csv("fuzz.csv", bytes, diagnostics);
  if (!zelfevaluatie) {
    fuzz::render_unreadable(diagnostics);
    return;
  }
  const model::NormSet* set = fuzz::find_set(zelfevaluatie->normset);
  if (!set) set = &fuzz::set("kssw@2019");
  // Progress and gap take the same model as from YAML; fuzz_zelfevaluatie covers them, so
  // this target spends its time on what only CSV input reaches.
  fuzz::check_and_render(*zelfevaluatie, *set, std::move(diagnostics), fuzz::AlsoRun::Nothing);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
