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

/// A chain A→B→C that cannot be composed soundly (anything but equal, subset∘subset,
/// superset∘superset): it is reported for review, never silently used.
struct UnsoundChain {
  std::string first, middle, last;  ///< norm IDs in A, B and C
  model::Relation first_relation, second_relation;
};

struct Composition {
  model::Crosswalk crosswalk;          ///< A → C, sound rows only
  std::vector<UnsoundChain> unsound;
};

/// Composes `first` (A → B) with `second` (B → C). Equal composes with anything; subset with
/// subset and superset with superset; not-related ends a chain.
Composition compose(const model::Crosswalk& first, const model::Crosswalk& second);

/// Where one source answer comes from, and what the rule allowed.
struct TransferSource {
  const model::Norm* norm;      ///< in the source set
  const model::Answer* answer;
  model::Relation relation;     ///< source norm → target norm
  std::optional<model::Meaning> carried;  ///< what this source alone allows; nullopt: nothing
  std::string rule;             ///< in words
};

/// One norm of the target set after the transfer.
struct TransferredNorm {
  const model::Norm* norm = nullptr;  ///< in the target set
  enum class Kind { Carried, Verify, NoSource } kind = Kind::NoSource;
  std::optional<model::Meaning> meaning;  ///< the strictest of the sources
  std::vector<TransferSource> sources;
  std::optional<std::size_t> decisive;  ///< index in `sources` of the strictest source
  std::string why;  ///< which source decided, and why (English, for JSON)
};

struct Transfer {
  std::vector<TransferredNorm> norms;     ///< every target norm in scope, in set order
  std::size_t carried = 0, verify = 0, no_source = 0;
};

/// Transfers `zelfevaluatie` (on `source`) to `target` through `crosswalk` (source → target).
/// equal and superset carry the score; subset and intersects give at most partly met, to be
/// verified; with several sources the strictest wins. Norms of the target outside `scope`
/// are left out.
Transfer transfer(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& source,
                  const model::NormSet& target, const model::Crosswalk& crosswalk,
                  const std::vector<std::string>& scope);

}  // namespace labeltool::analysis
