#pragma once
/// CSV as spreadsheets write it: comma or semicolon, quoted cells with "" and line breaks,
/// UTF-8 with or without BOM, CRLF or LF. Every cell keeps its position for diagnostics.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "read/table.hpp"

namespace labeltool::read {

/// A CSV file is a table of positioned cells, like a workbook sheet (read/table.hpp).
using CsvCell = TableCell;
using CsvRow = TableRow;

/// A CSV file's table, and the delimiter it was written with.
struct CsvTable : Table {
  char delimiter = ',';
};

/// Parses `bytes` (the content of `path`). The delimiter is the first ',' or ';' outside
/// quotes on the first line. A cell that util::csv_cell() protected against formulas (a
/// leading ' before = + - @) is read back without the '. Text that is not UTF-8 is read as
/// Windows-1252 (as Excel NL saves CSV), with a note. A broken quote after the first row is
/// an error at its cell, and the rows after it are still read, so that they are checked too.
/// nullopt, with diagnostics, for an empty file, NUL bytes (a binary or UTF-16 file) or a
/// first row that cannot be read.
std::optional<CsvTable> parse_csv(const std::string& path, std::string bytes,
                                  Diagnostics& diagnostics);

/// True when the first row is `labeltool` and `kind` (e.g. "normset/1"): the CSV forms'
/// own header, so a reader never guesses.
bool starts_with_kind(const CsvTable& table, std::string_view kind);

}  // namespace labeltool::read
