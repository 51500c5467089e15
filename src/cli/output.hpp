#pragma once
/// Where results go: exit codes, atomic output files, findings printed in every format.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/options.hpp"
#include "diag/diagnostic.hpp"
#include "util/file.hpp"
#include "xlsx/writer.hpp"

namespace labeltool::cli {

/// Exit codes, documented in the README and in --help.
enum ExitCode : int {
  kExitClean = 0,     ///< nothing to report
  kExitFindings = 1,  ///< a check or lint found problems
  kExitInput = 2,     ///< usage error, or input that cannot be read or is invalid
  kExitInternal = 3,  ///< a bug in labeltool
};

/// Where a command's output goes: stdout ("" or "-"), or a file written atomically (it
/// appears whole at finish(), or not at all). Refuses to write over any of `inputs`.
class Output {
 public:
  Output(const std::string& path, const std::vector<std::string>& inputs);
  /// False when the output cannot be written (the reason is printed already).
  bool ok() const { return ok_; }
  bool to_stdout() const { return !file_; }
  void write(std::string_view bytes);
  /// Flushes; for a file, renames it into place. Returns an exit code.
  int finish();

 private:
  std::unique_ptr<util::AtomicFile> file_;
  bool ok_ = true;
};

/// Writes `content` to `output` (atomically, refusing to overwrite any of `inputs`), or to
/// stdout when `output` is empty or "-". Returns an exit code; prints its own errors.
int write_output(const std::string& output, const std::string& content,
                 const std::vector<std::string>& inputs);

/// Prints findings as text, JSON, SARIF, GitHub commands or JUnit and returns the exit code they
/// imply: 2 when any is an input error; 1 when `fail_on` is met (errors, or warnings too);
/// else 0.
int report_findings(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                    report::Format format, const GlobalOptions& options, FailOn fail_on);

/// Prints findings to stderr as text (at most --max-findings of them).
void print_diagnostics(const Diagnostics& diagnostics, const GlobalOptions& global);

/// Prints one line to stderr: "labeltool: error: MESSAGE".
void print_error(const std::string& message);

/// Prints `diagnostics` (to stderr) and returns the exit code for input that cannot be used.
int input_failure(const Diagnostics& diagnostics, const GlobalOptions& global);

// ── xlsx writer (issue 13)
/// Builds a workbook with `build` and writes it to `path` atomically. A workbook is never
/// written to stdout: without `path` this refuses, saying to give -o. Refuses to overwrite any
/// of `inputs`. Returns an exit code; prints its own errors.
int write_workbook(const std::string& path, const std::vector<std::string>& inputs,
                   const std::function<void(xlsx::WorkbookWriter&)>& build);
/// True when `path` names a workbook: it ends in .xlsx, in any case.
bool is_workbook_path(const std::string& path);
/// The last part of `path` ("FORM.xlsx" of "out/FORM.xlsx"), for "labeltool check NAME".
std::string file_name_of(const std::string& path);
// ── end xlsx writer

}  // namespace labeltool::cli
