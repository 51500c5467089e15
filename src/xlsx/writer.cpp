#include "xlsx/writer.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <tuple>

#include "diag/source.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace labeltool::xlsx {
namespace {

/// Excel's limits, which libxlsxwriter refuses to exceed.
constexpr std::size_t kMaxCellChars = 32767;
constexpr std::size_t kMaxTitleChars = 32;
constexpr std::size_t kMaxMessageChars = 255;

/// `text` cut to at most `max_chars` code points, ending in "…" when it was cut.
std::string cut(std::string_view text, std::size_t max_chars) {
  if (util::count_code_points(text) <= max_chars) return std::string(text);
  return std::string(text.substr(0, util::byte_of_code_point(text, max_chars - 1))) + "\u2026";
}

lxw_datetime to_lxw(Date date) {
  lxw_datetime out{};
  out.year = date.year;
  out.month = date.month;
  out.day = date.day;
  return out;
}

/// The messages of a validation, cut to Excel's limits. The strings must outlive the call
/// that copies them, so they are kept here.
struct ValidationStrings {
  std::string input_title, input_message, error_title, error_message;
  explicit ValidationStrings(const ValidationText& text)
      : input_title(cut(text.input_title, kMaxTitleChars)),
        input_message(cut(text.input_message, kMaxMessageChars)),
        error_title(cut(text.error_title, kMaxTitleChars)),
        error_message(cut(text.error_message, kMaxMessageChars)) {}
  void apply(lxw_data_validation& v) {
    if (!input_message.empty()) {
      v.input_title = input_title.data();
      v.input_message = input_message.data();
    }
    if (!error_message.empty()) {
      v.error_title = error_title.data();
      v.error_message = error_message.data();
      v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    }
  }
};

}  // namespace

// Excel's names, from the one table of them in diag/ (which counts from 1, as positions do).
std::string column_name(std::uint16_t column) { return labeltool::column_name(column + 1u); }

std::string cell_name(CellRef cell) {
  return labeltool::cell_name({cell.row + 1u, cell.column + 1u});
}

std::string absolute_cell_name(CellRef cell) {
  return "$" + column_name(cell.column) + "$" + std::to_string(cell.row + 1);
}

bool Style::operator<(const Style& other) const {
  return std::tie(weight, wrap, lock, number, fill, font_colour, font_size) <
         std::tie(other.weight, other.wrap, other.lock, other.number, other.fill, other.font_colour,
                  other.font_size);
}

// ── SheetWriter ────────────────────────────────────────────────────────────────────────────

void SheetWriter::check(int error, CellRef cell, std::string_view what) {
  if (error == LXW_NO_ERROR) return;
  book_->fail(name_ + "!" + cell_name(cell) + ": cannot write " + std::string(what) + ": " +
              lxw_strerror(static_cast<lxw_error>(error)));
}

void SheetWriter::text(CellRef cell, std::string_view value, const Style& style) {
  if (!sheet_) return;
  // worksheet_write_string stores a shared string whatever it starts with, so text from a
  // norm set that begins with = + - @ never becomes a formula.
  const std::string kept = cut(value, kMaxCellChars);
  check(worksheet_write_string(sheet_, cell.row, cell.column, kept.c_str(), book_->format(style)),
        cell, "text");
}

void SheetWriter::number(CellRef cell, double value, const Style& style) {
  if (!sheet_) return;
  check(worksheet_write_number(sheet_, cell.row, cell.column, value, book_->format(style)), cell,
        "a number");
}

void SheetWriter::date(CellRef cell, Date value, const Style& style) {
  if (!sheet_) return;
  lxw_datetime when = to_lxw(value);
  check(worksheet_write_datetime(sheet_, cell.row, cell.column, &when, book_->format(style)), cell,
        "a date");
}

void SheetWriter::blank(CellRef cell, const Style& style) {
  if (!sheet_) return;
  check(worksheet_write_blank(sheet_, cell.row, cell.column, book_->format(style)), cell,
        "an empty cell");
}

void SheetWriter::formula(CellRef cell, const std::string& formula, double cached,
                          const Style& style) {
  if (!sheet_) return;
  check(worksheet_write_formula_num(sheet_, cell.row, cell.column, formula.c_str(),
                                    book_->format(style), cached),
        cell, "a formula");
}

void SheetWriter::note(CellRef cell, std::string_view text) {
  if (!sheet_) return;
  const std::string kept = cut(text, kMaxCellChars);
  check(worksheet_write_comment(sheet_, cell.row, cell.column, kept.c_str()), cell, "a note");
}

void SheetWriter::column_width(std::uint16_t first, std::uint16_t last, double width) {
  if (!sheet_) return;
  check(worksheet_set_column(sheet_, first, last, width, nullptr), CellRef{0, first},
        "a column width");
}

