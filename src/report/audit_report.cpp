#include "report/audit_report.hpp"

#include <fmt/core.h>

#include "report/check_report.hpp"
#include "report/common.hpp"
#include "report/markdown.hpp"
#include "report/normset_view.hpp"
#include "util/csv_writer.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::JudgementSource;
using analysis::LabelAudit;
using analysis::NormJudgement;
using analysis::SelfComparison;

std::string_view outcome_name(analysis::Verdict::Outcome outcome) {
  switch (outcome) {
    case analysis::Verdict::Outcome::Pass:
      return "pass";
    case analysis::Verdict::Outcome::Fail:
      return "fail";
    case analysis::Verdict::Outcome::Incomplete:
      return "incomplete";
  }
  return "incomplete";
}

/// The sets of the audit that are not official, as "kssw@2019 en nvvk@2021".
std::vector<std::string> unofficial_sets(const analysis::AuditResult& result) {
  std::vector<std::string> out;
  for (const auto& label : result.labels)
    if (label.set->status != model::Status::Official) out.push_back(label.set->reference());
  return out;
}

/// The one short line on the sets' status; `where` says where the full notes are.
std::string status_line(const analysis::AuditResult& result, Lang lang, std::string_view where) {
  const auto sets = unofficial_sets(result);
  if (sets.empty()) return {};
  const std::string names = util::join(sets, lang == Lang::Nl ? " en " : " and ");
  return fill(sets.size() == 1 ? kAuditIllustrativeOne : kAuditIllustrativeMany, lang, names,
              where);
}

std::string scope_of(const LabelAudit& label, Lang lang) {
  return label.scope.empty() ? std::string(kAllScopes.in(lang)) : util::join(label.scope);
}

/// "bestuur-1 (bestuur, 2026-11-02)"; a merged interview "leiding (bestuur+staf, 2026-11-02)"
std::string interview_label(const model::Interview& interview) {
  return interview.id + " (" + util::join(interview.groups_asked(), "+") + ", " + interview.date +
         ")";
}

/// Where a norm's judgement comes from, in words.
std::string source_text(const NormJudgement& norm, Lang lang) {
  if (norm.source == JudgementSource::Heard) {
    std::vector<std::string> ids;
    for (const auto& heard : norm.heard) ids.push_back(heard.interview->id);
    return fill(kHeardIn, lang, util::join(ids));
  }
  std::vector<std::string> from;
  for (const auto& carried : norm.carried)
    from.push_back(fill(kCarriedMark, lang, carried.from_set->reference(), carried.from->id,
                        model::relation_name(carried.relation)));
  return util::join(from, "; ");
}

std::string self_text(const NormJudgement& norm, Lang lang) {
  if (!norm.self || norm.self->score.empty()) return {};
  std::string out = fill(kSelfScore, lang, norm.self->score);
  if (norm.comparison == SelfComparison::Higher) out += ", " + std::string(kSelfHigher.in(lang));
  if (norm.comparison == SelfComparison::Lower) out += ", " + std::string(kSelfLower.in(lang));
  return out;
}

std::string counts_text(const LabelAudit& label, Lang lang) {
  const std::size_t all = label.norms.size();
  return fmt::format("{} {}, {} {}, {} {}", capitalised(kHeardCount.in(lang)),
                     share(label.heard, all, lang), kCarriedFromCount.in(lang),
                     share(label.carried, all, lang), kUncoveredCount.in(lang),
                     share(label.uncovered, all, lang));
}

// ── text and Markdown ───────────────────────────────────────────────────────────────────

