// labeltool check: every rule has a passing and a failing case; the verdict; the CSV form.
#include <doctest/doctest.h>

#include "analysis/check.hpp"
#include "input/catalog.hpp"
#include "input/kind.hpp"
#include "read/csv.hpp"
#include "read/normset_reader.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "support/helpers.hpp"

using namespace labeltool;
using labeltool::testing::codes;
using labeltool::testing::render;

namespace {

const std::string normset_text = R"(labeltool: normset/1
id: mini
version: "1"
name: Mini
owner: Tests
language: nl
status: illustrative
status_note: Voor de tests.
scale:
  - {value: voldoet, meaning: met}
  - {value: voldoet deels, meaning: partly-met}
  - {value: voldoet niet, meaning: not-met}
verdict:
  max_not_met: 0
  max_partly_met: 1
  description: Geen 'voldoet niet', hoogstens een 'voldoet deels'.
scopes:
  - {id: shv, name: Schuldhulp}
  - {id: sw, name: Sociaal werk}
themes:
  - id: A
    title: Alles
    norms:
      - {id: A1, title: Een, text: Een., evidence: [Jaarverslag]}
      - {id: A2, title: Twee, text: Twee.}
      - {id: A3, title: Drie, text: Drie., applies_to: [shv]}
)";

/// A zelfevaluatie header followed by `answers` (YAML lines under 'answers:').
std::string zelfevaluatie(const std::string& answers, const std::string& scope = "[sw]") {
  return "labeltool: zelfevaluatie/1\nnormset: mini@1\norganisation: Test\nscope: " + scope +
         "\ndate: 2026-10-01\nanswers:\n" + answers;
}

const std::string all_met =
    "  A1: {score: voldoet, evidence: [Jaarverslag 2025]}\n"
    "  A2: {score: voldoet}\n";

struct Checked {
  Diagnostics diagnostics;
  analysis::CheckResult result;
  std::string text() const { return render(diagnostics); }
};

