#include "read/document_kind.hpp"

#include <string>

#include "util/text.hpp"

namespace labeltool::read {

const FileKind* detect_kind(const yaml::Document& document, Diagnostics& diagnostics) {
  const auto& root = document.root;
  const yaml::Node* header = root.children.empty() ? nullptr : &root.children.front();
  if (!header || header->key != "labeltool") {
    const Position where = header ? header->key_position : root.position;
    std::string message = "the first key must be 'labeltool: KIND/1' (normset/1, zelfevaluatie/1 "
                          "or crosswalk/1)";
    if (root.find("labeltool")) message = "'labeltool:' must be the first key of the file";
    diagnostics.push_back(make_diagnostic(*document.source, where, Code::MissingHeader, message));
    return nullptr;
  }
  std::vector<std::string> known;
  for (const auto& kind : file_kinds()) {
    if (header->is_scalar() && header->value == kind.header) return &kind;
    known.emplace_back(kind.header);
  }
  if (!header->is_scalar()) {
    diagnostics.push_back(make_diagnostic(*document.source, header->position, Code::UnknownKind,
                                          "'labeltool:' must be text such as normset/1, not " +
                                              std::string(yaml::describe_kind(*header))));
    return nullptr;
  }
  std::string message = "'labeltool: " + util::escape_control(header->value) +
                        "' is not a kind this version of labeltool reads (normset/1, "
                        "zelfevaluatie/1, crosswalk/1)";
  if (auto suggestion = util::closest_match(header->value, known))
    message += "; did you mean '" + *suggestion + "'?";
  diagnostics.push_back(make_diagnostic(*document.source, header->position, Code::UnknownKind,
                                        std::move(message)));
  return nullptr;
}

}  // namespace labeltool::read
