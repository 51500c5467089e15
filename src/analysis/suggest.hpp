#pragma once
/// Draft crosswalks from the norm texts: for every norm of set A the norms of set B whose
/// texts match best (TF-IDF over weighted title, text and guidance, with the theme structure
/// as a prior), the relation that asymmetric containment (or, for a clause split into
/// numbered sub-clauses, the numbering) points to, and the evidence.
/// Nothing here decides: every result is a proposal for an expert.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/terms.hpp"
#include "model/crosswalk.hpp"
#include "model/normset.hpp"

namespace labeltool::analysis {

/// How many candidates, how good, and on how many threads.
struct SuggestOptions {
  std::size_t top = 3;     ///< candidates per source norm
  double min_score = 0.1;  ///< candidates scoring lower are left out
  unsigned jobs = 0;       ///< threads (0 = one per core); the result never depends on it
};

/// Field weights: a norm's title says most about what it asks, its guidance least.
inline constexpr double kTitleWeight = 2.0;
inline constexpr double kTextWeight = 1.0;
/// Guidance when only one of the two sets has it: it has nothing of its kind to meet on the
/// other side, so it mostly pulls a norm towards targets that share its examples.
inline constexpr double kGuidanceWeight = 0.5;
/// Guidance when both sets have it (on at least half of their norms): then it explains the
/// same kind of thing on both sides and widens what a match can find.
inline constexpr double kSharedGuidanceWeight = 0.75;
/// How much the themes' similarity moves a score: score = cosine × (1 − β + β × theme
/// cosine). A prior, never a filter: a norm under an unrelated theme keeps (1 − β).
inline constexpr double kThemePrior = 0.25;
/// Containment limits for the relation. Equal needs the source covered almost whole, the
/// target well covered and the texts alike (a newer version restates a requirement at more
/// length, so the target side is held to less); otherwise one side covered this much more
/// than the other → subset or superset; else intersects. When in doubt the rule says subset
/// rather than equal: a subset row asks the expert to verify, an equal row carries a score
/// over. Tuned on the ISO 27001 2013 → 2022 mapping (bench/run_suggest_bench.sh).
inline constexpr double kEqualSourceCoverage = 0.8;
inline constexpr double kEqualTargetCoverage = 0.4;
inline constexpr double kEqualSimilarity = 0.6;
inline constexpr double kDirectionMargin = 0.1;

/// The relation that the coverage figures and the cosine point to (never not-related).
model::Relation relation_from_coverage(double source_covered, double target_covered,
                                       double similarity);

/// Whether `part` is numbered as a sub-clause of `whole`: its ID is the whole's ID and one
/// more dotted part ("9.2.1" of "9.2", "A.5.1.1" of "A.5.1").
bool numbered_as_part_of(std::string_view part, std::string_view whole);

/// What a candidate's relation was read from.
enum class RelationBasis : std::uint8_t {
  Containment,  ///< the coverage figures (relation_from_coverage)
  Numbering,    ///< one side holds numbered sub-clauses of the other's norm, whose own number
                ///< it lacks: the norm was split (superset) or its parts merged (subset)
};

/// The machine name of a relation basis: "containment" or "numbering".
std::string_view relation_basis_name(RelationBasis basis);

/// One proposed target of a source norm.
struct Candidate {
  std::string target;  ///< norm ID in set B
  double score = 0;    ///< 0..1, the similarity with the theme prior applied
  double similarity = 0;
  double theme_similarity = 0;
  model::Relation relation = model::Relation::Intersects;
  RelationBasis relation_basis = RelationBasis::Containment;
  double source_covered = 0;              ///< share of A's weighted terms that B has
  double target_covered = 0;              ///< share of B's weighted terms that A has
  std::vector<std::string> terms;         ///< shared terms that weighed most, for people
  std::vector<std::string> source_words;  ///< A's words (lower case) that matched
  std::vector<std::string> target_words;  ///< B's words (lower case) that matched
};

/// The candidates of one source norm, best first (empty: the norm stays unmapped).
struct NormSuggestions {
  std::string source;  ///< norm ID in set A
  std::vector<Candidate> candidates;
};

struct Suggestions {
  TextLanguage source_language = TextLanguage::Other;
  TextLanguage target_language = TextLanguage::Other;
  std::vector<NormSuggestions> norms;  ///< every norm of A, in A's order
};

/// Ranks B's norms for every norm of A. Deterministic: the same sets give the same result,
/// to the last bit, on any number of threads (ties are broken by B's order).
Suggestions suggest(const model::NormSet& a, const model::NormSet& b,
                    const SuggestOptions& options);

/// A suggestion that disagrees with a row an expert already decided.
struct Contradiction {
  model::Mapping expert;  ///< the decided row
  Candidate suggested;    ///< what the texts point to instead
  enum class Kind : std::uint8_t {
    OtherTarget,    ///< the texts point to another target; the expert's is not among the top
    OtherRelation,  ///< the same pair, another relation
    NotRelated,     ///< the expert says not-related, the texts match well
  } kind = Kind::OtherTarget;
};

/// The machine name of a contradiction kind: other-target, other-relation, not-related.
std::string_view contradiction_kind_name(Contradiction::Kind kind);

/// Suggestions against an existing crosswalk: its decided rows are kept as they are,
/// suggestions stay only for source norms it does not map, and those that contradict a
/// decided row are listed for review. Proposed rows of `existing` count as not decided.
struct Reconciled {
  std::vector<model::Mapping> kept;  ///< the existing decided rows, in their order
  std::size_t mapped_sources = 0;    ///< source norms the existing rows already map
  Suggestions fresh;                 ///< only the norms not yet mapped keep candidates
  std::vector<Contradiction> contradictions;
};

Reconciled reconcile(Suggestions suggestions, const model::Crosswalk& existing);

/// The proposed rows of `suggestions` as crosswalk mappings (review: proposed).
std::vector<model::Mapping> proposed_rows(const Suggestions& suggestions);

/// How many proposed rows `suggestions` holds.
std::size_t proposed_row_count(const Suggestions& suggestions);

}  // namespace labeltool::analysis
