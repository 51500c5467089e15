// The reports of `labeltool check`, whole, on a small model, in every format.
#include <doctest/doctest.h>

#include "analysis/check.hpp"
#include "report/check_report.hpp"
#include "test_report_models.hpp"

using namespace labeltool;
using labeltool::testing::answer;
using report::Lang;

namespace {

/// a@1 with B1 met, B2 partly met with an action, and U1 unanswered (a finding).
struct Checked {
  model::NormSet set = testing::set_a1();
  model::Zelfevaluatie z = testing::zelfevaluatie(
      "2026-01-10", {answer("B1", "voldoet", "Visie 2026"),
                     answer("B2", "deels", "Plan in de maak", "Plan vaststellen")});
  analysis::CheckResult result;
  report::CheckedFile file;

  Checked() {
    set.verdict = model::Verdict{0, 1, std::nullopt, "Geen enkele norm niet.", {}};
    set.themes[0].norms[0].evidence = {"Visiedocument"};
    z.answers[1].owner = "Directeur";
    z.answers[1].due = "2026-06-30";
    result = analysis::check_zelfevaluatie(z, set, "2026-01-10");
    file = {"z.yaml", &z, &set, &result, result.diagnostics};
  }
};

}  // namespace

TEST_CASE("check as text, in Dutch and in English") {
  const Checked c;
  const std::string out_check_text_nl =
      report::render_check_text(c.file, Lang::Nl, report::Colour::Off, 0);
  CHECK(
      out_check_text_nl ==
      "Zelfevaluatie: De Wijk — 2026-01-10 (z.yaml)\n"
      "Normenkader: Label a (a@1), status: official\n"
      "Scope: alle\n"
      "Ingevuld: 2 van 3 normen die voor deze scope gelden\n"
      "\n"
      "Nog niet beantwoord: 1 norm [missing-answer]\n"
      "  U Uitvoering (1): U1\n"
      "\n"
      "z.yaml: waarschuwing[missing-evidence]: bij norm B1 is nog geen bewijs genoemd; de auditor "
      "vraagt naar: Visiedocument\n"
      "\n"
      "Stand per thema\n"
      "  Thema           voldoet   deels    niet   ingevuld  % voldoet\n"
      "  B  Beleid             1       1       0    2 van 2  50% (1 van 2)\n"
      "  U  Uitvoering         0       0       0    0 van 1  -\n"
      "  Totaal                1       1       0    2 van 3  50% (1 van 2; 1 open niet meegeteld)\n"
      "\n"
      "Oordeel: onvolledig: 1 norm zonder antwoord\n"
      "\n"
      "Verbeterpunten (1)\n"
      "  B2     Plan — deels\n"
      "         Actie: Plan vaststellen (Directeur, uiterlijk 2026-06-30)\n"
      "\n"
      "Bewijs nog niet genoemd (1)\n"
      "  B1     Visie — verwacht: Visiedocument\n");
  const std::string out_check_text_en =
      report::render_check_text(c.file, Lang::En, report::Colour::Off, 0);
  CHECK(out_check_text_en ==
        "Self-assessment: De Wijk — 2026-01-10 (z.yaml)\n"
        "Norm set: Label a (a@1), status: official\n"
        "Scope: all\n"
        "Answered: 2 of 3 norms that apply to this scope\n"
        "\n"
        "Not yet answered: 1 norm [missing-answer]\n"
        "  U Uitvoering (1): U1\n"
        "\n"
        "z.yaml: warning[missing-evidence]: norm B1 names no evidence; an auditor will ask for: "
        "Visiedocument\n"
        "\n"
        "Standing per theme\n"
        "  Theme               met  partly     not   answered  % met\n"
        "  B  Beleid             1       1       0     2 of 2  50% (1 of 2)\n"
        "  U  Uitvoering         0       0       0     0 of 1  -\n"
        "  Total                 1       1       0     2 of 3  50% (1 of 2; 1 open not counted)\n"
        "\n"
        "Verdict: incomplete: 1 norm without an answer\n"
        "\n"
        "Gaps (1)\n"
        "  B2     Plan — deels\n"
        "         Action: Plan vaststellen (Directeur, due 2026-06-30)\n"
        "\n"
        "Evidence not yet named (1)\n"
        "  B1     Visie — expected: Visiedocument\n");
}

