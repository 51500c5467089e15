#include "analysis/transfer.hpp"

#include <algorithm>
#include <map>

#include "analysis/check.hpp"

namespace labeltool::analysis {

using model::Meaning;
using model::Relation;

int strictness(Meaning meaning) {
  switch (meaning) {
    case Meaning::NotMet:
      return 0;
    case Meaning::PartlyMet:
      return 1;
    case Meaning::Met:
      return 2;
    case Meaning::NotApplicable:
      return 3;
  }
  return 0;
}

std::string scale_value(const model::NormSet& set, Meaning meaning) {
  for (const auto& value : set.scale)
    if (value.meaning == meaning) return value.value;
  return {};
}

namespace {

std::optional<Relation> compose_relation(Relation first, Relation second) {
  if (first == Relation::NotRelated || second == Relation::NotRelated) return std::nullopt;
  if (first == Relation::Equal) return second;
  if (second == Relation::Equal) return first;
  if (first == second && (first == Relation::Subset || first == Relation::Superset)) return first;
  return std::nullopt;
}

}  // namespace

std::string_view kind_name(TransferredNorm::Kind kind) {
  switch (kind) {
    case TransferredNorm::Kind::Carried:
      return "carried";
    case TransferredNorm::Kind::Verify:
      return "verify";
    case TransferredNorm::Kind::NoSource:
      return "no-source";
  }
  return "no-source";
}

Composition compose(const model::Crosswalk& first, const model::Crosswalk& second) {
  Composition out;
  out.crosswalk.file = first.file;
  for (const auto* link : {&first, &second}) {
    if (!link->composed_of.empty())
      out.crosswalk.composed_of.insert(out.crosswalk.composed_of.end(), link->composed_of.begin(),
                                       link->composed_of.end());
    else if (link->file)
      out.crosswalk.composed_of.push_back(link->file->path());
  }
  out.crosswalk.source = first.source;
  out.crosswalk.target = second.target;
  out.crosswalk.method = "suggested";
  out.crosswalk.status = model::Status::Illustrative;
  out.crosswalk.status_note = "composed from " + first.source + " → " + first.target + " and " +
                              second.source + " → " + second.target;
  std::multimap<std::string, const model::Mapping*> from_middle;
  for (const auto& row : second.mappings) from_middle.emplace(row.source, &row);
  for (const auto& row : first.mappings) {
    const auto [begin, end] = from_middle.equal_range(row.target);
    for (auto it = begin; it != end; ++it) {
      const model::Mapping& next = *it->second;
      if (row.relation == Relation::NotRelated || next.relation == Relation::NotRelated) continue;
      if (auto relation = compose_relation(row.relation, next.relation)) {
        model::Mapping composed;
        composed.source = row.source;
        composed.target = next.target;
        composed.relation = *relation;
        composed.note = "via " + row.target;
        out.crosswalk.mappings.push_back(std::move(composed));
      } else {
        out.unsound.push_back({row.source, row.target, next.target, row.relation, next.relation});
      }
    }
  }
  return out;
}

Transfer transfer(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& source,
                  const model::NormSet& target, const model::Crosswalk& crosswalk,
                  const std::vector<std::string>& scope) {
  Transfer result;
  std::multimap<std::string, const model::Mapping*> onto;
  for (const auto& row : crosswalk.mappings) onto.emplace(row.target, &row);
  for (const auto& theme : target.themes) {
    for (const auto& norm : theme.norms) {
      if (!norm.applies_to_any(scope)) continue;
      TransferredNorm entry;
      entry.norm = &norm;
      const auto [begin, end] = onto.equal_range(norm.id);
      for (auto it = begin; it != end; ++it) {
        const model::Mapping& row = *it->second;
        if (row.relation == Relation::NotRelated) continue;
        const model::Norm* from = source.find_norm(row.source);
        const model::Answer* answer = zelfevaluatie.find_answer(row.source);
        if (!from || !answer) continue;
        const auto meaning = meaning_of(source, answer->score);
        TransferSource item{from, answer, row.relation, std::nullopt,
                            TransferSource::Rule::OffScale};
        if (!meaning) {
          // OffScale: nothing to carry.
        } else if (*meaning == Meaning::NotApplicable) {
          item.rule = TransferSource::Rule::NotApplicableThere;
        } else if (model::covers_fully(row.relation)) {
          item.carried = *meaning;
          item.rule = TransferSource::Rule::ScoreCarries;
        } else {
          // subset / intersects: meeting the source shows part of the target at most.
          item.carried =
              strictness(*meaning) < strictness(Meaning::PartlyMet) ? *meaning : Meaning::PartlyMet;
          item.rule = TransferSource::Rule::AtMostPartlyMet;
        }
        entry.sources.push_back(std::move(item));
      }
      const TransferSource* decisive = nullptr;
      for (const auto& item : entry.sources) {
        if (!item.carried) continue;
        if (!decisive || strictness(*item.carried) < strictness(*decisive->carried))
          decisive = &item;
      }
      if (decisive) {
        entry.decisive = static_cast<std::size_t>(decisive - entry.sources.data());
        entry.meaning = decisive->carried;
        entry.score = scale_value(target, *entry.meaning);
        // Any partial source also leaves something to verify, even when a full one decided.
        const bool all_full = std::all_of(
            entry.sources.begin(), entry.sources.end(),
            [](const TransferSource& item) { return model::covers_fully(item.relation); });
        entry.kind = all_full ? TransferredNorm::Kind::Carried : TransferredNorm::Kind::Verify;
      } else if (!entry.sources.empty()) {
        entry.kind = TransferredNorm::Kind::Verify;
      }
      switch (entry.kind) {
        case TransferredNorm::Kind::Carried:
          ++result.carried;
          break;
        case TransferredNorm::Kind::Verify:
          ++result.verify;
          break;
        case TransferredNorm::Kind::NoSource:
          ++result.no_source;
          break;
      }
      result.norms.push_back(std::move(entry));
    }
  }
  return result;
}

TargetScope target_scope(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& target,
                         const std::vector<std::string>& given) {
  TargetScope out;
  if (!given.empty()) {
    out.reason = TargetScope::Reason::Given;
    out.scope = given;
    return out;
  }
  if (zelfevaluatie.scope.empty()) return out;
  for (const auto& id : zelfevaluatie.scope) {
    const bool declared = std::any_of(target.scopes.begin(), target.scopes.end(),
                                      [&](const model::NamedId& scope) { return scope.id == id; });
    (declared ? out.scope : out.not_in_target).push_back(id);
  }
  if (out.scope.empty())
    out.reason = TargetScope::Reason::NoneInCommon;
  else
    out.reason = out.not_in_target.empty() ? TargetScope::Reason::Same : TargetScope::Reason::Part;
  return out;
}

}  // namespace labeltool::analysis
