#include "report/workbook_form.hpp"

#include <algorithm>

#include "read/form_layout.hpp"
#include "report/common.hpp"
#include "report/normset_view.hpp"
#include "report/workbook_styles.hpp"
#include "util/date.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

namespace form = read::form;
using xlsx::CellRef;
using xlsx::Style;

// Rows of the Zelfevaluatie sheet (0-based), as docs/workbook.md lays them out.
constexpr std::uint32_t kKindRow = 0, kTitleRow = 1, kBannerRow = 2, kFirstMetadataRow = 3;
constexpr std::uint32_t kOriginRow = 8, kHeaderRow = 9, kFirstNormRow = 10;
/// Rows below the last norm that the drop-down lists, date checks and Stand formulas still
/// cover, so that rows a person inserts or adds at the end are counted too.
constexpr std::uint32_t kRoomRows = 200;

// Colours and styles shared by every workbook (workbook_styles.hpp); yellow for answers
// still to verify (always with the TE VERIFIËREN text too: never colour alone).
using namespace workbook_style;
constexpr std::uint32_t kYellow = 0xFFEB9C;
const Style& kKindStyle = kKind;
const Style& kTitleStyle = kTitle;
const Style& kBannerStyle = kBanner;
const Style kToVerifyText{xlsx::Weight::Regular, xlsx::Wrap::Wrapped, xlsx::Lock::Editable,
                          xlsx::NumberFormat::General, kYellow};
const Style kPercent{xlsx::Weight::Regular, xlsx::Wrap::None, xlsx::Lock::Locked,
                     xlsx::NumberFormat::Percent};
const Style kBoldPercent{xlsx::Weight::Bold, xlsx::Wrap::None, xlsx::Lock::Locked,
                         xlsx::NumberFormat::Percent};

/// Readable widths (in characters) per column of the answer table.
double width_of(std::string_view key) {
  if (key == "norm") return 14;  // also holds the metadata labels
  if (key == "theme") return 18;
  if (key == "title") return 28;
  if (key == "text") return 60;
  if (key == "evidence_expected" || key == "toelichting") return 40;
  if (key == "evidence" || key == "action") return 30;
  if (key == "due") return 13;
  return 16;
}

/// The column of the answer table whose machine name is `key`.
std::uint16_t column_of(std::string_view key) {
  for (std::size_t i = 0; i < form::kColumns.size(); ++i)
    if (form::kColumns[i].key == key) return static_cast<std::uint16_t>(i);
  return 0;  // every key asked for is in the table
}

/// "V Vakmanschap": what the Thema column and the Stand sheet show, the same text in both so
/// that the Stand formulas can match on it.
std::string theme_label(const model::Theme& theme) {
  if (theme.title.empty() || theme.title == theme.id) return theme.id;
  return theme.id + " " + theme.title;
}

std::string lines(const std::vector<std::string>& items) {
  return util::join(items, std::string(1, form::kItemSeparator));
}

/// The one short line every sheet of a form for a set that is not official carries; the full
/// note is on the Uitleg sheet.
std::string short_banner(const model::NormSet& set, Lang lang) {
  if (set.status == model::Status::Official) return {};
  const bool draft = set.status == model::Status::Draft;
  return fill(draft ? kDraftBannerAnnex : kIllustrativeBannerAnnex, lang,
              (draft ? kDraft : kIllustrative).in(lang));
}

/// The norms of one theme that apply to the scope, with the theme.
struct ThemeRows {
  const model::Theme* theme;
  std::vector<const model::Norm*> norms;
};

std::vector<ThemeRows> rows_in_scope(const model::NormSet& set,
                                     const std::vector<std::string>& scope) {
  std::vector<ThemeRows> out;
  for (const auto& theme : set.themes) {
    ThemeRows rows{&theme, {}};
    for (const auto& norm : theme.norms)
      if (norm.applies_to_any(scope)) rows.norms.push_back(&norm);
    if (!rows.norms.empty()) out.push_back(std::move(rows));
  }
  return out;
}

std::vector<std::string> scale_values(const model::NormSet& set) {
  std::vector<std::string> values;
  for (const auto& value : set.scale) values.push_back(value.value);
  return values;
}

