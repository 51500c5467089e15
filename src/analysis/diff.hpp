#pragma once
/// `labeltool diff`: two versions of one label (what changed, and what that means for an
/// existing zelfevaluatie), or two labels (how far each covers the other).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"

namespace labeltool::analysis {

// ── Two versions of one label ───────────────────────────────────────────────────────────

/// One way a norm changed between two versions, in the order reports list them.
enum class NormEdit { Renumbered, Moved, Reworded, Retitled };

/// The machine name JSON and CSV use: "renumbered", "moved", "reworded", "retitled".
std::string_view edit_name(NormEdit edit);

/// An old norm and the new norm it continues as.
struct NormMatch {
  const model::Norm* before;
  const model::Norm* after;
  model::Relation relation = model::Relation::Equal;  ///< before → after
  bool reworded = false;                              ///< the text changed
  bool retitled = false;                              ///< the title changed
  bool moved = false;                                 ///< it is in another theme
  bool renumbered = false;                            ///< its ID changed
  bool by_crosswalk = false;   ///< matched by a crosswalk row, not by ID or text
  std::string word_diff = {};  ///< when reworded: word_diff() of the two texts

  /// The edits that apply, in NormEdit order.
  std::vector<NormEdit> edits() const;
  /// True without edits and with the relation equal: an answer carries over as it is.
  bool unchanged() const;
};

struct VersionDiff {
  std::vector<NormMatch> matches;           ///< in the new set's order
  std::vector<const model::Norm*> added;    ///< new norms no old norm continues as
  std::vector<const model::Norm*> removed;  ///< old norms with no successor
};

/// Matches the norms of `before` and `after`: by `crosswalk` rows (before → after) when one
/// is given, otherwise by ID when the texts are still alike, then by text for the rest.
VersionDiff diff_versions(const model::NormSet& before, const model::NormSet& after,
                          const model::Crosswalk* crosswalk);

/// What happens to one answer of a zelfevaluatie on the old version.
struct AnswerFate {
  enum class Kind { CarriesOver, NeedsReview, Lost } kind;
  /// Why, in the order answer_fates() decides it; report/ says it in the report's language.
  enum class Reason {
    Removed,     ///< the norm has no successor
    Unchanged,   ///< same ID, same text
    Renumbered,  ///< same text under another ID
    Split,       ///< several successors
    Merged,      ///< the one successor is broader (the old norm is a subset of it)
    Overlaps,    ///< the one successor overlaps (see `relation`)
    Reworded,    ///< equal, but the text changed
  };
  const model::Answer* answer;
  std::vector<const model::Norm*> successors;  ///< in the new version
  /// With one successor: how the old norm relates to it, and whether its text changed.
  model::Relation relation = model::Relation::Equal;
  bool reworded = false;
  Reason reason = Reason::Removed;
};

/// The machine name of a fate, as JSON writes it: "carries-over", "needs-review", "lost".
std::string_view fate_name(AnswerFate::Kind kind);

std::vector<AnswerFate> answer_fates(const model::Zelfevaluatie& zelfevaluatie,
                                     const model::NormSet& before, const VersionDiff& diff);

// ── Two labels ──────────────────────────────────────────────────────────────────────────

/// How far a norm is covered by the other label: fully (a norm there is equal to it or
/// covers it and more), partly (narrower or overlapping), explicitly not related, unmapped
/// (nobody said: unknown, never a gap) or not applicable (outside the scope).
enum class Coverage { Full, Partial, NotRelated, Unmapped, NotApplicable };
std::string_view coverage_name(Coverage coverage);

struct NormCoverage {
  const model::Norm* norm;
  Coverage coverage;
  /// Related norms on the other side, with the relation from the other norm to this one.
  std::vector<std::pair<const model::Norm*, model::Relation>> related;
};

/// Counts per coverage class. `applicable()` is every denominator.
struct CoverageCounts {
  std::size_t full = 0, partial = 0, not_related = 0, unmapped = 0, not_applicable = 0;
  std::size_t applicable() const { return full + partial + not_related + unmapped; }
  void add(Coverage coverage);
};

struct SideCoverage {
  const model::NormSet* set;
  std::vector<NormCoverage> norms;  ///< in the set's order
  std::vector<std::pair<const model::Theme*, CoverageCounts>> themes;
  CoverageCounts total;
};

struct LabelDiff {
  SideCoverage a;  ///< A's norms, covered by B
  SideCoverage b;  ///< B's norms, covered by A
  /// Related pairs (not-related rows left out) per theme of A × theme of B.
  std::map<std::pair<std::string, std::string>, std::size_t> matrix;
};

/// `crosswalk` runs from `a` to `b`. Norms outside `scope_a` / `scope_b` are not applicable.
LabelDiff diff_labels(const model::NormSet& a, const model::NormSet& b,
                      const model::Crosswalk& crosswalk, const std::vector<std::string>& scope_a,
                      const std::vector<std::string>& scope_b);

}  // namespace labeltool::analysis
