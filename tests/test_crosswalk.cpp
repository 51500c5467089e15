// Crosswalks: relation, lint, coverage, transfer and chain rules.
#include <doctest/doctest.h>

#include "analysis/diff.hpp"
#include "analysis/integrity.hpp"
#include "analysis/plan.hpp"
#include "analysis/text_similarity.hpp"
#include "analysis/transfer.hpp"
#include "input/kind.hpp"
#include "read/crosswalk_reader.hpp"
#include "read/normset_reader.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/gap_report.hpp"
#include "support/helpers.hpp"

using namespace labeltool;
using model::Meaning;
using model::Relation;

namespace {

/// A norm set "id@1" with norms N1..Nn in theme T (and theme U for the last one when asked).
std::string set_text(const std::string& id, int norms, const std::string& extra_norms = "") {
  std::string text =
      "labeltool: normset/1\nid: " + id + "\nversion: \"1\"\nname: " + id +
      "\nowner: T\nlanguage: nl\nstatus: illustrative\nstatus_note: Test.\n"
      "scale:\n  - {value: voldoet, meaning: met}\n  - {value: deels, meaning: partly-met}\n"
      "  - {value: niet, meaning: not-met}\n  - {value: nvt, meaning: not-applicable}\n"
      "verdict: {max_not_met: 0, description: x}\n"
      "scopes: [{id: s1, name: S1}, {id: s2, name: S2}]\n"
      "disciplines: [{id: bestuur, name: Bestuur}, {id: staf, name: Staf}]\n"
      "themes:\n  - id: T\n    title: Thema\n    norms:\n";
  for (int i = 1; i <= norms; ++i)
    text += "      - {id: N" + std::to_string(i) + ", title: Norm " + std::to_string(i) +
            ", text: Tekst " + std::to_string(i) + ", discipline: [bestuur]}\n";
  return text + extra_norms;
}

struct Sets {
  Diagnostics ignored;
  std::optional<yaml::Document> da, db;
  model::NormSet a, b;
  Sets(const std::string& ta, const std::string& tb) {
    da = yaml::parse_yaml("a.yaml", ta, {}, ignored);
    db = yaml::parse_yaml("b.yaml", tb, {}, ignored);
    a = read::read_normset(*da, ignored);
    b = read::read_normset(*db, ignored);
    REQUIRE(labeltool::testing::render(ignored) == "");
  }
};

model::Crosswalk crosswalk_of(const std::string& rows, Diagnostics& diagnostics,
                              const std::string& source = "a@1",
                              const std::string& target = "b@1") {
  const std::string text =
      "labeltool: crosswalk/1\nsource: " + source + "\ntarget: " + target +
      "\nmethod: expert\nstatus: illustrative\nstatus_note: Test.\nmappings:\n" + rows;
  auto document = yaml::parse_yaml("cw.yaml", text, {}, diagnostics);
  REQUIRE(document);
  REQUIRE(input::yaml_kind(*document, diagnostics));
  return read::read_crosswalk(*document, diagnostics);
}

model::Zelfevaluatie zelfevaluatie_of(const std::string& answers, Diagnostics& diagnostics) {
  auto document = yaml::parse_yaml(
      "z.yaml",
      "labeltool: zelfevaluatie/1\nnormset: a@1\norganisation: O\ndate: 2026-01-01\nanswers:\n" +
          answers,
      {}, diagnostics);
  REQUIRE(document);
  return read::read_zelfevaluatie(*document, diagnostics);
}

}  // namespace

TEST_SUITE_BEGIN("model/crosswalk");

