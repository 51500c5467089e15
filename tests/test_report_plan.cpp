// The report of `labeltool plan`, whole, on small models, in every format.
#include <doctest/doctest.h>

#include "analysis/plan.hpp"
#include "report/plan_report.hpp"
#include "test_report_models.hpp"

using namespace labeltool;
using labeltool::testing::answer;
using report::Format;
using report::Lang;

namespace {

/// a@1 and b@1 with an illustrative crosswalk, guidance and evidence on B1, K1 asked in both
/// groups, and a zelfevaluatie on a@1.
struct Planned {
  model::NormSet a = testing::set_a1(), b = testing::set_b1();
  model::Crosswalk crosswalk = testing::crosswalk_a_b();
  model::Zelfevaluatie z = testing::zelfevaluatie(
      "2026-01-10", {answer("B1", "voldoet", "Visie 2026 vastgesteld"), answer("U1", "deels")});
  analysis::Plan plan;

  Planned() {
    auto& b1 = a.themes[0].norms[0];
    b1.guidance = "Kijk of de visie actueel is. Medewerkers kunnen haar uitleggen.";
    b1.evidence = {"Visiedocument", "Verslag heidag"};
    b.themes[0].norms[0].discipline = {"bestuur", "team"};  // K1: asked in both groups
    crosswalk.file = std::make_shared<const SourceFile>("cw.yaml", "");
    crosswalk.status = model::Status::Illustrative;
    crosswalk.status_note = "Onze eigen analyse.";
    analysis::PlanRequest request;
    request.a = &a;
    request.b = &b;
    request.crosswalk = &crosswalk;
    request.zelfevaluatie_a = &z;
    plan = analysis::make_plan(request);
  }

  std::string render(Format format, Lang lang) const {
    return report::render_plan(plan, format, lang);
  }
};

}  // namespace

TEST_SUITE_BEGIN("report/plan_report");

