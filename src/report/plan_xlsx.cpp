#include "report/plan_xlsx.hpp"

#include <algorithm>

#include "report/common.hpp"
#include "report/crosswalk_note.hpp"
#include "report/normset_view.hpp"
#include "report/plan_machine.hpp"
#include "report/plan_report.hpp"
#include "report/workbook_styles.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::Plan;
using analysis::PlanItem;
using xlsx::CellRef;
using xlsx::Style;

using namespace workbook_style;
const Style& kHeader = kReadHeader;

/// The width of the first sheet's value column (B), in characters.
constexpr double kAboutValueWidth = 90;

// Rows of a group sheet (0-based).
constexpr std::uint32_t kGroupTitleRow = 0, kGroupBannerRow = 1, kGroupHeaderRow = 2;
constexpr std::uint32_t kFirstItemRow = 3;

/// One column of a group sheet: its head and width (in characters).
struct Column {
  const Phrase* head;
  double width;
};

/// The columns of a group sheet; the last two only with a zelfevaluatie.
constexpr Column kColumns[] = {
    {&kNormSet, 12},         {&kNorm, 8},
    {&kPlanColumnTitle, 26}, {&kNormTextLabel, 50},
    {&kAskAbout, 50},        {&kEvidenceToRequest, 32},
    {&kRelatedNorms, 44},    {&kPlanColumnShared, 24},
    {&kZelfevaluatie, 14},   {&kAnswerToelichting, 44},
};
constexpr std::size_t kColumnsWithoutAnswers = 8;

std::string lines(const std::vector<std::string>& items) { return util::join(items, "\n"); }

bool has_zelfevaluatie(const Plan& plan) { return plan.zelfevaluatie_a || plan.zelfevaluatie_b; }

bool all_official(const Plan& plan) {
  return plan.a->status == model::Status::Official && plan.b->status == model::Status::Official &&
         (!plan.crosswalk || plan.crosswalk->status == model::Status::Official);
}

std::string group_counts(const Plan& plan, const analysis::PlanGroup& g, Lang lang) {
  return fill(kGroupCounts, lang, g.count_a, plan.a->id, g.count_b, plan.b->id, g.shared);
}

/// The cells of one norm's row, in column order.
std::vector<std::string> item_cells(const Plan& plan, const PlanItem& item, Lang lang) {
  const model::Norm& norm = item.norm();
  std::vector<std::string> related;
  for (const auto& partner : item.partners)
    related.push_back(related_text(plan, item, partner, lang));
  if (related.empty()) related.emplace_back(kNoRelatedNorm.in(lang));
  std::vector<std::string> cells = {(item.a ? plan.a : plan.b)->reference(),
                                    norm.id,
                                    norm.title,
                                    util::collapse_whitespace(norm.text),
                                    lines(guidance_points(norm.guidance)),
                                    lines(norm.evidence),
                                    lines(related),
                                    placement_marks(item, lang)};
  if (has_zelfevaluatie(plan)) {
    const bool own_set_given = item.a ? plan.zelfevaluatie_a : plan.zelfevaluatie_b;
    const std::string no_answer = own_set_given ? std::string(kNoAnswer.in(lang)) : "";
    cells.push_back(item.answer && !item.answer->score.empty() ? item.answer->score : no_answer);
    cells.push_back(item.answer ? util::collapse_whitespace(item.answer->toelichting) : "");
  }
  return cells;
}

void write_group(xlsx::SheetWriter& sheet, const Plan& plan, const analysis::PlanGroup& g,
                 const std::string& banner, Lang lang) {
  const std::size_t columns =
      has_zelfevaluatie(plan) ? std::size(kColumns) : kColumnsWithoutAnswers;
  const auto last_column = static_cast<std::uint16_t>(columns - 1);
  for (std::uint16_t c = 0; c <= last_column; ++c) sheet.column_width(c, c, kColumns[c].width);
  sheet.text({kGroupTitleRow, 0}, group_name(g, lang) + " (" + group_counts(plan, g, lang) + ")",
             kTitle);
  if (!banner.empty()) sheet.text({kGroupBannerRow, 0}, banner, kBanner);
  for (std::uint16_t c = 0; c <= last_column; ++c)
    sheet.text({kGroupHeaderRow, c}, kColumns[c].head->in(lang), kHeader);
  std::uint32_t row = kFirstItemRow;
  for (const auto& item : g.items) {
    const auto cells = item_cells(plan, item, lang);
    std::size_t most = 1;
    for (std::uint16_t c = 0; c <= last_column; ++c) {
      sheet.text({row, c}, cells[c], kWrapped);
      most = std::max(most, xlsx::wrapped_lines(cells[c], kColumns[c].width));
    }
    sheet.row_height(row++, xlsx::row_points(most));
  }
  sheet.freeze({kFirstItemRow, 2});
  sheet.autofilter({kGroupHeaderRow, 0}, {std::max(kFirstItemRow, row) - 1, last_column});
  sheet.print_fit_to_width(kGroupHeaderRow);
}

/// "label: value" rows of the first sheet, from `row` on; returns the row after them.
std::uint32_t write_pairs(xlsx::SheetWriter& sheet, std::uint32_t row,
                          const std::vector<std::pair<std::string, std::string>>& pairs) {
  for (const auto& [label, value] : pairs) {
    sheet.text({row, 0}, label, kBold);
    sheet.text({row, 1}, value, kWrapped);
    sheet.row_height(row++, xlsx::row_points(xlsx::wrapped_lines(value, kAboutValueWidth)));
  }
  return row;
}