std::string label_section(const LabelAudit& label, const Layout& layout, Lang lang) {
  const auto& set = *label.set;
  const bool md = layout.markdown();
  const auto esc = [&](std::string_view text) { return layout.escaped(text); };
  std::string out = md ? fmt::format("\n## {} ({})\n\n", esc(set.name), set.reference())
                       : fmt::format("\n{} ({}) — {}: {}\n", util::escape_control(set.name),
                                     set.reference(), kScope.in(lang), esc(scope_of(label, lang)));
  if (md) out += fmt::format("- {}: {}\n", kScope.in(lang), esc(scope_of(label, lang)));
  const std::string verdict = verdict_text(label.verdict, label.total, set, lang);
  out += md ? fmt::format("- {}\n- {}: **{}**\n", esc(counts_text(label, lang)), kOutcome.in(lang),
                          esc(verdict))
            : fmt::format("  {}\n  {}: {}\n", util::wrap(counts_text(label, lang), 96, "  "),
                          kOutcome.in(lang), util::wrap(verdict, 94, "  "));
  if (set.status != model::Status::Official && set.verdict)
    out += md ? fmt::format("- {}: _{}_\n", kVerdictRule.in(lang), esc(set.verdict->description))
              : fmt::format("  {}: {}\n", kVerdictRule.in(lang),
                            util::wrap(esc(set.verdict->description), 94, "  "));

  // Where interviews disagreed: every interview, the strictest counting.
  if (label.disagreements > 0) {
    out += md ? fmt::format("\n### {} ({})\n\n", kDisagreements.in(lang), label.disagreements)
              : fmt::format("\n  {} ({})\n", kDisagreements.in(lang), label.disagreements);
    for (const auto& norm : label.norms) {
      if (!norm.disagreement) continue;
      out += md ? fmt::format("- **{}** — {}\n", esc(norm_label(*norm.norm)), esc(norm.value))
                : fmt::format("    {} — {}\n", esc(norm_label(*norm.norm)), esc(norm.value));
      for (const auto& heard : norm.heard) {
        std::string line = interview_label(*heard.interview) + ": " + heard.value->value;
        if (!heard.judgement->observation.empty()) line += " — " + heard.judgement->observation;
        out += md ? "  - " + esc(line) + "\n"
                  : "      " + util::wrap(esc(line), 90, "        ") + "\n";
      }
    }
  }

  // Every norm judged, heard or carried.
  const std::size_t judged = label.heard + label.carried;
  out += md ? fmt::format("\n### {} ({})\n\n", kJudgementsPerNorm.in(lang), judged)
            : fmt::format("\n  {} ({})\n", kJudgementsPerNorm.in(lang), judged);
  if (md && judged > 0)
    out += fmt::format("| {} | {} | {} | {} |\n|---|---|---|---|\n", kNorm.in(lang),
                       kColumnJudgement.in(lang), kColumnFrom.in(lang), kZelfevaluatie.in(lang));
  for (const auto& norm : label.norms) {
    if (norm.source == JudgementSource::Uncovered) continue;
    if (md) {
      out += fmt::format("| {} | {} | {} | {} |\n", esc(norm_label(*norm.norm)), esc(norm.value),
                         esc(source_text(norm, lang)), esc(self_text(norm, lang)));
      continue;
    }
    std::string line = fmt::format("{:<6} {} — {} [{}]", esc(norm.norm->id), esc(norm.norm->title),
                                   esc(norm.value), esc(source_text(norm, lang)));
    if (const std::string self = self_text(norm, lang); !self.empty()) line += "; " + esc(self);
    out += "    " + util::wrap(line, 94, "           ") + "\n";
  }

  // What no interview covered.
  if (label.uncovered > 0) {
    std::vector<std::string> ids;
    for (const auto& norm : label.norms)
      if (norm.source == JudgementSource::Uncovered) ids.push_back(norm.norm->id);
    out += md ? fmt::format("\n### {} ({})\n\n{}\n", kUncovered.in(lang), label.uncovered,
                            esc(util::join(ids)))
              : fmt::format("\n  {} ({})\n    {}\n", kUncovered.in(lang), label.uncovered,
                            util::wrap(esc(util::join(ids)), 94, "    "));
  }

  // The zelfevaluatie beside the auditor.
  out += md ? fmt::format("\n### {}\n\n", kSelfAssessment.in(lang))
            : fmt::format("\n  {}\n", kSelfAssessment.in(lang));
  if (!label.zelfevaluatie) {
    out += md ? fmt::format("{}\n", kNoZelfevaluatie.in(lang))
              : fmt::format("    {}\n", kNoZelfevaluatie.in(lang));
    return out;
  }
  out +=
      md ? fmt::format("{}\n\n", fill(kSelfSummary, lang, label.self_higher, label.self_lower))
         : fmt::format("    {}\n", fill(kSelfSummary, lang, label.self_higher, label.self_lower));
  for (const auto& norm : label.norms) {
    if (norm.comparison != SelfComparison::Higher && norm.comparison != SelfComparison::Lower)
      continue;
    const std::string line = fmt::format(
        "{} — {}: {}, {}", norm_label(*norm.norm),
        (norm.comparison == SelfComparison::Higher ? kSelfHigher : kSelfLower).in(lang),
        fill(kSelfScore, lang, norm.self->score), fill(kAuditorScore, lang, norm.value));
    out += md ? "- " + esc(line) + "\n" : "    " + util::wrap(esc(line), 94, "      ") + "\n";
  }
  return out;
}

