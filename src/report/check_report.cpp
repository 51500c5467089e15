#include "report/check_report.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>

#include "diag/source.hpp"
#include "report/check_parts.hpp"
#include "report/common.hpp"
#include "report/markdown.hpp"
#include "report/normset_view.hpp"
#include "util/csv_writer.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::Tally;
using analysis::Verdict;
using analysis::VerdictLimit;
using model::Meaning;
using util::escape_control;

std::string limit_text(const VerdictLimit& limit, const model::NormSet& set, Lang lang) {
  switch (limit.kind) {
    case VerdictLimit::Kind::MaxNotMet:
      return fmt::format("{} × {}, {} {}", limit.actual, value_for(set, Meaning::NotMet),
                         kAllowed.in(lang), limit.allowed);
    case VerdictLimit::Kind::MaxPartlyMet:
      return fmt::format("{} × {}, {} {}", limit.actual, value_for(set, Meaning::PartlyMet),
                         kAllowed.in(lang), limit.allowed);
    case VerdictLimit::Kind::MinMetPercent:
      return fmt::format("{:.0f}% {}, {} {}%", limit.actual, value_for(set, Meaning::Met),
                         kAtLeast.in(lang), limit.allowed);
  }
  return {};
}

// ── Text ────────────────────────────────────────────────────────────────────────────────

std::string header_text(const CheckedFile& file, Lang lang) {
  const auto& z = *file.zelfevaluatie;
  const auto& set = *file.set;
  std::string out =
      fmt::format("{}: {} — {} ({})\n", kZelfevaluatie.in(lang), escape_control(z.organisation),
                  escape_control(z.date), escape_control(file.path));
  out += fmt::format("{}: {} ({}), {}: {}\n", kNormSet.in(lang), escape_control(set.name),
                     set.reference(), util::ascii_lower(kStatus.in(lang)),
                     model::status_name(set.status));
  if (auto banner = status_banner(set, lang, BannerLength::Short); !banner.empty())
    out += util::wrap(banner, 100) + "\n";
  out += fmt::format("{}: {}\n", kScope.in(lang), scope_text(z, lang, escape_control));
  if (file.result) out += answered_line(file.result->total, lang) + "\n";
  return out;
}

/// "Nog niet beantwoord: 34 normen", then per theme its norms still open, wrapped.
std::string to_do_text(const analysis::CheckResult& result, Lang lang) {
  const auto groups = not_yet_answered(result);
  if (groups.empty()) return {};
  // The code stays beside the words, as on every finding, so that a search for it finds them.
  const std::size_t count = count_ids(groups);
  std::string out =
      fmt::format("{}: {} [{}]\n", kNotYetAnswered.in(lang), counted(count, kNormOne, kNorms, lang),
                  code_name(Code::MissingAnswer));
  for (const auto& [theme, ids] : groups) {
    const std::string line =
        fmt::format("{}  {} ({}): {}", theme->id, theme->title, ids.size(), util::join(ids));
    out += "  " + util::wrap(escape_control(line), 96, "    ") + "\n";
  }
  return out;
}

/// `text` padded with spaces to `width` characters, or cut to fit with "…" at the end.
std::string fit(const std::string& text, std::size_t width) {
  const std::size_t length = util::count_code_points(text);
  if (length < width) return text + std::string(width - length, ' ');
  // Cut long titles on a character boundary so columns stay aligned.
  std::string cut;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < text.size() && kept < width - 1; ++i) {
    cut += text[i];
    if (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) continue;
    ++kept;
  }
  return cut + "…";
}

