// The HTML document of `labeltool plan`: the interview guide, one section per interview group
// and one printed page each, for an auditor to take into the interviews.
#include <fmt/core.h>

#include "report/common.hpp"
#include "report/crosswalk_note.hpp"
#include "report/html.hpp"
#include "report/html_reports.hpp"
#include "report/plan_machine.hpp"
#include "report/plan_report.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::Plan;
using analysis::PlanItem;
using html::escape;

/// "<ul><li>…</li></ul>" of already plain entries, escaped here.
std::string bullet_list(const std::vector<std::string>& entries) {
  std::string out = "<ul>\n";
  for (const auto& entry : entries) out += "<li>" + escape(entry) + "</li>\n";
  return out + "</ul>\n";
}

/// One labelled part of a norm's block: "<p><strong>Label:</strong> text</p>".
std::string field(const Phrase& label, Lang lang, std::string_view text) {
  return fmt::format("<p><strong>{}:</strong> {}</p>\n", escape(label.in(lang)), escape(text));
}

std::string norm_block(const Plan& plan, const PlanItem& item, Lang lang) {
  const model::NormSet& set = item.a ? *plan.a : *plan.b;
  const model::NormSet& other = item.a ? *plan.b : *plan.a;
  const model::Norm& norm = item.norm();
  std::string heading = set.id + " " + norm.id + " " + norm.title;
  std::vector<std::string> marks;
  if (item.shared()) marks.push_back(fill(kSharedAlsoIn, lang, util::join(item.also_in)));
  if (item.placement == analysis::Placement::Partner) marks.emplace_back(kHereForRelated.in(lang));
  std::string out = "<article class=\"norm\">\n" + html::heading(3, heading);
  if (!marks.empty()) out += "<p class=\"marks\">" + escape(util::join(marks, "; ")) + "</p>\n";
  // As in the text guide: text, questions and evidence where the norm's own discipline is
  // asked; a group it joins for a related norm names it and its relations only.
  const bool own = item.placement == analysis::Placement::Own;
  if (own) out += field(kNormTextLabel, lang, util::collapse_whitespace(norm.text));
  std::vector<std::string> related;
  for (const auto& partner : item.partners) {
    const std::string where = partner.here ? std::string(kHere.in(lang))
                                           : fill(kAskedIn, lang, util::join(partner.groups));
    related.push_back(fmt::format("{} {} {} ({}, {})", other.id, partner.norm->id,
                                  partner.norm->title, model::relation_name(partner.relation),
                                  where));
  }
  if (related.empty()) related.emplace_back(kNoRelatedNorm.in(lang));
  out += "<p><strong>" + escape(kRelatedNorms.in(lang)) + ":</strong></p>\n" + bullet_list(related);
  const auto points = guidance_points(norm.guidance);
  if (own && !points.empty())
    out += "<p><strong>" + escape(kAskAbout.in(lang)) + ":</strong></p>\n" + bullet_list(points);
  if (own && !norm.evidence.empty())
    out += field(kEvidenceToRequest, lang, util::join(norm.evidence, "; "));
  if (item.a ? plan.zelfevaluatie_a : plan.zelfevaluatie_b) {
    std::string answer(kNoAnswer.in(lang));
    if (item.answer && !item.answer->score.empty()) {
      answer = item.answer->score;
      const std::string toelichting = util::collapse_whitespace(item.answer->toelichting);
      if (!toelichting.empty()) answer += " — " + toelichting;
    }
    out += field(kZelfevaluatie, lang, answer);
  }
  return out + "</article>\n";
}

}  // namespace

std::string render_plan_html(const Plan& plan, Lang lang) {
  const model::NormSet& a = *plan.a;
  const model::NormSet& b = *plan.b;
  const std::string name =
      fmt::format("{}: {} + {}", kCombinedAudit.in(lang), a.reference(), b.reference());
  std::string body = "<section class=\"cover\">\n" + html::heading(1, name);
  body += html::status_line({&a, &b}, lang);
  if (plan.crosswalk)
    body += html::paragraph(
        util::collapse_whitespace(crosswalk_header(*plan.crosswalk, lang, Format::Text)));
  body += html::paragraph(fill(kPlanCounts, lang, plan.norms_a, a.reference(), plan.norms_b,
                               b.reference(), plan.pairs));
  if (const auto note = only_groups_note(plan, lang); !note.empty()) body += html::paragraph(note);
  body += html::paragraph(kRelationsRead.in(lang));
  body += "</section>\n";
  for (const auto& g : plan.groups) {
    body += "<section class=\"page\">\n";
    body += html::heading(2, fmt::format("{}: {}", kGroup.in(lang), group_name(g, lang)));
    body += html::paragraph(fill(kGroupCounts, lang, g.count_a, a.id, g.count_b, b.id, g.shared));
    for (const auto& item : g.items) body += norm_block(plan, item, lang);
    body += "</section>\n";
  }
  if (plan.crosswalk)
    body += "<section>\n" +
            html::paragraph(
                util::collapse_whitespace(crosswalk_annex(*plan.crosswalk, lang, Format::Text))) +
            "</section>\n";
  body += html::about_section({&a, &b}, lang);
  return html::document({name, {}, name}, lang, body);
}

}  // namespace labeltool::report
