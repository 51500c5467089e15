// The HTML document of `labeltool check`: what a coordinator hands to management.
#include <fmt/core.h>

#include <algorithm>

#include "report/check_parts.hpp"
#include "report/common.hpp"
#include "report/html.hpp"
#include "report/html_reports.hpp"

namespace labeltool::report {
namespace {

using analysis::Tally;
using html::escape;
using model::Meaning;

/// The tone a scale value is drawn in.
html::Tone tone_of(Meaning meaning) {
  switch (meaning) {
    case Meaning::Met:
      return html::Tone::Met;
    case Meaning::PartlyMet:
      return html::Tone::Partly;
    case Meaning::NotMet:
      return html::Tone::NotMet;
    case Meaning::NotApplicable:
      return html::Tone::Neutral;
  }
  return html::Tone::Neutral;
}

std::string theme_label(const model::Theme& theme) { return theme.id + " " + theme.title; }

bool has_finding(const analysis::CheckResult& result, const model::Norm* norm, Code code) {
  const auto found = result.findings_by_norm.find(norm);
  return found != result.findings_by_norm.end() &&
         std::find(found->second.begin(), found->second.end(), code) != found->second.end();
}

std::string cover(const CheckedFile& file, Lang lang) {
  const auto& z = *file.zelfevaluatie;
  const auto& set = *file.set;
  std::string out = "<section class=\"cover\">\n";
  out += html::heading(1, fmt::format("{}: {}", kZelfevaluatie.in(lang), z.organisation));
  out += html::status_line({&set}, lang);
  out += "<dl>";
  const auto row = [&](std::string_view term, const std::string& value) {
    out += fmt::format("<dt>{}</dt><dd>{}</dd>", escape(term), escape(value));
  };
  row(kNormSet.in(lang),
      fmt::format("{} ({}), {}: {}", set.name, set.reference(), util::ascii_lower(kStatus.in(lang)),
                  model::status_name(set.status)));
  row(kScope.in(lang), scope_text(z, lang, [](std::string_view s) { return std::string(s); }));
  row(kDate.in(lang), z.date);
  if (!z.filled_in_by.empty()) row(kFilledInBy.in(lang), util::join(z.filled_in_by));
  out += "</dl>\n";
  if (file.result) {
    const auto& result = *file.result;
    out += fmt::format("<p class=\"verdict\">{}: {}</p>\n", escape(kOutcome.in(lang)),
                       escape(verdict_text(result.verdict, result.total, set, lang)));
    std::string rests = answered_line(result.total, lang);
    if (set.verdict && !set.verdict->description.empty())
      rests += fmt::format("; {}: {}", kVerdictRule.in(lang), set.verdict->description);
    out += fmt::format("<p>{}: {}</p>\n", escape(kRestsOn.in(lang)), escape(rests));
  }
  return out + "</section>\n";
}

/// The standing per theme: stacked bars and the wheel, then the same figures as a table.
std::string standing(const model::NormSet& set, const analysis::CheckResult& result, Lang lang) {
  std::string out = html::heading(2, kStanding.in(lang));
  std::vector<html::Bar> bars;
  std::vector<std::string> labels;
  std::vector<double> percents;
  for (const auto& t : result.themes) {
    bars.push_back({theme_label(*t.theme),
                    {{t.tally.met, html::Tone::Met},
                     {t.tally.partly_met, html::Tone::Partly},
                     {t.tally.not_met, html::Tone::NotMet},
                     {t.tally.unanswered, html::Tone::Open}}});
    labels.push_back(theme_label(*t.theme));
    percents.push_back(t.tally.met_percent().value_or(0));
  }
  out += html::stacked_bars(kChartStanding.in(lang), bars,
                            {{html::Tone::Met, std::string(kMetShort.in(lang))},
                             {html::Tone::Partly, std::string(kPartlyMetShort.in(lang))},
                             {html::Tone::NotMet, std::string(kNotMetShort.in(lang))},
                             {html::Tone::Open, std::string(kOpen.in(lang))}});
  out += html::wheel(kChartWheel.in(lang), labels, percents);
  html::Table table{std::string(kChartAsTable.in(lang)), {}, {}};
  table.head.push_back(escape(capitalised(kTheme.in(lang))));
  for (const auto& value : set.scale)
    table.head.push_back(
        html::tone_badge(tone_of(value.meaning), column_head(value.meaning).in(lang)));
  table.head.push_back(html::tone_badge(html::Tone::Open, kOpen.in(lang)));
  table.head.push_back(escape(kAnswered.in(lang)));
  table.head.push_back(escape(kPercentMet.in(lang)));
  const auto row = [&](std::string label, const Tally& tally) {
    std::vector<std::string> cells{std::move(label)};
    for (std::size_t i = 0; i < set.scale.size(); ++i)
      cells.push_back(std::to_string(tally.per_value[i]));
    cells.push_back(std::to_string(tally.unanswered));
    cells.push_back(escape(answered(tally, lang)));
    cells.push_back(escape(percent(tally, lang)));
    table.rows.push_back(std::move(cells));
  };
  for (const auto& t : result.themes) row(escape(theme_label(*t.theme)), t.tally);
  row("<strong>" + escape(kTotal.in(lang)) + "</strong>", result.total);
  return out + html::table(table);
}

std::string to_do(const analysis::CheckResult& result, Lang lang) {
  const auto groups = not_yet_answered(result);
  if (groups.empty()) return {};
  std::string out =
      html::heading(2, fmt::format("{} ({})", kNotYetAnswered.in(lang), count_ids(groups)));
  out += "<ul class=\"items\">";
  for (const auto& [theme, ids] : groups)
    out += fmt::format("<li><strong>{}</strong> ({}): {}</li>", escape(theme_label(*theme)),
                       ids.size(), escape(util::join(ids)));
  return out + "</ul>\n";
}

/// The improvement points as a table: what, the plan, who and by when; a due date that has
/// passed is marked in words, not only in colour.
std::string improvement_table(const model::NormSet& set, const analysis::CheckResult& result,
                              Lang lang) {
  const auto points = improvement_points(result);
  std::string out = html::heading(2, fmt::format("{} ({})", kGaps.in(lang), points.size()));
  if (points.empty()) return out + html::paragraph(kNoGaps.in(lang));
  html::Table table{
      {},
      {escape(kNorm.in(lang)), escape(kScore.in(lang)), escape(kAnswerToelichting.in(lang)),
       escape(kAction.in(lang)), escape(kOwner.in(lang)), escape(kDueDate.in(lang))},
      {},
      99};
  for (const auto* gap : points) {
    const model::Answer* a = gap->answer;
    std::string due = a ? escape(a->due) : "";
    if (a && has_finding(result, gap->norm, Code::DueInPast))
      due = fmt::format("<span class=\"late\">{} ({})</span>", due, escape(kLate.in(lang)));
    const Meaning meaning = gap->meaning.value_or(Meaning::NotMet);
    table.rows.push_back({escape(norm_label(*gap->norm)),
                          html::tone_badge(tone_of(meaning), gap_label(*gap, set, lang)),
                          a ? escape(a->toelichting) : "",
                          a && !a->action.empty()
                              ? escape(a->action)
                              : "<strong>" + escape(kNoActionYet.in(lang)) + "</strong>",
                          a ? escape(a->owner) : "", due});
  }
  return out + html::table(table);
}

std::string evidence_to_collect(const analysis::CheckResult& result, Lang lang) {
  if (result.missing_evidence.empty()) return {};
  std::string out = html::heading(
      2, fmt::format("{} ({})", kMissingEvidence.in(lang), result.missing_evidence.size()));
  html::Table table{{}, {escape(kNorm.in(lang)), escape(capitalised(kExpected.in(lang)))}, {}, 99};
  for (const auto* norm : result.missing_evidence)
    table.rows.push_back({escape(norm_label(*norm)), escape(util::join(norm->evidence, "; "))});
  return out + html::table(table);
}

std::string findings(const CheckedFile& file, Lang lang) {
  const Diagnostics listed = findings_to_list(file);
  if (listed.empty()) return {};
  std::string out = html::heading(2, fmt::format("{} ({})", kFindings.in(lang), listed.size()));
  html::Table table{{},
                    {escape(kPlace.in(lang)), escape(kSeverity.in(lang)), escape(kCode.in(lang)),
                     escape(kMessage.in(lang))},
                    {},
                    99};
  for (const auto& d : listed) {
    table.rows.push_back({escape(fmt::format("{}:{}", shown_path(d.file), d.position.line)),
                          escape(severity_word(d.severity, lang)), escape(code_name(d.code)),
                          escape(message_for(d, lang))});
  }
  return out + html::table(table);
}

/// Every norm in scope with its text and the organisation's answer, per theme.
std::string annex(const model::NormSet& set, const analysis::CheckResult& result, Lang lang) {
  std::string out = html::heading(2, kAnnexAllNorms.in(lang));
  std::string current_theme;
  for (const auto& [norm, answer] : result.rows) {
    if (norm->theme_id != current_theme) {
      current_theme = norm->theme_id;
      if (const auto* theme = set.find_theme(current_theme))
        out += html::heading(3, theme_label(*theme));
    }
    out += "<div class=\"norm\"><p><strong>" + escape(norm_label(*norm)) + "</strong></p><dl>";
    const auto row = [&](std::string_view term, const std::string& value_html) {
      out += fmt::format("<dt>{}</dt><dd>{}</dd>", escape(term), value_html);
    };
    if (!norm->text.empty()) row(kNormTextLabel.in(lang), escape(norm->text));
    const auto meaning = answer ? analysis::meaning_of(set, answer->score) : std::nullopt;
    if (!answer || util::trim(answer->score).empty())
      row(kScore.in(lang), html::tone_badge(html::Tone::Open, kNoAnswer.in(lang)));
    else if (meaning)
      row(kScore.in(lang), html::tone_badge(tone_of(*meaning), answer->score));
    else
      row(kScore.in(lang),
          escape(fmt::format("{} '{}'", kInvalidScoreLabel.in(lang), util::trim(answer->score))));
    if (answer && !answer->toelichting.empty())
      row(kAnswerToelichting.in(lang), escape(answer->toelichting));
    if (answer && !answer->evidence.empty())
      row(kEvidence.in(lang), escape(util::join(answer->evidence, "; ")));
    out += "</dl></div>\n";
  }
  return out;
}

}  // namespace

std::string check_html_begin(const CheckedFile* first, Lang lang) {
  html::DocumentHead head{
      std::string(kZelfevaluatie.in(lang)), {}, std::string(kZelfevaluatie.in(lang))};
  if (first && first->zelfevaluatie) {
    head.organisation = first->zelfevaluatie->organisation;
    head.title = fmt::format("{} — {}", head.organisation, kZelfevaluatie.in(lang));
    if (first->set) {
      head.report_name += " " + first->set->reference();
      head.title += " " + first->set->reference();
    }
  }
  return html::document_begin(head, lang);
}

std::string check_html_end() { return html::document_end(); }

std::string check_html_file(const CheckedFile& file, Lang lang) {
  std::string out = "<section class=\"page\">\n";
  if (!file.zelfevaluatie || !file.set) {
    out += html::heading(1, fmt::format("{}: {}", kZelfevaluatie.in(lang), shown_path(file.path)));
    return out + findings(file, lang) + "</section>\n";
  }
  out += cover(file, lang);
  if (file.result) {
    const auto& set = *file.set;
    const auto& result = *file.result;
    out += standing(set, result, lang) + to_do(result, lang) +
           improvement_table(set, result, lang) + evidence_to_collect(result, lang);
  }
  out += findings(file, lang);
  if (file.result) out += annex(*file.set, *file.result, lang);
  out += html::about_section({file.set}, lang);
  return out + "</section>\n";
}

}  // namespace labeltool::report
