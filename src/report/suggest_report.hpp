#pragma once
/// The reports of `labeltool suggest`: the candidates per source norm for people (text, and
/// Markdown with the matched words in bold), for tools (JSON, CSV), and the draft crosswalk.
#include <optional>
#include <string>

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
};

/// The report in `format` (Text, Markdown, Json or Csv).
std::string render_suggestions(const SuggestView& view, Format format, Lang lang);

/// The draft crosswalk (crosswalk/1, method: suggested): the kept rows of --existing as
/// they were, then every proposal with review: proposed, its score and its evidence.
std::string render_draft_crosswalk(const SuggestView& view, Lang lang);

/// How many rows the draft crosswalk holds, kept and proposed.
std::size_t draft_row_count(const SuggestView& view);

}  // namespace labeltool::report
