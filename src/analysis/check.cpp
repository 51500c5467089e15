#include "analysis/check.hpp"

#include <algorithm>
#include <unordered_map>

#include "model/scale.hpp"
#include "util/text.hpp"

namespace labeltool::analysis {
namespace {

using model::Meaning;
using model::scale_list;

/// Ways people write "not applicable"; used to explain why such a score is refused.
bool looks_not_applicable(std::string_view score) {
  const std::string lowered = util::ascii_lower(util::trim(score));
  for (const char* form : {"niet van toepassing", "n.v.t.", "n.v.t", "nvt", "n/a", "na",
                           "not applicable", "niet-van-toepassing"})
    if (lowered == form) return true;
  return false;
}

void count(Tally& tally, const model::NormSet& set, std::string_view score, Meaning meaning) {
  for (std::size_t i = 0; i < set.scale.size(); ++i)
    if (set.scale[i].value == score) ++tally.per_value[i];
  switch (meaning) {
    case Meaning::Met: ++tally.met; break;
    case Meaning::PartlyMet: ++tally.partly_met; break;
    case Meaning::NotMet: ++tally.not_met; break;
    case Meaning::NotApplicable: ++tally.not_applicable; break;
  }
}

}  // namespace

std::optional<double> Tally::met_percent() const {
  if (assessed() == 0) return std::nullopt;
  return 100.0 * static_cast<double>(met) / static_cast<double>(assessed());
}

std::optional<Meaning> meaning_of(const model::NormSet& set, std::string_view score) {
  if (const auto* value = set.find_scale_value(score)) return value->meaning;
  return std::nullopt;
}

CheckResult check_zelfevaluatie(const model::Zelfevaluatie& z, const model::NormSet& set,
                                std::string_view today) {
  CheckResult result;
  const SourceFile& source = *z.source;
  const auto report = [&](Position position, Code code, std::string message,
                          const model::Norm* about = nullptr) {
    result.diagnostics.push_back(make_diagnostic(source, position, code, std::move(message)));
    if (about) result.findings_by_norm[about].push_back(code);
  };

  std::vector<std::string> scope_ids;
  for (const auto& scope : set.scopes) scope_ids.push_back(scope.id);
  for (const auto& scope : z.scope) {
    if (std::find(scope_ids.begin(), scope_ids.end(), scope) != scope_ids.end()) continue;
    std::string message = "scope '" + util::escape_control(scope) + "' is not declared by " +
                          set.reference();
    if (auto suggestion = util::closest_match(scope, scope_ids)) {
      message += " (did you mean '" + *suggestion + "'?)";
    } else if (!scope_ids.empty()) {
      message += "; it has: ";
      for (std::size_t i = 0; i < scope_ids.size(); ++i) message += (i ? ", " : "") + scope_ids[i];
    }
    report(z.scope_position, Code::UnknownScope, std::move(message));
  }

  std::unordered_map<std::string, const model::Answer*> answer_of;
  const auto norm_ids = set.norm_ids();
  for (const auto& answer : z.answers) {
    if (!set.find_norm(answer.norm_id)) {
      std::string message = "answer for '" + util::escape_control(answer.norm_id) +
                            "', but norm set " + set.reference() + " has no norm " +
                            util::escape_control(answer.norm_id);
      if (auto suggestion = util::closest_match(answer.norm_id, norm_ids))
        message += " (did you mean '" + *suggestion + "'?)";
      report(answer.position, Code::UnknownNorm, std::move(message));
      continue;
    }
    answer_of.emplace(answer.norm_id, &answer);  // the first answer counts; a second is a duplicate-key
  }

  const std::size_t values = set.scale.size();
  result.total.per_value.assign(values, 0);
  for (const auto& theme : set.themes) {
    ThemeResult theme_result{&theme, {}};
    theme_result.tally.per_value.assign(values, 0);
    for (const auto& norm : theme.norms) {
      const auto found = answer_of.find(norm.id);
      const model::Answer* answer = found == answer_of.end() ? nullptr : found->second;
      const bool required = norm.applies_to_any(z.scope);
      if (!required) {
        if (answer) {
          report(answer->position, Code::OutOfScope,
                 "norm " + norm.id + " applies only to " + util::join(norm.applies_to) +
                     ", which is not in this zelfevaluatie's scope; the answer is not counted",
                 &norm);
        }
        continue;
      }
      ++theme_result.tally.required;
      std::optional<Meaning> meaning;
      if (answer) {
        meaning = meaning_of(set, answer->score);
        if (!meaning) {
          if (looks_not_applicable(answer->score) && !set.allows_not_applicable()) {
            report(answer->score_position, Code::NotApplicableNotAllowed,
                   "norm set " + set.reference() + " does not allow '" +
                       util::escape_control(answer->score) + "'; every norm in scope must be scored: " +
                       scale_list(set),
                   &norm);
          } else if (!answer->score.empty()) {
            std::vector<std::string> scale_values;
            for (const auto& v : set.scale) scale_values.push_back(v.value);
            std::string message = "score '" + util::escape_control(answer->score) +
                                  "' is not on the scale of " + set.reference() + " (" +
                                  scale_list(set) + ")";
            if (auto suggestion = util::closest_match(answer->score, scale_values))
              message += "; did you mean '" + *suggestion + "'?";
            report(answer->score_position, Code::InvalidScore, std::move(message), &norm);
          }
        }
      }
      result.rows.emplace_back(&norm, answer);
      if (!meaning) {
        ++theme_result.tally.unanswered;
        if (!answer || answer->score.empty()) {
          report(answer ? answer->position : z.answers_position, Code::MissingAnswer,
                 "norm " + norm.id + " (" + util::escape_control(norm.title) + ") has no answer", &norm);
        }
        result.gaps.push_back({&norm, answer, std::nullopt});
        continue;
      }
      count(theme_result.tally, set, answer->score, *meaning);

      const bool gap = *meaning == Meaning::PartlyMet || *meaning == Meaning::NotMet;
      if (*meaning != Meaning::Met && answer->toelichting.empty()) {
        report(answer->score_position, Code::MissingToelichting,
               "norm " + norm.id + " is scored '" + answer->score +
                   "' without a toelichting; explain " +
                   (*meaning == Meaning::NotApplicable ? "why it does not apply" : "what is missing"),
               &norm);
      }
      if (!norm.evidence.empty() && answer->evidence.empty() &&
          (*meaning == Meaning::Met || *meaning == Meaning::PartlyMet)) {
        report(answer->position, Code::MissingEvidence,
               "norm " + norm.id + " names no evidence; an auditor will ask for: " +
                   util::escape_control(util::join(norm.evidence, "; ")),
               &norm);
        result.missing_evidence.push_back(&norm);
      }
      if (gap) {
        std::vector<std::string> missing;
        if (answer->action.empty()) missing.emplace_back("action");
        if (answer->owner.empty()) missing.emplace_back("owner");
        if (answer->due.empty()) missing.emplace_back("due");
        if (!missing.empty()) {
          std::string list;
          for (std::size_t i = 0; i < missing.size(); ++i) list += (i ? ", " : "") + missing[i];
          report(answer->score_position, Code::MissingAction,
                 "norm " + norm.id + " is a gap ('" + answer->score + "') without " + list, &norm);
        }
        result.gaps.push_back({&norm, answer, *meaning});
      }
      if (!answer->due.empty() && util::is_iso_date(answer->due) && answer->due < today) {
        report(answer->due_position, Code::DueInPast,
               "the action for norm " + norm.id + " was due on " + answer->due + " (today is " +
                   std::string(today) + ")", &norm);
      }
    }
    const auto& t = theme_result.tally;
    for (std::size_t i = 0; i < values; ++i) result.total.per_value[i] += t.per_value[i];
    result.total.required += t.required;
    result.total.unanswered += t.unanswered;
    result.total.met += t.met;
    result.total.partly_met += t.partly_met;
    result.total.not_met += t.not_met;
    result.total.not_applicable += t.not_applicable;
    result.themes.push_back(std::move(theme_result));
  }

  // The verdict, by the set's own rule. Unanswered norms leave it undecided.
  Verdict& verdict = result.verdict;
  if (set.verdict) {
    const auto& rule = *set.verdict;
    using K = VerdictLimit::Kind;
    if (rule.max_not_met) {
      verdict.limits.push_back({K::MaxNotMet, static_cast<double>(result.total.not_met),
                                static_cast<double>(*rule.max_not_met),
                                static_cast<long long>(result.total.not_met) <= *rule.max_not_met});
    }
    if (rule.max_partly_met) {
      verdict.limits.push_back({K::MaxPartlyMet, static_cast<double>(result.total.partly_met),
                                static_cast<double>(*rule.max_partly_met),
                                static_cast<long long>(result.total.partly_met) <= *rule.max_partly_met});
    }
    if (rule.min_met_percent) {
      const double actual = result.total.met_percent().value_or(0.0);
      verdict.limits.push_back({K::MinMetPercent, actual, *rule.min_met_percent,
                                actual + 1e-9 >= *rule.min_met_percent});
    }
  }
  const bool all_ok = std::all_of(verdict.limits.begin(), verdict.limits.end(),
                                   [](const VerdictLimit& l) { return l.ok; });
  verdict.outcome = result.total.unanswered > 0 ? Verdict::Outcome::Incomplete
                    : all_ok                    ? Verdict::Outcome::Pass
                                                : Verdict::Outcome::Fail;
  sort_by_position(result.diagnostics);
  return result;
}

}  // namespace labeltool::analysis
