// labeltool diff A B: two versions of one label, or two labels.
#include <unistd.h>

#include <iostream>

#include "analysis/diff.hpp"
#include "cli/commands.hpp"
#include "report/crosswalk_report.hpp"

namespace labeltool::cli {

namespace {

/// What `diff` compares: two versions of one label, or two labels through a crosswalk.
enum class Comparison { Auto, Versions, Labels };

struct DiffOptions {
  std::string a, b, zelfevaluatie;
  Comparison as = Comparison::Auto;
  std::vector<std::string> crosswalks, scope;
  ReportOptions report;
  input::ProposedRows proposed = input::ProposedRows::Refuse;
};

/// Everything a diff run needs: the two sets, the catalog they came from, what was found.
struct DiffRun {
  const DiffOptions& options;
  const GlobalOptions& global;
  input::Catalog& catalog;
  const model::NormSet& a;
  const model::NormSet& b;
  Diagnostics diagnostics;
  std::vector<std::string> inputs;

  int fail() { return input_failure(diagnostics, global); }

  /// Two versions: added, removed, reworded, moved (through the crosswalk when one is given),
  /// and with --zelfevaluatie which answers carry over.
  int versions() {
    const auto limits = global.limits();
    std::optional<model::Crosswalk> crosswalk;
    if (!options.crosswalks.empty()) {
      crosswalk = input::crosswalk_between(a, b, options.crosswalks, catalog, limits, diagnostics,
                                           nullptr, options.proposed);
      if (!crosswalk) return fail();
    }
    const auto diff = analysis::diff_versions(a, b, crosswalk ? &*crosswalk : nullptr);
    std::optional<std::vector<analysis::AnswerFate>> fates;
    std::optional<model::Zelfevaluatie> z;  // outlives `fates`, which points into its answers
    if (!options.zelfevaluatie.empty()) {
      z = input::read_zelfevaluatie_argument(options.zelfevaluatie, limits, diagnostics);
      if (!z || has_errors(diagnostics)) return fail();
      fates = analysis::answer_fates(*z, a, diff);
      inputs.push_back(options.zelfevaluatie);
    }
    return write_output(options.report.output,
                        report::render_version_diff(a, b, diff, fates ? &*fates : nullptr,
                                                    options.report.format, options.report.lang),
                        inputs);
  }

  /// Two labels: how far each covers the other, per theme and per norm.
  int labels() {
    if (!options.zelfevaluatie.empty()) {
      print_error(
          "--zelfevaluatie is for two versions of one norm set; for two labels use "
          "'labeltool gap'");
      return kExitInput;
    }
    auto crosswalk = input::crosswalk_between(a, b, options.crosswalks, catalog, global.limits(),
                                              diagnostics, nullptr, options.proposed);
    if (!crosswalk) return fail();
    const auto scope_a = scope_for(a, &b, options.scope);
    const auto scope_b = scope_for(b, &a, options.scope);
    if (!scope_a || !scope_b) return kExitInput;
    const auto diff = analysis::diff_labels(a, b, *crosswalk, *scope_a, *scope_b);
    return write_output(
        options.report.output,
        report::render_label_diff(*crosswalk, diff, options.report.format, options.report.lang),
        inputs);
  }
};

int run_diff(const DiffOptions& options, const GlobalOptions& global) {
  auto catalog = global.catalog();
  Diagnostics diagnostics;
  const model::NormSet* a =
      input::load_normset_argument(options.a, catalog, global.limits(), diagnostics);
  const model::NormSet* b =
      input::load_normset_argument(options.b, catalog, global.limits(), diagnostics);
  if (!a || !b) return input_failure(diagnostics, global);
  DiffRun run{options,
              global,
              catalog,
              *a,
              *b,
              std::move(diagnostics),
              {a->source->path(), b->source->path()}};
  const bool versions =
      options.as == Comparison::Versions || (options.as == Comparison::Auto && a->id == b->id);
  return versions ? run.versions() : run.labels();
}

}  // namespace

Command set_diff_command(CLI::App& parent, GlobalOptions& global) {
  auto options = std::make_shared<DiffOptions>();
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
  add_choice_option(*app, "--as", options->as,
                    {{"auto", Comparison::Auto},
                     {"versions", Comparison::Versions},
                     {"labels", Comparison::Labels}},
                    "Compare as two versions of one label or as two labels (auto: versions when "
                    "the IDs are equal)");
  add_list_option(*app, "--scope", options->scope,
                  "Scope IDs; norms outside them are not applicable", "SCOPE");
  add_report_options(*app, options->report,
                     {report::Format::Text, report::Format::Markdown, report::Format::Html,
                      report::Format::Json, report::Format::Csv});
  add_accept_proposed_option(*app, options->proposed);
  return {app, [options, &global] { return run_diff(*options, global); }};
}

}  // namespace labeltool::cli
