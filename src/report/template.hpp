#pragma once
/// Empty zelfevaluaties to fill in: YAML with each norm's title and evidence as comments, or
/// the CSV form for people who work in Excel (see docs/formats.md).
#include <string>
#include <vector>

#include "model/normset.hpp"

namespace labeltool::report {

/// The YAML form, its comments in Dutch.
std::string render_template_yaml(const model::NormSet& set, const std::vector<std::string>& scope,
                                 const std::string& date);
/// The CSV form: the header rows, then one row per norm in scope.
std::string render_template_csv(const model::NormSet& set, const std::vector<std::string>& scope,
                                const std::string& date);

}  // namespace labeltool::report
