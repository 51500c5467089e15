#include "analysis/progress.hpp"

#include "analysis/check.hpp"

namespace labeltool::analysis {
namespace {

/// Higher is better; nullopt for answers that are not on a met/partly/not-met footing.
std::optional<int> rank(const model::NormSet& set, const std::string& score) {
  const auto meaning = meaning_of(set, score);
  if (!meaning) return std::nullopt;
  switch (*meaning) {
    case model::Meaning::Met:
      return 2;
    case model::Meaning::PartlyMet:
      return 1;
    case model::Meaning::NotMet:
      return 0;
    case model::Meaning::NotApplicable:
      return std::nullopt;
  }
  return std::nullopt;
}

void add(ThemeProgress& progress, Change change) {
  switch (change) {
    case Change::Better:
      ++progress.better;
      break;
    case Change::Worse:
      ++progress.worse;
      break;
    case Change::Unchanged:
      ++progress.unchanged;
      break;
    case Change::New:
      ++progress.added;
      break;
    case Change::Removed:
      ++progress.removed;
      break;
  }
}

}  // namespace

std::string_view change_name(Change change) {
  switch (change) {
    case Change::Better:
      return "better";
    case Change::Worse:
      return "worse";
    case Change::Unchanged:
      return "unchanged";
    case Change::New:
      return "new";
    case Change::Removed:
      return "removed";
  }
  return "unchanged";
}

Progress compare_zelfevaluaties(const model::Zelfevaluatie& old_z, const model::NormSet& old_set,
                                const model::Zelfevaluatie& new_z, const model::NormSet& new_set) {
  Progress progress;
  const auto score_in = [](const model::Zelfevaluatie& z, const std::string& id) {
    const model::Answer* answer = z.find_answer(id);
    return answer ? answer->score : std::string();
  };
  const auto classify = [&](const std::string& before, const std::string& after) {
    if (before.empty()) return Change::New;
    if (after.empty()) return Change::Removed;
    const auto old_rank = rank(old_set, before), new_rank = rank(new_set, after);
    if (old_rank && new_rank) {
      if (*new_rank > *old_rank) return Change::Better;
      if (*new_rank < *old_rank) return Change::Worse;
      return Change::Unchanged;
    }
    return before == after ? Change::Unchanged : (new_rank ? Change::New : Change::Removed);
  };
  for (const auto& theme : new_set.themes) {
    ThemeProgress theme_progress{theme.id, theme.title};
    for (const auto& norm : theme.norms) {
      const std::string before = score_in(old_z, norm.id), after = score_in(new_z, norm.id);
      if (before.empty() && after.empty()) continue;
      const Change change = classify(before, after);
      progress.norms.push_back({&norm, before, after, change});
      add(theme_progress, change);
      add(progress.total, change);
    }
    progress.themes.push_back(std::move(theme_progress));
  }
  // Norms the old norm set had and the new one does not (a new version dropped them).
  for (const auto& theme : old_set.themes) {
    for (const auto& norm : theme.norms) {
      if (new_set.find_norm(norm.id)) continue;
      const std::string before = score_in(old_z, norm.id);
      if (before.empty()) continue;
      progress.norms.push_back({&norm, before, "", Change::Removed});
      add(progress.total, Change::Removed);
    }
  }
  return progress;
}

}  // namespace labeltool::analysis
