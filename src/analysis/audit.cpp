#include "analysis/audit.hpp"

#include <algorithm>
#include <map>

#include "analysis/transfer.hpp"
#include "util/text.hpp"

namespace labeltool::analysis {
namespace {

using model::Meaning;

/// The findings of one audit against its sets, one rule per step.
struct AuditCheck {
  const model::Audit& audit;
  const std::vector<const model::NormSet*>& sets;
  Diagnostics diagnostics;
  std::vector<std::string> groups;  ///< the interview groups of the resolved sets

  void report(Position position, Code code, Message message) {
    diagnostics.push_back(make_diagnostic(*audit.source, position, code, std::move(message)));
  }
  void duplicate(Position position, Position first, Code code, Message message) {
    auto diagnostic = make_diagnostic(*audit.source, position, code, std::move(message));
    diagnostic.related.push_back(
        make_related(*audit.source, first, Message{"first used here", "eerste keer hier"}));
    diagnostics.push_back(std::move(diagnostic));
  }
  void check_sets();
  void check_interview(const model::Interview& interview);
  void check_label(const model::Interview& interview, const model::LabelJudgements& label,
                   std::size_t label_index);
  void check_judgement(const model::Interview& interview, const model::NormSet& set,
                       const model::AuditedSet& audited, const model::Judgement& judgement);
};

/// Each set once; each scope declared by its set.
void AuditCheck::check_sets() {
  for (std::size_t i = 0; i < audit.normsets.size(); ++i) {
    const auto& audited = audit.normsets[i];
    for (std::size_t j = 0; j < i; ++j)
      if (audit.normsets[j].normset == audited.normset)
        duplicate(audited.normset_position, audit.normsets[j].normset_position, Code::DuplicateId,
                  Message{"norm set " + audited.normset + " is listed twice",
                          "normenkader " + audited.normset + " staat twee keer in de lijst"});
    const model::NormSet* set = sets[i];
    if (!set) continue;
    std::vector<std::string> declared;
    for (const auto& scope : set->scopes) declared.push_back(scope.id);
    for (const auto& scope : audited.scope) {
      if (std::find(declared.begin(), declared.end(), scope) != declared.end()) continue;
      const std::string shown = util::escape_control(scope);
      Message message{"scope '" + shown + "' is not declared by " + set->reference(),
                      "scope '" + shown + "' komt niet voor in " + set->reference()};
      message += did_you_mean(scope, declared);
      report(audited.scope_position, Code::UnknownScope, std::move(message));
    }
  }
}

void AuditCheck::check_interview(const model::Interview& interview) {
  const auto check_group = [&](const std::string& group, Position position) {
    if (group.empty() || groups.empty() ||
        std::find(groups.begin(), groups.end(), group) != groups.end())
      return;
    const std::string shown = util::escape_control(group);
    Message message{
        "interview group '" + shown + "' is not a discipline of the audited norm sets",
        "gespreksgroep '" + shown + "' is geen discipline van de normenkaders in deze audit"};
    message += did_you_mean(group, groups);
    message += {"; they have: " + util::join(groups), "; ze kennen: " + util::join(groups)};
    report(position, Code::UnknownDiscipline, std::move(message));
  };
  check_group(interview.group, interview.group_position);
  for (const auto& also : interview.also_groups) check_group(also, interview.also_groups_position);
  for (std::size_t l = 0; l < interview.labels.size(); ++l)
    check_label(interview, interview.labels[l], l);
}

void AuditCheck::check_label(const model::Interview& interview, const model::LabelJudgements& label,
                             std::size_t label_index) {
  std::size_t set_index = audit.normsets.size();
  for (std::size_t i = 0; i < audit.normsets.size(); ++i)
    if (audit.normsets[i].normset == label.normset) set_index = i;
  if (set_index == audit.normsets.size()) {
    if (label.normset.empty()) return;  // missing-key, from the reader
    std::vector<std::string> audited;
    for (const auto& set : audit.normsets) audited.push_back(set.normset);
    const std::string shown = util::escape_control(label.normset);
    Message message{"interview " + interview.id + " judges norms of " + shown +
                        ", which is not among the audit's 'normsets'",
                    "gesprek " + interview.id + " beoordeelt normen van " + shown +
                        ", maar dat staat niet onder 'normsets' van deze audit"};
    message += did_you_mean(label.normset, audited);
    report(label.normset_position, Code::UnauditedNormset, std::move(message));
    return;
  }
  // Two entries for one set in one interview: a norm in both is judged twice.
  for (std::size_t earlier = 0; earlier < label_index; ++earlier) {
    const auto& other = interview.labels[earlier];
    if (other.normset != label.normset) continue;
    for (const auto& judgement : label.judgements)
      for (const auto& first : other.judgements)
        if (first.norm_id == judgement.norm_id)
          duplicate(judgement.position, first.position, Code::DuplicateJudgement,
                    Message{"interview " + interview.id + " judges norm " + judgement.norm_id +
                                " of " + label.normset + " twice",
                            "gesprek " + interview.id + " beoordeelt norm " + judgement.norm_id +
                                " van " + label.normset + " twee keer"});
  }
  const model::NormSet* set = sets[set_index];
  if (!set) return;
  for (const auto& judgement : label.judgements)
    check_judgement(interview, *set, audit.normsets[set_index], judgement);
}

void AuditCheck::check_judgement(const model::Interview& interview, const model::NormSet& set,
                                 const model::AuditedSet& audited,
                                 const model::Judgement& judgement) {
  const model::Norm* norm = set.find_norm(judgement.norm_id);
  const std::string id = util::escape_control(judgement.norm_id);
  if (!norm) {
    Message message{
        "judgement of '" + id + "', but norm set " + set.reference() + " has no norm " + id,
        "er staat een oordeel bij '" + id + "', maar normenkader " + set.reference() +
            " heeft geen norm " + id};
    message += did_you_mean(judgement.norm_id, set.norm_ids());
    report(judgement.position, Code::UnknownNorm, std::move(message));
    return;
  }
  read_scale_value(set, judgement.judgement, [&](Code code, Message message) {
    report(judgement.judgement_position, code, std::move(message));
  });
  if (!norm->applies_to_any(audited.scope))
    report(judgement.position, Code::OutOfScope,
           Message{"norm " + id + " does not apply to the audited scope (" +
                       util::join(audited.scope) + ") of " + set.reference(),
                   "norm " + id + " geldt niet voor de scope van de audit (" +
                       util::join(audited.scope) + ") bij " + set.reference()});
  // Only for a known group: an unknown one has its own finding, on the interview. A merged
  // interview asks the norms of each of its groups.
  const auto& given_to = norm->discipline;
  const bool known_group = std::find(groups.begin(), groups.end(), interview.group) != groups.end();
  const std::vector<std::string> asked = interview.groups_asked();
  const bool given_here = std::any_of(asked.begin(), asked.end(), [&](const std::string& group) {
    return std::find(given_to.begin(), given_to.end(), group) != given_to.end();
  });
  if (known_group && !given_to.empty() && !given_here) {
    const std::string shown = util::join(asked, "+");
    report(judgement.position, Code::NormOutsideGroup,
           Message{"interview " + interview.id + " (group " + shown + ") judges norm " + id +
                       ", which " + set.reference() + " gives to " + util::join(given_to),
                   "gesprek " + interview.id + " (groep " + shown + ") beoordeelt norm " + id +
                       ", die " + set.reference() + " bij " + util::join(given_to) + " legt"});
  }
}

}  // namespace

std::vector<model::NamedId> interview_groups(const std::vector<const model::NormSet*>& sets) {
  std::vector<model::NamedId> groups;
  for (const model::NormSet* set : sets) {
    if (!set) continue;
    for (const auto& discipline : set->disciplines) {
      const bool known = std::any_of(groups.begin(), groups.end(), [&](const model::NamedId& g) {
        return g.id == discipline.id;
      });
      if (!known) groups.push_back(discipline);
    }
  }
  return groups;
}

std::vector<const model::Norm*> norms_for_groups(const model::NormSet& set,
                                                 const std::vector<std::string>& scope,
                                                 const std::vector<std::string>& groups) {
  std::vector<const model::Norm*> norms;
  const auto asked = [&](const std::string& discipline) {
    return std::find(groups.begin(), groups.end(), discipline) != groups.end();
  };
  for (const auto& theme : set.themes)
    for (const auto& norm : theme.norms) {
      if (!norm.applies_to_any(scope)) continue;
      const auto& given = norm.discipline;
      if (given.empty() || std::any_of(given.begin(), given.end(), asked)) norms.push_back(&norm);
    }
  return norms;
}

std::vector<std::string> FormInterview::also_groups() const {
  std::vector<std::string> also;
  for (const auto& asked : groups)
    if (asked != group.id) also.push_back(asked);
  return also;
}

std::vector<FormInterview> audit_form(const std::vector<FormSet>& sets,
                                      const std::vector<GroupRule>& rules) {
  std::vector<const model::NormSet*> plain;
  for (const auto& form : sets) plain.push_back(form.set);
  std::vector<FormInterview> out;
  for (const auto& group : interview_groups(plain)) {
    const std::string id = group_of(group.id, rules);
    auto found = std::find_if(out.begin(), out.end(), [&](auto& i) { return i.id == id; });
    if (found == out.end()) {
      std::string name = id == group.id ? group.name : id;
      for (const auto& rule : rules)
        if (rule.id == id && !rule.name.empty()) name = rule.name;
      out.push_back({id, name, group, {}, {}});
      found = out.end() - 1;
    }
    found->groups.push_back(group.id);
  }
  for (auto& interview : out)
    for (const auto& form : sets)
      interview.norms.push_back(norms_for_groups(*form.set, form.scope, interview.groups));
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const FormInterview& i) {
                             return std::all_of(i.norms.begin(), i.norms.end(),
                                                [](auto& n) { return n.empty(); });
                           }),
            out.end());
  return out;
}

