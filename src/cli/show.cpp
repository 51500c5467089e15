// labeltool show NORMSET: a norm set's themes and norms as an outline.
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "report/normset_view.hpp"

namespace labeltool::cli {

Command set_show_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string normset;
    ReportOptions report;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand("show", "Show a norm set's themes and norms");
  app->add_option("normset", options->normset, "A norm set: id@version (e.g. kssw@2019) or a file")
      ->required()
      ->type_name("NORMSET");
  add_report_options(*app, options->report,
                     {report::Format::Text, report::Format::Markdown, report::Format::Json});
  return {app, [options, &global] {
            auto catalog = global.catalog();
            Diagnostics diagnostics;
            const model::NormSet* set = input::load_normset_argument(options->normset, catalog,
                                                                     global.limits(), diagnostics);
            if (!set) return input_failure(diagnostics, global);
            const auto lang = options->report.lang;
            std::string content;
            if (options->report.format == report::Format::Markdown) {
              content = report::render_normset_markdown(*set, lang);
            } else if (options->report.format == report::Format::Json) {
              content = report::render_normset_json(*set);
            } else {
              content = report::render_normset_text(*set, lang);
            }
            return write_output(options->report.output, content, {set->source->path()});
          }};
}

}  // namespace labeltool::cli
