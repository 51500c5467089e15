#include "input/lint_groups.hpp"

#include <algorithm>

#include "analysis/groups.hpp"

namespace labeltool::input {

std::size_t lint_groups(std::vector<Input>& inputs, Catalog& catalog) {
  std::size_t count = 0;
  for (auto& input : inputs) {
    const model::Groups* groups = input.groups();
    if (!groups) continue;
    ++count;
    std::vector<const model::NormSet*> sets;
    for (const auto& reference : groups->normsets)
      sets.push_back(catalog.resolve(reference, *groups->source, groups->normsets_position,
                                     input.diagnostics));
    const bool resolved =
        !sets.empty() && std::none_of(sets.begin(), sets.end(), [](auto* s) { return !s; });
    if (!resolved) continue;
    auto found = analysis::check_groups(*groups, sets);
    input.diagnostics.insert(input.diagnostics.end(), found.begin(), found.end());
  }
  return count;
}

}  // namespace labeltool::input
