#include "report/gap_report.hpp"

#include <fmt/core.h>

#include "report/common.hpp"
#include "report/crosswalk_note.hpp"
#include "report/html_reports.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::TransferredNorm;
using analysis::TransferSource;
using util::escape_control;

/// The words of a rule that carried something: equal or superset, or subset and intersects.
const Phrase& carried_rule(TransferSource::Rule rule) {
  return rule == TransferSource::Rule::ScoreCarries ? kScoreCarries : kAtMostPartlyMet;
}

/// The target score as shown: its scale value, the meaning's name when the target scale has
/// no value for it, or "-" when nothing was carried.
std::string score_text(const TransferredNorm& norm) {
  if (!norm.meaning) return "-";
  return norm.score.empty() ? std::string(model::meaning_name(*norm.meaning)) : norm.score;
}

std::string transfer_json(const model::NormSet& source, const model::NormSet& target,
                          const analysis::Transfer& transfer,
                          const std::vector<analysis::UnsoundChain>& unsound,
                          const model::Crosswalk& crosswalk, const analysis::TargetScope& scope) {
  // The why and rule sentences stay English so the document does not change with --lang.
  util::JsonWriter json;
  json.begin_object().key("schema").value("labeltool-gap/1");
  json.key("source").value(source.reference()).key("target").value(target.reference());
  json.key("crosswalk");
  crosswalk_json(json, &crosswalk);
  json.key("scope").begin_object().key("used").begin_array();
  for (const auto& id : scope.scope) json.value(id);
  json.end_array().key("reason").value(scope_reason_name(scope.reason));
  json.key("not_in_target").begin_array();
  for (const auto& id : scope.not_in_target) json.value(id);
  json.end_array().end_object();
  json.key("carried").value(static_cast<std::uint64_t>(transfer.carried));
  json.key("verify").value(static_cast<std::uint64_t>(transfer.verify));
  json.key("no_source").value(static_cast<std::uint64_t>(transfer.no_source));
  json.key("norms").begin_array();
  for (const auto& n : transfer.norms) {
    json.begin_object().key("id").value(n.norm->id).key("kind").value(analysis::kind_name(n.kind));
    json.key("score");
    if (n.meaning)
      json.value(score_text(n));
    else
      json.null();
    json.key("why").value(transfer_why_text(n, Lang::En)).key("sources").begin_array();
    for (const auto& s : n.sources) {
      json.begin_object().key("norm").value(s.norm->id).key("score").value(s.answer->score);
      json.key("relation").value(model::relation_name(s.relation));
      json.key("rule").value(transfer_rule_text(s, Lang::En)).end_object();
    }
    json.end_array().end_object();
  }
  json.end_array().key("unsound_chains").begin_array();
  for (const auto& u : unsound) {
    json.begin_object().key("first").value(u.first).key("middle").value(u.middle);
    json.key("last").value(u.last);
    json.key("relations")
        .value(std::string(model::relation_name(u.first_relation)) + "∘" +
               std::string(model::relation_name(u.second_relation)));
    json.end_object();
  }
  json.end_array().end_object();
  return json.str();
}

/// "6.1 Title — voldoet (uit O16 superset 'voldoet'; beslissend: O16, score gaat mee)".
std::string transferred_line(const TransferredNorm& n, Lang lang) {
  std::string line = norm_label(*n.norm);
  if (n.kind == TransferredNorm::Kind::NoSource) return line;
  std::vector<std::string> sources;
  for (const auto& s : n.sources) {
    sources.push_back(s.norm->id + " " + std::string(model::relation_name(s.relation)) + " '" +
                      escape_control(s.answer->score) + "'");
  }
  std::string why = std::string(kNothingToCarry.in(lang));
  if (n.decisive) {
    const auto& d = n.sources[*n.decisive];
    why = fmt::format("{}: {}, {}", kDecisive.in(lang), d.norm->id, carried_rule(d.rule).in(lang));
  }
  return line + fmt::format(" — {} ({} {}; {})", score_text(n), kFrom.in(lang),
                            util::join(sources, ", "), why);
}

