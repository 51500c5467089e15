#pragma once
/// `labeltool check`: a zelfevaluatie against its norm set — findings, where the
/// organisation stands per theme, the verdict by the set's own rule, and what is left to do.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"

namespace labeltool::analysis {

/// Counts for one theme, or for the whole set.
struct Tally {
  std::vector<std::size_t> per_value;  ///< per scale value, in scale order
  std::size_t required = 0;            ///< norms that apply to the scope
  std::size_t unanswered = 0;          ///< required norms without a (valid) answer
  std::size_t invalid = 0;  ///< of those, the ones answered with a score not on the scale
  std::size_t met = 0, partly_met = 0, not_met = 0, not_applicable = 0;
  /// Norms answered and applicable: the denominator of the share met.
  std::size_t assessed() const { return met + partly_met + not_met; }
  /// met / assessed, as a percentage; nullopt when nothing was assessed.
  std::optional<double> met_percent() const;
};

struct ThemeResult {
  const model::Theme* theme;
  Tally tally;
};

/// One limit of the verdict rule and how the zelfevaluatie measures up to it.
struct VerdictLimit {
  enum class Kind { MaxNotMet, MaxPartlyMet, MinMetPercent } kind;
  double actual = 0;
  double allowed = 0;
  bool ok = true;
};

struct Verdict {
  enum class Outcome { Pass, Fail, Incomplete } outcome = Outcome::Incomplete;
  std::vector<VerdictLimit> limits;
};

/// A norm that is not fully met, with what the organisation plans.
struct Gap {
  const model::Norm* norm;
  const model::Answer* answer;            ///< nullptr when the norm is unanswered
  std::optional<model::Meaning> meaning;  ///< nullopt: no answer, or a score off the scale
};

struct CheckResult {
  Diagnostics diagnostics;
  std::vector<ThemeResult> themes;
  Tally total;
  Verdict verdict;
  std::vector<Gap> gaps;                             ///< partly met, not met, unanswered
  std::vector<const model::Norm*> missing_evidence;  ///< evidence expected, none named
  /// Codes of the findings about each norm, for per-norm tables.
  std::unordered_map<const model::Norm*, std::vector<Code>> findings_by_norm;
  /// Every norm in scope with its answer (nullptr when unanswered), in set order.
  std::vector<std::pair<const model::Norm*, const model::Answer*>> rows;
};

/// Checks `zelfevaluatie` against its resolved `set`. `today` (YYYY-MM-DD) decides which
/// due dates have passed.
CheckResult check_zelfevaluatie(const model::Zelfevaluatie& zelfevaluatie,
                                const model::NormSet& set, std::string_view today);

/// Receives each finding about one score: its code and its words.
using ScoreFindings = std::function<void(Code code, Message message)>;

/// The value of `set`'s scale that `score` is, read as check reads every score: the scale's
/// own spelling; the same once capitals and spaces are ignored, with a score-spelling warning
/// naming what was read; or nullptr, with invalid-score (did you mean, in Dutch usage too) or
/// not-applicable-not-allowed. An empty score is nullptr without a finding.
const model::ScaleValue* read_scale_value(const model::NormSet& set, std::string_view score,
                                          const ScoreFindings& report);

/// The meaning of a score on `set`'s scale, or nullopt when it is not a scale value.
std::optional<model::Meaning> meaning_of(const model::NormSet& set, std::string_view score);

}  // namespace labeltool::analysis