/// True when Excel can hold the scale as a list written in the validation itself: at most
/// 255 characters, and no value with a comma (the list's separator) or a quote.
bool fits_inline_list(const std::vector<std::string>& values) {
  std::size_t length = values.empty() ? 0 : values.size() - 1;
  for (const auto& value : values) {
    if (value.find_first_of(",\"") != std::string::npos) return false;
    length += util::count_code_points(value);
  }
  return length <= 255;
}

// ── Uitleg ───────────────────────────────────────────────────────────────────────────────

/// Writes the Uitleg sheet; returns the range that holds the scale values ("=Uitleg!$A$13:$A$15").
std::string write_explanation(xlsx::SheetWriter& sheet, const model::NormSet& set,
                              const FormContent& content, Lang lang) {
  sheet.column_width(0, 0, 30);
  sheet.column_width(1, 1, 90);
  std::uint32_t row = 0;
  sheet.text({row++, 0}, fill(kExplanationTitle, lang, set.name, set.reference()), kTitleStyle);
  if (auto banner = short_banner(set, lang); !banner.empty())
    sheet.text({row, 0}, banner, kBannerStyle);
  row += 2;

  sheet.text({row++, 0}, kHowToFill.in(lang), kBold);
  const std::string steps[] = {fill(kFillMetadata, lang, form::kAnswerSheet),
                               std::string(kFillScore.in(lang)),
                               std::string(kFillExplain.in(lang)),
                               std::string(kFillAction.in(lang)),
                               std::string(kFillLocked.in(lang)),
                               fill(kFillStanding, lang, form::kStandingSheet)};
  int number = 1;
  for (const auto& step : steps) {
    sheet.text({row, 0}, std::to_string(number++) + ".");
    sheet.text({row++, 1}, step, kWrapped);
  }
  ++row;

  sheet.text({row++, 0}, kScoresMean.in(lang), kBold);
  const std::uint32_t first_value_row = row;
  for (const auto& value : set.scale) {
    sheet.text({row, 0}, value.value, kBold);
    std::string words(meaning_words(value.meaning, lang));
    if (value.score) words += " (" + fill(kScorePoints, lang, *value.score) + ")";
    sheet.text({row++, 1}, words, kWrapped);
  }
  const std::uint32_t last_value_row = row > first_value_row ? row - 1 : first_value_row;
  const std::string scale_range = "=" + std::string(form::kExplanationSheet) + "!" +
                                  xlsx::absolute_cell_name({first_value_row, 0}) + ":" +
                                  xlsx::absolute_cell_name({last_value_row, 0});
  ++row;

  sheet.text({row++, 0}, kCheckWithLabeltool.in(lang), kBold);
  sheet.text({row++, 1}, "labeltool check " + content.file_name, kBold);
  sheet.text({row++, 1}, kCheckExplains.in(lang), kWrapped);
  ++row;

  if (set.verdict && !set.verdict->description.empty()) {
    sheet.text({row, 0}, kVerdictRule.in(lang), kBold);
    sheet.text({row++, 1}, util::collapse_whitespace(set.verdict->description), kWrapped);
    ++row;
  }

  sheet.text({row++, 0}, kAboutNormSet.in(lang), kBold);
  sheet.text({row, 0}, kStatus.in(lang));
  const std::string status = set.status == model::Status::Official
                                 ? std::string(kStatusOfficialWord.in(lang))
                                 : status_banner(set, lang, BannerLength::Full);
  sheet.text({row++, 1}, status, kWrapped);
  if (!set.owner.empty()) {
    sheet.text({row, 0}, kOwner.in(lang));
    sheet.text({row++, 1}, set.owner, kWrapped);
  }
  if (!set.sources.empty()) {
    sheet.text({row, 0}, kSources.in(lang));
    sheet.text({row++, 1}, lines(set.sources), kWrapped);
  }
  sheet.protect();
  return scale_range;
}

// ── Zelfevaluatie ────────────────────────────────────────────────────────────────────────

/// The last row the drop-down lists, date checks and Stand formulas cover.
std::uint32_t last_covered_row(std::size_t norm_rows) {
  return kFirstNormRow + static_cast<std::uint32_t>(norm_rows) + kRoomRows - 1;
}

