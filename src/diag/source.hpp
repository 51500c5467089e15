#pragma once
/// The text of an input file, kept so that diagnostics can quote the offending line.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.hpp"

namespace labeltool {

/// The value of one cell of a workbook sheet, kept so that a finding at the cell can quote it.
struct SheetCellText {
  Position position;  ///< line = row, column = column (1 = A)
  std::string text;
};

/// A file's path and its text (UTF-8, BOM removed, line ends normalised to '\n'), or one sheet
/// of a workbook with the values of its cells.
/// Always owned by a shared pointer (SourcePtr) where findings may outlive the reading, so a
/// finding can point to it instead of copying its line.
class SourceFile : public std::enable_shared_from_this<SourceFile> {
 public:
  SourceFile(std::string path, std::string text);
  /// The sheet `sheet` of the workbook `path`, with the cells that have a value in any order.
  /// Findings at its positions are cells (Zelfevaluatie!F12) and quote the cell's value.
  SourceFile(std::string path, std::string sheet, std::vector<SheetCellText> cells);

  const std::string& path() const { return path_; }
  /// The text; empty once release_text() let go of it.
  const std::string& text() const { return text_; }
  /// The sheet's name for a workbook sheet; "" for a text file.
  const std::string& sheet() const { return sheet_; }
  /// Line `line` (1-based) without its line end; empty when out of range or released.
  std::string_view line(std::uint32_t line) const;
  /// Converts a 0-based line and byte column into a 1-based line and character column.
  Position position_from_bytes(std::uint32_t line0, std::uint32_t byte_column0) const;
  /// The 1-based position of byte `offset` in the text.
  Position position_of_offset(std::size_t offset) const;
  /// The byte offset, from the start of line `line`, of the character at `column` (1-based;
  /// the line's end when the column is past it). Fast on long lines too.
  std::size_t byte_of_column(std::uint32_t line, std::uint32_t column) const;
  /// What a finding at `position` quotes: the whole line, or a window of a long one; in a
  /// sheet the cell's value (a window of a long one), "" for an empty cell.
  /// After release_text(), the line is read again from the file at path() (one file is
  /// kept read at a time, since findings are printed file by file), and quoted only when the
  /// file still holds the same text (size and hash): otherwise the excerpt is empty, never a
  /// line of the changed file.
  SourceExcerpt excerpt(Position position) const;

  /// Lets go of the text of a file read from disk at path(), keeping its size and hash and
  /// the line table: lint holds every file's source until its findings are printed, and the
  /// texts alone were as large as the input. Only the excerpts need the text afterwards (see
  /// excerpt()); text() and line() are empty from then on, so call this only when nothing
  /// built on the text (a YAML tree holds views into it) is still in use, and not while
  /// another thread reads this source. Does nothing for a workbook sheet.
  void release_text() const;
  /// True once release_text() let go of the text.
  bool text_released() const { return released_; }

 private:
  /// Line `line` of `text`, which is text_ or the same text read again.
  std::string_view line_in(std::string_view text, std::uint32_t line) const;
  std::size_t byte_of_column_in(std::string_view text, std::uint32_t line,
                                std::uint32_t column) const;
  SourceExcerpt line_excerpt(std::string_view text, Position position) const;
  /// The text read again from path() after release_text(); null when the file is gone or
  /// no longer holds the same text.
  std::shared_ptr<const std::string> reread_text() const;

  std::string path_;
  /// mutable: release_text() drops it from a source that findings share as const, since it
  /// is only a copy of the file on disk by then.
  mutable std::string text_;
  mutable bool released_ = false;
  /// text_'s size and std::hash, kept by release_text() for checking the file read again.
  mutable std::size_t text_size_ = 0;
  mutable std::size_t text_hash_ = 0;
  std::uint64_t serial_ = 0;  ///< unique per source: the key of the one file read again
  std::string sheet_;
  std::vector<SheetCellText> cells_;  ///< a sheet's cells, sorted by row and column
  std::vector<std::uint32_t> line_starts_;
  /// For each line longer than kLongLine bytes: the byte offset of every kCheckpointEvery-th
  /// character, so that finding a column does not walk the whole line for each finding.
  static constexpr std::size_t kLongLine = 4096, kCheckpointEvery = 1024;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> checkpoints_;
};

/// Converts marks (0-based line, byte column) that mostly arrive in reading order, as a
/// parser's do, into positions: it counts characters on from the previous mark when that
/// was earlier on the same line. One long line with many nodes (minified JSON) then costs
/// linear time, where converting each mark from the line start is quadratic.
class PositionCursor {
 public:
  explicit PositionCursor(const SourceFile& source) : source_(source) {}
  Position operator()(std::uint32_t line0, std::uint32_t byte_column0);

 private:
  const SourceFile& source_;
  std::uint32_t line0_ = 0;
  std::uint32_t byte_column0_ = 0;
  std::size_t characters_ = 0;  ///< code points in the line before byte_column0_
};

using SourcePtr = std::shared_ptr<const SourceFile>;

/// A finding at `position` of `source`, with the severity from the code table and the
/// quoted source line, its message in English and in Dutch. (There is no English-only form:
/// a Dutch report must never fall back to English.)
Diagnostic make_diagnostic(const SourceFile& source, Position position, Code code, Message message);
/// A finding about a whole file (no line), e.g. one that does not exist.
Diagnostic make_file_diagnostic(std::string path, Code code, Message message);
/// A secondary location in `source`, e.g. "first defined here".
RelatedLocation make_related(const SourceFile& source, Position position, Message message);

/// Excel's name of column `column` (1 = A, 26 = Z, 27 = AA).
std::string column_name(std::uint32_t column);
/// Excel's name of the cell at `position` (line = row): "F12".
std::string cell_name(Position position);
/// Where `position` of `source` is as Excel names it, "Zelfevaluatie!F12" (a sheet name with
/// spaces or quotes is quoted: 'Mijn blad'!F12); "" when `source` is not a sheet or the
/// position is the whole file.
std::string cell_location(const SourcePtr& source, Position position);

/// What a finding quotes: its copied excerpt, or the line of its source at its position.
SourceExcerpt excerpt_of(const Diagnostic& diagnostic);
SourceExcerpt excerpt_of(const RelatedLocation& related);

}  // namespace labeltool
