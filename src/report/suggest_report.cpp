#include "report/suggest_report.hpp"

#include <fmt/core.h>

#include <cmath>
#include <set>
#include <vector>

#include "report/common.hpp"
#include "report/highlight.hpp"
#include "report/markdown.hpp"
#include "report/suggest_html.hpp"
#include "util/csv_writer.hpp"
#include "util/json.hpp"
#include "util/text.hpp"
#include "yaml/writer.hpp"

namespace labeltool::report {
namespace {

/// Figures are shown to four decimals: enough to rank, and stable to compare byte for byte.
double rounded(double value) { return std::round(value * 10'000.0) / 10'000.0; }

std::string two_decimals(double value) { return fmt::format("{:.2f}", value); }

std::string title_of(const model::NormSet& set, const std::string& id) {
  const model::Norm* norm = set.find_norm(id);
  return norm ? norm->title : std::string();
}

std::string coverage_line(const std::string& source, const analysis::Candidate& c, Lang lang) {
  return fill(kSuggestCoverage, lang, c.target, percent(c.source_covered), source, source,
              percent(c.target_covered), c.target);
}

/// The norms that stay unmapped: never "not related".
std::string unmapped_for_people(const SuggestView& view, const Layout& layout, Lang lang) {
  const auto unmapped = unmapped_norms(view);
  if (unmapped.empty()) return {};
  std::string out = layout.heading(kSuggestUnmapped.in(lang), unmapped.size());
  for (const auto& id : unmapped) out += layout.item(id + " " + title_of(view.a, id));
  return out;
}

/// The lines every report for people starts with.
std::string preamble(const SuggestView& view, Format format, Lang lang) {
  const bool markdown = format == Format::Markdown;
  std::string out = fmt::format(markdown ? "# {}\n\n" : "{}\n",
                                fill(kSuggestTitle, lang, view.a.reference(), view.b.reference()));
  out += status_banners({&view.a, &view.b}, lang, format);
  out += std::string(kSuggestNotice.in(lang)) + (markdown ? "\n\n" : "\n");
  out += suggest_summary_line(view, lang) + (markdown ? "\n\n" : "\n");
  if (view.reconciled)
    out += fill(kSuggestKept, lang, view.reconciled->kept.size(),
                markdown ? markdown_escape(view.existing_path) : view.existing_path,
                view.reconciled->mapped_sources) +
           (markdown ? "\n\n" : "\n");
  if (view.catalog)
    out += fill(kSuggestCatalogHas, lang, view.a.reference(), view.b.reference(),
                view.catalog->rows, view.catalog->would_add) +
           (markdown ? "\n\n" : "\n");
  return out;
}

std::string contradictions_for_people(const SuggestView& view, const Layout& layout, Lang lang) {
  if (!view.reconciled || view.reconciled->contradictions.empty()) return {};
  std::string out =
      layout.heading(kSuggestContradictions.in(lang), view.reconciled->contradictions.size());
  for (const auto& c : view.reconciled->contradictions)
    out += layout.item(fill(kSuggestExpertSays, lang, c.expert.source, c.expert.target,
                            model::relation_name(c.expert.relation), c.suggested.target,
                            model::relation_name(c.suggested.relation),
                            two_decimals(c.suggested.score)));
  return out;
}

std::string text_report(const SuggestView& view, Lang lang) {
  const Layout layout{Format::Text};
  std::string out = preamble(view, Format::Text, lang);
  out += layout.heading(kSuggestCandidates.in(lang), norms_with_candidates(view.suggestions));
  for (const auto& norm : view.suggestions.norms) {
    if (norm.candidates.empty()) continue;
    out += util::escape_control(norm.source + " " + title_of(view.a, norm.source)) + "\n";
    for (const auto& c : norm.candidates) {
      out += util::escape_control(
                 fmt::format("  {:<10} {}  {:<10} {} [{}: {}]", c.target, two_decimals(c.score),
                             model::relation_name(c.relation), title_of(view.b, c.target),
                             kSuggestSharedTerms.in(lang), util::join(c.terms, ", "))) +
             "\n";
      if (const auto why = numbering_line(view, norm.source, c, lang); !why.empty())
        out += util::escape_control(fmt::format("  {:<10} ({})", "", why)) + "\n";
    }
  }
  out += unmapped_for_people(view, layout, lang);
  out += contradictions_for_people(view, layout, lang);
  return out;
}

std::string markdown_report(const SuggestView& view, Lang lang) {
  const Layout layout{Format::Markdown};
  std::string out = preamble(view, Format::Markdown, lang);
  const analysis::TermAnalyzer source_words_of(view.suggestions.source_language);
  const analysis::TermAnalyzer target_words_of(view.suggestions.target_language);
  for (const auto& norm : view.suggestions.norms) {
    if (norm.candidates.empty()) continue;
    const model::Norm* source = view.a.find_norm(norm.source);
    out += fmt::format("\n## {} {}\n\n", markdown_escape(norm.source),
                       markdown_escape(source ? source->title : ""));
    const MatchedWords source_matched(source_words_of, all_source_words(norm));
    if (source) out += "> " + highlight(source->text, source_matched, Markup::Markdown) + "\n\n";
    std::size_t rank = 0;
    for (const auto& c : norm.candidates) {
      const model::Norm* target = view.b.find_norm(c.target);
      const MatchedWords target_matched(target_words_of, c.target_words);
      out += fmt::format(
          "{}. **{}** {} — {} · {} {}\n", ++rank, markdown_escape(c.target),
          target ? highlight(target->title, target_matched, Markup::Markdown) : std::string(),
          relation_phrase(c.relation).in(lang), kSuggestScore.in(lang), two_decimals(c.score));
      if (target && !target->text.empty())
        out += "   > " + highlight(target->text, target_matched, Markup::Markdown) + "\n";
      out += fmt::format("   - {}: {}\n", capitalised(kSuggestSharedTerms.in(lang)),
                         markdown_escape(util::join(c.terms, ", ")));
      out += "   - " + markdown_escape(coverage_line(norm.source, c, lang)) + "\n";
      if (const auto why = numbering_line(view, norm.source, c, lang); !why.empty())
        out += "   - " + markdown_escape(why) + "\n";
    }
  }
  out += unmapped_for_people(view, layout, lang);
  out += contradictions_for_people(view, layout, lang);
  return out;
}

void candidate_json(util::JsonWriter& json, const analysis::Candidate& c) {
  json.begin_object().key("target").value(c.target);
  json.key("score").value(rounded(c.score));
  json.key("similarity").value(rounded(c.similarity));
  json.key("theme_similarity").value(rounded(c.theme_similarity));
  json.key("relation").value(model::relation_name(c.relation));
  json.key("relation_basis").value(analysis::relation_basis_name(c.relation_basis));
  json.key("source_covered").value(rounded(c.source_covered));
  json.key("target_covered").value(rounded(c.target_covered));
  json.key("terms").begin_array();
  for (const auto& term : c.terms) json.value(term);
  json.end_array().end_object();
}

std::string json_report(const SuggestView& view) {
  util::JsonWriter json;
  json.begin_object().key("schema").value("labeltool-suggest/1");
  json.key("source").value(view.a.reference()).key("target").value(view.b.reference());
  json.key("source_language").value(analysis::text_language_name(view.suggestions.source_language));
  json.key("target_language").value(analysis::text_language_name(view.suggestions.target_language));
  json.key("proposed_rows")
      .value(static_cast<std::uint64_t>(analysis::proposed_row_count(view.suggestions)));
  json.key("norms").begin_array();
  for (const auto& norm : view.suggestions.norms) {
    json.begin_object().key("source").value(norm.source).key("candidates").begin_array();
    for (const auto& c : norm.candidates) candidate_json(json, c);
    json.end_array().end_object();
  }
  json.end_array();
  if (view.reconciled) {
    json.key("existing").begin_object();
    json.key("file").value(view.existing_path);
    json.key("kept_rows").value(static_cast<std::uint64_t>(view.reconciled->kept.size()));
    json.key("mapped_sources").value(static_cast<std::uint64_t>(view.reconciled->mapped_sources));
    json.key("contradictions").begin_array();
    for (const auto& c : view.reconciled->contradictions) {
      json.begin_object().key("kind").value(analysis::contradiction_kind_name(c.kind));
      json.key("source").value(c.expert.source).key("expert_target").value(c.expert.target);
      json.key("expert_relation").value(model::relation_name(c.expert.relation));
      json.key("suggested");
      candidate_json(json, c.suggested);
      json.end_object();
    }
    json.end_array().end_object();
  }
  if (view.catalog) {
    json.key("catalog_crosswalk").begin_object();
    json.key("rows").value(static_cast<std::uint64_t>(view.catalog->rows));
    json.key("would_add").value(static_cast<std::uint64_t>(view.catalog->would_add));
    json.end_object();
  }
  json.end_object();
  return json.str() + "\n";
}

std::string csv_report(const SuggestView& view) {
  std::string out = util::csv_row({"source", "target", "rank", "score", "relation",
                                   "source_covered", "target_covered", "terms"});
  for (const auto& norm : view.suggestions.norms) {
    std::size_t rank = 0;
    for (const auto& c : norm.candidates)
      out += util::csv_row(
          {norm.source, c.target, std::to_string(++rank), fmt::format("{:.4f}", c.score),
           std::string(model::relation_name(c.relation)), fmt::format("{:.4f}", c.source_covered),
           fmt::format("{:.4f}", c.target_covered), util::join(c.terms, "; ")});
  }
  return out;
}

void mapping_yaml(std::string& out, const model::Mapping& row) {
  out += "  - source: " + yaml::quote(row.source) + "\n";
  out += "    target: " + yaml::quote(row.target) + "\n";
  out += "    relation: " + std::string(model::relation_name(row.relation)) + "\n";
  if (row.strength) out += "    strength: " + std::to_string(*row.strength) + "\n";
  if (!row.rationale.empty()) out += "    rationale: " + yaml::quote(row.rationale) + "\n";
  if (!row.note.empty()) out += "    note: " + yaml::quote(row.note) + "\n";
  if (row.review == model::Review::Proposed) out += "    review: proposed\n";
  if (row.score) out += fmt::format("    score: {:.4f}\n", *row.score);
  const auto& evidence = row.evidence;
  if (evidence.terms.empty() && !evidence.source_covered && !evidence.target_covered) return;
  out += "    evidence:\n";
  if (!evidence.terms.empty()) {
    out += "      terms:\n";
    for (const auto& term : evidence.terms) out += "        - " + yaml::quote(term) + "\n";
  }
  if (evidence.source_covered)
    out += fmt::format("      source_covered: {:.4f}\n", *evidence.source_covered);
  if (evidence.target_covered)
    out += fmt::format("      target_covered: {:.4f}\n", *evidence.target_covered);
}

}  // namespace

const Phrase& relation_phrase(model::Relation relation) {
  switch (relation) {
    case model::Relation::Equal:
      return kSuggestEqual;
    case model::Relation::Subset:
      return kSuggestSubset;
    case model::Relation::Superset:
      return kSuggestSuperset;
    case model::Relation::Intersects:
      return kSuggestIntersects;
    case model::Relation::NotRelated:
      break;
  }
  return kSuggestNotRelated;
}

std::string numbering_line(const SuggestView& view, const std::string& source,
                           const analysis::Candidate& c, Lang lang) {
  if (c.relation_basis != analysis::RelationBasis::Numbering) return {};
  // Superset: B holds the parts of A's norm; subset: A holds the parts of B's norm.
  return c.relation == model::Relation::Superset
             ? fill(kSuggestByNumbering, lang, c.target, source, view.b.reference())
             : fill(kSuggestByNumbering, lang, source, c.target, view.a.reference());
}

int percent(double share) { return static_cast<int>(std::lround(share * 100.0)); }

std::size_t norms_with_candidates(const analysis::Suggestions& suggestions) {
  std::size_t count = 0;
  for (const auto& norm : suggestions.norms) count += norm.candidates.empty() ? 0 : 1;
  return count;
}

std::size_t considered_norms(const SuggestView& view) {
  const std::size_t all = view.suggestions.norms.size();
  return view.reconciled ? all - std::min(all, view.reconciled->mapped_sources) : all;
}

std::vector<std::string> unmapped_norms(const SuggestView& view) {
  std::set<std::string> decided;
  if (view.reconciled)
    for (const auto& row : view.reconciled->kept) decided.insert(row.source);
  std::vector<std::string> unmapped;
  for (const auto& norm : view.suggestions.norms)
    if (norm.candidates.empty() && !decided.count(norm.source)) unmapped.push_back(norm.source);
  return unmapped;
}

std::string suggest_summary_line(const SuggestView& view, Lang lang) {
  const std::size_t with = norms_with_candidates(view.suggestions);
  const std::size_t considered = considered_norms(view);
  return fill(kSuggestSummary, lang, analysis::proposed_row_count(view.suggestions), with,
              considered, considered - std::min(considered, with));
}

std::vector<std::string> all_source_words(const analysis::NormSuggestions& norm) {
  std::vector<std::string> words;
  for (const auto& c : norm.candidates)
    words.insert(words.end(), c.source_words.begin(), c.source_words.end());
  return words;
}

std::size_t draft_row_count(const SuggestView& view) {
  return (view.reconciled ? view.reconciled->kept.size() : 0) +
         analysis::proposed_row_count(view.suggestions);
}

std::string render_suggestions(const SuggestView& view, Format format, Lang lang) {
  switch (format) {
    case Format::Markdown:
      return markdown_report(view, lang);
    case Format::Html:
      return render_suggestions_html(view, lang);
    case Format::Json:
      return json_report(view);
    case Format::Csv:
      return csv_report(view);
    default:
      return text_report(view, lang);
  }
}

std::string render_draft_crosswalk(const SuggestView& view, Lang lang) {
  const bool illustrative =
      view.a.status == model::Status::Illustrative || view.b.status == model::Status::Illustrative;
  std::string out = "# " + fill(kSuggestTitle, lang, view.a.reference(), view.b.reference()) + "\n";
  out += "# " + std::string(kSuggestNotice.in(lang)) + "\n";
  out += "labeltool: crosswalk/1\n";
  out += "source: " + yaml::quote(view.a.reference()) + "\n";
  out += "target: " + yaml::quote(view.b.reference()) + "\n";
  out += "method: suggested\n";
  out += std::string("status: ") + (illustrative ? "illustrative" : "draft") + "\n";
  out += "status_note: " + yaml::quote(kSuggestDraftNote.in(lang)) + "\n";
  const auto proposed = analysis::proposed_rows(view.suggestions);
  const std::size_t kept = view.reconciled ? view.reconciled->kept.size() : 0;
  if (proposed.empty() && kept == 0) return out + "mappings: []\n";
  out += "mappings:\n";
  if (view.reconciled)
    for (const auto& row : view.reconciled->kept) mapping_yaml(out, row);
  // A relation read from the numbering says so in the row's note (the evidence holds terms
  // and coverage figures only). proposed_rows keeps the norms' and candidates' order.
  std::size_t r = 0;
  for (const auto& norm : view.suggestions.norms)
    for (const auto& c : norm.candidates) {
      model::Mapping row = proposed[r++];
      row.note = numbering_line(view, norm.source, c, lang);
      mapping_yaml(out, row);
    }
  return out;
}

}  // namespace labeltool::report
