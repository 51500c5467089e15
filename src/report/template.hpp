#pragma once
/// Empty zelfevaluaties to fill in: YAML with each norm's title and evidence as comments, or
/// the CSV form for people who work in Excel (see docs/formats.md).
#include <string>
#include <vector>

#include "model/normset.hpp"

namespace labeltool::report {

std::string render_template_yaml(const model::NormSet& set, const std::vector<std::string>& scope,
                                 const std::string& date);
std::string render_template_csv(const model::NormSet& set, const std::vector<std::string>& scope,
                                const std::string& date);

/// `text` (valid UTF-8) as a double-quoted YAML scalar, escaped so that any input stays one
/// valid scalar and no control character (C0, DEL, C1) is written raw.
std::string yaml_quote(std::string_view text);

}  // namespace labeltool::report
