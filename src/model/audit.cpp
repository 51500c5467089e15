#include "model/audit.hpp"

namespace labeltool::model {

std::vector<std::string> Interview::groups_asked() const {
  std::vector<std::string> asked{group};
  asked.insert(asked.end(), also_groups.begin(), also_groups.end());
  return asked;
}

const AuditedSet* Audit::find_set(const std::string& normset) const {
  for (const auto& set : normsets)
    if (set.normset == normset) return &set;
  return nullptr;
}

}  // namespace labeltool::model
