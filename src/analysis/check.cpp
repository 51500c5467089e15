#include "analysis/check.hpp"

#include <algorithm>
#include <unordered_map>

#include "model/scale.hpp"
#include "util/encoding.hpp"
#include "util/text.hpp"

namespace labeltool::analysis {
namespace {

using model::Meaning;
using model::scale_list;

/// The meaning a score written in the usual Dutch (or English) words stands for, where it is
/// not the scale's own spelling: "deels" and "gedeeltelijk" for partly met, "nvt" for not
/// applicable. Compared folded (util::fold_for_comparison).
std::optional<Meaning> meaning_in_usual_words(std::string_view folded) {
  struct Usage {
    std::string_view words;
    Meaning meaning;
  };
  static constexpr Usage kUsage[] = {
      {"niet van toepassing", Meaning::NotApplicable},
      {"niet-van-toepassing", Meaning::NotApplicable},
      {"n.v.t.", Meaning::NotApplicable},
      {"n.v.t", Meaning::NotApplicable},
      {"nvt", Meaning::NotApplicable},
      {"nvt.", Meaning::NotApplicable},
      {"n/a", Meaning::NotApplicable},
      {"na", Meaning::NotApplicable},
      {"not applicable", Meaning::NotApplicable},
      {"deels", Meaning::PartlyMet},
      {"gedeeltelijk", Meaning::PartlyMet},
      {"voldoet gedeeltelijk", Meaning::PartlyMet},
      {"gedeeltelijk voldaan", Meaning::PartlyMet},
      {"deels voldaan", Meaning::PartlyMet},
      {"voldoet grotendeels", Meaning::PartlyMet},
      {"grotendeels", Meaning::PartlyMet},
      {"partly met", Meaning::PartlyMet},
      {"voldoet nog niet", Meaning::NotMet},
      {"niet voldaan", Meaning::NotMet},
      {"niet", Meaning::NotMet},
      {"nee", Meaning::NotMet},
      {"not met", Meaning::NotMet},
      {"voldaan", Meaning::Met},
      {"volledig", Meaning::Met},
      {"ja", Meaning::Met},
      {"met", Meaning::Met},
  };
  for (const auto& usage : kUsage)
    if (usage.words == folded) return usage.meaning;
  return std::nullopt;
}

/// How a score stands to the scale.
enum class Spelling {
  Exact,     ///< the scale's own value, as written in the norm set
  Loose,     ///< the same once capitals and spaces are ignored: read, with a warning
  OffScale,  ///< no value of the scale
};

struct ScoreReading {
  const model::ScaleValue* value = nullptr;  ///< nullptr when OffScale
  Spelling spelling = Spelling::OffScale;
};

/// The scale value `score` is: exactly, or once capitals, repeated or special spaces
/// (U+00A0 pasted from Word) and zero-width characters are ignored.
ScoreReading read_score(const model::NormSet& set, std::string_view score) {
  if (const auto* exact = set.find_scale_value(score)) return {exact, Spelling::Exact};
  const std::string folded = util::fold_for_comparison(score);
  if (folded.empty()) return {};
  for (const auto& value : set.scale)
    if (util::fold_for_comparison(value.value) == folded) return {&value, Spelling::Loose};
  return {};
}

/// The capitals in `text` (ASCII and Latin-1), in order: two spellings that fold alike differ
/// in capitals exactly when these differ.
std::string capitals(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 'A' && byte <= 'Z') out += text[i];
    if (byte == 0xC3 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out += text.substr(i, 2);
    }
  }
  return out;
}

/// What differs between `score` and the scale's `value` it was read as, for the warning.
Message spelling_difference(std::string_view score, std::string_view value) {
  std::vector<std::string> en, nl;
  const auto invisible = util::invisible_characters(score);
  for (const auto& character : invisible) {
    en.push_back("with " + character.code + ", " + std::string(character.en));
    nl.push_back("met " + character.code + ", " + std::string(character.nl));
  }
  std::string spaces_only(score);
  for (auto& c : spaces_only) c = c == '\t' || c == '\n' ? ' ' : c;
  if (util::trim(spaces_only) != spaces_only || spaces_only.find("  ") != std::string::npos) {
    en.emplace_back("with extra spaces");
    nl.emplace_back("met extra spaties");
  }
  if (capitals(score) != capitals(value)) {
    en.emplace_back("in other capitals");
    nl.emplace_back("met andere hoofdletters");
  }
  if (en.empty()) {
    en.emplace_back("written otherwise");
    nl.emplace_back("anders geschreven");
  }
  return {util::join(en, ", "), util::join(nl, ", ")};
}

/// "score 'voldoet␣deels'": the score as typed, every invisible character shown.
std::string shown_score(std::string_view score) { return "'" + util::show_invisible(score) + "'"; }

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
  if (const auto* value = read_score(set, score).value) return value->meaning;
  return std::nullopt;
}

