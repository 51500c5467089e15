#include "report/plan_report.hpp"

#include <fmt/core.h>

#include "report/common.hpp"
#include "report/crosswalk_note.hpp"
#include "report/html_reports.hpp"
#include "report/markdown.hpp"
#include "report/plan_machine.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

using analysis::Plan;
using analysis::PlanItem;

/// The text and Markdown guide share their words; only the shape of a block differs.
class Guide {
 public:
  Guide(const Plan& plan, Format format, Lang lang)
      : plan_(plan), markdown_(format == Format::Markdown), lang_(lang) {}

  std::string render() const {
    std::string out =
        fmt::format(markdown_ ? "# {}: {} + {}\n\n" : "{}: {} + {}\n", kCombinedAudit.in(lang_),
                    plan_.a->reference(), plan_.b->reference());
    out += status_banners({plan_.a, plan_.b}, lang_, format());
    if (plan_.crosswalk) out += crosswalk_header(*plan_.crosswalk, lang_, format());
    for (const auto* z : {plan_.zelfevaluatie_a, plan_.zelfevaluatie_b})
      if (z)
        out += line(fmt::format("{} {}: {} ({}, {})", kZelfevaluatie.in(lang_), z->normset,
                                z->source->path(), z->organisation, z->date));
    out += line(fill(kPlanCounts, lang_, plan_.norms_a, plan_.a->reference(), plan_.norms_b,
                     plan_.b->reference(), plan_.pairs));
    if (const auto note = only_groups_note(plan_, lang_); !note.empty()) out += line(note);
    out += line(std::string(kRelationsRead.in(lang_)));
    for (const auto& g : plan_.groups) out += group(g);
    if (plan_.crosswalk) out += crosswalk_annex(*plan_.crosswalk, lang_, format());
    return out;
  }

 private:
  Format format() const { return markdown_ ? Format::Markdown : Format::Text; }

  std::string esc(std::string_view text) const {
    return markdown_ ? markdown_escape(text) : util::escape_control(text);
  }

  /// A paragraph of the header.
  std::string line(const std::string& text) const {
    return markdown_ ? esc(text) + "\n\n" : util::wrap(esc(text), 100) + "\n";
  }

  std::string group(const analysis::PlanGroup& g) const {
    const std::string name = group_name(g, lang_);
    const std::string counts =
        fill(kGroupCounts, lang_, g.count_a, plan_.a->id, g.count_b, plan_.b->id, g.shared);
    std::string out = markdown_ ? fmt::format("## {} ({})\n", esc(name), counts)
                                : fmt::format("\n{} ({})\n", esc(name), counts);
    for (const auto& item : g.items) out += norm_block(item);
    return out;
  }

  /// "kssw O1 Missie, visie en strategie", with the marks of a shared norm.
  std::string norm_heading(const PlanItem& item) const {
    const model::NormSet& set = item.a ? *plan_.a : *plan_.b;
    std::string heading = set.id + " " + item.norm().id + " " + item.norm().title;
    const std::string marks = placement_marks(item, lang_);
    if (!marks.empty()) heading += " [" + marks + "]";
    return heading;
  }

  std::string answer_text(const PlanItem& item) const {
    if (!item.answer) return std::string(kNoAnswer.in(lang_));
    const std::string toelichting = util::collapse_whitespace(item.answer->toelichting);
    const std::string score =
        item.answer->score.empty() ? std::string(kNoAnswer.in(lang_)) : item.answer->score;
    return toelichting.empty() ? score : score + " — " + toelichting;
  }

  const model::Zelfevaluatie* zelfevaluatie_of(const PlanItem& item) const {
    return item.a ? plan_.zelfevaluatie_a : plan_.zelfevaluatie_b;
  }

