#pragma once
/// `labeltool progress`: what changed between two zelfevaluaties of one organisation.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"

namespace labeltool::analysis {

enum class Change { Better, Worse, Unchanged, New, Removed };

/// The machine name JSON writes: "better", "worse", "unchanged", "new", "removed".
std::string_view change_name(Change change);

/// One norm: its old and new score (empty when not answered) and what that means.
struct NormChange {
  const model::Norm* norm;  ///< in the new norm set (or the old one, for Removed)
  std::string old_score, new_score;
  Change change;
};

struct ThemeProgress {
  std::string theme_id, title;
  std::size_t better = 0, worse = 0, unchanged = 0, added = 0, removed = 0;
};

struct Progress {
  std::vector<NormChange> norms;
  std::vector<ThemeProgress> themes;
  ThemeProgress total;
};

/// Compares answers by norm ID. Scores are ranked by meaning (met > partly met > not met);
/// "not applicable" on either side, or a score off the scale, counts as unchanged only when
/// the text is the same, else as New or Removed.
Progress compare_zelfevaluaties(const model::Zelfevaluatie& old_z, const model::NormSet& old_set,
                                const model::Zelfevaluatie& new_z, const model::NormSet& new_set);

}  // namespace labeltool::analysis
