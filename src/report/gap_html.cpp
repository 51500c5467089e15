// The HTML document of `labeltool gap`: what a transfer carried over and what is left to do.
#include <fmt/core.h>

#include <map>

#include "report/common.hpp"
#include "report/crosswalk_note.hpp"
#include "report/gap_report.hpp"
#include "report/html.hpp"
#include "report/html_reports.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::TransferredNorm;
using html::escape;

struct KindCounts {
  std::size_t carried = 0, verify = 0, no_source = 0;
};

html::Tone kind_tone(TransferredNorm::Kind kind) {
  switch (kind) {
    case TransferredNorm::Kind::Carried:
      return html::Tone::Met;
    case TransferredNorm::Kind::Verify:
      return html::Tone::Partly;
    case TransferredNorm::Kind::NoSource:
      return html::Tone::Open;
  }
  return html::Tone::Open;
}

const Phrase& kind_word(TransferredNorm::Kind kind) {
  switch (kind) {
    case TransferredNorm::Kind::Carried:
      return kCarried;
    case TransferredNorm::Kind::Verify:
      return kToVerify;
    case TransferredNorm::Kind::NoSource:
      return kNoSourceCount;
  }
  return kNoSourceCount;
}

}  // namespace

std::string render_transfer_html(const model::NormSet& source, const model::NormSet& target,
                                 const analysis::Transfer& transfer,
                                 const std::vector<analysis::UnsoundChain>& unsound,
                                 const model::Crosswalk& crosswalk, const std::string& scope_text,
                                 Lang lang) {
  const std::string name =
      fmt::format("{} {} → {}", kGapReport.in(lang), source.reference(), target.reference());
  const std::size_t total = transfer.norms.size();
  std::string body = "<section class=\"cover\">\n" + html::heading(1, name);
  body += html::status_line({&source, &target}, lang);
  body +=
      html::paragraph(util::collapse_whitespace(crosswalk_header(crosswalk, lang, Format::Text)));
  body += html::paragraph(scope_text);
  body +=
      fmt::format("<p class=\"verdict\">{}</p></section>\n",
                  escape(fmt::format("{}: {}; {}: {}; {}: {}", capitalised(kCarried.in(lang)),
                                     share(transfer.carried, total, lang), kToVerify.in(lang),
                                     share(transfer.verify, total, lang), kNoSourceCount.in(lang),
                                     share(transfer.no_source, total, lang))));

  std::map<std::string, KindCounts> per_theme;
  for (const auto& n : transfer.norms) {
    auto& c = per_theme[n.norm->theme_id];
    (n.kind == TransferredNorm::Kind::Carried  ? c.carried
     : n.kind == TransferredNorm::Kind::Verify ? c.verify
                                               : c.no_source)++;
  }
  body += html::heading(2, kStanding.in(lang));
  std::vector<html::Bar> bars;
  html::Table table{std::string(kChartAsTable.in(lang)),
                    {escape(capitalised(kTheme.in(lang))), escape(kCarried.in(lang)),
                     escape(kToVerify.in(lang)), escape(kNoSourceCount.in(lang))},
                    {}};
  for (const auto& theme : target.themes) {
    const auto found = per_theme.find(theme.id);
    if (found == per_theme.end()) continue;  // outside the scope
    const auto& c = found->second;
    const std::string label = theme.id + " " + theme.title;
    bars.push_back({label,
                    {{c.carried, html::Tone::Met},
                     {c.verify, html::Tone::Partly},
                     {c.no_source, html::Tone::Open}}});
    table.rows.push_back({escape(label), std::to_string(c.carried), std::to_string(c.verify),
                          std::to_string(c.no_source)});
  }
  table.rows.push_back({"<strong>" + escape(kTotal.in(lang)) + "</strong>",
                        std::to_string(transfer.carried), std::to_string(transfer.verify),
                        std::to_string(transfer.no_source)});
  body += html::stacked_bars(kChartTransfer.in(lang), bars,
                             {{html::Tone::Met, std::string(kCarried.in(lang))},
                              {html::Tone::Partly, std::string(kToVerify.in(lang))},
                              {html::Tone::Open, std::string(kNoSourceCount.in(lang))}});
  body += html::table(table);

  body += html::heading(2, kPerNorm.in(lang));
  html::Table norms{{},
                    {escape(kNorm.in(lang)), escape(kStatus.in(lang)), escape(kScore.in(lang)),
                     escape(kWhereFrom.in(lang))},
                    {},
                    99};
  for (const auto& n : transfer.norms) {
    std::vector<std::string> sources;
    for (const auto& s : n.sources)
      sources.push_back(
          fmt::format("{} {} '{}'", s.norm->id, model::relation_name(s.relation), s.answer->score));
    std::string where = util::join(sources);
    if (const std::string why = transfer_why_text(n, lang); !why.empty())
      where += (where.empty() ? "" : " — ") + why;
    norms.rows.push_back({escape(norm_label(*n.norm)),
                          html::tone_badge(kind_tone(n.kind), kind_word(n.kind).in(lang)),
                          escape(n.meaning ? n.score : "-"), escape(where)});
  }
  body += html::table(norms);
  if (!unsound.empty()) {
    body += html::heading(2, fmt::format("{} ({})", kChainsToReview.in(lang), unsound.size()));
    body += "<ul class=\"items\">";
    for (const auto& u : unsound) {
      body +=
          "<li>" +
          escape(fmt::format(
              "{} →{}→ {} →{}→ {}: {}", u.first, model::relation_name(u.first_relation), u.middle,
              model::relation_name(u.second_relation), u.last, kCannotCompose.in(lang))) +
          "</li>";
    }
    body += "</ul>\n";
  }
  body += html::about_section({&source, &target}, lang);
  return html::document({name, {}, name}, lang, body);
}

}  // namespace labeltool::report
