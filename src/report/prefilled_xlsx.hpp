#pragma once
/// `labeltool gap -o NVVK.xlsx`: the pre-filled zelfevaluatie for the target norm set as a
/// workbook, in the layout of the template (docs/workbook.md).
#include <string>
#include <vector>

#include "analysis/transfer.hpp"
#include "report/phrases.hpp"
#include "xlsx/writer.hpp"

namespace labeltool::report {

/// Builds the form for `target` into `book` with every carried answer filled in: where it came
/// from (source norm, relation, transfer rule) in a note on its score, and the answers still to
/// verify in yellow with "TE VERIFIËREN." at the start of their toelichting.
void write_prefilled_xlsx(xlsx::WorkbookWriter& book, const model::Zelfevaluatie& from,
                          const model::NormSet& source, const model::NormSet& target,
                          const analysis::Transfer& transfer, const std::vector<std::string>& scope,
                          const std::string& date, const std::string& file_name, Lang lang);

}  // namespace labeltool::report
