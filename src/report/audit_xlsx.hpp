#pragma once
/// The empty audit form (audit/1) as a workbook, which `labeltool template --audit --format
/// xlsx` writes and `labeltool audit` reads back: the sheet Audit (organisation and auditors
/// at the top, then one row per interview and norm, one interview per interview group as the
/// YAML and CSV forms have) and the sheet Uitleg. Laid out by read/audit_layout.hpp.
#include <string>
#include <vector>

#include "analysis/audit.hpp"
#include "report/phrases.hpp"
#include "xlsx/writer.hpp"

namespace labeltool::report {

/// Builds the form for `sets` into `book`: every interview dated `date` (YYYY-MM-DD), the
/// judgement cells a drop-down of each norm's own set's scale, the date cells checked, the
/// norm columns locked (the sheets protected without a password). Labels for people in
/// `lang`; the sheet names and machine values stay as the reader expects them. `groups`: the
/// organisation's own interview groups (--groups), none by default.
void write_audit_template_xlsx(xlsx::WorkbookWriter& book,
                               const std::vector<analysis::FormSet>& sets, const std::string& date,
                               const std::string& file_name, Lang lang,
                               const std::vector<analysis::GroupRule>& groups = {});

}  // namespace labeltool::report
