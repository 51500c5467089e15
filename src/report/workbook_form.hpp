#pragma once
/// The zelfevaluatie as a workbook (docs/workbook.md): the sheets Zelfevaluatie, Stand and
/// Uitleg, laid out by read/form_layout.hpp so that the xlsx reader reads back what is written.
/// The template writes it empty; gap -o writes it with the answers it carried over.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/normset.hpp"
#include "report/phrases.hpp"
#include "xlsx/writer.hpp"

namespace labeltool::report {

/// Whether an answer in the form still needs a person's judgement before it is kept.
enum class AnswerMark { None, ToVerify };

/// One norm's answer as the form shows it.
struct FormAnswer {
  std::string score, toelichting, action, owner;
  std::string due;  ///< YYYY-MM-DD or ""
  std::vector<std::string> evidence;
  AnswerMark mark = AnswerMark::None;
  std::string note;  ///< where the answer came from, as a note on the score cell
};

/// What goes into the form besides the norm set.
struct FormContent {
  std::vector<std::string> scope;  ///< the scopes the form is for; empty = every scope
  std::string organisation;
  std::vector<std::string> filled_in_by;
  std::string date;       ///< YYYY-MM-DD
  std::string file_name;  ///< shown in "labeltool check NAME"
  std::string origin;     ///< one line under the metadata saying where answers came from
  std::map<std::string, FormAnswer> answers;  ///< by norm ID
};

/// Builds the three sheets of the form for `set` into `book`. Text for people is in `lang`
/// (the sheet names stay Dutch: the reader finds the answers by them).
void write_form_workbook(xlsx::WorkbookWriter& book, const model::NormSet& set,
                         const FormContent& content, Lang lang);

// ── audit workbooks (issue 16): shared with the audit form's workbook
/// What a scale value counts as, in words for the Uitleg sheet ("telt als voldaan").
std::string_view meaning_words(model::Meaning meaning, Lang lang);

/// The date an ISO text (YYYY-MM-DD) names, for a date cell; nullopt for any other text.
std::optional<xlsx::Date> form_date(std::string_view text);

/// The drop-down of `set`'s scale on column `first.column`, rows `first.row`..`last_row`: the
/// values written in the validation itself when Excel can hold them there, else the range
/// `scale_range` ("=Uitleg!$B$5:$B$7") of the sheet that lists them. (Inline first also
/// because libxlsxwriter 1.1.4 never frees the formula of a list-from-range validation.)
void scale_drop_down(xlsx::SheetWriter& sheet, xlsx::CellRef first, std::uint32_t last_row,
                     const model::NormSet& set, const std::string& scale_range,
                     const xlsx::ValidationText& text);
// ── end audit workbooks

}  // namespace labeltool::report
