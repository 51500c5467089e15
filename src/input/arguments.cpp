#include "input/arguments.hpp"

#include <filesystem>

#include "analysis/groups.hpp"
#include "analysis/integrity.hpp"
#include "input/input.hpp"

namespace labeltool::input {
namespace {

/// Moves what reading `input` found into `diagnostics`; true when it found no error.
bool take_findings(Input& input, Diagnostics& diagnostics) {
  const bool clean = !input.failed();
  diagnostics.insert(diagnostics.end(), input.diagnostics.begin(), input.diagnostics.end());
  input.diagnostics.clear();
  return clean;
}

/// Reads a --crosswalk file and registers it in `catalog`; false when it cannot be used.
bool register_crosswalk_file(const std::string& path, Catalog& catalog,
                             const yaml::ReadLimits& limits, Diagnostics& diagnostics) {
  Input input = read_input(path, limits);
  expect_kind(input, {Kind::Crosswalk, Kind::CisoMappingSet}, "a crosswalk (crosswalk/1)");
  if (input.kind == Kind::CisoMappingSet) {
    const auto [source_urn, target_urn] = read::ciso_mapping_framework_urns(*input.document);
    auto crosswalk =
        read::read_ciso_mapping_set(*input.document, catalog.ciso_framework(source_urn),
                                    catalog.ciso_framework(target_urn), input.diagnostics);
    if (crosswalk) analysis::check_mapping_rows(*crosswalk, input.diagnostics);
    if (!take_findings(input, diagnostics) || !crosswalk) return false;
    catalog.add_crosswalk(std::move(*crosswalk));
    return true;
  }
  model::Crosswalk* crosswalk = input.crosswalk();
  if (!crosswalk) {
    take_findings(input, diagnostics);
    return false;
  }
  const model::NormSet* source = catalog.resolve(crosswalk->source, *crosswalk->file,
                                                 crosswalk->source_position, input.diagnostics);
  const model::NormSet* target = catalog.resolve(crosswalk->target, *crosswalk->file,
                                                 crosswalk->target_position, input.diagnostics);
  if (source && target) analysis::check_crosswalk(*crosswalk, *source, *target, input.diagnostics);
  if (!take_findings(input, diagnostics)) return false;
  catalog.add_crosswalk(std::move(*crosswalk));
  return true;
}

}  // namespace

const model::NormSet* load_normset_argument(const std::string& argument, Catalog& catalog,
                                            const yaml::ReadLimits& limits,
                                            Diagnostics& diagnostics) {
  const SourceFile command_line("<command line>", argument);
  std::error_code error;
  const bool is_path = std::filesystem::exists(argument, error) ||
                       argument.find('/') != std::string::npos ||
                       argument.find('@') == std::string::npos;
  if (!is_path) return catalog.resolve(argument, command_line, {1, 1}, diagnostics);

  Input input = read_input(argument, limits);
  expect_kind(input, {Kind::Normset, Kind::NormsetCsv, Kind::CisoFramework},
              "a norm set (normset/1)");
  const SourcePtr source = input.source;
  if (auto* framework = input.ciso_framework()) {
    if (!take_findings(input, diagnostics)) return nullptr;
    const std::string reference = framework->set.reference();
    catalog.add_ciso_framework(std::move(*framework), ReadState::Clean);
    return catalog.resolve(reference, *source, {1, 1}, diagnostics);
  }
  model::NormSet* set = input.normset();
  if (!take_findings(input, diagnostics) || !set) return nullptr;
  const std::string reference = set->reference();
  catalog.add(std::move(*set), ReadState::Clean);
  auto found = catalog.resolve_variant(reference);
  diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  return catalog.resolve(reference, *source, {1, 1}, diagnostics);
}

std::optional<model::Zelfevaluatie> read_zelfevaluatie_argument(const std::string& path,
                                                                const yaml::ReadLimits& limits,
                                                                Diagnostics& diagnostics) {
  Input input = read_input(path, limits);
  expect_kind(input, {Kind::Zelfevaluatie, Kind::ZelfevaluatieCsv, Kind::ZelfevaluatieXlsx},
              "a zelfevaluatie (zelfevaluatie/1)");
  model::Zelfevaluatie* z = input.zelfevaluatie();
  std::optional<model::Zelfevaluatie> result;
  if (z) result = std::move(*z);
  take_findings(input, diagnostics);
  return result;
}

std::optional<model::Audit> read_audit_argument(const std::string& path,
                                                const yaml::ReadLimits& limits,
                                                Diagnostics& diagnostics) {
  Input input = read_input(path, limits);
  expect_kind(input, {Kind::Audit, Kind::AuditCsv, Kind::AuditXlsx}, "an audit (audit/1)");
  model::Audit* audit = input.audit();
  std::optional<model::Audit> result;
  if (audit) result = std::move(*audit);
  take_findings(input, diagnostics);
  return result;
}

// ── groups/1 (issue 16)
std::optional<model::Groups> read_groups_argument(const std::string& path,
                                                  const std::vector<const model::NormSet*>& sets,
                                                  const yaml::ReadLimits& limits,
                                                  Diagnostics& diagnostics) {
  Input input = read_input(path, limits);
  expect_kind(input, {Kind::Groups}, "a groups file (groups/1)");
  model::Groups* groups = input.groups();
  std::optional<model::Groups> result;
  if (groups) {
    auto found = analysis::check_groups(*groups, sets);
    input.diagnostics.insert(input.diagnostics.end(), found.begin(), found.end());
    result = std::move(*groups);
  }
  take_findings(input, diagnostics);
  return result;
}
// ── end groups/1

std::optional<model::Crosswalk> crosswalk_between(
    const model::NormSet& from, const model::NormSet& to, const std::vector<std::string>& files,
    Catalog& catalog, const yaml::ReadLimits& limits, Diagnostics& diagnostics,
    std::vector<analysis::UnsoundChain>* unsound, ProposedRows proposed) {
  // Given files first, so they win over the folders'.
  for (auto it = files.rbegin(); it != files.rend(); ++it)
    if (!register_crosswalk_file(*it, catalog, limits, diagnostics)) return std::nullopt;
  // suggest: rows nobody reviewed are not used unless the user says so.
  const auto usable = [&](const model::Crosswalk& crosswalk) {
    if (proposed == ProposedRows::Accept || crosswalk.proposed_count() == 0) return true;
    report_proposed_rows(crosswalk, Severity::Error, diagnostics);
    return false;
  };
  if (auto direct = catalog.find_crosswalk(from.reference(), to.reference())) {
    if (!usable(*direct)) return std::nullopt;
    return direct;
  }
  // One step through a third set, composed only where sound.
  for (const auto& listing : catalog.list()) {
    if (listing.reference == from.reference() || listing.reference == to.reference()) continue;
    auto first = catalog.find_crosswalk(from.reference(), listing.reference);
    auto second = first ? catalog.find_crosswalk(listing.reference, to.reference()) : std::nullopt;
    if (!first || !second) continue;
    if (!usable(*first) || !usable(*second)) return std::nullopt;
    auto composition = analysis::compose(*first, *second);
    if (unsound)
      unsound->insert(unsound->end(), composition.unsound.begin(), composition.unsound.end());
    return composition.crosswalk;
  }
  diagnostics.push_back(make_file_diagnostic(
      "<command line>", Code::UnresolvedReference,
      {"no crosswalk between " + from.reference() + " and " + to.reference() +
           " in the norm-set folders; give one with --crosswalk FILE",
       "er is geen crosswalk tussen " + from.reference() + " en " + to.reference() +
           " in de mappen met normenkaders; geef er een met --crosswalk "
           "BESTAND"}));
  return std::nullopt;
}

// --- suggest -------------------------------------------------------------------------------
std::optional<model::Crosswalk> crosswalk_file_between(const std::string& path,
                                                       const model::NormSet& from,
                                                       const model::NormSet& to, Catalog& catalog,
                                                       const yaml::ReadLimits& limits,
                                                       Diagnostics& diagnostics) {
  if (!register_crosswalk_file(path, catalog, limits, diagnostics)) return std::nullopt;
  // The file just registered wins over the folders' crosswalks between the same two sets.
  auto found = catalog.find_crosswalk(from.reference(), to.reference());
  if (found && found->file && found->file->path() == path) return found;
  diagnostics.push_back(make_file_diagnostic(
      path, Code::UnresolvedReference,
      Message{"this crosswalk does not relate " + from.reference() + " and " + to.reference() +
                  "; give one between the two sets you compare",
              "deze koppeling gaat niet over " + from.reference() + " en " + to.reference() +
                  "; geef er een tussen de twee normenkaders die je vergelijkt"}));
  return std::nullopt;
}

void report_proposed_rows(const model::Crosswalk& crosswalk, Severity severity,
                          Diagnostics& diagnostics) {
  const std::size_t count = crosswalk.proposed_count();
  if (count == 0) return;
  const model::Mapping* first = nullptr;
  for (const auto& row : crosswalk.mappings)
    if (row.review == model::Review::Proposed) {
      first = &row;
      break;
    }
  const std::string rows = std::to_string(count);
  const std::string pair = first->source + " → " + first->target;
  Message message =
      severity == Severity::Error
          ? Message{rows +
                        " row(s) of this crosswalk were proposed by 'labeltool suggest' "
                        "and nobody has reviewed them (first: " +
                        pair +
                        "); review them (remove 'review: proposed') or pass "
                        "--accept-proposed",
                    rows +
                        " rij(en) van deze koppeling zijn voorgesteld door 'labeltool "
                        "suggest' en nog door niemand bekeken (eerste: " +
                        pair +
                        "); bekijk ze (haal 'review: proposed' weg) of geef "
                        "--accept-proposed"}
          : Message{rows +
                        " row(s) are still proposed (review: proposed), not yet "
                        "reviewed by an expert (first: " +
                        pair + ")",
                    rows +
                        " rij(en) zijn nog voorstellen (review: proposed), nog niet "
                        "door een deskundige bekeken (eerste: " +
                        pair + ")"};
  Diagnostic diagnostic =
      crosswalk.file ? make_diagnostic(*crosswalk.file, first->position, Code::ProposedRows,
                                       std::move(message))
                     : make_file_diagnostic("<crosswalk>", Code::ProposedRows, std::move(message));
  diagnostic.severity = severity;
  diagnostics.push_back(std::move(diagnostic));
}
// --- end suggest ---------------------------------------------------------------------------

}  // namespace labeltool::input
