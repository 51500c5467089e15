#include "report/template.hpp"

#include <fmt/core.h>

#include "read/csv.hpp"
#include "report/normset_view.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

/// Text for a YAML comment: one line, no control characters.
std::string comment(std::string_view text) {
  return util::escape_control(util::collapse_whitespace(text));
}

std::string scale_values(const model::NormSet& set) {
  std::vector<std::string> values;
  for (const auto& v : set.scale) values.push_back(v.value);
  return util::join(values, " / ");
}

}  // namespace

std::string yaml_quote(std::string_view text) {
  // escape_control writes every control character (C0, DEL, C1) as an escape that YAML's
  // double-quoted style reads back as that character (\n \t \r \xNN \u00NN); only the
  // quote and the backslash are left to escape here.
  std::string escaped;
  escaped.reserve(text.size() + 2);
  for (const char c : text) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return "\"" + util::escape_control(escaped) + "\"";
}

std::string render_template_yaml(const model::NormSet& set, const std::vector<std::string>& scope,
                                 const std::string& date) {
  std::string out = fmt::format("# Zelfevaluatie voor {} ({})\n", comment(set.name), set.reference());
  if (auto banner = status_banner(set, Lang::Nl, BannerLength::Short); !banner.empty())
    out += "# " + comment(banner) + "\n";
  out += "# Per norm: score (" + comment(scale_values(set)) +
         "), toelichting, evidence,\n# en bij alles wat niet volledig voldoet: action, owner en due (JJJJ-MM-DD).\n";
  out += "# Controleer met: labeltool check <dit bestand>\n";
  out += "labeltool: zelfevaluatie/1\n";
  out += "normset: " + set.reference() + "\n";
  out += "organisation: \"\"\n";
  if (!scope.empty()) {
    std::vector<std::string> quoted;
    for (const auto& s : scope) quoted.push_back(yaml_quote(s));
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
      if (!norm.evidence.empty())
        out += "  #   bewijs: " + comment(util::join(norm.evidence, "; ")) + "\n";
      out += "  " + yaml_quote(norm.id) + ":\n";
      out += "    score:\n    toelichting:\n    evidence: []\n";
    }
  }
  return out;
}

std::string render_template_csv(const model::NormSet& set, const std::vector<std::string>& scope,
                                const std::string& date) {
  constexpr char d = ',';
  const auto row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + read::csv_cell(cells[i], d);
    return line + "\r\n";
  };
  std::string out = row({"labeltool", "zelfevaluatie/1"});
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
