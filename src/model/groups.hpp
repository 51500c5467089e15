#pragma once
/// An organisation's own interview groups (groups/1) as plain data: which groups of the norm
/// sets it asks together, under which name. `plan --groups` and `template --audit --groups`
/// use it as `--group NEW=OLD[,OLD]` repeated.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"

namespace labeltool::model {

/// One group of the organisation: the interview groups in `from` are asked together as `id`.
struct GroupMerge {
  std::string id;
  Position position;  ///< of the ID
  std::string title;  ///< "" = the ID, or the one group's own name when only renaming
  std::vector<std::string> from;
  std::vector<Position> from_positions;  ///< one per entry of `from`
};

/// A groups file: the norm sets it is for (optional) and the groups, in file order.
struct Groups {
  SourcePtr source;
  std::vector<std::string> normsets;  ///< id@version; empty = not said
  Position normsets_position;
  std::vector<GroupMerge> groups;
};

}  // namespace labeltool::model
