#include "report/normset_view.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "model/scale.hpp"
#include "report/common.hpp"
#include "report/markdown.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using util::escape_control;

/// "voldoet (met) / voldoet deels (partly-met) / …": values with what they mean.
std::string scale_text(const model::NormSet& set) {
  return model::scale_list(set, model::ScaleListing::WithMeanings);
}

}  // namespace

std::string status_banner(const model::NormSet& set, Lang lang, BannerLength length) {
  if (set.status == model::Status::Official) return {};
  const bool draft = set.status == model::Status::Draft;
  const std::string_view label = (draft ? kDraft : kIllustrative).in(lang);
  if (length == BannerLength::Short)
    return fill(draft ? kDraftBanner : kIllustrativeBanner, lang, label, set.reference());
  return fmt::format("{}: {}", label, escape_control(util::collapse_whitespace(set.status_note)));
}

std::string render_normset_text(const model::NormSet& set, Lang lang) {
  std::string out = fmt::format("{} ({})\n", escape_control(set.name), set.reference());
  const std::string valid_from = set.valid_from.empty() ? "-" : escape_control(set.valid_from);
  out += fmt::format("{}: {}  {}: {}  {}: {}  {} {}, {} {}\n", kStatus.in(lang),
                     model::status_name(set.status), kOwner.in(lang), escape_control(set.owner),
                     kValidFrom.in(lang), valid_from, set.themes.size(), kThemes.in(lang),
                     set.norm_count(), kNorms.in(lang));
  if (!set.resolved_from.empty())
    out += fmt::format("{}: {}\n", kExtends.in(lang), util::join(set.resolved_from));
  if (auto banner = status_banner(set, lang); !banner.empty())
    out += util::wrap(banner, 100) + "\n";
  out += fmt::format("{}: {}\n", kScale.in(lang),
                     set.scale.empty() ? "-" : escape_control(scale_text(set)));
  if (set.verdict) {
    out += fmt::format("{}: {}\n", kVerdictRule.in(lang),
                       escape_control(util::collapse_whitespace(set.verdict->description)));
  }
  for (const auto& theme : set.themes) {
    out += fmt::format("\n{}  {} ({} {})\n", escape_control(theme.id), escape_control(theme.title),
                       theme.norms.size(), kNorms.in(lang));
    for (const auto& norm : theme.norms) {
      out += fmt::format("  {:<6} {}", escape_control(norm.id), escape_control(norm.title));
      if (!norm.applies_to.empty()) {
        out += fmt::format("  [{}: {}]", kAppliesTo.in(lang),
                           escape_control(util::join(norm.applies_to)));
      }
      out += '\n';
    }
  }
  return out;
}

namespace {

/// One norm of the Markdown outline: its text, then guidance, evidence, scopes, disciplines.
std::string norm_markdown(const model::Norm& norm, Lang lang) {
  const auto md = markdown_escape;
  std::string out = fmt::format("\n### {} {}\n\n{}\n", md(norm.id), md(norm.title), md(norm.text));
  if (!norm.guidance.empty())
    out += fmt::format("\n*{}:* {}\n", kGuidance.in(lang), md(norm.guidance));
  if (!norm.evidence.empty()) {
    out += fmt::format("\n*{}:*\n\n", kEvidence.in(lang));
    for (const auto& e : norm.evidence) out += "- " + md(e) + "\n";
  }
  if (!norm.applies_to.empty())
    out += fmt::format("\n*{}:* {}\n", kAppliesTo.in(lang), md(util::join(norm.applies_to)));
  if (!norm.discipline.empty())
    out += fmt::format("\n*{}:* {}\n", kDiscipline.in(lang), md(util::join(norm.discipline)));
  return out;
}

}  // namespace

