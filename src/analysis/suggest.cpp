#include "analysis/suggest.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "util/parallel.hpp"

namespace labeltool::analysis {
namespace {

using TermId = std::uint32_t;

/// A weighted term vector, sorted by term ID, with the word each term was found in.
struct TermVector {
  std::vector<std::pair<TermId, double>> weights;
  std::vector<std::string> words;  ///< parallel to weights
  double total = 0;                ///< sum of the weights (for containment)
  double length = 0;               ///< Euclidean length (for the cosine)
};

/// Every term of both sets, numbered in the order first met, with its document frequency.
struct Vocabulary {
  std::unordered_map<std::string, TermId> ids;
  std::vector<std::string> keys;
  std::vector<TermKind> kinds;
  std::vector<std::uint32_t> document_frequency;

  TermId id_of(const Term& term) {
    auto [it, inserted] = ids.try_emplace(term.key, static_cast<TermId>(keys.size()));
    if (inserted) {
      keys.push_back(term.key);
      kinds.push_back(term.kind);
      document_frequency.push_back(0);
    }
    return it->second;
  }
};

/// Which fields a vector holds: all of them (for ranking), or what the norm requires, title
/// and text (for containment: guidance explains a requirement, it does not widen it, and
/// one set having guidance where the other has none would otherwise read as "broader").
enum class Fields : std::uint8_t { All, Requirement };

/// The raw, field-weighted term counts of one norm.
TermVector count_terms(const model::Norm& norm, const TermAnalyzer& analyzer,
                       Vocabulary& vocabulary, Fields fields, double guidance_weight) {
  std::map<TermId, std::pair<double, std::string>> counts;
  const auto add = [&](const std::string& text, double field_weight) {
    for (const auto& term : analyzer.terms(text)) {
      auto& [count, word] = counts[vocabulary.id_of(term)];
      if (word.empty()) word = term.word;
      count += field_weight * term.weight;
    }
  };
  add(norm.title, kTitleWeight);
  add(norm.text, kTextWeight);
  if (fields == Fields::All) add(norm.guidance, guidance_weight);
  TermVector vector;
  for (auto& [id, entry] : counts) {
    vector.weights.emplace_back(id, entry.first);
    vector.words.push_back(std::move(entry.second));
    if (fields == Fields::All) ++vocabulary.document_frequency[id];
  }
  return vector;
}

/// Turns counts into TF-IDF weights (sublinear term frequency, smoothed IDF).
void weigh(TermVector& vector, const std::vector<double>& idf) {
  double squares = 0;
  vector.total = 0;
  for (auto& [id, weight] : vector.weights) {
    const double tf = weight <= 1.0 ? weight : 1.0 + std::log(weight);
    weight = tf * idf[id];
    vector.total += weight;
    squares += weight * weight;
  }
  vector.length = std::sqrt(squares);
}

/// The sum of `vectors`, each scaled to unit length (a theme's profile).
TermVector sum_of_unit_vectors(const std::vector<const TermVector*>& vectors) {
  std::map<TermId, double> sum;
  for (const TermVector* vector : vectors)
    if (vector->length > 0)
      for (const auto& [id, weight] : vector->weights) sum[id] += weight / vector->length;
  TermVector out;
  double squares = 0;
  for (const auto& [id, weight] : sum) {
    out.weights.emplace_back(id, weight);
    out.words.emplace_back();
    out.total += weight;
    squares += weight * weight;
  }
  out.length = std::sqrt(squares);
  return out;
}

/// For each term, the columns that hold it and their unit-length weight.
using Postings = std::vector<std::vector<std::pair<std::uint32_t, double>>>;

Postings postings_of(const std::vector<TermVector>& columns, std::size_t term_count) {
  Postings postings(term_count);
  for (std::size_t column = 0; column < columns.size(); ++column) {
    const auto& vector = columns[column];
    if (vector.length <= 0) continue;
    for (const auto& [id, weight] : vector.weights)
      postings[id].emplace_back(static_cast<std::uint32_t>(column), weight / vector.length);
  }
  return postings;
}

/// Adds the cosines of `row` with every column into `sums` (which starts at zero), and
/// lists the columns it touched. The order of additions depends only on the inputs.
void accumulate_cosines(const TermVector& row, const Postings& postings, std::vector<double>& sums,
                        std::vector<std::uint32_t>& touched) {
  if (row.length <= 0) return;
  for (const auto& [id, weight] : row.weights) {
    const double unit = weight / row.length;
    for (const auto& [column, column_weight] : postings[id]) {
      if (sums[column] == 0) touched.push_back(column);
      sums[column] += unit * column_weight;
    }
  }
}

/// The shared terms of two vectors: what each side's share is and what people see.
struct Overlap {
  double source_covered = 0, target_covered = 0;
  std::vector<std::string> terms, source_words, target_words;
};

/// How many evidence terms a row shows.
constexpr std::size_t kEvidenceTerms = 5;

Overlap overlap_of(const TermVector& a, const TermVector& b, const Vocabulary& vocabulary) {
  Overlap overlap;
  double shared_a = 0, shared_b = 0;
  std::map<std::string, double> evidence;  // what people see → how much it weighed
  std::set<std::string> source_words, target_words;
  std::size_t i = 0, j = 0;
  while (i < a.weights.size() && j < b.weights.size()) {
    const TermId ta = a.weights[i].first, tb = b.weights[j].first;
    if (ta < tb) {
      ++i;
    } else if (tb < ta) {
      ++j;
    } else {
      shared_a += a.weights[i].second;
      shared_b += b.weights[j].second;
      const double contribution = a.length > 0 && b.length > 0 ? a.weights[i].second / a.length *
                                                                     b.weights[j].second / b.length
                                                               : 0.0;
      const std::string& word_a = a.words[i];
      const std::string& word_b = b.words[j];
      source_words.insert(word_a);
      target_words.insert(word_b);
      // A gram shows the two words it joins ("schuldhulpverlening ~ schuldhulp"); a gram
      // inside the same word adds nothing the word itself does not show.
      if (vocabulary.kinds[ta] == TermKind::Word)
        evidence[word_a] += contribution;
      else if (word_a != word_b)
        evidence[word_a + " ~ " + word_b] += contribution;
      ++i, ++j;
    }
  }
  overlap.source_covered = a.total > 0 ? std::min(1.0, shared_a / a.total) : 0.0;
  overlap.target_covered = b.total > 0 ? std::min(1.0, shared_b / b.total) : 0.0;
  std::vector<std::pair<std::string, double>> ranked(evidence.begin(), evidence.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  for (std::size_t k = 0; k < ranked.size() && k < kEvidenceTerms; ++k)
    overlap.terms.push_back(ranked[k].first);
  overlap.source_words.assign(source_words.begin(), source_words.end());
  overlap.target_words.assign(target_words.begin(), target_words.end());
  return overlap;
}

/// Every norm of `set` with the index of its theme, in the set's order.
struct NormRef {
  const model::Norm* norm;
  std::size_t theme;
};

std::vector<NormRef> norms_of(const model::NormSet& set) {
  std::vector<NormRef> norms;
  for (std::size_t t = 0; t < set.themes.size(); ++t)
    for (const auto& norm : set.themes[t].norms) norms.push_back({&norm, t});
  return norms;
}

/// Theme profiles: the sum of their norms' unit vectors.
std::vector<TermVector> theme_profiles(const model::NormSet& set, const std::vector<NormRef>& norms,
                                       const std::vector<TermVector>& vectors) {
  std::vector<std::vector<const TermVector*>> members(set.themes.size());
  for (std::size_t n = 0; n < norms.size(); ++n) members[norms[n].theme].push_back(&vectors[n]);
  std::vector<TermVector> profiles;
  for (const auto& list : members) profiles.push_back(sum_of_unit_vectors(list));
  return profiles;
}

/// A column of B and its score, before a Candidate is built for it.
struct RankedColumn {
  double score;
  std::uint32_t column;
};

/// Better first: the higher score, then B's order (a total order, so the ranking never depends
/// on how the sort or the threads went).
bool ranks_before(const RankedColumn& x, const RankedColumn& y) {
  if (x.score != y.score) return x.score > y.score;
  return x.column < y.column;
}

/// The score of a pair: its cosine moved by the theme prior.
double prior_applied(double similarity, double theme_similarity) {
  return similarity * (1.0 - kThemePrior + kThemePrior * theme_similarity);
}

/// Whether at least half of `norms` carry guidance.
bool mostly_guided(const std::vector<NormRef>& norms) {
  const auto guided = std::count_if(norms.begin(), norms.end(),
                                    [](const NormRef& ref) { return !ref.norm->guidance.empty(); });
  return !norms.empty() && 2 * static_cast<std::size_t>(guided) >= norms.size();
}

/// Above this many theme pairs the prior is left out (a flat set has no theme structure to
/// speak of, and the table would cost more than it tells).
constexpr std::size_t kMaxThemePairs = 4'000'000;

}  // namespace

model::Relation relation_from_coverage(double source_covered, double target_covered,
                                       double similarity) {
  if (source_covered >= kEqualSourceCoverage && target_covered >= kEqualTargetCoverage &&
      similarity >= kEqualSimilarity)
    return model::Relation::Equal;
  if (source_covered - target_covered >= kDirectionMargin) return model::Relation::Subset;
  if (target_covered - source_covered >= kDirectionMargin) return model::Relation::Superset;
  return model::Relation::Intersects;
}

bool numbered_as_part_of(std::string_view part, std::string_view whole) {
  if (whole.empty() || part.size() < whole.size() + 2) return false;
  if (part.substr(0, whole.size()) != whole || part[whole.size()] != '.') return false;
  const std::string_view rest = part.substr(whole.size() + 1);
  return rest.find('.') == std::string_view::npos;
}

std::string_view relation_basis_name(RelationBasis basis) {
  return basis == RelationBasis::Numbering ? "numbering" : "containment";
}

Suggestions suggest(const model::NormSet& a, const model::NormSet& b,
                    const SuggestOptions& options) {
  Suggestions result;
  result.source_language = text_language_of(a.language);
  result.target_language = text_language_of(b.language);
  const auto norms_a = norms_of(a), norms_b = norms_of(b);

  Vocabulary vocabulary;
  std::vector<TermVector> vectors_a, vectors_b, required_a, required_b;
  {
    const double guidance_weight =
        mostly_guided(norms_a) && mostly_guided(norms_b) ? kSharedGuidanceWeight : kGuidanceWeight;
    const TermAnalyzer analyzer_a(result.source_language), analyzer_b(result.target_language);
    for (const auto& ref : norms_a) {
      vectors_a.push_back(
          count_terms(*ref.norm, analyzer_a, vocabulary, Fields::All, guidance_weight));
      required_a.push_back(
          count_terms(*ref.norm, analyzer_a, vocabulary, Fields::Requirement, guidance_weight));
    }
    for (const auto& ref : norms_b) {
      vectors_b.push_back(
          count_terms(*ref.norm, analyzer_b, vocabulary, Fields::All, guidance_weight));
      required_b.push_back(
          count_terms(*ref.norm, analyzer_b, vocabulary, Fields::Requirement, guidance_weight));
    }
  }
  const double documents = static_cast<double>(norms_a.size() + norms_b.size());
  std::vector<double> idf(vocabulary.keys.size());
  for (std::size_t t = 0; t < idf.size(); ++t)
    idf[t] = std::log((1.0 + documents) / (1.0 + vocabulary.document_frequency[t])) + 1.0;
  for (auto* vectors : {&vectors_a, &vectors_b, &required_a, &required_b})
    for (auto& vector : *vectors) weigh(vector, idf);

  // The theme prior: the cosine of every pair of themes.
  const std::size_t themes_a = a.themes.size(), themes_b = b.themes.size();
  const bool use_prior = themes_a * themes_b > 0 && themes_a * themes_b <= kMaxThemePairs;
  std::vector<double> theme_cosine;
  if (use_prior) {
    const auto profiles_a = theme_profiles(a, norms_a, vectors_a);
    const auto profiles_b = theme_profiles(b, norms_b, vectors_b);
    const Postings theme_postings = postings_of(profiles_b, vocabulary.keys.size());
    theme_cosine.assign(themes_a * themes_b, 0.0);
    std::vector<double> sums(themes_b, 0.0);
    std::vector<std::uint32_t> touched;
    for (std::size_t t = 0; t < themes_a; ++t) {
      accumulate_cosines(profiles_a[t], theme_postings, sums, touched);
      for (auto column : touched) {
        theme_cosine[t * themes_b + column] = std::min(1.0, sums[column]);
        sums[column] = 0;
      }
      touched.clear();
    }
  }

  const Postings postings = postings_of(vectors_b, vocabulary.keys.size());
  result.norms.resize(norms_a.size());
  util::parallel_for(norms_a.size(), options.jobs, [&](std::size_t n) {
    NormSuggestions& out = result.norms[n];
    out.source = norms_a[n].norm->id;
    std::vector<double> sums(norms_b.size(), 0.0);
    std::vector<std::uint32_t> touched;
    accumulate_cosines(vectors_a[n], postings, sums, touched);
    // Rank plain (score, column) pairs and build a Candidate only for the top K: building
    // one per touched column cost most of the run on large sets.
    const auto theme_similarity_of = [&](std::uint32_t column) {
      return use_prior ? theme_cosine[norms_a[n].theme * themes_b + norms_b[column].theme] : 1.0;
    };
    std::vector<RankedColumn> ranked;
    ranked.reserve(touched.size());
    for (auto column : touched) {
      const double score = prior_applied(std::min(1.0, sums[column]), theme_similarity_of(column));
      if (score < options.min_score || score <= 0) continue;
      ranked.push_back({score, column});
    }
    const std::size_t keep = std::min(ranked.size(), options.top);
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                      ranked.end(), ranks_before);
    ranked.resize(keep);
    for (const auto& [score, column] : ranked) {
      Candidate candidate;
      candidate.score = score;
      candidate.similarity = std::min(1.0, sums[column]);
      candidate.theme_similarity = theme_similarity_of(column);
      auto overlap = overlap_of(vectors_a[n], vectors_b[column], vocabulary);
      const auto required = overlap_of(required_a[n], required_b[column], vocabulary);
      candidate.target = norms_b[column].norm->id;
      candidate.source_covered = required.source_covered;
      candidate.target_covered = required.target_covered;
      candidate.relation = relation_from_coverage(candidate.source_covered,
                                                  candidate.target_covered, candidate.similarity);
      // The numbering says what the terms cannot: when one set holds numbered sub-clauses
      // of the other's norm and not that norm's own number, the norm was split into them
      // (or they were merged into it). A short clause restated at length in its parts
      // otherwise reads as the narrower side. Only for pairs the texts already matched.
      const std::string& source_id = norms_a[n].norm->id;
      if (numbered_as_part_of(candidate.target, source_id) && !b.find_norm(source_id)) {
        candidate.relation = model::Relation::Superset;
        candidate.relation_basis = RelationBasis::Numbering;
      } else if (numbered_as_part_of(source_id, candidate.target) &&
                 !a.find_norm(candidate.target)) {
        candidate.relation = model::Relation::Subset;
        candidate.relation_basis = RelationBasis::Numbering;
      }
      candidate.terms = std::move(overlap.terms);
      candidate.source_words = std::move(overlap.source_words);
      candidate.target_words = std::move(overlap.target_words);
      out.candidates.push_back(std::move(candidate));
    }
  });
  return result;
}

std::string_view contradiction_kind_name(Contradiction::Kind kind) {
  switch (kind) {
    case Contradiction::Kind::OtherTarget:
      return "other-target";
    case Contradiction::Kind::OtherRelation:
      return "other-relation";
    case Contradiction::Kind::NotRelated:
      return "not-related";
  }
  return "other-target";
}

Reconciled reconcile(Suggestions suggestions, const model::Crosswalk& existing) {
  Reconciled result;
  std::map<std::string, std::vector<const model::Mapping*>> decided;
  for (const auto& row : existing.mappings) {
    if (row.review != model::Review::Decided) continue;
    result.kept.push_back(row);
    decided[row.source].push_back(&row);
  }
  result.mapped_sources = decided.size();
  for (auto& norm : suggestions.norms) {
    auto found = decided.find(norm.source);
    if (found == decided.end()) continue;
    const auto candidate_for = [&](const std::string& target) -> const Candidate* {
      for (const auto& candidate : norm.candidates)
        if (candidate.target == target) return &candidate;
      return nullptr;
    };
    bool expert_target_ranked = false;
    for (const model::Mapping* row : found->second) {
      const Candidate* candidate = candidate_for(row->target);
      if (row->relation == model::Relation::NotRelated) {
        if (candidate)
          result.contradictions.push_back({*row, *candidate, Contradiction::Kind::NotRelated});
        continue;
      }
      if (!candidate) continue;
      expert_target_ranked = true;
      if (candidate->relation != row->relation)
        result.contradictions.push_back({*row, *candidate, Contradiction::Kind::OtherRelation});
    }
    const bool any_related_row = std::any_of(
        found->second.begin(), found->second.end(),
        [](const model::Mapping* row) { return row->relation != model::Relation::NotRelated; });
    if (any_related_row && !expert_target_ranked && !norm.candidates.empty())
      result.contradictions.push_back(
          {*found->second.front(), norm.candidates.front(), Contradiction::Kind::OtherTarget});
    norm.candidates.clear();
  }
  result.fresh = std::move(suggestions);
  return result;
}

std::vector<model::Mapping> proposed_rows(const Suggestions& suggestions) {
  std::vector<model::Mapping> rows;
  for (const auto& norm : suggestions.norms)
    for (const auto& candidate : norm.candidates) {
      model::Mapping row;
      row.source = norm.source;
      row.target = candidate.target;
      row.relation = candidate.relation;
      row.rationale = "syntactic";
      row.review = model::Review::Proposed;
      row.score = candidate.score;
      row.evidence.terms = candidate.terms;
      row.evidence.source_covered = candidate.source_covered;
      row.evidence.target_covered = candidate.target_covered;
      rows.push_back(std::move(row));
    }
  return rows;
}

std::size_t proposed_row_count(const Suggestions& suggestions) {
  std::size_t count = 0;
  for (const auto& norm : suggestions.norms) count += norm.candidates.size();
  return count;
}

}  // namespace labeltool::analysis
