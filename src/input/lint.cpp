#include "input/lint.hpp"

#include <algorithm>
#include <map>

#include "analysis/check.hpp"
#include "read/ciso_reader.hpp"
#include "read/crosswalk_reader.hpp"
#include "input/load.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "read/normset_reader.hpp"
#include "analysis/integrity.hpp"

namespace labeltool::input {

LintResult lint_files(const std::vector<std::string>& files, input::Catalog& catalog,
                      const yaml::ReadLimits& limits, unsigned jobs, std::string_view today) {
  std::vector<std::optional<model::NormSet>> normsets(files.size());
  std::vector<std::optional<model::Zelfevaluatie>> zelfevaluaties(files.size());
  std::vector<std::optional<model::Crosswalk>> crosswalks(files.size());

  auto loaded = input::load_files(files, limits, jobs, [&](input::LoadedFile& file) {
    const std::size_t index = file.index;
    if (file.kind->header == "normset/1") {
      auto set = read::read_normset(*file.document, file.diagnostics);
      if (!set.is_variant()) analysis::check_normset(set, file.diagnostics);
      normsets[index] = std::move(set);
    } else if (file.kind->header == "zelfevaluatie/1") {
      zelfevaluaties[index] = read::read_zelfevaluatie(*file.document, file.diagnostics);
    } else if (file.kind->header == "crosswalk/1") {
      crosswalks[index] = read::read_crosswalk(*file.document, file.diagnostics);
    }
    file.document.reset();  // the model holds all we need; free the tree early
  });

  LintResult result;
  result.summary.files = files.size();
  std::map<std::string, std::string> defined_in;
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    if (!normsets[i]) continue;
    ++result.summary.normsets;
    model::NormSet& set = *normsets[i];
    if (set.id.empty() || set.version.empty()) continue;
    const auto [it, inserted] = defined_in.emplace(set.reference(), loaded[i].path);
    if (!inserted) {
      loaded[i].diagnostics.push_back(make_diagnostic(
          *set.source, Position{1, 1}, Code::DuplicateId,
          "norm set " + set.reference() + " is also defined in " + it->second));
      continue;
    }
    catalog.add(set, has_errors(loaded[i].diagnostics));
  }
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    if (normsets[i] && normsets[i]->is_variant() && !normsets[i]->id.empty()) {
      auto found = catalog.resolve_variant(normsets[i]->reference());
      loaded[i].diagnostics.insert(loaded[i].diagnostics.end(), found.begin(), found.end());
    }
  }

  // CISO Assistant libraries: frameworks first, then the mapping sets that name them.
  for (auto& file : loaded) {
    if (!file.ciso || read::ciso_library_content(*file.document) != read::CisoContent::Framework) continue;
    ++result.summary.normsets;
    if (auto framework = read::read_ciso_framework(*file.document, file.diagnostics))
      catalog.add_ciso_framework(std::move(*framework), has_errors(file.diagnostics));
  }
  for (auto& file : loaded) {
    if (!file.ciso || read::ciso_library_content(*file.document) != read::CisoContent::MappingSet) continue;
    ++result.summary.crosswalks;
    const auto [source, target] = read::ciso_mapping_framework_urns(*file.document);
    if (auto crosswalk =
            read::read_ciso_mapping_set(*file.document, catalog.ciso_framework(source),
                                        catalog.ciso_framework(target), file.diagnostics))
      analysis::check_mapping_rows(*crosswalk, file.diagnostics);
  }

  // Zelfevaluaties last: the norm sets they name may be among the files linted.
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    if (!zelfevaluaties[i]) continue;
    ++result.summary.zelfevaluaties;
    const auto& z = *zelfevaluaties[i];
    if (z.normset.empty()) continue;
    auto& diagnostics = loaded[i].diagnostics;
    const model::NormSet* set = catalog.resolve(z.normset, *z.source, z.normset_position, diagnostics);
    if (!set) continue;
    auto checked = analysis::check_zelfevaluatie(z, *set, today);
    diagnostics.insert(diagnostics.end(), checked.diagnostics.begin(), checked.diagnostics.end());
  }

  // Crosswalks: both sides must resolve; then each row, then the two directions together.
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    if (!crosswalks[i]) continue;
    ++result.summary.crosswalks;
    const auto& crosswalk = *crosswalks[i];
    auto& diagnostics = loaded[i].diagnostics;
    const model::NormSet* source =
        crosswalk.source.empty() ? nullptr
                                 : catalog.resolve(crosswalk.source, *crosswalk.file, crosswalk.source_position, diagnostics);
    const model::NormSet* target =
        crosswalk.target.empty() ? nullptr
                                 : catalog.resolve(crosswalk.target, *crosswalk.file, crosswalk.target_position, diagnostics);
    if (source && target) analysis::check_crosswalk(crosswalk, *source, *target, diagnostics);
    for (std::size_t j = 0; j < i; ++j) {
      if (crosswalks[j] && crosswalks[j]->source == crosswalk.target && crosswalks[j]->target == crosswalk.source)
        analysis::check_reverse_agreement(*crosswalks[j], crosswalk, diagnostics);
    }
  }

  for (auto& file : loaded) {
    sort_by_position(file.diagnostics);
    for (auto& diagnostic : file.diagnostics) result.diagnostics.push_back(std::move(diagnostic));
  }
  return result;
}

}  // namespace labeltool::input
