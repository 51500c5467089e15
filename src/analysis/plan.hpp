#pragma once
/// `labeltool plan`: the interview guide of a combined audit of two labels — per interview
/// group (discipline) every norm of either label to cover there, each with all the norms of
/// the other label the crosswalk relates it to, and the organisation's own answer beside it.
#include <optional>
#include <string>
#include <vector>

#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"

namespace labeltool::analysis {

/// Why a norm is listed in a group.
enum class Placement {
  Own,      ///< the norm's own discipline names the group
  Partner,  ///< a related norm of the other label is covered there, so it is asked there too
};

/// One norm of the other label that the crosswalk relates to a plan item's norm.
struct PlanPartner {
  const model::Norm* norm = nullptr;
  model::Relation relation = model::Relation::Intersects;  ///< the item's norm → this norm
  std::optional<int> strength;
  bool here = false;                ///< the partner is listed in the same group too
  std::vector<std::string> groups;  ///< every group (ID) the partner is listed in
};

/// One norm of the plan, in one group. Exactly one of `a` and `b` is set: the label the norm
/// belongs to.
struct PlanItem {
  const model::Norm* a = nullptr;
  const model::Norm* b = nullptr;
  Placement placement = Placement::Own;
  /// Every norm of the other label the crosswalk relates to this one (not-related rows and
  /// norms out of scope left out), in crosswalk order.
  std::vector<PlanPartner> partners;
  /// The other groups (IDs) this norm is listed in; non-empty means it is shared.
  std::vector<std::string> also_in;
  /// The organisation's own answer from the zelfevaluatie of its label; nullptr without one.
  const model::Answer* answer = nullptr;

  const model::Norm& norm() const { return a ? *a : *b; }
  bool shared() const { return !also_in.empty(); }
};

struct PlanGroup {
  std::string discipline;  ///< ID, e.g. "bestuur"; "" for norms without a discipline
  std::string name;        ///< as the norm sets (or a --group rule) name it
  /// Its own norms (A then B, in set order), then those listed for a related norm.
  std::vector<PlanItem> items;
  std::size_t shared = 0;                ///< items also listed in another group
  std::size_t only_a = 0, only_b = 0;    ///< items of A / B without any related norm
  std::size_t count_a = 0, count_b = 0;  ///< items of A / B
};

/// An organisation's own grouping: the groups in `from` are asked together as `id`.
struct GroupRule {
  std::string id;
  std::string name;               ///< "" = `id`, or the one group's name when only renaming
  std::vector<std::string> from;  ///< discipline IDs of either set ("" for no discipline)
};

/// What a plan is made from. The pointers must outlive the plan.
struct PlanRequest {
  const model::NormSet* a = nullptr;
  const model::NormSet* b = nullptr;
  const model::Crosswalk* crosswalk = nullptr;  ///< A → B; nullptr: no related norms
  std::vector<std::string> scope_a, scope_b;    ///< empty = every scope
  const model::Zelfevaluatie* zelfevaluatie_a = nullptr;
  const model::Zelfevaluatie* zelfevaluatie_b = nullptr;
  std::vector<GroupRule> groups;
};

/// Everything a renderer needs: the sets, crosswalk and zelfevaluaties it was made from, and
/// the groups.
struct Plan {
  const model::NormSet* a = nullptr;
  const model::NormSet* b = nullptr;
  const model::Crosswalk* crosswalk = nullptr;
  const model::Zelfevaluatie* zelfevaluatie_a = nullptr;
  const model::Zelfevaluatie* zelfevaluatie_b = nullptr;
  std::vector<PlanGroup> groups;  ///< in the order the sets declare their disciplines
  /// The groups keep_groups() left out, so that the guide can say it is a part of the whole.
  /// The counts above stay the whole plan's.
  std::vector<PlanGroup> left_out;
  std::size_t norms_a = 0, norms_b = 0;
  std::size_t pairs = 0;  ///< related pairs of norms in scope, each counted once
};

/// Each norm in scope is listed in every group its `discipline` names (after the rules of
/// `groups`), and also in each group where a norm the crosswalk relates to it is listed, so
/// that an overlap is asked in one conversation; a norm listed in more than one group is
/// marked shared in each. Every related norm is named with its relation, N to N.
Plan make_plan(const PlanRequest& request);

/// The group `discipline` is asked in under `rules`: a rule's group, followed until no rule
/// moves it further (bounded by the number of rules, so a loop of rules ends).
std::string group_of(const std::string& discipline, const std::vector<GroupRule>& rules);

/// The group IDs the rules may name: the disciplines of both sets, in declaration order.
std::vector<std::string> known_groups(const model::NormSet& a, const model::NormSet& b);

/// Keeps only the groups whose ID is in `ids` (an auditor's guide for one interview), in the
/// plan's order, and moves the others to `left_out`. IDs that are no group are ignored: the
/// caller checks them against the plan's groups first.
void keep_groups(Plan& plan, const std::vector<std::string>& ids);

}  // namespace labeltool::analysis
