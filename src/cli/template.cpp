// labeltool template NORMSET: an empty zelfevaluatie to fill in, as YAML, as CSV for Excel, or as
// an Excel workbook; with --audit, the empty audit form of one or more norm sets.
#include <unistd.h>

#include <iostream>

#include "analysis/groups.hpp"
#include "cli/commands.hpp"
#include "report/audit_template.hpp"
#include "report/audit_xlsx.hpp"
#include "report/normset_view.hpp"
#include "report/template.hpp"
#include "report/template_xlsx.hpp"
#include "util/text.hpp"

namespace labeltool::cli {

namespace {

/// What the template is written as. The workbook is not a report::Format: it is not text, and
/// only the template and gap -o write one.
enum class TemplateFormat { Yaml, Csv, Xlsx };

struct TemplateOptions {
  std::vector<std::string> normsets;
  bool audit = false;  // audit/1: an empty audit form instead of a zelfevaluatie
  std::vector<std::string> scope;
  TemplateFormat format = TemplateFormat::Yaml;
  report::CsvDialect csv_dialect = report::CsvDialect::ExcelNl;
  std::string output;
  report::Lang lang = report::Lang::Nl;
  std::string groups_file;  // groups/1 (issue 16): --groups, with --audit
};

/// --audit: the scope IDs each set declares go to that set; an ID no set declares is an error.
int run_audit_template(const TemplateOptions& options, GlobalOptions& global) {
  auto catalog = global.catalog();
  Diagnostics diagnostics;
  std::vector<analysis::FormSet> sets;
  for (const auto& argument : options.normsets) {
    const model::NormSet* set =
        input::load_normset_argument(argument, catalog, global.limits(), diagnostics);
    if (!set) return input_failure(diagnostics, global);
    sets.push_back({set, {}});
  }
  for (const auto& scope : options.scope) {
    bool declared = false;
    for (auto& form : sets)
      for (const auto& named : form.set->scopes)
        if (named.id == scope) form.scope.push_back(scope), declared = true;
    if (!declared) {
      std::vector<std::string> known;
      for (const auto& form : sets)
        for (const auto& named : form.set->scopes) known.push_back(named.id);
      print_error("scope '" + util::escape_control(scope) +
                  "' is declared by none of the norm "
                  "sets" +
                  did_you_mean(scope, known).en);
      return kExitInput;
    }
  }
  std::vector<analysis::GroupRule> groups;
  if (!options.groups_file.empty()) {  // groups/1 (issue 16)
    std::vector<const model::NormSet*> plain;
    for (const auto& form : sets) plain.push_back(form.set);
    auto file =
        input::read_groups_argument(options.groups_file, plain, global.limits(), diagnostics);
    if (!file || has_errors(diagnostics)) return input_failure(diagnostics, global);
    groups = analysis::group_rules_of(*file);
  }
  const std::string today = today_iso();
  std::vector<std::string> inputs;
  for (const auto& form : sets) inputs.push_back(form.set->source->path());
  if (options.format == TemplateFormat::Xlsx) {  // audit workbooks (issue 16)
    const std::string name = file_name_of(options.output);
    return write_workbook(options.output, inputs, [&](xlsx::WorkbookWriter& book) {
      report::write_audit_template_xlsx(book, sets, today, name, options.lang, groups);
    });
  }
  const std::string content =
      options.format == TemplateFormat::Csv
          ? report::render_audit_template_csv(sets, today, options.csv_dialect, groups)
          : report::render_audit_template_yaml(sets, today, groups);
  return write_output(options.output, content, inputs);
}

}  // namespace

Command set_template_command(CLI::App& parent, GlobalOptions& global) {
  auto options = std::make_shared<TemplateOptions>();
  CLI::App* app = parent.add_subcommand(
      "template",
      "Write an empty zelfevaluatie for a norm set, as YAML, as CSV for Excel, or as an Excel "
      "workbook (xlsx); with --audit an empty audit form for one or more norm sets");
  app->add_option("normset", options->normsets,
                  "The norm set: id@version or a file (with --audit: one or more)")
      ->required()
      ->type_name("NORMSET");
  app->add_flag("--audit", options->audit,
                "Write an empty audit form (audit/1) for the norm sets: one interview per "
                "interview group, each with the norms that group answers");
  add_list_option(*app, "--scope", options->scope,
                  "Scope IDs of the audit (repeatable); norms that apply to none are left out",
                  "SCOPE");
  app->add_option("--groups", options->groups_file,
                  "With --audit: a groups file (groups/1), the organisation's own interview groups "
                  "(one interview per group)")
      ->type_name("FILE");
  add_choice_option(*app, "--format", options->format,
                    {{"yaml", TemplateFormat::Yaml},
                     {"csv", TemplateFormat::Csv},
                     {"xlsx", TemplateFormat::Xlsx}},
                    "yaml, csv or xlsx (a workbook with a drop-down per score, a live Stand "
                    "sheet and an Uitleg sheet; needs -o)");
  add_choice_option(
      *app, "--csv-dialect", options->csv_dialect,
      {{"excel-nl", report::CsvDialect::ExcelNl}, {"comma", report::CsvDialect::Comma}},
      "For --format csv: excel-nl (';' and a UTF-8 byte order mark, which Excel with "
      "Dutch settings opens into columns with accents intact) or comma (',', no "
      "byte order mark)");
  app->add_option("-o,--output", options->output, "Write to this file (atomically)")
      ->type_name("FILE");
  // xlsx writer (issue 13): the workbook's labels and Uitleg sheet; YAML and CSV stay Dutch.
  add_lang_option(*app, options->lang);
  return {app, [options, &global] {
            if (options->audit) return run_audit_template(*options, global);
            if (!options->groups_file.empty()) {
              print_error("--groups is for the audit form: add --audit");
              return int{kExitInput};
            }
            if (options->normsets.size() != 1) {
              print_error(
                  "template writes a zelfevaluatie for one norm set; for an audit form of several, "
                  "add --audit");
              return int{kExitInput};
            }
            auto catalog = global.catalog();
            Diagnostics diagnostics;
            const model::NormSet* set = input::load_normset_argument(
                options->normsets.front(), catalog, global.limits(), diagnostics);
            if (!set) return input_failure(diagnostics, global);
            if (!scope_for(*set, nullptr, options->scope)) return int{kExitInput};
            const std::string today = today_iso();
            if (options->format == TemplateFormat::Xlsx) {  // xlsx writer (issue 13)
              const std::string name = file_name_of(options->output);
              return write_workbook(options->output, {set->source->path()},
                                    [&](xlsx::WorkbookWriter& book) {
                                      report::write_template_xlsx(book, *set, options->scope, today,
                                                                  name, options->lang);
                                    });
            }
            const std::string content =
                options->format == TemplateFormat::Csv
                    ? report::render_template_csv(*set, options->scope, today, options->csv_dialect)
                    : report::render_template_yaml(*set, options->scope, today);
            return write_output(options->output, content, {set->source->path()});
          }};
}

}  // namespace labeltool::cli
