// labeltool suggest A B: a draft crosswalk from the norm texts, for an expert to review.
#include <iostream>

#include "analysis/suggest.hpp"
#include "cli/commands.hpp"
#include "report/common.hpp"
#include "report/suggest_report.hpp"

namespace labeltool::cli {
namespace {

struct SuggestOptions {
  std::string a, b, existing;
  std::size_t top = 3;
  double min_score = 0.1;
  unsigned jobs = 0;
  ReportOptions report;
};

/// Without --existing: a crosswalk between the two sets in the norm-set folders, and how
/// many rows suggest would add to it.
std::optional<report::CatalogCrosswalk> catalog_crosswalk(input::Catalog& catalog,
                                                          const model::NormSet& a,
                                                          const model::NormSet& b,
                                                          const analysis::Suggestions& found) {
  auto crosswalk = catalog.find_crosswalk(a.reference(), b.reference());
  if (!crosswalk) return std::nullopt;
  const auto reconciled = analysis::reconcile(found, *crosswalk);
  return report::CatalogCrosswalk{crosswalk->mappings.size(),
                                  analysis::proposed_row_count(reconciled.fresh)};
}

int run_suggest(const SuggestOptions& options, const GlobalOptions& global) {
  const auto limits = global.limits();
  auto catalog = global.catalog();
  Diagnostics diagnostics;
  const auto fail = [&] { return input_failure(diagnostics, global); };
  const model::NormSet* a = input::load_normset_argument(options.a, catalog, limits, diagnostics);
  const model::NormSet* b = input::load_normset_argument(options.b, catalog, limits, diagnostics);
  if (!a || !b) return fail();
  std::optional<model::Crosswalk> existing;
  std::vector<std::string> inputs = {a->source->path(), b->source->path()};
  if (!options.existing.empty()) {
    existing =
        input::crosswalk_file_between(options.existing, *a, *b, catalog, limits, diagnostics);
    if (!existing) return fail();
    inputs.push_back(options.existing);
  }
  const analysis::SuggestOptions settings{options.top, options.min_score, options.jobs};
  const auto found = analysis::suggest(*a, *b, settings);
  std::optional<analysis::Reconciled> reconciled;
  if (existing) reconciled = analysis::reconcile(found, *existing);
  const report::SuggestView view{
      *a,
      *b,
      reconciled ? reconciled->fresh : found,
      reconciled ? &*reconciled : nullptr,
      options.existing,
      existing ? std::nullopt : catalog_crosswalk(catalog, *a, *b, found),
      settings};
  const auto lang = options.report.lang;
  if (!options.report.output.empty() && options.report.output != "-") {
    const int code =
        write_output(options.report.output, report::render_draft_crosswalk(view, lang), inputs);
    if (code != kExitClean) return code;
    std::cerr << report::fill(report::kSuggestWritten, lang, options.report.output,
                              analysis::proposed_row_count(view.suggestions), options.report.output)
              << "\n";
  }
  return write_output("", report::render_suggestions(view, options.report.format, lang), inputs);
}

}  // namespace

Command set_suggest_command(CLI::App& parent, GlobalOptions& global) {
  auto options = std::make_shared<SuggestOptions>();
  CLI::App* app = parent.add_subcommand(
      "suggest",
      "Propose a draft crosswalk from the norm texts (every row for an expert to review)");
  app->add_option("a", options->a, "Source norm set (id@version, norm-set file or CISO framework)")
      ->required()
      ->type_name("A");
  app->add_option("b", options->b, "Target norm set (id@version, norm-set file or CISO framework)")
      ->required()
      ->type_name("B");
  app->add_option("--top", options->top, "Candidates per source norm")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  app->add_option("--min-score", options->min_score, "Leave out candidates scoring lower (0 to 1)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app->add_option("--existing", options->existing,
                  "Crosswalk already decided: its rows are kept, suggestions only for norms it "
                  "does not map, contradictions listed for review")
      ->type_name("CROSSWALK");
  app->add_option("-j,--jobs", options->jobs, "Threads to use (0 = one per core)")
      ->capture_default_str();
  // -o is the draft crosswalk here; the report, in every format, goes to stdout (as for gap).
  add_report_options(*app, options->report,
                     {report::Format::Text, report::Format::Markdown, report::Format::Html,
                      report::Format::Json, report::Format::Csv});
  app->get_option("--format")
      ->description(
          "Report format, written to standard output (html: a page for the expert who reviews "
          "the draft; redirect it to a file)");
  app->get_option("-o")->description(
      "Write the draft crosswalk (crosswalk/1, every row proposed) to this file, atomically; "
      "the report still goes to standard output");
  return {app, [options, &global] { return run_suggest(*options, global); }};
}

}  // namespace labeltool::cli
