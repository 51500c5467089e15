#include "model/zelfevaluatie.hpp"

namespace labeltool::model {

const Answer* Zelfevaluatie::find_answer(const std::string& norm_id) const {
  for (const auto& answer : answers)
    if (answer.norm_id == norm_id) return &answer;
  return nullptr;
}

}  // namespace labeltool::model
