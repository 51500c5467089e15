#include "analysis/groups.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace labeltool::analysis {

Diagnostics check_groups(const model::Groups& groups,
                         const std::vector<const model::NormSet*>& sets) {
  std::vector<std::string> known, references;
  for (const auto* set : sets) {
    references.push_back(set->reference());
    for (const auto& discipline : set->disciplines)
      if (std::find(known.begin(), known.end(), discipline.id) == known.end())
        known.push_back(discipline.id);
  }
  Diagnostics out;
  for (const auto& group : groups.groups)
    for (std::size_t i = 0; i < group.from.size(); ++i) {
      const std::string& old = group.from[i];
      if (std::find(known.begin(), known.end(), old) != known.end()) continue;
      const std::string shown = util::escape_control(old);
      const std::string of = util::join(references, " and "),
                        of_nl = util::join(references, " en ");
      Message message{"'" + shown + "' is not an interview group of " + of,
                      "'" + shown + "' is geen gespreksgroep van " + of_nl};
      message += did_you_mean(old, known);
      message += {"; they have: " + util::join(known), "; ze kennen: " + util::join(known)};
      out.push_back(make_diagnostic(*groups.source, group.from_positions[i],
                                    Code::UnknownDiscipline, std::move(message)));
    }
  return out;
}

std::vector<GroupRule> group_rules_of(const model::Groups& groups) {
  std::vector<GroupRule> rules;
  for (const auto& group : groups.groups) rules.push_back({group.id, group.title, group.from});
  return rules;
}

}  // namespace labeltool::analysis
