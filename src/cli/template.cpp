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
    report::Format format = report::Format::Yaml;
    report::CsvDialect csv_dialect = report::CsvDialect::ExcelNl;
    std::string output;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "template", "Write an empty zelfevaluatie for a norm set, as YAML or as CSV for Excel");
  app->add_option("normset", options->normset, "The norm set: id@version or a file")
      ->required()
      ->type_name("NORMSET");
  add_list_option(*app, "--scope", options->scope,
                  "Scope IDs of the audit (repeatable); norms that apply to none are left out",
                  "SCOPE");
  add_choice_option(*app, "--format", options->format,
                    format_choices({report::Format::Yaml, report::Format::Csv}), "yaml or csv");
  add_choice_option(
      *app, "--csv-dialect", options->csv_dialect,
      {{"excel-nl", report::CsvDialect::ExcelNl}, {"comma", report::CsvDialect::Comma}},
      "For --format csv: excel-nl (';' and a UTF-8 byte order mark, which Excel with "
      "Dutch settings opens into columns with accents intact) or comma (',', no "
      "byte order mark)");
  app->add_option("-o,--output", options->output, "Write to this file (atomically)")
      ->type_name("FILE");
  return {app, [options, &global] {
            auto catalog = global.catalog();
            Diagnostics diagnostics;
            const model::NormSet* set = input::load_normset_argument(options->normset, catalog,
                                                                     global.limits(), diagnostics);
            if (!set) return input_failure(diagnostics, global);
            if (!scope_for(*set, nullptr, options->scope)) return int{kExitInput};
            const std::string today = today_iso();
            const std::string content =
                options->format == report::Format::Csv
                    ? report::render_template_csv(*set, options->scope, today, options->csv_dialect)
                    : report::render_template_yaml(*set, options->scope, today);
            return write_output(options->output, content, {set->source->path()});
          }};
}

}  // namespace labeltool::cli