Checked check(const std::string& text, const std::string& set_text = normset_text) {
  Checked out;
  Diagnostics ignored;
  auto set_document = yaml::parse_yaml("mini.yaml", set_text, {}, ignored);
  REQUIRE(set_document);
  auto set = read::read_normset(*set_document, ignored);
  REQUIRE(render(ignored) == "");
  auto document = yaml::parse_yaml("z.yaml", text, {}, out.diagnostics);
  REQUIRE(document);
  REQUIRE(input::yaml_kind(*document, out.diagnostics));
  auto z = read::read_zelfevaluatie(*document, out.diagnostics);
  // The result points into `set`, which dies here: keep only what the tests read.
  auto result = analysis::check_zelfevaluatie(z, set, "2026-11-23");
  out.diagnostics.insert(out.diagnostics.end(), result.diagnostics.begin(),
                         result.diagnostics.end());
  out.result.total = result.total;
  out.result.verdict = result.verdict;
  out.result.gaps.resize(result.gaps.size());
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("analysis/check");

TEST_CASE("a complete zelfevaluatie with everything met is clean and passes") {
  const auto checked = check(zelfevaluatie(all_met));
  CHECK(checked.text() == "");
  CHECK(checked.result.total.met == 2);
  CHECK(checked.result.total.required == 2);  // A3 applies only to shv
  CHECK(checked.result.verdict.outcome == analysis::Verdict::Outcome::Pass);
}

TEST_CASE("unknown-norm, with a suggestion") {
  const auto checked = check(zelfevaluatie(all_met + "  A33: {score: voldoet}\n"));
  CHECK(checked.text() ==
        "z.yaml:9:3: error[unknown-norm]: answer for 'A33', but norm set mini@1 has no norm A33 "
        "(did you mean 'A3'?)\n"
        " 9 |   A33: {score: voldoet}\n"
        "   |   ^\n");
}

TEST_CASE("missing-answer, but not for norms outside the scope") {
  CHECK(codes(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n")).diagnostics) ==
        std::vector<std::string>{"missing-answer"});
  CHECK(check(zelfevaluatie(all_met)).diagnostics.empty());
  // With scope shv, A3 is required too; with no scope, every norm is.
  CHECK(codes(check(zelfevaluatie(all_met, "[shv]")).diagnostics) ==
        std::vector<std::string>{"missing-answer"});
  CHECK(codes(check(zelfevaluatie(all_met, "[]")).diagnostics) ==
        std::vector<std::string>{"missing-answer"});
  const auto incomplete = check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n"));
  CHECK(incomplete.result.verdict.outcome == analysis::Verdict::Outcome::Incomplete);
  CHECK(incomplete.text().find("error[missing-answer]: norm A2 (Twee) has no answer") !=
        std::string::npos);
}

TEST_CASE("invalid-score, with a suggestion") {
  const auto checked = check(zelfevaluatie(
      "  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet deeels, toelichting: x}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"invalid-score"});
  CHECK(checked.text().find(
            "score 'voldoet deeels' is not on the scale of mini@1 (voldoet / voldoet "
            "deels / voldoet niet) (did you mean 'voldoet deels'?)") != std::string::npos);
  CHECK(checked.result.total.unanswered == 1);
}

TEST_CASE("not-applicable-not-allowed, and allowed where the scale has it") {
  const std::string answers =
      "  A1: {score: voldoet, evidence: [x]}\n  A2: {score: niet van toepassing, toelichting: Wij "
      "doen dit niet.}\n";
  const auto refused = check(zelfevaluatie(answers));
  CHECK(codes(refused.diagnostics) == std::vector<std::string>{"not-applicable-not-allowed"});
  CHECK(refused.text().find("norm set mini@1 does not allow 'niet van toepassing'") !=
        std::string::npos);
  std::string with_na = normset_text;
  with_na.replace(with_na.find("verdict:"), 8,
                  "  - {value: niet van toepassing, meaning: not-applicable}\nverdict:");
  const auto allowed = check(zelfevaluatie(answers), with_na);
  CHECK(allowed.text() == "");
  CHECK(allowed.result.total.not_applicable == 1);
  CHECK(allowed.result.total.assessed() == 1);  // n.v.t. is left out of the denominator
}

TEST_CASE("missing-toelichting on anything not fully met") {
  const auto checked =
      check(zelfevaluatie("  A1: {score: voldoet deels, evidence: [x], action: a, owner: o, due: "
                          "2027-01-01}\n  A2: {score: voldoet}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"missing-toelichting"});
  CHECK(check(zelfevaluatie("  A1: {score: voldoet deels, toelichting: t, evidence: [x], action: "
                            "a, owner: o, due: 2027-01-01}\n  A2: {score: voldoet}\n"))
            .diagnostics.empty());
}

TEST_CASE("missing-evidence where the norm lists evidence") {
  const auto checked = check(zelfevaluatie("  A1: {score: voldoet}\n  A2: {score: voldoet}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"missing-evidence"});
  CHECK(checked.diagnostics[0].severity == Severity::Warning);
  CHECK(checked.text().find("norm A1 names no evidence; an auditor will ask for: Jaarverslag") !=
        std::string::npos);
}

TEST_CASE("missing-action: a gap without action, owner or due date") {
  const auto checked =
      check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet niet, "
                          "toelichting: t, action: a}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"missing-action"});
  CHECK(checked.text().find("norm A2 is a gap ('voldoet niet') without owner, due") !=
        std::string::npos);
  CHECK(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet niet, "
                            "toelichting: t, action: a, owner: o, due: 2027-01-01}\n"))
            .diagnostics.empty());
}

TEST_CASE("due-in-past, judged by --today") {
  const auto checked =
      check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet deels, "
                          "toelichting: t, action: a, owner: o, due: 2026-11-22}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"due-in-past"});
  CHECK(checked.text().find("was due on 2026-11-22 (today is 2026-11-23)") != std::string::npos);
  CHECK(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet deels, "
                            "toelichting: t, action: a, owner: o, due: 2026-11-23}\n"))
            .diagnostics.empty());
}

TEST_CASE("invalid dates") {
  const auto checked =
      check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet deels, "
                          "toelichting: t, action: a, owner: o, due: 2027-02-29}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"invalid-date"});
  std::string text = zelfevaluatie(all_met);
  text.replace(text.find("2026-10-01"), 10, "1 oktober");
  CHECK(codes(check(text).diagnostics) == std::vector<std::string>{"invalid-date"});
}

TEST_CASE("a norm answered twice is a duplicate key") {
  const auto checked = check(zelfevaluatie(all_met + "  A1: {score: voldoet niet}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"duplicate-key"});
}

TEST_CASE("out-of-scope answers are flagged and not counted") {
  const auto checked =
      check(zelfevaluatie(all_met + "  A3: {score: voldoet niet, toelichting: t}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"out-of-scope"});
  CHECK(checked.result.total.not_met == 0);
}

TEST_CASE("unknown scopes") {
  // A misspelt scope is an error, and its norms are still required (A3 applies to shv).
  const auto checked = check(zelfevaluatie(all_met, "[sw, shw]"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"unknown-scope", "missing-answer"});
  CHECK(checked.text().find("scope 'shw' is not declared by mini@1 (did you mean 'shv'?); the "
                            "norms are checked as for 'shv'") != std::string::npos);
  CHECK(checked.result.total.required == 3);
}

TEST_CASE("the verdict follows the set's rule, limit by limit") {
  const std::string one_partly =
      "  A1: {score: voldoet deels, toelichting: t, evidence: [x], action: a, owner: o, due: "
      "2027-01-01}\n"
      "  A2: {score: voldoet}\n";
  CHECK(check(zelfevaluatie(one_partly)).result.verdict.outcome ==
        analysis::Verdict::Outcome::Pass);
  const std::string two_partly =
      "  A1: {score: voldoet deels, toelichting: t, evidence: [x], action: a, owner: o, due: "
      "2027-01-01}\n"
      "  A2: {score: voldoet deels, toelichting: t, action: a, owner: o, due: 2027-01-01}\n";
  const auto failed = check(zelfevaluatie(two_partly));
  CHECK(failed.result.verdict.outcome == analysis::Verdict::Outcome::Fail);
  REQUIRE(failed.result.verdict.limits.size() == 2);
  CHECK(failed.result.verdict.limits[0].ok);
  CHECK_FALSE(failed.result.verdict.limits[1].ok);
  CHECK(failed.result.verdict.limits[1].actual == 2);
  CHECK(failed.result.gaps.size() == 2);
  CHECK(failed.result.total.met_percent().value() == 0.0);
}

namespace {

/// A check whose result can be read whole: the set and the zelfevaluatie it points into live
/// as long as the fixture.
struct FullCheck {
  explicit FullCheck(const std::string& text, const std::string& set_text = normset_text) {
    Diagnostics ignored;
    auto set_document = yaml::parse_yaml("mini.yaml", set_text, {}, ignored);
    REQUIRE(set_document);
    set = read::read_normset(*set_document, ignored);
    auto document = yaml::parse_yaml("z.yaml", text, {}, ignored);
    REQUIRE(document);
    z = read::read_zelfevaluatie(*document, ignored);
    REQUIRE(render(ignored) == "");
    result = analysis::check_zelfevaluatie(z, set, "2026-11-23");
  }
  FullCheck(const FullCheck&) = delete;
  FullCheck& operator=(const FullCheck&) = delete;

  const model::Norm& norm(const std::string& id) const {
    const model::Norm* found = set.find_norm(id);
    REQUIRE(found);
    return *found;
  }
  /// The codes filed under norm `id`, e.g. {"missing-toelichting"}.
  std::vector<std::string> codes_of(const std::string& id) const {
    std::vector<std::string> out;
    const auto found = result.findings_by_norm.find(&norm(id));
    if (found != result.findings_by_norm.end())
      for (Code code : found->second) out.emplace_back(code_name(code));
    return out;
  }

  model::NormSet set;
  model::Zelfevaluatie z;
  analysis::CheckResult result;
};

/// The IDs of `norms`, in order.
std::vector<std::string> ids(const std::vector<const model::Norm*>& norms) {
  std::vector<std::string> out;
  for (const model::Norm* norm : norms) out.push_back(norm->id);
  return out;
}

}  // namespace

TEST_CASE("unknown-scope lists the declared scopes when none is close") {
  CHECK(check(zelfevaluatie(all_met, "[sw, wijkteam]")).text() ==
        "z.yaml:4:8: error[unknown-scope]: scope 'wijkteam' is not declared by mini@1; it has: "
        "shv, sw\n"
        " 4 | scope: [sw, wijkteam]\n"
        "   |        ^\n");
}

TEST_CASE("out-of-scope says which scopes the norm applies to") {
  CHECK(check(zelfevaluatie(all_met + "  A3: {score: voldoet}\n")).text() ==
        "z.yaml:9:3: warning[out-of-scope]: norm A3 applies only to shv, which is not in this "
        "zelfevaluatie's scope; the answer is not counted\n"
        " 9 |   A3: {score: voldoet}\n"
        "   |   ^\n");
}

TEST_CASE(
    "missing-answer: at 'answers:' when there is none, at the answer when its score is empty") {
  CHECK(
      check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: \"\"}\n")).text() ==
      "z.yaml:8:3: error[missing-answer]: norm A2 (Twee) has no answer\n"
      " 8 |   A2: {score: \"\"}\n"
      "   |   ^\n");
  CHECK(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n")).text() ==
        "z.yaml:6:1: error[missing-answer]: norm A2 (Twee) has no answer\n"
        " 6 | answers:\n"
        "   | ^\n");
}

TEST_CASE("not-applicable-not-allowed knows the usual ways to write n.v.t.") {
  for (const char* score : {"n.v.t.", "NVT", "n/a", " Not applicable "}) {
    CAPTURE(score);
    const auto checked =
        check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: \"" +
                            std::string(score) + "\", toelichting: t}\n"));
    CHECK(codes(checked.diagnostics) == std::vector<std::string>{"not-applicable-not-allowed"});
  }
  // Anything else off the scale is an invalid score, with the whole scale listed.
  CHECK(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: prima}\n"))
            .text() ==
        "z.yaml:8:15: error[invalid-score]: score 'prima' is not on the scale of mini@1 (voldoet / "
        "voldoet deels / voldoet niet)\n"
        " 8 |   A2: {score: prima}\n"
        "   |               ^\n");
}

TEST_CASE("missing-toelichting says what to explain: what is missing, or why it does not apply") {
  CHECK(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n"
                            "  A2: {score: voldoet niet, action: a, owner: o, due: 2027-01-01}\n"))
            .text() ==
        "z.yaml:8:15: error[missing-toelichting]: norm A2 is scored 'voldoet niet' without a "
        "toelichting; explain what is missing\n"
        " 8 |   A2: {score: voldoet niet, action: a, owner: o, due: 2027-01-01}\n"
        "   |               ^\n");
  std::string with_na = normset_text;
  with_na.replace(with_na.find("verdict:"), 8,
                  "  - {value: n.v.t., meaning: not-applicable}\nverdict:");
  CHECK(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: n.v.t.}\n"),
              with_na)
            .text() ==
        "z.yaml:8:15: error[missing-toelichting]: norm A2 is scored 'n.v.t.' without a "
        "toelichting; explain why it does not apply\n"
        " 8 |   A2: {score: n.v.t.}\n"
        "   |               ^\n");
}