  std::string norm_block(const PlanItem& item) const {
    const model::Norm& norm = item.norm();
    std::vector<std::string> related;
    for (const auto& partner : item.partners)
      related.push_back(related_text(plan_, item, partner, lang_));
    if (related.empty()) related.emplace_back(kNoRelatedNorm.in(lang_));
    const auto points = guidance_points(norm.guidance);
    std::string out = markdown_ ? "\n### " + esc(norm_heading(item)) + "\n\n"
                                : "\n  " + util::wrap(esc(norm_heading(item)), 96, "    ") + "\n";
    // Text, questions and evidence stand where the norm's own discipline is asked; a group it
    // joins for a related norm names it and its relations only, so the guide stays short.
    const bool own = item.placement == analysis::Placement::Own;
    if (own) out += field(kNormTextLabel, util::collapse_whitespace(norm.text));
    out += list(kRelatedNorms, related);
    if (own && !points.empty()) out += list(kAskAbout, points);
    if (own && !norm.evidence.empty())
      out += field(kEvidenceToRequest, util::join(norm.evidence, "; "));
    if (zelfevaluatie_of(item)) out += field(kZelfevaluatie, answer_text(item));
    return out;
  }

  /// "Label: text" as one wrapped paragraph.
  std::string field(const Phrase& label, const std::string& text) const {
    if (markdown_) return fmt::format("**{}:** {}\n\n", label.in(lang_), esc(text));
    return "      " + util::wrap(esc(std::string(label.in(lang_)) + ": " + text), 94, "        ") +
           "\n";
  }

  /// "Label:" with one bullet per entry.
  std::string list(const Phrase& label, const std::vector<std::string>& entries) const {
    std::string out = markdown_ ? fmt::format("**{}:**\n\n", label.in(lang_))
                                : fmt::format("      {}:\n", label.in(lang_));
    for (const auto& entry : entries) {
      out += markdown_ ? "- " + esc(entry) + "\n"
                       : "        - " + util::wrap(esc(entry), 90, "          ") + "\n";
    }
    return markdown_ ? out + "\n" : out;
  }

  const Plan& plan_;
  bool markdown_;
  Lang lang_;
};

}  // namespace

std::string related_text(const Plan& plan, const PlanItem& item,
                         const analysis::PlanPartner& partner, Lang lang) {
  const model::NormSet& other = item.a ? *plan.b : *plan.a;
  const std::string where =
      partner.here ? std::string(kHere.in(lang)) : fill(kAskedIn, lang, util::join(partner.groups));
  return fmt::format("{} {} {} ({}, {})", other.id, partner.norm->id, partner.norm->title,
                     model::relation_name(partner.relation), where);
}

std::string group_name(const analysis::PlanGroup& g, Lang lang) {
  return g.discipline.empty() ? std::string(kNoInterviewGroup.in(lang)) : g.name;
}

std::string only_groups_note(const Plan& plan, Lang lang) {
  if (plan.left_out.empty()) return "";
  std::vector<std::string> shown, left_out;
  for (const auto& g : plan.groups) shown.push_back(group_name(g, lang));
  for (const auto& g : plan.left_out) left_out.push_back(group_name(g, lang));
  // "; " since group names have commas of their own ("Schuldhulpverleners, budgetbeheerders, …")
  return fill(kPlanOnlyGroups, lang, util::join(shown, "; "), util::join(left_out, "; "));
}

std::string placement_marks(const PlanItem& item, Lang lang) {
  std::vector<std::string> marks;
  if (item.shared()) marks.push_back(fill(kSharedAlsoIn, lang, util::join(item.also_in)));
  if (item.placement == analysis::Placement::Partner) marks.emplace_back(kHereForRelated.in(lang));
  return util::join(marks, "; ");
}

std::string render_plan(const Plan& plan, Format format, Lang lang) {
  switch (format) {
    case Format::Json:
      return plan_json(plan);
    case Format::Csv:
      return plan_csv(plan);
    case Format::Html:
      return render_plan_html(plan, lang);
    default:
      return Guide(plan, format, lang).render();
  }
}

}  // namespace labeltool::report
