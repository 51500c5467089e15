#include "model/scale.hpp"

#include "util/text.hpp"

namespace labeltool::model {

std::string scale_list(const NormSet& set, ScaleListing listing) {
  std::vector<std::string> values;
  for (const auto& v : set.scale) {
    values.push_back(listing == ScaleListing::WithMeanings
                         ? v.value + " (" + std::string(meaning_name(v.meaning)) + ")"
                         : v.value);
  }
  return util::join(values, " / ");
}

}  // namespace labeltool::model
