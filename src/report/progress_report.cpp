#include "report/progress_report.hpp"

#include <fmt/core.h>

#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::Change;
using util::escape_control;

std::string_view change_word(Change change, const Words& w) {
  switch (change) {
    case Change::Better: return w.better;
    case Change::Worse: return w.worse;
    case Change::Unchanged: return w.unchanged;
    case Change::New: return w.added;
    case Change::Removed: return w.removed;
  }
  return w.unchanged;
}

std::string_view change_name(Change change) {
  switch (change) {
    case Change::Better: return "better";
    case Change::Worse: return "worse";
    case Change::Unchanged: return "unchanged";
    case Change::New: return "new";
    case Change::Removed: return "removed";
  }
  return "unchanged";
}

std::string counts(const analysis::ThemeProgress& t, const Words& w) {
  return fmt::format("{} {}, {} {}, {} {}, {} {}, {} {}", t.better, w.better, t.worse, w.worse,
                     t.added, w.added, t.removed, w.removed, t.unchanged, w.unchanged);
}

}  // namespace

std::string render_progress_text(const ProgressHeader& header, const analysis::Progress& progress,
                                 Lang lang) {
  const auto& w = words(lang);
  std::string out = fmt::format("{}: {} — {} → {}\n", w.zelfevaluatie, escape_control(header.organisation),
                                escape_control(header.old_date), escape_control(header.new_date));
  out += fmt::format("{}: {}\n", w.normset, escape_control(header.normset));
  if (!header.status_banner.empty()) out += util::wrap(header.status_banner, 100) + "\n";
  out += fmt::format("\n{}\n", w.changes);
  bool any = false;
  for (const auto& n : progress.norms) {
    if (n.change == Change::Unchanged) continue;
    any = true;
    out += fmt::format("  {:<6} {:<10} {} → {}  ({})\n", escape_control(n.norm->id), change_word(n.change, w),
                       n.old_score.empty() ? "-" : escape_control(n.old_score),
                       n.new_score.empty() ? "-" : escape_control(n.new_score), escape_control(n.norm->title));
  }
  if (!any) out += fmt::format("  {}\n", w.none);
  out += fmt::format("\n{}\n", w.standing);
  for (const auto& t : progress.themes)
    out += fmt::format("  {:<4} {}: {}\n", escape_control(t.theme_id), escape_control(t.title), counts(t, w));
  out += fmt::format("  {}: {}\n", w.total, counts(progress.total, w));
  return out;
}

std::string render_progress_markdown(const ProgressHeader& header,
                                     const analysis::Progress& progress, Lang lang) {
  const auto& w = words(lang);
  const auto md = [](std::string_view text) {
    std::string out;
    for (char c : escape_control(util::collapse_whitespace(text))) {
      if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
    return out;
  };
  std::string out = fmt::format("# {}: {}\n\n", w.zelfevaluatie, md(header.organisation));
  if (!header.status_banner.empty()) out += "> **" + md(header.status_banner) + "**\n\n";
  out += fmt::format("- {}: {}\n- {}: {} → {}\n\n## {}\n\n| {} | | {} | |\n|---|---|---|---|\n",
                     w.normset, md(header.normset), w.date, md(header.old_date), md(header.new_date),
                     w.changes, w.norms, w.scale);
  for (const auto& n : progress.norms) {
    if (n.change == Change::Unchanged) continue;
    out += fmt::format("| {} {} | {} | {} → {} | |\n", md(n.norm->id), md(n.norm->title), change_word(n.change, w),
                       n.old_score.empty() ? "-" : md(n.old_score), n.new_score.empty() ? "-" : md(n.new_score));
  }
  out += fmt::format("\n## {}\n\n", w.standing);
  for (const auto& t : progress.themes) out += fmt::format("- **{} {}**: {}\n", md(t.theme_id), md(t.title), counts(t, w));
  out += fmt::format("- **{}**: {}\n", w.total, counts(progress.total, w));
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
    json.key("change").value(change_name(n.change)).end_object();
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
