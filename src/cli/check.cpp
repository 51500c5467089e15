// labeltool check FILE...: a zelfevaluatie against its norm set.
#include <unistd.h>

#include <map>

#include "analysis/check.hpp"
#include "cli/commands.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/check_report.hpp"
#include "report/ci_formats.hpp"
#include "util/file.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

namespace labeltool::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string normset;
  std::string format = "text";
  std::string fail_on = "errors";
  std::string output;
  std::string lang = "nl";
  std::string today;
  unsigned jobs = 0;
};

/// Files are checked in chunks: read and checked on all cores, rendered, written out and
/// freed, so memory stays bounded however many files there are.
constexpr std::size_t kChunk = 256;

int run_check(const CheckOptions& options, const GlobalOptions& global) {
  const std::string today = today_or_now(options.today);
  std::vector<std::string> paths;
  for (const auto& path : options.paths) {
    auto expanded = util::expand_paths(path, {".yaml", ".yml", ".csv"});
    paths.insert(paths.end(), expanded.begin(), expanded.end());
  }
  const auto limits = global.limits();
  auto catalog = global.catalog();
  const model::NormSet* forced = nullptr;
  if (!options.normset.empty()) {
    Diagnostics setup;
    forced = input::load_normset_argument(options.normset, catalog, limits, setup);
    if (!forced) {
      print_diagnostics(setup, global);
      return kExitInput;
    }
  }

  Output out(options.output, paths);
  if (!out.ok()) return kExitInput;
  const auto lang = options.lang == "en" ? report::Lang::En : report::Lang::Nl;
  const auto colour = out.to_stdout() ? global.colour_for(STDOUT_FILENO) : report::Colour::Off;
  if (options.format == "json") out.write(report::check_json_begin());
  if (options.format == "csv") out.write(report::check_csv_header());

  // CI formats list findings only; they are collected and written at the end.
  const bool ci_format =
      options.format == "sarif" || options.format == "github" || options.format == "junit";
  Diagnostics all_findings;
  std::map<std::string, const model::NormSet*> sets;  // resolved once per reference
  report::FindingCounts totals;
  bool input_error = false, gaps = false;
  for (std::size_t begin = 0; begin < paths.size(); begin += kChunk) {
    const std::size_t count = std::min(kChunk, paths.size() - begin);
    std::vector<std::optional<model::Zelfevaluatie>> zelfevaluaties(count);
    std::vector<std::optional<analysis::CheckResult>> results(count);
    std::vector<report::CheckedFile> files(count);
    std::vector<std::string> rendered(count);
    util::parallel_for(count, options.jobs, [&](std::size_t i) {
      files[i].path = paths[begin + i];
      zelfevaluaties[i] =
          input::read_zelfevaluatie_argument(files[i].path, limits, files[i].diagnostics);
      files[i].zelfevaluatie = zelfevaluaties[i] ? &*zelfevaluaties[i] : nullptr;
    });
    // The catalog is not thread-safe; resolving is cheap and cached.
    for (auto& file : files) {
      if (!file.zelfevaluatie) continue;
      const auto& z = *file.zelfevaluatie;
      if (forced || z.normset.empty()) {
        file.set = forced;
        continue;
      }
      const auto found = sets.find(z.normset);
      if (found != sets.end() && found->second) {
        file.set = found->second;
        continue;
      }
      file.set = catalog.resolve(z.normset, *z.source, z.normset_position, file.diagnostics);
      sets[z.normset] = file.set;
    }
    util::parallel_for(count, options.jobs, [&](std::size_t i) {
      auto& file = files[i];
      if (file.zelfevaluatie && file.set) {
        results[i] = analysis::check_zelfevaluatie(*file.zelfevaluatie, *file.set, today);
        file.result = &*results[i];
        file.diagnostics.insert(file.diagnostics.end(), results[i]->diagnostics.begin(),
                                results[i]->diagnostics.end());
        sort_by_position(file.diagnostics);
      }
      const bool first = begin + i == 0;
      if (ci_format) {
        // written at the end
      } else if (options.format == "json") {
        rendered[i] = (first ? "" : report::check_json_separator()) + report::check_json_file(file);
      } else if (options.format == "csv") {
        rendered[i] = report::check_csv_rows(file);
      } else if (options.format == "markdown") {
        rendered[i] = (first ? "" : "\n---\n\n") + report::render_check_markdown(file, lang);
      } else {
        rendered[i] = (first ? "" : "\n") +
                      report::render_check_text(file, lang, colour, global.max_findings);
      }
    });
    for (std::size_t i = 0; i < count; ++i) {
      out.write(rendered[i]);
      const auto& file = files[i];
      if (ci_format)
        all_findings.insert(all_findings.end(), file.diagnostics.begin(), file.diagnostics.end());
      const auto counts = report::count_findings(file.diagnostics);
      totals.errors += counts.errors;
      totals.warnings += counts.warnings;
      if (!file.zelfevaluatie || !file.set) input_error = true;
      for (const auto& diagnostic : file.diagnostics)
        if (diagnostic.severity == Severity::Error && is_input_error(diagnostic.code))
          input_error = true;
      if (file.result && (!file.result->gaps.empty() ||
                          file.result->verdict.outcome != analysis::Verdict::Outcome::Pass))
        gaps = true;
    }
  }
  if (options.format == "json") out.write(report::check_json_end(!paths.empty()));
  if (options.format == "sarif") out.write(report::render_sarif(all_findings));
  if (options.format == "github") out.write(report::render_github(all_findings));
  if (options.format == "junit") out.write(report::render_junit(all_findings, paths, "check"));
  if (options.format == "text") out.write("\n" + report::summary_line(totals, paths.size(), lang));
  if (const int code = out.finish(); code != kExitClean) return code;

  if (input_error) return kExitInput;
  if (options.fail_on == "never") return kExitClean;
  if (totals.errors > 0 || (options.fail_on == "gaps" && gaps)) return kExitFindings;
  return kExitClean;
}

}  // namespace

Command set_check_command(CLI::App& parent, GlobalOptions& global) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* app = parent.add_subcommand(
      "check", "Check filled-in zelfevaluaties (YAML or CSV) against their norm set");
  app->add_option("files", options->paths, "Zelfevaluatie files (.yaml, .yml, .csv) or folders")
      ->required()
      ->type_name("FILE");
  app->add_option("--normset", options->normset,
                  "Check against this norm set (id@version or a file) instead of the one each "
                  "zelfevaluatie names")
      ->type_name("NORMSET");
  app->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown", "csv", "sarif", "github", "junit"}))
      ->capture_default_str();
  app->add_option("--fail-on", options->fail_on,
                  "Exit 1 on: errors (findings of severity error), gaps (also any norm not fully "
                  "met, or a verdict that is not a pass) or never")
      ->check(CLI::IsMember({"errors", "gaps", "never"}))
      ->capture_default_str();
  app->add_option("-o,--output", options->output, "Write the report to this file (atomically)")
      ->type_name("FILE");
  app->add_option("--lang", options->lang, "Language of the report: nl or en")
      ->check(CLI::IsMember({"nl", "en"}))
      ->capture_default_str();
  add_today_option(*app, options->today);
  app->add_option("-j,--jobs", options->jobs, "Threads to use (0 = one per core)")
      ->capture_default_str();
  app->footer(
      "Exit codes: 0 clean; 1 findings (see --fail-on); 2 a file cannot be read, breaks its "
      "format or names an unknown norm set; 3 internal error.");

  return {app, [options, &global] { return run_check(*options, global); }};
}

}  // namespace labeltool::cli
