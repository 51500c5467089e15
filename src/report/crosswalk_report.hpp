#pragma once
/// Reports of `labeltool diff`, `gap` and `plan`.
#include <string>
#include <vector>

#include "analysis/diff.hpp"
#include "analysis/plan.hpp"
#include "analysis/transfer.hpp"
#include "report/words.hpp"

namespace labeltool::report {

enum class Format { Text, Markdown, Json, Csv };

/// Two versions: added, removed, reworded (word diff), moved, renumbered; and with a
/// zelfevaluatie, which answers carry over, need review or are lost.
std::string render_version_diff(const model::NormSet& before, const model::NormSet& after,
                                const analysis::VersionDiff& diff,
                                const std::vector<analysis::AnswerFate>* fates, Format format,
                                Lang lang);

/// Two labels: per norm its related norms, coverage counts per side and per theme with
/// their denominators, and the themes × themes matrix.
std::string render_label_diff(const model::Crosswalk& crosswalk, const analysis::LabelDiff& diff,
                              Format format, Lang lang);

/// The gap report of a transfer: carried, to verify, no source; unsound chains for review.
std::string render_transfer(const model::NormSet& source, const model::NormSet& target,
                            const analysis::Transfer& transfer,
                            const std::vector<analysis::UnsoundChain>& unsound, Format format,
                            Lang lang);

/// The pre-filled zelfevaluatie for the target set: every carried answer with its sources.
std::string render_prefilled(const model::Zelfevaluatie& from, const model::NormSet& source,
                             const model::NormSet& target, const analysis::Transfer& transfer,
                             const std::string& date);

/// The combined audit plan.
std::string render_plan(const model::NormSet& a, const model::NormSet& b, const analysis::Plan& plan,
                        Format format, Lang lang);

}  // namespace labeltool::report
