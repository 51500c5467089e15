#pragma once
/// What every subcommand shares: global options, exit codes, and writing output.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "analysis/transfer.hpp"
#include "diag/diagnostic.hpp"
#include "input/arguments.hpp"
#include "input/catalog.hpp"
#include "report/crosswalk_report.hpp"
#include "report/diagnostics.hpp"
#include "util/file.hpp"
#include "yaml/document.hpp"

namespace labeltool::cli {

/// Exit codes, documented in the README and in --help.
enum ExitCode : int {
  kExitClean = 0,     ///< nothing to report
  kExitFindings = 1,  ///< a check or lint found problems
  kExitInput = 2,     ///< usage error, or input that cannot be read or is invalid
  kExitInternal = 3,  ///< a bug in labeltool
};

/// The folders searched for norm sets, in order: `option_folders` (--normsets), the
/// colon-separated LABELTOOL_NORMSETS, ./normsets, then the installed share folder (and the
/// one beside a relocated binary). Folders that do not exist are left out.
std::vector<std::string> normset_search_path(const std::vector<std::string>& option_folders);

/// Options that every subcommand accepts.
struct GlobalOptions {
  std::vector<std::string> normset_folders;
  std::string colour = "auto";
  std::uint64_t max_file_size = 64ull << 20;
  std::uint32_t max_depth = 64;
  std::uint64_t max_alias_nodes = 100'000;
  std::size_t max_findings = 200;

  yaml::ReadLimits limits() const;
  report::Colour colour_for(int fd) const;
  input::Catalog catalog() const;
};

/// Adds the global options to `app` (they are inherited by every subcommand).
void add_global_options(CLI::App& app, GlobalOptions& options);

/// A subcommand: its CLI11 app and what to run when it was chosen.
struct Command {
  CLI::App* app;
  std::function<int()> run;
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

/// Prints findings as text, JSON, SARIF, GitHub commands or JUnit and returns the exit code they imply:
/// 2 when any is an input error, 1 when any error (or warning, with fail_on_warnings), else 0.
int report_findings(const Diagnostics& diagnostics, const std::vector<std::string>& files, const std::string& format,
                    const GlobalOptions& options, bool fail_on_warnings);

/// Today's local date as YYYY-MM-DD.
std::string today_iso();

/// Adds --today DATE (the date due dates are judged by) to `app`; `today` stays empty when
/// it is not given. today_or_now() turns that into a date.
void add_today_option(CLI::App& app, std::string& today);
std::string today_or_now(const std::string& today);

/// Prints findings to stderr as text (at most --max-findings of them).
void print_diagnostics(const Diagnostics& diagnostics, const GlobalOptions& global);

/// Prints one line to stderr: "labeltool: error: MESSAGE".
void print_error(const std::string& message);

}  // namespace labeltool::cli

namespace labeltool::cli {

/// The --scope IDs that `set` declares (IDs only the other set of a pair declares are left
/// out); an ID neither set declares is reported and makes this return nullopt.
std::optional<std::vector<std::string>> scope_for(const model::NormSet& set, const model::NormSet* other,
                                                  const std::vector<std::string>& scope);

/// Adds --format (one of `formats`, the first the default), --lang nl|en and -o/--output.
void add_report_options(CLI::App& app, std::string& format, const std::vector<std::string>& formats,
                        std::string& lang, std::string& output);

/// Adds an option that may be given several times, one value each (--scope, --crosswalk).
void add_list_option(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                     const std::string& description, const std::string& type_name);

/// The report language named by --lang.
report::Lang parse_lang(const std::string& lang);

/// Prints `diagnostics` (to stderr) and returns the exit code for input that cannot be used.
int input_failure(const Diagnostics& diagnostics, const GlobalOptions& global);

/// Parses a --format value shared by diff, gap and plan.
report::Format parse_format(const std::string& format);

}  // namespace labeltool::cli
