// fuzz_xlsx: the xlsx reader (src/xlsx/) and the workbook form of a zelfevaluatie, as
// `labeltool check FORM.xlsx` reads it through the input module. Oracles: every finding's
// position is inside the workbook (a cell of Excel's grid in a sheet that was read, or the
// file as a whole), no cell holds more than the cell limit, and reading the same bytes twice
// gives the same findings and cells. Seeded from workbooks written by openpyxl and by
// LibreOffice Calc (fuzz/fixtures/*.xlsx), audit workbooks among them, which go on through
// the audit's rules and reports (drivers.hpp). libFuzzer's -malloc_limit_mb bounds allocation.
#include <cstddef>
#include <cstdint>
#include <string>

#include "drivers.hpp"
#include "fixtures.hpp"
#include "input/input.hpp"
#include "oracles.hpp"
#include "xlsx/workbook.hpp"

using namespace labeltool;

namespace {

constexpr std::uint32_t kMaxRow = 1'048'576, kMaxColumn = 16'384;

void expect_inside(const Diagnostics& diagnostics, std::string_view bytes) {
  for (const auto& d : diagnostics) {
    if (d.position.line == 0) continue;
    if (!d.source || d.source->sheet().empty())
      fuzz::oracle_failure("a workbook finding at a line:column, not a cell", bytes, 0);
    if (d.position.line > kMaxRow || d.position.column == 0 || d.position.column > kMaxColumn)
      fuzz::oracle_failure("a finding outside Excel's grid", bytes, 0);
  }
}

std::string summary(const Diagnostics& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics)
    text += std::string(code_name(d.code)) + "@" + std::to_string(d.position.line) + ":" +
            std::to_string(d.position.column) + " " + d.message + "\n";
  return text;
}

std::string cells_of(const std::optional<xlsx::Workbook>& book) {
  std::string text;
  if (!book) return text;
  for (const auto& sheet : book->sheets)
    for (const auto& cell : sheet.cells)
      text += std::to_string(cell.position.line) + "," + std::to_string(cell.position.column) +
              "=" + cell.text + "\n";
  return text;
}

void fuzz_one(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const xlsx::Limits limits;
  Diagnostics first, second;
  const auto book = xlsx::read_workbook("fuzz.xlsx", bytes, limits, first);
  if (fuzz::oracles_enabled()) {
    expect_inside(first, bytes);
    if (book)
      for (const auto& sheet : book->sheets)
        for (const auto& cell : sheet.cells)
          if (cell.text.size() > limits.max_cell_bytes)
            fuzz::oracle_failure("a cell over the cell limit", bytes, 0);
    const auto again = xlsx::read_workbook("fuzz.xlsx", bytes, limits, second);
    if (summary(first) != summary(second) || cells_of(book) != cells_of(again))
      fuzz::oracle_failure("the same bytes read twice differ", bytes, 0);
  }
  // The whole way in, as check reads it: the form on the answer sheet.
  input::Input in = input::read_input_bytes("fuzz.xlsx", bytes, {});
  // Bytes that do not start as a zip are read as text (YAML or CSV), where line:column is
  // the right place; only a workbook's findings must sit at cells.
  if (fuzz::oracles_enabled() && xlsx::looks_like_zip(bytes)) expect_inside(in.diagnostics, bytes);
  // An audit workbook goes on as `labeltool audit AUDIT.xlsx` takes it.
  if (const model::Audit* audit = in.audit()) fuzz::check_and_render_audit(*audit, "fuzz.xlsx");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::initialize();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
