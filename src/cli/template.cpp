// labeltool template NORMSET: an empty zelfevaluatie to fill in, as YAML or as CSV for Excel.
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "report/normset_view.hpp"
#include "report/template.hpp"
#include "util/text.hpp"

namespace labeltool::cli {

Command set_template_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string normset;
    std::vector<std::string> scope;
    std::string format = "yaml";
    std::string csv_dialect = "excel-nl";
    std::string output;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "template", "Write an empty zelfevaluatie for a norm set, as YAML or as CSV for Excel");
  app->add_option("normset", options->normset, "The norm set: id@version or a file")
      ->required()
      ->type_name("NORMSET");
  app->add_option("--scope", options->scope,
                  "Scope IDs of the audit (repeatable); norms that apply to none are left out")
      ->type_name("SCOPE")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--format", options->format, "yaml or csv")
      ->check(CLI::IsMember({"yaml", "csv"}))
      ->capture_default_str();
  app->add_option("--csv-dialect", options->csv_dialect,
                  "For --format csv: excel-nl (';' and a UTF-8 byte order mark, which Excel with "
                  "Dutch settings opens into columns with accents intact) or comma (',', no "
                  "byte order mark)")
      ->check(CLI::IsMember({"excel-nl", "comma"}))
      ->capture_default_str();
  app->add_option("-o,--output", options->output, "Write to this file (atomically)")
      ->type_name("FILE");
  return {app, [options, &global] {
            auto catalog = global.catalog();
            Diagnostics diagnostics;
            const model::NormSet* set = input::load_normset_argument(options->normset, catalog,
                                                                     global.limits(), diagnostics);
            if (!set) return input_failure(diagnostics, global);
            std::vector<std::string> known;
            for (const auto& scope : set->scopes) known.push_back(scope.id);
            for (const auto& scope : options->scope) {
              if (std::find(known.begin(), known.end(), scope) != known.end()) continue;
              std::string message =
                  "--scope '" + scope + "' is not a scope of " + set->reference() +
                  " (it has: " + (known.empty() ? "none" : util::join(known)) + ")";
              if (auto suggestion = util::closest_match(scope, known))
                message += "; did you mean '" + *suggestion + "'?";
              print_error(message);
              return int{kExitInput};
            }
            const std::string today = today_iso();
            const auto dialect = options->csv_dialect == "comma" ? report::CsvDialect::Comma
                                                                 : report::CsvDialect::ExcelNl;
            const std::string content =
                options->format == "csv"
                    ? report::render_template_csv(*set, options->scope, today, dialect)
                    : report::render_template_yaml(*set, options->scope, today);
            return write_output(options->output, content, {set->source->path()});
          }};
}

}  // namespace labeltool::cli