/// Standing per theme: one column per scale value, then unanswered and the share met.
std::string standing_text(const model::NormSet& set, const analysis::CheckResult& result,
                          Lang lang) {
  const auto theme_label = [](const analysis::ThemeResult& t) {
    return escape_control(t.theme->id + "  " + t.theme->title);
  };
  std::size_t width = kTotal.in(lang).size() + 2;
  for (const auto& t : result.themes)
    width = std::max(width, util::count_code_points(theme_label(t)) + 2);
  width = std::min<std::size_t>(width, 48);
  std::string out = fmt::format("{}\n", kStanding.in(lang));
  out += "  " + fit(capitalised(kTheme.in(lang)), width);
  for (const auto& value : set.scale)
    out += fmt::format(" {:>7}", column_head(value.meaning).in(lang));
  out += fmt::format(" {:>10}  {}\n", kAnswered.in(lang), kPercentMet.in(lang));
  const auto row = [&](const std::string& label, const Tally& tally) {
    std::string line = "  " + fit(label, width);
    for (std::size_t i = 0; i < set.scale.size(); ++i)
      line += fmt::format(" {:>7}", tally.per_value[i]);
    return line + fmt::format(" {:>10}  {}\n", answered(tally, lang), percent(tally, lang));
  };
  for (const auto& t : result.themes) out += row(theme_label(t), t.tally);
  return out + row(std::string(kTotal.in(lang)), result.total);
}

/// The verdict, the rule itself for a set that is not official, gaps and missing evidence.
std::string outcome_text(const model::NormSet& set, const analysis::CheckResult& result,
                         Lang lang) {
  std::string out =
      fmt::format("\n{}: {}\n", kOutcome.in(lang),
                  util::wrap(verdict_text(result.verdict, result.total, set, lang), 96, "  "));
  if (set.status != model::Status::Official && set.verdict) {
    out += fmt::format("  {}: {}\n", kVerdictRule.in(lang),
                       util::wrap(escape_control(set.verdict->description), 94, "  "));
  }
  const auto points = improvement_points(result);
  out += fmt::format("\n{} ({})\n", kGaps.in(lang), points.size());
  if (points.empty()) out += fmt::format("  {}\n", kNoGaps.in(lang));
  for (const auto* gap : points) {
    out +=
        fmt::format("  {:<6} {} — {}\n", escape_control(gap->norm->id),
                    escape_control(gap->norm->title), escape_control(gap_label(*gap, set, lang)));
    const std::string action = action_text(gap->answer, lang, escape_control);
    out += "         " +
           (action.empty() ? std::string(kNoActionYet.in(lang))
                           : util::wrap(action, 90, "         ")) +
           "\n";
  }
  if (!result.missing_evidence.empty()) {
    out += fmt::format("\n{} ({})\n", kMissingEvidence.in(lang), result.missing_evidence.size());
    for (const auto* norm : result.missing_evidence) {
      out += fmt::format("  {:<6} {} — {}: {}\n", escape_control(norm->id),
                         escape_control(norm->title), kExpected.in(lang),
                         escape_control(util::join(norm->evidence, "; ")));
    }
  }
  return out;
}

// ── Markdown ────────────────────────────────────────────────────────────────────────────

/// The one short line under the title of a document about a set that is not official; the
/// full status note is in the annex (annex_markdown).
std::string short_banner_markdown(const model::NormSet& set, Lang lang) {
  if (set.status == model::Status::Official) return {};
  const bool draft = set.status == model::Status::Draft;
  return "> **" +
         markdown_escape(fill(draft ? kDraftBannerAnnex : kIllustrativeBannerAnnex, lang,
                              (draft ? kDraft : kIllustrative).in(lang))) +
         "**\n\n";
}

std::string header_markdown(const CheckedFile& file, Lang lang) {
  const auto md = markdown_escape;
  if (!file.zelfevaluatie || !file.set)
    return fmt::format("# {}: {}\n\n", kZelfevaluatie.in(lang), md(shown_path(file.path)));
  const auto& z = *file.zelfevaluatie;
  const auto& set = *file.set;
  std::string out = fmt::format("# {}: {}\n\n", kZelfevaluatie.in(lang), md(z.organisation));
  out += short_banner_markdown(set, lang);
  out += fmt::format("- {}: {} ({}), {}: {}\n", kNormSet.in(lang), md(set.name), set.reference(),
                     util::ascii_lower(kStatus.in(lang)), model::status_name(set.status));
  out += fmt::format("- {}: {}\n", kDate.in(lang), md(z.date));
  out += fmt::format("- {}: {}\n", kScope.in(lang), scope_text(z, lang, md));
  if (!z.filled_in_by.empty())
    out += fmt::format("- {}: {}\n", kFilledInBy.in(lang), md(util::join(z.filled_in_by)));
  if (file.result) out += "- " + answered_line(file.result->total, lang) + "\n";
  return out;
}

