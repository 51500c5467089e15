#pragma once
/// Crosswalk documents (crosswalk/1) into the model. The rules a crosswalk must meet against
/// the two norm sets it relates are in analysis/integrity.hpp.
#include "diag/diagnostic.hpp"
#include "model/crosswalk.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// Reads a document whose header is 'labeltool: crosswalk/1'.
model::Crosswalk read_crosswalk(const yaml::Document& document, Diagnostics& diagnostics);

}  // namespace labeltool::read
