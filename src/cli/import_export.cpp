// labeltool export csv NORMSET / labeltool import csv FILE: norm sets to and from spreadsheets.
#include <unistd.h>

#include <iostream>

#include "analysis/integrity.hpp"
#include "cli/commands.hpp"
#include "read/normset_csv.hpp"
#include "read/normset_reader.hpp"
#include "report/normset_files.hpp"

namespace labeltool::cli {

Command set_export_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string format = "csv", normset, output;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app =
      parent.add_subcommand("export", "Write a norm set as CSV (for spreadsheets) or as YAML");
  app->add_option("format", options->format, "csv or yaml")
      ->required()
      ->check(CLI::IsMember({"csv", "yaml"}));
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
            const std::string content = options->format == "csv"
                                            ? report::render_normset_csv(*set)
                                            : report::render_normset_yaml(*set);
            return write_output(options->output, content, {set->source->path()});
          }};
}

Command set_import_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string format = "csv", input, output;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app =
      parent.add_subcommand("import", "Convert a norm set kept as CSV into a normset/1 YAML file");
  app->add_option("format", options->format, "csv")->required()->check(CLI::IsMember({"csv"}));
  app->add_option("file", options->input, "The CSV file (see docs/formats.md)")
      ->required()
      ->type_name("FILE");
  app->add_option("-o,--output", options->output,
                  "Write the YAML here (atomically); default stdout")
      ->type_name("FILE");
  return {
      app, [options, &global] {
        Diagnostics diagnostics;
        auto bytes = util::read_file(options->input, global.limits().max_file_bytes);
        if (auto* failure = std::get_if<util::ReadFailure>(&bytes))
          return input_failure({yaml::read_failure_diagnostic(options->input, *failure)}, global);
        auto set = read::read_normset_csv(options->input, std::move(std::get<std::string>(bytes)),
                                          diagnostics);
        if (set) analysis::check_normset(*set, diagnostics);
        if (!set || has_errors(diagnostics)) return input_failure(diagnostics, global);
        if (!diagnostics.empty()) print_diagnostics(diagnostics, global);  // warnings
        return write_output(options->output, report::render_normset_yaml(*set), {options->input});
      }};
}

}  // namespace labeltool::cli