/// The to-do list: per theme the norms not answered yet.
std::string to_do_markdown(const analysis::CheckResult& result, Lang lang) {
  const auto md = markdown_escape;
  const auto groups = not_yet_answered(result);
  if (groups.empty()) return {};
  std::string out = fmt::format("\n## {} ({})\n\n", kNotYetAnswered.in(lang), count_ids(groups));
  for (const auto& [theme, ids] : groups) {
    out += fmt::format("- {} {} ({}): {}\n", md(theme->id), md(theme->title), ids.size(),
                       md(util::join(ids)));
  }
  return out;
}

/// The annex with every norm in scope: its text and the organisation's answer, per theme —
/// the same section as the HTML document's.
std::string norms_annex_markdown(const model::NormSet& set, const analysis::CheckResult& result,
                                 Lang lang) {
  const auto md = markdown_escape;
  std::string out = fmt::format("\n## {}\n", kAnnexAllNorms.in(lang));
  std::string current_theme;
  for (const auto& [norm, answer] : result.rows) {
    if (norm->theme_id != current_theme) {
      current_theme = norm->theme_id;
      if (const auto* theme = set.find_theme(current_theme))
        out += fmt::format("\n### {} {}\n\n", md(theme->id), md(theme->title));
    }
    const bool scored = answer && !util::trim(answer->score).empty();
    out += fmt::format("- **{} {}** — {}: {}\n", md(norm->id), md(norm->title), kScore.in(lang),
                       scored ? md(answer->score) : std::string(kNoAnswer.in(lang)));
    if (!norm->text.empty())
      out += fmt::format("  - {}: {}\n", kNormTextLabel.in(lang), md(norm->text));
    if (answer && !answer->toelichting.empty())
      out += fmt::format("  - {}: {}\n", kAnswerToelichting.in(lang), md(answer->toelichting));
    if (answer && !answer->evidence.empty())
      out +=
          fmt::format("  - {}: {}\n", kEvidence.in(lang), md(util::join(answer->evidence, "; ")));
  }
  return out;
}

/// The annex: the full status note of a set that is not official.
std::string annex_markdown(const model::NormSet& set, Lang lang) {
  const std::string note = status_banner(set, lang, BannerLength::Full);
  if (note.empty()) return {};
  return fmt::format("\n## {}\n\n{}\n", kAboutNormSet.in(lang), markdown_escape(note));
}

std::string standing_markdown(const model::NormSet& set, const analysis::CheckResult& result,
                              Lang lang) {
  const auto md = markdown_escape;
  std::string out =
      fmt::format("\n## {}\n\n| {} |", kStanding.in(lang), capitalised(kTheme.in(lang)));
  for (const auto& value : set.scale) out += fmt::format(" {} |", md(value.value));
  out += fmt::format(" {} | {} |\n|---|", kAnswered.in(lang), kPercentMet.in(lang));
  for (std::size_t i = 0; i < set.scale.size(); ++i) out += "---:|";
  out += "---:|---:|\n";
  const auto row = [&](const std::string& label, const Tally& tally) {
    std::string line = "| " + label + " |";
    for (std::size_t i = 0; i < set.scale.size(); ++i)
      line += fmt::format(" {} |", tally.per_value[i]);
    return line + fmt::format(" {} | {} |\n", answered(tally, lang), percent(tally, lang));
  };
  for (const auto& t : result.themes) out += row(md(t.theme->id + " " + t.theme->title), t.tally);
  return out + row("**" + std::string(kTotal.in(lang)) + "**", result.total);
}

