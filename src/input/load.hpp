#pragma once
/// Reading many files at once, on several threads.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "read/schema.hpp"
#include "yaml/document.hpp"

namespace labeltool::input {

/// One input file after parsing and kind detection.
struct LoadedFile {
  std::size_t index = 0;  ///< position in the input list
  std::string path;
  std::optional<yaml::Document> document;  ///< absent when the file could not be parsed
  const read::FileKind* kind = nullptr;          ///< absent when the header is missing or unknown
  bool ciso = false;  ///< a CISO Assistant library (no labeltool header; see ciso_reader.hpp)
  Diagnostics diagnostics;
};

/// Parses `paths` on up to `jobs` threads (0 = one per core) and detects each file's kind.
/// `after_load` runs on the worker thread for every file whose kind is known, so per-file
/// work (reading the model, dropping the tree) is parallel too. Results keep input order.
std::vector<LoadedFile> load_files(const std::vector<std::string>& paths,
                                   const yaml::ReadLimits& limits, unsigned jobs,
                                   const std::function<void(LoadedFile&)>& after_load = {});

}  // namespace labeltool::input
