#pragma once
/// CSV as spreadsheets write it: comma or semicolon, quoted cells with "" and line breaks,
/// UTF-8 with or without BOM, CRLF or LF. Every cell keeps its position for diagnostics.
#include <functional>
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

/// The text of cell `i` of `row` without surrounding white space (inner line breaks stay);
/// "" past the row's end.
std::string cell_text(const CsvRow& row, std::size_t i);

/// Where cell `i` of `row` is, or where the row starts when it is shorter than that: a short
/// row is a finding, never a read past its end.
Position cell_position(const CsvRow& row, std::size_t i);

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
std::vector<int> find_columns(const CsvRow& header, const std::vector<std::string>& columns,
                              const SourceFile& source, Diagnostics& diagnostics,
                              UnknownColumns unknown = UnknownColumns::Error,
                              const ColumnSynonyms& synonyms = {});

}  // namespace labeltool::read
