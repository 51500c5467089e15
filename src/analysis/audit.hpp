#pragma once
/// `labeltool audit`: what the auditor heard (audit/1), checked against the norm sets it names,
/// brought together per norm of each label — the strictest judgement where interviews
/// disagree, judgements carried to the other label where the crosswalk says equal or
/// superset, norms no interview covered — and each label's outcome by its own verdict rule,
/// beside the organisation's own zelfevaluatie.
#include <optional>
#include <string>
#include <vector>

#include "analysis/check.hpp"
#include "analysis/plan.hpp"
#include "diag/diagnostic.hpp"
#include "model/audit.hpp"
#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"

namespace labeltool::analysis {

/// The rules of audit/1 against the norm sets it names: `sets[i]` is the resolved
/// `audit.normsets[i]`, nullptr where it could not be resolved (its finding is elsewhere).
/// Duplicate interview IDs, scopes and interview groups the sets do not declare, judgements
/// for a norm set not audited, unknown norms, judgements off the set's scale (read as check
/// reads scores), norms outside the audited scope, and — as a note only — a norm judged in an
/// interview of a group the set does not give it to.
Diagnostics check_audit(const model::Audit& audit, const std::vector<const model::NormSet*>& sets);

/// The disciplines (interview groups) of `sets` in order, each once: the groups an audit of
/// them has.
std::vector<model::NamedId> interview_groups(const std::vector<const model::NormSet*>& sets);

/// The norms of `set` within `scope` that any of `groups` answers by the set's own
/// `discipline` data; a norm without a discipline is asked in every group.
std::vector<const model::Norm*> norms_for_groups(const model::NormSet& set,
                                                 const std::vector<std::string>& scope,
                                                 const std::vector<std::string>& groups);

/// One norm set of an empty audit form, with the scope audited.
struct FormSet {
  const model::NormSet* set;
  std::vector<std::string> scope;
};

/// One interview of an empty audit form: its ID and name, its group and, per set, the norms
/// to ask there.
struct FormInterview {
  std::string id;    ///< the interview group's ID, or the organisation's group (--groups)
  std::string name;  ///< the name shown for it
  /// The discipline the interview's `group:` names: its own, or the first one a merged group
  /// asks (the norms of the others are then judged there, which lint notes).
  model::NamedId group;
  std::vector<std::string> groups;  ///< every discipline asked in it
  /// The disciplines asked besides `group` (the form's `also_groups`), for a merged group.
  std::vector<std::string> also_groups() const;
  std::vector<std::vector<const model::Norm*>> norms;  ///< per FormSet, in set order
};

/// The empty form `template --audit` writes, in every format (YAML, CSV, and a workbook):
/// one interview per interview group of `sets` that has norms to ask — after `rules`, the
/// organisation's own groups (--groups, as for plan), when there are any.
std::vector<FormInterview> audit_form(const std::vector<FormSet>& sets,
                                      const std::vector<GroupRule>& rules = {});

/// One interview's judgement of a norm.
struct HeardJudgement {
  const model::Interview* interview;
  const model::Judgement* judgement;
  const model::ScaleValue* value;  ///< on the norm's own set's scale
};

/// A judgement carried from a norm of another audited label by an equal or superset row.
struct CarriedJudgement {
  const model::NormSet* from_set;
  const model::Norm* from;
  model::Relation relation;  ///< from → this norm
  model::Meaning meaning;
};

/// Where a norm's judgement in the audit comes from.
enum class JudgementSource {
  Heard,      ///< judged in one or more interviews
  Carried,    ///< not judged itself; carried from the other label
  Uncovered,  ///< no interview covered it, and nothing carries to it
};

/// How the organisation's own score stands to the auditor's judgement.
enum class SelfComparison {
  NoSelfScore,  ///< no zelfevaluatie, or no valid score for this norm
  Same,
  Higher,     ///< the organisation judged itself higher than the auditor
  Lower,      ///< the organisation judged itself lower than the auditor
  Different,  ///< not comparable: one of them is 'not applicable'
};

/// One norm of a label after the audit.
struct NormJudgement {
  const model::Norm* norm = nullptr;
  JudgementSource source = JudgementSource::Uncovered;
  std::optional<model::Meaning> meaning;
  std::string value;                  ///< the set's scale value for `meaning`
  std::vector<HeardJudgement> heard;  ///< every interview that judged it, in file order
  bool disagreement = false;          ///< interviews gave different judgements
  std::vector<CarriedJudgement> carried;
  const model::Answer* self = nullptr;  ///< the zelfevaluatie's answer
  std::optional<model::Meaning> self_meaning;
  SelfComparison comparison = SelfComparison::NoSelfScore;
};

/// One label's audit: every norm in the audited scope, and the outcome by the set's rule.
struct LabelAudit {
  const model::NormSet* set = nullptr;
  std::vector<std::string> scope;
  const model::Zelfevaluatie* zelfevaluatie = nullptr;
  std::vector<NormJudgement> norms;  ///< in set order
  std::size_t heard = 0, carried = 0, uncovered = 0, disagreements = 0;
  std::size_t self_higher = 0, self_lower = 0;
  Tally total;      ///< over the heard and carried judgements; uncovered count as unanswered
  Verdict verdict;  ///< Incomplete while norms are uncovered
};

/// A crosswalk between two of the audited sets, by their index in the audit.
struct AuditCrosswalk {
  std::size_t from, to;
  model::Crosswalk crosswalk;  ///< sets[from] → sets[to]
};

struct AuditResult {
  std::vector<LabelAudit> labels;  ///< in the order of the audit's 'normsets'
};

/// Brings the audit together. `sets` as for check_audit (all resolved here); `zelfevaluaties`
/// are matched to a label by the norm set they name. Judgements carry only through equal and
/// superset rows of `crosswalks` and only from judgements heard, never from carried ones.
AuditResult evaluate_audit(const model::Audit& audit,
                           const std::vector<const model::NormSet*>& sets,
                           const std::vector<const model::Zelfevaluatie*>& zelfevaluaties,
                           const std::vector<AuditCrosswalk>& crosswalks);

/// The machine names JSON and CSV use: "heard", "carried", "uncovered"; "same", "higher", …
std::string_view source_name(JudgementSource source);
std::string_view comparison_name(SelfComparison comparison);

}  // namespace labeltool::analysis
