#pragma once
/// A table of positioned cells: what the CSV reader and a workbook sheet both produce, so that
/// the readers of forms (the zelfevaluatie, the norm-set CSV) read either the same way.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "xlsx/workbook.hpp"

namespace labeltool::read {

/// How the producer typed a cell's value, where it matters to a reader.
enum class CellValue : std::uint8_t {
  Text,  ///< text as typed (every CSV cell; a workbook's strings and numbers)
  Date,  ///< a workbook stored a date (a serial in a date format): `text` is its ISO form
};

struct TableCell {
  std::string text;
  Position position;  ///< line:column in a CSV file, row and column in a sheet
  CellValue value = CellValue::Text;
};

struct TableRow {
  std::vector<TableCell> cells;
  /// True when every cell is empty (a separator row, or ";;;" as Excel writes it).
  bool is_empty() const;
};

/// The rows of one CSV file or one sheet, and where their findings point.
struct Table {
  SourcePtr source;
  std::vector<TableRow> rows;
};

/// How many cells a sheet may become as a table, its empty cells between values included.
inline constexpr std::size_t kMaxTableCells = 2'000'000;

/// The cells of `sheet` as rows: one row per sheet row that has a value, each holding its
/// cells from column A up to its last value (empty cells in between, positioned), so that
/// cell `c` of a row is column c + 1. A date cell keeps CellValue::Date. Rows with no value
/// are left out, as blank lines would be. nullopt, with an xlsx-limit finding at the row,
/// when the table would hold more than kMaxTableCells cells.
std::optional<Table> table_of_sheet(const xlsx::Sheet& sheet, Diagnostics& diagnostics);

/// The text of cell `i` of `row` without surrounding white space (inner line breaks stay);
/// "" past the row's end.
std::string cell_text(const TableRow& row, std::size_t i);

/// Where cell `i` of `row` is, or where the row starts when it is shorter than that: a short
/// row is a finding, never a read past its end.
Position cell_position(const TableRow& row, std::size_t i);

/// Splits a cell that holds several values (evidence one per line, IDs separated by '|')
/// into its trimmed, non-empty items.
std::vector<std::string> split_cell(std::string_view cell, char separator);

/// What a header names that is not one of the table's columns.
enum class UnknownColumns {
  Error,           ///< an error, with did-you-mean: every column of the form is data
  IgnoreWithNote,  ///< a note that it is ignored (a column of the user's own, 'opmerking'),
                   ///< but an error where it looks like a known column misspelt or in Dutch
};

/// The known column a header name stands for when it is another word for it ("bewijs" for
/// "evidence"), or "" when it is none.
using ColumnSynonyms = std::function<std::string(std::string_view name)>;

/// The index in `header` of each of `columns` (-1 when absent), so that a table's columns
/// may come in any order. Names that are not among `columns` are reported as `unknown` says,
/// with did-you-mean (from `synonyms` too).
std::vector<int> find_columns(const TableRow& header, const std::vector<std::string>& columns,
                              const SourceFile& source, Diagnostics& diagnostics,
                              UnknownColumns unknown = UnknownColumns::Error,
                              const ColumnSynonyms& synonyms = {});

}  // namespace labeltool::read
