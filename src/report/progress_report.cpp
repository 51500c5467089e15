#include "report/progress_report.hpp"

#include <fmt/core.h>

#include "report/markdown.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {

using analysis::Change;

const Phrase& change_word(Change change) {
  switch (change) {
    case Change::Better:
      return kBetter;
    case Change::Worse:
      return kWorse;
    case Change::Unchanged:
      return kSameScore;
    case Change::New:
      return kNewAnswer;
    case Change::Removed:
      return kRemoved;
  }
  return kSameScore;
}

namespace {

using analysis::Change;
using util::escape_control;

std::string counts(const analysis::ThemeProgress& t, Lang lang) {
  return fmt::format("{} {}, {} {}, {} {}, {} {}, {} {}", t.better, kBetter.in(lang), t.worse,
                     kWorse.in(lang), t.added, kNewAnswer.in(lang), t.removed, kRemoved.in(lang),
                     t.unchanged, kSameScore.in(lang));
}

}  // namespace

std::string render_progress_text(const ProgressHeader& header, const analysis::Progress& progress,
                                 Lang lang) {
  std::string out = fmt::format("{}: {} — {} → {}\n", kZelfevaluatie.in(lang),
                                escape_control(header.organisation),
                                escape_control(header.old_date), escape_control(header.new_date));
  out += fmt::format("{}: {}\n", kNormSet.in(lang), escape_control(header.normset));
  if (!header.status_banner.empty()) out += util::wrap(header.status_banner, 100) + "\n";
  out += fmt::format("\n{}\n", kChanges.in(lang));
  bool any = false;
  for (const auto& n : progress.norms) {
    if (n.change == Change::Unchanged) continue;
    any = true;
    out += fmt::format(
        "  {:<6} {:<10} {} → {}  ({})\n", escape_control(n.norm->id),
        change_word(n.change).in(lang), n.old_score.empty() ? "-" : escape_control(n.old_score),
        n.new_score.empty() ? "-" : escape_control(n.new_score), escape_control(n.norm->title));
  }
  if (!any) out += fmt::format("  {}\n", kNone.in(lang));
  out += fmt::format("\n{}\n", kStanding.in(lang));
  for (const auto& t : progress.themes) {
    out += fmt::format("  {:<4} {}: {}\n", escape_control(t.theme_id), escape_control(t.title),
                       counts(t, lang));
  }
  out += fmt::format("  {}: {}\n", kTotal.in(lang), counts(progress.total, lang));
  return out;
}

std::string render_progress_markdown(const ProgressHeader& header,
                                     const analysis::Progress& progress, Lang lang) {
  const auto md = markdown_escape;
  std::string out = fmt::format("# {}: {}\n\n", kZelfevaluatie.in(lang), md(header.organisation));
  if (!header.status_banner.empty()) out += "> **" + md(header.status_banner) + "**\n\n";
  out += fmt::format("- {}: {}\n- {}: {} → {}\n\n## {}\n\n| {} | | {} | |\n|---|---|---|---|\n",
                     kNormSet.in(lang), md(header.normset), kDate.in(lang), md(header.old_date),
                     md(header.new_date), kChanges.in(lang), kNorms.in(lang), kScale.in(lang));
  for (const auto& n : progress.norms) {
    if (n.change == Change::Unchanged) continue;
    out += fmt::format("| {} {} | {} | {} → {} | |\n", md(n.norm->id), md(n.norm->title),
                       change_word(n.change).in(lang), n.old_score.empty() ? "-" : md(n.old_score),
                       n.new_score.empty() ? "-" : md(n.new_score));
  }
  out += fmt::format("\n## {}\n\n", kStanding.in(lang));
  for (const auto& t : progress.themes)
    out += fmt::format("- **{} {}**: {}\n", md(t.theme_id), md(t.title), counts(t, lang));
  out += fmt::format("- **{}**: {}\n", kTotal.in(lang), counts(progress.total, lang));
  return out;
}

std::string render_progress_json(const ProgressHeader& header, const analysis::Progress& progress) {
  util::JsonWriter json;
  const auto theme_json = [&](const analysis::ThemeProgress& t) {
    json.key("better").value(static_cast<std::uint64_t>(t.better));
    json.key("worse").value(static_cast<std::uint64_t>(t.worse));
    json.key("new").value(static_cast<std::uint64_t>(t.added));
    json.key("removed").value(static_cast<std::uint64_t>(t.removed));
    json.key("unchanged").value(static_cast<std::uint64_t>(t.unchanged));
  };
  json.begin_object();
  json.key("schema").value("labeltool-progress/1");
  json.key("old").value(header.old_path).key("new").value(header.new_path);
  json.key("organisation").value(header.organisation).key("normset").value(header.normset);
  json.key("norms").begin_array();
  for (const auto& n : progress.norms) {
    json.begin_object().key("id").value(n.norm->id).key("theme").value(n.norm->theme_id);
    json.key("old_score").value(n.old_score).key("new_score").value(n.new_score);
    json.key("change").value(analysis::change_name(n.change)).end_object();
  }
  json.end_array();
  json.key("themes").begin_array();
  for (const auto& t : progress.themes) {
    json.begin_object().key("id").value(t.theme_id).key("title").value(t.title);
    theme_json(t);
    json.end_object();
  }
  json.end_array();
  json.key("total").begin_object();
  theme_json(progress.total);
  json.end_object();
  json.end_object();
  return json.str();
}

}  // namespace labeltool::report
