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
/// The header names the crosswalk (file, method, status) and which target scopes were used
/// and why.
std::string render_transfer(const model::NormSet& source, const model::NormSet& target,
                            const analysis::Transfer& transfer,
                            const std::vector<analysis::UnsoundChain>& unsound,
                            const model::Crosswalk& crosswalk, const analysis::TargetScope& scope,
                            Format format, Lang lang);

/// "Scope van nvvk@2021: schuldhulpverlening (…)": which target scopes a transfer used, and why.
std::string target_scope_text(const model::NormSet& target, const analysis::TargetScope& scope,
                              Lang lang);

/// The machine name of a scope reason, as JSON writes it: "given", "same", "part",
/// "none-in-common", "all-scopes".
std::string_view scope_reason_name(analysis::TargetScope::Reason reason);

/// The rule that applied to one source, e.g. "intersects: hoogstens deels, verifiëren".
std::string transfer_rule_text(const analysis::TransferSource& source, Lang lang);

/// Why a norm got its score: "strictest source: O1 (equal: the score carries over)", the
/// first source's rule when none carried anything, or "" without sources.
std::string transfer_why_text(const analysis::TransferredNorm& norm, Lang lang);

}  // namespace labeltool::report