std::string render_people(const model::Audit& audit, const std::string& path,
                          const analysis::AuditResult& result, Format format, Lang lang) {
  const Layout layout{format};
  const bool md = layout.markdown();
  const auto esc = [&](std::string_view text) { return layout.escaped(text); };
  std::string out;
  std::vector<std::string> sets;
  for (const auto& label : result.labels)
    sets.push_back(label.set->reference() + " (" + std::string(kScope.in(lang)) + ": " +
                   scope_of(label, lang) + ")");
  std::vector<std::string> interviews;
  for (const auto& interview : audit.interviews) interviews.push_back(interview_label(interview));
  if (md) {
    out += fmt::format("# {}: {}\n\n", kAudit.in(lang), esc(audit.organisation));
    const std::string line = status_line(result, lang, kAuditAnnexName.in(lang));
    if (!line.empty()) out += "> **" + esc(line) + "**\n\n";
    out += fmt::format("- {}: {}\n", kNormSet.in(lang), esc(util::join(sets, "; ")));
    if (!audit.auditors.empty())
      out += fmt::format("- {}: {}\n", kAuditors.in(lang), esc(util::join(audit.auditors)));
    out += fmt::format("- {} ({}): {}\n", kInterviews.in(lang), audit.interviews.size(),
                       esc(util::join(interviews, "; ")));
  } else {
    out += fmt::format("{}: {} ({})\n", kAudit.in(lang), esc(audit.organisation), esc(path));
    out += fmt::format("{}: {}\n", kNormSet.in(lang), esc(util::join(sets, "; ")));
    if (!audit.auditors.empty())
      out += fmt::format("{}: {}\n", kAuditors.in(lang), esc(util::join(audit.auditors)));
    std::vector<std::string> shows;
    for (const auto& set : unofficial_sets(result)) shows.push_back("'labeltool show " + set + "'");
    const std::string line =
        status_line(result, lang, util::join(shows, lang == Lang::Nl ? " en " : " and "));
    if (!line.empty()) out += util::wrap(line, 100) + "\n";
    out += fmt::format("{} ({}): {}\n", kInterviews.in(lang), audit.interviews.size(),
                       util::wrap(esc(util::join(interviews, "; ")), 96, "  "));
  }
  for (const auto& label : result.labels) out += label_section(label, layout, lang);
  if (md && !unofficial_sets(result).empty()) {
    out += fmt::format("\n## {}\n", kAboutNormSets.in(lang));
    for (const auto& label : result.labels) {
      const std::string note = status_banner(*label.set, lang, BannerLength::Full);
      if (!note.empty()) out += fmt::format("\n{}\n", esc(note));
    }
  }
  return out;
}

// ── JSON and CSV ────────────────────────────────────────────────────────────────────────

std::string meaning_or_null(const std::optional<model::Meaning>& meaning) {
  return meaning ? std::string(model::meaning_name(*meaning)) : std::string();
}

