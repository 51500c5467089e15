#pragma once
/// Norm sets from the CSV form (docs/formats.md, "Norm sets as CSV"), as a maintainer keeps
/// an official normenkader in a spreadsheet.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/normset.hpp"

namespace labeltool::read {

/// Reads the CSV form; nullopt when it is not a norm-set CSV at all. The norm set is then
/// checked like any other (check_normset is the caller's job).
std::optional<model::NormSet> read_normset_csv(const std::string& path, std::string bytes,
                                               Diagnostics& diagnostics);

}  // namespace labeltool::read
