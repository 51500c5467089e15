// labeltool's entry point: the only place that parses the command line, catches the
// unexpected and turns it into exit code 3.
#include <exception>
#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  using namespace labeltool::cli;
  CLI::App app{
      "labeltool: validate quality-label norm sets (normenkaders) and zelfevaluaties.\n"
      "Exit codes: 0 clean; 1 findings; 2 usage error or invalid input; 3 internal error.",
      "labeltool"};
  app.set_version_flag("--version", std::string("labeltool ") + LABELTOOL_VERSION);
  app.require_subcommand(1);
  GlobalOptions global;
  add_global_options(app, global);
  const std::vector<Command> commands = {
      set_check_command(app, global),
      set_lint_command(app, global),
      set_list_command(app, global),
      set_show_command(app, global),
      set_template_command(app, global),
      set_progress_command(app, global),
      set_diff_command(app, global),
      set_gap_command(app, global),
      set_plan_command(app, global),
      set_schema_command(app, global),
      set_export_command(app, global),
      set_import_command(app, global),
      set_completion_command(app, global),
  };
  // The global options work before and after the subcommand's name.
  for (const auto& command : commands) add_global_options(*command.app, global);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // CLI11 prints help and version to stdout (exit 0) and errors to stderr (exit 2).
    const int code = app.exit(error);
    return code == 0 ? kExitClean : kExitInput;
  }
  try {
    for (const auto& command : commands)
      if (command.app->parsed()) return command.run();
  } catch (const std::exception& error) {
    print_error(std::string("internal error: ") + error.what() +
                " (please report this as a bug with the input that caused it)");
    return kExitInternal;
  }
  return kExitInternal;
}
