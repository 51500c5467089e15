// labeltool progress OLD NEW: what changed between two zelfevaluaties.
#include <unistd.h>

#include <iostream>

#include "analysis/progress.hpp"
#include "cli/commands.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/html_reports.hpp"
#include "report/normset_view.hpp"
#include "report/progress_report.hpp"

namespace labeltool::cli {

Command set_progress_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string old_path, new_path;
    ReportOptions report;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "progress",
      "What changed between two zelfevaluaties: per norm better, worse, new or unchanged");
  app->add_option("old", options->old_path, "The earlier zelfevaluatie")
      ->required()
      ->type_name("OLD");
  app->add_option("new", options->new_path, "The later zelfevaluatie")
      ->required()
      ->type_name("NEW");
  add_report_options(
      *app, options->report,
      {report::Format::Text, report::Format::Markdown, report::Format::Html, report::Format::Json});
  return {
      app, [options, &global] {
        const auto limits = global.limits();
        auto catalog = global.catalog();
        Diagnostics diagnostics;
        auto old_z = input::read_zelfevaluatie_argument(options->old_path, limits, diagnostics);
        auto new_z = input::read_zelfevaluatie_argument(options->new_path, limits, diagnostics);
        const model::NormSet* old_set = old_z
                                            ? catalog.resolve(old_z->normset, *old_z->source,
                                                              old_z->normset_position, diagnostics)
                                            : nullptr;
        const model::NormSet* new_set = new_z
                                            ? catalog.resolve(new_z->normset, *new_z->source,
                                                              new_z->normset_position, diagnostics)
                                            : nullptr;
        if (has_errors(diagnostics) || !old_set || !new_set)
          return input_failure(diagnostics, global);
        const auto lang = options->report.lang;
        const auto progress = analysis::compare_zelfevaluaties(*old_z, *old_set, *new_z, *new_set);
        report::ProgressHeader header{
            options->old_path,
            options->new_path,
            new_z->organisation,
            old_z->date,
            new_z->date,
            old_set == new_set ? new_set->reference()
                               : old_set->reference() + " → " + new_set->reference(),
            report::status_banner(*new_set, lang, report::BannerLength::Short)};
        std::string content =
            options->report.format == report::Format::Json
                ? report::render_progress_json(header, progress)
            : options->report.format == report::Format::Html
                ? report::render_progress_html(header, progress, *old_set, *new_set, lang)
            : options->report.format == report::Format::Markdown
                ? report::render_progress_markdown(header, progress, lang)
                : report::render_progress_text(header, progress, lang);
        return write_output(options->report.output, content,
                            {options->old_path, options->new_path});
      }};
}

}  // namespace labeltool::cli
