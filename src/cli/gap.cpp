// labeltool gap ZELFEVALUATIE --target NORMSET: carry answers over to another label.
#include <unistd.h>

#include <iostream>

#include "analysis/transfer.hpp"
#include "cli/commands.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/crosswalk_report.hpp"
#include "report/prefilled_xlsx.hpp"

namespace labeltool::cli {

Command set_gap_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string zelfevaluatie, target, today;
    std::vector<std::string> crosswalks, scope;
    ReportOptions report;
    input::ProposedRows proposed = input::ProposedRows::Refuse;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "gap", "Carry a zelfevaluatie's answers over to another label and show what is left to do");
  app->add_option("zelfevaluatie", options->zelfevaluatie, "The zelfevaluatie to carry over")
      ->required()
      ->type_name("FILE");
  app->add_option("--target", options->target, "The other label's norm set (id@version or file)")
      ->required()
      ->type_name("NORMSET");
  add_list_option(*app, "--crosswalk", options->crosswalks,
                  "Crosswalk file(s); several are chained where that is sound", "FILE");
  add_list_option(
      *app, "--scope", options->scope,
      "Scope IDs of the target (default: the zelfevaluatie's scopes the target declares)", "SCOPE");
  // -o is the pre-filled zelfevaluatie here; the gap report goes to stdout.
  add_report_options(
      *app, options->report,
      {report::Format::Text, report::Format::Markdown, report::Format::Html, report::Format::Json});
  app->get_option("--output")
      ->description(
          "Also write the pre-filled zelfevaluatie for the target to this file (atomically; "
          "YAML, with each answer's sources); the gap report still goes to stdout")
      ->type_name("PREFILLED.yaml");
  add_today_option(*app, options->today);
  add_accept_proposed_option(*app, options->proposed);
  return {
      app, [options, &global] {
        const auto limits = global.limits();
        auto catalog = global.catalog();
        Diagnostics diagnostics;
        const auto fail = [&] { return input_failure(diagnostics, global); };
        auto z = input::read_zelfevaluatie_argument(options->zelfevaluatie, limits, diagnostics);
        if (!z || has_errors(diagnostics)) return fail();
        const model::NormSet* source =
            catalog.resolve(z->normset, *z->source, z->normset_position, diagnostics);
        const model::NormSet* target =
            input::load_normset_argument(options->target, catalog, limits, diagnostics);
        if (!source || !target) return fail();
        std::vector<analysis::UnsoundChain> unsound;
        auto crosswalk = input::crosswalk_between(*source, *target, options->crosswalks, catalog,
                                                  limits, diagnostics, &unsound, options->proposed);
        if (!crosswalk) return fail();
        if (!options->scope.empty() && !scope_for(*target, nullptr, options->scope))
          return int{kExitInput};
        const auto scope = analysis::target_scope(*z, *target, options->scope);
        const auto result = analysis::transfer(*z, *source, *target, *crosswalk, scope.scope);
        const auto lang = options->report.lang;
        const std::vector<std::string> inputs = {options->zelfevaluatie, source->source->path(),
                                                 target->source->path()};
        if (is_workbook_path(options->report.output)) {  // xlsx writer (issue 13)
          const int code =
              write_workbook(options->report.output, inputs, [&](xlsx::WorkbookWriter& book) {
                report::write_prefilled_xlsx(book, *z, *source, *target, result, scope.scope,
                                             today_or_now(options->today),
                                             file_name_of(options->report.output), lang);
              });
          if (code != kExitClean) return code;
        } else if (!options->report.output.empty()) {
          const int code =
              write_output(options->report.output,
                           report::render_prefilled(*z, *source, *target, result, scope.scope,
                                                    today_or_now(options->today), lang),
                           inputs);
          if (code != kExitClean) return code;
        }
        return write_output("",
                            report::render_transfer(*source, *target, result, unsound, *crosswalk,
                                                    scope, options->report.format, lang),
                            inputs);
      }};
}

}  // namespace labeltool::cli
