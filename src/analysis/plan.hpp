#pragma once
/// `labeltool plan`: the combined audit of two labels — their norms grouped by the interview
/// group (discipline) that answers them, overlapping norms once with both IDs.
#include <string>
#include <vector>

#include "model/crosswalk.hpp"
#include "model/normset.hpp"

namespace labeltool::analysis {

/// One line of the plan: a norm of A, of B, or a related pair (both set).
struct PlanItem {
  const model::Norm* a = nullptr;
  const model::Norm* b = nullptr;
  model::Relation relation = model::Relation::Equal;  ///< a → b, when both are set
};

struct PlanGroup {
  std::string discipline;  ///< ID, e.g. "bestuur"; "" for norms without a discipline
  std::string name;        ///< as the norm sets name it
  std::vector<PlanItem> items;
  std::size_t shared = 0, only_a = 0, only_b = 0;
};

struct Plan {
  std::vector<PlanGroup> groups;  ///< in the order the sets declare their disciplines
  std::size_t norms_a = 0, norms_b = 0, pairs = 0;
};

/// Each norm in scope goes to every group its `discipline` names. A norm of A and a norm of
/// B that the crosswalk relates (anything but not-related) are one item in the groups they
/// share; where they have no group in common, each stands in its own.
Plan make_plan(const model::NormSet& a, const model::NormSet& b, const model::Crosswalk* crosswalk,
               const std::vector<std::string>& scope_a, const std::vector<std::string>& scope_b);

}  // namespace labeltool::analysis
