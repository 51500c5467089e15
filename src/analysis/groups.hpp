#pragma once
/// An organisation's own interview groups (groups/1) against the norm sets they group: every
/// group a file names must be an interview group of the sets, and the file becomes the same
/// rules as `--group NEW=OLD[,OLD]` repeated.
#include <vector>

#include "analysis/plan.hpp"
#include "diag/diagnostic.hpp"
#include "model/groups.hpp"
#include "model/normset.hpp"

namespace labeltool::analysis {

/// An unknown-discipline error, with did-you-mean, at each entry of a group's `from` that is
/// no interview group (discipline) of `sets`.
Diagnostics check_groups(const model::Groups& groups,
                         const std::vector<const model::NormSet*>& sets);

/// The file's groups as plan rules, in file order.
std::vector<GroupRule> group_rules_of(const model::Groups& groups);

}  // namespace labeltool::analysis
