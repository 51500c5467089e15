// audit/1 and `labeltool audit`: the reader (YAML and CSV), the lint rules with their codes,
// the rules that bring an audit together (strictest judgement, carrying through equal and
// superset only, uncovered norms, each label's verdict, the zelfevaluatie beside it), the
// empty form of `template --audit` read back, and the command end to end.
#include <doctest/doctest.h>

#include <algorithm>

#include "analysis/audit.hpp"
#include "input/input.hpp"
#include "report/audit_report.hpp"
#include "report/audit_template.hpp"
#include "support/helpers.hpp"

using namespace labeltool;
using labeltool::testing::codes;

namespace {

const std::string set_a_text = R"(labeltool: normset/1
id: a
version: "1"
name: Label A
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
disciplines:
  - {id: bestuur, name: Bestuur}
  - {id: staf, name: Staf}
themes:
  - id: A
    title: Alles
    norms:
      - {id: A1, title: Een, text: Een., discipline: [bestuur]}
      - {id: A2, title: Twee, text: Twee., discipline: [staf]}
      - {id: A3, title: Drie, text: Drie., discipline: [staf], applies_to: [shv]}
)";

const std::string set_b_text = R"(labeltool: normset/1
id: b
version: "1"
name: Label B
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
  min_met_percent: 50
  description: Geen 'voldoet niet' en ten minste de helft 'voldoet'.
disciplines:
  - {id: bestuur, name: Bestuur}
  - {id: uitvoering, name: Uitvoering}
themes:
  - id: "1"
    title: Koers
    norms:
      - {id: "1.1", title: Visie, text: Visie., discipline: [bestuur]}
      - {id: "1.2", title: Plan, text: Plan., discipline: [bestuur]}
      - {id: "1.3", title: Breed, text: Breed., discipline: [uitvoering]}
      - {id: "1.4", title: Deels, text: Deels., discipline: [uitvoering]}
)";

/// a → b: A1 equal 1.1 and A2 superset 1.2 carry; A2 subset 1.3 and A1 intersects 1.4 do not.
const std::string crosswalk_text = R"(labeltool: crosswalk/1
source: a@1
target: b@1
method: expert
status: illustrative
status_note: Voor de tests.
mappings:
  - {source: A1, target: "1.1", relation: equal}
  - {source: A2, target: "1.2", relation: superset}
  - {source: A2, target: "1.3", relation: subset}
  - {source: A1, target: "1.4", relation: intersects}
)";

input::Input read_text_as(const std::string& path, const std::string& text) {
  return input::read_input_bytes(path, text, yaml::ReadLimits{});
}

/// The audit header for both sets, followed by `interviews` (YAML lines under 'interviews:').
std::string audit_text(const std::string& interviews, const std::string& scope_a = "[sw]") {
  return "labeltool: audit/1\norganisation: Test\nauditors: [auditor A]\nnormsets:\n"
         "  - normset: a@1\n    scope: " +
         scope_a + "\n  - normset: b@1\ninterviews:\n" + interviews;
}

/// One interview with the judgements of one set: `judgements` as 'ID: value' pairs.
std::string interview(const std::string& id, const std::string& group, const std::string& set,
                      const std::vector<std::pair<std::string, std::string>>& judgements,
                      const std::string& date = "2026-11-02") {
  std::string out = "  - id: " + id + "\n    date: " + date + "\n    group: " + group +
                    "\n    heard: [directeur]\n    labels:\n      - normset: " + set +
                    "\n        judgements:\n";
  for (const auto& [norm, value] : judgements)
    out += "          \"" + norm + "\": {judgement: " + value + ", observation: Gehoord.}\n";
  return out;
}

struct Fixture {
  input::Input a = read_text_as("a.yaml", set_a_text), b = read_text_as("b.yaml", set_b_text);
  input::Input cw = read_text_as("cw.yaml", crosswalk_text);
  std::vector<const model::NormSet*> sets{a.normset(), b.normset()};

