// The HTML document of `labeltool diff` on two versions of one label.
#include <fmt/core.h>

#include "report/common.hpp"
#include "report/html.hpp"
#include "report/html_reports.hpp"
#include "report/version_diff_report.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::AnswerFate;
using analysis::NormMatch;
using html::escape;

/// analysis::word_diff()'s "[-removed-]" and "{+added+}" runs as <del> and <ins>, every
/// piece escaped. A marker without its end is shown as the text it is.
std::string marked_words(std::string_view diff) {
  std::string out;
  std::size_t at = 0;
  while (at < diff.size()) {
    const std::size_t del = diff.find("[-", at), ins = diff.find("{+", at);
    const std::size_t next = std::min(del, ins);
    if (next == std::string_view::npos) break;
    const bool is_del = next == del;
    const std::size_t end = diff.find(is_del ? "-]" : "+}", next + 2);
    if (end == std::string_view::npos) break;
    out += escape(diff.substr(at, next - at));
    out += fmt::format("<{0}>{1}</{0}>", is_del ? "del" : "ins",
                       escape(diff.substr(next + 2, end - next - 2)));
    at = end + 2;
  }
  return out + escape(diff.substr(std::min(at, diff.size())));
}

html::Tone fate_tone(AnswerFate::Kind kind) {
  switch (kind) {
    case AnswerFate::Kind::CarriesOver:
      return html::Tone::Met;
    case AnswerFate::Kind::NeedsReview:
      return html::Tone::Partly;
    case AnswerFate::Kind::Lost:
      return html::Tone::NotMet;
  }
  return html::Tone::Open;
}

std::string changed_norms(const std::vector<const NormMatch*>& changed, Lang lang) {
  std::string out =
      html::heading(2, fmt::format("{} ({})", capitalised(kChanged.in(lang)), changed.size()));
  for (const auto* m : changed) {
    std::vector<std::string> words;
    for (const auto edit : m->edits()) words.emplace_back(edit_word(edit).in(lang));
    if (m->relation != model::Relation::Equal)
      words.emplace_back(model::relation_name(m->relation));
    std::string line = fmt::format("{} → {} [{}]", m->before->id, m->after->id, util::join(words));
    if (m->moved)
      line += fmt::format(" {} {} → {}", kTheme.in(lang), m->before->theme_id, m->after->theme_id);
    out += "<div class=\"norm\"><p><strong>" + escape(line) +
           "</strong>: " + escape(m->after->title) + "</p>";
    if (m->reworded)
      out += fmt::format("<p><span class=\"muted\">{}:</span> {}</p>",
                         escape(kWordChanges.in(lang)), marked_words(m->word_diff));
    out += "</div>\n";
  }
  return out;
}

std::string norm_list(const Phrase& title, const std::vector<const model::Norm*>& norms,
                      Lang lang) {
  std::string out =
      html::heading(2, fmt::format("{} ({})", capitalised(title.in(lang)), norms.size()));
  if (norms.empty()) return out;
  out += "<ul class=\"items\">";
  for (const auto* n : norms) out += "<li>" + escape(norm_label(*n)) + "</li>";
  return out + "</ul>\n";
}

std::string answers(const std::vector<AnswerFate>& fates, Lang lang) {
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& f : fates) ++counts[static_cast<int>(f.kind)];
  std::string out =
      html::heading(2, fmt::format("{} ({})", kAnswersOfZelfevaluatie.in(lang), fates.size()));
  out += html::stacked_bars(kAnswersOfZelfevaluatie.in(lang),
                            {{std::string(kTotal.in(lang)),
                              {{counts[0], html::Tone::Met},
                               {counts[1], html::Tone::Partly},
                               {counts[2], html::Tone::NotMet}}}},
                            {{html::Tone::Met, std::string(kCarryOver.in(lang))},
                             {html::Tone::Partly, std::string(kNeedReview.in(lang))},
                             {html::Tone::NotMet, std::string(kAreLost.in(lang))}});
  html::Table table{{},
                    {escape(kNorm.in(lang)), escape(kScore.in(lang)), escape(kNow.in(lang)),
                     escape(kChanges.in(lang))},
                    {},
                    99};
  for (const auto& f : fates) {
    if (f.reason == AnswerFate::Reason::Unchanged) continue;  // nothing to say
    std::vector<std::string> ids;
    for (const auto* n : f.successors) ids.push_back(n->id);
    table.rows.push_back({escape(f.answer->norm_id), escape(f.answer->score),
                          escape(ids.empty() ? "-" : util::join(ids)),
                          html::tone_badge(fate_tone(f.kind), fate_word(f.kind).in(lang)) + ": " +
                              escape(fate_reason(f, lang))});
  }
  return out + html::table(table);
}

}  // namespace

std::string render_version_diff_html(const model::NormSet& before, const model::NormSet& after,
                                     const analysis::VersionDiff& diff,
                                     const std::vector<AnswerFate>* fates, Lang lang) {
  const std::string name =
      fmt::format("{} {} → {}", kVersionDiff.in(lang), before.reference(), after.reference());
  std::vector<const NormMatch*> changed;
  for (const auto& m : diff.matches)
    if (!m.unchanged()) changed.push_back(&m);
  std::string body = "<section class=\"cover\">\n" + html::heading(1, name);
  body += html::status_line({&before, &after}, lang);
  body +=
      fmt::format("<p class=\"verdict\">{}: {}, {}: {}, {}: {}, {}: {}</p></section>\n",
                  escape(capitalised(kUnchanged.in(lang))), diff.matches.size() - changed.size(),
                  escape(kChanged.in(lang)), changed.size(), escape(kAdded.in(lang)),
                  diff.added.size(), escape(kRemoved.in(lang)), diff.removed.size());
  body += changed_norms(changed, lang) + norm_list(kAdded, diff.added, lang) +
          norm_list(kRemoved, diff.removed, lang);
  if (fates) body += answers(*fates, lang);
  body += html::about_section({&before, &after}, lang);
  return html::document({name, {}, name}, lang, body);
}

}  // namespace labeltool::report