void SheetWriter::row_height(std::uint32_t row, double points) {
  if (!sheet_) return;
  check(worksheet_set_row(sheet_, row, points, nullptr), CellRef{row, 0}, "a row height");
}

void SheetWriter::freeze(CellRef cell) {
  if (!sheet_) return;
  worksheet_freeze_panes(sheet_, cell.row, cell.column);
}

void SheetWriter::autofilter(CellRef first, CellRef last) {
  if (!sheet_) return;
  check(worksheet_autofilter(sheet_, first.row, first.column, last.row, last.column), first,
        "a filter");
}

void SheetWriter::list_validation(CellRef first, std::uint32_t last_row,
                                  const std::vector<std::string>& values,
                                  const ValidationText& text) {
  std::vector<std::string> copies(values.begin(), values.end());
  std::vector<char*> list;
  for (auto& value : copies) list.push_back(value.data());
  list.push_back(nullptr);
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = list.data();
  validate(first, last_row, v, text, "a drop-down list");
}

void SheetWriter::list_from_range(CellRef first, std::uint32_t last_row, const std::string& range,
                                  const ValidationText& text) {
  std::string formula = range;
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  v.value_formula = formula.data();
  validate(first, last_row, v, text, "a drop-down list");
}

void SheetWriter::date_validation(CellRef first, std::uint32_t last_row, Date from, Date to,
                                  const ValidationText& text) {
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_DATE;
  v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  v.minimum_datetime = to_lxw(from);
  v.maximum_datetime = to_lxw(to);
  validate(first, last_row, v, text, "a date check");
}

void SheetWriter::validate(CellRef first, std::uint32_t last_row, lxw_data_validation& v,
                           const ValidationText& text, std::string_view what) {
  if (!sheet_) return;
  ValidationStrings strings(text);
  strings.apply(v);
  check(
      worksheet_data_validation_range(sheet_, first.row, first.column, last_row, first.column, &v),
      first, what);
}

void SheetWriter::protect() {
  if (!sheet_) return;
  lxw_protection options{};
  options.format_columns = LXW_TRUE;
  options.format_rows = LXW_TRUE;
  options.insert_rows = LXW_TRUE;
  options.autofilter = LXW_TRUE;
  options.sort = LXW_TRUE;
  worksheet_protect(sheet_, nullptr, &options);
}

void SheetWriter::print_fit_to_width(std::uint32_t header_row) {
  if (!sheet_) return;
  worksheet_set_landscape(sheet_);
  worksheet_set_paper(sheet_, 9);  // A4
  worksheet_fit_to_pages(sheet_, 1, 0);
  check(worksheet_repeat_rows(sheet_, header_row, header_row), CellRef{header_row, 0},
        "the rows to repeat when printing");
}

void SheetWriter::activate() {
  if (!sheet_) return;
  worksheet_activate(sheet_);
}

// ── WorkbookWriter ─────────────────────────────────────────────────────────────────────────────

WorkbookWriter::WorkbookWriter(std::string path) : path_(std::move(path)) {
  // Claim the name, so that no other writer picks it; libxlsxwriter then writes over it.
  util::TemporaryFile made = util::create_temporary_beside(path_);
  if (made.fd < 0) {
    fail(std::move(made.error));
    return;
  }
  ::close(made.fd);
  temporary_ = std::move(made.path);
  book_ = workbook_new(temporary_.c_str());
  if (!book_) fail(path_ + ": cannot start a workbook (out of memory)");
}

WorkbookWriter::~WorkbookWriter() { discard(); }

void WorkbookWriter::discard() {
  if (book_) lxw_workbook_free(book_);
  book_ = nullptr;
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
  temporary_.clear();
}

void WorkbookWriter::fail(std::string message) {
  if (error_.empty()) error_ = std::move(message);
}

lxw_format* WorkbookWriter::format(const Style& style) {
  if (!book_) return nullptr;
  if (auto found = formats_.find(style); found != formats_.end()) return found->second;
  lxw_format* f = workbook_add_format(book_);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  if (style.weight == Weight::Bold) format_set_bold(f);
  if (style.wrap == Wrap::Wrapped) format_set_text_wrap(f);
  if (style.lock == Lock::Editable) format_set_unlocked(f);
  if (style.number == NumberFormat::Date) format_set_num_format(f, "yyyy-mm-dd");
  if (style.number == NumberFormat::Percent) format_set_num_format(f, "0%");
  if (style.fill != 0) format_set_bg_color(f, static_cast<lxw_color_t>(style.fill));
  if (style.font_colour != 0) format_set_font_color(f, static_cast<lxw_color_t>(style.font_colour));
  if (style.font_size > 0) format_set_font_size(f, style.font_size);
  formats_.emplace(style, f);
  return f;
}

