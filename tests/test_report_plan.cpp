// The report of `labeltool plan`, whole, on small models, in every format.
#include <doctest/doctest.h>

#include "analysis/plan.hpp"
#include "report/plan_report.hpp"
#include "test_report_models.hpp"

using namespace labeltool;
using report::Format;
using report::Lang;

namespace {

struct Planned {
  model::NormSet a = testing::set_a1(), b = testing::set_b1();
  model::Crosswalk crosswalk = testing::crosswalk_a_b();
  analysis::Plan plan = analysis::make_plan(a, b, &crosswalk, {}, {});

  std::string render(Format format, Lang lang) const {
    return report::render_plan(a, b, plan, format, lang);
  }
};

}  // namespace

TEST_CASE("plan as text, in Dutch and in English") {
  const Planned planned;
  const std::string out_plan_text_nl = planned.render(Format::Text, Lang::Nl);
  CHECK(out_plan_text_nl ==
        R"txt(Gecombineerde audit: a@1 + b@1
3 normen van a@1, 3 normen van b@1, 2 overlappende paren (één keer gevraagd)

Bestuur (1 gedeeld, 1 alleen a, 1 alleen b)
  B1 + K1 [equal] Visie / Koers
  a B2 Plan
  b K3 Inkoop

Team (1 gedeeld, 0 alleen a, 0 alleen b)
  U1 + K2 [subset] Dossier / Dossiers
)txt");
  const std::string out_plan_text_en = planned.render(Format::Text, Lang::En);
  CHECK(out_plan_text_en ==
        R"txt(Combined audit: a@1 + b@1
3 norms of a@1, 3 norms of b@1, 2 overlapping pairs (asked once)

Bestuur (1 shared, 1 only a, 1 only b)
  B1 + K1 [equal] Visie / Koers
  a B2 Plan
  b K3 Inkoop

Team (1 shared, 0 only a, 0 only b)
  U1 + K2 [subset] Dossier / Dossiers
)txt");
}

TEST_CASE("plan as Markdown") {
  const std::string out_plan_markdown = Planned().render(Format::Markdown, Lang::Nl);
  CHECK(out_plan_markdown ==
        R"txt(# Gecombineerde audit: a@1 + b@1


3 normen van a@1, 3 normen van b@1, 2 overlappende paren (één keer gevraagd)

## Bestuur (1 gedeeld, 1 alleen a, 1 alleen b)

- B1 + K1 \[equal\] Visie / Koers
- a B2 Plan
- b K3 Inkoop

## Team (1 gedeeld, 0 alleen a, 0 alleen b)

- U1 + K2 \[subset\] Dossier / Dossiers
)txt");
}

TEST_CASE("plan as JSON") {
  const std::string out_plan_json = Planned().render(Format::Json, Lang::En);
  CHECK(out_plan_json ==
        R"txt({
  "schema": "labeltool-plan/1",
  "a": "a@1",
  "b": "b@1",
  "groups": [
    {
      "discipline": "bestuur",
      "name": "Bestuur",
      "shared": 1,
      "only_a": 1,
      "only_b": 1,
      "items": [
        {
          "a": "B1",
          "b": "K1",
          "relation": "equal"
        },
        {
          "a": "B2",
          "b": null
        },
        {
          "a": null,
          "b": "K3"
        }
      ]
    },
    {
      "discipline": "team",
      "name": "Team",
      "shared": 1,
      "only_a": 0,
      "only_b": 0,
      "items": [
        {
          "a": "U1",
          "b": "K2",
          "relation": "subset"
        }
      ]
    }
  ]
}
)txt");
}
