#include "report/plan_report.hpp"

#include <fmt/core.h>

#include "report/common.hpp"
#include "report/html_reports.hpp"
#include "util/json.hpp"

namespace labeltool::report {
namespace {

std::string plan_json(const model::NormSet& a, const model::NormSet& b,
                      const analysis::Plan& plan) {
  util::JsonWriter json;
  json.begin_object().key("schema").value("labeltool-plan/1");
  json.key("a").value(a.reference()).key("b").value(b.reference());
  json.key("groups").begin_array();
  for (const auto& g : plan.groups) {
    json.begin_object().key("discipline").value(g.discipline).key("name").value(g.name);
    json.key("shared").value(static_cast<std::uint64_t>(g.shared));
    json.key("only_a").value(static_cast<std::uint64_t>(g.only_a));
    json.key("only_b").value(static_cast<std::uint64_t>(g.only_b));
    json.key("items").begin_array();
    for (const auto& item : g.items) {
      json.begin_object();
      json.key("a");
      if (item.a)
        json.value(item.a->id);
      else
        json.null();
      json.key("b");
      if (item.b)
        json.value(item.b->id);
      else
        json.null();
      if (item.a && item.b) json.key("relation").value(model::relation_name(item.relation));
      json.end_object();
    }
    json.end_array().end_object();
  }
  json.end_array().end_object();
  return json.str();
}

/// "O1 + 1.1 [intersects] title / title", or "kssw O3 title" for a norm of one side only.
std::string item_line(const analysis::PlanItem& item, const model::NormSet& a,
                      const model::NormSet& b) {
  if (item.a && item.b) {
    return fmt::format("{} + {} [{}] {} / {}", item.a->id, item.b->id,
                       model::relation_name(item.relation), item.a->title, item.b->title);
  }
  const model::Norm* norm = item.a ? item.a : item.b;
  return fmt::format("{} {} {}", (item.a ? a : b).id, norm->id, norm->title);
}

std::string plan_for_people(const model::NormSet& a, const model::NormSet& b,
                            const analysis::Plan& plan, Format format, Lang lang) {
  const Layout layout{format};
  std::string out = fmt::format(layout.markdown() ? "# {}: {} + {}\n\n" : "{}: {} + {}\n",
                                kCombinedAudit.in(lang), a.reference(), b.reference());
  out += status_banners({&a, &b}, lang, format);
  out += fmt::format("{}{} {} {}, {} {} {}, {} {}\n", layout.markdown() ? "\n" : "", plan.norms_a,
                     kNormsOf.in(lang), a.reference(), plan.norms_b, kNormsOf.in(lang),
                     b.reference(), plan.pairs, kOverlappingPairs.in(lang));
  for (const auto& g : plan.groups) {
    const std::string counts =
        fmt::format("{} {}, {} {} {}, {} {} {}", g.shared, kShared.in(lang), g.only_a,
                    kOnly.in(lang), a.id, g.only_b, kOnly.in(lang), b.id);
    const std::string name =
        g.discipline.empty() ? std::string(kNoInterviewGroup.in(lang)) : g.name;
    out += layout.heading(layout.escaped(name), counts);
    for (const auto& item : g.items) out += layout.item(item_line(item, a, b));
  }
  return out;
}

}  // namespace

std::string render_plan(const model::NormSet& a, const model::NormSet& b,
                        const analysis::Plan& plan, Format format, Lang lang) {
  if (format == Format::Json) return plan_json(a, b, plan);
  if (format == Format::Html) return render_plan_html(a, b, plan, lang);
  return plan_for_people(a, b, plan, format, lang);
}

}  // namespace labeltool::report
