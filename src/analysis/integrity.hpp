#pragma once
/// The integrity rules a model must meet before anything else may use it: a norm set's own
/// consistency, and a crosswalk against the two norm sets it relates. They run on models,
/// whichever form (YAML, CSV, CISO Assistant) the model was read from.
#include "diag/diagnostic.hpp"
#include "model/crosswalk.hpp"
#include "model/normset.hpp"

namespace labeltool::analysis {

/// Integrity of a base norm set: unique theme, norm and scale IDs, declared scopes and
/// disciplines, a usable scale and verdict, duplicate titles (warning).
void check_normset(const model::NormSet& set, Diagnostics& diagnostics);

/// The rules for one norm that depend on its set: declared scopes and disciplines.
void check_norm_references(const model::Norm& norm, const model::NormSet& set,
                           Diagnostics& diagnostics);

/// The rules for a crosswalk's rows among themselves, whichever form they were read from (a
/// crosswalk/1 file, a CISO Assistant mapping set): no pair twice, no conflicting relations
/// for one pair, a strength that fits the relation.
void check_mapping_rows(const model::Crosswalk& crosswalk, Diagnostics& diagnostics);

/// Every norm ID exists on its side (a theme ID is named as such), and check_mapping_rows().
void check_crosswalk(const model::Crosswalk& crosswalk, const model::NormSet& source,
                     const model::NormSet& target, Diagnostics& diagnostics);

/// When crosswalks exist in both directions between two sets, their relations must agree
/// (A subset B in one is B superset A in the other). Reported in `reverse`'s file.
void check_reverse_agreement(const model::Crosswalk& forward, const model::Crosswalk& reverse,
                             Diagnostics& diagnostics);

}  // namespace labeltool::analysis
