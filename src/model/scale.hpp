#pragma once
/// A norm set's answer scale as one line of text, the way every message and report shows it.
#include <string>

#include "model/normset.hpp"

namespace labeltool::model {

/// What a scale listing shows of each value.
enum class ScaleListing {
  Values,        ///< "voldoet / voldoet deels / voldoet niet"
  WithMeanings,  ///< "voldoet (met) / voldoet deels (partly-met) / …"
};

/// The scale's values in scale order, joined by " / ".
std::string scale_list(const NormSet& set, ScaleListing listing = ScaleListing::Values);

}  // namespace labeltool::model
