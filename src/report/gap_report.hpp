#pragma once
/// The report of `labeltool gap`: what a transfer carried over, what is left to verify and
/// what has no source, and the words for its rules.
#include <string>
#include <vector>

#include "analysis/transfer.hpp"
#include "report/format.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// The gap report of a transfer: carried, to verify, no source; unsound chains for review.
/// Text, Markdown or JSON (CSV is written as text).
std::string render_transfer(const model::NormSet& source, const model::NormSet& target,
                            const analysis::Transfer& transfer,
                            const std::vector<analysis::UnsoundChain>& unsound, Format format,
                            Lang lang);

/// The rule that applied to one source, e.g. "intersects: hoogstens deels, verifiëren".
std::string transfer_rule_text(const analysis::TransferSource& source, Lang lang);

/// Why a norm got its score: "strictest source: O1 (equal: the score carries over)", the
/// first source's rule when none carried anything, or "" without sources.
std::string transfer_why_text(const analysis::TransferredNorm& norm, Lang lang);

}  // namespace labeltool::report
