// The reports of `labeltool progress`, whole, on small models, in every format.
#include <doctest/doctest.h>

#include "analysis/progress.hpp"
#include "report/progress_report.hpp"
#include "test_report_models.hpp"

using namespace labeltool;
using labeltool::testing::answer;
using report::Lang;

namespace {

struct Compared {
  model::NormSet set = testing::set_a1();
  model::Zelfevaluatie before = testing::zelfevaluatie(
      "2025-01-10", {answer("B1", "deels"), answer("B2", "voldoet"), answer("U1", "niet")});
  model::Zelfevaluatie after = testing::zelfevaluatie(
      "2026-01-10", {answer("B1", "voldoet"), answer("B2", "deels"), answer("U1", "niet")});
  analysis::Progress progress = analysis::compare_zelfevaluaties(before, set, after, set);
  report::ProgressHeader header{"oud.yaml",   "nieuw.yaml", "De Wijk", "2025-01-10",
                                "2026-01-10", "a@1",        ""};
};

}  // namespace

TEST_CASE("progress as text, in Dutch and in English") {
  const Compared c;
  const std::string out_progress_text_nl =
      report::render_progress_text(c.header, c.progress, Lang::Nl);
  CHECK(out_progress_text_nl ==
        R"txt(Zelfevaluatie: De Wijk — 2025-01-10 → 2026-01-10
Normenkader: a@1

Wijzigingen
  B1     beter      deels → voldoet  (Visie)
  B2     slechter   voldoet → deels  (Plan)

Stand per thema
  B    Beleid: 1 beter, 1 slechter, 0 nieuw, 0 vervallen, 0 gelijk
  U    Uitvoering: 0 beter, 0 slechter, 0 nieuw, 0 vervallen, 1 gelijk
  Totaal: 1 beter, 1 slechter, 0 nieuw, 0 vervallen, 1 gelijk
)txt");
  const std::string out_progress_text_en =
      report::render_progress_text(c.header, c.progress, Lang::En);
  CHECK(out_progress_text_en ==
        R"txt(Self-assessment: De Wijk — 2025-01-10 → 2026-01-10
Norm set: a@1

Changes
  B1     better     deels → voldoet  (Visie)
  B2     worse      voldoet → deels  (Plan)

Standing per theme
  B    Beleid: 1 better, 1 worse, 0 new, 0 removed, 0 unchanged
  U    Uitvoering: 0 better, 0 worse, 0 new, 0 removed, 1 unchanged
  Total: 1 better, 1 worse, 0 new, 0 removed, 1 unchanged
)txt");
}

TEST_CASE("progress as Markdown") {
  const Compared c;
  const std::string out_progress_markdown =
      report::render_progress_markdown(c.header, c.progress, Lang::Nl);
  CHECK(out_progress_markdown ==
        R"txt(# Zelfevaluatie: De Wijk

- Normenkader: a@1
- Datum: 2025-01-10 → 2026-01-10

## Wijzigingen

| normen | | Schaal | |
|---|---|---|---|
| B1 Visie | beter | deels → voldoet | |
| B2 Plan | slechter | voldoet → deels | |

## Stand per thema

- **B Beleid**: 1 beter, 1 slechter, 0 nieuw, 0 vervallen, 0 gelijk
- **U Uitvoering**: 0 beter, 0 slechter, 0 nieuw, 0 vervallen, 1 gelijk
- **Totaal**: 1 beter, 1 slechter, 0 nieuw, 0 vervallen, 1 gelijk
)txt");
}

TEST_CASE("progress as JSON") {
  const Compared c;
  const std::string out_progress_json = report::render_progress_json(c.header, c.progress);
  CHECK(out_progress_json ==
        R"txt({
  "schema": "labeltool-progress/1",
  "old": "oud.yaml",
  "new": "nieuw.yaml",
  "organisation": "De Wijk",
  "normset": "a@1",
  "norms": [
    {
      "id": "B1",
      "theme": "B",
      "old_score": "deels",
      "new_score": "voldoet",
      "change": "better"
    },
    {
      "id": "B2",
      "theme": "B",
      "old_score": "voldoet",
      "new_score": "deels",
      "change": "worse"
    },
    {
      "id": "U1",
      "theme": "U",
      "old_score": "niet",
      "new_score": "niet",
      "change": "unchanged"
    }
  ],
  "themes": [
    {
      "id": "B",
      "title": "Beleid",
      "better": 1,
      "worse": 1,
      "new": 0,
      "removed": 0,
      "unchanged": 0
    },
    {
      "id": "U",
      "title": "Uitvoering",
      "better": 0,
      "worse": 0,
      "new": 0,
      "removed": 0,
      "unchanged": 1
    }
  ],
  "total": {
    "better": 1,
    "worse": 1,
    "new": 0,
    "removed": 0,
    "unchanged": 1
  }
}
)txt");
}