Diagnostics check_audit(const model::Audit& audit, const std::vector<const model::NormSet*>& sets) {
  AuditCheck check{audit, sets, {}, {}};
  check.check_sets();
  for (const auto& group : interview_groups(sets)) check.groups.push_back(group.id);
  for (std::size_t i = 0; i < audit.interviews.size(); ++i) {
    const auto& interview = audit.interviews[i];
    for (std::size_t j = 0; j < i; ++j)
      if (!interview.id.empty() && audit.interviews[j].id == interview.id)
        check.duplicate(interview.position, audit.interviews[j].position, Code::DuplicateId,
                        Message{"interview ID '" + interview.id + "' is used twice",
                                "gesprek '" + interview.id + "' staat er twee keer in"});
    check.check_interview(interview);
  }
  return std::move(check.diagnostics);
}

namespace {

/// A zelfevaluatie that scores each of `judged` with its value, so that check's verdict and
/// transfer's rules can be applied to what the auditor found.
model::Zelfevaluatie as_zelfevaluatie(const model::Audit& audit, const model::NormSet& set,
                                      const std::vector<std::string>& scope,
                                      const std::vector<NormJudgement>& judged) {
  model::Zelfevaluatie z;
  z.source = audit.source;
  z.normset = set.reference();
  z.organisation = audit.organisation;
  z.scope = scope;
  for (const auto& norm : judged) {
    if (!norm.meaning) continue;
    model::Answer answer;
    answer.norm_id = norm.norm->id;
    answer.score = norm.value;
    answer.toelichting = "audit";  // check asks for one on every gap; the audit has its own
    z.answers.push_back(std::move(answer));
  }
  return z;
}

/// The heard judgements of one label: every interview's, the strictest deciding.
LabelAudit heard_label(const model::Audit& audit, std::size_t index, const model::NormSet& set) {
  LabelAudit label;
  label.set = &set;
  label.scope = audit.normsets[index].scope;
  std::map<std::string, std::vector<HeardJudgement>> heard;
  for (const auto& interview : audit.interviews)
    for (const auto& judged : interview.labels) {
      if (judged.normset != set.reference()) continue;
      for (const auto& judgement : judged.judgements) {
        const model::ScaleValue* value =
            read_scale_value(set, judgement.judgement, [](Code, Message) {});
        if (value) heard[judgement.norm_id].push_back({&interview, &judgement, value});
      }
    }
  for (const auto& theme : set.themes)
    for (const auto& norm : theme.norms) {
      if (!norm.applies_to_any(label.scope)) continue;
      NormJudgement entry;
      entry.norm = &norm;
      if (auto it = heard.find(norm.id); it != heard.end()) {
        entry.heard = it->second;
        entry.source = JudgementSource::Heard;
        const HeardJudgement* strictest = &entry.heard.front();
        for (const auto& item : entry.heard) {
          if (item.value->meaning != strictest->value->meaning) entry.disagreement = true;
          if (strictness(item.value->meaning) < strictness(strictest->value->meaning))
            strictest = &item;
        }
        entry.meaning = strictest->value->meaning;
        entry.value = strictest->value->value;
      }
      label.norms.push_back(std::move(entry));
    }
  return label;
}

/// Carries the heard judgements of `from` to the norms of `to` that no interview judged,
/// through the equal and superset rows of `crosswalk` (from → to) only.
void carry(const model::Audit& audit, const LabelAudit& from, LabelAudit& to,
           const model::Crosswalk& crosswalk) {
  model::Crosswalk full = crosswalk;
  full.mappings.clear();
  for (const auto& row : crosswalk.mappings)
    if (model::covers_fully(row.relation)) full.mappings.push_back(row);
  std::vector<NormJudgement> heard_only;
  for (const auto& norm : from.norms)
    if (norm.source == JudgementSource::Heard) heard_only.push_back(norm);
  const auto z = as_zelfevaluatie(audit, *from.set, from.scope, heard_only);
  const Transfer result = transfer(z, *from.set, *to.set, full, to.scope);
  for (const auto& moved : result.norms) {
    if (moved.kind != TransferredNorm::Kind::Carried || !moved.meaning) continue;
    for (auto& entry : to.norms) {
      if (entry.norm != moved.norm || entry.source == JudgementSource::Heard) continue;
      for (const auto& source : moved.sources)
        if (source.rule == TransferSource::Rule::ScoreCarries && source.carried)
          entry.carried.push_back({from.set, source.norm, source.relation, *source.carried});
      if (entry.carried.empty()) continue;
      entry.source = JudgementSource::Carried;
      for (const auto& item : entry.carried)
        if (!entry.meaning || strictness(item.meaning) < strictness(*entry.meaning))
          entry.meaning = item.meaning;
      entry.value = scale_value(*to.set, *entry.meaning);
    }
  }
}

SelfComparison compare(Meaning self, Meaning auditor) {
  if (self == auditor) return SelfComparison::Same;
  if (self == Meaning::NotApplicable || auditor == Meaning::NotApplicable)
    return SelfComparison::Different;
  return strictness(self) > strictness(auditor) ? SelfComparison::Higher : SelfComparison::Lower;
}

/// The zelfevaluatie beside each norm, the counts, and the verdict by the set's rule.
void conclude(const model::Audit& audit, LabelAudit& label) {
  for (auto& entry : label.norms) {
    switch (entry.source) {
      case JudgementSource::Heard:
        ++label.heard;
        break;
      case JudgementSource::Carried:
        ++label.carried;
        break;
      case JudgementSource::Uncovered:
        ++label.uncovered;
        break;
    }
    if (entry.disagreement) ++label.disagreements;
    if (!label.zelfevaluatie) continue;
    entry.self = label.zelfevaluatie->find_answer(entry.norm->id);
    if (entry.self) entry.self_meaning = meaning_of(*label.set, entry.self->score);
    if (!entry.self_meaning || !entry.meaning) continue;
    entry.comparison = compare(*entry.self_meaning, *entry.meaning);
    if (entry.comparison == SelfComparison::Higher) ++label.self_higher;
    if (entry.comparison == SelfComparison::Lower) ++label.self_lower;
  }
  const auto z = as_zelfevaluatie(audit, *label.set, label.scope, label.norms);
  const CheckResult checked = check_zelfevaluatie(z, *label.set, "");
  label.total = checked.total;
  label.verdict = checked.verdict;
}

}  // namespace