  Diagnostics lint(const std::string& text) {
    audit_input = read_text_as("audit.yaml", text);
    REQUIRE(audit_input.audit());
    auto found = audit_input.diagnostics;
    auto more = analysis::check_audit(*audit_input.audit(), sets);
    found.insert(found.end(), more.begin(), more.end());
    return found;
  }
  analysis::AuditResult evaluate(const std::string& text,
                                 const std::vector<const model::Zelfevaluatie*>& self = {}) {
    audit_input = read_text_as("audit.yaml", text);
    REQUIRE(audit_input.audit());
    REQUIRE(!audit_input.failed());
    std::vector<analysis::AuditCrosswalk> links = {{0, 1, *cw.crosswalk()},
                                                   {1, 0, cw.crosswalk()->inverted()}};
    return analysis::evaluate_audit(*audit_input.audit(), sets, self, links);
  }
  input::Input audit_input;
};

const analysis::NormJudgement& norm_of(const analysis::LabelAudit& label, const std::string& id) {
  for (const auto& norm : label.norms)
    if (norm.norm->id == id) return norm;
  FAIL("no norm " << id);
  return label.norms.front();
}

bool has(const std::vector<std::string>& all, const std::string& code) {
  return std::find(all.begin(), all.end(), code) != all.end();
}

}  // namespace

TEST_SUITE_BEGIN("read/audit_reader");

TEST_CASE("an audit is read with its sets, interviews and judgements, and its kind sniffed") {
  const auto in =
      read_text_as("audit.yaml", audit_text(interview("i1", "bestuur", "a@1", {{"A1", "voldoet"}})));
  REQUIRE(in.kind == input::Kind::Audit);
  CHECK(in.diagnostics.empty());
  const auto& audit = *const_cast<input::Input&>(in).audit();
  CHECK(audit.organisation == "Test");
  REQUIRE(audit.normsets.size() == 2);
  CHECK(audit.normsets[0].scope == std::vector<std::string>{"sw"});
  REQUIRE(audit.interviews.size() == 1);
  CHECK(audit.interviews[0].group == "bestuur");
  CHECK(audit.interviews[0].heard == std::vector<std::string>{"directeur"});
  REQUIRE(audit.interviews[0].labels.size() == 1);
  CHECK(audit.interviews[0].labels[0].judgements[0].norm_id == "A1");
  CHECK(audit.interviews[0].labels[0].judgements[0].judgement == "voldoet");
  CHECK(audit.interviews[0].labels[0].judgements[0].position.line == 16);
}

TEST_CASE("a Dutch key gets its English name as did-you-mean, and a bad date says where") {
  auto text = audit_text(interview("i1", "bestuur", "a@1", {{"A1", "voldoet"}}, "2026-02-30"));
  text.replace(text.find("heard:"), 6, "gehoord:");
  const auto in = read_text_as("audit.yaml", text);
  const std::string shown = testing::render(in.diagnostics);
  CHECK(shown.find("audit.yaml:12:5: error[unknown-key]: unknown key 'gehoord' in interview (did "
                   "you mean 'heard'?)") != std::string::npos);
  CHECK(shown.find("audit.yaml:10:11: error[invalid-date]") != std::string::npos);
}

