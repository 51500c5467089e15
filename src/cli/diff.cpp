// labeltool diff A B: two versions of one label, or two labels.
#include <unistd.h>

#include <iostream>

#include "analysis/diff.hpp"
#include "cli/commands.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/crosswalk_report.hpp"

namespace labeltool::cli {

Command set_diff_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string a, b, zelfevaluatie, as = "auto";
    std::vector<std::string> crosswalks, scope;
    ReportOptions report;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "diff", "Compare two versions of a norm set, or two labels through a crosswalk");
  app->add_option("a", options->a, "First norm set (id@version or file)")
      ->required()
      ->type_name("A");
  app->add_option("b", options->b, "Second norm set (id@version or file)")
      ->required()
      ->type_name("B");
  add_list_option(*app, "--crosswalk", options->crosswalks, "Crosswalk file(s) relating A and B",
                  "FILE");
  app->add_option("--zelfevaluatie", options->zelfevaluatie,
                  "For two versions: which answers of this zelfevaluatie (on A) carry over to B")
      ->type_name("FILE");
  app->add_option(
         "--as", options->as,
         "Compare as two versions of one label or as two labels (auto: versions when the IDs "
         "are equal)")
      ->check(CLI::IsMember({"auto", "versions", "labels"}))
      ->capture_default_str();
  add_list_option(*app, "--scope", options->scope,
                  "Scope IDs; norms outside them are not applicable", "SCOPE");
  add_report_options(
      *app, options->report,
      {report::Format::Text, report::Format::Markdown, report::Format::Json, report::Format::Csv});
  return {
      app, [options, &global] {
        const auto limits = global.limits();
        auto catalog = global.catalog();
        Diagnostics diagnostics;
        const auto fail = [&] { return input_failure(diagnostics, global); };
        const model::NormSet* a =
            input::load_normset_argument(options->a, catalog, limits, diagnostics);
        const model::NormSet* b =
            input::load_normset_argument(options->b, catalog, limits, diagnostics);
        if (!a || !b) return fail();
        const auto lang = options->report.lang;
        const auto format = options->report.format;
        std::vector<std::string> inputs = {a->source->path(), b->source->path()};
        std::string content;
        const bool versions =
            options->as == "versions" || (options->as == "auto" && a->id == b->id);
        if (versions) {
          std::optional<model::Crosswalk> crosswalk;
          if (!options->crosswalks.empty()) {
            crosswalk =
                input::crosswalk_between(*a, *b, options->crosswalks, catalog, limits, diagnostics);
            if (!crosswalk) return fail();
          }
          const auto diff = analysis::diff_versions(*a, *b, crosswalk ? &*crosswalk : nullptr);
          std::optional<std::vector<analysis::AnswerFate>> fates;
          std::optional<model::Zelfevaluatie> z;
          if (!options->zelfevaluatie.empty()) {
            z = input::read_zelfevaluatie_argument(options->zelfevaluatie, limits, diagnostics);
            if (!z || has_errors(diagnostics)) return fail();
            fates = analysis::answer_fates(*z, *a, diff);
            inputs.push_back(options->zelfevaluatie);
          }
          content =
              report::render_version_diff(*a, *b, diff, fates ? &*fates : nullptr, format, lang);
        } else {
          if (!options->zelfevaluatie.empty()) {
            print_error(
                "--zelfevaluatie is for two versions of one norm set; for two labels use "
                "'labeltool gap'");
            return int{kExitInput};
          }
          auto crosswalk =
              input::crosswalk_between(*a, *b, options->crosswalks, catalog, limits, diagnostics);
          if (!crosswalk) return fail();
          const auto scope_a = scope_for(*a, b, options->scope);
          const auto scope_b = scope_for(*b, a, options->scope);
          if (!scope_a || !scope_b) return int{kExitInput};
          const auto diff = analysis::diff_labels(*a, *b, *crosswalk, *scope_a, *scope_b);
          content = report::render_label_diff(*crosswalk, diff, format, lang);
        }
        return write_output(options->report.output, content, inputs);
      }};
}

}  // namespace labeltool::cli
