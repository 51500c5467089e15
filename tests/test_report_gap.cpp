// The reports of `labeltool gap`, whole, on small models: the gap report in every format,
// the words of each transfer rule, and the pre-filled zelfevaluatie.
#include <doctest/doctest.h>

#include "analysis/transfer.hpp"
#include "report/gap_report.hpp"
#include "report/prefilled.hpp"
#include "test_report_models.hpp"

using namespace labeltool;
using labeltool::testing::answer;
using report::Format;
using report::Lang;

namespace {

struct Gap {
  model::NormSet source = testing::set_a1(), target = testing::set_b1();
  model::Crosswalk crosswalk = testing::crosswalk_a_b();
  model::Zelfevaluatie z = testing::zelfevaluatie(
      "2026-01-10", {answer("B1", "voldoet", "Visie 2026", "Visie bijstellen"),
                     answer("B2", "deels", "Plan loopt"), answer("U1", "voldoet")});
  analysis::Transfer transfer = analysis::transfer(z, source, target, crosswalk, {});
  analysis::TargetScope scope = analysis::target_scope(z, target, {});
  std::vector<analysis::UnsoundChain> unsound = {
      {"B1", "X1", "K3", model::Relation::Subset, model::Relation::Superset}};

  std::string render(Format format, Lang lang) const {
    return report::render_transfer(source, target, transfer, unsound, crosswalk, scope, format,
                                   lang);
  }
};

}  // namespace

TEST_CASE("gap report as text, in Dutch and in English") {
  const Gap gap;
  const std::string out_gap_text_nl = gap.render(Format::Text, Lang::Nl);
  CHECK(out_gap_text_nl ==
        "a@1 → b@1\n"
        "Crosswalk: a@1 → b@1 (methode: expertanalyse; status: officieel)\n"
        "Scope van b@1: alle scopes (de zelfevaluatie geldt voor alle scopes)\n"
        "Overgenomen: 0 van 3 (0%); te verifiëren: 2 van 3 (67%); zonder bron (nog te "
        "doen): 1 van 3 (33%)\n"
        "\n"
        "Overgenomen (0)\n"
        "\n"
        "Te verifiëren (2)\n"
        "  K1 Koers — deels (uit B1 equal 'voldoet', B2 intersects 'deels'; beslissend: "
        "B2, hoogstens\n"
        "      deels, verifiëren)\n"
        "  K2 Dossiers — deels (uit U1 subset 'voldoet'; beslissend: U1, hoogstens "
        "deels, verifiëren)\n"
        "\n"
        "Zonder bron: nog te doen (1)\n"
        "  K3 Inkoop\n"
        "\n"
        "Ketens om te beoordelen (1)\n"
        "  B1 →subset→ X1 →superset→ K3: niet samen te stellen, niet gebruikt\n");
  const std::string out_gap_text_en = gap.render(Format::Text, Lang::En);
  CHECK(out_gap_text_en ==
        "a@1 → b@1\n"
        "Crosswalk: a@1 → b@1 (method: expert analysis; status: official)\n"
        "Scope of b@1: every scope (the zelfevaluatie applies to every scope)\n"
        "Carried: 0 of 3 (0%); to verify: 2 of 3 (67%); no source (work to do): 1 of 3 "
        "(33%)\n"
        "\n"
        "Carried (0)\n"
        "\n"
        "To verify (2)\n"
        "  K1 Koers — deels (from B1 equal 'voldoet', B2 intersects 'deels'; decisive: "
        "B2, at most partly\n"
        "      met, verify)\n"
        "  K2 Dossiers — deels (from U1 subset 'voldoet'; decisive: U1, at most partly "
        "met, verify)\n"
        "\n"
        "No source: work to do (1)\n"
        "  K3 Inkoop\n"
        "\n"
        "Chains to review (1)\n"
        "  B1 →subset→ X1 →superset→ K3: cannot be composed, not used\n");
}

