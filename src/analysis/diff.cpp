#include "analysis/diff.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "analysis/text_similarity.hpp"

namespace labeltool::analysis {
namespace {

using model::Relation;

/// Texts at least this alike are taken for the same norm (reworded at most).
constexpr double kSameNorm = 0.6;

NormMatch make_match(const model::Norm* before, const model::Norm* after, Relation relation) {
  NormMatch match{before, after, relation};
  match.reworded = before->text != after->text;
  match.retitled = before->title != after->title;
  match.moved = before->theme_id != after->theme_id;
  match.renumbered = before->id != after->id;
  if (match.reworded) match.word_diff = analysis::word_diff(before->text, after->text);
  return match;
}

/// Why an answer on `old_id` meets its fate (kind and successors already decided).
AnswerFate::Reason reason_for(const AnswerFate& fate, const std::string& old_id) {
  switch (fate.kind) {
    case AnswerFate::Kind::Lost:
      return AnswerFate::Reason::Removed;
    case AnswerFate::Kind::CarriesOver:
      return fate.successors.front()->id == old_id ? AnswerFate::Reason::Unchanged
                                                   : AnswerFate::Reason::Renumbered;
    case AnswerFate::Kind::NeedsReview:
      if (fate.successors.size() > 1) return AnswerFate::Reason::Split;
      if (fate.relation == Relation::Subset) return AnswerFate::Reason::Merged;
      if (fate.relation != Relation::Equal) return AnswerFate::Reason::Overlaps;
      return AnswerFate::Reason::Reworded;
  }
  return AnswerFate::Reason::Removed;
}

std::vector<const model::Norm*> all_norms(const model::NormSet& set) {
  std::vector<const model::Norm*> norms;
  for (const auto& theme : set.themes)
    for (const auto& norm : theme.norms) norms.push_back(&norm);
  return norms;
}

}  // namespace

std::string_view edit_name(NormEdit edit) {
  switch (edit) {
    case NormEdit::Renumbered:
      return "renumbered";
    case NormEdit::Moved:
      return "moved";
    case NormEdit::Reworded:
      return "reworded";
    case NormEdit::Retitled:
      return "retitled";
  }
  return "reworded";
}

std::vector<NormEdit> NormMatch::edits() const {
  std::vector<NormEdit> out;
  if (renumbered) out.push_back(NormEdit::Renumbered);
  if (moved) out.push_back(NormEdit::Moved);
  if (reworded) out.push_back(NormEdit::Reworded);
  if (retitled) out.push_back(NormEdit::Retitled);
  return out;
}

bool NormMatch::unchanged() const {
  return !renumbered && !moved && !reworded && !retitled && relation == Relation::Equal;
}

std::string_view fate_name(AnswerFate::Kind kind) {
  switch (kind) {
    case AnswerFate::Kind::CarriesOver:
      return "carries-over";
    case AnswerFate::Kind::NeedsReview:
      return "needs-review";
    case AnswerFate::Kind::Lost:
      return "lost";
  }
  return "lost";
}

VersionDiff diff_versions(const model::NormSet& before, const model::NormSet& after,
                          const model::Crosswalk* crosswalk) {
  VersionDiff diff;
  std::set<const model::Norm*> matched_before, matched_after;
  if (crosswalk) {
    for (const auto& row : crosswalk->mappings) {
      if (row.relation == Relation::NotRelated) continue;
      const model::Norm* old_norm = before.find_norm(row.source);
      const model::Norm* new_norm = after.find_norm(row.target);
      if (!old_norm || !new_norm) continue;  // lint reports these
      NormMatch match = make_match(old_norm, new_norm, row.relation);
      match.by_crosswalk = true;
      diff.matches.push_back(match);
      matched_before.insert(old_norm);
      matched_after.insert(new_norm);
    }
  } else {
    // Same ID and still alike: the same norm. Then the rest by text, best pairs first.
    for (const model::Norm* new_norm : all_norms(after)) {
      const model::Norm* old_norm = before.find_norm(new_norm->id);
      if (!old_norm) continue;
      if (similarity(old_norm->title + " " + old_norm->text,
                     new_norm->title + " " + new_norm->text) < kSameNorm)
        continue;
      diff.matches.push_back(make_match(old_norm, new_norm, Relation::Equal));
      matched_before.insert(old_norm);
      matched_after.insert(new_norm);
    }
    struct Candidate {
      double score;
      const model::Norm *old_norm, *new_norm;
    };
    std::vector<Candidate> candidates;
    for (const model::Norm* old_norm : all_norms(before)) {
      if (matched_before.count(old_norm)) continue;
      for (const model::Norm* new_norm : all_norms(after)) {
        if (matched_after.count(new_norm)) continue;
        const double score = similarity(old_norm->text, new_norm->text);
        if (score >= kSameNorm) candidates.push_back({score, old_norm, new_norm});
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
    for (const auto& candidate : candidates) {
      if (matched_before.count(candidate.old_norm) || matched_after.count(candidate.new_norm))
        continue;
      diff.matches.push_back(make_match(candidate.old_norm, candidate.new_norm, Relation::Equal));
      matched_before.insert(candidate.old_norm);
      matched_after.insert(candidate.new_norm);
    }
  }
  // Report in the new set's order.
  std::unordered_map<const model::Norm*, std::size_t> order;
  std::size_t position = 0;
  for (const model::Norm* norm : all_norms(after)) order[norm] = position++;
  std::stable_sort(
      diff.matches.begin(), diff.matches.end(),
      [&](const NormMatch& x, const NormMatch& y) { return order[x.after] < order[y.after]; });
  for (const model::Norm* norm : all_norms(after))
    if (!matched_after.count(norm)) diff.added.push_back(norm);
  for (const model::Norm* norm : all_norms(before))
    if (!matched_before.count(norm)) diff.removed.push_back(norm);
  return diff;
}

std::vector<AnswerFate> answer_fates(const model::Zelfevaluatie& zelfevaluatie,
                                     const model::NormSet& before, const VersionDiff& diff) {
  std::vector<AnswerFate> fates;
  for (const auto& answer : zelfevaluatie.answers) {
    const model::Norm* old_norm = before.find_norm(answer.norm_id);
    if (!old_norm) continue;  // check reports unknown norms
    std::vector<const NormMatch*> matches;
    for (const auto& match : diff.matches)
      if (match.before == old_norm) matches.push_back(&match);
    AnswerFate fate{AnswerFate::Kind::Lost, &answer, {}};
    for (const auto* match : matches) fate.successors.push_back(match->after);
    if (matches.size() == 1) {
      fate.relation = matches[0]->relation;
      fate.reworded = matches[0]->reworded;
    }
    if (matches.size() == 1 && matches[0]->relation == Relation::Equal && !matches[0]->reworded) {
      fate.kind = AnswerFate::Kind::CarriesOver;
    } else if (!matches.empty()) {
      fate.kind = AnswerFate::Kind::NeedsReview;
    }
    fate.reason = reason_for(fate, answer.norm_id);
    fates.push_back(std::move(fate));
  }
  return fates;
}

std::string_view coverage_name(Coverage coverage) {
  switch (coverage) {
    case Coverage::Full:
      return "full";
    case Coverage::Partial:
      return "partial";
    case Coverage::NotRelated:
      return "not-related";
    case Coverage::Unmapped:
      return "unmapped";
    case Coverage::NotApplicable:
      return "not-applicable";
  }
  return "unmapped";
}

void CoverageCounts::add(Coverage coverage) {
  switch (coverage) {
    case Coverage::Full:
      ++full;
      break;
    case Coverage::Partial:
      ++partial;
      break;
    case Coverage::NotRelated:
      ++not_related;
      break;
    case Coverage::Unmapped:
      ++unmapped;
      break;
    case Coverage::NotApplicable:
      ++not_applicable;
      break;
  }
}

namespace {

/// Coverage of `set`'s norms by the other side. `relations` maps each norm ID of `set` to its
/// rows, with the relation from the other side's norm to this one.
SideCoverage cover(const model::NormSet& set, const model::NormSet& other,
                   const std::multimap<std::string, std::pair<std::string, Relation>>& relations,
                   const std::vector<std::string>& scope) {
  SideCoverage side{&set, {}, {}, {}};
  for (const auto& theme : set.themes) {
    CoverageCounts counts;
    for (const auto& norm : theme.norms) {
      NormCoverage entry{&norm, Coverage::Unmapped, {}};
      if (!norm.applies_to_any(scope)) {
        entry.coverage = Coverage::NotApplicable;
      } else {
        const auto [first, last] = relations.equal_range(norm.id);
        for (auto it = first; it != last; ++it) {
          const model::Norm* related = other.find_norm(it->second.first);
          if (!related) continue;
          const Relation relation = it->second.second;
          entry.related.emplace_back(related, relation);
          // The strongest statement wins: full > partial > not related > unmapped.
          Coverage found = model::covers_fully(relation)      ? Coverage::Full
                           : relation == Relation::NotRelated ? Coverage::NotRelated
                                                              : Coverage::Partial;
          if (static_cast<int>(found) < static_cast<int>(entry.coverage)) entry.coverage = found;
        }
      }
      counts.add(entry.coverage);
      side.total.add(entry.coverage);
      side.norms.push_back(std::move(entry));
    }
    side.themes.emplace_back(&theme, counts);
  }
  return side;
}

}  // namespace

LabelDiff diff_labels(const model::NormSet& a, const model::NormSet& b,
                      const model::Crosswalk& crosswalk, const std::vector<std::string>& scope_a,
                      const std::vector<std::string>& scope_b) {
  std::multimap<std::string, std::pair<std::string, Relation>> onto_a, onto_b;
  LabelDiff diff;
  for (const auto& row : crosswalk.mappings) {
    // Row a → b with relation r: b is covered by a as r says; a is covered by b as inverse(r).
    onto_b.emplace(row.target, std::make_pair(row.source, row.relation));
    onto_a.emplace(row.source, std::make_pair(row.target, model::inverse(row.relation)));
    const model::Norm* na = a.find_norm(row.source);
    const model::Norm* nb = b.find_norm(row.target);
    if (na && nb && row.relation != Relation::NotRelated)
      ++diff.matrix[{na->theme_id, nb->theme_id}];
  }
  diff.a = cover(a, b, onto_a, scope_a);
  diff.b = cover(b, a, onto_b, scope_b);
  return diff;
}

}  // namespace labeltool::analysis
