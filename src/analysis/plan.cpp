#include "analysis/plan.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace labeltool::analysis {
namespace {

std::vector<std::string> groups_of(const model::Norm& norm) {
  return norm.discipline.empty() ? std::vector<std::string>{""} : norm.discipline;
}

}  // namespace

Plan make_plan(const model::NormSet& a, const model::NormSet& b, const model::Crosswalk* crosswalk,
               const std::vector<std::string>& scope_a, const std::vector<std::string>& scope_b) {
  Plan plan;
  std::map<std::string, std::size_t> index;
  const auto group = [&](const std::string& id, const std::string& name) -> PlanGroup& {
    const auto [it, inserted] = index.emplace(id, plan.groups.size());
    if (inserted) plan.groups.push_back({id, name.empty() ? id : name, {}, 0, 0, 0});
    return plan.groups[it->second];
  };
  for (const auto* set : {&a, &b})
    for (const auto& discipline : set->disciplines) group(discipline.id, discipline.name);

  // Pairs first: a related pair shares the groups both norms name.
  std::set<std::pair<const model::Norm*, std::string>> placed;
  if (crosswalk) {
    for (const auto& row : crosswalk->mappings) {
      if (row.relation == model::Relation::NotRelated) continue;
      const model::Norm* na = a.find_norm(row.source);
      const model::Norm* nb = b.find_norm(row.target);
      if (!na || !nb || !na->applies_to_any(scope_a) || !nb->applies_to_any(scope_b)) continue;
      const auto groups_b = groups_of(*nb);
      bool counted = false;
      for (const auto& g : groups_of(*na)) {
        if (std::find(groups_b.begin(), groups_b.end(), g) == groups_b.end()) continue;
        if (placed.count({na, g}) || placed.count({nb, g}))
          continue;  // one pair per norm per group
        auto& target = group(g, "");
        target.items.push_back({na, nb, row.relation});
        ++target.shared;
        placed.insert({na, g});
        placed.insert({nb, g});
        counted = true;
      }
      plan.pairs += counted ? 1 : 0;
    }
  }
  const auto place_rest = [&](const model::NormSet& set, const std::vector<std::string>& scope,
                              bool is_a, std::size_t& count) {
    for (const auto& theme : set.themes) {
      for (const auto& norm : theme.norms) {
        if (!norm.applies_to_any(scope)) continue;
        ++count;
        for (const auto& g : groups_of(norm)) {
          if (placed.count({&norm, g})) continue;
          auto& target = group(g, "");
          target.items.push_back(is_a ? PlanItem{&norm, nullptr} : PlanItem{nullptr, &norm});
          ++(is_a ? target.only_a : target.only_b);
        }
      }
    }
  };
  place_rest(a, scope_a, true, plan.norms_a);
  place_rest(b, scope_b, false, plan.norms_b);
  plan.groups.erase(std::remove_if(plan.groups.begin(), plan.groups.end(),
                                   [](const PlanGroup& g) { return g.items.empty(); }),
                    plan.groups.end());
  return plan;
}

}  // namespace labeltool::analysis