void write_metadata(xlsx::SheetWriter& sheet, const model::NormSet& set, const FormContent& content,
                    Lang lang, const xlsx::ValidationText& date_text) {
  std::uint32_t row = kFirstMetadataRow;
  for (const auto& field : form::kMetadata) {
    const CellRef value{row, 1};
    sheet.text({row++, 0}, field.label.in(lang), kBold);
    if (field.key == "normset") {
      sheet.text(value, set.reference(), kLockedText);
    } else if (field.key == "organisation") {
      sheet.text(value, content.organisation, kEditableText);
    } else if (field.key == "scope") {
      sheet.text(value, lines(content.scope), kEditableText);
    } else if (field.key == "date") {
      if (auto date = form_date(content.date)) {
        sheet.date(value, *date, kEditableDate);
      } else {
        sheet.blank(value, kEditableDate);
      }
      sheet.date_validation(value, value.row, {2000, 1, 1}, {2100, 12, 31}, date_text);
    } else {
      sheet.text(value, lines(content.filled_in_by), kEditableText);
    }
  }
}

/// A height that shows the row's longest wrapped text whole (15 points a line, at most 409).
double norm_row_points(const model::Theme& theme, const model::Norm& norm) {
  const std::pair<std::string_view, std::string> texts[] = {
      {"theme", theme_label(theme)},
      {"title", norm.title},
      {"text", util::collapse_whitespace(norm.text)},
      {"evidence_expected", lines(norm.evidence)}};
  std::size_t most = 1;
  for (const auto& [key, text] : texts)
    most = std::max(most, xlsx::wrapped_lines(text, width_of(key)));
  return xlsx::row_points(most);
}

/// One norm's row: the template's columns locked and grey, the answer columns editable.
void write_norm_row(xlsx::SheetWriter& sheet, std::uint32_t row, const model::Theme& theme,
                    const model::Norm& norm, const FormAnswer* answer) {
  const bool verify = answer && answer->mark == AnswerMark::ToVerify;
  const Style& answer_style = verify ? kToVerifyText : kEditableText;
  for (std::size_t i = 0; i < form::kColumns.size(); ++i) {
    const auto key = form::kColumns[i].key;
    const CellRef cell{row, static_cast<std::uint16_t>(i)};
    if (key == "norm")
      sheet.text(cell, norm.id, kLockedText);
    else if (key == "theme")
      sheet.text(cell, theme_label(theme), kLockedText);
    else if (key == "title")
      sheet.text(cell, norm.title, kLockedText);
    else if (key == "text")
      sheet.text(cell, util::collapse_whitespace(norm.text), kLockedText);
    else if (key == "evidence_expected")
      sheet.text(cell, lines(norm.evidence), kLockedText);
    else if (!answer)
      sheet.blank(cell, key == "due" ? kEditableDate : kEditableText);
    else if (key == "score")
      sheet.text(cell, answer->score, answer_style);
    else if (key == "toelichting")
      sheet.text(cell, answer->toelichting, answer_style);
    else if (key == "evidence")
      sheet.text(cell, lines(answer->evidence), kEditableText);
    else if (key == "action")
      sheet.text(cell, answer->action, kEditableText);
    else if (key == "owner")
      sheet.text(cell, answer->owner, kEditableText);
    else if (key == "due") {
      if (auto date = form_date(answer->due))
        sheet.date(cell, *date, kEditableDate);
      else
        sheet.text(cell, answer->due, kEditableText);
    }
  }
  if (answer && !answer->note.empty()) sheet.note({row, column_of("score")}, answer->note);
  sheet.row_height(row, norm_row_points(theme, norm));
}

