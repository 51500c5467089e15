#pragma once
/// The options every subcommand shares, and turning option values into what commands use.
#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "input/catalog.hpp"
#include "model/normset.hpp"
#include "report/crosswalk_report.hpp"
#include "report/diagnostics.hpp"
#include "yaml/document.hpp"

namespace labeltool::cli {

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

/// Today's local date as YYYY-MM-DD.
std::string today_iso();

/// Adds --today DATE (the date due dates are judged by) to `app`; `today` stays empty when
/// it is not given. today_or_now() turns that into a date.
void add_today_option(CLI::App& app, std::string& today);
std::string today_or_now(const std::string& today);

/// The --scope IDs that `set` declares (IDs only the other set of a pair declares are left
/// out); an ID neither set declares is reported and makes this return nullopt.
std::optional<std::vector<std::string>> scope_for(const model::NormSet& set,
                                                  const model::NormSet* other,
                                                  const std::vector<std::string>& scope);

/// Adds --format (one of `formats`, the first the default), --lang nl|en and -o/--output.
void add_report_options(CLI::App& app, std::string& format, const std::vector<std::string>& formats,
                        std::string& lang, std::string& output);

/// Adds an option that may be given several times, one value each (--scope, --crosswalk).
void add_list_option(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                     const std::string& description, const std::string& type_name);

/// The report language named by --lang.
report::Lang parse_lang(const std::string& lang);

/// Parses a --format value shared by diff, gap and plan.
report::Format parse_format(const std::string& format);

}  // namespace labeltool::cli
