#include "input/lint.hpp"

#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "analysis/check.hpp"
#include "analysis/integrity.hpp"
#include "input/input.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

namespace labeltool::input {
namespace {

/// Registers the norm sets among `inputs` (a set defined twice is reported in the second
/// file), then resolves the variants among them against the catalog.
void register_normsets(std::vector<Input>& inputs, Catalog& catalog, LintSummary& summary) {
  std::map<std::string, std::string> defined_in;
  for (auto& input : inputs) {
    if (input.kind != Kind::Normset) continue;
    ++summary.normsets;
    model::NormSet& set = *input.normset();
    if (set.id.empty() || set.version.empty()) continue;
    const auto [it, inserted] = defined_in.emplace(set.reference(), input.path);
    if (!inserted) {
      input.diagnostics.push_back(
          make_diagnostic(*set.source, Position{1, 1}, Code::DuplicateId,
                          "norm set " + set.reference() + " is also defined in " + it->second));
      continue;
    }
    catalog.add(set, input.failed() ? ReadState::WithErrors : ReadState::Clean);
  }
  for (auto& input : inputs) {
    const model::NormSet* set = input.kind == Kind::Normset ? input.normset() : nullptr;
    if (!set || !set->is_variant() || set->id.empty()) continue;
    auto found = catalog.resolve_variant(set->reference());
    input.diagnostics.insert(input.diagnostics.end(), found.begin(), found.end());
  }
}

/// Rows of `from` whose pair has no row the other way round in `to`, the set that should
/// mirror it (reported once per pair, at the row in `from`).
void report_unmirrored(const read::CisoMappingSet& from, const read::CisoMappingSet& to,
                       Diagnostics& diagnostics) {
  std::set<std::pair<std::string_view, std::string_view>> mirrored, reported;
  for (const auto& mapping : to.crosswalk->mappings)
    mirrored.emplace(mapping.target, mapping.source);
  for (const auto& mapping : from.crosswalk->mappings) {
    const std::pair<std::string_view, std::string_view> pair{mapping.source, mapping.target};
    if (mirrored.count(pair) || !reported.insert(pair).second) continue;
    diagnostics.push_back(make_diagnostic(
        *from.crosswalk->file, mapping.position, Code::ReverseMismatch,
        "the pair " + util::escape_control(mapping.source) + " → " +
            util::escape_control(mapping.target) + " in mapping set '" +
            util::escape_control(from.name) + "' has no row " +
            util::escape_control(mapping.target) + " → " + util::escape_control(mapping.source) +
            " in its reverse set '" + util::escape_control(to.name) + "'"));
  }
}

/// A set and the one that maps the same two frameworks the other way round must mirror each
/// other: the same pairs, each with the inverse relation (the crosswalk/1 rule).
void check_mirrored_sets(const std::vector<read::CisoMappingSet>& sets, Diagnostics& diagnostics) {
  for (std::size_t i = 0; i < sets.size(); ++i) {
    for (std::size_t j = i + 1; j < sets.size(); ++j) {
      const auto &forward = sets[i], &reverse = sets[j];
      if (!forward.crosswalk || !reverse.crosswalk || forward.source_urn != reverse.target_urn ||
          forward.target_urn != reverse.source_urn)
        continue;
      analysis::check_reverse_agreement(*forward.crosswalk, *reverse.crosswalk, diagnostics);
      report_unmirrored(forward, reverse, diagnostics);
      report_unmirrored(reverse, forward, diagnostics);
    }
  }
}

/// CISO Assistant libraries: frameworks first, then every mapping set of each library
/// against them, the libraries on up to `jobs` threads (the frameworks are only read then).
void lint_ciso_libraries(std::vector<Input>& inputs, Catalog& catalog, unsigned jobs,
                         LintSummary& summary) {
  std::vector<Input*> libraries;
  for (auto& input : inputs) {
    auto* framework = input.ciso_framework();
    if (input.kind == Kind::CisoFramework) ++summary.normsets;
    if (input.kind == Kind::CisoMappingSet && input.document) libraries.push_back(&input);
    if (!framework) continue;
    catalog.add_ciso_framework(std::move(*framework),
                               input.failed() ? ReadState::WithErrors : ReadState::Clean);
    input.model = std::monostate{};
  }
  const Catalog& frameworks = catalog;
  const read::CisoFrameworkLookup lookup = [&](std::string_view urn) {
    return frameworks.ciso_framework(urn);
  };
  std::vector<std::size_t> set_counts(libraries.size());
  util::parallel_for(libraries.size(), jobs, [&](std::size_t i) {
    Input& input = *libraries[i];
    auto sets = read::read_ciso_mapping_sets(*input.document, lookup, input.diagnostics);
    input.document.reset();
    set_counts[i] = sets.size();
    // The row rules are the crosswalk/1 ones, run on the crosswalk each set became.
    for (const auto& set : sets)
      if (set.crosswalk) analysis::check_mapping_rows(*set.crosswalk, input.diagnostics);
    check_mirrored_sets(sets, input.diagnostics);
  });
  for (std::size_t count : set_counts) summary.crosswalks += count;
}

/// Zelfevaluaties are checked as `labeltool check` does; the norm sets they name may be
/// among the files linted.
void lint_zelfevaluaties(std::vector<Input>& inputs, Catalog& catalog, std::string_view today,
                         LintSummary& summary) {
  for (auto& input : inputs) {
    const model::Zelfevaluatie* z = input.zelfevaluatie();
    if (!z) continue;
    ++summary.zelfevaluaties;
    if (z->normset.empty()) continue;
    const model::NormSet* set =
        catalog.resolve(z->normset, *z->source, z->normset_position, input.diagnostics);
    if (!set) continue;
    auto checked = analysis::check_zelfevaluatie(*z, *set, today);
    input.diagnostics.insert(input.diagnostics.end(), checked.diagnostics.begin(),
                             checked.diagnostics.end());
  }
}

/// Crosswalks: both sides must resolve; then each row, then the two directions together.
void lint_crosswalks(std::vector<Input>& inputs, Catalog& catalog, LintSummary& summary) {
  const auto resolve_side = [&](const model::Crosswalk& crosswalk, const std::string& reference,
                                Position position, Diagnostics& diagnostics) {
    return reference.empty() ? nullptr
                             : catalog.resolve(reference, *crosswalk.file, position, diagnostics);
  };
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const model::Crosswalk* crosswalk = inputs[i].crosswalk();
    if (!crosswalk) continue;
    ++summary.crosswalks;
    auto& diagnostics = inputs[i].diagnostics;
    const model::NormSet* source =
        resolve_side(*crosswalk, crosswalk->source, crosswalk->source_position, diagnostics);
    const model::NormSet* target =
        resolve_side(*crosswalk, crosswalk->target, crosswalk->target_position, diagnostics);
    if (source && target) analysis::check_crosswalk(*crosswalk, *source, *target, diagnostics);
    for (std::size_t j = 0; j < i; ++j) {
      const model::Crosswalk* other = inputs[j].crosswalk();
      if (other && other->source == crosswalk->target && other->target == crosswalk->source)
        analysis::check_reverse_agreement(*other, *crosswalk, diagnostics);
    }
  }
}

}  // namespace

LintResult lint_files(const std::vector<std::string>& files, Catalog& catalog,
                      const yaml::ReadLimits& limits, unsigned jobs, std::string_view today) {
  auto inputs = read_inputs(files, limits, jobs);
  LintResult result;
  result.summary.files = files.size();
  register_normsets(inputs, catalog, result.summary);
  lint_ciso_libraries(inputs, catalog, jobs, result.summary);
  lint_zelfevaluaties(inputs, catalog, today, result.summary);
  lint_crosswalks(inputs, catalog, result.summary);
  for (auto& input : inputs) {
    sort_by_position(input.diagnostics);
    for (auto& diagnostic : input.diagnostics) result.diagnostics.push_back(std::move(diagnostic));
  }
  return result;
}

}  // namespace labeltool::input