void write_answer_sheet(xlsx::SheetWriter& sheet, const model::NormSet& set,
                        const FormContent& content, const std::vector<ThemeRows>& themes,
                        const std::string& scale_range, Lang lang) {
  std::size_t norm_rows = 0;
  for (const auto& t : themes) norm_rows += t.norms.size();
  const std::uint32_t last_row = last_covered_row(norm_rows);
  for (std::size_t i = 0; i < form::kColumns.size(); ++i)
    sheet.column_width(static_cast<std::uint16_t>(i), static_cast<std::uint16_t>(i),
                       width_of(form::kColumns[i].key));

  sheet.text({kKindRow, 0}, form::kKindKey, kKindStyle);
  sheet.text({kKindRow, 1}, form::kKind, kKindStyle);
  sheet.text({kTitleRow, 0}, fill(kWorkbookTitle, lang, set.name, set.reference()), kTitleStyle);
  if (auto banner = short_banner(set, lang); !banner.empty())
    sheet.text({kBannerRow, 0}, banner, kBannerStyle);
  const std::string example = content.date.empty() ? "2026-12-31" : content.date;
  const xlsx::ValidationText date_text{
      std::string(kDate.in(lang)), fill(kDateInputMessage, lang, example),
      std::string(kDateErrorTitle.in(lang)), fill(kDateErrorMessage, lang, example)};
  write_metadata(sheet, set, content, lang, date_text);
  if (!content.origin.empty()) sheet.text({kOriginRow, 0}, content.origin, kBannerStyle);

  for (std::size_t i = 0; i < form::kColumns.size(); ++i) {
    const auto& column = form::kColumns[i];
    sheet.text({kHeaderRow, static_cast<std::uint16_t>(i)}, column.label.in(lang),
               column.filled == form::Filled::ByTemplate ? kReadHeader : kFillHeader);
  }
  std::uint32_t row = kFirstNormRow;
  for (const auto& t : themes) {
    for (const auto* norm : t.norms) {
      const auto found = content.answers.find(norm->id);
      write_norm_row(sheet, row++, *t.theme, *norm,
                     found == content.answers.end() ? nullptr : &found->second);
    }
  }

  const auto values = scale_values(set);
  const std::string listed = util::join(values, " / ");
  const xlsx::ValidationText score_text{
      std::string(form::kColumns[column_of("score")].label.in(lang)),
      fill(kScoreInputMessage, lang, listed), std::string(kScoreErrorTitle.in(lang)),
      fill(kScoreErrorMessage, lang, set.reference(), listed)};
  scale_drop_down(sheet, {kFirstNormRow, column_of("score")}, last_row, set, scale_range,
                  score_text);
  sheet.date_validation({kFirstNormRow, column_of("due")}, last_row, {2000, 1, 1}, {2100, 12, 31},
                        date_text);

  const auto last_column = static_cast<std::uint16_t>(form::kColumns.size() - 1);
  sheet.freeze({kFirstNormRow, 1});
  sheet.autofilter(
      {kHeaderRow, 0},
      {kFirstNormRow + static_cast<std::uint32_t>(norm_rows) - (norm_rows ? 1 : 0), last_column});
  sheet.print_fit_to_width(kHeaderRow);
  sheet.protect();
  sheet.activate();
}

// ── Stand ────────────────────────────────────────────────────────────────────────────────

/// "Zelfevaluatie!$F$11:$F$260": one column of the answer table, with room for added rows.
std::string answer_range(std::string_view key, std::uint32_t last_row) {
  const auto column = column_of(key);
  return std::string(form::kAnswerSheet) + "!" + xlsx::absolute_cell_name({kFirstNormRow, column}) +
         ":" + xlsx::absolute_cell_name({last_row, column});
}

/// The counts the Stand formulas give for the answers written now.
struct Counts {
  double norms = 0;
  std::vector<double> per_value;
};

Counts count_answers(const model::NormSet& set, const ThemeRows& t, const FormContent& content) {
  Counts counts{static_cast<double>(t.norms.size()), std::vector<double>(set.scale.size(), 0)};
  for (const auto* norm : t.norms) {
    const auto found = content.answers.find(norm->id);
    if (found == content.answers.end()) continue;
    for (std::size_t v = 0; v < set.scale.size(); ++v)
      if (util::ascii_lower(set.scale[v].value) == util::ascii_lower(found->second.score))
        counts.per_value[v] += 1;
  }
  return counts;
}

