#include "report/audit_xlsx.hpp"

#include "model/scale.hpp"
#include "read/audit_layout.hpp"
#include "report/common.hpp"
#include "report/normset_view.hpp"
#include "report/workbook_form.hpp"
#include "report/workbook_styles.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

namespace layout = read::audit_form;
using xlsx::CellRef;
using xlsx::Style;

using namespace workbook_style;
const Style& kKindStyle = kKind;
const Style& kTitleStyle = kTitle;
const Style& kBannerStyle = kBanner;

/// Readable widths (in characters) per column of the judgement table.
double width_of(std::string_view key) {
  if (key == "interview" || key == "group") return 16;
  if (key == "date") return 12;
  if (key == "normset" || key == "norm") return 12;
  if (key == "title") return 26;
  if (key == "text") return 50;
  if (key == "evidence_expected" || key == "evidence") return 30;
  if (key == "observation") return 50;
  return 18;
}

std::uint16_t column_of(std::string_view key) {
  for (std::size_t i = 0; i < layout::kColumns.size(); ++i)
    if (layout::kColumns[i].key == key) return static_cast<std::uint16_t>(i);
  return 0;  // every key asked for is in the table
}

std::string lines(const std::vector<std::string>& items) { return util::join(items, "\n"); }

std::string references(const std::vector<analysis::FormSet>& sets) {
  std::vector<std::string> out;
  for (const auto& form : sets) out.push_back(form.set->reference());
  return util::join(out, " + ");
}

/// The one line for the sets that are not official, pointing to the Uitleg sheet; "" when
/// all are official.
std::string status_line(const std::vector<analysis::FormSet>& sets, Lang lang) {
  std::vector<std::string> unofficial;
  for (const auto& form : sets)
    if (form.set->status != model::Status::Official) unofficial.push_back(form.set->reference());
  if (unofficial.empty()) return {};
  return fill(unofficial.size() == 1 ? kAuditIllustrativeOne : kAuditIllustrativeMany, lang,
              util::join(unofficial, lang == Lang::Nl ? " en " : " and "),
              fill(kAuditSheetNamed, lang, layout::kExplanationSheet));
}

/// Writes the Uitleg sheet; returns, per set, the range that holds its scale values.
std::vector<std::string> write_explanation(xlsx::SheetWriter& sheet,
                                           const std::vector<analysis::FormSet>& sets,
                                           const std::string& file_name, Lang lang) {
  sheet.column_width(0, 0, 30);
  sheet.column_width(1, 1, 90);
  std::uint32_t row = 0;
  sheet.text({row++, 0}, fill(kAuditWorkbookTitle, lang, references(sets)), kTitleStyle);
  if (auto banner = status_line(sets, lang); !banner.empty())
    sheet.text({row, 0}, banner, kBannerStyle);
  row += 2;

  sheet.text({row++, 0}, kHowToFill.in(lang), kBold);
  int number = 1;
  for (const Phrase* step : {&kAuditFillTop, &kAuditFillInterview, &kAuditFillJudgement,
                             &kAuditFillObservation, &kAuditFillLocked}) {
    sheet.text({row, 0}, std::to_string(number++) + ".");
    sheet.text({row++, 1}, step->in(lang), kWrapped);
  }
  ++row;

  std::vector<std::string> ranges;
  for (const auto& form : sets) {
    const model::NormSet& set = *form.set;
    sheet.text({row++, 0}, fill(kAuditScaleOf, lang, set.reference()), kBold);
    const std::uint32_t first = row;
    for (const auto& value : set.scale) {
      sheet.text({row, 0}, value.value, kBold);
      sheet.text({row++, 1}, meaning_words(value.meaning, lang), kWrapped);
    }
    const std::uint32_t last = row > first ? row - 1 : first;
    ranges.push_back("=" + std::string(layout::kExplanationSheet) + "!" +
                     xlsx::absolute_cell_name({first, 0}) + ":" +
                     xlsx::absolute_cell_name({last, 0}));
    if (set.verdict && !set.verdict->description.empty()) {
      sheet.text({row, 0}, kVerdictRule.in(lang));
      sheet.text({row++, 1}, util::collapse_whitespace(set.verdict->description), kWrapped);
    }
    ++row;
  }

  sheet.text({row++, 0}, kAuditBringTogether.in(lang), kBold);
  sheet.text({row++, 1}, "labeltool audit " + file_name, kBold);
  ++row;

  sheet.text({row++, 0}, kAboutNormSets.in(lang), kBold);
  for (const auto& form : sets) {
    const model::NormSet& set = *form.set;
    sheet.text({row, 0}, set.reference());
    sheet.text({row++, 1},
               set.status == model::Status::Official ? std::string(kStatusOfficialWord.in(lang))
                                                     : status_banner(set, lang),
               kWrapped);
  }
  sheet.protect();
  return ranges;
}

/// The metadata rows from `row` on; returns the row after them.
std::uint32_t write_metadata(xlsx::SheetWriter& sheet, std::uint32_t row,
                             const std::vector<analysis::FormSet>& sets, Lang lang) {
  for (const auto& field : layout::kMetadata) {
    if (field.key == "normset") {
      for (const auto& form : sets) {
        sheet.text({row, 0}, field.label.in(lang), kBold);
        sheet.text({row, 1}, form.set->reference(), kLockedText);
        sheet.text({row++, 2}, lines(form.scope), kLockedText);
      }
      continue;
    }
    sheet.text({row, 0}, field.label.in(lang), kBold);
    sheet.blank({row++, 1}, kEditableText);
  }
  return row;
}

