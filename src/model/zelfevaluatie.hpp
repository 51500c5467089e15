#pragma once
/// A filled-in self-assessment (zelfevaluatie) as plain data.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"

namespace labeltool::model {

/// The organisation's answer for one norm.
struct Answer {
  std::string norm_id;
  Position position;  ///< of the norm ID (the key, or the CSV cell)
  std::string score;
  Position score_position;
  std::string toelichting;
  std::vector<std::string> evidence;
  std::string action;
  std::string owner;
  std::string due;  ///< YYYY-MM-DD, or empty
  Position due_position;
};

struct Zelfevaluatie {
  SourcePtr source;
  std::string normset;  ///< id@version
  Position normset_position;
  std::string organisation;
  Position organisation_position;  ///< of its value, or of the metadata row / file
  std::vector<std::string> scope;  ///< empty = every scope
  Position scope_position;
  std::string date;
  std::vector<std::string> filled_in_by;
  std::vector<Answer> answers;  ///< in file order
  Position answers_position;    ///< where missing answers are reported

  const Answer* find_answer(const std::string& norm_id) const;
};

}  // namespace labeltool::model
