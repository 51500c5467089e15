#pragma once
/// Writing a norm set as a file: normset/1 YAML, or the CSV form for spreadsheets
/// (docs/formats.md, "Norm sets as CSV"). Both carry the whole model, so
/// YAML → CSV → YAML loses nothing.
#include <string>

#include "model/normset.hpp"

namespace labeltool::report {

std::string render_normset_yaml(const model::NormSet& set);
std::string render_normset_csv(const model::NormSet& set);

}  // namespace labeltool::report
