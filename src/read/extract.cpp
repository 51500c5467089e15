#include "read/extract.hpp"

#include "read/schema.hpp"

namespace labeltool::read {

std::string text_of(const yaml::Node& node, std::string_view key) {
  const yaml::Node* child = node.find(key);
  return child && child->is_scalar() ? std::string(child->value) : std::string();
}

std::optional<std::vector<std::string>> list_of(const yaml::Node& node, std::string_view key) {
  const yaml::Node* child = node.find(key);
  if (!child || !child->is_sequence()) return std::nullopt;
  std::vector<std::string> items;
  items.reserve(child->children.size());
  for (const auto& item : child->children)
    if (item.is_scalar()) items.emplace_back(item.value);
  return items;
}

std::optional<double> number_of(const yaml::Node& node, std::string_view key) {
  const yaml::Node* child = node.find(key);
  double value = 0;
  if (!child || !child->is_scalar() || child->quoted || !parse_number(child->value, value))
    return std::nullopt;
  return value;
}

std::optional<long long> whole_number_of(const yaml::Node& node, std::string_view key) {
  const auto value = number_of(node, key);
  return value ? whole_number(*value) : std::nullopt;
}

Position position_of(const yaml::Node& node, std::string_view key) {
  const yaml::Node* child = node.find(key);
  return child ? child->position : node.position;
}

}  // namespace labeltool::read
