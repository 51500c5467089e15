#include "analysis/plan.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace labeltool::analysis {
namespace {

using model::Norm;

/// The groups in plan order, and which group a discipline is asked in.
class Groups {
 public:
  Groups(const model::NormSet& a, const model::NormSet& b, const std::vector<GroupRule>& rules)
      : rules_(rules) {
    for (const auto* set : {&a, &b})
      for (const auto& discipline : set->disciplines)
        names_.emplace(discipline.id, discipline.name);
    for (const auto& id : known_groups(a, b)) index_of(target(id));
  }

  std::string target(const std::string& discipline) const { return group_of(discipline, rules_); }

  /// The position of group `id` in the plan, adding it at the end when it is new.
  std::size_t index_of(const std::string& id) {
    const auto [it, inserted] = index_.emplace(id, order_.size());
    if (inserted) order_.push_back(id);
    return it->second;
  }

  const std::vector<std::string>& order() const { return order_; }

  /// The name shown for group `id`: a rule's name, else the set's name for it, else the ID.
  std::string name(const std::string& id) const {
    for (const auto& rule : rules_)
      if (rule.id == id && !rule.name.empty()) return rule.name;
    const auto it = names_.find(id);
    return it != names_.end() && !it->second.empty() ? it->second : id;
  }

 private:
  const std::vector<GroupRule>& rules_;
  std::map<std::string, std::string> names_;  ///< the first set's name wins
  std::map<std::string, std::size_t> index_;
  std::vector<std::string> order_;
};

/// A norm in scope, with the label it belongs to and where it is asked.
struct Placed {
  const Norm* norm;
  bool in_a;
  std::set<std::size_t> own, listed;  ///< group positions
  std::vector<PlanPartner> partners;
  std::vector<const Norm*> partner_norms;
};

}  // namespace

std::string group_of(const std::string& discipline, const std::vector<GroupRule>& rules) {
  const auto moving = [&](const std::string& id) -> const GroupRule* {
    for (const auto& rule : rules)
      if (std::find(rule.from.begin(), rule.from.end(), id) != rule.from.end()) return &rule;
    return nullptr;
  };
  std::string id = discipline;
  for (std::size_t step = 0; step <= rules.size(); ++step) {
    const GroupRule* rule = moving(id);
    if (!rule || rule->id == id) break;
    id = rule->id;
  }
  return id;
}

std::vector<std::string> known_groups(const model::NormSet& a, const model::NormSet& b) {
  std::vector<std::string> ids;
  for (const auto* set : {&a, &b})
    for (const auto& discipline : set->disciplines)
      if (std::find(ids.begin(), ids.end(), discipline.id) == ids.end())
        ids.push_back(discipline.id);
  return ids;
}

Plan make_plan(const PlanRequest& request) {
  const model::NormSet& a = *request.a;
  const model::NormSet& b = *request.b;
  Plan plan;
  plan.a = &a;
  plan.b = &b;
  plan.crosswalk = request.crosswalk;
  plan.zelfevaluatie_a = request.zelfevaluatie_a;
  plan.zelfevaluatie_b = request.zelfevaluatie_b;
  Groups groups(a, b, request.groups);

  std::vector<Placed> placed;
  std::map<const Norm*, std::size_t> position;
  const auto collect = [&](const model::NormSet& set, const std::vector<std::string>& scope,
                           bool in_a) {
    for (const auto& theme : set.themes) {
      for (const auto& norm : theme.norms) {
        if (!norm.applies_to_any(scope)) continue;
        Placed p{&norm, in_a, {}, {}, {}, {}};
        const std::vector<std::string> none{""};
        for (const auto& discipline : norm.discipline.empty() ? none : norm.discipline)
          p.own.insert(groups.index_of(groups.target(discipline)));
        p.listed = p.own;
        position.emplace(&norm, placed.size());
        placed.push_back(std::move(p));
        ++(in_a ? plan.norms_a : plan.norms_b);
      }
    }
  };
  collect(a, request.scope_a, true);
  collect(b, request.scope_b, false);

  // Related pairs, N to N: each norm gets every partner the crosswalk names, once.
  if (request.crosswalk) {
    std::set<std::pair<const Norm*, const Norm*>> seen;
    for (const auto& row : request.crosswalk->mappings) {
      if (row.relation == model::Relation::NotRelated) continue;
      const auto ia = position.find(a.find_norm(row.source));
      const auto ib = position.find(b.find_norm(row.target));
      if (ia == position.end() || ib == position.end()) continue;
      if (!seen.insert({ia->first, ib->first}).second) continue;
      ++plan.pairs;
      Placed& pa = placed[ia->second];
      Placed& pb = placed[ib->second];
      pa.partners.push_back({pb.norm, row.relation, row.strength, false, {}});
      pb.partners.push_back({pa.norm, model::inverse(row.relation), row.strength, false, {}});
      pa.partner_norms.push_back(pb.norm);
      pb.partner_norms.push_back(pa.norm);
    }
    // An overlap is asked where either norm is asked: each norm joins its partners' groups.
    for (auto& p : placed)
      for (const Norm* partner : p.partner_norms) {
        const auto& own = placed[position.at(partner)].own;
        p.listed.insert(own.begin(), own.end());
      }
  }

  const auto& order = groups.order();
  plan.groups.reserve(order.size());
  for (std::size_t g = 0; g < order.size(); ++g) {
    PlanGroup group{order[g], groups.name(order[g]), {}, 0, 0, 0, 0, 0};
    // The group's own norms first, then those asked here for a related norm.
    for (const auto placement : {Placement::Own, Placement::Partner})
      for (const auto& p : placed) {
        if (!p.listed.count(g)) continue;
        if ((p.own.count(g) ? Placement::Own : Placement::Partner) != placement) continue;
        PlanItem item;
        (p.in_a ? item.a : item.b) = p.norm;
        item.placement = placement;
        for (const std::size_t other : p.listed)
          if (other != g) item.also_in.push_back(order[other]);
        item.partners = p.partners;
        for (auto& partner : item.partners) {
          const auto& listed = placed[position.at(partner.norm)].listed;
          partner.here = listed.count(g) > 0;
          for (const std::size_t other : listed) partner.groups.push_back(order[other]);
        }
        const model::Zelfevaluatie* z = p.in_a ? request.zelfevaluatie_a : request.zelfevaluatie_b;
        if (z) item.answer = z->find_answer(p.norm->id);
        group.shared += item.shared() ? 1 : 0;
        ++(p.in_a ? group.count_a : group.count_b);
        if (item.partners.empty()) ++(p.in_a ? group.only_a : group.only_b);
        group.items.push_back(std::move(item));
      }
    if (!group.items.empty()) plan.groups.push_back(std::move(group));
  }
  return plan;
}

void keep_groups(Plan& plan, const std::vector<std::string>& ids) {
  std::vector<PlanGroup> kept;
  for (auto& group : plan.groups) {
    if (std::find(ids.begin(), ids.end(), group.discipline) != ids.end())
      kept.push_back(std::move(group));
    else
      plan.left_out.push_back(std::move(group));
  }
  plan.groups = std::move(kept);
}

}  // namespace labeltool::analysis
