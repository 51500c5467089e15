// labeltool export csv NORMSET / labeltool import csv FILE: norm sets to and from spreadsheets.
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "input/input.hpp"
#include "report/normset_files.hpp"

namespace labeltool::cli {

Command set_export_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    report::Format format = report::Format::Csv;
    std::string normset, output;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app =
      parent.add_subcommand("export", "Write a norm set as CSV (for spreadsheets) or as YAML");
  add_choice_option(*app, "format", options->format,
                    format_choices({report::Format::Csv, report::Format::Yaml}), "csv or yaml")
      ->required();
  app->add_option("normset", options->normset,
                  "The norm set: id@version or a file (a variant is written resolved)")
      ->required()
      ->type_name("NORMSET");
  app->add_option("-o,--output", options->output, "Write to this file (atomically)")
      ->type_name("FILE");
  return {app, [options, &global] {
            auto catalog = global.catalog();
            Diagnostics diagnostics;
            const model::NormSet* set = input::load_normset_argument(options->normset, catalog,
                                                                     global.limits(), diagnostics);
            if (!set) return input_failure(diagnostics, global);
            const std::string content = options->format == report::Format::Csv
                                            ? report::render_normset_csv(*set)
                                            : report::render_normset_yaml(*set);
            return write_output(options->output, content, {set->source->path()});
          }};
}

Command set_import_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    report::Format format = report::Format::Csv;
    std::string input, output;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app =
      parent.add_subcommand("import", "Convert a norm set kept as CSV into a normset/1 YAML file");
  add_choice_option(*app, "format", options->format, format_choices({report::Format::Csv}), "csv")
      ->required();
  app->add_option("file", options->input, "The CSV file (see docs/formats.md)")
      ->required()
      ->type_name("FILE");
  app->add_option("-o,--output", options->output,
                  "Write the YAML here (atomically); default stdout")
      ->type_name("FILE");
  return {app, [options, &global] {
            // Through the one way in: the content decides that this is a norm-set CSV, and the
            // set gets the integrity rules every norm set gets.
            input::Input read = input::read_input(options->input, global.limits());
            input::expect_kind(read, {input::Kind::NormsetCsv},
                               "a norm set as CSV (labeltool,normset/1)");
            Diagnostics diagnostics = std::move(read.diagnostics);
            const model::NormSet* set = read.normset();
            if (!set || has_errors(diagnostics)) return input_failure(diagnostics, global);
            if (!diagnostics.empty()) print_diagnostics(diagnostics, global);  // warnings
            return write_output(options->output, report::render_normset_yaml(*set),
                                {options->input});
          }};
}

}  // namespace labeltool::cli
