#include "model/audit.hpp"

namespace labeltool::model {

const AuditedSet* Audit::find_set(const std::string& normset) const {
  for (const auto& set : normsets)
    if (set.normset == normset) return &set;
  return nullptr;
}

}  // namespace labeltool::model
