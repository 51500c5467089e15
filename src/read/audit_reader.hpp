#pragma once
/// Audit files (audit/1) into the model, from YAML or from the CSV or workbook form that
/// `labeltool template --audit --format csv|xlsx` writes: one reader for both tables. The rules an
/// audit must meet against the norm sets it names are in analysis/audit.hpp.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/audit.hpp"
#include "xlsx/workbook.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// Reads a document whose header is 'labeltool: audit/1'.
model::Audit read_audit(const yaml::Document& document, Diagnostics& diagnostics);

/// Reads the CSV form (see docs/formats.md) from `bytes` as read from `path`; nullopt when
/// the rows cannot be parsed or the first row is not 'labeltool,audit/1'.
std::optional<model::Audit> read_audit_csv(const std::string& path, std::string bytes,
                                           Diagnostics& diagnostics);

// ── audit workbooks (issue 16)
/// True when the first row of `sheet` holds 'labeltool' and 'audit/1'.
bool is_audit_sheet(const xlsx::Sheet& sheet);

/// Reads the audit form from `sheet`, the form sheet of a workbook (docs/workbook.md):
/// metadata by its label in column A, the judgement table by its header row, findings at
/// sheet!cell. nullopt when its first row is not 'labeltool' 'audit/1'.
std::optional<model::Audit> read_audit_sheet(const xlsx::Sheet& sheet, Diagnostics& diagnostics);
// ── end audit workbooks

}  // namespace labeltool::read
