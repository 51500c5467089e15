#pragma once
/// The interview guide of `labeltool plan` as a workbook: a first sheet "Over deze planning"
/// (norm sets, crosswalk, status, the groups with their counts and sheets), then one sheet per
/// interview group with a row per norm to cover there — text, questions, evidence to request,
/// every related norm of the other label, whether it is shared, and the organisation's own
/// answer. Built for reading and printing: header frozen, filter, A4 landscape.
#include "analysis/plan.hpp"
#include "report/phrases.hpp"
#include "xlsx/writer.hpp"

namespace labeltool::report {

/// The sheet name of each group of `plan` (in plan order), valid and unique in Excel, beside
/// the first sheet's name in `lang`.
std::vector<std::string> plan_sheet_names(const analysis::Plan& plan, Lang lang);

/// Builds the guide's sheets into `book`; text for people in `lang`.
void write_plan_xlsx(xlsx::WorkbookWriter& book, const analysis::Plan& plan, Lang lang);

}  // namespace labeltool::report