TEST_CASE("gap report as Markdown") {
  const std::string out_gap_markdown = Gap().render(Format::Markdown, Lang::Nl);
  CHECK(out_gap_markdown ==
        "# a@1 → b@1\n"
        "\n"
        "Crosswalk: a@1 → b@1 (methode: expertanalyse; status: officieel)\n"
        "\n"
        "Scope van b@1: alle scopes (de zelfevaluatie geldt voor alle scopes)\n"
        "\n"
        "\n"
        "Overgenomen: 0 van 3 (0%); te verifiëren: 2 van 3 (67%); zonder bron (nog te "
        "doen): 1 van 3 (33%)\n"
        "\n"
        "## Overgenomen (0)\n"
        "\n"
        "\n"
        "## Te verifiëren (2)\n"
        "\n"
        "- K1 Koers — deels (uit B1 equal 'voldoet', B2 intersects 'deels'; beslissend: "
        "B2, hoogstens deels, verifiëren)\n"
        "- K2 Dossiers — deels (uit U1 subset 'voldoet'; beslissend: U1, hoogstens "
        "deels, verifiëren)\n"
        "\n"
        "## Zonder bron: nog te doen (1)\n"
        "\n"
        "- K3 Inkoop\n"
        "\n"
        "## Ketens om te beoordelen (1)\n"
        "\n"
        "- B1 →subset→ X1 →superset→ K3: niet samen te stellen, niet gebruikt\n");
}

TEST_CASE("gap report as JSON keeps its English sentences whatever the language") {
  const Gap gap;
  const std::string out_gap_json = gap.render(Format::Json, Lang::Nl);
  CHECK(out_gap_json ==
        R"txt({
  "schema": "labeltool-gap/1",
  "source": "a@1",
  "target": "b@1",
  "crosswalk": {
    "files": [],
    "source": "a@1",
    "target": "b@1",
    "method": "expert",
    "status": "official",
    "status_note": ""
  },
  "scope": {
    "used": [],
    "reason": "all-scopes",
    "not_in_target": []
  },
  "carried": 0,
  "verify": 2,
  "no_source": 1,
  "norms": [
    {
      "id": "K1",
      "kind": "verify",
      "score": "deels",
      "why": "strictest source: B2 (intersects: at most partly met, verify)",
      "sources": [
        {
          "norm": "B1",
          "score": "voldoet",
          "relation": "equal",
          "rule": "equal: the score carries over"
        },
        {
          "norm": "B2",
          "score": "deels",
          "relation": "intersects",
          "rule": "intersects: at most partly met, verify"
        }
      ]
    },
    {
      "id": "K2",
      "kind": "verify",
      "score": "deels",
      "why": "strictest source: U1 (subset: at most partly met, verify)",
      "sources": [
        {
          "norm": "U1",
          "score": "voldoet",
          "relation": "subset",
          "rule": "subset: at most partly met, verify"
        }
      ]
    },
    {
      "id": "K3",
      "kind": "no-source",
      "score": null,
      "why": "",
      "sources": []
    }
  ],
  "unsound_chains": [
    {
      "first": "B1",
      "middle": "X1",
      "last": "K3",
      "relations": "subset∘superset"
    }
  ]
}
)txt");
  CHECK(gap.render(Format::Json, Lang::En) == out_gap_json);
}

TEST_CASE("every transfer rule in both languages") {
  using Rule = analysis::TransferSource::Rule;
  const model::Answer off_scale = answer("B1", "ja");
  const auto rule = [&](Rule which, model::Relation relation, Lang lang) {
    const analysis::TransferSource source{nullptr, &off_scale, relation, std::nullopt, which};
    return report::transfer_rule_text(source, lang);
  };
  CHECK(rule(Rule::OffScale, model::Relation::Equal, Lang::Nl) ==
        "score 'ja' staat niet op de schaal: niets overgenomen");
  CHECK(rule(Rule::OffScale, model::Relation::Equal, Lang::En) ==
        "score 'ja' is not on the scale: nothing carried");
  CHECK(rule(Rule::NotApplicableThere, model::Relation::Equal, Lang::Nl) ==
        "daar niet van toepassing: nagaan of het hier geldt");
  CHECK(rule(Rule::NotApplicableThere, model::Relation::Equal, Lang::En) ==
        "not applicable there: verify whether it applies here");
  CHECK(rule(Rule::ScoreCarries, model::Relation::Superset, Lang::Nl) ==
        "superset: score gaat mee");
  CHECK(rule(Rule::ScoreCarries, model::Relation::Equal, Lang::En) ==
        "equal: the score carries over");
  CHECK(rule(Rule::AtMostPartlyMet, model::Relation::Subset, Lang::Nl) ==
        "subset: hoogstens deels, verifiëren");
  CHECK(rule(Rule::AtMostPartlyMet, model::Relation::Intersects, Lang::En) ==
        "intersects: at most partly met, verify");
}

