#pragma once
/// Crosswalk documents (crosswalk/1) into the model, and the rules a crosswalk must meet
/// against the two norm sets it relates.
#include "diag/diagnostic.hpp"
#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "yaml/document.hpp"

namespace labeltool::read {

/// Reads a document whose header is 'labeltool: crosswalk/1'.
model::Crosswalk read_crosswalk(const yaml::Document& document, Diagnostics& diagnostics);

/// Every norm ID exists on its side (a theme ID is named as such), no pair twice, no
/// conflicting relations for one pair, strength fitting the relation.
void check_crosswalk(const model::Crosswalk& crosswalk, const model::NormSet& source,
                     const model::NormSet& target, Diagnostics& diagnostics);

/// When crosswalks exist in both directions between two sets, their relations must agree
/// (A subset B in one is B superset A in the other). Reported in `reverse`'s file.
void check_reverse_agreement(const model::Crosswalk& forward, const model::Crosswalk& reverse,
                             Diagnostics& diagnostics);

}  // namespace labeltool::read
