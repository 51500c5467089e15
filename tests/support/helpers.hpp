#pragma once
// Helpers shared by the test suites: parse from strings, render findings, run the CLI.
#include <chrono>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "report/diagnostics.hpp"
#include "yaml/document.hpp"

namespace labeltool::testing {

/// The findings of parsing `text` as file `path`, rendered as plain text.
std::string parse_errors(const std::string& text, const std::string& path = "test.yaml",
                         const yaml::ReadLimits& limits = {});

/// All findings rendered as plain text (no colour, no limit).
std::string render(const Diagnostics& diagnostics);

/// The codes of `diagnostics`, in order, e.g. {"duplicate-key", "unknown-key"}.
std::vector<std::string> codes(const Diagnostics& diagnostics);

/// A fresh, empty temporary folder (removed at exit of the test process is not needed:
/// it lives under the build's temp dir).
std::string temp_dir();

/// Writes `content` to `folder/name` and returns the path.
std::string write_file(const std::string& folder, const std::string& name,
                       const std::string& content);

/// The result of running the labeltool binary.
struct RunResult {
  int exit_code = -1;
  std::string out;  ///< stdout
  std::string err;  ///< stderr
};

/// Runs the built labeltool with `arguments` (shell-quoted by us) in the source folder,
/// with NO_COLOR set and LABELTOOL_NORMSETS cleared.
RunResult run_labeltool(const std::vector<std::string>& arguments,
                        const std::string& stdin_text = "");

/// Path of a file in the source tree, e.g. source_path("normsets/kssw-2019.yaml").
std::string source_path(const std::string& relative);

/// Checks `actual` against tests/golden/NAME. With LABELTOOL_UPDATE_GOLDEN=1 it rewrites the
/// file instead (then review the diff before committing).
void check_golden(const std::string& name, const std::string& actual);

/// CPU time (user + system) the calling thread has used so far. A bound on it, unlike one on
/// wall time, holds on a loaded machine: time spent waiting for a core is not counted.
std::chrono::microseconds thread_cpu_time();

/// The whole content of a file ("" when it cannot be read).
std::string read_text(const std::string& path);

}  // namespace labeltool::testing
