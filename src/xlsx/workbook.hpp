#pragma once
/// An Excel workbook (.xlsx) read into memory as sheets of cells: the one public way into the
/// xlsx reader. Bytes in, a Workbook or findings out; every limit in xlsx/limits.hpp holds
/// whatever the bytes are.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "xlsx/limits.hpp"

namespace labeltool::xlsx {

/// What a cell holds, as the workbook typed it.
enum class CellType : std::uint8_t {
  Text,    ///< a shared or inline string, or a formula's text result
  Number,  ///< a number as written in the file ("3", "0.5")
  Date,    ///< a number in a date format, or an ISO date cell: `text` is YYYY-MM-DD
  Bool,    ///< TRUE or FALSE
  Error,   ///< a formula error such as #N/A
};

/// One cell with a value. A formula cell holds its cached result; an empty cell is absent.
struct Cell {
  Position position;  ///< line = row, column = column (1 = A)
  CellType type = CellType::Text;
  std::string text;
};

/// A merged range: its value is in its first (top-left) cell, the others are empty.
struct MergedRange {
  Position first, last;
};

/// One sheet, its cells in the order of the file (by row, then column, in a well-formed one).
struct Sheet {
  std::string name;
  std::vector<Cell> cells;
  std::vector<MergedRange> merged;
  /// The sheet as a source of findings: a finding at one of its positions names the cell
  /// (FORM.xlsx:Zelfevaluatie!F12) and quotes its value.
  SourcePtr source;
};

/// Which calendar the workbook's date serials count in.
enum class DateSystem : std::uint8_t { From1900, From1904 };

struct Workbook {
  std::vector<std::string> sheet_names;  ///< every sheet, in the workbook's order
  std::vector<Sheet> sheets;             ///< the sheets that were read
  DateSystem date_system = DateSystem::From1900;

  /// The sheet named `name` among those read, or nullptr.
  const Sheet* find(std::string_view name) const;
};

/// True when `bytes` start like a zip archive (an .xlsx is one).
bool looks_like_zip(std::string_view bytes);
/// True when `bytes` start like an OLE compound file: an encrypted workbook, or an old .xls.
bool looks_like_ole(std::string_view bytes);

/// Reads the workbook `bytes` (the content of `path`): every sheet, or only the one named
/// `only_sheet` when it is not empty (the others are only listed in sheet_names). nullopt,
/// with findings that name the file and the part (or the sheet and cell), when it cannot be
/// read: not a zip or not a workbook, password-protected, unsafe, malformed, over a limit.
std::optional<Workbook> read_workbook(const std::string& path, std::string_view bytes,
                                      const Limits& limits, Diagnostics& diagnostics,
                                      std::string_view only_sheet = {});

/// The ISO date (YYYY-MM-DD) of date serial `serial` in `system` (its time of day dropped),
/// with Excel's 1900 leap-year bug: serial 60 is the 29 February 1900 that never was, so it
/// has no date. nullopt outside 1900-01-01 (1904-01-01) … 9999-12-31.
std::optional<std::string> serial_to_iso(double serial, DateSystem system);

}  // namespace labeltool::xlsx