std::string render_json(const model::Audit& audit, const analysis::AuditResult& result) {
  util::JsonWriter json;
  json.begin_object();
  json.key("organisation").value(audit.organisation);
  json.key("auditors").begin_array();
  for (const auto& auditor : audit.auditors) json.value(auditor);
  json.end_array();
  json.key("interviews").begin_array();
  for (const auto& interview : audit.interviews) {
    json.begin_object();
    json.key("id").value(interview.id);
    json.key("date").value(interview.date);
    json.key("group").value(interview.group);
    json.key("also_groups").begin_array();
    for (const auto& also : interview.also_groups) json.value(also);
    json.end_array();
    json.key("heard").begin_array();
    for (const auto& role : interview.heard) json.value(role);
    json.end_array().end_object();
  }
  json.end_array();
  json.key("labels").begin_array();
  for (const auto& label : result.labels) {
    json.begin_object();
    json.key("normset").value(label.set->reference());
    json.key("status").value(model::status_name(label.set->status));
    json.key("scope").begin_array();
    for (const auto& scope : label.scope) json.value(scope);
    json.end_array();
    json.key("outcome").value(outcome_name(label.verdict.outcome));
    json.key("norms_in_scope").value(static_cast<std::uint64_t>(label.norms.size()));
    json.key("heard").value(static_cast<std::uint64_t>(label.heard));
    json.key("carried").value(static_cast<std::uint64_t>(label.carried));
    json.key("uncovered").value(static_cast<std::uint64_t>(label.uncovered));
    json.key("disagreements").value(static_cast<std::uint64_t>(label.disagreements));
    if (label.zelfevaluatie) {
      json.key("self_higher").value(static_cast<std::uint64_t>(label.self_higher));
      json.key("self_lower").value(static_cast<std::uint64_t>(label.self_lower));
    }
    json.key("norms").begin_array();
    for (const auto& norm : label.norms) {
      json.begin_object();
      json.key("norm").value(norm.norm->id);
      json.key("title").value(norm.norm->title);
      json.key("source").value(analysis::source_name(norm.source));
      json.key("judgement");
      norm.meaning ? json.value(norm.value) : json.null();
      json.key("meaning");
      norm.meaning ? json.value(meaning_or_null(norm.meaning)) : json.null();
      json.key("disagreement").value(norm.disagreement);
      json.key("interviews").begin_array();
      for (const auto& heard : norm.heard) {
        json.begin_object();
        json.key("interview").value(heard.interview->id);
        json.key("group").value(heard.interview->group);
        json.key("date").value(heard.interview->date);
        json.key("judgement").value(heard.value->value);
        json.key("observation").value(heard.judgement->observation);
        json.key("evidence").begin_array();
        for (const auto& item : heard.judgement->evidence) json.value(item);
        json.end_array().end_object();
      }
      json.end_array();
      json.key("carried_from").begin_array();
      for (const auto& carried : norm.carried) {
        json.begin_object();
        json.key("normset").value(carried.from_set->reference());
        json.key("norm").value(carried.from->id);
        json.key("relation").value(model::relation_name(carried.relation));
        json.key("meaning").value(model::meaning_name(carried.meaning));
        json.end_object();
      }
      json.end_array();
      if (label.zelfevaluatie) {
        json.key("self_score");
        norm.self ? json.value(norm.self->score) : json.null();
        json.key("self_comparison").value(analysis::comparison_name(norm.comparison));
      }
      json.end_object();
    }
    json.end_array().end_object();
  }
  json.end_array().end_object();
  return json.str() + "\n";
}

std::string render_csv(const analysis::AuditResult& result) {
  std::string out =
      util::csv_row({"normset", "norm", "title", "source", "judgement", "meaning", "disagreement",
                     "interviews", "carried_from", "self_score", "self_comparison"});
  for (const auto& label : result.labels)
    for (const auto& norm : label.norms) {
      std::vector<std::string> interviews, carried;
      for (const auto& heard : norm.heard)
        interviews.push_back(heard.interview->id + "=" + heard.value->value);
      for (const auto& item : norm.carried)
        carried.push_back(item.from_set->reference() + " " + item.from->id + " " +
                          std::string(model::relation_name(item.relation)));
      out += util::csv_row({label.set->reference(), norm.norm->id, norm.norm->title,
                            std::string(analysis::source_name(norm.source)), norm.value,
                            meaning_or_null(norm.meaning), norm.disagreement ? "yes" : "no",
                            util::join(interviews, "|"), util::join(carried, "|"),
                            norm.self ? norm.self->score : std::string(),
                            std::string(analysis::comparison_name(norm.comparison))});
    }
  return out;
}

}  // namespace

std::string render_audit(const model::Audit& audit, const std::string& path,
                         const analysis::AuditResult& result, Format format, Lang lang) {
  switch (format) {
    case Format::Json:
      return render_json(audit, result);
    case Format::Csv:
      return render_csv(result);
    case Format::Markdown:
      return render_people(audit, path, result, Format::Markdown, lang);
    default:
      return render_people(audit, path, result, Format::Text, lang);
  }
}

}  // namespace labeltool::report
