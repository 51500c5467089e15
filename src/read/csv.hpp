#pragma once
/// CSV as spreadsheets write it: comma or semicolon, quoted cells with "" and line breaks,
/// UTF-8 with or without BOM, CRLF or LF. Every cell keeps its position for diagnostics.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"

namespace labeltool::read {

struct CsvCell {
  std::string text;
  Position position;
};

struct CsvRow {
  std::vector<CsvCell> cells;
  /// True when every cell is empty (a separator row, or ";;;" as Excel writes it).
  bool is_empty() const;
};

struct CsvTable {
  SourcePtr source;
  char delimiter = ',';
  std::vector<CsvRow> rows;
};

/// Parses `bytes` (the content of `path`). The delimiter is the first ',' or ';' outside
/// quotes on the first line. A cell that util::csv_cell() protected against formulas (a
/// leading ' before = + - @) is read back without the '. nullopt, with diagnostics, for
/// invalid UTF-8, NUL bytes or an unclosed quote.
std::optional<CsvTable> parse_csv(const std::string& path, std::string bytes,
                                  Diagnostics& diagnostics);

/// True when the first row is `labeltool` and `kind` (e.g. "normset/1"): the CSV forms'
/// own header, so a reader never guesses.
bool starts_with_kind(const CsvTable& table, std::string_view kind);

/// The text of cell `i` of `row` without surrounding white space (inner line breaks stay);
/// "" past the row's end.
std::string cell_text(const CsvRow& row, std::size_t i);

/// Where cell `i` of `row` is, or where the row starts when it is shorter than that: a short
/// row is a finding, never a read past its end.
Position cell_position(const CsvRow& row, std::size_t i);

/// Splits a cell that holds several values (evidence one per line, IDs separated by '|')
/// into its trimmed, non-empty items.
std::vector<std::string> split_cell(std::string_view cell, char separator);

/// The index in `header` of each of `columns` (-1 when absent), so that a table's columns
/// may come in any order. Names that are not among `columns` are reported, with did-you-mean.
std::vector<int> find_columns(const CsvRow& header, const std::vector<std::string>& columns,
                              const SourceFile& source, Diagnostics& diagnostics);

}  // namespace labeltool::read
