#pragma once
/// The words of reports for people, in Dutch (the default) and English.
#include <string_view>

namespace labeltool::report {

enum class Lang { Nl, En };

struct Words {
  std::string_view norms, text, guidance, evidence, applies_to, discipline, status, owner,
      valid_from, sources, extends, illustrative, draft, themes, scale, verdict;
  // check
  std::string_view zelfevaluatie, normset, scope, all_scopes, date, filled_in_by, standing,
      theme, total, open, percent_met, of, verdict_pass, verdict_fail, verdict_incomplete,
      without_answer, allowed, at_least, gaps, no_gaps, action, due, no_answer, missing_evidence,
      expected, findings, none, partly_met_short, not_met_short, not_applicable_short, met_short,
      outcome;
  // progress
  std::string_view better, worse, added, unchanged, removed, changes;
};

const Words& words(Lang lang);

/// One phrase in the report's language, for phrases used in one report only.
constexpr std::string_view tr(Lang lang, std::string_view nl, std::string_view en) {
  return lang == Lang::Nl ? nl : en;
}

}  // namespace labeltool::report