TEST_CASE("missing-evidence only where the norm is said to be met at least partly") {
  const std::string not_met =
      "  A1: {score: voldoet niet, toelichting: t, action: a, owner: o, "
      "due: 2027-01-01}\n  A2: {score: voldoet}\n";
  CHECK(check(zelfevaluatie(not_met)).diagnostics.empty());
  const FullCheck partly(
      zelfevaluatie("  A1: {score: voldoet deels, toelichting: t, action: a, "
                    "owner: o, due: 2027-01-01}\n  A2: {score: voldoet}\n"));
  CHECK(partly.codes_of("A1") == std::vector<std::string>{"missing-evidence"});
  CHECK(ids(partly.result.missing_evidence) == std::vector<std::string>{"A1"});
}

TEST_CASE("missing-action names everything a gap lacks") {
  CHECK(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n"
                            "  A2: {score: voldoet niet, toelichting: t}\n"))
            .text() ==
        "z.yaml:8:15: warning[missing-action]: norm A2 is a gap ('voldoet niet') without action, "
        "owner, due\n"
        " 8 |   A2: {score: voldoet niet, toelichting: t}\n"
        "   |               ^\n");
}

TEST_CASE("the result lists every norm in scope, its findings, the gaps and the tallies") {
  const FullCheck checked(zelfevaluatie(
      "  A1: {score: voldoet deels, toelichting: t, action: a, owner: o, due: 2026-01-01}\n"
      "  A3: {score: voldoet}\n"));
  const auto& result = checked.result;
  // Rows: the norms in scope in set order, A2 without an answer; A3 is out of scope.
  REQUIRE(result.rows.size() == 2);
  CHECK(result.rows[0].first == &checked.norm("A1"));
  CHECK(result.rows[0].second == &checked.z.answers[0]);
  CHECK(result.rows[1].first == &checked.norm("A2"));
  CHECK(result.rows[1].second == nullptr);
  CHECK(checked.codes_of("A1") == std::vector<std::string>{"missing-evidence", "due-in-past"});
  CHECK(checked.codes_of("A2") == std::vector<std::string>{"missing-answer"});
  CHECK(checked.codes_of("A3") == std::vector<std::string>{"out-of-scope"});
  REQUIRE(result.gaps.size() == 2);  // in set order, answered or not
  CHECK(result.gaps[0].norm == &checked.norm("A1"));
  CHECK(result.gaps[0].answer == &checked.z.answers[0]);
  CHECK(result.gaps[0].meaning == model::Meaning::PartlyMet);
  CHECK(result.gaps[1].norm == &checked.norm("A2"));
  CHECK(result.gaps[1].answer == nullptr);
  CHECK(result.gaps[1].meaning == std::nullopt);
  REQUIRE(result.themes.size() == 1);
  const analysis::Tally& theme = result.themes[0].tally;
  CHECK(theme.per_value == std::vector<std::size_t>{0, 1, 0});
  CHECK(theme.required == 2);
  CHECK(theme.unanswered == 1);
  CHECK(theme.partly_met == 1);
  CHECK(theme.met + theme.not_met + theme.not_applicable == 0);
  CHECK(result.total.per_value == theme.per_value);
  CHECK(result.total.required == 2);
  CHECK(result.verdict.outcome == analysis::Verdict::Outcome::Incomplete);
}

