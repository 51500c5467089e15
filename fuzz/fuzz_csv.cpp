// fuzz_csv: the two CSV forms. parse_csv (delimiter detection, quotes, BOM, CRLF, UTF-8 and
// NUL checks) with a round-trip oracle for csv_cell; then the CSV form of a norm set as
// `labeltool import csv` reads it, written back as YAML and CSV as `import` and `export`
// write it (both must read back as the same set); or else the CSV form of a zelfevaluatie,
// read_zelfevaluatie_csv, then the check and its reports as in fuzz_zelfevaluatie.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "drivers.hpp"
#include "fixtures.hpp"
#include "input/input.hpp"
#include "oracles.hpp"
#include "read/csv.hpp"
#include "read/normset_csv.hpp"
#include "read/normset_reader.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/diagnostics.hpp"
#include "report/normset_files.hpp"
#include "util/csv_writer.hpp"

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
    for (const auto& text : texts) csv += util::csv_cell(text, delimiter) + delimiter + "x\n";
    Diagnostics diagnostics;
    auto back = read::parse_csv("cells.csv", csv, diagnostics);
    if (!back || has_errors(diagnostics)) {
      std::fprintf(stderr, "%s",
                   report::render_diagnostics_text(diagnostics, report::Colour::Off, 3).c_str());
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
      const bool formula = !want.empty() && std::string_view("=+-@\t\r").find(want.front()) !=
                                                std::string_view::npos;
      if (got[i] != want && !(formula && got[i] == "'" + want))
        fuzz::oracle_failure("csv_cell: '" + fuzz::printable(want) + "' reads back as '" +
                                 fuzz::printable(got[i]) + "'",
                             csv, fuzz::offset_of_line(csv, static_cast<std::uint32_t>(i + 2)));
    }
  }
}

/// Fails the oracle `what` when `again`, the file written from the set read back from
/// `written`, differs from it: the round trip lost or changed something.
void expect_same_file(std::string_view what, const std::string& written, const std::string& again) {
  if (again == written) return;
  const auto at = static_cast<std::size_t>(
      std::mismatch(written.begin(), written.end(), again.begin(), again.end()).first -
      written.begin());
  std::fprintf(
      stderr, "written again from what was read back, at byte %zu: '%s'\n", at,
      fuzz::printable(std::string_view(again).substr(std::min(at, again.size()), 80)).c_str());
  fuzz::oracle_failure(std::string(what) + ": reads back as a different norm set", written, at);
}

/// Fails the oracle `what` when reading `written` back found errors.
void expect_no_errors(std::string_view what, const std::string& written,
                      const Diagnostics& diagnostics) {
  if (!has_errors(diagnostics)) return;
  std::fprintf(stderr, "%s",
               report::render_diagnostics_text(diagnostics, report::Colour::Off, 3).c_str());
  const auto error = std::find_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.severity == Severity::Error;
  });
  fuzz::oracle_failure(std::string(what) + ": does not read back without errors", written,
                       fuzz::offset_of_line(written, error->position.line));
}

/// `labeltool import csv` writes a norm set read from CSV as normset/1 YAML, and `labeltool
/// export csv` writes it as CSV; docs/formats.md promises that the round trip loses nothing.
/// So for a set without errors both files read back without errors, as a set that is
/// written out exactly as before.
void expect_normset_files_round_trip(const model::NormSet& set) {
  const std::string yaml_text = report::render_normset_yaml(set);
  const std::string csv_text = report::render_normset_csv(set);
  if (!fuzz::oracles_enabled()) return;
  {
    // Read back through the one way in, as every command does (integrity rules included).
    auto back = input::read_input_bytes("import.yaml", yaml_text, fuzz::limits());
    if (back.kind != input::Kind::Normset) {
      expect_no_errors("render_normset_yaml", yaml_text, back.diagnostics);
      fuzz::oracle_failure("render_normset_yaml: not a normset/1 document", yaml_text, 0);
    }
    expect_no_errors("render_normset_yaml", yaml_text, back.diagnostics);
    expect_same_file("render_normset_yaml", yaml_text,
                     report::render_normset_yaml(*back.normset()));
  }
  auto back = input::read_input_bytes("export.csv", csv_text, fuzz::limits());
  if (back.kind != input::Kind::NormsetCsv) {
    expect_no_errors("render_normset_csv", csv_text, back.diagnostics);
    fuzz::oracle_failure("render_normset_csv: not a norm-set CSV", csv_text, 0);
  }
  expect_no_errors("render_normset_csv", csv_text, back.diagnostics);
  expect_same_file("render_normset_csv", csv_text, report::render_normset_csv(*back.normset()));
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
  // Through the one way in: the first row says which form this is, so a norm-set CSV is
  // never read as a zelfevaluatie.
  auto input = input::read_input_bytes("fuzz.csv", bytes, fuzz::limits());
  if (input.kind == input::Kind::NormsetCsv) {
    fuzz::render_diagnostics(input.diagnostics);
    if (!input.failed()) expect_normset_files_round_trip(*input.normset());
    return;
  }
  const model::Zelfevaluatie* zelfevaluatie = input.zelfevaluatie();
  Diagnostics diagnostics = std::move(input.diagnostics);
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