TEST_CASE("plan as text, in Dutch and in English") {
  const Planned planned;
  const std::string out_plan_text_nl = planned.render(Format::Text, Lang::Nl);
  CHECK(out_plan_text_nl == R"txt(Gecombineerde audit: a@1 + b@1
Crosswalk: cw.yaml (methode: expertanalyse; status: illustratief)
ILLUSTRATIEF: deze crosswalk is geen officiële koppeling; wat hij wel is, staat in de bijlage 'Over
de crosswalk'.
Zelfevaluatie a@1: z.yaml (De Wijk, 2026-01-10)
3 normen van a@1, 3 normen van b@1, 3 gerelateerde paren (elke norm met al haar gerelateerde normen)
Een relatie leest van de norm naar de gerelateerde norm: equal gelijk, subset smaller, superset
ruimer, intersects gedeeltelijke overlap.

Bestuur (2 a, 2 b; 3 gedeeld met een andere groep)

  a B1 Visie [gedeeld, ook bij team]
      Normtekst: Er is een visie op het werk
      Gerelateerd:
        - b K1 Koers (equal, hier)
      Vraag naar:
        - Kijk of de visie actueel is.
        - Medewerkers kunnen haar uitleggen.
      Bewijs opvragen: Visiedocument; Verslag heidag
      Zelfevaluatie: voldoet — Visie 2026 vastgesteld

  a B2 Plan [gedeeld, ook bij team]
      Normtekst: Er is een plan voor vier jaar
      Gerelateerd:
        - b K1 Koers (intersects, hier)
      Zelfevaluatie: geen antwoord

  b K1 Koers [gedeeld, ook bij team]
      Normtekst: De koers staat vast
      Gerelateerd:
        - a B1 Visie (equal, hier)
        - a B2 Plan (intersects, hier)

  b K3 Inkoop
      Normtekst: Inkoop is geregeld
      Gerelateerd:
        - geen (de crosswalk noemt geen gerelateerde norm)

Team (3 a, 2 b; 3 gedeeld met een andere groep)

  a U1 Dossier
      Normtekst: Elk dossier is actueel
      Gerelateerd:
        - b K2 Dossiers (subset, hier)
      Zelfevaluatie: deels

  b K1 Koers [gedeeld, ook bij bestuur]
      Normtekst: De koers staat vast
      Gerelateerd:
        - a B1 Visie (equal, hier)
        - a B2 Plan (intersects, hier)

  b K2 Dossiers
      Normtekst: Dossiers zijn op orde
      Gerelateerd:
        - a U1 Dossier (superset, hier)

  a B1 Visie [gedeeld, ook bij bestuur; hier om een gerelateerde norm]
      Gerelateerd:
        - b K1 Koers (equal, hier)
      Zelfevaluatie: voldoet — Visie 2026 vastgesteld

  a B2 Plan [gedeeld, ook bij bestuur; hier om een gerelateerde norm]
      Gerelateerd:
        - b K1 Koers (intersects, hier)
      Zelfevaluatie: geen antwoord

Over de crosswalk
  Onze eigen analyse.
)txt");
  const std::string out_plan_text_en = planned.render(Format::Text, Lang::En);
  CHECK(out_plan_text_en == R"txt(Combined audit: a@1 + b@1
Crosswalk: cw.yaml (method: expert analysis; status: illustrative)
ILLUSTRATIVE: this crosswalk is not an official mapping; what it is, is in the annex 'About the
crosswalk'.
Self-assessment a@1: z.yaml (De Wijk, 2026-01-10)
3 norms of a@1, 3 norms of b@1, 3 related pairs (each norm with all its related norms)
A relation reads from the norm to the related norm: equal the same, subset narrower, superset
broader, intersects partial overlap.

Bestuur (2 a, 2 b; 3 shared with another group)

  a B1 Visie [shared, also in team]
      Norm text: Er is een visie op het werk
      Related:
        - b K1 Koers (equal, here)
      Ask about:
        - Kijk of de visie actueel is.
        - Medewerkers kunnen haar uitleggen.
      Evidence to request: Visiedocument; Verslag heidag
      Self-assessment: voldoet — Visie 2026 vastgesteld

  a B2 Plan [shared, also in team]
      Norm text: Er is een plan voor vier jaar
      Related:
        - b K1 Koers (intersects, here)
      Self-assessment: no answer

  b K1 Koers [shared, also in team]
      Norm text: De koers staat vast
      Related:
        - a B1 Visie (equal, here)
        - a B2 Plan (intersects, here)

  b K3 Inkoop
      Norm text: Inkoop is geregeld
      Related:
        - none (the crosswalk names no related norm)

Team (3 a, 2 b; 3 shared with another group)

  a U1 Dossier
      Norm text: Elk dossier is actueel
      Related:
        - b K2 Dossiers (subset, here)
      Self-assessment: deels

  b K1 Koers [shared, also in bestuur]
      Norm text: De koers staat vast
      Related:
        - a B1 Visie (equal, here)
        - a B2 Plan (intersects, here)

  b K2 Dossiers
      Norm text: Dossiers zijn op orde
      Related:
        - a U1 Dossier (superset, here)

  a B1 Visie [shared, also in bestuur; here for a related norm]
      Related:
        - b K1 Koers (equal, here)
      Self-assessment: voldoet — Visie 2026 vastgesteld

  a B2 Plan [shared, also in bestuur; here for a related norm]
      Related:
        - b K1 Koers (intersects, here)
      Self-assessment: no answer

About the crosswalk
  Onze eigen analyse.
)txt");
}

TEST_CASE("a guide for some interviews says which groups it leaves out, in every format") {
  Planned p;
  analysis::keep_groups(p.plan, {"team"});
  REQUIRE(p.plan.groups.size() == 1);
  CHECK(p.plan.groups[0].discipline == "team");
  REQUIRE(p.plan.left_out.size() == 1);
  CHECK(p.plan.left_out[0].name == "Bestuur");
  CHECK(p.plan.norms_a == 3);  // the whole plan's counts stay
  const std::string nl = p.render(Format::Text, Lang::Nl);
  CHECK(nl.find("Deze gids is alleen voor Team; de andere groepen (Bestuur) staan in de "
                "volledige gids.") != std::string::npos);
  CHECK(nl.find("\nBestuur (") == std::string::npos);  // its section is gone
  CHECK(p.render(Format::Text, Lang::En)
            .find("This guide is only for Team; the other groups (Bestuur) are in the full "
                  "guide.") != std::string::npos);
  CHECK(p.render(Format::Markdown, Lang::Nl).find("Deze gids is alleen voor Team") !=
        std::string::npos);
  CHECK(p.render(Format::Json, Lang::En).find("\"groups_left_out\": [\n    \"Bestuur\"\n  ]") !=
        std::string::npos);
  CHECK(report::only_groups_note(Planned().plan, Lang::Nl).empty());  // the whole guide
}

