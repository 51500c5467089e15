#pragma once
/// `labeltool gap`: carrying the answers of a zelfevaluatie for label A over to label B,
/// by the transfer rules of domain.md, and chaining crosswalks only where that is sound.
#include <optional>
#include <string>
#include <vector>

#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"

namespace labeltool::analysis {

/// Lower is stricter: not met, partly met, met, not applicable. The strictest of several
/// judgements or sources is the one with the lowest.
int strictness(model::Meaning meaning);

/// The value of `set`'s scale that stands for `meaning`, or "" when the scale has none.
std::string scale_value(const model::NormSet& set, model::Meaning meaning);

/// A chain A→B→C that cannot be composed soundly (anything but equal, subset∘subset,
/// superset∘superset): it is reported for review, never silently used.
struct UnsoundChain {
  std::string first, middle, last;  ///< norm IDs in A, B and C
  model::Relation first_relation, second_relation;
};

struct Composition {
  model::Crosswalk crosswalk;  ///< A → C, sound rows only
  std::vector<UnsoundChain> unsound;
};

/// Composes `first` (A → B) with `second` (B → C). Equal composes with anything; subset with
/// subset and superset with superset; not-related ends a chain.
Composition compose(const model::Crosswalk& first, const model::Crosswalk& second);

/// Where one source answer comes from, and what the rule allowed.
struct TransferSource {
  /// Which transfer rule of domain.md applied; report/ says it in the report's language.
  enum class Rule {
    OffScale,            ///< the score is not on the source scale: nothing carried
    NotApplicableThere,  ///< not applicable in the source: verify whether it applies here
    ScoreCarries,        ///< equal or superset: the score carries over
    AtMostPartlyMet,     ///< subset or intersects: at most partly met, to verify
  };
  const model::Norm* norm;  ///< in the source set
  const model::Answer* answer;
  model::Relation relation;               ///< source norm → target norm
  std::optional<model::Meaning> carried;  ///< what this source alone allows; nullopt: nothing
  Rule rule = Rule::OffScale;
};

/// One norm of the target set after the transfer.
struct TransferredNorm {
  const model::Norm* norm = nullptr;  ///< in the target set
  enum class Kind { Carried, Verify, NoSource } kind = Kind::NoSource;
  std::optional<model::Meaning> meaning;  ///< the strictest of the sources
  /// The target scale's value for `meaning`; "" without a meaning or when the scale has none.
  std::string score;
  std::vector<TransferSource> sources;
  /// Index in `sources` of the strictest source. Without one, the first source's rule says
  /// why nothing was carried.
  std::optional<std::size_t> decisive;
};

/// The machine name of a transfer's kind, as JSON writes it: "carried", "verify", "no-source".
std::string_view kind_name(TransferredNorm::Kind kind);

struct Transfer {
  std::vector<TransferredNorm> norms;  ///< every target norm in scope, in set order
  std::size_t carried = 0, verify = 0, no_source = 0;
};

/// The scopes of the target a transfer uses, and why: a zelfevaluatie's scope IDs are kept
/// where the target declares them too.
struct TargetScope {
  enum class Reason {
    Given,         ///< --scope named them
    Same,          ///< every scope of the zelfevaluatie is a scope of the target
    Part,          ///< only some are; `not_in_target` lists the others
    NoneInCommon,  ///< none is: every scope of the target is used
    AllScopes,     ///< the zelfevaluatie applies to every scope, and so does the transfer
  } reason = Reason::AllScopes;
  std::vector<std::string> scope;          ///< target scope IDs; empty = every scope
  std::vector<std::string> not_in_target;  ///< zelfevaluatie scopes the target does not declare
};

/// The target scopes for carrying `zelfevaluatie` over to `target`; `given` (--scope, already
/// checked against the target) wins when it is not empty.
TargetScope target_scope(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& target,
                         const std::vector<std::string>& given);

/// Transfers `zelfevaluatie` (on `source`) to `target` through `crosswalk` (source → target).
/// equal and superset carry the score; subset and intersects give at most partly met, to be
/// verified; with several sources the strictest wins. Norms of the target outside `scope`
/// are left out.
Transfer transfer(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& source,
                  const model::NormSet& target, const model::Crosswalk& crosswalk,
                  const std::vector<std::string>& scope);

}  // namespace labeltool::analysis