std::string render_normset_markdown(const model::NormSet& set, Lang lang) {
  const auto md = markdown_escape;
  std::string out = fmt::format("# {} ({})\n\n", md(set.name), set.reference());
  if (auto banner = status_banner(set, lang); !banner.empty())
    out += "> **" + md(banner) + "**\n\n";
  out += fmt::format("- {}: {}\n- {}: {}\n", kStatus.in(lang), model::status_name(set.status),
                     kOwner.in(lang), md(set.owner));
  if (!set.valid_from.empty())
    out += fmt::format("- {}: {}\n", kValidFrom.in(lang), md(set.valid_from));
  if (!set.resolved_from.empty())
    out += fmt::format("- {}: {}\n", kExtends.in(lang), util::join(set.resolved_from));
  out += fmt::format("- {}: {}\n", kScale.in(lang), md(scale_text(set)));
  if (set.verdict)
    out += fmt::format("- {}: {}\n", kVerdictRule.in(lang), md(set.verdict->description));
  if (!set.sources.empty()) {
    std::vector<std::string> links;
    for (const auto& s : set.sources) links.push_back("<" + md(s) + ">");
    out += fmt::format("- {}: {}\n", kSources.in(lang), util::join(links));
  }
  for (const auto& theme : set.themes) {
    out += fmt::format("\n## {} {}\n", md(theme.id), md(theme.title));
    if (!theme.description.empty()) out += "\n" + md(theme.description) + "\n";
    for (const auto& norm : theme.norms) out += norm_markdown(norm, lang);
  }
  return out;
}

std::string render_normset_json(const model::NormSet& set) {
  util::JsonWriter json;
  const auto strings = [&](const std::vector<std::string>& items) {
    json.begin_array();
    for (const auto& item : items) json.value(item);
    json.end_array();
  };
  json.begin_object();
  json.key("schema").value("labeltool-normset/1");
  json.key("reference").value(set.reference());
  json.key("id").value(set.id);
  json.key("version").value(set.version);
  json.key("name").value(set.name);
  json.key("owner").value(set.owner);
  json.key("status").value(model::status_name(set.status));
  json.key("status_note").value(set.status_note);
  json.key("valid_from").value(set.valid_from);
  json.key("extends");
  strings(set.resolved_from);
  json.key("sources");
  strings(set.sources);
  json.key("scale").begin_array();
  for (const auto& v : set.scale) {
    json.begin_object().key("value").value(v.value).key("meaning").value(
        model::meaning_name(v.meaning));
    json.key("score");
    if (v.score)
      json.value(*v.score);
    else
      json.null();
    json.end_object();
  }
  json.end_array();
  json.key("themes").begin_array();
  for (const auto& theme : set.themes) {
    json.begin_object().key("id").value(theme.id).key("title").value(theme.title);
    json.key("norms").begin_array();
    for (const auto& norm : theme.norms) {
      json.begin_object();
      json.key("id").value(norm.id).key("title").value(norm.title).key("text").value(norm.text);
      json.key("guidance").value(norm.guidance);
      json.key("evidence");
      strings(norm.evidence);
      json.key("applies_to");
      strings(norm.applies_to);
      json.key("discipline");
      strings(norm.discipline);
      json.end_object();
    }
    json.end_array().end_object();
  }
  json.end_array();
  json.end_object();
  return json.str();
}

std::string render_normset_list(const std::vector<NormSetRow>& rows) {
  std::size_t width = 9;
  for (const auto& row : rows) width = std::max(width, row.reference.size());
  std::string out = fmt::format("{:<{}}  {:<12}  {:>5}  {}\n", "NORM SET", width, "STATUS", "NORMS",
                                "NAME (FILE)");
  for (const auto& row : rows) {
    out += fmt::format("{:<{}}  {:<12}  {:>5}  {} ({}){}\n", escape_control(row.reference), width,
                       row.status, row.norms, escape_control(row.name), escape_control(row.path),
                       row.has_errors ? "  [has errors: run labeltool lint]" : "");
  }
  return out;
}

}  // namespace labeltool::report
