#pragma once
/// Norm-set documents (normset/1) into the model, and the integrity rules every norm set
/// must meet before anything else may use it.
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

/// Integrity of a base norm set: unique theme, norm and scale IDs, declared scopes and
/// disciplines, a usable scale and verdict, duplicate titles (warning).
void check_normset(const model::NormSet& set, Diagnostics& diagnostics);

/// The rules for one norm that depend on its set: declared scopes and disciplines.
void check_norm_references(const model::Norm& norm, const model::NormSet& set,
                           Diagnostics& diagnostics);

}  // namespace labeltool::read