TEST_CASE("check as Markdown") {
  const Checked c;
  const std::string out_check_markdown = report::render_check_markdown(c.file, Lang::Nl);
  CHECK(out_check_markdown ==
        "# Zelfevaluatie: De Wijk\n"
        "\n"
        "- Normenkader: Label a (a@1), status: official\n"
        "- Datum: 2026-01-10\n"
        "- Scope: alle\n"
        "- Ingevuld: 2 van 3 normen die voor deze scope gelden\n"
        "\n"
        "## Oordeel\n"
        "\n"
        "**onvolledig: 1 norm zonder antwoord**\n"
        "\n"
        "## Stand per thema\n"
        "\n"
        "| Thema | voldoet | deels | niet | ingevuld | % voldoet |\n"
        "|---|---:|---:|---:|---:|---:|\n"
        "| B Beleid | 1 | 1 | 0 | 2 van 2 | 50% (1 van 2) |\n"
        "| U Uitvoering | 0 | 0 | 0 | 0 van 1 | - |\n"
        "| **Totaal** | 1 | 1 | 0 | 2 van 3 | 50% (1 van 2; 1 open niet meegeteld) |\n"
        "\n"
        "## Nog niet beantwoord (1)\n"
        "\n"
        "- U Uitvoering (1): U1\n"
        "\n"
        "## Verbeterpunten (1)\n"
        "\n"
        "- **B2 Plan** — deels\n"
        "  - Toelichting: Plan in de maak\n"
        "  - Actie: Plan vaststellen (Directeur, uiterlijk 2026-06-30)\n"
        "\n"
        "## Bewijs nog niet genoemd (1)\n"
        "\n"
        "- **B1 Visie** — verwacht: Visiedocument\n"
        "\n"
        "## Bevindingen (1)\n"
        "\n"
        "- `z.yaml:0` waarschuwing[missing-evidence]: bij norm B1 is nog geen bewijs genoemd; de "
        "auditor vraagt naar: Visiedocument\n"
        "\n"
        "## Bijlage: alle normen\n"
        "\n"
        "### B Beleid\n"
        "\n"
        "- **B1 Visie** — Score: voldoet\n"
        "  - Normtekst: Er is een visie op het werk\n"
        "  - Toelichting: Visie 2026\n"
        "- **B2 Plan** — Score: deels\n"
        "  - Normtekst: Er is een plan voor vier jaar\n"
        "  - Toelichting: Plan in de maak\n"
        "\n"
        "### U Uitvoering\n"
        "\n"
        "- **U1 Dossier** — Score: geen antwoord\n"
        "  - Normtekst: Elk dossier is actueel\n");
}

