// The reports of `labeltool diff`, whole, on small models: two versions (with the answers
// of a zelfevaluatie) and two labels, in every format.
#include <doctest/doctest.h>

#include "analysis/diff.hpp"
#include "report/label_diff_report.hpp"
#include "report/version_diff_report.hpp"
#include "test_report_models.hpp"

using namespace labeltool;
using labeltool::testing::answer;
using report::Format;
using report::Lang;

namespace {

struct Versions {
  model::NormSet before = testing::set_a1(), after = testing::set_a2();
  model::Zelfevaluatie z = testing::zelfevaluatie(
      "2026-01-10", {answer("B1", "voldoet"), answer("B2", "deels"), answer("U1", "niet")});
  analysis::VersionDiff diff = analysis::diff_versions(before, after, nullptr);
  std::vector<analysis::AnswerFate> fates = analysis::answer_fates(z, before, diff);

  std::string render(Format format, Lang lang) const {
    return report::render_version_diff(before, after, diff, &fates, format, lang);
  }
};

struct Labels {
  model::NormSet a = testing::set_a1(), b = testing::set_b1();
  model::Crosswalk crosswalk = testing::crosswalk_a_b();
  analysis::LabelDiff diff = analysis::diff_labels(a, b, crosswalk, {}, {});

  std::string render(Format format, Lang lang) const {
    return report::render_label_diff(crosswalk, diff, format, lang);
  }
};

}  // namespace

TEST_CASE("version diff as text, in Dutch and in English") {
  const Versions versions;
  const std::string out_version_text_nl = versions.render(Format::Text, Lang::Nl);
  CHECK(out_version_text_nl ==
        R"txt(a@1 → a@2
Ongewijzigd: 1, gewijzigd: 1, nieuw: 1, vervallen: 1

Gewijzigd (1)
  B2 → B2 [herschreven]: Plan
      Er is een {+actueel+} plan voor vier jaar

Nieuw (1)
  U2 Klachten

Vervallen (1)
  U1 Dossier

Antwoorden uit de zelfevaluatie (3)
  gaan mee: 1, opnieuw bekijken: 1, vervallen: 1
  B2 (deels) → B2: opnieuw bekijken — herschreven
  U1 (niet) → -: vervalt — de norm is vervallen
)txt");
  const std::string out_version_text_en = versions.render(Format::Text, Lang::En);
  CHECK(out_version_text_en ==
        R"txt(a@1 → a@2
Unchanged: 1, changed: 1, added: 1, removed: 1

Changed (1)
  B2 → B2 [reworded]: Plan
      Er is een {+actueel+} plan voor vier jaar

Added (1)
  U2 Klachten

Removed (1)
  U1 Dossier

Answers of the zelfevaluatie (3)
  carry over: 1, need review: 1, lost: 1
  B2 (deels) → B2: needs review — reworded
  U1 (niet) → -: lost — the norm was removed
)txt");
}

TEST_CASE("version diff as Markdown") {
  const std::string out_version_markdown = Versions().render(Format::Markdown, Lang::Nl);
  CHECK(out_version_markdown ==
        R"txt(# a@1 → a@2


Ongewijzigd: 1, gewijzigd: 1, nieuw: 1, vervallen: 1

## Gewijzigd (1)

- B2 → B2 \[herschreven\]: Plan
  - `Er is een {+actueel+} plan voor vier jaar`

## Nieuw (1)

- U2 Klachten

## Vervallen (1)

- U1 Dossier

## Antwoorden uit de zelfevaluatie (3)

gaan mee: 1, opnieuw bekijken: 1, vervallen: 1
- B2 (deels) → B2: opnieuw bekijken — herschreven
- U1 (niet) → -: vervalt — de norm is vervallen
)txt");
}

