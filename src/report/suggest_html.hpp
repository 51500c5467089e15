#pragma once
/// The HTML document of `labeltool suggest`, for the expert who reviews a draft crosswalk:
/// per source norm its candidates with the matched words marked in both texts, the score as
/// a number and a bar, the proposed relation in words and the coverage both ways.
#include <string>

#include "report/suggest_report.hpp"

namespace labeltool::report {

/// One self-contained page (inline CSS and SVG, no script, nothing fetched): the two sets and
/// their status, the settings, a summary, the candidates per norm, the norms that stay
/// unmapped, contradictions with --existing, and the annex on the sets' status.
std::string render_suggestions_html(const SuggestView& view, Lang lang);

}  // namespace labeltool::report
