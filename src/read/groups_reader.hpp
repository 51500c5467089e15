#pragma once
/// Groups files (groups/1) into the model. The rule that needs no norm set is checked here: an
/// old group merged into two new groups. Whether each old group exists is checked against the
/// norm sets in analysis/groups.hpp.
#include "diag/diagnostic.hpp"
#include "model/groups.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// Reads a document whose header is 'labeltool: groups/1'.
model::Groups read_groups(const yaml::Document& document, Diagnostics& diagnostics);

}  // namespace labeltool::read
