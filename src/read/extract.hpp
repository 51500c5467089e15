#pragma once
/// Small getters for validated YAML nodes. They return empty values for absent or
/// mistyped fields, because validate() has already reported those.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "yaml/document.hpp"

namespace labeltool::read {

/// The text of `node[key]`, or "" when it is absent or not text.
std::string text_of(const yaml::Node& node, std::string_view key);
/// The texts of the list `node[key]`, or nullopt when it is absent or not a list.
std::optional<std::vector<std::string>> list_of(const yaml::Node& node, std::string_view key);
/// The number at `node[key]`, or nullopt.
std::optional<double> number_of(const yaml::Node& node, std::string_view key);
/// The whole number at `node[key]` (see whole_number()), or nullopt.
std::optional<long long> whole_number_of(const yaml::Node& node, std::string_view key);
/// Position of `node[key]`'s value, or of `node` when the key is absent.
Position position_of(const yaml::Node& node, std::string_view key);

}  // namespace labeltool::read
