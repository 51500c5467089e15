// labeltool gap ZELFEVALUATIE --target NORMSET: carry answers over to another label.
#include <unistd.h>

#include <iostream>

#include "analysis/transfer.hpp"
#include "cli/commands.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/crosswalk_report.hpp"

namespace labeltool::cli {

Command set_gap_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string zelfevaluatie, target, output, format = "text", lang = "nl", today;
    std::vector<std::string> crosswalks, scope;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "gap", "Carry a zelfevaluatie's answers over to another label and show what is left to do");
  app->add_option("zelfevaluatie", options->zelfevaluatie, "The zelfevaluatie to carry over")
      ->required()->type_name("FILE");
  app->add_option("--target", options->target, "The other label's norm set (id@version or file)")
      ->required()->type_name("NORMSET");
  app->add_option("--crosswalk", options->crosswalks,
                  "Crosswalk file(s); several are chained where that is sound")
      ->type_name("FILE")->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--scope", options->scope,
                  "Scope IDs of the target (default: the zelfevaluatie's scopes the target declares)")
      ->type_name("SCOPE")->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("-o,--output", options->output,
                  "Write the pre-filled zelfevaluatie for the target here (atomically)")
      ->type_name("FILE");
  app->add_option("--format", options->format, "Format of the gap report")
      ->check(CLI::IsMember({"text", "markdown", "json"}))->capture_default_str();
  app->add_option("--lang", options->lang, "Language: nl or en")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
  add_today_option(*app, options->today);
  return {app, [options, &global] {
    const auto limits = global.limits();
    auto catalog = global.catalog();
    Diagnostics diagnostics;
    const auto fail = [&] {
      print_diagnostics(diagnostics, global);
      return int{kExitInput};
    };
    auto z = read::read_zelfevaluatie_file(options->zelfevaluatie, limits, diagnostics);
    if (!z || has_errors(diagnostics)) return fail();
    const model::NormSet* source = catalog.resolve(z->normset, *z->source, z->normset_position, diagnostics);
    const model::NormSet* target = load_normset_argument(options->target, catalog, limits, diagnostics);
    if (!source || !target) return fail();
    std::vector<analysis::UnsoundChain> unsound;
    auto crosswalk = crosswalk_between(*source, *target, options->crosswalks, catalog, limits, diagnostics, &unsound);
    if (!crosswalk) return fail();
    std::vector<std::string> scope = options->scope;
    if (scope.empty()) {
      for (const auto& id : z->scope)
        for (const auto& declared : target->scopes)
          if (declared.id == id) scope.push_back(id);
    } else if (!scope_for(*target, nullptr, scope)) {
      return int{kExitInput};
    }
    const auto result = analysis::transfer(*z, *source, *target, *crosswalk, scope);
    const auto lang = options->lang == "en" ? report::Lang::En : report::Lang::Nl;
    const std::vector<std::string> inputs = {options->zelfevaluatie, source->source->path(), target->source->path()};
    if (!options->output.empty()) {
      const int code = write_output(options->output,
                                    report::render_prefilled(*z, *source, *target, result, today_or_now(options->today)),
                                    inputs);
      if (code != kExitClean) return code;
    }
    return write_output("", report::render_transfer(*source, *target, result, unsound, parse_format(options->format), lang),
                        inputs);
  }};
}

}  // namespace labeltool::cli
