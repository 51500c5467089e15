#pragma once
/// What an auditor heard in a combined audit (audit/1) as plain data: the norm sets audited,
/// the interviews, and per interview the judgements on norms of either label.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"

namespace labeltool::model {

/// One norm set the audit covers, with the scopes audited (empty = every scope).
struct AuditedSet {
  std::string normset;  ///< id@version
  Position normset_position;
  std::vector<std::string> scope;
  Position scope_position;
};

/// The auditor's judgement of one norm in one interview.
struct Judgement {
  std::string norm_id;
  Position position;      ///< of the norm ID
  std::string judgement;  ///< a value of the set's scale; empty = not judged (yet)
  Position judgement_position;
  std::string observation;            ///< what the auditor heard or saw
  std::vector<std::string> evidence;  ///< documents seen
};

/// The judgements of one interview on the norms of one norm set.
struct LabelJudgements {
  std::string normset;  ///< id@version
  Position normset_position;
  std::vector<Judgement> judgements;  ///< in file order
};

/// One interview (or group conversation) of the audit.
struct Interview {
  std::string id;
  Position position;  ///< of the ID
  std::string date;   ///< YYYY-MM-DD
  Position date_position;
  std::string group;  ///< a discipline (interview group) of the audited sets
  Position group_position;
  /// Other disciplines asked in the same interview, when an organisation merges groups
  /// (`template --audit --groups`): their norms belong here too.
  std::vector<std::string> also_groups;
  Position also_groups_position;
  std::vector<std::string> heard;  ///< the people heard, by role
  std::vector<LabelJudgements> labels;

  /// Every group the interview asks: `group`, then `also_groups`.
  std::vector<std::string> groups_asked() const;
};

/// An audit file: whose audit, of which norm sets, by whom, and what was heard.
struct Audit {
  SourcePtr source;
  std::string organisation;
  Position organisation_position;
  std::vector<std::string> auditors;
  std::vector<AuditedSet> normsets;
  Position normsets_position;
  std::vector<Interview> interviews;
  Position interviews_position;

  /// The audited set with reference `normset`, or nullptr.
  const AuditedSet* find_set(const std::string& normset) const;
};

}  // namespace labeltool::model
