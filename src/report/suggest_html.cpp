// The HTML document of `labeltool suggest`: a draft crosswalk laid out for the expert who
// accepts or rejects each row, with the words the two norms share marked in both texts.
#include "report/suggest_html.hpp"

#include <fmt/core.h>

#include <array>

#include "report/common.hpp"
#include "report/highlight.hpp"
#include "report/html.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using html::escape;

std::string status_word(model::Status status, Lang lang) {
  switch (status) {
    case model::Status::Official:
      return std::string(kStatusOfficialWord.in(lang));
    case model::Status::Draft:
      return std::string(kStatusDraftWord.in(lang));
    case model::Status::Illustrative:
      break;
  }
  return std::string(kStatusIllustrativeWord.in(lang));
}

const Phrase& analysis_phrase(analysis::TextLanguage language) {
  switch (language) {
    case analysis::TextLanguage::Dutch:
      return kSuggestAnalysisDutch;
    case analysis::TextLanguage::English:
      return kSuggestAnalysisEnglish;
    case analysis::TextLanguage::Other:
      break;
  }
  return kSuggestAnalysisOther;
}

/// "<dt>label</dt><dd>text</dd>", both plain text escaped here.
std::string definition(std::string_view label, std::string_view text) {
  return "<dt>" + escape(label) + "</dt><dd>" + escape(text) + "</dd>\n";
}

std::string cover(const SuggestView& view, const std::string& name, Lang lang) {
  const auto set_line = [&](const model::NormSet& set) {
    return fill(kSuggestSetLine, lang, set.name, set.reference(), status_word(set.status, lang));
  };
  const auto& found = view.suggestions;
  // One description when both sets are in the same language, else one per set.
  const std::string_view both = lang == Lang::Nl ? " en " : " and ";
  const std::string analysis_text =
      found.source_language == found.target_language
          ? view.a.reference() + std::string(both) + view.b.reference() + ": " +
                std::string(analysis_phrase(found.source_language).in(lang))
          : view.a.reference() + ": " +
                std::string(analysis_phrase(found.source_language).in(lang)) + "; " +
                view.b.reference() + ": " +
                std::string(analysis_phrase(found.target_language).in(lang));
  std::string out = "<section class=\"cover\">\n" + html::heading(1, name);
  out += html::sets_status_line({&view.a, &view.b}, lang);
  out += html::paragraph(kSuggestNotice.in(lang));
  out += "<dl>\n";
  out += definition(kSuggestSourceSet.in(lang), set_line(view.a));
  out += definition(kSuggestTargetSet.in(lang), set_line(view.b));
  out +=
      definition(kSuggestSettings.in(lang), fill(kSuggestSettingsLine, lang, view.settings.top,
                                                 fmt::format("{:.2f}", view.settings.min_score)));
  out += definition(kSuggestTextAnalysis.in(lang), analysis_text);
  out += "</dl>\n";
  out += "<p class=\"verdict\">" + escape(suggest_summary_line(view, lang)) + "</p>\n";
  return out + "</section>\n";
}

/// A small table of counts: `head` over the labels, "Aantal" over the numbers.
struct Counts {
  html::Table table;
  Counts(std::string_view head, Lang lang)
      : table{{}, {escape(head), escape(kSuggestCount.in(lang))}, {}} {}
  void add(std::string_view label, std::size_t count) {
    table.rows.push_back({escape(label), std::to_string(count)});
  }
};

/// The summary: norms, proposed rows per relation and, with --existing, what it kept. Small
/// tables side by side, so that the first norm's candidates show on the first screen.
std::string summary(const SuggestView& view, Lang lang) {
  Counts norms(capitalised(kNorms.in(lang)), lang);
  norms.add(fill(kSuggestNormsIn, lang, view.a.reference()), view.suggestions.norms.size());
  norms.add(kSuggestWithProposal.in(lang), norms_with_candidates(view.suggestions));
  norms.add(kSuggestUnmapped.in(lang), unmapped_norms(view).size());
  // Rows per relation, in the order of the vocabulary (domain.md).
  constexpr std::array kRelations{model::Relation::Equal, model::Relation::Subset,
                                  model::Relation::Superset, model::Relation::Intersects};
  std::array<std::size_t, kRelations.size()> per_relation{};
  for (const auto& norm : view.suggestions.norms)
    for (const auto& c : norm.candidates)
      for (std::size_t r = 0; r < kRelations.size(); ++r)
        per_relation[r] += c.relation == kRelations[r];
  Counts rows(kSuggestRowsTotal.in(lang), lang);
  for (std::size_t r = 0; r < kRelations.size(); ++r)
    rows.add(relation_phrase(kRelations[r]).in(lang), per_relation[r]);
  rows.add(kTotal.in(lang), analysis::proposed_row_count(view.suggestions));
  std::string out = html::heading(2, kSuggestSummaryHeading.in(lang));
  out += "<div class=\"side-by-side\">\n" + html::table(norms.table) + html::table(rows.table);
  if (view.reconciled) {
    Counts existing(kSuggestExistingHead.in(lang), lang);
    existing.add(fill(kSuggestKeptFrom, lang, view.existing_path), view.reconciled->kept.size());
    existing.add(fill(kSuggestAlreadyMapped, lang, view.a.reference()),
                 view.reconciled->mapped_sources);
    existing.add(kSuggestContradictions.in(lang), view.reconciled->contradictions.size());
    out += html::table(existing.table);
  }
  out += "</div>\n";
  if (view.catalog)
    out += html::paragraph(fill(kSuggestCatalogHas, lang, view.a.reference(), view.b.reference(),
                                view.catalog->rows, view.catalog->would_add));
  return out;
}

