#include "report/template.hpp"

#include <fmt/core.h>

#include "model/scale.hpp"
#include "report/common.hpp"
#include "report/normset_view.hpp"
#include "util/csv_writer.hpp"
#include "util/text.hpp"
#include "yaml/writer.hpp"

namespace labeltool::report {
namespace {

/// The template's comments are Dutch, as they have always been: the template command has no
/// --lang (yet), and the file is filled in by Dutch organisations.
constexpr Lang kTemplateLang = Lang::Nl;

/// Text for a YAML comment: one line, no control characters.
std::string comment(std::string_view text) {
  return util::escape_control(util::collapse_whitespace(text));
}

}  // namespace

std::string render_template_yaml(const model::NormSet& set, const std::vector<std::string>& scope,
                                 const std::string& date) {
  const Lang lang = kTemplateLang;
  std::string out = fill(kTemplateFor, lang, comment(set.name), set.reference()) + "\n";
  if (auto banner = status_banner(set, lang, BannerLength::Short); !banner.empty())
    out += "# " + comment(banner) + "\n";
  out += fill(kTemplatePerNorm, lang, comment(model::scale_list(set))) + "\n";
  out += std::string(kTemplateCheckWith.in(lang)) + "\n";
  out += "labeltool: zelfevaluatie/1\n";
  out += "normset: " + set.reference() + "\n";
  out += "organisation: \"\"\n";
  if (!scope.empty()) {
    std::vector<std::string> quoted;
    for (const auto& s : scope) quoted.push_back(yaml::quote(s));
    out += "scope: [" + util::join(quoted) + "]\n";
  }
  out += "date: " + date + "\n";
  out += "filled_in_by: []\n";
  out += "answers:\n";
  for (const auto& theme : set.themes) {
    bool header_written = false;
    for (const auto& norm : theme.norms) {
      if (!norm.applies_to_any(scope)) continue;
      if (!header_written) {
        out += fmt::format("\n  # ── {} {} ──\n", comment(theme.id), comment(theme.title));
        header_written = true;
      }
      out += fmt::format("  # {} {}\n", comment(norm.id), comment(norm.title));
      if (!norm.evidence.empty()) {
        out += fmt::format("  #   {}: {}\n", kTemplateEvidence.in(lang),
                           comment(util::join(norm.evidence, "; ")));
      }
      out += "  " + yaml::quote(norm.id) + ":\n";
      out += "    score:\n    toelichting:\n    evidence: []\n";
    }
  }
  return out;
}

std::string render_template_csv(const model::NormSet& set, const std::vector<std::string>& scope,
                                const std::string& date, CsvDialect dialect) {
  const char d = dialect == CsvDialect::ExcelNl ? ';' : ',';
  const auto row = [d](const std::vector<std::string>& cells) { return util::csv_row(cells, d); };
  std::string out = dialect == CsvDialect::ExcelNl ? "\xEF\xBB\xBF" : "";
  out += row({"labeltool", "zelfevaluatie/1"});
  out += row({"normset", set.reference()});
  out += row({"organisation", ""});
  out += row({"scope", util::join(scope, "|")});
  out += row({"date", date});
  out += row({"filled_in_by", ""});
  out += "\r\n";
  out += row({"norm", "title", "score", "toelichting", "evidence", "action", "owner", "due"});
  for (const auto& theme : set.themes)
    for (const auto& norm : theme.norms)
      if (norm.applies_to_any(scope)) out += row({norm.id, norm.title, "", "", "", "", "", ""});
  return out;
}

}  // namespace labeltool::report