std::string gaps_markdown(const model::NormSet& set, const analysis::CheckResult& result,
                          Lang lang) {
  const auto md = markdown_escape;
  const auto points = improvement_points(result);
  std::string out = fmt::format("\n## {} ({})\n\n", kGaps.in(lang), points.size());
  if (points.empty()) out += std::string(kNoGaps.in(lang)) + "\n";
  // Each gap with what the organisation says about it and plans; a gap without a plan is
  // marked, since that is what management has to act on.
  for (const auto* gap : points) {
    out += fmt::format("- **{} {}** — {}\n", md(gap->norm->id), md(gap->norm->title),
                       md(gap_label(*gap, set, lang)));
    if (!gap->answer->toelichting.empty()) {
      out += fmt::format("  - {}: {}\n", kAnswerToelichting.in(lang),
                         md(util::collapse_whitespace(gap->answer->toelichting)));
    }
    const std::string action = action_text(gap->answer, lang, md);
    out += action.empty() ? fmt::format("  - **{}**\n", kNoActionYet.in(lang))
                          : "  - " + action + "\n";
  }
  if (!result.missing_evidence.empty()) {
    out +=
        fmt::format("\n## {} ({})\n\n", kMissingEvidence.in(lang), result.missing_evidence.size());
    for (const auto* norm : result.missing_evidence) {
      out += fmt::format("- **{} {}** — {}: {}\n", md(norm->id), md(norm->title),
                         kExpected.in(lang), md(util::join(norm->evidence, "; ")));
    }
  }
  return out;
}

}  // namespace

std::string verdict_text(const Verdict& verdict, const Tally& total, const model::NormSet& set,
                         Lang lang) {
  std::vector<std::string> failing, all;
  for (const auto& limit : verdict.limits) {
    all.push_back(limit_text(limit, set, lang));
    if (!limit.ok) failing.push_back(limit_text(limit, set, lang));
  }
  switch (verdict.outcome) {
    case Verdict::Outcome::Pass:
      return fmt::format("{} ({})", kVerdictPass.in(lang), util::join(all, "; "));
    case Verdict::Outcome::Fail:
      return fmt::format("{}: {}", kVerdictFail.in(lang), util::join(failing, "; "));
    case Verdict::Outcome::Incomplete: {
      std::vector<std::string> reasons;
      const std::size_t open = total.unanswered - total.invalid;
      if (open > 0)
        reasons.push_back(fill_counted(open, kNormWithoutAnswer, kNormsWithoutAnswer, lang, open));
      if (total.invalid > 0)
        reasons.push_back(fill_counted(total.invalid, kNormWithInvalidScore, kNormsWithInvalidScore,
                                       lang, total.invalid));
      std::string text =
          fmt::format("{}: {}", kVerdictIncomplete.in(lang), util::join(reasons, ", "));
      if (!failing.empty())
        text += fmt::format("; {}: {}", kVerdictFail.in(lang), util::join(failing, "; "));
      return text;
    }
  }
  return {};
}

std::string render_check_text(const CheckedFile& file, Lang lang, Colour colour,
                              std::size_t max_findings) {
  std::string out;
  if (file.zelfevaluatie && file.set) out += header_text(file, lang) + "\n";
  const Diagnostics listed = findings_to_list(file);
  if (file.result) {
    const std::string to_do = to_do_text(*file.result, lang);
    if (!to_do.empty()) out += to_do + (listed.empty() ? "" : "\n");
  }
  out += render_diagnostics_text(listed, colour, max_findings, lang);
  if (!file.result) return out;
  if (!file.diagnostics.empty()) out += "\n";
  return out + standing_text(*file.set, *file.result, lang) +
         outcome_text(*file.set, *file.result, lang);
}

