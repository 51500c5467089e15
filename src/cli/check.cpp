// labeltool check FILE...: a zelfevaluatie against its norm set.
#include <unistd.h>

#include <map>

#include "analysis/check.hpp"
#include "cli/commands.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/check_report.hpp"
#include "util/file.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

namespace labeltool::cli {
Command set_check_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::vector<std::string> paths;
    std::string normset;
    std::string format = "text";
    std::string fail_on = "errors";
    std::string output;
    std::string lang = "nl";
    std::string today;
    unsigned jobs = 0;
  };
  auto options = std::make_shared<Options>();
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
      ->check(CLI::IsMember({"text", "json", "markdown", "csv"}))
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

  return {app, [options, &global] {
    const std::string today = today_or_now(options->today);
    std::vector<std::string> paths;
    for (const auto& path : options->paths) {
      auto expanded = util::expand_paths(path, {".yaml", ".yml", ".csv"});
      paths.insert(paths.end(), expanded.begin(), expanded.end());
    }
    const auto limits = global.limits();

    // Read every file (in parallel), resolve the norm sets they name (once each), then check
    // (in parallel again).
    std::vector<std::optional<model::Zelfevaluatie>> zelfevaluaties(paths.size());
    std::vector<report::CheckedFile> files(paths.size());
    util::parallel_for(paths.size(), options->jobs, [&](std::size_t i) {
      files[i].path = paths[i];
      zelfevaluaties[i] = read::read_zelfevaluatie_file(paths[i], limits, files[i].diagnostics);
      files[i].zelfevaluatie = zelfevaluaties[i] ? &*zelfevaluaties[i] : nullptr;
    });

    auto catalog = global.catalog();
    Diagnostics setup;
    const model::NormSet* forced = nullptr;
    if (!options->normset.empty()) {
      forced = load_normset_argument(options->normset, catalog, limits, setup);
      if (!forced) {
        std::cerr << report::render_diagnostics_text(setup, global.colour_for(STDERR_FILENO), 0);
        return int{kExitInput};
      }
    }
    std::map<std::string, const model::NormSet*> sets;
    for (auto& file : files) {
      if (!file.zelfevaluatie) continue;
      const auto& z = *file.zelfevaluatie;
      if (forced) {
        file.set = forced;
        continue;
      }
      if (z.normset.empty()) continue;  // reported as a missing key already
      const auto found = sets.find(z.normset);
      if (found != sets.end() && found->second) {
        file.set = found->second;
        continue;
      }
      file.set = catalog.resolve(z.normset, *z.source, z.normset_position, file.diagnostics);
      sets[z.normset] = file.set;
    }

    std::vector<std::optional<analysis::CheckResult>> results(paths.size());
    util::parallel_for(paths.size(), options->jobs, [&](std::size_t i) {
      auto& file = files[i];
      if (!file.zelfevaluatie || !file.set) return;
      results[i] = analysis::check_zelfevaluatie(*file.zelfevaluatie, *file.set, today);
      file.result = &*results[i];
      auto& diagnostics = file.diagnostics;
      diagnostics.insert(diagnostics.end(), results[i]->diagnostics.begin(), results[i]->diagnostics.end());
      std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.position.line, a.position.column) < std::tie(b.position.line, b.position.column);
      });
    });

    const auto lang = options->lang == "en" ? report::Lang::En : report::Lang::Nl;
    const bool to_terminal = options->output.empty() || options->output == "-";
    const auto colour = to_terminal ? global.colour_for(STDOUT_FILENO) : report::Colour::Off;
    std::string content;
    if (options->format == "json") {
      content = report::render_check_json(files);
    } else if (options->format == "csv") {
      content = report::render_check_csv(files);
    } else {
      for (std::size_t i = 0; i < files.size(); ++i) {
        if (i) content += options->format == "markdown" ? "\n---\n\n" : "\n";
        content += options->format == "markdown"
                       ? report::render_check_markdown(files[i], lang)
                       : report::render_check_text(files[i], lang, colour, global.max_findings);
      }
    }

    Diagnostics all;
    bool gaps = false;
    for (const auto& file : files) {
      all.insert(all.end(), file.diagnostics.begin(), file.diagnostics.end());
      if (file.result && (!file.result->gaps.empty() ||
                          file.result->verdict.outcome != analysis::Verdict::Outcome::Pass))
        gaps = true;
    }
    if (options->format == "text") content += "\n" + report::summary_line(report::count_findings(all), files.size());
    if (const int code = write_output(options->output, content, paths); code != kExitClean) return code;

    for (const auto& file : files)
      if (!file.zelfevaluatie || !file.set) return int{kExitInput};
    for (const auto& diagnostic : all)
      if (diagnostic.severity == Severity::Error && is_input_error(diagnostic.code)) return int{kExitInput};
    if (options->fail_on == "never") return int{kExitClean};
    const bool errors = report::count_findings(all).errors > 0;
    if (errors || (options->fail_on == "gaps" && gaps)) return int{kExitFindings};
    return int{kExitClean};
  }};
}

}  // namespace labeltool::cli
