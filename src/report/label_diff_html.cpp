// The HTML document of `labeltool diff` on two labels: how far each covers the other.
#include <fmt/core.h>

#include "report/common.hpp"
#include "report/html.hpp"
#include "report/html_reports.hpp"
#include "report/label_diff_report.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::Coverage;
using html::escape;

html::Tone coverage_tone(Coverage coverage) {
  switch (coverage) {
    case Coverage::Full:
      return html::Tone::Met;
    case Coverage::Partial:
      return html::Tone::Partly;
    case Coverage::NotRelated:
      return html::Tone::NotMet;
    case Coverage::Unmapped:
    case Coverage::NotApplicable:
      return html::Tone::Open;
  }
  return html::Tone::Open;
}

/// One side: coverage per theme as bars, the same as a table, then per norm what covers it.
std::string side(const analysis::SideCoverage& side, const model::NormSet& other, Lang lang) {
  std::string out = html::heading(
      2, fmt::format("{} {} {}", side.set->reference(), kCoveredBy.in(lang), other.reference()));
  std::vector<html::Bar> bars;
  html::Table table{std::string(kChartAsTable.in(lang)),
                    {escape(capitalised(kTheme.in(lang))), escape(kCoverageFull.in(lang)),
                     escape(kCoveragePartial.in(lang)), escape(kCoverageNotRelated.in(lang)),
                     escape(kCoverageUnmapped.in(lang)), escape(kCoverageNotApplicable.in(lang))},
                    {}};
  const auto row = [&](std::string label_html, const analysis::CoverageCounts& c) {
    const std::size_t n = c.applicable();
    table.rows.push_back({std::move(label_html), escape(share(c.full, n, lang)),
                          escape(share(c.partial, n, lang)), escape(share(c.not_related, n, lang)),
                          escape(share(c.unmapped, n, lang)), std::to_string(c.not_applicable)});
  };
  for (const auto& [theme, counts] : side.themes) {
    const std::string label = theme->id + " " + theme->title;
    bars.push_back({label,
                    {{counts.full, html::Tone::Met},
                     {counts.partial, html::Tone::Partly},
                     {counts.not_related, html::Tone::NotMet},
                     {counts.unmapped, html::Tone::Open}}});
    row(escape(label), counts);
  }
  row("<strong>" + escape(kTotal.in(lang)) + "</strong>", side.total);
  out +=
      html::stacked_bars(fmt::format("{} {}", kChartCoverage.in(lang), side.set->reference()), bars,
                         {{html::Tone::Met, std::string(kCoverageFull.in(lang))},
                          {html::Tone::Partly, std::string(kCoveragePartial.in(lang))},
                          {html::Tone::NotMet, std::string(kCoverageNotRelated.in(lang))},
                          {html::Tone::Open, std::string(kCoverageUnmapped.in(lang))}});
  out += html::table(table);
  out += html::heading(3, fmt::format("{} {}", kPerNormOf.in(lang), side.set->reference()));
  html::Table norms{
      {},
      {escape(kNorm.in(lang)), escape(kCoveredBy.in(lang)), escape(kCrosswalk.in(lang))},
      {},
      99};
  for (const auto& n : side.norms) {
    if (n.coverage == Coverage::NotApplicable) continue;
    std::vector<std::string> related;
    for (const auto& [norm, relation] : n.related)
      related.push_back(norm->id + " " + std::string(model::relation_name(relation)));
    norms.rows.push_back(
        {escape(norm_label(*n.norm)),
         html::tone_badge(coverage_tone(n.coverage), coverage_word(n.coverage).in(lang)),
         escape(util::join(related))});
  }
  return out + html::table(norms);
}

}  // namespace

std::string render_label_diff_html(const model::Crosswalk& crosswalk,
                                   const analysis::LabelDiff& diff, Lang lang) {
  const model::NormSet& a = *diff.a.set;
  const model::NormSet& b = *diff.b.set;
  const std::string name =
      fmt::format("{} {} ↔ {}", kLabelDiff.in(lang), a.reference(), b.reference());
  std::string body = "<section class=\"cover\">\n" + html::heading(1, name);
  body += html::status_line({&a, &b}, lang);
  body += fmt::format("<dl><dt>{}</dt><dd>{}, {}: {}</dd></dl>", escape(kCrosswalk.in(lang)),
                      escape(crosswalk.method), util::ascii_lower(kStatus.in(lang)),
                      escape(model::status_name(crosswalk.status)));
  body += html::paragraph(kUnmappedMeansUnknown.in(lang)) + "</section>\n";
  body += side(diff.a, b, lang) + side(diff.b, a, lang);

  std::vector<std::string> rows, columns;
  std::vector<std::vector<std::size_t>> values;
  for (const auto& theme : b.themes) columns.push_back(theme.id);
  for (const auto& ta : a.themes) {
    rows.push_back(ta.id + " " + ta.title);
    auto& line = values.emplace_back();
    for (const auto& tb : b.themes) {
      const auto found = diff.matrix.find({ta.id, tb.id});
      line.push_back(found == diff.matrix.end() ? 0 : found->second);
    }
  }
  body += html::heading(2, kThemesByThemes.in(lang));
  body += html::heat_map(
      fmt::format("{} {}, {} {}", kRows.in(lang), a.reference(), kColumns.in(lang), b.reference()),
      rows, columns, values);
  std::string about = html::about_section({&a, &b}, lang);
  if (!crosswalk.status_note.empty())
    about += fmt::format("<p><strong>{}</strong></p>", escape(kCrosswalk.in(lang))) +
             html::paragraph(crosswalk.status_note);
  body += about;
  return html::document({name, {}, name}, lang, body);
}

}  // namespace labeltool::report
