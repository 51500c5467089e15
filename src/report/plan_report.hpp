#pragma once
/// The report of `labeltool plan`: the interview guide of a combined audit of two labels.
#include <string>

#include "analysis/plan.hpp"
#include "report/format.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// The interview guide: per group every norm with its text, all its related norms, the
/// guidance to ask about, the evidence to request and the organisation's own answer. Text,
/// Markdown, JSON (docs/plan-json.md) or CSV. It reads nothing but `plan`.
std::string render_plan(const analysis::Plan& plan, Format format, Lang lang);

}  // namespace labeltool::report
