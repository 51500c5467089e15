#include "report/check_report.hpp"

#include <fmt/core.h>

#include "read/csv.hpp"
#include "report/normset_view.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::Tally;
using analysis::Verdict;
using analysis::VerdictLimit;
using model::Meaning;
using util::escape_control;

/// The scale value that stands for `meaning` in this set (e.g. "voldoet deels"), or the
/// meaning's own name when the scale has none.
std::string value_for(const model::NormSet& set, Meaning meaning) {
  for (const auto& v : set.scale)
    if (v.meaning == meaning) return v.value;
  return std::string(model::meaning_name(meaning));
}

std::string percent(const Tally& tally, const Words& w) {
  const auto share = tally.met_percent();
  if (!share) return "-";
  return fmt::format("{:.0f}% ({} {} {})", *share, tally.met, w.of, tally.assessed());
}

std::string limit_text(const VerdictLimit& limit, const model::NormSet& set, const Words& w) {
  switch (limit.kind) {
    case VerdictLimit::Kind::MaxNotMet:
      return fmt::format("{} × {}, {} {}", limit.actual, value_for(set, Meaning::NotMet), w.allowed,
                         limit.allowed);
    case VerdictLimit::Kind::MaxPartlyMet:
      return fmt::format("{} × {}, {} {}", limit.actual, value_for(set, Meaning::PartlyMet),
                         w.allowed, limit.allowed);
    case VerdictLimit::Kind::MinMetPercent:
      return fmt::format("{:.0f}% {}, {} {}%", limit.actual, value_for(set, Meaning::Met),
                         w.at_least, limit.allowed);
  }
  return {};
}

std::string meaning_label(std::optional<Meaning> meaning, const model::NormSet& set,
                          const Words& w) {
  return meaning ? value_for(set, *meaning) : std::string(w.no_answer);
}

std::string header_text(const CheckedFile& file, Lang lang) {
  const auto& w = words(lang);
  const auto& z = *file.zelfevaluatie;
  const auto& set = *file.set;
  std::string out = fmt::format("{}: {} — {} ({})\n", w.zelfevaluatie, escape_control(z.organisation),
                                escape_control(z.date), escape_control(file.path));
  out += fmt::format("{}: {} ({}), {}: {}\n", w.normset, escape_control(set.name), set.reference(),
                     util::ascii_lower(w.status), model::status_name(set.status));
  if (auto banner = status_banner(set, lang, BannerLength::Short); !banner.empty())
    out += util::wrap(banner, 100) + "\n";
  out += fmt::format("{}: {}\n", w.scope,
                     z.scope.empty() ? std::string(w.all_scopes) : escape_control(util::join(z.scope)));
  return out;
}

}  // namespace

std::string verdict_text(const Verdict& verdict, const Tally& total, const model::NormSet& set,
                         Lang lang) {
  const auto& w = words(lang);
  std::vector<std::string> failing, all;
  for (const auto& limit : verdict.limits) {
    all.push_back(limit_text(limit, set, w));
    if (!limit.ok) failing.push_back(limit_text(limit, set, w));
  }
  switch (verdict.outcome) {
    case Verdict::Outcome::Pass:
      return fmt::format("{} ({})", w.verdict_pass, util::join(all, "; "));
    case Verdict::Outcome::Fail:
      return fmt::format("{}: {}", w.verdict_fail, util::join(failing, "; "));
    case Verdict::Outcome::Incomplete: {
      std::string text = fmt::format("{}: {} {} {}", w.verdict_incomplete, total.unanswered,
                                     w.norms, w.without_answer);
      if (!failing.empty()) text += fmt::format("; {}: {}", w.verdict_fail, util::join(failing, "; "));
      return text;
    }
  }
  return {};
}

