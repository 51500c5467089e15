// labeltool check FILE...: a zelfevaluatie against its norm set.
#include <unistd.h>

#include <filesystem>
#include <map>
#include <variant>

#include "analysis/check.hpp"
#include "cli/commands.hpp"
#include "input/input.hpp"
#include "input/kind.hpp"
#include "report/check_report.hpp"
#include "report/ci_formats.hpp"
#include "report/html_reports.hpp"
#include "util/file.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"
#include "xlsx/workbook.hpp"

namespace labeltool::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string normset;
  ReportOptions report;
  FailOn fail_on = FailOn::Errors;
  std::string today;
  unsigned jobs = 0;
};

/// Files are checked in chunks: read and checked on all cores, rendered, written out and
/// freed, so memory stays bounded however many files there are.
constexpr std::size_t kChunk = 256;

/// One run of `labeltool check` over many files: what it has written and found so far.
class CheckRun {
 public:
  CheckRun(const CheckOptions& options, const GlobalOptions& global, Output& out,
           input::Catalog& catalog, const model::NormSet* forced)
      : options_(options),
        global_(global),
        out_(out),
        catalog_(catalog),
        forced_(forced),
        today_(today_or_now(options.today)),
        colour_(out.to_stdout() ? global.colour_for(STDOUT_FILENO) : report::Colour::Off) {}

  /// Checks `paths` chunk by chunk, then writes what the format puts at the end; returns the
  /// exit code.
  int run(const std::vector<std::string>& paths) {
    const report::Format format = options_.report.format;
    if (format == report::Format::Json) out_.write(report::check_json_begin());
    if (format == report::Format::Csv) out_.write(report::check_csv_header());
    for (std::size_t begin = 0; begin < paths.size(); begin += kChunk)
      check_chunk(paths, begin, std::min(kChunk, paths.size() - begin));
    write_end(paths);
    if (const int code = out_.finish(); code != kExitClean) return code;
    if (input_error_) return kExitInput;
    if (options_.fail_on == FailOn::Never) return kExitClean;
    if (totals_.errors > 0 || (options_.fail_on == FailOn::Gaps && gaps_)) return kExitFindings;
    // Strict CI: a score read loosely ('Voldoet') or any other warning fails the build too.
    if (options_.fail_on == FailOn::Warnings && totals_.warnings > 0) return kExitFindings;
    return kExitClean;
  }

 private:
  /// CI formats list findings only; they are collected and written at the end.
  bool ci_format() const {
    const report::Format format = options_.report.format;
    return format == report::Format::Sarif || format == report::Format::Github ||
           format == report::Format::Junit;
  }

  void check_chunk(const std::vector<std::string>& paths, std::size_t begin, std::size_t count) {
    std::vector<std::optional<model::Zelfevaluatie>> zelfevaluaties(count);
    std::vector<std::optional<analysis::CheckResult>> results(count);
    std::vector<report::CheckedFile> files(count);
    std::vector<std::string> rendered(count);
    const auto limits = global_.limits();
    util::parallel_for(count, options_.jobs, [&](std::size_t i) {
      files[i].path = paths[begin + i];
      zelfevaluaties[i] =
          input::read_zelfevaluatie_argument(files[i].path, limits, files[i].diagnostics);
      files[i].zelfevaluatie = zelfevaluaties[i] ? &*zelfevaluaties[i] : nullptr;
    });
    for (auto& file : files) resolve_set(file);  // the catalog is not thread-safe
    util::parallel_for(count, options_.jobs, [&](std::size_t i) {
      auto& file = files[i];
      if (file.zelfevaluatie && file.set) {
        results[i] = analysis::check_zelfevaluatie(*file.zelfevaluatie, *file.set, today_);
        file.result = &*results[i];
        file.diagnostics.insert(file.diagnostics.end(), results[i]->diagnostics.begin(),
                                results[i]->diagnostics.end());
        sort_by_position(file.diagnostics);
      }
      rendered[i] = render(file, begin + i == 0);
    });
    for (std::size_t i = 0; i < count; ++i) {
      out_.write(rendered[i]);
      count_file(files[i]);
    }
  }

  /// The norm set `file` is checked against: --normset, or the one it names (resolved once
  /// per reference; resolving is cheap and cached).
  void resolve_set(report::CheckedFile& file) {
    if (!file.zelfevaluatie) return;
    const auto& z = *file.zelfevaluatie;
    if (forced_ || z.normset.empty()) {
      file.set = forced_;
      return;
    }
    const auto found = sets_.find(z.normset);
    if (found != sets_.end() && found->second) {
      file.set = found->second;
      return;
    }
    file.set = catalog_.resolve(z.normset, *z.source, z.normset_position, file.diagnostics);
    sets_[z.normset] = file.set;
  }

  /// One file's part of the report; `first` leaves out the separator before it.
  std::string render(const report::CheckedFile& file, bool first) const {
    const report::Lang lang = options_.report.lang;
    switch (options_.report.format) {
      case report::Format::Json:
        return (first ? "" : report::check_json_separator()) + report::check_json_file(file);
      case report::Format::Csv:
        return report::check_csv_rows(file);
      case report::Format::Markdown:
        return (first ? "" : "\n---\n\n") + report::render_check_markdown(file, lang);
      case report::Format::Html:
        return (first ? report::check_html_begin(&file, lang) : "") +
               report::check_html_file(file, lang);
      case report::Format::Text:
        return (first ? "" : "\n") +
               report::render_check_text(file, lang, colour_, global_.max_findings);
      default:
        return "";  // the CI formats are written at the end
    }
  }

