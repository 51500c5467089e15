#include "input/lint.hpp"

#include "input/arguments.hpp"  // suggest: report_proposed_rows

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>
#include <variant>

#include "analysis/audit.hpp"
#include "analysis/check.hpp"
#include "analysis/integrity.hpp"
#include "input/arguments.hpp"  // suggest: report_proposed_rows
#include "input/input.hpp"
#include "input/lint_groups.hpp"  // groups/1 (issue 16)
#include "util/file.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

namespace labeltool::input {
namespace {

/// A line's top-level key with quotes removed, and the text after it (from the ':', ',' or
/// ';' that ends it). `key` is empty when the line does not start with one: indented lines,
/// comments, list items ('- ', '---') and block scalars' text never do.
struct LineKey {
  std::string_view key;
  std::string_view rest;
};

LineKey top_level_key(std::string_view line) {
  if (!line.empty() && line.front() == '{') {  // a document that is one flow mapping
    line.remove_prefix(1);
    line = util::trim(line);
  }
  if (line.empty()) return {};
  const char first = line.front();
  if (first == '"' || first == '\'') {
    const auto close = line.find(first, 1);
    if (close == std::string_view::npos) return {};
    return {line.substr(1, close - 1), util::trim(line.substr(close + 1))};
  }
  if (first == ' ' || first == '\t' || first == '#' || first == '-' || first == '[') return {};
  const auto end = line.find_first_of(":,;");
  if (end == std::string_view::npos) return {};
  return {util::trim(line.substr(0, end)), line.substr(end)};
}

/// The value after "key:" on the same line, trimmed, quotes removed.
std::string_view inline_value(std::string_view rest) {
  auto value = util::trim(rest.substr(1));
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return value;
}

/// Whether a file read for lint goes on to the rules, is left out, or is read later.
enum class Fate : std::uint8_t { Lint, Skip, Defer };

/// Whether read_target may leave a CISO mapping set for later (see looks_like_mapping_set).
enum class Deferral : std::uint8_t { MappingSets, None };

/// True when `bytes` look like a CISO Assistant library holding mapping sets and no
/// framework: a 'requirement_mapping_set' key, and 'framework' only inside URNs
/// ('urn:…:framework:…'). Such a file is read once every framework is known, so that its
/// tree is dropped as soon as its rows are checked instead of waiting for the others. A guess
/// that is wrong costs nothing but the order: the file is then linted as what it is.
bool looks_like_mapping_set(std::string_view bytes) {
  if (bytes.find("requirement_mapping_set") == std::string_view::npos) return false;
  if (bytes.find("\"framework") != std::string_view::npos ||
      bytes.find("'framework") != std::string_view::npos)
    return false;
  for (std::size_t at = bytes.find("framework"); at != std::string_view::npos;
       at = bytes.find("framework", at + 1)) {
    const std::size_t end = at + std::string_view("framework").size();
    const bool key = end < bytes.size() &&
                     (bytes[end] == ':' ||
                      (bytes[end] == 's' && end + 1 < bytes.size() && bytes[end + 1] == ':'));
    if (key && (at == 0 || bytes[at - 1] != ':')) return false;
  }
  return true;
}

/// Reads `target` into `input` and decides its fate: the kind decides first (a file whose
/// kind is known is linted), and only a file whose kind is unknown and whose bytes claim
/// nothing (claim_of) may be skipped. A file that cannot be read is always linted, so that
/// its failure is reported.
Fate read_target(const LintTarget& target, const yaml::ReadLimits& limits, Deferral deferral,
                 Input& input) {
  auto bytes = util::read_file(target.path, limits.max_file_bytes);
  if (auto* failure = std::get_if<util::ReadFailure>(&bytes)) {
    input.path = target.path;
    input.diagnostics.push_back(yaml::read_failure_diagnostic(target.path, *failure));
    return Fate::Lint;
  }
  auto& text = std::get<std::string>(bytes);
  if (deferral == Deferral::MappingSets && looks_like_mapping_set(text)) return Fate::Defer;
  const Claim claim = target.unknown == UnknownFiles::Skip ? claim_of(text) : Claim::Labeltool;
  input = read_input_bytes(target.path, std::move(text), limits);
  if (input.kind || claim == Claim::Labeltool) return Fate::Lint;
  input = Input{};  // free the other tool's document now, not at the end of the run
  return Fate::Skip;
}

/// Lets go of the text of a file read from disk once no tree built on it is left (a CISO
/// mapping set's is kept until its frameworks are known): lint keeps every file's source
/// until the findings are printed, and the texts alone were as large as the input. A finding
/// printed later reads its line from the file again (SourceFile::excerpt).
void release_source_text(const Input& input) {
  if (input.source && !input.document) input.source->release_text();
}

/// The indices of `targets`, largest file first: the threads take files in this order, so
/// that the run does not end with one thread on a big file and the other one idle. Files
/// of the same size (or that cannot be measured) keep their order.
std::vector<std::size_t> largest_first(const std::vector<LintTarget>& targets) {
  std::vector<std::uintmax_t> sizes(targets.size(), 0);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    std::error_code error;
    const auto size = std::filesystem::file_size(targets[i].path, error);
    if (!error) sizes[i] = size;
  }
  std::vector<std::size_t> order(targets.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
  return order;
}

/// Registers the norm sets among `inputs` (a set defined twice is reported in the second
/// file), then resolves the variants among them against the catalog.
void register_normsets(std::vector<Input>& inputs, Catalog& catalog, LintSummary& summary) {
  std::map<std::string, std::string> defined_in;
  std::vector<std::pair<Input*, std::string>> variants;
  for (auto& input : inputs) {
    if (input.kind != Kind::Normset) continue;
    ++summary.normsets;
    model::NormSet& set = *input.normset();
    if (set.id.empty() || set.version.empty()) continue;
    if (set.is_variant()) variants.emplace_back(&input, set.reference());
    const auto [it, inserted] = defined_in.emplace(set.reference(), input.path);
    if (!inserted) {
      input.diagnostics.push_back(
          make_diagnostic(*set.source, Position{1, 1}, Code::DuplicateId,
                          {"norm set " + set.reference() + " is also defined in " + it->second,
                           "normenkader " + set.reference() + " staat ook in " + it->second}));
      continue;
    }
    // Moved, not copied: the catalog is where the rest of the run finds it, and a second copy
    // of every linted set is what made lint's memory twice the models.
    catalog.add(std::move(set), input.failed() ? ReadState::WithErrors : ReadState::Clean);
    input.model = std::monostate{};
  }
  for (auto& [input, reference] : variants) {
    auto found = catalog.resolve_variant(reference);
    input->diagnostics.insert(input->diagnostics.end(), found.begin(), found.end());
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
        {"the pair " + util::escape_control(mapping.source) + " → " +
             util::escape_control(mapping.target) + " in mapping set '" +
             util::escape_control(from.name) + "' has no row " +
             util::escape_control(mapping.target) + " → " + util::escape_control(mapping.source) +
             " in its reverse set '" + util::escape_control(to.name) + "'",
         "bij het paar " + util::escape_control(mapping.source) + " → " +
             util::escape_control(mapping.target) + " in koppelingenset '" +
             util::escape_control(from.name) + "' hoort een regel " +
             util::escape_control(mapping.target) + " → " + util::escape_control(mapping.source) +
             " in de omgekeerde set '" + util::escape_control(to.name) + "', maar die ontbreekt"}));
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

/// Registers the CISO Assistant frameworks among `inputs` (moved into the catalog).
void register_ciso_frameworks(std::vector<Input>& inputs, Catalog& catalog) {
  for (auto& input : inputs) {
    auto* framework = input.ciso_framework();
    if (!framework) continue;
    catalog.add_ciso_framework(std::move(*framework),
                               input.failed() ? ReadState::WithErrors : ReadState::Clean);
    input.model = std::monostate{};
  }
}

/// Reads every mapping set of one CISO library against the registered frameworks, runs the
/// row rules and the mirror check, and drops the library's tree. Returns the number of sets.
std::size_t lint_mapping_sets(Input& input, const Catalog& frameworks) {
  const read::CisoFrameworkLookup lookup = [&](std::string_view urn) {
    return frameworks.ciso_framework(urn);
  };
  auto sets = read::read_ciso_mapping_sets(*input.document, lookup, input.diagnostics);
  input.document.reset();
  release_source_text(input);
  // The row rules are the crosswalk/1 ones, run on the crosswalk each set became.
  for (const auto& set : sets)
    if (set.crosswalk) analysis::check_mapping_rows(*set.crosswalk, input.diagnostics);
  check_mirrored_sets(sets, input.diagnostics);
  return sets.size();
}

/// CISO Assistant libraries: frameworks first, then every mapping set of each library still
/// holding its tree against them, the libraries on up to `jobs` threads (the frameworks are
/// only read then).
void lint_ciso_libraries(std::vector<Input>& inputs, Catalog& catalog, unsigned jobs,
                         LintSummary& summary) {
  register_ciso_frameworks(inputs, catalog);
  std::vector<Input*> libraries;
  for (auto& input : inputs) {
    if (input.kind == Kind::CisoFramework) ++summary.normsets;
    if (input.kind == Kind::CisoMappingSet && input.document) libraries.push_back(&input);
  }
  std::vector<std::size_t> set_counts(libraries.size());
  util::parallel_for(libraries.size(), jobs, [&](std::size_t i) {
    set_counts[i] = lint_mapping_sets(*libraries[i], catalog);
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

/// Audits (audit/1): each norm set named must resolve; then the audit's rules against them.
void lint_audits(std::vector<Input>& inputs, Catalog& catalog, LintSummary& summary) {
  for (auto& input : inputs) {
    const model::Audit* audit = input.audit();
    if (!audit) continue;
    ++summary.audits;
    std::vector<const model::NormSet*> sets;
    for (const auto& audited : audit->normsets)
      sets.push_back(audited.normset.empty()
                         ? nullptr
                         : catalog.resolve(audited.normset, *audit->source,
                                           audited.normset_position, input.diagnostics));
    auto found = analysis::check_audit(*audit, sets);
    input.diagnostics.insert(input.diagnostics.end(), found.begin(), found.end());
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
    report_proposed_rows(*crosswalk, Severity::Note, diagnostics);  // suggest: rows to review
    for (std::size_t j = 0; j < i; ++j) {
      const model::Crosswalk* other = inputs[j].crosswalk();
      if (other && other->source == crosswalk->target && other->target == crosswalk->source)
        analysis::check_reverse_agreement(*other, *crosswalk, diagnostics);
    }
  }
}

}  // namespace

Claim claim_of(std::string_view bytes) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  bool ciso_urn = false, ciso_objects = false;
  for (std::size_t start = 0; start < bytes.size();) {
    const std::size_t end = std::min(bytes.find('\n', start), bytes.size());
    std::string_view line = bytes.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto [key, rest] = top_level_key(line);
    const char after = rest.empty() ? '\0' : rest.front();
    if (key == "labeltool" && (after == ':' || (start == 0 && (after == ',' || after == ';'))))
      return Claim::Labeltool;
    if (key == "urn" && after == ':')
      ciso_urn = ciso_urn || util::ascii_lower(inline_value(rest).substr(0, 4)) == "urn:";
    if (key == "objects" && after == ':') ciso_objects = true;
    if (ciso_urn && ciso_objects) return Claim::Labeltool;
    start = end + 1;
  }
  return Claim::Foreign;
}

LintPlan plan_lint(const std::vector<std::string>& arguments, UnknownFiles named) {
  LintPlan plan;
  for (const auto& argument : arguments) {
    std::error_code error;
    if (!std::filesystem::is_directory(argument, error)) {
      plan.targets.push_back({argument, named, LintTarget::kNamed});
      continue;
    }
    plan.folders.push_back(argument);
    for (auto& path : util::expand_paths(argument, kLintExtensions))
      plan.targets.push_back({std::move(path), UnknownFiles::Skip, plan.folders.size() - 1});
  }
  return plan;
}

LintResult lint_files(const std::vector<std::string>& files, Catalog& catalog,
                      const yaml::ReadLimits& limits, unsigned jobs, std::string_view today) {
  LintPlan plan;
  for (const auto& file : files) plan.targets.push_back({file});
  return lint_files(plan, catalog, limits, jobs, today);
}

LintResult lint_files(const LintPlan& plan, Catalog& catalog, const yaml::ReadLimits& limits,
                      unsigned jobs, std::string_view today) {
  const auto& targets = plan.targets;
  std::vector<Input> read(targets.size());
  std::vector<Fate> fates(targets.size(), Fate::Lint);
  const std::vector<std::size_t> order = largest_first(targets);
  util::parallel_for(targets.size(), jobs, [&](std::size_t k) {
    const std::size_t i = order[k];
    fates[i] = read_target(targets[i], limits, Deferral::MappingSets, read[i]);
    release_source_text(read[i]);
  });
  LintResult result;
  // CISO mapping sets second, once the frameworks they map are known: each library's tree
  // lives only while its rows are checked, instead of all of them until every file is read.
  std::vector<std::size_t> deferred;  // largest first, as above
  for (std::size_t i : order)
    if (fates[i] == Fate::Defer) deferred.push_back(i);
  if (!deferred.empty()) {
    register_ciso_frameworks(read, catalog);
    std::vector<std::size_t> set_counts(deferred.size());
    util::parallel_for(deferred.size(), jobs, [&](std::size_t d) {
      const std::size_t i = deferred[d];
      fates[i] = read_target(targets[i], limits, Deferral::None, read[i]);
      if (read[i].kind == Kind::CisoMappingSet && read[i].document)
        set_counts[d] = lint_mapping_sets(read[i], catalog);
      release_source_text(read[i]);
    });
    for (std::size_t count : set_counts) result.summary.crosswalks += count;
  }
  std::vector<Input> inputs;
  std::vector<bool> folder_has_file(plan.folders.size(), false);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (fates[i] == Fate::Skip) {
      result.skipped.push_back(targets[i].path);
      continue;
    }
    if (targets[i].folder != LintTarget::kNamed) folder_has_file[targets[i].folder] = true;
    result.files.push_back(targets[i].path);
    inputs.push_back(std::move(read[i]));
  }
  for (std::size_t f = 0; f < plan.folders.size(); ++f)
    if (!folder_has_file[f]) result.folders_without_files.push_back(plan.folders[f]);
  result.summary.files = inputs.size();
  result.summary.skipped = result.skipped.size();
  register_normsets(inputs, catalog, result.summary);
  lint_ciso_libraries(inputs, catalog, jobs, result.summary);
  lint_zelfevaluaties(inputs, catalog, today, result.summary);
  lint_crosswalks(inputs, catalog, result.summary);
  lint_audits(inputs, catalog, result.summary);
  lint_groups(inputs, catalog);  // groups/1 (issue 16)
  std::size_t total = 0;
  for (auto& input : inputs) {
    sort_by_position(input.diagnostics);
    total += input.diagnostics.size();
  }
  // Reserved once and each file's findings freed as they move: otherwise the growing result
  // and every file's own vector are all alive at once. The first file with findings hands
  // over its whole vector when that can hold them all (one big file with 100,000 findings:
  // its vector and a copy of it were the run's peak).
  auto first = std::find_if(inputs.begin(), inputs.end(),
                            [](const Input& input) { return !input.diagnostics.empty(); });
  if (first != inputs.end() && first->diagnostics.capacity() >= total) {
    result.diagnostics = std::move(first->diagnostics);
    Diagnostics().swap(first->diagnostics);
    ++first;
  } else {
    first = inputs.begin();
    result.diagnostics.reserve(total);
  }
  for (auto input = first; input != inputs.end(); ++input) {
    std::move(input->diagnostics.begin(), input->diagnostics.end(),
              std::back_inserter(result.diagnostics));
    Diagnostics().swap(input->diagnostics);
  }
  return result;
}

}  // namespace labeltool::input
