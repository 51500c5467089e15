#pragma once
/// Audit files (audit/1) into the model, from YAML or from the CSV form that
/// `labeltool template --audit --format csv` writes. The rules an audit must meet against the
/// norm sets it names are in analysis/audit.hpp.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/audit.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// Reads a document whose header is 'labeltool: audit/1'.
model::Audit read_audit(const yaml::Document& document, Diagnostics& diagnostics);

/// Reads the CSV form (see docs/formats.md) from `bytes` as read from `path`; nullopt when
/// the rows cannot be parsed or the first row is not 'labeltool,audit/1'.
std::optional<model::Audit> read_audit_csv(const std::string& path, std::string bytes,
                                           Diagnostics& diagnostics);

}  // namespace labeltool::read