TEST_CASE("version diff as JSON and CSV keeps machine names whatever the language") {
  const Versions versions;
  const std::string out_version_json = versions.render(Format::Json, Lang::Nl);
  CHECK(out_version_json ==
        R"txt({
  "schema": "labeltool-diff/1",
  "kind": "versions",
  "before": "a@1",
  "after": "a@2",
  "matches": [
    {
      "before": "B1",
      "after": "B1",
      "relation": "equal",
      "changes": []
    },
    {
      "before": "B2",
      "after": "B2",
      "relation": "equal",
      "changes": [
        "reworded"
      ],
      "word_diff": "Er is een {+actueel+} plan voor vier jaar"
    }
  ],
  "added": [
    "U2"
  ],
  "removed": [
    "U1"
  ],
  "answers": [
    {
      "norm": "B1",
      "score": "voldoet",
      "fate": "carries-over",
      "successors": [
        "B1"
      ],
      "reason": "unchanged"
    },
    {
      "norm": "B2",
      "score": "deels",
      "fate": "needs-review",
      "successors": [
        "B2"
      ],
      "reason": "reworded"
    },
    {
      "norm": "U1",
      "score": "niet",
      "fate": "lost",
      "successors": [],
      "reason": "the norm was removed"
    }
  ]
}
)txt");
  CHECK(versions.render(Format::Json, Lang::En) == out_version_json);
  const std::string out_version_csv = versions.render(Format::Csv, Lang::Nl);
  CHECK(out_version_csv ==
        "before,after,change,relation,word_diff\r\n"
        "B1,B1,unchanged,equal,\r\n"
        "B2,B2,reworded,equal,Er is een {+actueel+} plan voor vier jaar\r\n"
        ",U2,added,,\r\n"
        "U1,,removed,,\r\n");
  CHECK(versions.render(Format::Csv, Lang::En) == out_version_csv);
}

TEST_CASE("fate reasons in both languages") {
  const Versions versions;
  REQUIRE(versions.fates.size() == 3);
  CHECK(report::fate_reason(versions.fates[0], Lang::Nl) == "ongewijzigd");
  CHECK(report::fate_reason(versions.fates[1], Lang::Nl) == "herschreven");
  CHECK(report::fate_reason(versions.fates[1], Lang::En) == "reworded");
  CHECK(report::fate_reason(versions.fates[2], Lang::Nl) == "de norm is vervallen");
  CHECK(report::fate_reason(versions.fates[2], Lang::En) == "the norm was removed");
}

