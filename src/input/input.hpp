#pragma once
/// The one way in: a path (or bytes) becomes a typed input. The bytes are read once, the kind
/// is decided from the content (input/kind.hpp), and the reader for that kind builds the
/// model; a base norm set also gets its integrity rules. Every command, the catalog and the
/// fuzz targets read files through here.
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "diag/diagnostic.hpp"
#include "input/kind.hpp"
#include "model/audit.hpp"
#include "model/crosswalk.hpp"
#include "model/groups.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"
#include "read/ciso_reader.hpp"
#include "yaml/document.hpp"

namespace labeltool::input {

/// One file, read: what kind it is, the model read from it, and what reading found.
struct Input {
  std::string path;
  /// nullopt when the file could not be read or its kind is unknown (the findings say why).
  std::optional<Kind> kind;
  /// The model: a NormSet (normset/1, norm-set CSV), a Zelfevaluatie (YAML or CSV), a
  /// Crosswalk, or a CISO framework. Empty for CISO mapping sets, which can only be read
  /// once their frameworks are known (see `document`), and when reading failed.
  std::variant<std::monostate, model::NormSet, model::Zelfevaluatie, model::Crosswalk,
               read::CisoFramework, model::Audit, model::Groups>
      model;
  /// The parsed document of a CISO mapping set, kept for read::read_ciso_mapping_set.
  std::optional<yaml::Document> document;
  /// The file's text, once it was read; where its kind is named (for findings about it).
  SourcePtr source;
  Position header{1, 1};
  Diagnostics diagnostics;

  /// The model as that type, or nullptr when it holds another.
  model::NormSet* normset();
  model::Zelfevaluatie* zelfevaluatie();
  model::Crosswalk* crosswalk();
  read::CisoFramework* ciso_framework();
  model::Audit* audit();
  model::Groups* groups();  ///< groups/1 (issue 16)
  /// True when reading found an error.
  bool failed() const { return has_errors(diagnostics); }
};

/// Reads `path` (at most limits.max_file_bytes) into a typed input.
Input read_input(const std::string& path, const yaml::ReadLimits& limits);

/// Reads `bytes` as if they were the content of `path` (fuzz targets, tests, stdin).
Input read_input_bytes(const std::string& path, std::string bytes, const yaml::ReadLimits& limits);

/// Reads `paths` on up to `jobs` threads (0 = one per core); results keep input order.
/// `after_read` runs on the worker thread for each input whose kind is known, so per-file
/// work that follows reading is parallel too.
std::vector<Input> read_inputs(const std::vector<std::string>& paths,
                               const yaml::ReadLimits& limits, unsigned jobs,
                               const std::function<void(Input&)>& after_read = {});

/// True when `input` is of one of the `wanted` kinds. Otherwise appends an unknown-kind
/// finding ("this is a crosswalk/1 file, but NEEDED is needed here") and returns false; an
/// input whose kind is unknown has its finding already and returns false too.
bool expect_kind(Input& input, std::initializer_list<Kind> wanted, std::string_view needed);

}  // namespace labeltool::input