std::string transfer_for_people(const model::NormSet& source, const model::NormSet& target,
                                const analysis::Transfer& transfer,
                                const std::vector<analysis::UnsoundChain>& unsound,
                                const model::Crosswalk& crosswalk, const std::string& scope_line,
                                Format format, Lang lang) {
  const Layout layout{format};
  std::string out = fmt::format(layout.markdown() ? "# {} → {}\n\n" : "{} → {}\n",
                                source.reference(), target.reference());
  out += status_banners({&source, &target}, lang, format);
  out += crosswalk_header(crosswalk, lang, format);
  out += layout.markdown() ? layout.escaped(scope_line) + "\n\n"
                           : util::wrap(escape_control(scope_line), 100) + "\n";
  const std::size_t total = transfer.norms.size();
  out += fmt::format("{}{}: {}; {}: {}; {}: {}\n", layout.markdown() ? "\n" : "",
                     capitalised(kCarried.in(lang)), share(transfer.carried, total, lang),
                     kToVerify.in(lang), share(transfer.verify, total, lang),
                     kNoSourceCount.in(lang), share(transfer.no_source, total, lang));
  const auto section = [&](TransferredNorm::Kind kind, std::string_view title, std::size_t count) {
    out += layout.heading(title, count);
    for (const auto& n : transfer.norms)
      if (n.kind == kind) out += layout.wrapped_item(transferred_line(n, lang));
  };
  section(TransferredNorm::Kind::Carried, capitalised(kCarried.in(lang)), transfer.carried);
  section(TransferredNorm::Kind::Verify, capitalised(kToVerify.in(lang)), transfer.verify);
  section(TransferredNorm::Kind::NoSource, kNoSourceHeading.in(lang), transfer.no_source);
  if (!unsound.empty()) {
    out += layout.heading(kChainsToReview.in(lang), unsound.size());
    for (const auto& u : unsound) {
      out += layout.item(fmt::format(
          "{} →{}→ {} →{}→ {}: {}", u.first, model::relation_name(u.first_relation), u.middle,
          model::relation_name(u.second_relation), u.last, kCannotCompose.in(lang)));
    }
  }
  return out + crosswalk_annex(crosswalk, lang, format);
}

}  // namespace

std::string transfer_rule_text(const TransferSource& source, Lang lang) {
  const std::string relation(model::relation_name(source.relation));
  switch (source.rule) {
    case TransferSource::Rule::OffScale:
      return fill(kOffScale, lang, source.answer->score);
    case TransferSource::Rule::NotApplicableThere:
      return std::string(kNotApplicableThere.in(lang));
    case TransferSource::Rule::ScoreCarries:
    case TransferSource::Rule::AtMostPartlyMet:
      return relation + ": " + std::string(carried_rule(source.rule).in(lang));
  }
  return {};
}

std::string transfer_why_text(const TransferredNorm& norm, Lang lang) {
  if (norm.decisive) {
    const auto& decisive = norm.sources[*norm.decisive];
    return fmt::format("{}: {} ({})", kStrictestSource.in(lang), decisive.norm->id,
                       transfer_rule_text(decisive, lang));
  }
  return norm.sources.empty() ? std::string() : transfer_rule_text(norm.sources.front(), lang);
}

std::string render_transfer(const model::NormSet& source, const model::NormSet& target,
                            const analysis::Transfer& transfer,
                            const std::vector<analysis::UnsoundChain>& unsound,
                            const model::Crosswalk& crosswalk, const analysis::TargetScope& scope,
                            Format format, Lang lang) {
  if (format == Format::Json)
    return transfer_json(source, target, transfer, unsound, crosswalk, scope);
  if (format == Format::Html)
    return render_transfer_html(source, target, transfer, unsound, crosswalk,
                                target_scope_text(target, scope, lang), lang);
  return transfer_for_people(source, target, transfer, unsound, crosswalk,
                             target_scope_text(target, scope, lang), format, lang);
}

std::string target_scope_text(const model::NormSet& target, const analysis::TargetScope& scope,
                              Lang lang) {
  using Reason = analysis::TargetScope::Reason;
  const std::string set = target.reference();
  const std::string used = util::join(scope.scope);
  switch (scope.reason) {
    case Reason::Given:
      return fill(kScopeGiven, lang, set, used);
    case Reason::Same:
      return fill(kScopeSame, lang, set, used);
    case Reason::Part:
      return fill(kScopePart, lang, set, used, util::join(scope.not_in_target), set);
    case Reason::NoneInCommon: {
      std::vector<std::string> declared;
      for (const auto& s : target.scopes) declared.push_back(s.id);
      return fill(kScopeNoneInCommon, lang, set, util::join(scope.not_in_target), set,
                  util::join(declared));
    }
    case Reason::AllScopes:
      return fill(kScopeAllScopes, lang, set);
  }
  return {};
}

std::string_view scope_reason_name(analysis::TargetScope::Reason reason) {
  using Reason = analysis::TargetScope::Reason;
  switch (reason) {
    case Reason::Given:
      return "given";
    case Reason::Same:
      return "same";
    case Reason::Part:
      return "part";
    case Reason::NoneInCommon:
      return "none-in-common";
    case Reason::AllScopes:
      return "all-scopes";
  }
  return "all-scopes";
}

}  // namespace labeltool::report