TEST_CASE("label diff as text, in Dutch and in English") {
  const Labels labels;
  const std::string out_label_text_nl = labels.render(Format::Text, Lang::Nl);
  CHECK(out_label_text_nl ==
        "a@1 ↔ b@1\n"
        "Niet gemapt betekent onbekend: geen gat en niet gedekt.\n"
        "\n"
        "a@1 gedekt door b@1\n"
        "  Totaal: volledig 2 van 3 (67%), gedeeltelijk 1 van 3 (33%), niet gerelateerd "
        "0 van 3 (0%), onbekend (niet gemapt) 0 van 3 (0%)\n"
        "  B Beleid: volledig 1 van 2 (50%), gedeeltelijk 1 van 2 (50%), niet "
        "gerelateerd 0 van 2 (0%),\n"
        "      onbekend (niet gemapt) 0 van 2 (0%)\n"
        "  U Uitvoering: volledig 1 van 1 (100%), gedeeltelijk 0 van 1 (0%), niet "
        "gerelateerd 0 van 1 (0%),\n"
        "      onbekend (niet gemapt) 0 van 1 (0%)\n"
        "\n"
        "b@1 gedekt door a@1\n"
        "  Totaal: volledig 1 van 3 (33%), gedeeltelijk 1 van 3 (33%), niet gerelateerd "
        "0 van 3 (0%), onbekend (niet gemapt) 1 van 3 (33%)\n"
        "  K Kwaliteit: volledig 1 van 3 (33%), gedeeltelijk 1 van 3 (33%), niet "
        "gerelateerd 0 van 3 (0%),\n"
        "      onbekend (niet gemapt) 1 van 3 (33%)\n"
        "\n"
        "Per norm van a@1\n"
        "  B1     volledig                 K1 equal\n"
        "  B2     gedeeltelijk             K1 intersects\n"
        "  U1     volledig                 K2 superset\n"
        "\n"
        "Per norm van b@1\n"
        "  K1     volledig                 B1 equal, B2 intersects\n"
        "  K2     gedeeltelijk             U1 subset\n"
        "  K3     onbekend (niet gemapt)   \n"
        "\n"
        "Thema's × thema's (rijen a@1, kolommen b@1)\n"
        "             K\n"
        "B            2\n"
        "U            1\n");
  const std::string out_label_text_en = labels.render(Format::Text, Lang::En);
  CHECK(out_label_text_en ==
        "a@1 ↔ b@1\n"
        "Unmapped means unknown: neither a gap nor covered.\n"
        "\n"
        "a@1 covered by b@1\n"
        "  Total: full 2 of 3 (67%), partial 1 of 3 (33%), not related 0 of 3 (0%), "
        "unknown (unmapped) 0 of 3 (0%)\n"
        "  B Beleid: full 1 of 2 (50%), partial 1 of 2 (50%), not related 0 of 2 (0%), "
        "unknown (unmapped) 0\n"
        "      of 2 (0%)\n"
        "  U Uitvoering: full 1 of 1 (100%), partial 0 of 1 (0%), not related 0 of 1 "
        "(0%), unknown\n"
        "      (unmapped) 0 of 1 (0%)\n"
        "\n"
        "b@1 covered by a@1\n"
        "  Total: full 1 of 3 (33%), partial 1 of 3 (33%), not related 0 of 3 (0%), "
        "unknown (unmapped) 1 of 3 (33%)\n"
        "  K Kwaliteit: full 1 of 3 (33%), partial 1 of 3 (33%), not related 0 of 3 "
        "(0%), unknown\n"
        "      (unmapped) 1 of 3 (33%)\n"
        "\n"
        "Per norm of a@1\n"
        "  B1     full                     K1 equal\n"
        "  B2     partial                  K1 intersects\n"
        "  U1     full                     K2 superset\n"
        "\n"
        "Per norm of b@1\n"
        "  K1     full                     B1 equal, B2 intersects\n"
        "  K2     partial                  U1 subset\n"
        "  K3     unknown (unmapped)       \n"
        "\n"
        "Themes × themes (rows a@1, columns b@1)\n"
        "             K\n"
        "B            2\n"
        "U            1\n");
}

TEST_CASE("label diff as Markdown") {
  const std::string out_label_markdown = Labels().render(Format::Markdown, Lang::Nl);
  CHECK(out_label_markdown ==
        "# a@1 ↔ b@1\n"
        "\n"
        "Niet gemapt betekent onbekend: geen gat en niet gedekt.\n"
        "\n"
        "## a@1 gedekt door b@1\n"
        "\n"
        "**Totaal**: volledig 2 van 3 (67%), gedeeltelijk 1 van 3 (33%), niet "
        "gerelateerd 0 van 3 (0%), onbekend (niet gemapt) 0 van 3 (0%)\n"
        "\n"
        "- B Beleid: volledig 1 van 2 (50%), gedeeltelijk 1 van 2 (50%), niet "
        "gerelateerd 0 van 2 (0%), onbekend (niet gemapt) 0 van 2 (0%)\n"
        "- U Uitvoering: volledig 1 van 1 (100%), gedeeltelijk 0 van 1 (0%), niet "
        "gerelateerd 0 van 1 (0%), onbekend (niet gemapt) 0 van 1 (0%)\n"
        "\n"
        "## b@1 gedekt door a@1\n"
        "\n"
        "**Totaal**: volledig 1 van 3 (33%), gedeeltelijk 1 van 3 (33%), niet "
        "gerelateerd 0 van 3 (0%), onbekend (niet gemapt) 1 van 3 (33%)\n"
        "\n"
        "- K Kwaliteit: volledig 1 van 3 (33%), gedeeltelijk 1 van 3 (33%), niet "
        "gerelateerd 0 van 3 (0%), onbekend (niet gemapt) 1 van 3 (33%)\n"
        "\n"
        "## Per norm van a@1\n"
        "\n"
        "- B1 volledig K1 equal\n"
        "- B2 gedeeltelijk K1 intersects\n"
        "- U1 volledig K2 superset\n"
        "\n"
        "## Per norm van b@1\n"
        "\n"
        "- K1 volledig B1 equal, B2 intersects\n"
        "- K2 gedeeltelijk U1 subset\n"
        "- K3 onbekend (niet gemapt)\n"
        "\n"
        "## Thema's × thema's\n"
        "\n"
        "| a \\\\ b | K |\n"
        "|---|---:|\n"
        "| B | 2 |\n"
        "| U | 1 |\n");
}

