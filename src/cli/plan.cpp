// labeltool plan A B: the interview guide of a combined audit, per interview group.
#include <unistd.h>

#include <iostream>
#include <map>

#include "analysis/groups.hpp"
#include "analysis/plan.hpp"
#include "cli/commands.hpp"
#include "report/crosswalk_report.hpp"
#include "report/plan_xlsx.hpp"
#include "util/text.hpp"

namespace labeltool::cli {
namespace {

/// The --group rules, "NEW=OLD[,OLD...]", checked against the groups both sets declare;
/// nullopt after printing what is wrong.
std::optional<std::vector<analysis::GroupRule>> group_rules(
    const std::vector<std::string>& options, const model::NormSet& a, const model::NormSet& b,
    std::vector<analysis::GroupRule> rules) {
  const auto known = analysis::known_groups(a, b);
  std::map<std::string, std::string> moved;  // old group → the rule's group
  for (const auto& rule : rules)             // the --groups file's, checked when it was read
    for (const auto& old : rule.from) moved.emplace(old, rule.id);
  for (const auto& option : options) {
    const auto equals = option.find('=');
    analysis::GroupRule rule;
    if (equals != std::string::npos) {
      rule.id = std::string(util::trim(std::string_view(option).substr(0, equals)));
      std::string_view rest = std::string_view(option).substr(equals + 1);
      while (!rest.empty()) {
        const auto comma = rest.find(',');
        const auto part = util::trim(rest.substr(0, comma));
        if (!part.empty()) rule.from.emplace_back(part);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      }
    }
    if (rule.id.empty() || rule.from.empty()) {
      print_error("--group '" + util::escape_control(option) +
                  "': write NEW=OLD to rename a group or NEW=OLD1,OLD2 to merge groups (known "
                  "groups: " +
                  util::join(known) + ")");
      return std::nullopt;
    }
    for (const auto& old : rule.from) {
      if (std::find(known.begin(), known.end(), old) == known.end()) {
        print_error("--group '" + util::escape_control(option) + "': '" +
                    util::escape_control(old) + "' is not an interview group of " + a.reference() +
                    " or " + b.reference() + " (they have: " + util::join(known) + ")" +
                    util::did_you_mean(old, known));
        return std::nullopt;
      }
      const auto [it, inserted] = moved.emplace(old, rule.id);
      if (!inserted && it->second != rule.id) {
        print_error("--group: '" + util::escape_control(old) + "' is put in both '" + it->second +
                    "' and '" + util::escape_control(rule.id) + "'");
        return std::nullopt;
      }
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

/// True when every --only names a group of `plan`; prints what is wrong otherwise.
bool only_known_groups(const std::vector<std::string>& only, const analysis::Plan& plan) {
  std::vector<std::string> ids;
  for (const auto& group : plan.groups)
    if (!group.discipline.empty()) ids.push_back(group.discipline);
  for (const auto& id : only)
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      print_error("--only '" + util::escape_control(id) +
                  "': no interview group of this plan (it has: " + util::join(ids) + ")" +
                  util::did_you_mean(id, ids));
      return false;
    }
  return true;
}

}  // namespace

Command set_plan_command(CLI::App& parent, GlobalOptions& global) {
  struct Options {
    std::string a, b;
    std::vector<std::string> crosswalks, scope, zelfevaluaties, groups;
    std::string groups_file;        // groups/1 (issue 16)
    std::vector<std::string> only;  // plan --only: the guide for some interviews
    ReportOptions report;
    input::ProposedRows proposed = input::ProposedRows::Refuse;
  };
  auto options = std::make_shared<Options>();
  CLI::App* app = parent.add_subcommand(
      "plan",
      "The interview guide of a combined audit of two labels: per interview group every norm, "
      "all its related norms, what to ask and which evidence to request");
  app->add_option("a", options->a, "First label's norm set")->required()->type_name("A");
  app->add_option("b", options->b, "Second label's norm set")->required()->type_name("B");
  add_list_option(*app, "--crosswalk", options->crosswalks, "Crosswalk file(s) relating A and B",
                  "FILE");
  add_list_option(*app, "--scope", options->scope, "Scope IDs of the audit", "SCOPE");
  add_list_option(*app, "--zelfevaluatie", options->zelfevaluaties,
                  "A zelfevaluatie of A or B (matched by its normset:): its score and toelichting "
                  "beside each norm",
                  "FILE");
  add_list_option(*app, "--group", options->groups,
                  "Ask groups together for this organisation: NEW=OLD renames (or moves OLD "
                  "into NEW), NEW=OLD1,OLD2 merges",
                  "NEW=OLD[,OLD]");
  app->add_option("--groups", options->groups_file,
                  "A groups file (groups/1): the organisation's own interview groups, as --group "
                  "repeated")
      ->type_name("FILE");
  add_list_option(*app, "--only", options->only,
                  "Only the guide for this interview group (repeatable), after --group and "
                  "--groups; the counts stay the whole plan's",
                  "GROUP");
  add_report_options(*app, options->report,
                     {report::Format::Text, report::Format::Markdown, report::Format::Html,
                      report::Format::Json, report::Format::Csv, report::Format::Xlsx});
  add_accept_proposed_option(*app, options->proposed);
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
        auto crosswalk = input::crosswalk_between(*a, *b, options->crosswalks, catalog, limits,
                                                  diagnostics, nullptr, options->proposed);
        if (!crosswalk) return fail();
        const auto scope_a = scope_for(*a, b, options->scope);
        const auto scope_b = scope_for(*b, a, options->scope);
        if (!scope_a || !scope_b) return int{kExitInput};
        std::vector<analysis::GroupRule> file_rules;
        if (!options->groups_file.empty()) {  // groups/1 (issue 16)
          auto groups =
              input::read_groups_argument(options->groups_file, {a, b}, limits, diagnostics);
          if (!groups || has_errors(diagnostics)) return fail();
          file_rules = analysis::group_rules_of(*groups);
        }
        const auto rules = group_rules(options->groups, *a, *b, std::move(file_rules));
        if (!rules) return int{kExitInput};

        analysis::PlanRequest request{a,        b,       &*crosswalk, *scope_a,
                                      *scope_b, nullptr, nullptr,     *rules};
        std::vector<model::Zelfevaluatie> zelfevaluaties;
        zelfevaluaties.reserve(options->zelfevaluaties.size());
        for (const auto& path : options->zelfevaluaties) {
          auto z = input::read_zelfevaluatie_argument(path, limits, diagnostics);
          if (!z || has_errors(diagnostics)) return fail();
          zelfevaluaties.push_back(std::move(*z));
        }
        for (const auto& z : zelfevaluaties) {
          const bool for_a = z.normset == a->reference();
          if (!for_a && z.normset != b->reference()) {
            diagnostics.push_back(make_diagnostic(
                *z.source, z.normset_position, Code::InvalidReference,
                Message{"this zelfevaluatie is for " + z.normset + ", but the plan is for " +
                            a->reference() + " and " + b->reference(),
                        "deze zelfevaluatie hoort bij " + z.normset + ", maar het plan is voor " +
                            a->reference() + " en " + b->reference()}));
            continue;
          }
          auto& slot = for_a ? request.zelfevaluatie_a : request.zelfevaluatie_b;
          if (slot) {
            diagnostics.push_back(make_diagnostic(
                *z.source, z.normset_position, Code::InvalidReference,
                Message{"a second zelfevaluatie for " + z.normset + " (the first is " +
                            slot->source->path() + "); give one per norm set",
                        "een tweede zelfevaluatie voor " + z.normset + " (de eerste is " +
                            slot->source->path() + "); geef er één per normenkader"}));
            continue;
          }
          slot = &z;
        }
        if (has_errors(diagnostics)) return fail();

        auto plan = analysis::make_plan(request);
        if (!options->only.empty()) {
          if (!only_known_groups(options->only, plan)) return int{kExitInput};
          analysis::keep_groups(plan, options->only);
        }
        std::vector<std::string> inputs = {a->source->path(), b->source->path()};
        inputs.insert(inputs.end(), options->zelfevaluaties.begin(), options->zelfevaluaties.end());
        if (options->report.format == report::Format::Xlsx)  // audit workbooks (issue 16)
          return write_workbook(options->report.output, inputs, [&](xlsx::WorkbookWriter& book) {
            report::write_plan_xlsx(book, plan, options->report.lang);
          });
        return write_output(options->report.output,
                            report::render_plan(plan, options->report.format, options->report.lang),
                            inputs);
      }};
}

}  // namespace labeltool::cli
