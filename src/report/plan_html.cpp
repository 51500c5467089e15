// The HTML document of `labeltool plan`: one section per interview group, one printed page
// each, for an auditor to take into the interviews.
#include <fmt/core.h>

#include "report/common.hpp"
#include "report/html.hpp"
#include "report/html_reports.hpp"
#include "util/text.hpp"

namespace labeltool::report {

std::string render_plan_html(const model::NormSet& a, const model::NormSet& b,
                             const analysis::Plan& plan, Lang lang) {
  using html::escape;
  const std::string name =
      fmt::format("{}: {} + {}", kCombinedAudit.in(lang), a.reference(), b.reference());
  std::string body = "<section class=\"cover\">\n" + html::heading(1, name);
  body += html::status_line({&a, &b}, lang);
  body += html::paragraph(fmt::format("{} {} {}, {} {} {}, {} {}", plan.norms_a, kNormsOf.in(lang),
                                      a.reference(), plan.norms_b, kNormsOf.in(lang), b.reference(),
                                      plan.pairs, kOverlappingPairs.in(lang)));
  body += "</section>\n";
  for (const auto& g : plan.groups) {
    const std::string group_name =
        g.discipline.empty() ? std::string(kNoInterviewGroup.in(lang)) : g.name;
    body += "<section class=\"page\">\n";
    body += html::heading(2, fmt::format("{}: {}", kGroup.in(lang), group_name));
    body += html::paragraph(fmt::format("{} {}, {} {} {}, {} {} {}", g.shared, kShared.in(lang),
                                        g.only_a, kOnly.in(lang), a.id, g.only_b, kOnly.in(lang),
                                        b.id));
    html::Table table{{},
                      {escape(a.reference()), escape(b.reference()), escape(kCrosswalk.in(lang)),
                       escape(kAsked.in(lang))},
                      {},
                      99};
    for (const auto& item : g.items) {
      const auto cell = [](const model::Norm* norm) {
        return norm ? escape(norm_label(*norm)) : std::string("—");
      };
      table.rows.push_back({cell(item.a), cell(item.b),
                            item.a && item.b ? escape(model::relation_name(item.relation)) : "",
                            "☐"});
    }
    body += html::table(table) + "</section>\n";
  }
  body += html::about_section({&a, &b}, lang);
  return html::document({name, {}, name}, lang, body);
}

}  // namespace labeltool::report