/// The candidate's target: ID, title and text, the matched words marked.
std::string target_cell(const model::Norm* target, const analysis::Candidate& c,
                        const MatchedWords& matched) {
  std::string out = "<strong>" + escape(c.target) + "</strong>";
  if (!target) return out;
  out += " " + highlight(target->title, matched, Markup::Html);
  if (!target->text.empty())
    out += "<br><span class=\"normtext\">" + highlight(target->text, matched, Markup::Html) +
           "</span>";
  return out;
}

std::string coverage_cell(const SuggestView& view, const std::string& source,
                          const analysis::Candidate& c, Lang lang) {
  std::string out =
      escape(fill(kSuggestHasShare, lang, c.target, percent(c.source_covered), source)) + "<br>" +
      escape(fill(kSuggestHasShare, lang, source, percent(c.target_covered), c.target));
  if (const auto why = numbering_line(view, source, c, lang); !why.empty())
    out += "<br>" + escape(why);
  return out;
}

std::string candidates(const SuggestView& view, Lang lang) {
  const analysis::TermAnalyzer source_words_of(view.suggestions.source_language);
  const analysis::TermAnalyzer target_words_of(view.suggestions.target_language);
  std::string out = html::heading(2, fmt::format("{} ({})", kSuggestCandidates.in(lang),
                                                 norms_with_candidates(view.suggestions)));
  out += html::paragraph(fill(kSuggestMarked, lang, view.a.reference(), view.b.reference()));
  for (const auto& norm : view.suggestions.norms) {
    if (norm.candidates.empty()) continue;
    const model::Norm* source = view.a.find_norm(norm.source);
    out += "<section class=\"suggest-norm\">\n";
    out += html::heading(3, norm.source + (source ? " " + source->title : std::string()));
    if (source && !source->text.empty())
      out += "<p class=\"normtext\">" +
             highlight(source->text, MatchedWords(source_words_of, all_source_words(norm)),
                       Markup::Html) +
             "</p>\n";
    html::Table table{
        fill(kSuggestCandidatesFor, lang, view.b.reference(), norm.source),
        {escape(kSuggestRank.in(lang)), escape(fill(kSuggestNormIn, lang, view.b.reference())),
         escape(kScore.in(lang)), escape(kSuggestRelation.in(lang)),
         escape(kSuggestCoverageHead.in(lang)), escape(capitalised(kSuggestSharedTerms.in(lang)))},
        {},
        99};
    std::size_t rank = 0;
    for (const auto& c : norm.candidates) {
      const MatchedWords matched(target_words_of, c.target_words);
      table.rows.push_back(
          {std::to_string(++rank), target_cell(view.b.find_norm(c.target), c, matched),
           html::meter(c.score, fmt::format("{:.2f}", c.score)),
           escape(relation_phrase(c.relation).in(lang)), coverage_cell(view, norm.source, c, lang),
           escape(util::join(c.terms, ", "))});
    }
    out += "<div class=\"candidates\">" + html::table(table) + "</div>\n</section>\n";
  }
  return out;
}

std::string unmapped(const SuggestView& view, Lang lang) {
  const auto ids = unmapped_norms(view);
  if (ids.empty()) return {};
  std::string out = html::heading(2, fmt::format("{} ({})", kSuggestUnmapped.in(lang), ids.size()));
  out += "<ul class=\"items\">\n";
  for (const auto& id : ids) {
    const model::Norm* norm = view.a.find_norm(id);
    out += "<li>" + escape(norm ? norm_label(*norm) : id) + "</li>\n";
  }
  return out + "</ul>\n";
}

const Phrase& kind_phrase(analysis::Contradiction::Kind kind) {
  switch (kind) {
    case analysis::Contradiction::Kind::OtherTarget:
      return kSuggestOtherTarget;
    case analysis::Contradiction::Kind::OtherRelation:
      return kSuggestOtherRelation;
    case analysis::Contradiction::Kind::NotRelated:
      break;
  }
  return kSuggestExpertNotRelated;
}

std::string contradictions(const SuggestView& view, Lang lang) {
  if (!view.reconciled || view.reconciled->contradictions.empty()) return {};
  const auto& list = view.reconciled->contradictions;
  html::Table table{{},
                    {escape(kNorm.in(lang)), escape(kSuggestExpertRow.in(lang)),
                     escape(kSuggestTextsPoint.in(lang)), escape(kSuggestKind.in(lang))},
                    {},
                    99};
  for (const auto& c : list) {
    const model::Norm* source = view.a.find_norm(c.expert.source);
    table.rows.push_back({escape(source ? norm_label(*source) : c.expert.source),
                          escape(fmt::format("{} — {}", c.expert.target,
                                             relation_phrase(c.expert.relation).in(lang))),
                          escape(fmt::format("{} — {}, {} {:.2f}", c.suggested.target,
                                             relation_phrase(c.suggested.relation).in(lang),
                                             kSuggestScore.in(lang), c.suggested.score)),
                          escape(kind_phrase(c.kind).in(lang))});
  }
  return html::heading(2, fmt::format("{} ({})", kSuggestContradictions.in(lang), list.size())) +
         html::table(table);
}

}  // namespace

std::string render_suggestions_html(const SuggestView& view, Lang lang) {
  const std::string name = fill(kSuggestTitle, lang, view.a.reference(), view.b.reference());
  std::string body = cover(view, name, lang);
  body += summary(view, lang);
  body += candidates(view, lang);
  body += unmapped(view, lang);
  body += contradictions(view, lang);
  body += html::about_sets_section({&view.a, &view.b}, lang);
  return html::document({name, {}, name}, lang, body);
}

}  // namespace labeltool::report
