// labeltool audit FILE: what the auditor heard, per norm of each label, and each label's outcome.
#include "analysis/audit.hpp"
#include "cli/commands.hpp"
#include "report/audit_report.hpp"

namespace labeltool::cli {
namespace {

struct AuditOptions {
  std::string audit;
  std::vector<std::string> zelfevaluaties, crosswalks;
  ReportOptions report;
  FailOn fail_on = FailOn::Gaps;
};

/// The crosswalks between every ordered pair of the audited sets: the given files, or the
/// norm-set folders. A pair without one carries nothing; a given file that cannot be used
/// is an error.
std::optional<std::vector<analysis::AuditCrosswalk>> crosswalks_of(
    const std::vector<const model::NormSet*>& sets, const AuditOptions& options,
    input::Catalog& catalog, const yaml::ReadLimits& limits, Diagnostics& diagnostics) {
  std::vector<analysis::AuditCrosswalk> out;
  for (std::size_t from = 0; from < sets.size(); ++from)
    for (std::size_t to = 0; to < sets.size(); ++to) {
      if (from == to || sets[from]->id == sets[to]->id) continue;
      Diagnostics found;
      auto crosswalk = input::crosswalk_between(*sets[from], *sets[to], options.crosswalks, catalog,
                                                limits, found);
      if (crosswalk) {
        out.push_back({from, to, std::move(*crosswalk)});
      } else if (has_errors(found) && !options.crosswalks.empty()) {
        diagnostics.insert(diagnostics.end(), found.begin(), found.end());
        return std::nullopt;
      }
    }
  return out;
}

int run_audit(const AuditOptions& options, GlobalOptions& global) {
  const auto limits = global.limits();
  auto catalog = global.catalog();
  Diagnostics diagnostics;
  auto audit = input::read_audit_argument(options.audit, limits, diagnostics);
  const auto input_error = [&] {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return is_input_error(d.code); });
  };
  if (!audit || input_error()) return input_failure(diagnostics, global);
  std::vector<const model::NormSet*> sets;
  for (const auto& audited : audit->normsets)
    sets.push_back(audited.normset.empty()
                       ? nullptr
                       : catalog.resolve(audited.normset, *audit->source, audited.normset_position,
                                         diagnostics));
  const bool all_resolved =
      !sets.empty() && std::none_of(sets.begin(), sets.end(), [](auto* s) { return !s; });
  if (!all_resolved) return input_failure(diagnostics, global);
  auto checked = analysis::check_audit(*audit, sets);
  diagnostics.insert(diagnostics.end(), checked.begin(), checked.end());

  std::vector<model::Zelfevaluatie> zelfevaluaties;
  for (const auto& path : options.zelfevaluaties) {
    auto z = input::read_zelfevaluatie_argument(path, limits, diagnostics);
    if (!z || input_error()) return input_failure(diagnostics, global);
    if (!audit->find_set(z->normset)) {
      print_error("zelfevaluatie " + path + " is for " + z->normset +
                  ", which this audit does not cover");
      return kExitInput;
    }
    for (const auto& earlier : zelfevaluaties)
      if (earlier.normset == z->normset) {
        print_error("two zelfevaluaties for " + z->normset + " were given; give one per label");
        return kExitInput;
      }
    zelfevaluaties.push_back(std::move(*z));
  }
  std::vector<const model::Zelfevaluatie*> given;
  for (const auto& z : zelfevaluaties) given.push_back(&z);
  auto crosswalks = crosswalks_of(sets, options, catalog, limits, diagnostics);
  if (!crosswalks) return input_failure(diagnostics, global);

  const auto result = analysis::evaluate_audit(*audit, sets, given, *crosswalks);
  print_diagnostics(diagnostics, global);
  std::vector<std::string> inputs = {options.audit};
  inputs.insert(inputs.end(), options.zelfevaluaties.begin(), options.zelfevaluaties.end());
  const int written = write_output(options.report.output,
                                   report::render_audit(*audit, options.audit, result,
                                                        options.report.format, options.report.lang),
                                   inputs);
  if (written != kExitClean) return written;
  const bool errors = has_errors(diagnostics);
  const bool warnings = std::any_of(diagnostics.begin(), diagnostics.end(),
                                    [](const auto& d) { return d.severity == Severity::Warning; });
  const bool not_passed = std::any_of(result.labels.begin(), result.labels.end(), [](auto& l) {
    return l.verdict.outcome != analysis::Verdict::Outcome::Pass;
  });
  switch (options.fail_on) {
    case FailOn::Never:
      return kExitClean;
    case FailOn::Errors:
      return errors ? kExitFindings : kExitClean;
    case FailOn::Warnings:
      return errors || warnings ? kExitFindings : kExitClean;
    case FailOn::Gaps:
      return errors || not_passed ? kExitFindings : kExitClean;
  }
  return kExitClean;
}

}  // namespace

Command set_audit_command(CLI::App& parent, GlobalOptions& global) {
  auto options = std::make_shared<AuditOptions>();
  CLI::App* app = parent.add_subcommand(
      "audit",
      "Bring an audit together: per norm of each label the auditor's judgement, and "
      "each label's outcome");
  app->add_option("audit", options->audit, "The audit file (audit/1, YAML or CSV)")
      ->required()
      ->type_name("FILE");
  add_list_option(*app, "--zelfevaluatie", options->zelfevaluaties,
                  "The organisation's zelfevaluatie for a label, shown beside the auditor "
                  "(repeatable, one per label)",
                  "FILE");
  add_list_option(*app, "--crosswalk", options->crosswalks,
                  "Crosswalk file(s) between the labels (default: from the norm-set folders)",
                  "FILE");
  add_report_options(
      *app, options->report,
      {report::Format::Text, report::Format::Markdown, report::Format::Json, report::Format::Csv});
  add_choice_option(*app, "--fail-on", options->fail_on,
                    {{"outcome", FailOn::Gaps},
                     {"errors", FailOn::Errors},
                     {"warnings", FailOn::Warnings},
                     {"never", FailOn::Never}},
                    "Exit 1 on: outcome (errors in the audit file, or a label whose outcome is "
                    "not a pass: failed or incomplete), errors, warnings (errors or warnings) or "
                    "never");
  app->footer(
      "Exit codes: 0 every label passes; 1 a label's outcome is not a pass, or findings (see "
      "--fail-on); 2 a file cannot be read or names an unknown norm set; 3 internal error.");
  return {app, [options, &global] { return run_audit(*options, global); }};
}

}  // namespace labeltool::cli