AuditResult evaluate_audit(const model::Audit& audit,
                           const std::vector<const model::NormSet*>& sets,
                           const std::vector<const model::Zelfevaluatie*>& zelfevaluaties,
                           const std::vector<AuditCrosswalk>& crosswalks) {
  AuditResult result;
  for (std::size_t i = 0; i < sets.size() && i < audit.normsets.size(); ++i) {
    result.labels.push_back(heard_label(audit, i, *sets[i]));
    for (const model::Zelfevaluatie* z : zelfevaluaties)
      if (z && z->normset == sets[i]->reference()) result.labels.back().zelfevaluatie = z;
  }
  // Carried from heard judgements only: the heard labels are copied first, so a judgement
  // carried A → B never carries on B → C.
  const std::vector<LabelAudit> heard = result.labels;
  for (const auto& link : crosswalks)
    if (link.from < heard.size() && link.to < heard.size() && link.from != link.to)
      carry(audit, heard[link.from], result.labels[link.to], link.crosswalk);
  for (auto& label : result.labels) conclude(audit, label);
  return result;
}

std::string_view source_name(JudgementSource source) {
  switch (source) {
    case JudgementSource::Heard:
      return "heard";
    case JudgementSource::Carried:
      return "carried";
    case JudgementSource::Uncovered:
      return "uncovered";
  }
  return "uncovered";
}

std::string_view comparison_name(SelfComparison comparison) {
  switch (comparison) {
    case SelfComparison::NoSelfScore:
      return "none";
    case SelfComparison::Same:
      return "same";
    case SelfComparison::Higher:
      return "higher";
    case SelfComparison::Lower:
      return "lower";
    case SelfComparison::Different:
      return "different";
  }
  return "none";
}

}  // namespace labeltool::analysis
