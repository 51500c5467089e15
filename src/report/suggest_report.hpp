#pragma once
/// The reports of `labeltool suggest`: the candidates per source norm for people (text,
/// Markdown with the matched words in bold, HTML with them marked), for tools (JSON, CSV),
/// and the draft crosswalk.
#include <optional>
#include <string>
#include <vector>

#include "analysis/suggest.hpp"
#include "report/format.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// A crosswalk between the same two sets found in the norm-set folders, and how many rows
/// suggest would add to it for the norms it leaves unmapped.
struct CatalogCrosswalk {
  std::size_t rows = 0;
  std::size_t would_add = 0;
};

/// Everything a suggest report shows.
struct SuggestView {
  const model::NormSet& a;
  const model::NormSet& b;
  const analysis::Suggestions& suggestions;  ///< the proposals to show
  const analysis::Reconciled* reconciled;    ///< with --existing, else nullptr
  std::string existing_path;                 ///< the --existing file, for messages
  std::optional<CatalogCrosswalk> catalog;   ///< without --existing: one in the folders
  analysis::SuggestOptions settings{};       ///< the --top and --min-score used, for people
};

/// The report in `format` (Text, Markdown, Html, Json or Csv).
std::string render_suggestions(const SuggestView& view, Format format, Lang lang);

/// The draft crosswalk (crosswalk/1, method: suggested): the kept rows of --existing as
/// they were, then every proposal with review: proposed, its score and its evidence.
std::string render_draft_crosswalk(const SuggestView& view, Lang lang);

/// How many rows the draft crosswalk holds, kept and proposed.
std::size_t draft_row_count(const SuggestView& view);

// ── Shared by the reports for people (text, Markdown, HTML) ────────────────────────────
/// The relation in words: "gelijk", "smaller dan (subset)", …
const Phrase& relation_phrase(model::Relation relation);

/// The norms of A that got a candidate.
std::size_t norms_with_candidates(const analysis::Suggestions& suggestions);

/// The norms of A that suggest looked at: with --existing only those it did not map yet.
std::size_t considered_norms(const SuggestView& view);

/// The norms of A that stay unmapped: no candidate, and no decided row of --existing (they
/// are unknown, never "not related").
std::vector<std::string> unmapped_norms(const SuggestView& view);

/// "44 proposed rows for 29 of 52 norms; 23 without a proposal", in `lang`.
std::string suggest_summary_line(const SuggestView& view, Lang lang);

/// The matched words of a source norm over all its candidates: what its text marks.
std::vector<std::string> all_source_words(const analysis::NormSuggestions& norm);

/// Why a candidate's relation came from the numbering ("9.2.1 is a sub-clause of 9.2, which
/// ISO… does not hold as a norm"), or "" when it came from the coverage figures.
std::string numbering_line(const SuggestView& view, const std::string& source,
                           const analysis::Candidate& c, Lang lang);

/// "80": a share 0..1 as a whole percentage.
int percent(double share);

}  // namespace labeltool::report