std::string render_check_markdown(const CheckedFile& file, Lang lang) {
  const auto md = markdown_escape;
  std::string out = header_markdown(file, lang);
  if (file.result) {
    const auto& set = *file.set;
    const auto& result = *file.result;
    out += fmt::format("\n## {}\n\n**{}**\n", kOutcome.in(lang),
                       md(verdict_text(result.verdict, result.total, set, lang)));
    if (set.status != model::Status::Official && set.verdict)
      out += fmt::format("\n{}: _{}_\n", kVerdictRule.in(lang), md(set.verdict->description));
    out += standing_markdown(set, result, lang) + to_do_markdown(result, lang) +
           gaps_markdown(set, result, lang);
  }
  if (const Diagnostics listed = findings_to_list(file); !listed.empty()) {
    out += fmt::format("\n## {} ({})\n\n", kFindings.in(lang), listed.size());
    for (const auto& d : listed) {
      const std::string cell = cell_location(d.source, d.position);
      const std::string place = cell.empty() ? std::to_string(d.position.line) : cell;
      out +=
          fmt::format("- `{}:{}` {}[{}]: {}\n", md(shown_path(d.file)), md(place),
                      severity_word(d.severity, lang), code_name(d.code), md(message_for(d, lang)));
    }
  }
  if (file.result) out += norms_annex_markdown(*file.set, *file.result, lang);
  if (file.set) out += annex_markdown(*file.set, lang);
  return out;
}

// ── JSON ────────────────────────────────────────────────────────────────────────────────

namespace {

std::string_view outcome_name(Verdict::Outcome outcome) {
  switch (outcome) {
    case Verdict::Outcome::Pass:
      return "pass";
    case Verdict::Outcome::Fail:
      return "fail";
    case Verdict::Outcome::Incomplete:
      return "incomplete";
  }
  return "incomplete";
}

std::string_view limit_name(VerdictLimit::Kind kind) {
  switch (kind) {
    case VerdictLimit::Kind::MaxNotMet:
      return "max_not_met";
    case VerdictLimit::Kind::MaxPartlyMet:
      return "max_partly_met";
    case VerdictLimit::Kind::MinMetPercent:
      return "min_met_percent";
  }
  return "max_not_met";
}

void tally_json(util::JsonWriter& json, const Tally& tally, const model::NormSet& set) {
  const auto count = [&](std::string_view key, std::size_t n) {
    json.key(key).value(static_cast<std::uint64_t>(n));
  };
  json.begin_object();
  json.key("counts").begin_object();
  for (std::size_t i = 0; i < set.scale.size(); ++i) count(set.scale[i].value, tally.per_value[i]);
  json.end_object();
  count("required", tally.required);
  count("unanswered", tally.unanswered);
  count("invalid", tally.invalid);
  count("met", tally.met);
  count("partly_met", tally.partly_met);
  count("not_met", tally.not_met);
  count("not_applicable", tally.not_applicable);
  count("assessed", tally.assessed());
  json.key("met_percent");
  if (auto share = tally.met_percent())
    json.value(*share);
  else
    json.null();
  json.end_object();
}

/// What was read: the zelfevaluatie's header and the norm set it was checked against.
void inputs_json(util::JsonWriter& json, const CheckedFile& file) {
  json.key("file").value(file.path);
  if (file.zelfevaluatie) {
    json.key("organisation").value(file.zelfevaluatie->organisation);
    json.key("date").value(file.zelfevaluatie->date);
    json.key("scope").begin_array();
    for (const auto& scope : file.zelfevaluatie->scope) json.value(scope);
    json.end_array();
  }
  if (file.set) {
    json.key("normset").begin_object();
    json.key("reference").value(file.set->reference());
    json.key("name").value(file.set->name);
    json.key("status").value(model::status_name(file.set->status));
    json.key("status_note").value(file.set->status_note);
    json.end_object();
  }
}

void diagnostics_json(util::JsonWriter& json, const Diagnostics& diagnostics) {
  const auto counts = count_findings(diagnostics);
  json.key("errors").value(static_cast<std::uint64_t>(counts.errors));
  json.key("warnings").value(static_cast<std::uint64_t>(counts.warnings));
  json.key("diagnostics").begin_array();
  for (const auto& d : diagnostics) {
    json.begin_object();
    json.key("line").value(static_cast<std::uint64_t>(d.position.line));
    json.key("column").value(static_cast<std::uint64_t>(d.position.column));
    write_cell_fields(json, d.source, d.position);
    json.key("severity").value(severity_name(d.severity));
    json.key("code").value(code_name(d.code));
    json.key("message").value(d.message);
    json.end_object();
  }
  json.end_array();
}

void verdict_json(util::JsonWriter& json, const Verdict& verdict, const model::NormSet& set) {
  json.key("verdict").begin_object();
  json.key("outcome").value(outcome_name(verdict.outcome));
  json.key("limits").begin_array();
  for (const auto& limit : verdict.limits) {
    json.begin_object().key("rule").value(limit_name(limit.kind)).key("actual").value(limit.actual);
    json.key("allowed").value(limit.allowed).key("ok").value(limit.ok).end_object();
  }
  json.end_array();
  json.key("rule_description").value(set.verdict ? set.verdict->description : "");
  json.end_object();
}

void norms_json(util::JsonWriter& json, const analysis::CheckResult& result,
                const model::NormSet& set) {
  json.key("norms").begin_array();
  for (const auto& [norm, answer] : result.rows) {
    json.begin_object().key("id").value(norm->id).key("theme").value(norm->theme_id);
    json.key("title").value(norm->title);
    const auto meaning = answer ? analysis::meaning_of(set, answer->score) : std::nullopt;
    json.key("score");
    if (answer)
      json.value(answer->score);
    else
      json.null();
    json.key("meaning");
    if (meaning)
      json.value(model::meaning_name(*meaning));
    else
      json.null();
    if (answer) {
      json.key("toelichting").value(answer->toelichting);
      json.key("evidence").begin_array();
      for (const auto& e : answer->evidence) json.value(e);
      json.end_array();
      json.key("action").value(answer->action).key("owner").value(answer->owner);
      json.key("due").value(answer->due);
    }
    json.end_object();
  }
  json.end_array();
}

}  // namespace