TEST_CASE("the CSV form is read by its header, rows of one interview grouped") {
  const std::string csv =
      "labeltool;audit/1\norganisation;Test\nauditors;auditor A|auditor B\n"
      "normset;a@1;sw\nnormset;b@1;\n\n"
      "interview;date;group;heard;normset;norm;title;judgement;observation;evidence\n"
      "i1;2026-11-02;bestuur;directeur|manager;a@1;A1;Een;voldoet;Gehoord.;Jaarverslag\n"
      "i1;;;;b@1;1.1;Visie;voldoet deels;;\n"
      "i2;2026-11-03;staf;;a@1;A2;Twee;;;\n";
  const auto in = read_text_as("audit.csv", csv);
  REQUIRE(in.kind == input::Kind::AuditCsv);
  CHECK(testing::render(in.diagnostics) == "");
  const auto& audit = *const_cast<input::Input&>(in).audit();
  CHECK(audit.auditors == std::vector<std::string>{"auditor A", "auditor B"});
  REQUIRE(audit.interviews.size() == 2);
  CHECK(audit.interviews[0].heard == std::vector<std::string>{"directeur", "manager"});
  REQUIRE(audit.interviews[0].labels.size() == 2);
  CHECK(audit.interviews[0].labels[1].judgements[0].judgement == "voldoet deels");
  CHECK(audit.interviews[1].labels[0].judgements[0].judgement.empty());
  CHECK(audit.interviews[0].labels[0].judgements[0].evidence ==
        std::vector<std::string>{"Jaarverslag"});
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/audit");

TEST_CASE("lint: each rule of audit/1 has its code") {
  Fixture f;
  SUBCASE("unknown norm, with did-you-mean") {
    const auto found = f.lint(audit_text(interview("i1", "bestuur", "a@1", {{"A9", "voldoet"}})));
    CHECK(codes(found) == std::vector<std::string>{"unknown-norm"});
  }
  SUBCASE("judgement off the scale, and one spelt loosely") {
    const auto found =
        f.lint(audit_text(interview("i1", "bestuur", "a@1", {{"A1", "deels"}, {"A2", "Voldoet"}})));
    CHECK(has(codes(found), "invalid-score"));
    CHECK(has(codes(found), "score-spelling"));
    CHECK(testing::render(found).find("(did you mean 'voldoet deels'?)") != std::string::npos);
  }
  SUBCASE("a norm set the audit does not list") {
    const auto found = f.lint(audit_text(interview("i1", "bestuur", "c@1", {{"A1", "voldoet"}})));
    CHECK(codes(found) == std::vector<std::string>{"unaudited-normset"});
  }
  SUBCASE("an interview group no set declares") {
    const auto found = f.lint(audit_text(interview("i1", "bestur", "a@1", {{"A1", "voldoet"}})));
    REQUIRE(codes(found) == std::vector<std::string>{"unknown-discipline"});
    CHECK(found[0].message.find("did you mean 'bestuur'?") != std::string::npos);
  }
  SUBCASE("a norm outside the group is fine, but noted") {
    const auto found = f.lint(audit_text(interview("i1", "bestuur", "a@1", {{"A2", "voldoet"}})));
    REQUIRE(codes(found) == std::vector<std::string>{"norm-outside-group"});
    CHECK(found[0].severity == Severity::Note);
  }
  SUBCASE("a norm outside the audited scope") {
    const auto found = f.lint(audit_text(interview("i1", "staf", "a@1", {{"A3", "voldoet"}})));
    CHECK(codes(found) == std::vector<std::string>{"out-of-scope"});
  }
  SUBCASE("an interview ID twice") {
    const auto found = f.lint(audit_text(interview("i1", "bestuur", "a@1", {{"A1", "voldoet"}}) +
                                         interview("i1", "staf", "a@1", {{"A2", "voldoet"}})));
    CHECK(codes(found) == std::vector<std::string>{"duplicate-id"});
  }
  SUBCASE("a norm judged twice in one interview") {
    std::string text = audit_text(interview("i1", "bestuur", "a@1", {{"A1", "voldoet"}}));
    text += "      - normset: a@1\n        judgements:\n          A1: {judgement: voldoet}\n";
    CHECK(codes(f.lint(text)) == std::vector<std::string>{"duplicate-judgement"});
  }
  SUBCASE("an invalid date") {
    const auto found =
        f.lint(audit_text(interview("i1", "bestuur", "a@1", {{"A1", "voldoet"}}, "16-11-2026")));
    CHECK(has(codes(found), "invalid-date"));
  }
  SUBCASE("a scope the set does not declare") {
    const auto found =
        f.lint(audit_text(interview("i1", "bestuur", "a@1", {{"A1", "voldoet"}}), "[shw]"));
    CHECK(codes(found) == std::vector<std::string>{"unknown-scope"});
  }
}

TEST_CASE("when interviews disagree the strictest judgement counts, and every one is listed") {
  Fixture f;
  const auto result =
      f.evaluate(audit_text(interview("i1", "bestuur", "a@1", {{"A1", "voldoet"}}) +
                            interview("i2", "staf", "a@1", {{"A1", "voldoet deels"}}) +
                            interview("i3", "staf", "a@1", {{"A1", "voldoet"}})));
  const auto& a1 = norm_of(result.labels[0], "A1");
  CHECK(a1.source == analysis::JudgementSource::Heard);
  CHECK(a1.value == "voldoet deels");
  CHECK(a1.disagreement);
  CHECK(a1.heard.size() == 3);
  CHECK(result.labels[0].disagreements == 1);
}

TEST_CASE("a judgement carries through equal and superset, not through subset or intersects") {
  Fixture f;
  SUBCASE("a → b") {
    const auto result = f.evaluate(audit_text(
        interview("i1", "bestuur", "a@1", {{"A1", "voldoet deels"}, {"A2", "voldoet"}})));
    const auto& b = result.labels[1];
    CHECK(norm_of(b, "1.1").source == analysis::JudgementSource::Carried);  // equal
    CHECK(norm_of(b, "1.1").value == "voldoet deels");
    CHECK(norm_of(b, "1.1").carried.at(0).relation == model::Relation::Equal);
    CHECK(norm_of(b, "1.2").source == analysis::JudgementSource::Carried);  // superset
    CHECK(norm_of(b, "1.2").value == "voldoet");
    CHECK(norm_of(b, "1.3").source == analysis::JudgementSource::Uncovered);  // subset
    CHECK(norm_of(b, "1.4").source == analysis::JudgementSource::Uncovered);  // intersects
    CHECK(b.carried == 2);
    CHECK(b.uncovered == 2);
  }
  SUBCASE("b → a: 1.3 is a superset of A2 there, 1.2 a subset") {
    const auto result =
        f.evaluate(audit_text(interview("i1", "uitvoering", "b@1", {{"1.3", "voldoet niet"}})));
    CHECK(norm_of(result.labels[0], "A2").source == analysis::JudgementSource::Carried);
    CHECK(norm_of(result.labels[0], "A2").value == "voldoet niet");
    const auto only_12 =
        f.evaluate(audit_text(interview("i1", "bestuur", "b@1", {{"1.2", "voldoet"}})));
    CHECK(norm_of(only_12.labels[0], "A2").source == analysis::JudgementSource::Uncovered);
  }
  SUBCASE("a norm heard itself keeps its own judgement") {
    const auto result =
        f.evaluate(audit_text(interview("i1", "bestuur", "a@1", {{"A1", "voldoet niet"}}) +
                              interview("i2", "bestuur", "b@1", {{"1.1", "voldoet"}})));
    CHECK(norm_of(result.labels[1], "1.1").source == analysis::JudgementSource::Heard);
    CHECK(norm_of(result.labels[1], "1.1").value == "voldoet");
  }
}

TEST_CASE("each label's outcome by its own rule, and uncovered norms leave it incomplete") {
  Fixture f;
  const std::string all_b = interview(
      "i2", "bestuur", "b@1",
      {{"1.1", "voldoet"}, {"1.2", "voldoet deels"}, {"1.3", "voldoet"}, {"1.4", "voldoet deels"}});
  SUBCASE("a: at most one 'voldoet deels', so two fail it, and b: half met passes") {
    const auto result = f.evaluate(audit_text(
        interview("i1", "staf", "a@1", {{"A1", "voldoet deels"}, {"A2", "voldoet deels"}}) +
        all_b));
    CHECK(result.labels[0].verdict.outcome == analysis::Verdict::Outcome::Fail);
    CHECK(result.labels[1].verdict.outcome == analysis::Verdict::Outcome::Pass);
  }
  SUBCASE("a norm nobody heard: incomplete") {
    const auto result =
        f.evaluate(audit_text(interview("i1", "staf", "a@1", {{"A2", "voldoet"}}) + all_b));
    CHECK(norm_of(result.labels[0], "A1").source == analysis::JudgementSource::Carried);
    const auto without = f.evaluate(
        audit_text(interview("i1", "staf", "a@1", {{"A2", "voldoet"}}) +
                   interview("i2", "bestuur", "b@1", {{"1.2", "voldoet"}, {"1.3", "voldoet"}})));
    CHECK(norm_of(without.labels[0], "A1").source == analysis::JudgementSource::Uncovered);
    CHECK(without.labels[0].verdict.outcome == analysis::Verdict::Outcome::Incomplete);
  }
}

TEST_CASE("the zelfevaluatie beside the auditor: self higher and self lower") {
  Fixture f;
  auto z = read_text_as("z.yaml",
                "labeltool: zelfevaluatie/1\nnormset: a@1\norganisation: Test\nscope: [sw]\n"
                "date: 2026-10-01\nanswers:\n  A1: {score: voldoet}\n"
                "  A2: {score: voldoet niet, toelichting: Nog niet.}\n");
  REQUIRE(z.zelfevaluatie());
  const auto result = f.evaluate(
      audit_text(interview("i1", "staf", "a@1", {{"A1", "voldoet deels"}, {"A2", "voldoet"}})),
      {z.zelfevaluatie()});
  const auto& a = result.labels[0];
  CHECK(norm_of(a, "A1").comparison == analysis::SelfComparison::Higher);
  CHECK(norm_of(a, "A2").comparison == analysis::SelfComparison::Lower);
  CHECK(a.self_higher == 1);
  CHECK(a.self_lower == 1);
  CHECK(result.labels[1].zelfevaluatie == nullptr);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/audit_template");

TEST_CASE("the empty form has one interview per group and is read back without errors") {
  Fixture f;
  const std::vector<analysis::FormSet> form = {{f.sets[0], {"sw"}}, {f.sets[1], {}}};
  const std::string yaml = report::render_audit_template_yaml(form, "2026-11-23");
  CHECK(yaml.find("ILLUSTRATIEF: a@1 en b@1 zijn niet de officiële normenkaders") !=
        std::string::npos);
  for (const auto& [name, text] :
       {std::pair<std::string, std::string>{"form.yaml", yaml},
        {"form.csv", report::render_audit_template_csv(form, "2026-11-23")},
        {"form-comma.csv",
         report::render_audit_template_csv(form, "2026-11-23", report::CsvDialect::Comma)}}) {
    CAPTURE(name);
    auto in = read_text_as(name, text);
    REQUIRE(in.audit());
    auto found = in.diagnostics;
    auto more = analysis::check_audit(*in.audit(), f.sets);
    found.insert(found.end(), more.begin(), more.end());
    CHECK(testing::render(found) == "");
    const auto& audit = *in.audit();
    REQUIRE(audit.interviews.size() == 3);  // bestuur, staf, uitvoering
    CHECK(audit.interviews[0].group == "bestuur");
    CHECK(audit.interviews[1].group == "staf");
    CHECK(audit.interviews[2].group == "uitvoering");
    // A3 applies to shv only, so the staf interview asks A2 alone.
    REQUIRE(audit.interviews[1].labels.size() == 1);
    CHECK(audit.interviews[1].labels[0].judgements.size() == 1);
    CHECK(audit.interviews[0].labels.size() == 2);
  }
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/audit");

TEST_CASE("audit of the shipped example: text, Markdown, English, JSON and CSV, exit 1") {
  const std::vector<std::string> base = {"audit", "examples/geldwijzer-audit.yaml",
                                         "--zelfevaluatie", "examples/geldwijzer-kssw-2019.yaml"};
  const auto text = testing::run_labeltool(base);
  CHECK(text.exit_code == 1);  // kssw@2019 is incomplete: D9 was covered by no interview
  CHECK(text.err == "");
  testing::check_golden("audit-geldwijzer.txt", text.out);
  auto with = [&](std::vector<std::string> more) {
    auto arguments = base;
    arguments.insert(arguments.end(), more.begin(), more.end());
    return testing::run_labeltool(arguments);
  };
  testing::check_golden("audit-geldwijzer.md", with({"--format", "markdown"}).out);
  testing::check_golden("audit-geldwijzer-en.txt", with({"--lang", "en"}).out);
  const auto json = with({"--format", "json"});
  CHECK(json.exit_code == 1);
  testing::check_golden("audit-geldwijzer.json", json.out);
  testing::check_golden("audit-geldwijzer.csv", with({"--format", "csv"}).out);
  CHECK(with({"--fail-on", "never"}).exit_code == 0);
}

TEST_CASE("audit exits 2 for a file that is not an audit, and for a zelfevaluatie of another set") {
  const auto wrong = testing::run_labeltool({"audit", "examples/geldwijzer-kssw-2019.yaml"});
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err.find("this is a zelfevaluatie/1 file, but an audit (audit/1) is needed here") !=
        std::string::npos);
  const auto other =
      testing::run_labeltool({"audit", "examples/geldwijzer-audit.yaml", "--zelfevaluatie",
                              "examples/buurtkracht-kssw-2019.yaml", "--zelfevaluatie",
                              "examples/wijkwerk-kssw-2019-gaps.yaml"});
  CHECK(other.exit_code == 2);
  CHECK(other.err.find("two zelfevaluaties for kssw@2019") != std::string::npos);
}

TEST_CASE("template --audit writes a form that lint and audit read back, YAML and CSV") {
  const std::string folder = testing::temp_dir();
  for (const std::string format : {"yaml", "csv"}) {
    CAPTURE(format);
    const std::string path = folder + "/form." + format;
    const auto written =
        testing::run_labeltool({"template", "--audit", "kssw@2019", "nvvk@2021", "--scope",
                                "schuldhulpverlening", "--format", format, "-o", path});
    REQUIRE(written.exit_code == 0);
    const auto lint = testing::run_labeltool({"lint", path});
    CHECK(lint.exit_code == 0);
    CHECK(lint.out == "no problems in 1 file\n");
    // Nothing judged yet: every norm is uncovered and both outcomes are incomplete.
    const auto audit = testing::run_labeltool({"audit", path, "--format", "json"});
    CHECK(audit.exit_code == 1);
    CHECK(audit.out.find("\"outcome\": \"incomplete\"") != std::string::npos);
  }
  const auto unknown = testing::run_labeltool(
      {"template", "--audit", "kssw@2019", "nvvk@2021", "--scope", "schuldhulpverleninq"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("did you mean 'schuldhulpverlening'?") != std::string::npos);
  CHECK(testing::run_labeltool({"template", "kssw@2019", "nvvk@2021"}).exit_code == 2);
}

TEST_CASE("lint reports an audit's findings with their codes and places") {
  const std::string folder = testing::temp_dir();
  const std::string path = testing::write_file(folder, "audit.yaml", R"(labeltool: audit/1
organisation: Test
normsets:
  - normset: kssw@2019
interviews:
  - id: i1
    date: 2026-11-16
    group: bestuur
    labels:
      - normset: kssw@2019
        judgements:
          O01: {judgement: voldoet}
          V1: {judgement: deels}
)");
  const auto lint = testing::run_labeltool({"lint", path});
  CHECK(lint.exit_code == 1);
  CHECK(lint.out.find("audit.yaml:12:11: error[unknown-norm]: judgement of 'O01', but norm set "
                      "kssw@2019 has no norm O01 (did you mean 'O1'?)") != std::string::npos);
  CHECK(lint.out.find("audit.yaml:13:27: error[invalid-score]") != std::string::npos);
  CHECK(lint.out.find("audit.yaml:13:11: note[norm-outside-group]") != std::string::npos);
}

TEST_SUITE_END();
