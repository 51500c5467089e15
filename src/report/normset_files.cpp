#include "report/normset_files.hpp"

#include <fmt/core.h>

#include "util/csv_writer.hpp"
#include "util/text.hpp"
#include "yaml/writer.hpp"

namespace labeltool::report {
namespace {

using util::csv_row;

std::string number_text(double value) {
  std::string text = fmt::format("{}", value);
  return text;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const auto& item : items) quoted.push_back(yaml::quote(item));
  return "[" + util::join(quoted) + "]";
}

}  // namespace

std::string render_normset_yaml(const model::NormSet& set) {
  std::string out = "labeltool: normset/1\n";
  const auto line = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) out += std::string(key) + ": " + yaml::quote(value) + "\n";
  };
  line("id", set.id);
  line("version", set.version);
  line("name", set.name);
  line("owner", set.owner);
  if (!set.valid_from.empty()) out += "valid_from: " + yaml::quote(set.valid_from) + "\n";
  if (!set.valid_until.empty()) out += "valid_until: " + yaml::quote(set.valid_until) + "\n";
  line("language", set.language);
  out += "status: " + std::string(model::status_name(set.status)) + "\n";
  line("status_note", set.status_note);
  if (!set.sources.empty()) out += "source: " + quoted_list(set.sources) + "\n";
  out += "scale:\n";
  for (const auto& value : set.scale) {
    out += "  - value: " + yaml::quote(value.value) +
           "\n    meaning: " + std::string(model::meaning_name(value.meaning)) + "\n";
    if (value.score) out += "    score: " + number_text(*value.score) + "\n";
  }
  if (set.verdict) {
    out += "verdict:\n";
    if (set.verdict->max_not_met)
      out += fmt::format("  max_not_met: {}\n", *set.verdict->max_not_met);
    if (set.verdict->max_partly_met)
      out += fmt::format("  max_partly_met: {}\n", *set.verdict->max_partly_met);
    if (set.verdict->min_met_percent)
      out += "  min_met_percent: " + number_text(*set.verdict->min_met_percent) + "\n";
    out += "  description: " + yaml::quote(set.verdict->description) + "\n";
  }
  const auto named = [&](std::string_view key, const std::vector<model::NamedId>& items,
                         bool present) {
    if (!present) return;
    out += std::string(key) + ":" + (items.empty() ? " []\n" : "\n");
    for (const auto& item : items)
      out += "  - id: " + yaml::quote(item.id) + "\n    name: " + yaml::quote(item.name) + "\n";
  };
  named("scopes", set.scopes, set.has_scopes || !set.scopes.empty());
  named("disciplines", set.disciplines, set.has_disciplines || !set.disciplines.empty());
  if (!set.maturity_levels.empty()) {
    out += "maturity_levels:\n";
    for (const auto& level : set.maturity_levels) {
      out += fmt::format("  - level: {}\n", level.level);
      if (!level.name.empty()) out += "    name: " + yaml::quote(level.name) + "\n";
    }
  }
  out += "themes:\n";
  for (const auto& theme : set.themes) {
    out += "  - id: " + yaml::quote(theme.id) + "\n    title: " + yaml::quote(theme.title) + "\n";
    if (!theme.description.empty())
      out += "    description: " + yaml::quote(theme.description) + "\n";
    out += "    norms:\n";
    for (const auto& norm : theme.norms) {
      out += "      - id: " + yaml::quote(norm.id) + "\n        title: " + yaml::quote(norm.title) +
             "\n";
      out += "        text: " + yaml::quote(norm.text) + "\n";
      if (!norm.guidance.empty()) out += "        guidance: " + yaml::quote(norm.guidance) + "\n";
      if (!norm.evidence.empty()) out += "        evidence: " + quoted_list(norm.evidence) + "\n";
      if (!norm.applies_to.empty())
        out += "        applies_to: " + quoted_list(norm.applies_to) + "\n";
      if (!norm.discipline.empty())
        out += "        discipline: " + quoted_list(norm.discipline) + "\n";
    }
  }
  return out;
}

std::string render_normset_csv(const model::NormSet& set) {
  std::string out = csv_row({"labeltool", "normset/1"});
  const auto pair = [&](const std::string& key, const std::string& value) {
    if (!value.empty()) out += csv_row({key, value});
  };
  pair("id", set.id);
  pair("version", set.version);
  pair("name", set.name);
  pair("owner", set.owner);
  pair("valid_from", set.valid_from);
  pair("valid_until", set.valid_until);
  pair("language", set.language);
  pair("status", std::string(model::status_name(set.status)));
  pair("status_note", set.status_note);
  for (const auto& source : set.sources) out += csv_row({"source", source});
  for (const auto& value : set.scale)
    out += csv_row({"scale", value.value, std::string(model::meaning_name(value.meaning)),
                    value.score ? number_text(*value.score) : ""});
  if (set.verdict) {
    if (set.verdict->max_not_met)
      pair("verdict.max_not_met", std::to_string(*set.verdict->max_not_met));
    if (set.verdict->max_partly_met)
      pair("verdict.max_partly_met", std::to_string(*set.verdict->max_partly_met));
    if (set.verdict->min_met_percent)
      pair("verdict.min_met_percent", number_text(*set.verdict->min_met_percent));
    pair("verdict.description", set.verdict->description);
  }
  for (const auto& scope : set.scopes) out += csv_row({"scope", scope.id, scope.name});
  for (const auto& discipline : set.disciplines)
    out += csv_row({"discipline", discipline.id, discipline.name});
  for (const auto& level : set.maturity_levels)
    out += csv_row({"maturity_level", std::to_string(level.level), level.name});
  for (const auto& theme : set.themes)
    out += csv_row({"theme", theme.id, theme.title, theme.description});
  out += "\r\n";
  out += csv_row(
      {"theme", "norm", "title", "text", "guidance", "evidence", "applies_to", "discipline"});
  for (const auto& theme : set.themes)
    for (const auto& norm : theme.norms)
      out += csv_row({theme.id, norm.id, norm.title, norm.text, norm.guidance,
                      util::join(norm.evidence, "\n"), util::join(norm.applies_to, "|"),
                      util::join(norm.discipline, "|")});
  return out;
}

}  // namespace labeltool::report
