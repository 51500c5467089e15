// labeltool lint PATH...: validate norm sets, zelfevaluaties and crosswalks.
#include "input/lint.hpp"
#include "cli/commands.hpp"
#include "util/file.hpp"

namespace labeltool::cli {

Command set_lint_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::vector<std::string> paths;
    report::Format format = report::Format::Text;
    FailOn fail_on = FailOn::Errors;
    unsigned jobs = 0;
    std::string today;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "lint", "Validate norm sets, zelfevaluaties and crosswalks (files or folders)");
  app->add_option("paths", options->paths, "Files, or folders searched for *.yaml and *.yml")
      ->required()
      ->type_name("PATH");
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
      "Exit codes: 0 clean; 1 findings; 2 a file cannot be read or breaks its format; 3 "
      "internal error.");
  return {app, [options, &global] {
            std::vector<std::string> files;
            for (const auto& path : options->paths) {
              auto expanded = util::expand_yaml_paths(path);
              files.insert(files.end(), expanded.begin(), expanded.end());
            }
            auto catalog = global.catalog();
            const auto result = input::lint_files(files, catalog, global.limits(), options->jobs,
                                                  today_or_now(options->today));
            return report_findings(result.diagnostics, files, options->format, global,
                                   options->fail_on);
          }};
}

}  // namespace labeltool::cli
