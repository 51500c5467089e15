#pragma once
/// The parts of a check report that every format for people shares (text, Markdown, HTML):
/// what counts as an improvement point, the to-do list, a share in words, a path as shown.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "report/check_report.hpp"
#include "util/text.hpp"

namespace labeltool::report {

/// The scale value that stands for `meaning` in this set (e.g. "voldoet deels"), or the
/// meaning's own name when the scale has none.
std::string value_for(const model::NormSet& set, model::Meaning meaning);
/// The share met of the norms answered, e.g. "75% (3 van 4; 2 open niet meegeteld)".
std::string percent(const analysis::Tally& tally, Lang lang);
/// "44 van 46": norms answered of the norms that apply to the scope.
std::string answered(const analysis::Tally& tally, Lang lang);
/// "Ingevuld: 44 van 46 normen die voor deze scope gelden".
std::string answered_line(const analysis::Tally& total, Lang lang);
/// The findings a report for people lists one by one: all but the to-do list.
Diagnostics findings_to_list(const CheckedFile& file);
/// Per theme, the IDs of the norms not answered yet, in set order; themes without any left out.
std::vector<std::pair<const model::Theme*, std::vector<std::string>>> not_yet_answered(
    const analysis::CheckResult& result);
/// How many IDs `groups` holds.
std::size_t count_ids(
    const std::vector<std::pair<const model::Theme*, std::vector<std::string>>>& groups);
/// True for an answer whose score is not on the scale.
bool has_invalid_score(const analysis::Gap& gap);
/// The gaps that are improvement points: scored partly or not met, or off the scale.
std::vector<const analysis::Gap*> improvement_points(const analysis::CheckResult& result);
/// A path as the reader of a document should see it: never the layout of someone's disk.
std::string shown_path(const std::string& path);
/// A gap's label: its scale value, or for a score off the scale that score.
std::string gap_label(const analysis::Gap& gap, const model::NormSet& set, Lang lang);
/// The standing table's column head for a scale value that means `meaning`.
const Phrase& column_head(model::Meaning meaning);

/// The zelfevaluatie's scopes, or the word for all of them; `escape` makes input text safe.
template <typename Escape>
std::string scope_text(const model::Zelfevaluatie& z, Lang lang, Escape escape) {
  return z.scope.empty() ? std::string(kAllScopes.in(lang)) : escape(util::join(z.scope));
}

/// "Actie: … (owner, uiterlijk …)", or "" when the answer names no action.
template <typename Escape>
std::string action_text(const model::Answer* answer, Lang lang, Escape escape) {
  if (!answer || answer->action.empty()) return {};
  std::string line = fmt::format("{}: {}", kAction.in(lang), escape(answer->action));
  std::vector<std::string> who_when;
  if (!answer->owner.empty()) who_when.push_back(escape(answer->owner));
  if (!answer->due.empty())
    who_when.push_back(fmt::format("{} {}", kDue.in(lang), escape(answer->due)));
  if (!who_when.empty()) line += " (" + util::join(who_when) + ")";
  return line;
}

}  // namespace labeltool::report