TEST_CASE("the pre-filled zelfevaluatie writes its rules in the report's language") {
  const Gap gap;
  const std::string out_prefilled_nl = report::render_prefilled(
      gap.z, gap.source, gap.target, gap.transfer, {}, "2026-02-01", Lang::Nl);
  CHECK(out_prefilled_nl ==
        "# Vooringevuld door labeltool gap uit a@1 (De Wijk) via een crosswalk.\n"
        "# Controleer elk antwoord; 'verify' in carried_from betekent: nog verifiëren.\n"
        "labeltool: zelfevaluatie/1\n"
        "normset: b@1\n"
        "organisation: \"De Wijk\"\n"
        "date: 2026-02-01\n"
        "answers:\n"
        "  \"K1\":\n"
        "    score: \"deels\"\n"
        "    toelichting: \"TE VERIFIËREN. Overgenomen uit a@1. B1: Visie 2026 B2: Plan "
        "loopt\"\n"
        "    action: \"Visie bijstellen\"\n"
        "    carried_from:\n"
        "      - {normset: a@1, norm: \"B1\", relation: equal, score: \"voldoet\", rule: "
        "\"equal: score gaat mee\"}\n"
        "      - {normset: a@1, norm: \"B2\", relation: intersects, score: \"deels\", rule: "
        "\"intersects: hoogstens deels, verifiëren\"}\n"
        "  \"K2\":\n"
        "    score: \"deels\"\n"
        "    toelichting: \"TE VERIFIËREN. Overgenomen uit a@1. \"\n"
        "    carried_from:\n"
        "      - {normset: a@1, norm: \"U1\", relation: subset, score: \"voldoet\", rule: "
        "\"subset: hoogstens deels, verifiëren\"}\n"
        "  \"K3\":\n"
        "    score:\n"
        "    toelichting:\n");
  const std::string out_prefilled_en = report::render_prefilled(
      gap.z, gap.source, gap.target, gap.transfer, {}, "2026-02-01", Lang::En);
  CHECK(out_prefilled_en ==
        "# Vooringevuld door labeltool gap uit a@1 (De Wijk) via een crosswalk.\n"
        "# Controleer elk antwoord; 'verify' in carried_from betekent: nog verifiëren.\n"
        "labeltool: zelfevaluatie/1\n"
        "normset: b@1\n"
        "organisation: \"De Wijk\"\n"
        "date: 2026-02-01\n"
        "answers:\n"
        "  \"K1\":\n"
        "    score: \"deels\"\n"
        "    toelichting: \"TE VERIFIËREN. Overgenomen uit a@1. B1: Visie 2026 B2: Plan "
        "loopt\"\n"
        "    action: \"Visie bijstellen\"\n"
        "    carried_from:\n"
        "      - {normset: a@1, norm: \"B1\", relation: equal, score: \"voldoet\", rule: "
        "\"equal: the score carries over\"}\n"
        "      - {normset: a@1, norm: \"B2\", relation: intersects, score: \"deels\", rule: "
        "\"intersects: at most partly met, verify\"}\n"
        "  \"K2\":\n"
        "    score: \"deels\"\n"
        "    toelichting: \"TE VERIFIËREN. Overgenomen uit a@1. \"\n"
        "    carried_from:\n"
        "      - {normset: a@1, norm: \"U1\", relation: subset, score: \"voldoet\", rule: "
        "\"subset: at most partly met, verify\"}\n"
        "  \"K3\":\n"
        "    score:\n"
        "    toelichting:\n");
}
