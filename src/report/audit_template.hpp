#pragma once
/// The empty audit form (audit/1) that `labeltool template --audit` writes: one interview per
/// interview group, each with the norms of every audited set that group answers. YAML with
/// each norm's title and evidence as comments, or the CSV form; a workbook writer takes the
/// same analysis::audit_form().
#include <string>
#include <vector>

#include "analysis/audit.hpp"
#include "report/template.hpp"

namespace labeltool::report {

/// The YAML form, its comments in Dutch; every interview dated `date`.
/// `groups`: the organisation's own interview groups (--groups), none by default.
std::string render_audit_template_yaml(const std::vector<analysis::FormSet>& sets,
                                       const std::string& date,
                                       const std::vector<analysis::GroupRule>& groups = {});

/// The CSV form: metadata rows, then one row per interview and norm; CRLF line ends.
std::string render_audit_template_csv(const std::vector<analysis::FormSet>& sets,
                                      const std::string& date,
                                      CsvDialect dialect = CsvDialect::ExcelNl,
                                      const std::vector<analysis::GroupRule>& groups = {});

}  // namespace labeltool::report
