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

/// One related norm as the guide names it: "nvvk 3.2 Wachttijd tot eerste gesprek (intersects,
/// hier)", or "(…, bij staf)" where it is asked in another group. Not escaped.
std::string related_text(const analysis::Plan& plan, const analysis::PlanItem& item,
                         const analysis::PlanPartner& partner, Lang lang);

/// The marks of a norm in a group, "gedeeld, ook bij staf; hier om een gerelateerde norm", or
/// "" for a norm asked only here and for itself.
std::string placement_marks(const analysis::PlanItem& item, Lang lang);

/// The name a guide shows for group `g`: its name, or "(geen gespreksgroep)" for the norms
/// without a discipline.
std::string group_name(const analysis::PlanGroup& g, Lang lang);

/// "This guide is only for staf; the other groups (bestuur, …) are in the full guide." when
/// `plan --only` left groups out; "" otherwise. Not escaped.
std::string only_groups_note(const analysis::Plan& plan, Lang lang);

}  // namespace labeltool::report