TEST_CASE("check as JSON and CSV") {
  const Checked c;
  const std::string out_check_json =
      report::check_json_begin() + report::check_json_file(c.file) + report::check_json_end(true);
  CHECK(out_check_json ==
        R"txt({
  "schema": "labeltool-check/1",
  "files": [
    {
      "file": "z.yaml",
      "organisation": "De Wijk",
      "date": "2026-01-10",
      "scope": [],
      "normset": {
        "reference": "a@1",
        "name": "Label a",
        "status": "official",
        "status_note": ""
      },
      "errors": 1,
      "warnings": 1,
      "diagnostics": [
        {
          "line": 0,
          "column": 0,
          "severity": "warning",
          "code": "missing-evidence",
          "message": "norm B1 names no evidence; an auditor will ask for: Visiedocument"
        },
        {
          "line": 0,
          "column": 0,
          "severity": "error",
          "code": "missing-answer",
          "message": "norm U1 (Dossier) has no answer"
        }
      ],
      "verdict": {
        "outcome": "incomplete",
        "limits": [
          {
            "rule": "max_not_met",
            "actual": 0,
            "allowed": 0,
            "ok": true
          },
          {
            "rule": "max_partly_met",
            "actual": 1,
            "allowed": 1,
            "ok": true
          }
        ],
        "rule_description": "Geen enkele norm niet."
      },
      "total": {
        "counts": {
          "voldoet": 1,
          "deels": 1,
          "niet": 0
        },
        "required": 3,
        "unanswered": 1,
        "invalid": 0,
        "met": 1,
        "partly_met": 1,
        "not_met": 0,
        "not_applicable": 0,
        "assessed": 2,
        "met_percent": 50
      },
      "themes": [
        {
          "id": "B",
          "title": "Beleid",
          "tally": {
            "counts": {
              "voldoet": 1,
              "deels": 1,
              "niet": 0
            },
            "required": 2,
            "unanswered": 0,
            "invalid": 0,
            "met": 1,
            "partly_met": 1,
            "not_met": 0,
            "not_applicable": 0,
            "assessed": 2,
            "met_percent": 50
          }
        },
        {
          "id": "U",
          "title": "Uitvoering",
          "tally": {
            "counts": {
              "voldoet": 0,
              "deels": 0,
              "niet": 0
            },
            "required": 1,
            "unanswered": 1,
            "invalid": 0,
            "met": 0,
            "partly_met": 0,
            "not_met": 0,
            "not_applicable": 0,
            "assessed": 0,
            "met_percent": null
          }
        }
      ],
      "norms": [
        {
          "id": "B1",
          "theme": "B",
          "title": "Visie",
          "score": "voldoet",
          "meaning": "met",
          "toelichting": "Visie 2026",
          "evidence": [],
          "action": "",
          "owner": "",
          "due": ""
        },
        {
          "id": "B2",
          "theme": "B",
          "title": "Plan",
          "score": "deels",
          "meaning": "partly-met",
          "toelichting": "Plan in de maak",
          "evidence": [],
          "action": "Plan vaststellen",
          "owner": "Directeur",
          "due": "2026-06-30"
        },
        {
          "id": "U1",
          "theme": "U",
          "title": "Dossier",
          "score": null,
          "meaning": null
        }
      ]
    }
  ]
}
)txt");
  const std::string out_check_csv = report::check_csv_header() + report::check_csv_rows(c.file);
  CHECK(out_check_csv ==
        "file,theme,norm,title,score,meaning,toelichting,evidence,action,owner,due,findin"
        "gs\r\n"
        "z.yaml,B,B1,Visie,voldoet,met,Visie 2026,,,,,missing-evidence\r\n"
        "z.yaml,B,B2,Plan,deels,partly-met,Plan in de maak,,Plan "
        "vaststellen,Directeur,2026-06-30,\r\n"
        "z.yaml,U,U1,Dossier,,,,,,,,missing-answer\r\n");
}

TEST_CASE("counts in the verdict are singular for one norm, in both languages") {
  // Issue 12: the verdict said "1 normen zonder antwoord".
  const model::NormSet set;
  analysis::Verdict verdict;
  analysis::Tally total;
  total.required = 3;
  total.unanswered = 1;
  CHECK(report::verdict_text(verdict, total, set, Lang::Nl) ==
        "onvolledig: 1 norm zonder antwoord");
  CHECK(report::verdict_text(verdict, total, set, Lang::En) ==
        "incomplete: 1 norm without an answer");
  total.unanswered = 2;
  CHECK(report::verdict_text(verdict, total, set, Lang::Nl) ==
        "onvolledig: 2 normen zonder antwoord");
  CHECK(report::verdict_text(verdict, total, set, Lang::En) ==
        "incomplete: 2 norms without an answer");
}
