#include "report/plan_machine.hpp"

#include "model/crosswalk.hpp"
#include "report/crosswalk_note.hpp"
#include "util/csv_writer.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::Plan;
using analysis::PlanItem;

const model::NormSet& set_of(const Plan& plan, const PlanItem& item) {
  return item.a ? *plan.a : *plan.b;
}

const model::NormSet& other_set(const Plan& plan, const PlanItem& item) {
  return item.a ? *plan.b : *plan.a;
}

void zelfevaluatie_json(util::JsonWriter& json, const model::Zelfevaluatie* z) {
  if (!z) return;
  json.begin_object().key("normset").value(z->normset).key("file").value(z->source->path());
  json.key("organisation").value(z->organisation).key("date").value(z->date).end_object();
}

void strings_json(util::JsonWriter& json, const std::vector<std::string>& items) {
  json.begin_array();
  for (const auto& item : items) json.value(item);
  json.end_array();
}

void item_json(util::JsonWriter& json, const Plan& plan, const PlanItem& item) {
  const model::Norm& norm = item.norm();
  json.begin_object().key("normset").value(set_of(plan, item).reference());
  json.key("side").value(item.a ? "a" : "b").key("norm").value(norm.id);
  json.key("title").value(norm.title).key("text").value(util::collapse_whitespace(norm.text));
  json.key("ask_about");
  strings_json(json, guidance_points(norm.guidance));
  json.key("evidence");
  strings_json(json, norm.evidence);
  json.key("placement").value(placement_name(item.placement));
  json.key("shared").value(item.shared()).key("also_in");
  strings_json(json, item.also_in);
  json.key("related").begin_array();
  for (const auto& partner : item.partners) {
    json.begin_object().key("normset").value(other_set(plan, item).reference());
    json.key("norm").value(partner.norm->id).key("title").value(partner.norm->title);
    json.key("relation").value(model::relation_name(partner.relation));
    json.key("strength");
    if (partner.strength)
      json.value(*partner.strength);
    else
      json.null();
    json.key("here").value(partner.here).key("groups");
    strings_json(json, partner.groups);
    json.end_object();
  }
  json.end_array().key("answer");
  if (item.answer) {
    json.begin_object().key("score").value(item.answer->score);
    json.key("toelichting").value(util::collapse_whitespace(item.answer->toelichting));
    json.key("evidence");
    strings_json(json, item.answer->evidence);
    json.end_object();
  } else {
    json.null();
  }
  json.end_object();
}

std::string related_cell(const PlanItem& item) {
  std::vector<std::string> cells;
  for (const auto& partner : item.partners)
    cells.push_back(partner.norm->id + " " + std::string(model::relation_name(partner.relation)));
  return util::join(cells, "; ");
}

}  // namespace

std::string_view placement_name(analysis::Placement placement) {
  return placement == analysis::Placement::Own ? "own" : "partner";
}

std::vector<std::string> guidance_points(const std::string& guidance) {
  const std::string text = util::collapse_whitespace(guidance);
  std::vector<std::string> points;
  std::size_t start = 0;
  for (std::size_t at = 0; at + 2 < text.size(); ++at) {
    const char c = text[at];
    const char next = text[at + 2];
    const bool ends = (c == '.' || c == '?' || c == '!') && text[at + 1] == ' ' &&
                      ((next >= 'A' && next <= 'Z') || static_cast<unsigned char>(next) >= 0x80);
    if (!ends) continue;
    points.push_back(text.substr(start, at + 1 - start));
    start = at + 2;
  }
  if (start < text.size()) points.push_back(text.substr(start));
  return points;
}

std::string plan_json(const Plan& plan) {
  util::JsonWriter json;
  json.begin_object().key("schema").value("labeltool-plan/2");
  json.key("a").value(plan.a->reference()).key("b").value(plan.b->reference());
  json.key("crosswalk");
  crosswalk_json(json, plan.crosswalk);
  json.key("zelfevaluaties").begin_array();
  zelfevaluatie_json(json, plan.zelfevaluatie_a);
  zelfevaluatie_json(json, plan.zelfevaluatie_b);
  json.end_array();
  json.key("norms_a").value(static_cast<std::uint64_t>(plan.norms_a));
  json.key("norms_b").value(static_cast<std::uint64_t>(plan.norms_b));
  json.key("pairs").value(static_cast<std::uint64_t>(plan.pairs));
  json.key("groups_left_out").begin_array();
  for (const auto& g : plan.left_out) json.value(g.name);
  json.end_array();
  json.key("groups").begin_array();
  for (const auto& g : plan.groups) {
    json.begin_object().key("discipline").value(g.discipline).key("name").value(g.name);
    json.key("count_a").value(static_cast<std::uint64_t>(g.count_a));
    json.key("count_b").value(static_cast<std::uint64_t>(g.count_b));
    json.key("shared").value(static_cast<std::uint64_t>(g.shared));
    json.key("only_a").value(static_cast<std::uint64_t>(g.only_a));
    json.key("only_b").value(static_cast<std::uint64_t>(g.only_b));
    json.key("items").begin_array();
    for (const auto& item : g.items) item_json(json, plan, item);
    json.end_array().end_object();
  }
  json.end_array().end_object();
  return json.str();
}

std::string plan_csv(const Plan& plan) {
  std::string out =
      util::csv_row({"group", "group_name", "normset", "norm", "title", "text", "ask_about",
                     "evidence", "placement", "also_in", "related", "score", "toelichting"});
  for (const auto& g : plan.groups) {
    for (const auto& item : g.items) {
      const model::Norm& norm = item.norm();
      out += util::csv_row(
          {g.discipline, g.name, set_of(plan, item).reference(), norm.id, norm.title,
           util::collapse_whitespace(norm.text), util::join(guidance_points(norm.guidance), "\n"),
           util::join(norm.evidence, "; "), std::string(placement_name(item.placement)),
           util::join(item.also_in, "; "), related_cell(item),
           item.answer ? item.answer->score : "",
           item.answer ? util::collapse_whitespace(item.answer->toelichting) : ""});
    }
  }
  return out;
}

}  // namespace labeltool::report
