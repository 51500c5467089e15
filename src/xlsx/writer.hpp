#pragma once
/// Writing .xlsx workbooks: a small layer over libxlsxwriter that owns its handles, turns
/// every lxw_error into a message naming the sheet and cell, writes every text as text (never
/// as a formula), and puts the file in place atomically. It knows cells, not norm sets.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;
struct lxw_data_validation;

namespace labeltool::xlsx {

/// A cell's place, 0-based as libxlsxwriter counts (row 0 is row 1 in Excel).
struct CellRef {
  std::uint32_t row = 0;
  std::uint16_t column = 0;
};

/// "B12" for row 11, column 1: the name a person sees.
std::string cell_name(CellRef cell);
/// "$B$12": the same, fixed for use in a formula that is copied.
std::string absolute_cell_name(CellRef cell);
/// "B": a column's letters.
std::string column_name(std::uint16_t column);

// ── audit workbooks (issue 16): sheet names and row heights for sheets built from data
/// Sheet names Excel accepts for `wanted`, in order: the characters []:*?/\ become '-',
/// leading and trailing apostrophes go, a name longer than 31 characters is cut at a word
/// (ending in "…"), an empty one becomes "-", and a name equal (in any case) to an earlier
/// one or to one of `taken` gets " (2)", " (3)", … so that every name is unique.
std::vector<std::string> sheet_names(const std::vector<std::string>& wanted,
                                     const std::vector<std::string>& taken = {});

/// The lines `text` takes in a wrapped column `width` characters wide: an estimate, since
/// Excel and LibreOffice measure glyphs and this counts characters. Programs do not fit the
/// height of wrapped rows on opening, so the writer sets it.
std::size_t wrapped_lines(std::string_view text, double width);

/// A row height (in points) that shows `lines` lines of text: 15 points a line, at most 409.
double row_points(std::size_t lines);
// ── end audit workbooks

/// How a cell looks and whether a person may change it once the sheet is protected.
enum class Weight : std::uint8_t { Regular, Bold };
enum class Wrap : std::uint8_t { None, Wrapped };
enum class Lock : std::uint8_t { Locked, Editable };
enum class NumberFormat : std::uint8_t { General, Date, Percent };

/// A cell style. Colours are 0xRRGGBB; 0 means "the default".
struct Style {
  Weight weight = Weight::Regular;
  Wrap wrap = Wrap::None;
  Lock lock = Lock::Locked;
  NumberFormat number = NumberFormat::General;
  std::uint32_t fill = 0;
  std::uint32_t font_colour = 0;
  double font_size = 0;  ///< points; 0 = the default (11)

  bool operator<(const Style& other) const;
};

/// A calendar date, for date cells and date validations.
struct Date {
  int year = 0, month = 0, day = 0;
};

/// The messages of a validation: shown when the cell is selected, and when a wrong value is
/// typed. Excel limits titles to 32 and messages to 255 characters: longer ones are cut.
struct ValidationText {
  std::string input_title, input_message, error_title, error_message;
};

class WorkbookWriter;

/// One sheet of a WorkbookWriter. A handle: the WorkbookWriter owns the sheet and outlives it.
class SheetWriter {
 public:
  /// Text, always stored as a string: "=SUM(A1)" from the input stays those characters.
  /// A text longer than a cell holds (32,767 characters) is cut, ending in "…".
  void text(CellRef cell, std::string_view value, const Style& style = {});
  void number(CellRef cell, double value, const Style& style = {});
  void date(CellRef cell, Date value, const Style& style);
  /// An empty cell with a style (an answer cell that must stay editable).
  void blank(CellRef cell, const Style& style);
  /// A formula ("=COUNTIFS(…)") with the value it has now, which programs that do not
  /// recalculate on opening (LibreOffice) show until something changes.
  void formula(CellRef cell, const std::string& formula, double cached, const Style& style = {});
  /// A note on a cell (a comment, shown when hovering).
  void note(CellRef cell, std::string_view text);
  void column_width(std::uint16_t first, std::uint16_t last, double width);
  /// A row's height in points: programs do not fit rows of wrapped text on opening.
  void row_height(std::uint32_t row, double points);
  /// Keeps the rows above `cell` and the columns left of it in view while scrolling.
  void freeze(CellRef cell);
  void autofilter(CellRef first, CellRef last);
  /// A drop-down list of `values` for the cells of one column from `first` to `last_row`.
  /// Values are offered in order; the list must fit Excel's 255 characters, else use
  /// list_from_range.
  void list_validation(CellRef first, std::uint32_t last_row,
                       const std::vector<std::string>& values, const ValidationText& text);
  /// A drop-down list of the values in `range` ("=Uitleg!$A$5:$A$8").
  void list_from_range(CellRef first, std::uint32_t last_row, const std::string& range,
                       const ValidationText& text);
  /// Only dates between `from` and `to` may be entered in these cells.
  void date_validation(CellRef first, std::uint32_t last_row, Date from, Date to,
                       const ValidationText& text);
  /// Protects the sheet without a password: locked cells cannot be changed by accident,
  /// editable ones can; filtering, resizing and inserting rows stay allowed.
  void protect();
  /// Prints landscape, as wide as one page, with the rows up to `header_row` on every page.
  void print_fit_to_width(std::uint32_t header_row);
  /// Makes this the sheet the workbook opens on.
  void activate();

 private:
  friend class WorkbookWriter;
  SheetWriter(WorkbookWriter& book, lxw_worksheet* sheet, std::string name)
      : book_(&book), sheet_(sheet), name_(std::move(name)) {}
  /// Adds validation `v` with `text` to one column, from `first` to `last_row`.
  void validate(CellRef first, std::uint32_t last_row, lxw_data_validation& v,
                const ValidationText& text, std::string_view what);
  /// Records the first failure, with the sheet and cell where it happened.
  void check(int error, CellRef cell, std::string_view what);

  WorkbookWriter* book_;
  lxw_worksheet* sheet_;
  std::string name_;
};

/// Document properties that file browsers and Excel's "Info" pane show.
struct Properties {
  std::string title, subject, keywords, comments;
};

/// A workbook being written. libxlsxwriter writes only to a path, so the workbook is built in
/// a temporary file beside `path` and renamed over it by commit(): readers see the old file
/// or the new one, and a failed or abandoned workbook leaves nothing behind.
class WorkbookWriter {
 public:
  /// Starts a workbook that commit() writes to `path`; check error() afterwards.
  explicit WorkbookWriter(std::string path);
  WorkbookWriter(const WorkbookWriter&) = delete;
  WorkbookWriter& operator=(const WorkbookWriter&) = delete;
  /// Without a successful commit(), frees everything and removes the temporary file.
  ~WorkbookWriter();

  /// A new sheet; names longer than 31 characters or with []:*?/\ are refused by Excel.
  SheetWriter& sheet(std::string_view name);
  void properties(const Properties& properties);
  /// Writes the workbook, flushes it and renames it over the path; on failure leaves nothing
  /// behind. Returns error().
  const std::string& commit();
  /// "" while all is well, else the first thing that went wrong, in plain words.
  const std::string& error() const { return error_; }

 private:
  friend class SheetWriter;
  lxw_format* format(const Style& style);
  void fail(std::string message);
  /// Writes the file, flushes it and renames it over the path.
  void put_in_place();
  /// Frees the workbook and removes the temporary file, if still there.
  void discard();

  std::string path_, temporary_, error_;
  lxw_workbook* book_ = nullptr;
  std::vector<std::unique_ptr<SheetWriter>> sheets_;
  std::map<Style, lxw_format*> formats_;
};

}  // namespace labeltool::xlsx
