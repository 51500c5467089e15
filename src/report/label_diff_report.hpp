#pragma once
/// The report of `labeltool diff` on two labels through a crosswalk.
#include <string>

#include "analysis/diff.hpp"
#include "report/format.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// Two labels: per norm its related norms, coverage counts per side and per theme with
/// their denominators, and the themes × themes matrix.
std::string render_label_diff(const model::Crosswalk& crosswalk, const analysis::LabelDiff& diff,
                              Format format, Lang lang);

/// The word for a coverage class in reports for people, e.g. "gedeeltelijk".
const Phrase& coverage_word(analysis::Coverage coverage);

}  // namespace labeltool::report