/// "C5+E5": the cells of row `row` whose scale value has one of `meanings` ("0" for none).
std::string sum_of(const model::NormSet& set, std::uint32_t row,
                   std::initializer_list<model::Meaning> meanings, std::uint16_t first_column) {
  std::vector<std::string> cells;
  for (std::size_t v = 0; v < set.scale.size(); ++v)
    if (std::find(meanings.begin(), meanings.end(), set.scale[v].meaning) != meanings.end())
      cells.push_back(xlsx::cell_name({row, static_cast<std::uint16_t>(first_column + v)}));
  return cells.empty() ? "0" : util::join(cells, "+");
}

double cached_sum(const model::NormSet& set, const Counts& counts,
                  std::initializer_list<model::Meaning> meanings) {
  double sum = 0;
  for (std::size_t v = 0; v < set.scale.size(); ++v)
    if (std::find(meanings.begin(), meanings.end(), set.scale[v].meaning) != meanings.end())
      sum += counts.per_value[v];
  return sum;
}

/// A row of the Stand sheet: a theme's figures, or the sums of the theme rows.
enum class StandRow { Theme, Total };

void write_standing(xlsx::SheetWriter& sheet, const model::NormSet& set, const FormContent& content,
                    const std::vector<ThemeRows>& themes, Lang lang) {
  constexpr std::uint32_t kStandHeader = 3;
  constexpr std::uint16_t kNormsColumn = 1, kFirstValueColumn = 2;
  const auto value_count = static_cast<std::uint16_t>(set.scale.size());
  const auto open_column = static_cast<std::uint16_t>(kFirstValueColumn + value_count);
  const auto share_column = static_cast<std::uint16_t>(open_column + 1);
  std::size_t norm_rows = 0;
  for (const auto& t : themes) norm_rows += t.norms.size();
  const std::uint32_t last_row = last_covered_row(norm_rows);
  const std::string themes_range = answer_range("theme", last_row);
  const std::string scores_range = answer_range("score", last_row);

  sheet.column_width(0, 0, 34);
  sheet.column_width(kNormsColumn, share_column, 14);
  sheet.text({0, 0}, kStanding.in(lang), kTitleStyle);
  if (auto banner = short_banner(set, lang); !banner.empty())
    sheet.text({1, 0}, banner, kBannerStyle);
  sheet.text({2, 0}, fill(kStandingLive, lang, form::kAnswerSheet));

  const Style& header = kReadHeader;
  sheet.text({kStandHeader, 0}, capitalised(kTheme.in(lang)), header);
  sheet.text({kStandHeader, kNormsColumn}, kStandingNorms.in(lang), header);
  for (std::uint16_t v = 0; v < value_count; ++v)
    sheet.text({kStandHeader, static_cast<std::uint16_t>(kFirstValueColumn + v)},
               set.scale[v].value, header);
  sheet.text({kStandHeader, open_column}, kStandingOpen.in(lang), header);
  sheet.text({kStandHeader, share_column}, kStandingShareMet.in(lang), header);

  // One row per theme, then the total; every figure a formula with its value now.
  const std::uint32_t first_theme_row = kStandHeader + 1;
  const auto total_row = static_cast<std::uint32_t>(first_theme_row + themes.size());
  Counts total{0, std::vector<double>(set.scale.size(), 0)};
  const auto write_row = [&](std::uint32_t row, const Counts& counts, StandRow kind) {
    const bool is_total = kind == StandRow::Total;
    const std::string theme_cell = "$A" + std::to_string(row + 1);  // fixed column, this row
    const Style& number = is_total ? kBold : Style{};
    const auto sum_column = [&](std::uint16_t column) {
      return "=SUM(" + xlsx::cell_name({first_theme_row, column}) + ":" +
             xlsx::cell_name({row - 1, column}) + ")";
    };
    sheet.formula(
        {row, kNormsColumn},
        is_total ? sum_column(kNormsColumn) : "=COUNTIFS(" + themes_range + "," + theme_cell + ")",
        counts.norms, number);
    double answered = 0;
    for (std::uint16_t v = 0; v < value_count; ++v) {
      const auto column = static_cast<std::uint16_t>(kFirstValueColumn + v);
      const std::string value_cell =
          xlsx::column_name(column) + "$" + std::to_string(kStandHeader + 1);
      sheet.formula({row, column},
                    is_total ? sum_column(column)
                             : "=COUNTIFS(" + themes_range + "," + theme_cell + "," + scores_range +
                                   "," + value_cell + ")",
                    counts.per_value[v], number);
      answered += counts.per_value[v];
    }
    sheet.formula({row, open_column},
                  "=" + xlsx::cell_name({row, kNormsColumn}) + "-SUM(" +
                      xlsx::cell_name({row, kFirstValueColumn}) + ":" +
                      xlsx::cell_name({row, static_cast<std::uint16_t>(open_column - 1)}) + ")",
                  counts.norms - answered, number);
    using M = model::Meaning;
    const std::string met = sum_of(set, row, {M::Met}, kFirstValueColumn);
    const std::string assessed =
        sum_of(set, row, {M::Met, M::PartlyMet, M::NotMet}, kFirstValueColumn);
    const double met_now = cached_sum(set, counts, {M::Met});
    const double assessed_now = cached_sum(set, counts, {M::Met, M::PartlyMet, M::NotMet});
    sheet.formula(
        {row, share_column}, "=IF((" + assessed + ")=0,0,(" + met + ")/(" + assessed + "))",
        assessed_now == 0 ? 0 : met_now / assessed_now, is_total ? kBoldPercent : kPercent);
  };
  std::uint32_t row = first_theme_row;
  for (const auto& t : themes) {
    const Counts counts = count_answers(set, t, content);
    total.norms += counts.norms;
    for (std::size_t v = 0; v < counts.per_value.size(); ++v)
      total.per_value[v] += counts.per_value[v];
    sheet.text({row, 0}, theme_label(*t.theme));
    write_row(row++, counts, StandRow::Theme);
  }
  sheet.text({total_row, 0}, kTotal.in(lang), kBold);
  if (!themes.empty()) write_row(total_row, total, StandRow::Total);
  sheet.text({total_row + 2, 0}, kStandingShareNote.in(lang));
  sheet.freeze({kStandHeader + 1, 1});
  sheet.protect();
}

}  // namespace