TEST_CASE("plan as Markdown") {
  const std::string out_plan_markdown = Planned().render(Format::Markdown, Lang::Nl);
  CHECK(out_plan_markdown == R"txt(# Gecombineerde audit: a@1 + b@1

Crosswalk: cw.yaml (methode: expertanalyse; status: illustratief)

> **ILLUSTRATIEF: deze crosswalk is geen officiële koppeling; wat hij wel is, staat in de bijlage 'Over de crosswalk'.**

Zelfevaluatie a@1: z.yaml (De Wijk, 2026-01-10)

3 normen van a@1, 3 normen van b@1, 3 gerelateerde paren (elke norm met al haar gerelateerde normen)

Een relatie leest van de norm naar de gerelateerde norm: equal gelijk, subset smaller, superset ruimer, intersects gedeeltelijke overlap.

## Bestuur (2 a, 2 b; 3 gedeeld met een andere groep)

### a B1 Visie \[gedeeld, ook bij team\]

**Normtekst:** Er is een visie op het werk

**Gerelateerd:**

- b K1 Koers (equal, hier)

**Vraag naar:**

- Kijk of de visie actueel is.
- Medewerkers kunnen haar uitleggen.

**Bewijs opvragen:** Visiedocument; Verslag heidag

**Zelfevaluatie:** voldoet — Visie 2026 vastgesteld


### a B2 Plan \[gedeeld, ook bij team\]

**Normtekst:** Er is een plan voor vier jaar

**Gerelateerd:**

- b K1 Koers (intersects, hier)

**Zelfevaluatie:** geen antwoord


### b K1 Koers \[gedeeld, ook bij team\]

**Normtekst:** De koers staat vast

**Gerelateerd:**

- a B1 Visie (equal, hier)
- a B2 Plan (intersects, hier)


### b K3 Inkoop

**Normtekst:** Inkoop is geregeld

**Gerelateerd:**

- geen (de crosswalk noemt geen gerelateerde norm)

## Team (3 a, 2 b; 3 gedeeld met een andere groep)

### a U1 Dossier

**Normtekst:** Elk dossier is actueel

**Gerelateerd:**

- b K2 Dossiers (subset, hier)

**Zelfevaluatie:** deels


### b K1 Koers \[gedeeld, ook bij bestuur\]

**Normtekst:** De koers staat vast

**Gerelateerd:**

- a B1 Visie (equal, hier)
- a B2 Plan (intersects, hier)


### b K2 Dossiers

**Normtekst:** Dossiers zijn op orde

**Gerelateerd:**

- a U1 Dossier (superset, hier)


### a B1 Visie \[gedeeld, ook bij bestuur; hier om een gerelateerde norm\]

**Gerelateerd:**

- b K1 Koers (equal, hier)

**Zelfevaluatie:** voldoet — Visie 2026 vastgesteld


### a B2 Plan \[gedeeld, ook bij bestuur; hier om een gerelateerde norm\]

**Gerelateerd:**

- b K1 Koers (intersects, hier)

**Zelfevaluatie:** geen antwoord


## Over de crosswalk

Onze eigen analyse.
)txt");
}

