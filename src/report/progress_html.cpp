// The HTML document of `labeltool progress`: what improved and what fell back.
#include <fmt/core.h>

#include <map>

#include "analysis/check.hpp"
#include "report/common.hpp"
#include "report/html.hpp"
#include "report/html_reports.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::Change;
using html::escape;

html::Tone change_tone(Change change) {
  switch (change) {
    case Change::Better:
      return html::Tone::Met;
    case Change::Worse:
      return html::Tone::NotMet;
    case Change::Unchanged:
      return html::Tone::Open;
    case Change::New:
    case Change::Removed:
      return html::Tone::Neutral;
  }
  return html::Tone::Open;
}

bool is_met(const model::NormSet& set, const std::string& score) {
  return analysis::meaning_of(set, score) == model::Meaning::Met;
}

}  // namespace

std::string render_progress_html(const ProgressHeader& header, const analysis::Progress& progress,
                                 const model::NormSet& old_set, const model::NormSet& new_set,
                                 Lang lang) {
  std::string body = "<section class=\"cover\">\n";
  body += html::heading(1, fmt::format("{}: {}", kProgressReport.in(lang), header.organisation));
  body += html::status_line({&new_set}, lang);
  body += fmt::format("<dl><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd></dl>",
                      escape(kNormSet.in(lang)), escape(header.normset), escape(kBefore.in(lang)),
                      escape(header.old_date), escape(kNow.in(lang)), escape(header.new_date));
  const auto& t = progress.total;
  body += fmt::format("<p class=\"verdict\">{}: {} {}, {} {}, {} {}</p>\n",
                      escape(kChanges.in(lang)), t.better, escape(kBetter.in(lang)), t.worse,
                      escape(kWorse.in(lang)), t.unchanged, escape(kSameScore.in(lang)));
  body += "</section>\n";

  // Met before and now, per theme of the new set, counted from the scores themselves.
  std::map<std::string, std::pair<std::size_t, std::size_t>> met;
  for (const auto& change : progress.norms) {
    auto& [before, after] = met[change.norm->theme_id];
    if (is_met(old_set, change.old_score)) ++before;
    if (is_met(new_set, change.new_score)) ++after;
  }
  body += html::heading(2, kStanding.in(lang));
  std::vector<html::PairedRow> rows;
  html::Table met_table{std::string(kChartAsTable.in(lang)),
                        {escape(capitalised(kTheme.in(lang))), escape(kMetBefore.in(lang)),
                         escape(kMetAfter.in(lang))},
                        {}};
  for (const auto& theme : progress.themes) {
    const auto [before, after] = met[theme.theme_id];
    const std::string label = theme.theme_id + " " + theme.title;
    rows.push_back({label, static_cast<double>(before), static_cast<double>(after)});
    met_table.rows.push_back({escape(label), std::to_string(before), std::to_string(after)});
  }
  body +=
      html::paired_bars(kChartProgress.in(lang), rows, kMetBefore.in(lang), kMetAfter.in(lang), "");
  body += html::table(met_table);

  body += html::heading(2, kChartChanges.in(lang));
  std::vector<html::Bar> bars;
  html::Table changes{
      std::string(kChartAsTable.in(lang)),
      {escape(capitalised(kTheme.in(lang))), escape(kBetter.in(lang)), escape(kWorse.in(lang)),
       escape(kSameScore.in(lang)), escape(kNewAnswer.in(lang)), escape(kRemoved.in(lang))},
      {}};
  const auto add = [&](const analysis::ThemeProgress& p, std::string label_html) {
    changes.rows.push_back({std::move(label_html), std::to_string(p.better),
                            std::to_string(p.worse), std::to_string(p.unchanged),
                            std::to_string(p.added), std::to_string(p.removed)});
  };
  for (const auto& theme : progress.themes) {
    bars.push_back({theme.theme_id + " " + theme.title,
                    {{theme.better, html::Tone::Met},
                     {theme.worse, html::Tone::NotMet},
                     {theme.unchanged, html::Tone::Open},
                     {theme.added + theme.removed, html::Tone::Neutral}}});
    add(theme, escape(theme.theme_id + " " + theme.title));
  }
  add(progress.total, "<strong>" + escape(kTotal.in(lang)) + "</strong>");
  body += html::stacked_bars(
      kChartChanges.in(lang), bars,
      {{html::Tone::Met, std::string(kBetter.in(lang))},
       {html::Tone::NotMet, std::string(kWorse.in(lang))},
       {html::Tone::Open, std::string(kSameScore.in(lang))},
       {html::Tone::Neutral, fmt::format("{} / {}", kNewAnswer.in(lang), kRemoved.in(lang))}});
  body += html::table(changes);

  body += html::heading(2, kPerNorm.in(lang));
  html::Table per_norm{{},
                       {escape(kNorm.in(lang)), escape(kBefore.in(lang)), escape(kNow.in(lang)),
                        escape(kChanges.in(lang))},
                       {},
                       99};
  for (const auto& change : progress.norms) {
    per_norm.rows.push_back(
        {escape(norm_label(*change.norm)), escape(change.old_score), escape(change.new_score),
         html::tone_badge(change_tone(change.change), change_word(change.change).in(lang))});
  }
  body += html::table(per_norm);
  body += html::about_section({&new_set}, lang);
  const std::string name = std::string(kProgressReport.in(lang));
  return html::document({fmt::format("{} — {} {}", header.organisation, name, header.normset),
                         header.organisation, name},
                        lang, body);
}

}  // namespace labeltool::report
