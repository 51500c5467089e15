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
    case Meaning::Met:
      ++tally.met;
      break;
    case Meaning::PartlyMet:
      ++tally.partly_met;
      break;
    case Meaning::NotMet:
      ++tally.not_met;
      break;
    case Meaning::NotApplicable:
      ++tally.not_applicable;
      break;
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

namespace {

/// One check of a zelfevaluatie against its set: the inputs, the result it builds, and its
/// steps, one rule or one level of the set each.
struct Check {
  Check(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& norm_set,
        std::string_view today_date)
      : z(zelfevaluatie), set(norm_set), today(today_date) {}

  CheckResult run();
  /// Adds a finding; `about` also files its code under that norm, for per-norm tables.
  void report(Position position, Code code, Message message, const model::Norm* about = nullptr);
  void check_scopes();
  void index_answers();
  ThemeResult check_theme(const model::Theme& theme);
  void check_norm(const model::Norm& norm, Tally& tally);
  std::optional<Meaning> score_meaning(const model::Norm& norm, const model::Answer* answer);
  void check_scored(const model::Norm& norm, const model::Answer* answer, Meaning meaning);
  void check_gap(const model::Norm& norm, const model::Answer* answer, Meaning meaning);

  const model::Zelfevaluatie& z;
  const model::NormSet& set;
  std::string_view today;
  CheckResult result;
  /// The answers by norm ID, filled by index_answers().
  std::unordered_map<std::string, const model::Answer*> answer_of;
};

void Check::report(Position position, Code code, Message message, const model::Norm* about) {
  result.diagnostics.push_back(make_diagnostic(*z.source, position, code, std::move(message)));
  if (about) result.findings_by_norm[about].push_back(code);
}

/// unknown-scope: each scope named by the zelfevaluatie must be declared by the set.
void Check::check_scopes() {
  std::vector<std::string> scope_ids;
  for (const auto& scope : set.scopes) scope_ids.push_back(scope.id);
  for (const auto& scope : z.scope) {
    if (std::find(scope_ids.begin(), scope_ids.end(), scope) != scope_ids.end()) continue;
    const std::string shown = util::escape_control(scope);
    Message message{"scope '" + shown + "' is not declared by " + set.reference(),
                    "scope '" + shown + "' komt niet voor in " + set.reference()};
    if (const Message hint = did_you_mean(scope, scope_ids); !hint.en.empty()) {
      message += hint;
    } else if (!scope_ids.empty()) {
      message += {"; it has: " + util::join(scope_ids), "; het kent: " + util::join(scope_ids)};
    }
    report(z.scope_position, Code::UnknownScope, std::move(message));
  }
}

/// unknown-norm for answers to norms the set does not have; the others go into answer_of.
void Check::index_answers() {
  const auto norm_ids = set.norm_ids();
  for (const auto& answer : z.answers) {
    if (!set.find_norm(answer.norm_id)) {
      const std::string id = util::escape_control(answer.norm_id);
      Message message{
          "answer for '" + id + "', but norm set " + set.reference() + " has no norm " + id,
          "er staat een antwoord bij '" + id + "', maar normenkader " + set.reference() +
              " heeft geen norm " + id};
      message += did_you_mean(answer.norm_id, norm_ids);
      report(answer.position, Code::UnknownNorm, std::move(message));
      continue;
    }
    answer_of.emplace(answer.norm_id,
                      &answer);  // the first answer counts; a second is a duplicate-key
  }
}

/// Adds the counts of one theme to the total.
void add_to(Tally& total, const Tally& theme) {
  for (std::size_t i = 0; i < total.per_value.size(); ++i) total.per_value[i] += theme.per_value[i];
  total.required += theme.required;
  total.unanswered += theme.unanswered;
  total.met += theme.met;
  total.partly_met += theme.partly_met;
  total.not_met += theme.not_met;
  total.not_applicable += theme.not_applicable;
}

/// The verdict, by the set's own rule, limit by limit. Unanswered norms leave it undecided.
Verdict verdict_of(const model::NormSet& set, const Tally& total) {
  Verdict verdict;
  if (set.verdict) {
    const auto& rule = *set.verdict;
    using K = VerdictLimit::Kind;
    if (rule.max_not_met) {
      verdict.limits.push_back({K::MaxNotMet, static_cast<double>(total.not_met),
                                static_cast<double>(*rule.max_not_met),
                                static_cast<long long>(total.not_met) <= *rule.max_not_met});
    }
    if (rule.max_partly_met) {
      verdict.limits.push_back({K::MaxPartlyMet, static_cast<double>(total.partly_met),
                                static_cast<double>(*rule.max_partly_met),
                                static_cast<long long>(total.partly_met) <= *rule.max_partly_met});
    }
    if (rule.min_met_percent) {
      const double actual = total.met_percent().value_or(0.0);
      verdict.limits.push_back({K::MinMetPercent, actual, *rule.min_met_percent,
                                actual + 1e-9 >= *rule.min_met_percent});
    }
  }
  const bool all_ok = std::all_of(verdict.limits.begin(), verdict.limits.end(),
                                  [](const VerdictLimit& l) { return l.ok; });
  verdict.outcome = total.unanswered > 0 ? Verdict::Outcome::Incomplete
                    : all_ok             ? Verdict::Outcome::Pass
                                         : Verdict::Outcome::Fail;
  return verdict;
}

CheckResult Check::run() {
  check_scopes();
  index_answers();
  result.total.per_value.assign(set.scale.size(), 0);
  for (const auto& theme : set.themes) {
    ThemeResult theme_result = check_theme(theme);
    add_to(result.total, theme_result.tally);
    result.themes.push_back(std::move(theme_result));
  }
  result.verdict = verdict_of(set, result.total);
  sort_by_position(result.diagnostics);
  return std::move(result);
}

ThemeResult Check::check_theme(const model::Theme& theme) {
  ThemeResult theme_result{&theme, {}};
  theme_result.tally.per_value.assign(set.scale.size(), 0);
  for (const auto& norm : theme.norms) check_norm(norm, theme_result.tally);
  return theme_result;
}

/// One norm: out of scope (an answer is flagged, not counted), unanswered, or scored.
void Check::check_norm(const model::Norm& norm, Tally& tally) {
  const auto found = answer_of.find(norm.id);
  const model::Answer* answer = found == answer_of.end() ? nullptr : found->second;
  if (!norm.applies_to_any(z.scope)) {
    if (answer) {
      const std::string scopes = util::join(norm.applies_to);
      report(answer->position, Code::OutOfScope,
             {"norm " + norm.id + " applies only to " + scopes +
                  ", which is not in this zelfevaluatie's scope; the answer is not counted",
              "norm " + norm.id + " geldt alleen voor " + scopes +
                  ", en dat valt buiten de scope van deze zelfevaluatie; het antwoord telt niet "
                  "mee"},
             &norm);
    }
    return;
  }
  ++tally.required;
  std::optional<Meaning> meaning;
  if (answer) meaning = score_meaning(norm, answer);
  result.rows.emplace_back(&norm, answer);
  if (!meaning.has_value()) {
    ++tally.unanswered;
    if (!answer || answer->score.empty()) {
      // The norm's own key or row where the file has one (a template writes every norm
      // with an empty score), so the finding points at the line to fill in.
      const std::string title = util::escape_control(norm.title);
      report(answer ? answer->position : z.answers_position, Code::MissingAnswer,
             {"norm " + norm.id + " (" + title + ") has no answer",
              "norm " + norm.id + " (" + title + ") is nog niet beantwoord"},
             &norm);
    }
    result.gaps.push_back({&norm, answer, std::nullopt});
    return;
  }
  const Meaning scored = meaning.value();
  count(tally, set, answer->score, scored);
  check_scored(norm, answer, scored);
}

/// The meaning of the answer's score on the set's scale; without one, says why
/// (not-applicable-not-allowed, invalid-score). An empty score is a missing-answer instead.
std::optional<Meaning> Check::score_meaning(const model::Norm& norm, const model::Answer* answer) {
  const std::optional<Meaning> meaning = meaning_of(set, answer->score);
  if (meaning) return meaning;
  if (looks_not_applicable(answer->score) && !set.allows_not_applicable()) {
    const std::string score = util::escape_control(answer->score);
    report(answer->score_position, Code::NotApplicableNotAllowed,
           {"norm set " + set.reference() + " does not allow '" + score +
                "'; every norm in scope must be scored: " + scale_list(set),
            "'" + score + "' kan niet bij normenkader " + set.reference() +
                ": elke norm in de scope krijgt een score: " + scale_list(set)},
           &norm);
  } else if (!answer->score.empty()) {
    std::vector<std::string> scale_values;
    for (const auto& v : set.scale) scale_values.push_back(v.value);
    const std::string score = util::escape_control(answer->score);
    Message message{"score '" + score + "' is not on the scale of " + set.reference() + " (" +
                        scale_list(set) + ")",
                    "score '" + score + "' staat niet op de schaal van " + set.reference() + " (" +
                        scale_list(set) + ")"};
    message += did_you_mean(answer->score, scale_values);
    report(answer->score_position, Code::InvalidScore, std::move(message), &norm);
  }
  return std::nullopt;
}

/// The rules for a scored answer: toelichting, evidence, the plan for a gap, its due date.
void Check::check_scored(const model::Norm& norm, const model::Answer* answer, Meaning meaning) {
  if (meaning != Meaning::Met && answer->toelichting.empty()) {
    const bool not_applicable = meaning == Meaning::NotApplicable;
    report(
        answer->score_position, Code::MissingToelichting,
        {"norm " + norm.id + " is scored '" + answer->score + "' without a toelichting; explain " +
             (not_applicable ? "why it does not apply" : "what is missing"),
         "norm " + norm.id + " staat op '" + answer->score +
             "', maar de toelichting ontbreekt: leg uit " +
             (not_applicable ? "waarom de norm niet geldt" : "wat er nog mist")},
        &norm);
  }
  if (!norm.evidence.empty() && answer->evidence.empty() &&
      (meaning == Meaning::Met || meaning == Meaning::PartlyMet)) {
    const std::string expected = util::escape_control(util::join(norm.evidence, "; "));
    report(answer->position, Code::MissingEvidence,
           {"norm " + norm.id + " names no evidence; an auditor will ask for: " + expected,
            "bij norm " + norm.id +
                " is nog geen bewijs genoemd; de auditor vraagt naar: " + expected},
           &norm);
    result.missing_evidence.push_back(&norm);
  }
  if (meaning == Meaning::PartlyMet || meaning == Meaning::NotMet) check_gap(norm, answer, meaning);
  if (!answer->due.empty() && util::is_iso_date(answer->due) && answer->due < today) {
    report(answer->due_position, Code::DueInPast,
           {"the action for norm " + norm.id + " was due on " + answer->due + " (today is " +
                std::string(today) + ")",
            "de actie voor norm " + norm.id + " had op " + answer->due +
                " klaar moeten zijn (vandaag is het " + std::string(today) + ")"},
           &norm);
  }
}

/// A norm partly met or not met is a gap: it needs an action, an owner and a due date.
void Check::check_gap(const model::Norm& norm, const model::Answer* answer, Meaning meaning) {
  // The English names the fields as the file spells them; the Dutch says what is missing.
  std::vector<std::string> missing, missing_nl;
  if (answer->action.empty()) missing.emplace_back("action"), missing_nl.emplace_back("de actie");
  if (answer->owner.empty()) missing.emplace_back("owner"), missing_nl.emplace_back("de eigenaar");
  if (answer->due.empty()) missing.emplace_back("due"), missing_nl.emplace_back("de einddatum");
  if (!missing.empty()) {
    std::string listed_nl = missing_nl.back();
    if (missing_nl.size() > 1) {
      missing_nl.pop_back();
      listed_nl = util::join(missing_nl) + " en " + listed_nl;
    }
    report(
        answer->score_position, Code::MissingAction,
        {"norm " + norm.id + " is a gap ('" + answer->score + "') without " + util::join(missing),
         "norm " + norm.id + " is een verbeterpunt ('" + answer->score + "'), maar " + listed_nl +
             (missing.size() > 1 ? " ontbreken" : " ontbreekt")},
        &norm);
  }
  result.gaps.push_back({&norm, answer, meaning});
}

}  // namespace

CheckResult check_zelfevaluatie(const model::Zelfevaluatie& z, const model::NormSet& set,
                                std::string_view today) {
  return Check(z, set, today).run();
}

}  // namespace labeltool::analysis