TEST_CASE("plan as JSON") {
  const std::string out_plan_json = Planned().render(Format::Json, Lang::En);
  CHECK(out_plan_json == R"txt({
  "schema": "labeltool-plan/2",
  "a": "a@1",
  "b": "b@1",
  "crosswalk": {
    "files": [
      "cw.yaml"
    ],
    "source": "a@1",
    "target": "b@1",
    "method": "expert",
    "status": "illustrative",
    "status_note": "Onze eigen analyse."
  },
  "zelfevaluaties": [
    {
      "normset": "a@1",
      "file": "z.yaml",
      "organisation": "De Wijk",
      "date": "2026-01-10"
    }
  ],
  "norms_a": 3,
  "norms_b": 3,
  "pairs": 3,
  "groups_left_out": [],
  "groups": [
    {
      "discipline": "bestuur",
      "name": "Bestuur",
      "count_a": 2,
      "count_b": 2,
      "shared": 3,
      "only_a": 0,
      "only_b": 1,
      "items": [
        {
          "normset": "a@1",
          "side": "a",
          "norm": "B1",
          "title": "Visie",
          "text": "Er is een visie op het werk",
          "ask_about": [
            "Kijk of de visie actueel is.",
            "Medewerkers kunnen haar uitleggen."
          ],
          "evidence": [
            "Visiedocument",
            "Verslag heidag"
          ],
          "placement": "own",
          "shared": true,
          "also_in": [
            "team"
          ],
          "related": [
            {
              "normset": "b@1",
              "norm": "K1",
              "title": "Koers",
              "relation": "equal",
              "strength": null,
              "here": true,
              "groups": [
                "bestuur",
                "team"
              ]
            }
          ],
          "answer": {
            "score": "voldoet",
            "toelichting": "Visie 2026 vastgesteld",
            "evidence": []
          }
        },
        {
          "normset": "a@1",
          "side": "a",
          "norm": "B2",
          "title": "Plan",
          "text": "Er is een plan voor vier jaar",
          "ask_about": [],
          "evidence": [],
          "placement": "own",
          "shared": true,
          "also_in": [
            "team"
          ],
          "related": [
            {
              "normset": "b@1",
              "norm": "K1",
              "title": "Koers",
              "relation": "intersects",
              "strength": null,
              "here": true,
              "groups": [
                "bestuur",
                "team"
              ]
            }
          ],
          "answer": null
        },
        {
          "normset": "b@1",
          "side": "b",
          "norm": "K1",
          "title": "Koers",
          "text": "De koers staat vast",
          "ask_about": [],
          "evidence": [],
          "placement": "own",
          "shared": true,
          "also_in": [
            "team"
          ],
          "related": [
            {
              "normset": "a@1",
              "norm": "B1",
              "title": "Visie",
              "relation": "equal",
              "strength": null,
              "here": true,
              "groups": [
                "bestuur",
                "team"
              ]
            },
            {
              "normset": "a@1",
              "norm": "B2",
              "title": "Plan",
              "relation": "intersects",
              "strength": null,
              "here": true,
              "groups": [
                "bestuur",
                "team"
              ]
            }
          ],
          "answer": null
        },
        {
          "normset": "b@1",
          "side": "b",
          "norm": "K3",
          "title": "Inkoop",
          "text": "Inkoop is geregeld",
          "ask_about": [],
          "evidence": [],
          "placement": "own",
          "shared": false,
          "also_in": [],
          "related": [],
          "answer": null
        }
      ]
    },
    {
      "discipline": "team",
      "name": "Team",
      "count_a": 3,
      "count_b": 2,
      "shared": 3,
      "only_a": 0,
      "only_b": 0,
      "items": [
        {
          "normset": "a@1",
          "side": "a",
          "norm": "U1",
          "title": "Dossier",
          "text": "Elk dossier is actueel",
          "ask_about": [],
          "evidence": [],
          "placement": "own",
          "shared": false,
          "also_in": [],
          "related": [
            {
              "normset": "b@1",
              "norm": "K2",
              "title": "Dossiers",
              "relation": "subset",
              "strength": null,
              "here": true,
              "groups": [
                "team"
              ]
            }
          ],
          "answer": {
            "score": "deels",
            "toelichting": "",
            "evidence": []
          }
        },
        {
          "normset": "b@1",
          "side": "b",
          "norm": "K1",
          "title": "Koers",
          "text": "De koers staat vast",
          "ask_about": [],
          "evidence": [],
          "placement": "own",
          "shared": true,
          "also_in": [
            "bestuur"
          ],
          "related": [
            {
              "normset": "a@1",
              "norm": "B1",
              "title": "Visie",
              "relation": "equal",
              "strength": null,
              "here": true,
              "groups": [
                "bestuur",
                "team"
              ]
            },
            {
              "normset": "a@1",
              "norm": "B2",
              "title": "Plan",
              "relation": "intersects",
              "strength": null,
              "here": true,
              "groups": [
                "bestuur",
                "team"
              ]
            }
          ],
          "answer": null
        },
        {
          "normset": "b@1",
          "side": "b",
          "norm": "K2",
          "title": "Dossiers",
          "text": "Dossiers zijn op orde",
          "ask_about": [],
          "evidence": [],
          "placement": "own",
          "shared": false,
          "also_in": [],
          "related": [
            {
              "normset": "a@1",
              "norm": "U1",
              "title": "Dossier",
              "relation": "superset",
              "strength": null,
              "here": true,
              "groups": [
                "team"
              ]
            }
          ],
          "answer": null
        },
        {
          "normset": "a@1",
          "side": "a",
          "norm": "B1",
          "title": "Visie",
          "text": "Er is een visie op het werk",
          "ask_about": [
            "Kijk of de visie actueel is.",
            "Medewerkers kunnen haar uitleggen."
          ],
          "evidence": [
            "Visiedocument",
            "Verslag heidag"
          ],
          "placement": "partner",
          "shared": true,
          "also_in": [
            "bestuur"
          ],
          "related": [
            {
              "normset": "b@1",
              "norm": "K1",
              "title": "Koers",
              "relation": "equal",
              "strength": null,
              "here": true,
              "groups": [
                "bestuur",
                "team"
              ]
            }
          ],
          "answer": {
            "score": "voldoet",
            "toelichting": "Visie 2026 vastgesteld",
            "evidence": []
          }
        },
        {
          "normset": "a@1",
          "side": "a",
          "norm": "B2",
          "title": "Plan",
          "text": "Er is een plan voor vier jaar",
          "ask_about": [],
          "evidence": [],
          "placement": "partner",
          "shared": true,
          "also_in": [
            "bestuur"
          ],
          "related": [
            {
              "normset": "b@1",
              "norm": "K1",
              "title": "Koers",
              "relation": "intersects",
              "strength": null,
              "here": true,
              "groups": [
                "bestuur",
                "team"
              ]
            }
          ],
          "answer": null
        }
      ]
    }
  ]
}
)txt");
}

