#pragma once
/// The report of `labeltool plan`: the combined audit of two labels.
#include <string>

#include "analysis/plan.hpp"
#include "report/format.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// The combined audit plan: per interview group its shared pairs and the norms of one side
/// only. Text, Markdown or JSON (CSV is written as text).
std::string render_plan(const model::NormSet& a, const model::NormSet& b,
                        const analysis::Plan& plan, Format format, Lang lang);

}  // namespace labeltool::report