  /// Adds what `file` found to the totals that decide the exit code.
  void count_file(const report::CheckedFile& file) {
    if (ci_format())
      all_findings_.insert(all_findings_.end(), file.diagnostics.begin(), file.diagnostics.end());
    const auto counts = report::count_findings(file.diagnostics);
    totals_.errors += counts.errors;
    totals_.warnings += counts.warnings;
    if (!file.zelfevaluatie || !file.set) input_error_ = true;
    for (const auto& diagnostic : file.diagnostics)
      if (diagnostic.severity == Severity::Error && is_input_error(diagnostic.code))
        input_error_ = true;
    if (file.result && (!file.result->gaps.empty() ||
                        file.result->verdict.outcome != analysis::Verdict::Outcome::Pass))
      gaps_ = true;
  }

  void write_end(const std::vector<std::string>& paths) {
    switch (options_.report.format) {
      case report::Format::Json:
        out_.write(report::check_json_end(!paths.empty()));
        break;
      case report::Format::Sarif:
        out_.write(report::render_sarif(all_findings_));
        break;
      case report::Format::Github:
        out_.write(report::render_github(all_findings_));
        break;
      case report::Format::Junit:
        out_.write(report::render_junit(all_findings_, paths, "check"));
        break;
      case report::Format::Html:
        if (paths.empty()) out_.write(report::check_html_begin(nullptr, options_.report.lang));
        out_.write(report::check_html_end());
        break;
      case report::Format::Text:
        out_.write("\n" + report::summary_line(totals_, paths.size(), options_.report.lang));
        break;
      default:
        break;
    }
  }

  const CheckOptions& options_;
  const GlobalOptions& global_;
  Output& out_;
  input::Catalog& catalog_;
  const model::NormSet* forced_;
  const std::string today_;
  const report::Colour colour_;
  Diagnostics all_findings_;
  std::map<std::string, const model::NormSet*> sets_;
  report::FindingCounts totals_;
  bool input_error_ = false;
  bool gaps_ = false;
};

/// True for a file that is for another command: an audit (`labeltool audit`), in YAML, CSV
/// or a workbook, or a groups file (`plan`, `template --audit`).
bool is_another_commands_file(const std::string& path, const yaml::ReadLimits& limits) {
  auto bytes = util::read_file(path, limits.max_file_bytes);
  auto* text = std::get_if<std::string>(&bytes);
  if (!text) return false;  // check reports why it cannot be read
  if (xlsx::looks_like_zip(*text))
    return input::read_input_bytes(path, std::move(*text), limits).kind == input::Kind::AuditXlsx;
  return input::names_audit_kind(*text) || input::names_kind(*text, "groups/1");
}

int run_check(const CheckOptions& options, const GlobalOptions& global) {
  std::vector<std::string> paths;
  for (const auto& path : options.paths) {
    auto expanded = util::expand_paths(path, {".yaml", ".yml", ".csv", ".xlsx"});
    // Another command's file in a folder is left to it; one named is reported as such.
    std::error_code error;
    const bool folder = std::filesystem::is_directory(path, error);
    for (auto& found : expanded)
      if (!folder || !is_another_commands_file(found, global.limits()))
        paths.push_back(std::move(found));
  }
  auto catalog = global.catalog();
  const model::NormSet* forced = nullptr;
  if (!options.normset.empty()) {
    Diagnostics setup;
    forced = input::load_normset_argument(options.normset, catalog, global.limits(), setup);
    if (!forced) {
      print_diagnostics(setup, global);
      return kExitInput;
    }
  }
  Output out(options.report.output, paths);
  if (!out.ok()) return kExitInput;
  return CheckRun(options, global, out, catalog, forced).run(paths);
}

}  // namespace

Command set_check_command(CLI::App& parent, GlobalOptions& global) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* app = parent.add_subcommand(
      "check", "Check filled-in zelfevaluaties (YAML or CSV) against their norm set");
  app->add_option("files", options->paths,
                  "Zelfevaluatie files (.yaml, .yml, .csv, .xlsx) or folders")
      ->required()
      ->type_name("FILE");
  app->add_option("--normset", options->normset,
                  "Check against this norm set (id@version or a file) instead of the one each "
                  "zelfevaluatie names")
      ->type_name("NORMSET");
  add_choice_option(
      *app, "--format", options->report.format,
      format_choices({report::Format::Text, report::Format::Json, report::Format::Markdown,
                      report::Format::Html, report::Format::Csv, report::Format::Sarif,
                      report::Format::Github, report::Format::Junit}),
      "Output format");
  add_choice_option(*app, "--fail-on", options->fail_on,
                    {{"errors", FailOn::Errors},
                     {"warnings", FailOn::Warnings},
                     {"gaps", FailOn::Gaps},
                     {"never", FailOn::Never}},
                    "Exit 1 on: errors (findings of severity error), warnings (errors or "
                    "warnings, e.g. a score read as the scale value it was spelt like), gaps (also "
                    "any norm not fully met, or a verdict that is not a pass) or never");
  app->add_option("-o,--output", options->report.output,
                  "Write the report to this file (atomically)")
      ->type_name("FILE");
  add_lang_option(*app, options->report.lang);
  add_today_option(*app, options->today);
  app->add_option("-j,--jobs", options->jobs, "Threads to use (0 = one per core)")
      ->capture_default_str();
  app->footer(
      "Exit codes: 0 clean; 1 findings (see --fail-on), unknown keys and invalid values "
      "included; 2 a file cannot be read or parsed (missing, not UTF-8, not YAML/CSV, over a "
      "limit, unknown kind) or names an unknown norm set; 3 internal error.");

  return {app, [options, &global] { return run_check(*options, global); }};
}

}  // namespace labeltool::cli