/// The judgement rows of one interview from `row` on; returns the row after them. Date and
/// people heard are filled in on its first row.
std::uint32_t write_interview(xlsx::SheetWriter& sheet, std::uint32_t row,
                              const analysis::FormInterview& interview,
                              const std::vector<analysis::FormSet>& sets,
                              const std::vector<std::string>& scale_ranges, const std::string& date,
                              Lang lang) {
  const xlsx::ValidationText date_text{
      std::string(kDate.in(lang)), fill(kDateInputMessage, lang, date),
      std::string(kDateErrorTitle.in(lang)), fill(kDateErrorMessage, lang, date)};
  const std::uint32_t first = row;
  for (std::size_t s = 0; s < sets.size(); ++s) {
    const auto& norms = interview.norms[s];
    if (norms.empty()) continue;
    const std::uint32_t block = row;
    for (const model::Norm* norm : norms) {
      const bool opening = row == first;
      std::size_t most = 1;
      for (std::size_t c = 0; c < layout::kColumns.size(); ++c) {
        const auto key = layout::kColumns[c].key;
        const CellRef cell{row, static_cast<std::uint16_t>(c)};
        std::string text;
        if (key == "interview") text = interview.id;
        if (key == "group") text = lines(interview.groups);  // its `group` first
        if (key == "normset") text = sets[s].set->reference();
        if (key == "norm") text = norm->id;
        if (key == "title") text = norm->title;
        if (key == "text") text = util::collapse_whitespace(norm->text);
        if (key == "evidence_expected") text = lines(norm->evidence);
        most = std::max(most, xlsx::wrapped_lines(text, width_of(key)));
        if (key == "date" && opening) {
          if (auto day = form_date(date))
            sheet.date(cell, *day, kEditableDate);
          else
            sheet.blank(cell, kEditableDate);
          sheet.date_validation(cell, cell.row, {2000, 1, 1}, {2100, 12, 31}, date_text);
        } else if (key == "heard" && opening) {
          sheet.blank(cell, kEditableText);
        } else if (layout::kColumns[c].filled == layout::Filled::ByOrganisation && key != "date" &&
                   key != "heard") {
          sheet.blank(cell, kEditableText);
        } else {
          sheet.text(cell, text, kLockedText);
        }
      }
      sheet.row_height(row++, xlsx::row_points(most));
    }
    const model::NormSet& set = *sets[s].set;
    const std::string listed = model::scale_list(set);
    const xlsx::ValidationText judgement_text{
        std::string(layout::kColumns[column_of("judgement")].label.in(lang)),
        fill(kScoreInputMessage, lang, listed), std::string(kScoreErrorTitle.in(lang)),
        fill(kScoreErrorMessage, lang, set.reference(), listed)};
    scale_drop_down(sheet, {block, column_of("judgement")}, row - 1, set, scale_ranges[s],
                    judgement_text);
  }
  return row;
}

}  // namespace

void write_audit_template_xlsx(xlsx::WorkbookWriter& book,
                               const std::vector<analysis::FormSet>& sets, const std::string& date,
                               const std::string& file_name, Lang lang,
                               const std::vector<analysis::GroupRule>& groups) {
  xlsx::SheetWriter& form = book.sheet(layout::kFormSheet);
  xlsx::SheetWriter& explanation = book.sheet(layout::kExplanationSheet);
  const auto scale_ranges = write_explanation(explanation, sets, file_name, lang);

  for (std::size_t c = 0; c < layout::kColumns.size(); ++c)
    form.column_width(static_cast<std::uint16_t>(c), static_cast<std::uint16_t>(c),
                      width_of(layout::kColumns[c].key));
  form.text({0, 0}, layout::kKindKey, kKindStyle);
  form.text({0, 1}, layout::kKind, kKindStyle);
  form.text({1, 0}, fill(kAuditWorkbookTitle, lang, references(sets)), kTitleStyle);
  const std::string banner = status_line(sets, lang);
  if (!banner.empty()) form.text({2, 0}, banner, kBannerStyle);
  const std::uint32_t header = write_metadata(form, 3, sets, lang) + 1;
  const auto last_column = static_cast<std::uint16_t>(layout::kColumns.size() - 1);
  for (std::size_t c = 0; c < layout::kColumns.size(); ++c) {
    const auto& column = layout::kColumns[c];
    form.text({header, static_cast<std::uint16_t>(c)}, column.label.in(lang),
              column.filled == layout::Filled::ByTemplate ? kReadHeader : kFillHeader);
  }
  std::uint32_t row = header + 1;
  for (const auto& interview : analysis::audit_form(sets, groups))
    row = write_interview(form, row, interview, sets, scale_ranges, date, lang);
  form.freeze({header + 1, 0});
  form.autofilter({header, 0}, {std::max(header + 1, row) - 1, last_column});
  form.print_fit_to_width(header);
  form.protect();
  form.activate();
  book.properties({fill(kAuditWorkbookTitle, lang, references(sets)),
                   std::string(kAuditWorkbookSubject.in(lang)),
                   "labeltool " + std::string(layout::kKind) + " " + references(sets), banner});
}

}  // namespace labeltool::report