TEST_CASE("relations invert subset and superset and keep the rest") {
  CHECK(model::inverse(Relation::Subset) == Relation::Superset);
  CHECK(model::inverse(Relation::Superset) == Relation::Subset);
  CHECK(model::inverse(Relation::Equal) == Relation::Equal);
  CHECK(model::inverse(Relation::Intersects) == Relation::Intersects);
  CHECK(model::inverse(Relation::NotRelated) == Relation::NotRelated);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/integrity");

TEST_CASE("crosswalk lint: unknown IDs, themes, duplicates, conflicts, strengths") {
  Sets sets(set_text("a", 3), set_text("b", 3));
  Diagnostics diagnostics;
  const auto crosswalk = crosswalk_of(
      "  - {source: N1, target: N1, relation: equal, strength: 10}\n"
      "  - {source: N1, target: N1, relation: equal}\n"
      "  - {source: N2, target: N2, relation: subset}\n"
      "  - {source: N2, target: N2, relation: superset}\n"
      "  - {source: N9, target: T, relation: intersects}\n"
      "  - {source: N3, target: N3, relation: intersects, strength: 10}\n"
      "  - {source: N3, target: N1, relation: equl}\n",
      diagnostics);
  analysis::check_crosswalk(crosswalk, sets.a, sets.b, diagnostics);
  CHECK(labeltool::testing::codes(diagnostics) ==
        std::vector<std::string>{"invalid-value", "duplicate-mapping", "conflicting-relation",
                                 "unknown-norm", "mapping-onto-theme", "strength-mismatch"});
  const std::string text = labeltool::testing::render(diagnostics);
  CHECK(text.find("'relation' is 'equl'; allowed: equal, subset, superset, intersects, not-related "
                  "(did you mean 'equal'?)") != std::string::npos);
  CHECK(text.find("the pair N2 → N2 is 'superset' here but 'subset' before; keep one") !=
        std::string::npos);
  CHECK(text.find("source norm 'N9' is not in a@1 (did you mean 'N1'?)") != std::string::npos);
  CHECK(text.find("target 'T' is a theme of b@1; a crosswalk relates norms") != std::string::npos);
}

TEST_CASE("crosswalks in both directions must agree") {
  Diagnostics diagnostics;
  const auto forward =
      crosswalk_of("  - {source: N1, target: N2, relation: subset}\n", diagnostics);
  const auto agreeing =
      crosswalk_of("  - {source: N2, target: N1, relation: superset}\n", diagnostics, "b@1", "a@1");
  const auto disagreeing =
      crosswalk_of("  - {source: N2, target: N1, relation: subset}\n", diagnostics, "b@1", "a@1");
  analysis::check_reverse_agreement(forward, agreeing, diagnostics);
  CHECK(diagnostics.empty());
  analysis::check_reverse_agreement(forward, disagreeing, diagnostics);
  CHECK(labeltool::testing::codes(diagnostics) == std::vector<std::string>{"reverse-mismatch"});
  CHECK(diagnostics[0].message.find("which makes this 'superset'") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/diff");

TEST_CASE("coverage keeps full, partial, not related, unmapped and not applicable apart") {
  // b has N1..N5 and N6 only for scope s2.
  Sets sets(set_text("a", 4),
            set_text("b", 5, "      - {id: N6, title: Zes, text: Zes, applies_to: [s2]}\n"));
  Diagnostics diagnostics;
  const auto crosswalk = crosswalk_of(
      "  - {source: N1, target: N1, relation: equal}\n"        // b.N1 full
      "  - {source: N2, target: N2, relation: superset}\n"     // b.N2 full (a covers all of it)
      "  - {source: N3, target: N3, relation: subset}\n"       // b.N3 partial
      "  - {source: N3, target: N4, relation: not-related}\n"  // b.N4 not related
      "  - {source: N4, target: N4, relation: intersects}\n"   // ...but this makes b.N4 partial
      "  - {source: N4, target: N6, relation: equal}\n",       // b.N6 is outside scope s1
      diagnostics);
  const auto diff = analysis::diff_labels(sets.a, sets.b, crosswalk, {"s1"}, {"s1"});
  const auto& b = diff.b.total;
  CHECK(b.full == 2);
  CHECK(b.partial == 2);
  CHECK(b.not_related == 0);
  CHECK(b.unmapped == 1);        // N5: nobody said anything — unknown, not a gap
  CHECK(b.not_applicable == 1);  // N6
  CHECK(b.applicable() == 5);    // the denominator leaves N6 out, keeps N5 in
  // Seen from a: a.N3 is a subset of b.N3, so b.N3 covers a.N3 fully.
  CHECK(diff.a.norms[2].coverage == analysis::Coverage::Full);
  CHECK(diff.a.norms[1].coverage == analysis::Coverage::Partial);  // a.N2 ⊃ b.N2
  CHECK(diff.matrix.at({"T", "T"}) == 5);                          // not-related rows are not pairs

  const auto only_not_related =
      crosswalk_of("  - {source: N1, target: N5, relation: not-related}\n", diagnostics);
  CHECK(analysis::diff_labels(sets.a, sets.b, only_not_related, {}, {}).b.total.not_related == 1);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/transfer");

TEST_CASE("transfer: equal and superset carry, subset and intersects give at most partly met") {
  Sets sets(set_text("a", 5), set_text("b", 6));
  Diagnostics diagnostics;
  const auto crosswalk = crosswalk_of(
      "  - {source: N1, target: N1, relation: equal}\n"
      "  - {source: N2, target: N2, relation: superset}\n"
      "  - {source: N3, target: N3, relation: subset}\n"
      "  - {source: N4, target: N4, relation: intersects}\n"
      "  - {source: N5, target: N5, relation: intersects}\n"
      "  - {source: N1, target: N6, relation: not-related}\n",
      diagnostics);
  const auto z = zelfevaluatie_of(
      "  N1: {score: voldoet}\n  N2: {score: deels}\n  N3: {score: voldoet}\n"
      "  N4: {score: niet}\n  N5: {score: deels}\n",
      diagnostics);
  const auto result = analysis::transfer(z, sets.a, sets.b, crosswalk, {});
  REQUIRE(result.norms.size() == 6);
  using K = analysis::TransferredNorm::Kind;
  CHECK(result.norms[0].kind == K::Carried);
  CHECK(result.norms[0].meaning == Meaning::Met);
  CHECK(result.norms[1].kind == K::Carried);
  CHECK(result.norms[1].meaning == Meaning::PartlyMet);
  CHECK(result.norms[2].kind == K::Verify);
  CHECK(result.norms[2].meaning == Meaning::PartlyMet);  // met, capped
  CHECK(result.norms[3].meaning == Meaning::NotMet);     // not met stays not met
  CHECK(result.norms[4].meaning == Meaning::PartlyMet);
  CHECK(result.norms[5].kind == K::NoSource);  // not-related is no source
  CHECK(result.carried == 2);
  CHECK(result.verify == 3);
  CHECK(result.no_source == 1);
}

TEST_CASE("transfer: with several sources the strictest wins, and all are listed") {
  Sets sets(set_text("a", 3), set_text("b", 1));
  Diagnostics diagnostics;
  const auto crosswalk = crosswalk_of(
      "  - {source: N1, target: N1, relation: equal}\n"
      "  - {source: N2, target: N1, relation: superset}\n"
      "  - {source: N3, target: N1, relation: equal}\n",
      diagnostics);
  const auto z = zelfevaluatie_of(
      "  N1: {score: voldoet}\n  N2: {score: niet}\n  N3: {score: deels}\n", diagnostics);
  const auto result = analysis::transfer(z, sets.a, sets.b, crosswalk, {});
  REQUIRE(result.norms.size() == 1);
  CHECK(result.norms[0].meaning == Meaning::NotMet);
  CHECK(result.norms[0].sources.size() == 3);
  REQUIRE(result.norms[0].decisive);
  CHECK(result.norms[0].sources[*result.norms[0].decisive].norm->id == "N2");
  CHECK(report::transfer_why_text(result.norms[0], report::Lang::En).find("strictest source: N2") ==
        0);
}

TEST_CASE("chains compose only where sound") {
  Diagnostics diagnostics;
  const auto ab = crosswalk_of(
      "  - {source: N1, target: N1, relation: equal}\n"
      "  - {source: N2, target: N2, relation: subset}\n"
      "  - {source: N3, target: N3, relation: superset}\n"
      "  - {source: N4, target: N4, relation: subset}\n"
      "  - {source: N5, target: N5, relation: intersects}\n"
      "  - {source: N6, target: N6, relation: not-related}\n",
      diagnostics);
  const auto bc = crosswalk_of(
      "  - {source: N1, target: N1, relation: intersects}\n"
      "  - {source: N2, target: N2, relation: subset}\n"
      "  - {source: N3, target: N3, relation: superset}\n"
      "  - {source: N4, target: N4, relation: superset}\n"
      "  - {source: N5, target: N5, relation: equal}\n"
      "  - {source: N6, target: N6, relation: equal}\n",
      diagnostics, "b@1", "c@1");
  const auto composed = analysis::compose(ab, bc);
  CHECK(composed.crosswalk.source == "a@1");
  CHECK(composed.crosswalk.target == "c@1");
  std::vector<std::string> rows;
  for (const auto& m : composed.crosswalk.mappings)
    rows.push_back(m.source + std::string(model::relation_name(m.relation)));
  CHECK(rows == std::vector<std::string>{"N1intersects", "N2subset", "N3superset", "N5intersects"});
  REQUIRE(composed.unsound.size() == 1);  // subset∘superset: unknown, reported for review
  CHECK(composed.unsound[0].first == "N4");
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/diff");

TEST_CASE("version diff matches by ID, then by text, and word diff marks the changes") {
  Sets sets(set_text("a", 3), set_text("a", 0,
                                       "      - {id: N1, title: Norm 1, text: Tekst 1}\n"
                                       "      - {id: N7, title: Norm 2, text: Tekst 2}\n"
                                       "      - {id: N8, title: Nieuw, text: Iets heel anders}\n"));
  const auto diff = analysis::diff_versions(sets.a, sets.b, nullptr);
  REQUIRE(diff.matches.size() == 2);
  CHECK(diff.matches[1].before->id == "N2");
  CHECK(diff.matches[1].after->id == "N7");
  CHECK(diff.matches[1].renumbered);
  CHECK(diff.added.size() == 1);
  CHECK(diff.removed.size() == 1);
  CHECK(analysis::word_diff("de organisatie heeft beleid", "de organisatie heeft actueel beleid") ==
        "de organisatie heeft {+actueel+} beleid");
  CHECK(analysis::word_diff("a b c", "a x c") == "a [-b-] {+x+} c");
  CHECK(analysis::similarity("Tekst een", "tekst een") == doctest::Approx(1.0));
}

TEST_CASE("answers on an old version carry over, need review or are lost") {
  Sets sets(set_text("a", 3), set_text("a", 0,
                                       "      - {id: N1, title: Norm 1, text: Tekst 1}\n"
                                       "      - {id: N2, title: Norm 2, text: Tekst 2 en meer}\n"));
  Diagnostics diagnostics;
  const auto z = zelfevaluatie_of(
      "  N1: {score: voldoet}\n  N2: {score: voldoet}\n  N3: {score: voldoet}\n", diagnostics);
  const auto diff = analysis::diff_versions(sets.a, sets.b, nullptr);
  const auto fates = analysis::answer_fates(z, sets.a, diff);
  REQUIRE(fates.size() == 3);
  CHECK(fates[0].kind == analysis::AnswerFate::Kind::CarriesOver);
  CHECK(fates[1].kind == analysis::AnswerFate::Kind::NeedsReview);
  CHECK(fates[2].kind == analysis::AnswerFate::Kind::Lost);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/plan");

/// The item of `norm` in `group`, or nullptr when the norm is not listed there.
const analysis::PlanItem* item_in(const analysis::Plan& plan, const std::string& group,
                                  const std::string& norm) {
  for (const auto& g : plan.groups)
    if (g.discipline == group)
      for (const auto& item : g.items)
        if (item.norm().id == norm) return &item;
  return nullptr;
}

analysis::PlanRequest request_for(const Sets& sets, const model::Crosswalk& crosswalk) {
  analysis::PlanRequest request;
  request.a = &sets.a;
  request.b = &sets.b;
  request.crosswalk = &crosswalk;
  return request;
}

TEST_CASE("plan: a norm with three related norms names all three, with their relations") {
  Sets sets(set_text("a", 2),
            set_text("b", 0,
                     "      - {id: M1, title: M1, text: x, discipline: [bestuur]}\n"
                     "      - {id: M2, title: M2, text: x, discipline: [bestuur]}\n"
                     "      - {id: M3, title: M3, text: x, discipline: [bestuur]}\n"));
  Diagnostics diagnostics;
  const auto crosswalk = crosswalk_of(
      "  - {source: N1, target: M1, relation: intersects}\n"
      "  - {source: N1, target: M2, relation: subset}\n"
      "  - {source: N1, target: M3, relation: equal}\n"
      "  - {source: N2, target: M1, relation: superset}\n"
      "  - {source: N2, target: M3, relation: not-related}\n",
      diagnostics);
  const auto plan = analysis::make_plan(request_for(sets, crosswalk));
  CHECK(plan.pairs == 4);  // not-related is no pair
  const auto* n1 = item_in(plan, "bestuur", "N1");
  REQUIRE(n1);
  REQUIRE(n1->partners.size() == 3);
  CHECK(n1->partners[0].norm->id == "M1");
  CHECK(n1->partners[0].relation == Relation::Intersects);
  CHECK(n1->partners[1].norm->id == "M2");
  CHECK(n1->partners[1].relation == Relation::Subset);
  CHECK(n1->partners[2].norm->id == "M3");
  CHECK(n1->partners[2].relation == Relation::Equal);
  // N to N: M1 is related to both N1 and N2, read from M1's side (superset becomes subset).
  const auto* m1 = item_in(plan, "bestuur", "M1");
  REQUIRE(m1);
  REQUIRE(m1->partners.size() == 2);
  CHECK(m1->partners[0].norm->id == "N1");
  CHECK(m1->partners[1].norm->id == "N2");
  CHECK(m1->partners[1].relation == Relation::Subset);
  CHECK(m1->partners[0].here);
  const auto* m2 = item_in(plan, "bestuur", "M2");
  REQUIRE(m2);
  CHECK(m2->partners.size() == 1);
  CHECK(m2->partners[0].relation == Relation::Superset);
}

TEST_CASE("plan: a norm related to norms in two groups is listed in both, marked shared") {
  Sets sets(set_text("a", 1),
            set_text("b", 0,
                     "      - {id: M1, title: M1, text: x, discipline: [bestuur]}\n"
                     "      - {id: M2, title: M2, text: x, discipline: [staf]}\n"
                     "      - {id: M3, title: M3, text: x, discipline: [bestuur, staf]}\n"));
  Diagnostics diagnostics;
  const auto crosswalk = crosswalk_of(
      "  - {source: N1, target: M1, relation: intersects}\n"
      "  - {source: N1, target: M2, relation: intersects}\n",
      diagnostics);
  const auto plan = analysis::make_plan(request_for(sets, crosswalk));
  REQUIRE(plan.groups.size() == 2);
  const auto* in_bestuur = item_in(plan, "bestuur", "N1");
  const auto* in_staf = item_in(plan, "staf", "N1");
  REQUIRE(in_bestuur);
  REQUIRE(in_staf);
  CHECK(in_bestuur->placement == analysis::Placement::Own);
  CHECK(in_staf->placement == analysis::Placement::Partner);  // asked with M2 there
  CHECK(in_bestuur->shared());
  CHECK(in_bestuur->also_in == std::vector<std::string>{"staf"});
  CHECK(in_staf->also_in == std::vector<std::string>{"bestuur"});
  // Both related norms are asked wherever either is: M2 joins N1 in bestuur.
  const auto* m2 = item_in(plan, "bestuur", "M2");
  REQUIRE(m2);
  CHECK(m2->placement == analysis::Placement::Partner);
  CHECK(m2->also_in == std::vector<std::string>{"staf"});
  REQUIRE(in_bestuur->partners.size() == 2);
  CHECK(in_bestuur->partners[0].here);
  CHECK(in_bestuur->partners[1].here);
  // In staf, N1 is there for M2; M1 is asked in bestuur only, and the partner says so.
  REQUIRE(in_staf->partners.size() == 2);
  CHECK_FALSE(in_staf->partners[0].here);
  CHECK(in_staf->partners[0].groups == std::vector<std::string>{"bestuur"});
  CHECK(in_staf->partners[1].here);
  // A norm whose own discipline names two groups is shared too; one in one group is not.
  CHECK(item_in(plan, "bestuur", "M3")->shared());
  CHECK_FALSE(item_in(plan, "bestuur", "M1")->shared());
  CHECK(plan.groups[0].shared == 3);  // N1, M2 and M3
  CHECK(plan.groups[0].only_b == 1);  // M3 has no related norm
}

TEST_CASE("plan: groups merged and renamed for one organisation") {
  Sets sets(set_text("a", 1), set_text("b", 0,
                                       "      - {id: M1, title: M1, text: x, discipline: [staf]}\n"
                                       "      - {id: M2, title: M2, text: x}\n"));
  Diagnostics diagnostics;
  const auto crosswalk =
      crosswalk_of("  - {source: N1, target: M1, relation: equal}\n", diagnostics);
  auto request = request_for(sets, crosswalk);
  request.groups = {{"leiding", "Leiding en staf", {"bestuur", "staf"}}};
  const auto merged = analysis::make_plan(request);
  REQUIRE(merged.groups.size() == 2);
  CHECK(merged.groups[0].discipline == "leiding");
  CHECK(merged.groups[0].name == "Leiding en staf");
  CHECK(merged.groups[0].items.size() == 2);  // N1 and M1, once each, not shared any more
  CHECK_FALSE(merged.groups[0].items[0].shared());
  CHECK(merged.groups[1].discipline == "");  // M2 names no discipline
  // Renaming keeps the set's name unless the rule gives one; moving bestuur into staf.
  request.groups = {{"staf", "", {"bestuur"}}};
  const auto moved = analysis::make_plan(request);
  REQUIRE(moved.groups.size() == 2);
  CHECK(moved.groups[0].discipline == "staf");
  CHECK(moved.groups[0].name == "Staf");
  CHECK(moved.groups[0].items.size() == 2);
  CHECK(analysis::known_groups(sets.a, sets.b) == std::vector<std::string>{"bestuur", "staf"});
}

TEST_CASE("plan: the zelfevaluatie's answer beside each norm of its label") {
  Sets sets(set_text("a", 2), set_text("b", 1));
  Diagnostics diagnostics;
  const auto crosswalk =
      crosswalk_of("  - {source: N1, target: N1, relation: equal}\n", diagnostics);
  const auto z =
      zelfevaluatie_of("  N1: {score: voldoet, toelichting: Goed geregeld}\n", diagnostics);
  auto request = request_for(sets, crosswalk);
  request.zelfevaluatie_a = &z;
  const auto plan = analysis::make_plan(request);
  REQUIRE(plan.groups.size() == 1);
  const auto& items = plan.groups[0].items;
  REQUIRE(items.size() == 3);
  REQUIRE(items[0].answer);
  CHECK(items[0].answer->score == "voldoet");
  CHECK(items[1].answer == nullptr);  // N2 of a: not answered
  CHECK(items[2].b);
  CHECK(items[2].answer == nullptr);  // b has no zelfevaluatie
}

TEST_SUITE_END();