TEST_CASE("label diff as JSON and CSV") {
  const Labels labels;
  const std::string out_label_json = labels.render(Format::Json, Lang::Nl);
  CHECK(out_label_json ==
        R"txt({
  "schema": "labeltool-diff/1",
  "kind": "labels",
  "a": "a@1",
  "b": "b@1",
  "crosswalk": {
    "method": "expert",
    "status": "official",
    "status_note": ""
  },
  "a_covered_by_b": {
    "total": {
      "full": 2,
      "partial": 1,
      "not_related": 0,
      "unmapped": 0,
      "not_applicable": 0,
      "denominator": 3
    },
    "themes": [
      {
        "id": "B",
        "counts": {
          "full": 1,
          "partial": 1,
          "not_related": 0,
          "unmapped": 0,
          "not_applicable": 0,
          "denominator": 2
        }
      },
      {
        "id": "U",
        "counts": {
          "full": 1,
          "partial": 0,
          "not_related": 0,
          "unmapped": 0,
          "not_applicable": 0,
          "denominator": 1
        }
      }
    ],
    "norms": [
      {
        "id": "B1",
        "coverage": "full",
        "related": [
          {
            "id": "K1",
            "relation": "equal"
          }
        ]
      },
      {
        "id": "B2",
        "coverage": "partial",
        "related": [
          {
            "id": "K1",
            "relation": "intersects"
          }
        ]
      },
      {
        "id": "U1",
        "coverage": "full",
        "related": [
          {
            "id": "K2",
            "relation": "superset"
          }
        ]
      }
    ]
  },
  "b_covered_by_a": {
    "total": {
      "full": 1,
      "partial": 1,
      "not_related": 0,
      "unmapped": 1,
      "not_applicable": 0,
      "denominator": 3
    },
    "themes": [
      {
        "id": "K",
        "counts": {
          "full": 1,
          "partial": 1,
          "not_related": 0,
          "unmapped": 1,
          "not_applicable": 0,
          "denominator": 3
        }
      }
    ],
    "norms": [
      {
        "id": "K1",
        "coverage": "full",
        "related": [
          {
            "id": "B1",
            "relation": "equal"
          },
          {
            "id": "B2",
            "relation": "intersects"
          }
        ]
      },
      {
        "id": "K2",
        "coverage": "partial",
        "related": [
          {
            "id": "U1",
            "relation": "subset"
          }
        ]
      },
      {
        "id": "K3",
        "coverage": "unmapped",
        "related": []
      }
    ]
  },
  "matrix": [
    {
      "a": "B",
      "b": "K",
      "pairs": 2
    },
    {
      "a": "U",
      "b": "K",
      "pairs": 1
    }
  ]
}
)txt");
  const std::string out_label_csv = labels.render(Format::Csv, Lang::En);
  CHECK(out_label_csv ==
        "side,norm,theme,coverage,related\r\n"
        "a@1,B1,B,full,K1 (equal)\r\n"
        "a@1,B2,B,partial,K1 (intersects)\r\n"
        "a@1,U1,U,full,K2 (superset)\r\n"
        "b@1,K1,K,full,B1 (equal); B2 (intersects)\r\n"
        "b@1,K2,K,partial,U1 (subset)\r\n"
        "b@1,K3,K,unmapped,\r\n");
}