std::string check_json_begin() { return "{\n  \"schema\": \"labeltool-check/1\",\n  \"files\": ["; }

std::string check_json_separator() { return ","; }

std::string check_json_end(bool any_files) { return any_files ? "\n  ]\n}\n" : "]\n}\n"; }

std::string check_json_file(const CheckedFile& file) {
  util::JsonWriter json(2);
  json.begin_object();
  inputs_json(json, file);
  diagnostics_json(json, file.diagnostics);
  if (file.result) {
    const auto& set = *file.set;
    const auto& result = *file.result;
    verdict_json(json, result.verdict, set);
    json.key("total");
    tally_json(json, result.total, set);
    json.key("themes").begin_array();
    for (const auto& t : result.themes) {
      json.begin_object().key("id").value(t.theme->id).key("title").value(t.theme->title);
      json.key("tally");
      tally_json(json, t.tally, set);
      json.end_object();
    }
    json.end_array();
    norms_json(json, result, set);
  }
  json.end_object();
  return "\n    " + json.str();
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────

std::string check_csv_header() {
  return "file,theme,norm,title,score,meaning,toelichting,evidence,action,owner,due,findings\r\n";
}

std::string check_csv_rows(const CheckedFile& file) {
  std::string out;
  if (!file.result) return out;
  const auto& set = *file.set;
  for (const auto& [norm, answer] : file.result->rows) {
    std::vector<std::string> findings;
    if (const auto found = file.result->findings_by_norm.find(norm);
        found != file.result->findings_by_norm.end()) {
      for (const Code code : found->second) findings.emplace_back(code_name(code));
    }
    const auto meaning = answer ? analysis::meaning_of(set, answer->score) : std::nullopt;
    out += util::csv_row(
        {file.path, norm->theme_id, norm->id, norm->title, answer ? answer->score : "",
         meaning ? std::string(model::meaning_name(*meaning)) : "",
         answer ? answer->toelichting : "", answer ? util::join(answer->evidence, "\n") : "",
         answer ? answer->action : "", answer ? answer->owner : "", answer ? answer->due : "",
         util::join(findings, " ")});
  }
  return out;
}

}  // namespace labeltool::report
