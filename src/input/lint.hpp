#pragma once
/// `labeltool lint`: every rule for every kind of file, over many files at once.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "input/catalog.hpp"
#include "yaml/document.hpp"

namespace labeltool::input {

/// How many files of each kind a lint run saw.
struct LintSummary {
  std::size_t files = 0;
  std::size_t normsets = 0;
  std::size_t zelfevaluaties = 0;
  std::size_t crosswalks = 0;
};

struct LintResult {
  Diagnostics diagnostics;  ///< in input order, then by position
  LintSummary summary;
};

/// Lints `files` (already expanded from folders) on up to `jobs` threads. Norm sets among
/// them are registered in `catalog` first, so variants, zelfevaluaties and crosswalks in the
/// same run can refer to them.
/// Zelfevaluaties are checked as `labeltool check` does, with `today` judging due dates.
LintResult lint_files(const std::vector<std::string>& files, input::Catalog& catalog,
                      const yaml::ReadLimits& limits, unsigned jobs, std::string_view today);

}  // namespace labeltool::input