// ── audit workbooks (issue 16)
namespace {

constexpr std::size_t kMaxSheetNameChars = 31;

/// `name` with what Excel refuses in a sheet name replaced or removed, and cut to `max`
/// characters at a word where one ends late enough.
std::string clean_sheet_name(std::string_view name, std::size_t max) {
  std::string out;
  for (const char c : name) {
    const bool refused = std::string_view("[]:*?/\\").find(c) != std::string_view::npos;
    out += refused || static_cast<unsigned char>(c) < 0x20 ? '-' : c;
  }
  std::string_view trimmed = util::trim(out);
  while (!trimmed.empty() && trimmed.front() == '\'') trimmed.remove_prefix(1);
  while (!trimmed.empty() && trimmed.back() == '\'') trimmed.remove_suffix(1);
  out = std::string(util::trim(trimmed));
  if (out.empty()) return "-";
  if (util::count_code_points(out) <= max) return out;
  std::string cut_at(out.substr(0, util::byte_of_code_point(out, max - 1)));
  const auto space = cut_at.rfind(' ');
  if (space != std::string::npos && space >= cut_at.size() / 2) cut_at.resize(space);
  while (!cut_at.empty() && std::string_view(" ,;:-(").find(cut_at.back()) != std::string::npos)
    cut_at.pop_back();  // "Schuldhulpverleners…", not "Schuldhulpverleners,…"
  return cut_at + "\u2026";
}

}  // namespace

std::vector<std::string> sheet_names(const std::vector<std::string>& wanted,
                                     const std::vector<std::string>& taken) {
  std::vector<std::string> used;
  for (const auto& name : taken) used.push_back(util::ascii_lower(name));
  const auto is_used = [&](const std::string& name) {
    return std::find(used.begin(), used.end(), util::ascii_lower(name)) != used.end();
  };
  std::vector<std::string> out;
  for (const auto& name : wanted) {
    std::string candidate = clean_sheet_name(name, kMaxSheetNameChars);
    for (int n = 2; is_used(candidate); ++n) {
      const std::string suffix = " (" + std::to_string(n) + ")";
      candidate = clean_sheet_name(name, kMaxSheetNameChars - suffix.size()) + suffix;
    }
    used.push_back(util::ascii_lower(candidate));
    out.push_back(std::move(candidate));
  }
  return out;
}

std::size_t wrapped_lines(std::string_view text, double width) {
  std::size_t lines = 0;
  const auto per_line = static_cast<std::size_t>(std::max(1.0, width - 1));
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines += std::max<std::size_t>(
        1, (util::count_code_points(text.substr(start, end - start)) + per_line - 1) / per_line);
    start = end + 1;
  }
  return lines;
}

double row_points(std::size_t lines) {
  return std::min(409.0, 15.0 * static_cast<double>(std::max<std::size_t>(1, lines)));
}
// ── end audit workbooks

SheetWriter& WorkbookWriter::sheet(std::string_view name) {
  const std::string owned(name);
  lxw_worksheet* sheet = book_ ? workbook_add_worksheet(book_, owned.c_str()) : nullptr;
  if (book_ && !sheet) {
    const lxw_error why = workbook_validate_sheet_name(book_, owned.c_str());
    fail(path_ + ": cannot add the sheet '" + owned + "': " + lxw_strerror(why));
  }
  // A sheet that could not be added still gets a handle, so callers need not test each one;
  // writing to it does nothing and commit() reports the first failure.
  sheets_.push_back(std::unique_ptr<SheetWriter>(new SheetWriter(*this, sheet, owned)));
  return *sheets_.back();
}

void WorkbookWriter::properties(const Properties& p) {
  if (!book_) return;
  std::string title = p.title, subject = p.subject, keywords = p.keywords, comments = p.comments;
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.subject = subject.data();
  properties.keywords = keywords.data();
  properties.comments = comments.data();
  if (const lxw_error e = workbook_set_properties(book_, &properties); e != LXW_NO_ERROR)
    fail(path_ + ": cannot set the workbook's properties: " + lxw_strerror(e));
}

const std::string& WorkbookWriter::commit() {
  if (error_.empty() && book_) put_in_place();
  discard();  // after a failure: nothing left behind; after success: nothing left to remove
  return error_;
}

void WorkbookWriter::put_in_place() {
  const lxw_error closed = workbook_close(book_);  // writes the file and frees the workbook
  book_ = nullptr;
  if (closed != LXW_NO_ERROR) {
    fail(path_ + ": cannot write the workbook: " + lxw_strerror(closed));
    return;
  }
  const int fd = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC);
  const bool flushed = fd >= 0 && ::fsync(fd) == 0;
  if (!flushed) fail(path_ + ": cannot flush: " + std::strerror(errno));
  if (fd >= 0) ::close(fd);
  if (!flushed) return;
  if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
    fail(path_ + ": cannot replace: " + std::strerror(errno));
    return;
  }
  temporary_.clear();  // renamed: nothing left to remove
}

}  // namespace labeltool::xlsx
