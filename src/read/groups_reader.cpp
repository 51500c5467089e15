#include "read/groups_reader.hpp"

#include <map>

#include "read/extract.hpp"
#include "read/schema.hpp"
#include "read/validate.hpp"
#include "util/text.hpp"

namespace labeltool::read {

model::Groups read_groups(const yaml::Document& document, Diagnostics& diagnostics) {
  const yaml::Node& root = document.root;
  validate(root, groups_schema(), *document.source, diagnostics);
  model::Groups groups;
  groups.source = document.source;
  groups.normsets = list_of(root, "normsets").value_or(std::vector<std::string>{});
  groups.normsets_position = position_of(root, "normsets");
  const yaml::Node* map = root.find("groups");
  if (!map || !map->is_mapping()) return groups;
  std::map<std::string, std::pair<std::string, Position>> merged;  // old → new group, where
  for (const auto& node : map->children) {
    model::GroupMerge group;
    group.id = node.key;
    group.position = node.key_position;
    if (node.is_mapping()) {
      group.title = std::string(util::trim(text_of(node, "title")));
      if (const yaml::Node* from = node.find("from"); from && from->is_sequence())
        for (const auto& item : from->children) {
          if (!item.is_scalar()) continue;  // the schema has said so
          group.from.push_back(std::string(util::trim(item.value)));
          group.from_positions.push_back(item.position);
        }
    }
    for (std::size_t i = 0; i < group.from.size(); ++i) {
      const std::string& old = group.from[i];
      const auto [it, inserted] = merged.emplace(old, std::pair{group.id, group.from_positions[i]});
      if (inserted) continue;
      const std::string shown = util::escape_control(old),
                        first = util::escape_control(it->second.first),
                        second = util::escape_control(group.id);
      auto diagnostic = make_diagnostic(
          *document.source, group.from_positions[i], Code::GroupMergedTwice,
          first == second
              ? Message{"group '" + shown + "' is listed twice in '" + second + "'",
                        "groep '" + shown + "' staat twee keer in '" + second + "'"}
              : Message{"group '" + shown + "' is put in both '" + first + "' and '" + second +
                            "'; an interview group is asked in one group only",
                        "groep '" + shown + "' staat zowel in '" + first + "' als in '" + second +
                            "'; een gespreksgroep hoort bij één groep"});
      diagnostic.related.push_back(make_related(*document.source, it->second.second,
                                                Message{"first put here", "eerst hier geplaatst"}));
      diagnostics.push_back(std::move(diagnostic));
    }
    groups.groups.push_back(std::move(group));
  }
  return groups;
}

}  // namespace labeltool::read