namespace {

/// invalid-score with a did-you-mean that knows Dutch usage ('deels' → 'voldoet deels'), or
/// not-applicable-not-allowed where the score means n.v.t. and the scale has no such value.
void report_off_scale(const model::NormSet& set, std::string_view score,
                      const ScoreFindings& report) {
  const std::string folded = util::fold_for_comparison(score);
  const std::string shown = shown_score(score);
  const std::optional<Meaning> usual = meaning_in_usual_words(folded);
  if (usual == Meaning::NotApplicable && !set.allows_not_applicable()) {
    report(Code::NotApplicableNotAllowed,
           Message{"norm set " + set.reference() + " does not allow " + shown +
                       "; every norm in scope must be scored: " + scale_list(set),
                   "normenkader " + set.reference() + " kent geen " + shown +
                       "; elke norm binnen de scope krijgt een score: " + scale_list(set)});
    return;
  }
  std::string meant;
  for (const auto& v : set.scale)
    if (usual && v.meaning == *usual && meant.empty()) meant = v.value;
  if (meant.empty()) {
    std::vector<std::string> scale_values;
    for (const auto& v : set.scale) scale_values.push_back(v.value);
    meant = util::closest_match(folded, scale_values).value_or("");
  }
  std::string en = "score " + shown + " is not on the scale of " + set.reference() + " (" +
                   scale_list(set) + ")";
  std::string nl = "score " + shown + " staat niet op de schaal van " + set.reference() + " (" +
                   scale_list(set) + ")";
  if (!meant.empty()) {
    en += " (did you mean '" + util::escape_control(meant) + "'?)";
    nl += " (bedoelt u '" + util::escape_control(meant) + "'?)";
  }
  for (const auto& character : util::invisible_characters(score)) {
    en += "; it contains " + character.code + ", " + std::string(character.en);
    nl += "; er staat " + character.code + " in, " + std::string(character.nl);
  }
  report(Code::InvalidScore, Message{std::move(en), std::move(nl)});
}

}  // namespace

const model::ScaleValue* read_scale_value(const model::NormSet& set, std::string_view score,
                                          const ScoreFindings& report) {
  const ScoreReading reading = read_score(set, score);
  if (reading.spelling == Spelling::Loose) {
    const Message how = spelling_difference(score, reading.value->value);
    const std::string shown = shown_score(score), value = "'" + reading.value->value + "'";
    report(Code::ScoreSpelling,
           Message{"score " + shown + " was read as " + value + " (" + how.en + ")",
                   "score " + shown + " is gelezen als " + value + " (" + how.nl + ")"});
  }
  if (!reading.value && !util::fold_for_comparison(score).empty())
    report_off_scale(set, score, report);
  return reading.value;
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
  void check_filled_in();
  void check_scopes();
  void index_answers();
  ThemeResult check_theme(const model::Theme& theme);
  void check_norm(const model::Norm& norm, Tally& tally);
  const model::ScaleValue* scale_value(const model::Norm& norm, const model::Answer& answer);
  void check_scored(const model::Norm& norm, const model::Answer* answer, Meaning meaning);
  void check_gap(const model::Norm& norm, const model::Answer* answer, Meaning meaning);

  const model::Zelfevaluatie& z;
  const model::NormSet& set;
  std::string_view today;
  CheckResult result;
  /// The scopes norms are judged by, filled by check_scopes(): the zelfevaluatie's, with an
  /// undeclared one replaced by the declared scope it is a likely misspelling of.
  std::vector<std::string> judged_scope;
  /// The answers by norm ID, filled by index_answers().
  std::unordered_map<std::string, const model::Answer*> answer_of;
};

void Check::report(Position position, Code code, Message message, const model::Norm* about) {
  result.diagnostics.push_back(make_diagnostic(*z.source, position, code, std::move(message)));
  if (about) result.findings_by_norm[about].push_back(code);
}

/// empty-text for an organisation left as the template writes it (organisation: ""), so a
/// zelfevaluatie is not reported complete before it says whose it is. (A missing key is the
/// reader's missing-key.) Only here: diff and gap read a fresh template without complaint.
void Check::check_filled_in() {
  if (!util::trim(z.organisation).empty() || z.organisation_position.line == 0) return;
  report(z.organisation_position, Code::EmptyText,
         Message{"'organisation' is not filled in yet", "'organisation' is nog niet ingevuld"},
         nullptr);
}

/// unknown-scope: each scope named by the zelfevaluatie must be declared by the set.
void Check::check_scopes() {
  std::vector<std::string> scope_ids;
  for (const auto& scope : set.scopes) scope_ids.push_back(scope.id);
  for (const auto& scope : z.scope) {
    if (std::find(scope_ids.begin(), scope_ids.end(), scope) != scope_ids.end()) {
      judged_scope.push_back(scope);
      continue;
    }
    const std::string shown = util::escape_control(scope);
    Message message{"scope '" + shown + "' is not declared by " + set.reference(),
                    "scope '" + shown + "' komt niet voor in " + set.reference()};
    if (const auto meant = util::closest_match(scope, scope_ids)) {
      // 'Budgetbeheer' for 'budgetbeheer' must not silently drop that scope's norms: they are
      // required as for the scope it was surely meant to be, and the finding says so.
      message += did_you_mean(scope, scope_ids);
      message += {"; the norms are checked as for '" + *meant + "'",
                  "; de normen zijn gecontroleerd als voor '" + *meant + "'"};
      judged_scope.push_back(*meant);
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
  total.invalid += theme.invalid;
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
  check_filled_in();
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
  if (!norm.applies_to_any(judged_scope)) {
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
  const model::ScaleValue* value = answer ? scale_value(norm, *answer) : nullptr;
  std::optional<Meaning> meaning;
  if (value) meaning = value->meaning;
  result.rows.emplace_back(&norm, answer);
  if (!meaning.has_value()) {
    ++tally.unanswered;
    if (answer && !util::fold_for_comparison(answer->score).empty()) ++tally.invalid;
    // A score of only spaces is as empty as none: it gets missing-answer, not silence.
    if (!answer || util::fold_for_comparison(answer->score).empty()) {
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
  count(tally, set, value->value, scored);
  check_scored(norm, answer, scored);
}

/// The scale value of the answer's score, read as read_scale_value() reads it, its findings
/// filed under the norm. An empty score is a missing-answer instead.
const model::ScaleValue* Check::scale_value(const model::Norm& norm, const model::Answer& answer) {
  return read_scale_value(set, answer.score, [&](Code code, Message message) {
    report(answer.score_position, code, std::move(message), &norm);
  });
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
