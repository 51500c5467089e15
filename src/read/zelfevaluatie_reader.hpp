#pragma once
/// Zelfevaluaties into the model, from YAML (zelfevaluatie/1) or from the CSV form.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/zelfevaluatie.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// Reads a document whose header is 'labeltool: zelfevaluatie/1'.
model::Zelfevaluatie read_zelfevaluatie(const yaml::Document& document, Diagnostics& diagnostics);

/// Reads the CSV form (see docs/formats.md) from `bytes` as read from `path`.
/// nullopt when it is not a zelfevaluatie CSV at all.
std::optional<model::Zelfevaluatie> read_zelfevaluatie_csv(const std::string& path,
                                                           std::string bytes,
                                                           Diagnostics& diagnostics);

}  // namespace labeltool::read
