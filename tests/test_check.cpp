// labeltool check: every rule has a passing and a failing case; the verdict; the CSV form.
#include <doctest/doctest.h>

#include "analysis/check.hpp"
#include "input/catalog.hpp"
#include "read/csv.hpp"
#include "read/document_kind.hpp"
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
  REQUIRE(read::detect_kind(*document, out.diagnostics));
  auto z = read::read_zelfevaluatie(*document, out.diagnostics);
  // The result points into `set`, which dies here: keep only what the tests read.
  auto result = analysis::check_zelfevaluatie(z, set, "2026-11-23");
  out.diagnostics.insert(out.diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
  out.result.total = result.total;
  out.result.verdict = result.verdict;
  out.result.gaps.resize(result.gaps.size());
  return out;
}

}  // namespace

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
  CHECK(codes(check(zelfevaluatie(all_met, "[shv]")).diagnostics) == std::vector<std::string>{"missing-answer"});
  CHECK(codes(check(zelfevaluatie(all_met, "[]")).diagnostics) == std::vector<std::string>{"missing-answer"});
  const auto incomplete = check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n"));
  CHECK(incomplete.result.verdict.outcome == analysis::Verdict::Outcome::Incomplete);
  CHECK(incomplete.text().find("error[missing-answer]: norm A2 (Twee) has no answer") != std::string::npos);
}

TEST_CASE("invalid-score, with a suggestion") {
  const auto checked = check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet deeels, toelichting: x}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"invalid-score"});
  CHECK(checked.text().find("score 'voldoet deeels' is not on the scale of mini@1 (voldoet / voldoet "
                            "deels / voldoet niet) (did you mean 'voldoet deels'?)") != std::string::npos);
  CHECK(checked.result.total.unanswered == 1);
}

TEST_CASE("not-applicable-not-allowed, and allowed where the scale has it") {
  const std::string answers = "  A1: {score: voldoet, evidence: [x]}\n  A2: {score: niet van toepassing, toelichting: Wij doen dit niet.}\n";
  const auto refused = check(zelfevaluatie(answers));
  CHECK(codes(refused.diagnostics) == std::vector<std::string>{"not-applicable-not-allowed"});
  CHECK(refused.text().find("norm set mini@1 does not allow 'niet van toepassing'") != std::string::npos);
  std::string with_na = normset_text;
  with_na.replace(with_na.find("verdict:"), 8, "  - {value: niet van toepassing, meaning: not-applicable}\nverdict:");
  const auto allowed = check(zelfevaluatie(answers), with_na);
  CHECK(allowed.text() == "");
  CHECK(allowed.result.total.not_applicable == 1);
  CHECK(allowed.result.total.assessed() == 1);  // n.v.t. is left out of the denominator
}

TEST_CASE("missing-toelichting on anything not fully met") {
  const auto checked = check(zelfevaluatie(
      "  A1: {score: voldoet deels, evidence: [x], action: a, owner: o, due: 2027-01-01}\n  A2: {score: voldoet}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"missing-toelichting"});
  CHECK(check(zelfevaluatie("  A1: {score: voldoet deels, toelichting: t, evidence: [x], action: a, owner: o, due: 2027-01-01}\n  A2: {score: voldoet}\n"))
            .diagnostics.empty());
}

TEST_CASE("missing-evidence where the norm lists evidence") {
  const auto checked = check(zelfevaluatie("  A1: {score: voldoet}\n  A2: {score: voldoet}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"missing-evidence"});
  CHECK(checked.diagnostics[0].severity == Severity::Warning);
  CHECK(checked.text().find("norm A1 names no evidence; an auditor will ask for: Jaarverslag") != std::string::npos);
}

TEST_CASE("missing-action: a gap without action, owner or due date") {
  const auto checked = check(zelfevaluatie(
      "  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet niet, toelichting: t, action: a}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"missing-action"});
  CHECK(checked.text().find("norm A2 is a gap ('voldoet niet') without owner, due") != std::string::npos);
  CHECK(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet niet, toelichting: t, action: a, owner: o, due: 2027-01-01}\n"))
            .diagnostics.empty());
}

TEST_CASE("due-in-past, judged by --today") {
  const auto checked = check(zelfevaluatie(
      "  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet deels, toelichting: t, action: a, owner: o, due: 2026-11-22}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"due-in-past"});
  CHECK(checked.text().find("was due on 2026-11-22 (today is 2026-11-23)") != std::string::npos);
  CHECK(check(zelfevaluatie("  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet deels, toelichting: t, action: a, owner: o, due: 2026-11-23}\n"))
            .diagnostics.empty());
}

TEST_CASE("invalid dates") {
  const auto checked = check(zelfevaluatie(
      "  A1: {score: voldoet, evidence: [x]}\n  A2: {score: voldoet deels, toelichting: t, action: a, owner: o, due: 2027-02-29}\n"));
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
  const auto checked = check(zelfevaluatie(all_met + "  A3: {score: voldoet niet, toelichting: t}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"out-of-scope"});
  CHECK(checked.result.total.not_met == 0);
}

TEST_CASE("unknown scopes") {
  const auto checked = check(zelfevaluatie(all_met, "[sw, shw]"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"unknown-scope"});
  CHECK(checked.text().find("scope 'shw' is not declared by mini@1 (did you mean 'shv'?)") != std::string::npos);
}

TEST_CASE("the verdict follows the set's rule, limit by limit") {
  const std::string one_partly =
      "  A1: {score: voldoet deels, toelichting: t, evidence: [x], action: a, owner: o, due: 2027-01-01}\n"
      "  A2: {score: voldoet}\n";
  CHECK(check(zelfevaluatie(one_partly)).result.verdict.outcome == analysis::Verdict::Outcome::Pass);
  const std::string two_partly =
      "  A1: {score: voldoet deels, toelichting: t, evidence: [x], action: a, owner: o, due: 2027-01-01}\n"
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
  REQUIRE(z->answers.size() == 1);  // A2 has no score yet: not answered
  CHECK(z->answers[0].evidence == std::vector<std::string>{"Jaarverslag", "Werkplan"});
  CHECK(z->answers[0].score_position.line == 8);
  CHECK(z->answers[0].score_position.column == 8);
}

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

TEST_CASE("CSV problems are reported at their cell") {
  Diagnostics diagnostics;
  CHECK_FALSE(read::read_zelfevaluatie_csv("z.csv", "labeltool,zelfevaluatie/1\nnormset,\"mini@1\n", diagnostics));
  CHECK(codes(diagnostics) == std::vector<std::string>{"csv-syntax"});
  diagnostics.clear();
  auto z = read::read_zelfevaluatie_csv(
      "z.csv", "labeltool,zelfevaluatie/1\nnormset,mini@1\norganisatie,T\ndate,2026-01-01\n\nnorm,scor\nA1,voldoet\n",
      diagnostics);
  CHECK(render(diagnostics).find("z.csv:3:1: error[unknown-key]: unknown key 'organisatie' in the metadata rows (did you mean 'organisation'?)") !=
        std::string::npos);
  CHECK(render(diagnostics).find("unknown column 'scor' (did you mean 'score'?)") != std::string::npos);
  diagnostics.clear();
  CHECK_FALSE(read::read_zelfevaluatie_csv("z.csv", "norm,score\nA1,voldoet\n", diagnostics));
  CHECK(codes(diagnostics) == std::vector<std::string>{"missing-header"});
}
