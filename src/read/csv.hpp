#pragma once
/// CSV as spreadsheets write it: comma or semicolon, quoted cells with "" and line breaks,
/// UTF-8 with or without BOM, CRLF or LF. Every cell keeps its position for diagnostics.
#include <optional>
#include <string>
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

}  // namespace labeltool::read
