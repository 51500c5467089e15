#pragma once
/// Norm-set documents (normset/1) into the model. The integrity rules every norm set must
/// meet are in analysis/integrity.hpp.
#include "diag/diagnostic.hpp"
#include "model/normset.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// Reads a document whose header is 'labeltool: normset/1'. Schema problems and
/// conditional requirements (status_note, a base set's scale/verdict/themes) are reported.
model::NormSet read_normset(const yaml::Document& document, Diagnostics& diagnostics);

/// The rules on a set's own metadata that hold whichever form it was read from (YAML or
/// CSV), base set or variant: a validity period that does not end before it starts.
void check_metadata(const model::NormSet& set, Diagnostics& diagnostics);

}  // namespace labeltool::read
