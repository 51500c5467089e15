#pragma once
/// The report of `labeltool diff` on two versions of one label.
#include <string>
#include <vector>

#include "analysis/diff.hpp"
#include "report/format.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// Two versions: added, removed, reworded (word diff), moved, renumbered; and with a
/// zelfevaluatie (`fates` not null), which answers carry over, need review or are lost.
std::string render_version_diff(const model::NormSet& before, const model::NormSet& after,
                                const analysis::VersionDiff& diff,
                                const std::vector<analysis::AnswerFate>* fates, Format format,
                                Lang lang);

/// Why an answer carries over, needs review or is lost, e.g. "overlapt met N3 (intersects)".
std::string fate_reason(const analysis::AnswerFate& fate, Lang lang);

/// The word for an edit in reports for people, e.g. "herschreven".
const Phrase& edit_word(analysis::NormEdit edit);
/// The word for what happens to an answer, e.g. "gaat mee".
const Phrase& fate_word(analysis::AnswerFate::Kind kind);

}  // namespace labeltool::report