std::string_view meaning_words(model::Meaning meaning, Lang lang) {
  switch (meaning) {
    case model::Meaning::Met:
      return kMeansMet.in(lang);
    case model::Meaning::PartlyMet:
      return kMeansPartlyMet.in(lang);
    case model::Meaning::NotMet:
      return kMeansNotMet.in(lang);
    case model::Meaning::NotApplicable:
      return kMeansNotApplicable.in(lang);
  }
  return {};
}

std::optional<xlsx::Date> form_date(std::string_view text) {
  const auto reading = util::read_date(text);
  if (reading.form != util::DateForm::Iso || !reading.exists) return std::nullopt;
  const std::string& iso = reading.iso;
  return xlsx::Date{std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)),
                    std::stoi(iso.substr(8, 2))};
}

void write_form_workbook(xlsx::WorkbookWriter& book, const model::NormSet& set,
                         const FormContent& content, Lang lang) {
  const auto themes = rows_in_scope(set, content.scope);
  xlsx::SheetWriter& answers = book.sheet(form::kAnswerSheet);
  xlsx::SheetWriter& standing = book.sheet(form::kStandingSheet);
  xlsx::SheetWriter& explanation = book.sheet(form::kExplanationSheet);
  const std::string scale_range = write_explanation(explanation, set, content, lang);
  write_answer_sheet(answers, set, content, themes, scale_range, lang);
  write_standing(standing, set, content, themes, lang);
  const std::string banner = short_banner(set, lang);
  book.properties({fill(kWorkbookTitle, lang, set.name, set.reference()),
                   std::string(kWorkbookSubject.in(lang)),
                   "labeltool " + std::string(form::kKind) + " " + set.reference(), banner});
}

void scale_drop_down(xlsx::SheetWriter& sheet, xlsx::CellRef first, std::uint32_t last_row,
                     const model::NormSet& set, const std::string& scale_range,
                     const xlsx::ValidationText& text) {
  const auto values = scale_values(set);
  if (fits_inline_list(values))
    sheet.list_validation(first, last_row, values, text);
  else
    sheet.list_from_range(first, last_row, scale_range, text);
}

}  // namespace labeltool::report
