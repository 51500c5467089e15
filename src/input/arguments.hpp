#pragma once
/// Files and references named on the command line, read through the one way in: a norm set
/// (id@version or a file), a zelfevaluatie, and the crosswalk between two norm sets.
#include <optional>
#include <string>
#include <vector>

#include "analysis/transfer.hpp"
#include "diag/diagnostic.hpp"
#include "input/catalog.hpp"
#include "model/audit.hpp"
#include "model/crosswalk.hpp"
#include "model/groups.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"
#include "yaml/document.hpp"

namespace labeltool::input {

/// The norm set named on the command line: a reference (id@version) looked up in the
/// catalog, or the path of a norm-set file (normset/1, a norm-set CSV or a CISO Assistant
/// framework: read, registered, then resolved). nullptr when it cannot be had; the reasons
/// are appended to `diagnostics`.
const model::NormSet* load_normset_argument(const std::string& argument, Catalog& catalog,
                                            const yaml::ReadLimits& limits,
                                            Diagnostics& diagnostics);

/// The zelfevaluatie in `path` (YAML or the CSV form); nullopt, with the reasons appended to
/// `diagnostics`, when it cannot be read or is another kind of file.
std::optional<model::Zelfevaluatie> read_zelfevaluatie_argument(const std::string& path,
                                                                const yaml::ReadLimits& limits,
                                                                Diagnostics& diagnostics);

/// Whether a command uses crosswalk rows that `labeltool suggest` proposed and nobody has
/// reviewed yet (review: proposed).
enum class ProposedRows : std::uint8_t { Refuse, Accept };

/// The audit in `path` (audit/1, YAML or the CSV form); nullopt, with the reasons appended to
/// `diagnostics`, when it cannot be read or is another kind of file.
std::optional<model::Audit> read_audit_argument(const std::string& path,
                                                const yaml::ReadLimits& limits,
                                                Diagnostics& diagnostics);

// ── groups/1 (issue 16)
/// The organisation's own interview groups in `path` (groups/1), checked against `sets`: an
/// entry that is no interview group of theirs is an error with did-you-mean. nullopt, with
/// the reasons appended to `diagnostics`, when it cannot be read or is another kind of file.
std::optional<model::Groups> read_groups_argument(const std::string& path,
                                                  const std::vector<const model::NormSet*>& sets,
                                                  const yaml::ReadLimits& limits,
                                                  Diagnostics& diagnostics);
// ── end groups/1

/// A crosswalk from `from` to `to` (id@version): from the files given with --crosswalk
/// (read and checked against both sets; inverted when written the other way round), or
/// else from the norm-set folders. When none runs directly, a chain of two given or found
/// crosswalks through a third set is composed where that is sound; the unsound links are
/// appended to `unsound`. nullopt, with diagnostics, when there is none. A crosswalk with
/// rows marked proposed makes it fail (a finding names the first) unless `proposed` is Accept.
std::optional<model::Crosswalk> crosswalk_between(
    const model::NormSet& from, const model::NormSet& to, const std::vector<std::string>& files,
    Catalog& catalog, const yaml::ReadLimits& limits, Diagnostics& diagnostics,
    std::vector<analysis::UnsoundChain>* unsound = nullptr,
    ProposedRows proposed = ProposedRows::Refuse);

// --- suggest -------------------------------------------------------------------------------
/// The crosswalk in `path` (crosswalk/1 or a CISO Assistant mapping set), checked against
/// both sets and seen from `from` to `to` (inverted when written the other way round).
/// nullopt, with diagnostics, when it cannot be read or relates two other sets.
std::optional<model::Crosswalk> crosswalk_file_between(const std::string& path,
                                                       const model::NormSet& from,
                                                       const model::NormSet& to, Catalog& catalog,
                                                       const yaml::ReadLimits& limits,
                                                       Diagnostics& diagnostics);

/// A finding for a crosswalk that still has proposed rows (none when it has none): an error
/// when a command would use them, a note for lint.
void report_proposed_rows(const model::Crosswalk& crosswalk, Severity severity,
                          Diagnostics& diagnostics);
// --- end suggest ---------------------------------------------------------------------------

}  // namespace labeltool::input
