#pragma once
/// The pre-filled zelfevaluatie that `labeltool gap -o` writes for the target norm set.
#include <string>

#include "analysis/transfer.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// Every carried answer with its sources, as a `zelfevaluatie/1` file that reads back
/// cleanly. The transfer rules are written in `lang`; the file's comments and the toelichting
/// it starts stay Dutch, as they were before --lang reached this file.
/// It keeps the zelfevaluatie's `filled_in_by` and writes `scope` (target scope IDs; empty =
/// every scope), so that `check` of the file asks for the norms the transfer covered.
std::string render_prefilled(const model::Zelfevaluatie& from, const model::NormSet& source,
                             const model::NormSet& target, const analysis::Transfer& transfer,
                             const std::vector<std::string>& scope, const std::string& date,
                             Lang lang);

}  // namespace labeltool::report
