#pragma once
/// The report of `labeltool audit`: per label the auditor's judgement of every norm, where
/// interviews disagreed, what was carried from the other label, what no interview covered,
/// the outcome by the set's own rule, and the zelfevaluatie beside it.
#include <string>

#include "analysis/audit.hpp"
#include "model/audit.hpp"
#include "report/format.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// The report as text, Markdown, JSON or CSV (`format`); people's formats in `lang`, JSON and
/// CSV with English machine names. `path` names the audit file as given.
std::string render_audit(const model::Audit& audit, const std::string& path,
                         const analysis::AuditResult& result, Format format, Lang lang);

}  // namespace labeltool::report
