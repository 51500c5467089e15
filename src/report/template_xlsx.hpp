#pragma once
/// `labeltool template --format xlsx`: the empty zelfevaluatie as a workbook to fill in.
#include <string>
#include <vector>

#include "model/normset.hpp"
#include "report/phrases.hpp"
#include "xlsx/writer.hpp"

namespace labeltool::report {

/// Builds the empty form for `set` into `book`: one row per norm that applies to `scope`, the
/// date filled in, and `file_name` in the "labeltool check" line of the Uitleg sheet.
void write_template_xlsx(xlsx::WorkbookWriter& book, const model::NormSet& set,
                         const std::vector<std::string>& scope, const std::string& date,
                         const std::string& file_name, Lang lang);

}  // namespace labeltool::report
