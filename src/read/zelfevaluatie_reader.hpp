#pragma once
/// Zelfevaluaties into the model, from YAML (zelfevaluatie/1), the CSV form or the workbook.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/zelfevaluatie.hpp"
#include "xlsx/workbook.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// Reads a document whose header is 'labeltool: zelfevaluatie/1'.
model::Zelfevaluatie read_zelfevaluatie(const yaml::Document& document, Diagnostics& diagnostics);

/// Reads the CSV form (see docs/formats.md) from `bytes` as read from `path`.
/// nullopt when it is not a zelfevaluatie CSV at all.
std::optional<model::Zelfevaluatie> read_zelfevaluatie_csv(const std::string& path,
                                                           std::string bytes,
                                                           Diagnostics& diagnostics);

/// Reads the zelfevaluatie form from `sheet`, the answer sheet of a workbook (see
/// docs/workbook.md): metadata by its label in column A, the answer table by its header row.
/// nullopt when its first row is not 'labeltool' 'zelfevaluatie/1'.
std::optional<model::Zelfevaluatie> read_zelfevaluatie_sheet(const xlsx::Sheet& sheet,
                                                             Diagnostics& diagnostics);

}  // namespace labeltool::read