TEST_CASE("the verdict's share met is judged against min_met_percent, and no rule passes") {
  std::string by_share = normset_text;
  by_share.replace(by_share.find("  max_partly_met: 1\n"), 20, "  min_met_percent: 50\n");
  const std::string half =
      "  A1: {score: voldoet, evidence: [x]}\n"
      "  A2: {score: voldoet deels, toelichting: t, action: a, owner: o, due: 2027-01-01}\n";
  const FullCheck passed(zelfevaluatie(half), by_share);
  REQUIRE(passed.result.verdict.limits.size() == 2);
  const auto& share = passed.result.verdict.limits[1];
  CHECK(share.kind == analysis::VerdictLimit::Kind::MinMetPercent);
  CHECK(share.actual == 50.0);
  CHECK(share.allowed == 50.0);
  CHECK(share.ok);
  CHECK(passed.result.verdict.outcome == analysis::Verdict::Outcome::Pass);
  by_share.replace(by_share.find("min_met_percent: 50"), 19, "min_met_percent: 51");
  const FullCheck failed(zelfevaluatie(half), by_share);
  CHECK(failed.result.verdict.outcome == analysis::Verdict::Outcome::Fail);

  std::string no_rule = normset_text;
  no_rule.replace(no_rule.find("  max_not_met: 0\n  max_partly_met: 1\n"), 36, "");
  const FullCheck unruled(
      zelfevaluatie("  A1: {score: voldoet niet, toelichting: t, action: a, owner: o, due: "
                    "2027-01-01}\n  A2: {score: voldoet niet, toelichting: t, action: a, owner: "
                    "o, due: 2027-01-01}\n"),
      no_rule);
  CHECK(unruled.result.verdict.limits.empty());
  CHECK(unruled.result.verdict.outcome == analysis::Verdict::Outcome::Pass);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/zelfevaluatie_reader");

TEST_CASE("the CSV form reads comma or semicolon, BOM, CRLF and multi-line cells") {
  const std::string csv =
      "\xEF\xBB\xBFlabeltool;zelfevaluatie/1;;\r\nnormset;mini@1;;\r\norganisation;Test;;\r\n"
      "scope;sw|shv;;\r\ndate;2026-10-01;;\r\n;;;\r\n"
      "norm;title;score;evidence\r\nA1;Een;voldoet;\"Jaarverslag\r\nWerkplan\"\r\nA2;Twee;;\r\n";
  Diagnostics diagnostics;
  auto z = read::read_zelfevaluatie_csv("z.csv", csv, diagnostics);
  CHECK(render(diagnostics) == "");
  REQUIRE(z);
  CHECK(z->normset == "mini@1");
  CHECK(z->scope == std::vector<std::string>{"sw", "shv"});
  REQUIRE(z->answers.size() == 2);
  CHECK(z->answers[0].evidence == std::vector<std::string>{"Jaarverslag", "Werkplan"});
  CHECK(z->answers[0].score_position.line == 8);
  CHECK(z->answers[0].score_position.column == 8);
  // A2 has no score yet: not answered, and kept with its row so that check can point there.
  CHECK(z->answers[1].norm_id == "A2");
  CHECK(z->answers[1].score.empty());
  CHECK(z->answers[1].position.line == 10);
  CHECK(z->answers[1].position.column == 1);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/csv");

TEST_CASE("CSV cells keep their text and their line and column, in characters") {
  // A quoted cell over two lines with "" inside, non-ASCII letters, an empty cell.
  const std::string csv = "id,tekst,x\nA1,\"één\ntwee \"\"drie\"\"\",é\nA2,,z";
  Diagnostics diagnostics;
  const auto table = read::parse_csv("t.csv", csv, diagnostics);
  CHECK(render(diagnostics) == "");
  REQUIRE(table);
  REQUIRE(table->rows.size() == 3);
  const auto& row = table->rows[1].cells;
  REQUIRE(row.size() == 3);
  CHECK(row[1].text == "één\ntwee \"drie\"");
  CHECK(row[1].position.line == 2);
  CHECK(row[1].position.column == 4);
  CHECK(row[2].text == "é");
  CHECK(row[2].position.line == 3);
  CHECK(row[2].position.column == 16);
  const auto& last = table->rows[2].cells;
  REQUIRE(last.size() == 3);
  CHECK(last[1].text.empty());
  CHECK(last[1].position.column == 4);
  CHECK(last[2].text == "z");
  CHECK(last[2].position.line == 4);
  CHECK(last[2].position.column == 5);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/zelfevaluatie_reader");

TEST_CASE("CSV problems are reported at their cell") {
  Diagnostics diagnostics;
  // An unclosed quote after the first row is reported where it opens; the rows after it are
  // still read (here: there are none, so the table is missing too).
  CHECK(read::read_zelfevaluatie_csv("z.csv", "labeltool,zelfevaluatie/1\nnormset,\"mini@1\n",
                                     diagnostics));
  REQUIRE_FALSE(diagnostics.empty());
  CHECK(codes(diagnostics).front() == "csv-syntax");
  CHECK(diagnostics.front().position.line == 2);
  CHECK(diagnostics.front().position.column == 9);
  diagnostics.clear();
  CHECK_FALSE(read::read_zelfevaluatie_csv("z.csv", "labeltool,\"zelfevaluatie/1\nnormset,mini@1\n",
                                           diagnostics));
  CHECK(codes(diagnostics) == std::vector<std::string>{"csv-syntax"});
  diagnostics.clear();
  auto z = read::read_zelfevaluatie_csv(
      "z.csv",
      "labeltool,zelfevaluatie/"
      "1\nnormset,mini@1\norganisatie,T\ndate,2026-01-01\n\nnorm,scor\nA1,voldoet\n",
      diagnostics);
  CHECK(render(diagnostics)
            .find("z.csv:3:1: error[unknown-key]: unknown key 'organisatie' in the metadata rows "
                  "(did you mean 'organisation'?)") != std::string::npos);
  CHECK(render(diagnostics).find("unknown column 'scor' (did you mean 'score'?)") !=
        std::string::npos);
  diagnostics.clear();
  CHECK_FALSE(read::read_zelfevaluatie_csv("z.csv", "norm,score\nA1,voldoet\n", diagnostics));
  CHECK(codes(diagnostics) == std::vector<std::string>{"missing-header"});
}

TEST_SUITE_END();