void write_about(xlsx::SheetWriter& sheet, const Plan& plan,
                 const std::vector<std::string>& group_sheets, Lang lang) {
  sheet.column_width(0, 0, 28);
  sheet.column_width(1, 1, kAboutValueWidth);
  sheet.column_width(2, 5, 12);
  std::uint32_t row = 0;
  sheet.text({row++, 0}, fill(kPlanWorkbookTitle, lang, plan.a->reference(), plan.b->reference()),
             kTitle);
  // One short line per set or crosswalk that is not official; the full notes are below.
  for (const auto* set : {plan.a, plan.b})
    if (set->status != model::Status::Official)
      sheet.text({row++, 0}, status_banner(*set, lang, BannerLength::Short), kBanner);
  if (plan.crosswalk && plan.crosswalk->status != model::Status::Official)
    sheet.text({row++, 0}, crosswalk_lines(*plan.crosswalk, lang).back(), kBanner);
  ++row;

  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto* set : {plan.a, plan.b})
    pairs.emplace_back(std::string(kNormSet.in(lang)),
                       set->name + " (" + set->reference() + "), " + std::string(kStatus.in(lang)) +
                           ": " + std::string(status_word(set->status, lang)));
  if (plan.crosswalk)
    pairs.emplace_back("Crosswalk", crosswalk_lines(*plan.crosswalk, lang).front());
  for (const auto* z : {plan.zelfevaluatie_a, plan.zelfevaluatie_b})
    if (z)
      pairs.emplace_back(std::string(kZelfevaluatie.in(lang)) + " " + z->normset,
                         z->source->path() + " (" + z->organisation + ", " + z->date + ")");
  row = write_pairs(sheet, row, pairs);
  sheet.text({row++, 0}, fill(kPlanCounts, lang, plan.norms_a, plan.a->reference(), plan.norms_b,
                              plan.b->reference(), plan.pairs));
  // Wrapped beside a label like the pairs above: on one line, the long list of left-out
  // groups made the printed sheet, fitted to the page's width, too small to read.
  if (const auto note = only_groups_note(plan, lang); !note.empty())
    row = write_pairs(sheet, row, {{std::string(kGroup.in(lang)), note}});
  sheet.text({row++, 0}, kRelationsRead.in(lang));
  ++row;

  sheet.text({row, 0}, kPlanColumnSheet.in(lang), kHeader);
  sheet.text({row, 1}, kGroup.in(lang), kHeader);
  sheet.text({row, 2}, plan.a->id, kHeader);
  sheet.text({row, 3}, plan.b->id, kHeader);
  sheet.text({row++, 4}, capitalised(kShared.in(lang)), kHeader);
  for (std::size_t g = 0; g < plan.groups.size(); ++g) {
    const auto& group = plan.groups[g];
    sheet.text({row, 0}, group_sheets[g]);
    sheet.text({row, 1}, group_name(group, lang));
    sheet.number({row, 2}, static_cast<double>(group.count_a));
    sheet.number({row, 3}, static_cast<double>(group.count_b));
    sheet.number({row++, 4}, static_cast<double>(group.shared));
  }
  ++row;

  // The annex: the full status notes.
  if (!all_official(plan)) {
    sheet.text({row++, 0}, kAboutNormSets.in(lang), kBold);
    for (const auto* set : {plan.a, plan.b})
      if (set->status != model::Status::Official)
        row = write_pairs(sheet, row, {{set->reference(), status_banner(*set, lang)}});
    if (plan.crosswalk && plan.crosswalk->status != model::Status::Official)
      row = write_pairs(sheet, row,
                        {{std::string(kAboutCrosswalk.in(lang)),
                          util::collapse_whitespace(plan.crosswalk->status_note)}});
  }
  sheet.print_fit_to_width(0);
  sheet.activate();
}

}  // namespace

std::vector<std::string> plan_sheet_names(const Plan& plan, Lang lang) {
  std::vector<std::string> wanted;
  for (const auto& g : plan.groups) wanted.push_back(group_name(g, lang));
  return xlsx::sheet_names(wanted, {std::string(kPlanAboutSheet.in(lang))});
}

void write_plan_xlsx(xlsx::WorkbookWriter& book, const Plan& plan, Lang lang) {
  const auto names = plan_sheet_names(plan, lang);
  xlsx::SheetWriter& about = book.sheet(kPlanAboutSheet.in(lang));
  const std::string banner =
      all_official(plan) ? std::string() : fill(kPlanSheetBanner, lang, kPlanAboutSheet.in(lang));
  for (std::size_t g = 0; g < plan.groups.size(); ++g)
    write_group(book.sheet(names[g]), plan, plan.groups[g], banner, lang);
  write_about(about, plan, names, lang);
  book.properties({fill(kPlanWorkbookTitle, lang, plan.a->reference(), plan.b->reference()),
                   std::string(kPlanWorkbookSubject.in(lang)),
                   "labeltool plan " + plan.a->reference() + " " + plan.b->reference(), banner});
}

}  // namespace labeltool::report
