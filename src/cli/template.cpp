// labeltool template NORMSET: an empty zelfevaluatie to fill in, as YAML, as CSV for Excel, or as
// an Excel workbook.
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "report/normset_view.hpp"
#include "report/template.hpp"
#include "report/template_xlsx.hpp"
#include "util/text.hpp"

namespace labeltool::cli {
namespace {

/// What the template is written as. The workbook is not a report::Format: it is not text, and
/// only the template and gap -o write one.
enum class TemplateFormat { Yaml, Csv, Xlsx };

}  // namespace

Command set_template_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string normset;
    std::vector<std::string> scope;
    TemplateFormat format = TemplateFormat::Yaml;
    report::CsvDialect csv_dialect = report::CsvDialect::ExcelNl;
    std::string output;
    report::Lang lang = report::Lang::Nl;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "template",
      "Write an empty zelfevaluatie for a norm set, as YAML, as CSV for Excel, or as an "
      "Excel workbook (xlsx)");
  app->add_option("normset", options->normset, "The norm set: id@version or a file")
      ->required()
      ->type_name("NORMSET");
  add_list_option(*app, "--scope", options->scope,
                  "Scope IDs of the audit (repeatable); norms that apply to none are left out",
                  "SCOPE");
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
  return {
      app, [options, &global] {
        auto catalog = global.catalog();
        Diagnostics diagnostics;
        const model::NormSet* set =
            input::load_normset_argument(options->normset, catalog, global.limits(), diagnostics);
        if (!set) return input_failure(diagnostics, global);
        if (!scope_for(*set, nullptr, options->scope)) return int{kExitInput};
        const std::string today = today_iso();
        if (options->format == TemplateFormat::Xlsx) {  // xlsx writer (issue 13)
          const std::string name = file_name_of(options->output);
          return write_workbook(options->output, {set->source->path()}, [&](xlsx::Workbook& book) {
            report::write_template_xlsx(book, *set, options->scope, today, name, options->lang);
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
