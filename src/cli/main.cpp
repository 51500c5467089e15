// labeltool's entry point: the only place that parses the command line, catches the
// unexpected and turns it into exit code 3.
#include <algorithm>
#include <exception>
#include <iostream>

#include "cli/commands.hpp"
#include "util/text.hpp"

namespace {

/// The first word on the command line that is not an option or an option's value: the
/// command the user meant, or "" when there is none.
std::string command_word(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--") return i + 1 < argc ? argv[i + 1] : "";
    if (word.empty() || word[0] != '-') return word;
    if (word.find('=') != std::string::npos) continue;
    const CLI::Option* option = app.get_option_no_throw(word);
    if (option && option->get_type_size() > 0) ++i;  // its value is the next word
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace labeltool::cli;
  CLI::App app{
      "labeltool: validate quality-label norm sets (normenkaders) and zelfevaluaties.\n"
      "Exit codes: 0 clean; 1 findings; 2 usage error, or a file that cannot be read or parsed; "
      "3 internal error.",
      "labeltool"};
  app.set_version_flag("--version", std::string("labeltool ") + LABELTOOL_VERSION);
  app.require_subcommand(1);
  GlobalOptions global;
  add_global_options(app, global);
  const std::vector<Command> commands = {
      set_check_command(app, global),      set_lint_command(app, global),
      set_list_command(app, global),       set_show_command(app, global),
      set_template_command(app, global),   set_progress_command(app, global),
      set_diff_command(app, global),       set_gap_command(app, global),
      set_plan_command(app, global),       set_schema_command(app, global),
      set_export_command(app, global),     set_import_command(app, global),
      set_completion_command(app, global), set_suggest_command(app, global),  // suggest
      set_audit_command(app, global),  // audit/1
  };
  // The global options work before and after the subcommand's name.
  for (const auto& command : commands) add_global_options(*command.app, global);
  // CLI11 would only say "A subcommand is required" for 'labeltool lnt': name the word.
  if (const std::string word = command_word(app, argc, argv); !word.empty()) {
    std::vector<std::string> names;
    for (const auto& command : commands) names.push_back(command.app->get_name());
    if (std::find(names.begin(), names.end(), word) == names.end()) {
      print_error("'" + word + "' is not a labeltool command" +
                  labeltool::util::did_you_mean(word, names) + "; the commands are " +
                  labeltool::util::join(names) + " (labeltool --help says more)");
      return kExitInput;
    }
  }
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
