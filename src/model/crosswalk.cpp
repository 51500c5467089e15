#include "model/crosswalk.hpp"

namespace labeltool::model {

std::string_view relation_name(Relation relation) {
  switch (relation) {
    case Relation::Equal:
      return "equal";
    case Relation::Subset:
      return "subset";
    case Relation::Superset:
      return "superset";
    case Relation::Intersects:
      return "intersects";
    case Relation::NotRelated:
      return "not-related";
  }
  return "not-related";
}

std::optional<Relation> parse_relation(std::string_view text) {
  for (auto relation : {Relation::Equal, Relation::Subset, Relation::Superset, Relation::Intersects,
                        Relation::NotRelated})
    if (relation_name(relation) == text) return relation;
  return std::nullopt;
}

Relation inverse(Relation relation) {
  switch (relation) {
    case Relation::Subset:
      return Relation::Superset;
    case Relation::Superset:
      return Relation::Subset;
    default:
      return relation;
  }
}

bool covers_fully(Relation relation) {
  return relation == Relation::Equal || relation == Relation::Superset;
}

Crosswalk Crosswalk::inverted() const {
  Crosswalk out = *this;
  std::swap(out.source, out.target);
  std::swap(out.source_position, out.target_position);
  for (auto& mapping : out.mappings) {
    std::swap(mapping.source, mapping.target);
    std::swap(mapping.source_position, mapping.target_position);
    mapping.relation = inverse(mapping.relation);
    std::swap(mapping.evidence.source_covered, mapping.evidence.target_covered);
  }
  return out;
}

// --- suggest ------------------------------------------------------------------------------
std::string_view review_name(Review review) {
  return review == Review::Proposed ? "proposed" : "decided";
}

std::optional<Review> parse_review(std::string_view text) {
  for (auto review : {Review::Decided, Review::Proposed})
    if (review_name(review) == text) return review;
  return std::nullopt;
}

std::size_t Crosswalk::proposed_count() const {
  std::size_t count = 0;
  for (const auto& mapping : mappings) count += mapping.review == Review::Proposed ? 1 : 0;
  return count;
}
// --- end suggest --------------------------------------------------------------------------

}  // namespace labeltool::model
