// labeltool plan A B: the combined audit, grouped by interview group.
#include <unistd.h>

#include <iostream>

#include "analysis/plan.hpp"
#include "cli/commands.hpp"
#include "report/crosswalk_report.hpp"

namespace labeltool::cli {

Command set_plan_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string a, b;
    std::vector<std::string> crosswalks, scope;
    ReportOptions report;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "plan", "Plan a combined audit of two labels: norms per interview group, overlaps once");
  app->add_option("a", options->a, "First label's norm set")->required()->type_name("A");
  app->add_option("b", options->b, "Second label's norm set")->required()->type_name("B");
  add_list_option(*app, "--crosswalk", options->crosswalks, "Crosswalk file(s) relating A and B",
                  "FILE");
  add_list_option(*app, "--scope", options->scope, "Scope IDs of the audit", "SCOPE");
  add_report_options(
      *app, options->report,
      {report::Format::Text, report::Format::Markdown, report::Format::Html, report::Format::Json});
  return {app, [options, &global] {
            const auto limits = global.limits();
            auto catalog = global.catalog();
            Diagnostics diagnostics;
            const auto fail = [&] { return input_failure(diagnostics, global); };
            const model::NormSet* a =
                input::load_normset_argument(options->a, catalog, limits, diagnostics);
            const model::NormSet* b =
                input::load_normset_argument(options->b, catalog, limits, diagnostics);
            if (!a || !b) return fail();
            auto crosswalk =
                input::crosswalk_between(*a, *b, options->crosswalks, catalog, limits, diagnostics);
            if (!crosswalk) return fail();
            const auto scope_a = scope_for(*a, b, options->scope);
            const auto scope_b = scope_for(*b, a, options->scope);
            if (!scope_a || !scope_b) return int{kExitInput};
            const auto plan = analysis::make_plan(*a, *b, &*crosswalk, *scope_a, *scope_b);
            const auto lang = options->report.lang;
            return write_output(options->report.output,
                                report::render_plan(*a, *b, plan, options->report.format, lang),
                                {a->source->path(), b->source->path()});
          }};
}

}  // namespace labeltool::cli
