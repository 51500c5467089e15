#pragma once
/// JSON Schema (draft 2020-12) for a file kind, made from the same rule table the readers
/// validate against (read/schema.cpp), so the two cannot drift apart.
#include <string>

#include "read/schema.hpp"

namespace labeltool::report {

std::string render_json_schema(const read::FileKind& kind);

}  // namespace labeltool::report