std::string render_check_text(const CheckedFile& file, Lang lang, Colour colour,
                              std::size_t max_findings) {
  const auto& w = words(lang);
  std::string out;
  if (file.zelfevaluatie && file.set) out += header_text(file, lang) + "\n";
  out += render_diagnostics_text(file.diagnostics, colour, max_findings);
  if (!file.result) return out;
  const auto& set = *file.set;
  const auto& result = *file.result;
  if (!file.diagnostics.empty()) out += "\n";

  // Standing per theme: one column per scale value, then unanswered and the share met.
  std::size_t title_width = std::string_view(w.total).size() + 2;
  for (const auto& t : result.themes)
    title_width = std::max(title_width, util::count_code_points(escape_control(t.theme->id + "  " + t.theme->title)) + 2);
  title_width = std::min<std::size_t>(title_width, 48);
  const auto cell_label = [&](Meaning meaning) -> std::string_view {
    switch (meaning) {
      case Meaning::Met: return w.met_short;
      case Meaning::PartlyMet: return w.partly_met_short;
      case Meaning::NotMet: return w.not_met_short;
      case Meaning::NotApplicable: return w.not_applicable_short;
    }
    return w.met_short;
  };
  const auto pad = [](const std::string& text, std::size_t width) {
    const std::size_t length = util::count_code_points(text);
    if (length >= width) {
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
    return text + std::string(width - length, ' ');
  };
  out += fmt::format("{}\n", w.standing);
  std::string head = "  " + pad(std::string(w.theme), title_width);
  for (const auto& value : set.scale) head += fmt::format(" {:>7}", cell_label(value.meaning));
  head += fmt::format(" {:>5}  {}\n", w.open, w.percent_met);
  out += head;
  const auto row = [&](const std::string& label, const Tally& tally) {
    std::string line = "  " + pad(label, title_width);
    for (std::size_t i = 0; i < set.scale.size(); ++i) line += fmt::format(" {:>7}", tally.per_value[i]);
    line += fmt::format(" {:>5}  {}\n", tally.unanswered, percent(tally, w));
    return line;
  };
  for (const auto& t : result.themes) out += row(escape_control(t.theme->id + "  " + t.theme->title), t.tally);
  out += row(std::string(w.total), result.total);

  out += fmt::format("\n{}: {}\n", w.outcome,
                     util::wrap(verdict_text(result.verdict, result.total, set, lang), 96, "  "));
  if (set.status != model::Status::Official && set.verdict)
    out += fmt::format("  {}: {}\n", w.verdict, util::wrap(escape_control(set.verdict->description), 94, "  "));

  out += fmt::format("\n{} ({})\n", w.gaps, result.gaps.size());
  if (result.gaps.empty()) out += fmt::format("  {}\n", w.no_gaps);
  for (const auto& gap : result.gaps) {
    out += fmt::format("  {:<6} {} — {}\n", escape_control(gap.norm->id), escape_control(gap.norm->title),
                       meaning_label(gap.meaning, set, w));
    if (gap.answer && !gap.answer->action.empty()) {
      std::string line = fmt::format("{}: {}", w.action, escape_control(gap.answer->action));
      std::vector<std::string> who_when;
      if (!gap.answer->owner.empty()) who_when.push_back(escape_control(gap.answer->owner));
      if (!gap.answer->due.empty()) who_when.push_back(fmt::format("{} {}", w.due, escape_control(gap.answer->due)));
      if (!who_when.empty()) line += " (" + util::join(who_when) + ")";
      out += "         " + util::wrap(line, 90, "         ") + "\n";
    }
  }
  if (!result.missing_evidence.empty()) {
    out += fmt::format("\n{} ({})\n", w.missing_evidence, result.missing_evidence.size());
    for (const auto* norm : result.missing_evidence) {
      out += fmt::format("  {:<6} {} — {}: {}\n", escape_control(norm->id), escape_control(norm->title),
                         w.expected, escape_control(util::join(norm->evidence, "; ")));
    }
  }
  return out;
}

std::string render_check_markdown(const CheckedFile& file, Lang lang) {
  const auto& w = words(lang);
  // Input text must not change the document's structure: escape Markdown's specials.
  const auto md = [](std::string_view text) {
    std::string out;
    for (char c : escape_control(util::collapse_whitespace(text))) {
      if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
    return out;
  };
  std::string out;
  if (!file.zelfevaluatie || !file.set) {
    out += fmt::format("# {}: {}\n\n", w.zelfevaluatie, md(file.path));
  } else {
    const auto& z = *file.zelfevaluatie;
    const auto& set = *file.set;
    out += fmt::format("# {}: {}\n\n", w.zelfevaluatie, md(z.organisation));
    if (auto banner = status_banner(set, lang); !banner.empty()) out += "> **" + md(banner) + "**\n\n";
    out += fmt::format("- {}: {} ({}), {}: {}\n", w.normset, md(set.name), set.reference(),
                       util::ascii_lower(w.status), model::status_name(set.status));
    out += fmt::format("- {}: {}\n", w.date, md(z.date));
    out += fmt::format("- {}: {}\n", w.scope, z.scope.empty() ? std::string(w.all_scopes) : md(util::join(z.scope)));
    if (!z.filled_in_by.empty()) out += fmt::format("- {}: {}\n", w.filled_in_by, md(util::join(z.filled_in_by)));
  }
  if (file.result) {
    const auto& set = *file.set;
    const auto& result = *file.result;
    out += fmt::format("\n## {}\n\n**{}**\n", w.outcome, md(verdict_text(result.verdict, result.total, set, lang)));
    if (set.status != model::Status::Official && set.verdict)
      out += fmt::format("\n{}: _{}_\n", w.verdict, md(set.verdict->description));
    out += fmt::format("\n## {}\n\n| {} |", w.standing, w.theme);
    for (const auto& value : set.scale) out += fmt::format(" {} |", md(value.value));
    out += fmt::format(" {} | {} |\n|---|", w.open, w.percent_met);
    for (std::size_t i = 0; i < set.scale.size(); ++i) out += "---:|";
    out += "---:|---:|\n";
    const auto row = [&](const std::string& label, const Tally& tally) {
      std::string line = "| " + label + " |";
      for (std::size_t i = 0; i < set.scale.size(); ++i) line += fmt::format(" {} |", tally.per_value[i]);
      return line + fmt::format(" {} | {} |\n", tally.unanswered, percent(tally, w));
    };
    for (const auto& t : result.themes) out += row(md(t.theme->id + " " + t.theme->title), t.tally);
    out += row("**" + std::string(w.total) + "**", result.total);

    out += fmt::format("\n## {} ({})\n\n", w.gaps, result.gaps.size());
    if (result.gaps.empty()) out += std::string(w.no_gaps) + "\n";
    for (const auto& gap : result.gaps) {
      out += fmt::format("- **{} {}** — {}", md(gap.norm->id), md(gap.norm->title), md(meaning_label(gap.meaning, set, w)));
      if (gap.answer && !gap.answer->action.empty()) {
        out += fmt::format(". {}: {}", w.action, md(gap.answer->action));
        std::vector<std::string> who_when;
        if (!gap.answer->owner.empty()) who_when.push_back(md(gap.answer->owner));
        if (!gap.answer->due.empty()) who_when.push_back(fmt::format("{} {}", w.due, md(gap.answer->due)));
        if (!who_when.empty()) out += " (" + util::join(who_when) + ")";
      }
      out += "\n";
    }
    if (!result.missing_evidence.empty()) {
      out += fmt::format("\n## {} ({})\n\n", w.missing_evidence, result.missing_evidence.size());
      for (const auto* norm : result.missing_evidence)
        out += fmt::format("- **{} {}** — {}: {}\n", md(norm->id), md(norm->title), w.expected, md(util::join(norm->evidence, "; ")));
    }
  }
  if (!file.diagnostics.empty()) {
    out += fmt::format("\n## {} ({})\n\n", w.findings, file.diagnostics.size());
    for (const auto& d : file.diagnostics)
      out += fmt::format("- `{}:{}` {}[{}]: {}\n", md(d.file), d.position.line, severity_name(d.severity), code_name(d.code), md(d.message));
  }
  return out;
}

std::string check_json_begin() { return "{\n  \"schema\": \"labeltool-check/1\",\n  \"files\": ["; }

std::string check_json_separator() { return ","; }

std::string check_json_end(bool any_files) { return any_files ? "\n  ]\n}\n" : "]\n}\n"; }

std::string check_json_file(const CheckedFile& file) {
  util::JsonWriter json(2);
  const auto tally_json = [&](const Tally& tally, const model::NormSet& set) {
    json.begin_object();
    json.key("counts").begin_object();
    for (std::size_t i = 0; i < set.scale.size(); ++i)
      json.key(set.scale[i].value).value(static_cast<std::uint64_t>(tally.per_value[i]));
    json.end_object();
    json.key("required").value(static_cast<std::uint64_t>(tally.required));
    json.key("unanswered").value(static_cast<std::uint64_t>(tally.unanswered));
    json.key("met").value(static_cast<std::uint64_t>(tally.met));
    json.key("partly_met").value(static_cast<std::uint64_t>(tally.partly_met));
    json.key("not_met").value(static_cast<std::uint64_t>(tally.not_met));
    json.key("not_applicable").value(static_cast<std::uint64_t>(tally.not_applicable));
    json.key("assessed").value(static_cast<std::uint64_t>(tally.assessed()));
    json.key("met_percent");
    if (auto share = tally.met_percent()) json.value(*share); else json.null();
    json.end_object();
  };
  {
    json.begin_object();
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
    const auto counts = count_findings(file.diagnostics);
    json.key("errors").value(static_cast<std::uint64_t>(counts.errors));
    json.key("warnings").value(static_cast<std::uint64_t>(counts.warnings));
    json.key("diagnostics").begin_array();
    for (const auto& d : file.diagnostics) {
      json.begin_object();
      json.key("line").value(static_cast<std::uint64_t>(d.position.line));
      json.key("column").value(static_cast<std::uint64_t>(d.position.column));
      json.key("severity").value(severity_name(d.severity));
      json.key("code").value(code_name(d.code));
      json.key("message").value(d.message);
      json.end_object();
    }
    json.end_array();
    if (file.result) {
      const auto& set = *file.set;
      const auto& result = *file.result;
      json.key("verdict").begin_object();
      const char* outcome = result.verdict.outcome == Verdict::Outcome::Pass   ? "pass"
                            : result.verdict.outcome == Verdict::Outcome::Fail ? "fail"
                                                                               : "incomplete";
      json.key("outcome").value(outcome);
      json.key("limits").begin_array();
      for (const auto& limit : result.verdict.limits) {
        const char* kind = limit.kind == VerdictLimit::Kind::MaxNotMet      ? "max_not_met"
                           : limit.kind == VerdictLimit::Kind::MaxPartlyMet ? "max_partly_met"
                                                                            : "min_met_percent";
        json.begin_object().key("rule").value(kind).key("actual").value(limit.actual);
        json.key("allowed").value(limit.allowed).key("ok").value(limit.ok).end_object();
      }
      json.end_array();
      json.key("rule_description").value(set.verdict ? set.verdict->description : "");
      json.end_object();
      json.key("total");
      tally_json(result.total, set);
      json.key("themes").begin_array();
      for (const auto& t : result.themes) {
        json.begin_object().key("id").value(t.theme->id).key("title").value(t.theme->title);
        json.key("tally");
        tally_json(t.tally, set);
        json.end_object();
      }
      json.end_array();
      json.key("norms").begin_array();
      for (const auto& [norm, answer] : result.rows) {
        json.begin_object().key("id").value(norm->id).key("theme").value(norm->theme_id);
        json.key("title").value(norm->title);
        const auto meaning = answer ? analysis::meaning_of(set, answer->score) : std::nullopt;
        json.key("score");
        if (answer) json.value(answer->score); else json.null();
        json.key("meaning");
        if (meaning) json.value(model::meaning_name(*meaning)); else json.null();
        if (answer) {
          json.key("toelichting").value(answer->toelichting);
          json.key("evidence").begin_array();
          for (const auto& e : answer->evidence) json.value(e);
          json.end_array();
          json.key("action").value(answer->action).key("owner").value(answer->owner).key("due").value(answer->due);
        }
        json.end_object();
      }
      json.end_array();
    }
    json.end_object();
  }
  return "\n    " + json.str();
}

std::string check_csv_header() {
  return "file,theme,norm,title,score,meaning,toelichting,evidence,action,owner,due,findings\r\n";
}

std::string check_csv_rows(const CheckedFile& file) {
  constexpr char d = ',';
  std::string out;
  if (!file.result) return out;
  const auto& set = *file.set;
  for (const auto& [norm, answer] : file.result->rows) {
    std::vector<std::string> findings;
    if (const auto found = file.result->findings_by_norm.find(norm); found != file.result->findings_by_norm.end())
      for (const Code code : found->second) findings.emplace_back(code_name(code));
    const auto meaning = answer ? analysis::meaning_of(set, answer->score) : std::nullopt;
    const std::vector<std::string> cells = {
        file.path, norm->theme_id, norm->id, norm->title,
        answer ? answer->score : "", meaning ? std::string(model::meaning_name(*meaning)) : "",
        answer ? answer->toelichting : "", answer ? util::join(answer->evidence, "\n") : "",
        answer ? answer->action : "", answer ? answer->owner : "", answer ? answer->due : "",
        util::join(findings, " ")};
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + read::csv_cell(cells[i], d);
    out += "\r\n";
  }
  return out;
}

}  // namespace labeltool::report
