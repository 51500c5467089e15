#include "report/audit_template.hpp"

#include <fmt/core.h>

#include "model/scale.hpp"
#include "report/common.hpp"
#include "util/csv_writer.hpp"
#include "util/text.hpp"
#include "yaml/writer.hpp"

namespace labeltool::report {
namespace {

/// Dutch, as the zelfevaluatie template: the form is filled in during a Dutch audit.
constexpr Lang kFormLang = Lang::Nl;

/// Text for a YAML comment: one line, no control characters.
std::string comment(std::string_view text) {
  return util::escape_control(util::collapse_whitespace(text));
}

std::string references(const std::vector<analysis::FormSet>& sets) {
  std::vector<std::string> out;
  for (const auto& form : sets) out.push_back(form.set->reference());
  return util::join(out, " + ");
}

/// The one line on the sets that are not official, or "".
std::string status_comment(const std::vector<analysis::FormSet>& sets) {
  std::vector<std::string> unofficial, shows;
  for (const auto& form : sets)
    if (form.set->status != model::Status::Official) {
      unofficial.push_back(form.set->reference());
      shows.push_back("'labeltool show " + form.set->reference() + "'");
    }
  if (unofficial.empty()) return {};
  return "# " +
         fill(unofficial.size() == 1 ? kAuditIllustrativeOne : kAuditIllustrativeMany, kFormLang,
              util::join(unofficial, " en "), util::join(shows, " en ")) +
         "\n";
}

}  // namespace

std::string render_audit_template_yaml(const std::vector<analysis::FormSet>& sets,
                                       const std::string& date,
                                       const std::vector<analysis::GroupRule>& groups) {
  const Lang lang = kFormLang;
  std::string out = fill(kAuditTemplateFor, lang, references(sets)) + "\n";
  out += status_comment(sets);
  out += std::string(kAuditTemplatePerNorm.in(lang)) + "\n";
  for (const auto& form : sets)
    out += fmt::format("#   {} {}: {}\n", form.set->reference(), kAuditTemplateScale.in(lang),
                       comment(model::scale_list(*form.set)));
  out += std::string(kAuditTemplateCheckWith.in(lang)) + "\n";
  out += "labeltool: audit/1\norganisation: \"\"\nauditors: []\nnormsets:\n";
  for (const auto& form : sets) {
    out += "  - normset: " + form.set->reference() + "\n";
    if (!form.scope.empty()) {
      std::vector<std::string> quoted;
      for (const auto& s : form.scope) quoted.push_back(yaml::quote(s));
      out += "    scope: [" + util::join(quoted) + "]\n";
    }
  }
  out += "interviews:\n";
  for (const auto& interview : analysis::audit_form(sets, groups)) {
    out += fmt::format("\n  # ── {}: {} ──\n", comment(interview.id), comment(interview.name));
    if (interview.groups.size() > 1)
      out += "  # " + fill(kAuditTemplateAskedTogether, lang, util::join(interview.groups)) + "\n";
    out += "  - id: " + yaml::quote(interview.id) + "\n";
    out += "    date: " + date + "\n";
    out += "    group: " + yaml::quote(interview.group.id) + "\n";
    if (const auto also = interview.also_groups(); !also.empty())
      out += "    also_groups: [" + util::join(also) + "]\n";
    out += "    heard: []\n    labels:\n";
    for (std::size_t s = 0; s < sets.size(); ++s) {
      if (interview.norms[s].empty()) continue;
      out += "      - normset: " + sets[s].set->reference() + "\n        judgements:\n";
      for (const model::Norm* norm : interview.norms[s]) {
        out += fmt::format("          # {} {}\n", comment(norm->id), comment(norm->title));
        if (!norm->evidence.empty())
          out += fmt::format("          #   {}: {}\n", kTemplateEvidence.in(lang),
                             comment(util::join(norm->evidence, "; ")));
        out += "          " + yaml::quote(norm->id) + ":\n";
        out += "            judgement:\n            observation:\n            evidence: []\n";
      }
    }
  }
  return out;
}

std::string render_audit_template_csv(const std::vector<analysis::FormSet>& sets,
                                      const std::string& date, CsvDialect dialect,
                                      const std::vector<analysis::GroupRule>& groups) {
  const char d = dialect == CsvDialect::ExcelNl ? ';' : ',';
  const auto row = [d](const std::vector<std::string>& cells) { return util::csv_row(cells, d); };
  std::string out = dialect == CsvDialect::ExcelNl ? "\xEF\xBB\xBF" : "";
  out += row({"labeltool", "audit/1"});
  out += row({"organisation", ""});
  out += row({"auditors", ""});
  for (const auto& form : sets)
    out += row({"normset", form.set->reference(), util::join(form.scope, "|")});
  out += "\r\n";
  out += row({"interview", "date", "group", "heard", "normset", "norm", "title", "judgement",
              "observation", "evidence"});
  for (const auto& interview : analysis::audit_form(sets, groups)) {
    bool first = true;
    for (std::size_t s = 0; s < sets.size(); ++s)
      for (const model::Norm* norm : interview.norms[s]) {
        // Date and group on the interview's first row; the rows after it may leave them empty.
        // A merged interview's group cell lists every group asked, its `group` first.
        out += row({interview.id, first ? date : "", first ? util::join(interview.groups, "|") : "",
                    "", sets[s].set->reference(), norm->id, norm->title, "", "", ""});
        first = false;
      }
  }
  return out;
}

}  // namespace labeltool::report