TEST_CASE("plan as CSV: one row per norm per group, machine headers") {
  const std::string csv = Planned().render(Format::Csv, Lang::Nl);
  CHECK(csv.find("toelichting\r\nbestuur,") != std::string::npos);  // records end in CRLF
  std::string out_plan_csv;  // with LF, as the expected text is written
  for (std::size_t at = 0; at < csv.size(); ++at)
    if (!(csv[at] == '\r' && at + 1 < csv.size() && csv[at + 1] == '\n')) out_plan_csv += csv[at];
  CHECK(
      out_plan_csv ==
      R"txt(group,group_name,normset,norm,title,text,ask_about,evidence,placement,also_in,related,score,toelichting
bestuur,Bestuur,a@1,B1,Visie,Er is een visie op het werk,"Kijk of de visie actueel is.
Medewerkers kunnen haar uitleggen.",Visiedocument; Verslag heidag,own,team,K1 equal,voldoet,Visie 2026 vastgesteld
bestuur,Bestuur,a@1,B2,Plan,Er is een plan voor vier jaar,,,own,team,K1 intersects,,
bestuur,Bestuur,b@1,K1,Koers,De koers staat vast,,,own,team,B1 equal; B2 intersects,,
bestuur,Bestuur,b@1,K3,Inkoop,Inkoop is geregeld,,,own,,,,
team,Team,a@1,U1,Dossier,Elk dossier is actueel,,,own,,K2 subset,deels,
team,Team,b@1,K1,Koers,De koers staat vast,,,own,bestuur,B1 equal; B2 intersects,,
team,Team,b@1,K2,Dossiers,Dossiers zijn op orde,,,own,,U1 superset,,
team,Team,a@1,B1,Visie,Er is een visie op het werk,"Kijk of de visie actueel is.
Medewerkers kunnen haar uitleggen.",Visiedocument; Verslag heidag,partner,bestuur,K1 equal,voldoet,Visie 2026 vastgesteld
team,Team,a@1,B2,Plan,Er is een plan voor vier jaar,,,partner,bestuur,K1 intersects,,
)txt");
}

TEST_SUITE_END();
