#pragma once
/// The YAML validator: a document's tree checked against the rule table of its file kind.
#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "read/schema.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// Checks `node` against `schema`, recursively: unknown keys (with "did you mean"), missing
/// required keys, types, vocabularies and ranges. Appends findings to `diagnostics`.
void validate(const yaml::Node& node, const ObjectSchema& schema, const SourceFile& source,
              Diagnostics& diagnostics);

}  // namespace labeltool::read
