// labeltool lint PATH...: validate norm sets, zelfevaluaties and crosswalks.
#include "input/lint.hpp"

#include <iostream>
#include <utility>
#include <vector>

#include "cli/commands.hpp"

namespace labeltool::cli {
namespace {

/// Leaves what lint read for the end of the process to reclaim, all at once: freeing it one
/// allocation at a time took ~75 ms on one core after the findings were printed (the CISO
/// Assistant folder's 244 framework models: 2.5% of the run), and the command is the last
/// thing the process does. Kept reachable from a static, so leak checkers do not report it.
void keep_until_exit(input::Catalog catalog) {
  static auto* const kept = new std::vector<input::Catalog>();
  kept->push_back(std::move(catalog));
}

/// "3 files skipped: not labeltool files", so that a maintainer sees that other tools' YAML
/// was left out on purpose. On stdout beside the text summary; on stderr for the machine
/// formats, whose stdout is one document.
void print_skipped(std::size_t skipped, report::Format format) {
  if (skipped == 0) return;
  const std::string line =
      std::to_string(skipped) + (skipped == 1 ? " file skipped: not a labeltool file\n"
                                              : " files skipped: not labeltool files\n");
  (format == report::Format::Text ? std::cout : std::cerr) << line << std::flush;
}

}  // namespace

Command set_lint_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::vector<std::string> paths;
    report::Format format = report::Format::Text;
    FailOn fail_on = FailOn::Errors;
    unsigned jobs = 0;
    std::string today;
    input::UnknownFiles named = input::UnknownFiles::Report;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "lint", "Validate norm sets, zelfevaluaties and crosswalks (files or folders)");
  app->add_option("paths", options->paths,
                  "Files, or folders searched for *.yaml, *.yml and *.csv (hidden ones are "
                  "left out, and so are files that are not labeltool files)")
      ->required()
      ->type_name("PATH");
  app->add_flag_callback(
      "--skip-unknown", [options] { options->named = input::UnknownFiles::Skip; },
      "Skip named files that are not labeltool files (no 'labeltool:' header), as folders "
      "do: for pre-commit hooks, which pass every staged *.yaml");
  add_choice_option(
      *app, "--format", options->format,
      format_choices({report::Format::Text, report::Format::Json, report::Format::Sarif,
                      report::Format::Github, report::Format::Junit}),
      "Output format");
  add_choice_option(
      *app, "--fail-on", options->fail_on,
      {{"errors", FailOn::Errors}, {"warnings", FailOn::Warnings}, {"never", FailOn::Never}},
      "Exit 1 on: errors, warnings (errors or warnings) or never");
  app->add_option("-j,--jobs", options->jobs, "Threads to use (0 = one per core)")
      ->capture_default_str();
  add_today_option(*app, options->today);
  app->footer(
      "Exit codes: 0 clean; 1 findings in files that were read (unknown keys, wrong types and "
      "invalid values included); 2 usage error, a file that cannot be read or parsed (missing, "
      "not UTF-8, not YAML/CSV, over a limit, unknown kind), or a folder with no labeltool "
      "file; 3 internal error.");
  return {app, [options, &global] {
            const auto plan = input::plan_lint(options->paths, options->named);
            auto catalog = global.catalog();
            const auto result = input::lint_files(plan, catalog, global.limits(), options->jobs,
                                                  today_or_now(options->today));
            const bool nothing_found = !result.folders_without_files.empty();
            // "no problems in 0 files" would read as a pass; the error below says it all.
            int code = kExitClean;
            if (!nothing_found || !result.files.empty() || options->format != report::Format::Text)
              code = report_findings(result.diagnostics, result.files, options->format, global,
                                     options->fail_on);
            print_skipped(result.summary.skipped, options->format);
            for (const auto& folder : result.folders_without_files)
              print_error("no labeltool files found in " + folder +
                          " (no *.yaml, *.yml or *.csv file in it starts with a 'labeltool:' "
                          "header; hidden files and folders are not searched)");
            keep_until_exit(std::move(catalog));
            if (nothing_found) return int{kExitInput};
            return code;
          }};
}

}  // namespace labeltool::cli
