#pragma once
/// Relations between the norms of two norm sets (NIST IR 8477 set-theory relations).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "model/normset.hpp"

namespace labeltool::model {

/// From source norm A to target norm B: A equals B, A is narrower (subset), A covers B and
/// more (superset), they overlap in part (intersects), or they are not related.
enum class Relation : std::uint8_t { Equal, Subset, Superset, Intersects, NotRelated };

std::string_view relation_name(Relation relation);
std::optional<Relation> parse_relation(std::string_view text);
/// The relation seen from the other side: subset ↔ superset; the others are symmetric.
Relation inverse(Relation relation);
/// True when a source norm in this relation to a target norm says everything the target
/// asks (equal or superset): its answer carries over, and it covers the target fully.
bool covers_fully(Relation relation);

// --- suggest: rows proposed by `labeltool suggest` until an expert decides them ---------
/// Whether a person decided a row, or `labeltool suggest` proposed it and nobody has
/// reviewed it yet (gap and diff refuse such rows unless told --accept-proposed).
enum class Review : std::uint8_t { Decided, Proposed };

std::string_view review_name(Review review);
std::optional<Review> parse_review(std::string_view text);

/// Why `labeltool suggest` proposed a row: the shared terms that weighed most, and how much
/// of each side's weighted terms the other side covers (0..1).
struct Evidence {
  std::vector<std::string> terms;
  std::optional<double> source_covered, target_covered;
};
// --- end suggest -------------------------------------------------------------------------

struct Mapping {
  std::string source;  ///< norm ID in the source set
  std::string target;  ///< norm ID in the target set
  Relation relation = Relation::NotRelated;
  std::optional<int> strength;  ///< 0–10
  std::string rationale;        ///< syntactic | semantic | functional, or empty
  std::string note;
  Review review = Review::Decided;  ///< suggest: proposed until reviewed
  std::optional<double> score;      ///< suggest: 0..1, how well the texts match
  Evidence evidence;                ///< suggest: why the row was proposed
  Position position;                ///< of the row (its first key)
  Position source_position, target_position, relation_position;
};

struct Crosswalk {
  SourcePtr file;
  std::string source, target;  ///< id@version of each side
  Position source_position, target_position;
  std::string method;  ///< expert | suggested
  Status status = Status::Illustrative;
  std::string status_note;
  std::vector<Mapping> mappings;
  /// For a crosswalk composed from a chain: the files of its links, in order (else empty).
  std::vector<std::string> composed_of;

  /// How many rows are still proposed (not yet reviewed by a person).
  std::size_t proposed_count() const;

  /// The same crosswalk seen from the target side: sides swapped, relations inverted.
  Crosswalk inverted() const;
};

}  // namespace labeltool::model
