#include "model/normset.hpp"

#include <algorithm>

namespace labeltool::model {

std::string_view status_name(Status status) {
  switch (status) {
    case Status::Official:
      return "official";
    case Status::Draft:
      return "draft";
    case Status::Illustrative:
      return "illustrative";
  }
  return "illustrative";
}

std::string_view meaning_name(Meaning meaning) {
  switch (meaning) {
    case Meaning::Met:
      return "met";
    case Meaning::PartlyMet:
      return "partly-met";
    case Meaning::NotMet:
      return "not-met";
    case Meaning::NotApplicable:
      return "not-applicable";
  }
  return "not-met";
}

std::optional<Status> parse_status(std::string_view text) {
  for (auto status : {Status::Official, Status::Draft, Status::Illustrative})
    if (status_name(status) == text) return status;
  return std::nullopt;
}

std::optional<Meaning> parse_meaning(std::string_view text) {
  for (auto meaning : {Meaning::Met, Meaning::PartlyMet, Meaning::NotMet, Meaning::NotApplicable})
    if (meaning_name(meaning) == text) return meaning;
  return std::nullopt;
}

bool Norm::applies_to_any(const std::vector<std::string>& scopes) const {
  if (applies_to.empty() || scopes.empty()) return true;
  return std::any_of(scopes.begin(), scopes.end(), [&](const std::string& scope) {
    return std::find(applies_to.begin(), applies_to.end(), scope) != applies_to.end();
  });
}

std::size_t NormSet::norm_count() const {
  std::size_t count = 0;
  for (const auto& theme : themes) count += theme.norms.size();
  return count;
}

const Norm* NormSet::find_norm(std::string_view norm_id) const {
  for (const auto& theme : themes)
    for (const auto& norm : theme.norms)
      if (norm.id == norm_id) return &norm;
  return nullptr;
}

const Theme* NormSet::find_theme(std::string_view theme_id) const {
  for (const auto& theme : themes)
    if (theme.id == theme_id) return &theme;
  return nullptr;
}

const ScaleValue* NormSet::find_scale_value(std::string_view value) const {
  for (const auto& entry : scale)
    if (entry.value == value) return &entry;
  return nullptr;
}

bool NormSet::allows_not_applicable() const {
  return std::any_of(scale.begin(), scale.end(),
                     [](const ScaleValue& v) { return v.meaning == Meaning::NotApplicable; });
}

std::vector<std::string> NormSet::norm_ids() const {
  std::vector<std::string> ids;
  for (const auto& theme : themes)
    for (const auto& norm : theme.norms) ids.push_back(norm.id);
  return ids;
}

}  // namespace labeltool::model
