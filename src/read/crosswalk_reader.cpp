#include "read/crosswalk_reader.hpp"

#include <map>

#include "read/extract.hpp"
#include "read/schema.hpp"
#include "util/text.hpp"

namespace labeltool::read {

model::Crosswalk read_crosswalk(const yaml::Document& document, Diagnostics& diagnostics) {
  const yaml::Node& root = document.root;
  validate(root, crosswalk_schema(), *document.source, diagnostics);
  model::Crosswalk crosswalk;
  crosswalk.file = document.source;
  crosswalk.source = text_of(root, "source");
  crosswalk.source_position = position_of(root, "source");
  crosswalk.target = text_of(root, "target");
  crosswalk.target_position = position_of(root, "target");
  crosswalk.method = text_of(root, "method");
  crosswalk.status = model::parse_status(text_of(root, "status")).value_or(model::Status::Illustrative);
  crosswalk.status_note = text_of(root, "status_note");
  if (const yaml::Node* rows = root.find("mappings"); rows && rows->is_sequence()) {
    for (const auto& row : rows->children) {
      if (!row.is_mapping()) continue;
      model::Mapping mapping;
      mapping.source = text_of(row, "source");
      mapping.target = text_of(row, "target");
      mapping.relation = model::parse_relation(text_of(row, "relation")).value_or(model::Relation::NotRelated);
      // Only a strength the schema allows (0..10) is kept; validate() reported any other.
      if (auto strength = whole_number_of(row, "strength"); strength && *strength >= 0 && *strength <= 10)
        mapping.strength = static_cast<int>(*strength);
      mapping.rationale = text_of(row, "rationale");
      mapping.note = text_of(row, "note");
      mapping.position = row.position;
      mapping.source_position = position_of(row, "source");
      mapping.target_position = position_of(row, "target");
      mapping.relation_position = position_of(row, "relation");
      crosswalk.mappings.push_back(std::move(mapping));
    }
  }
  return crosswalk;
}

void check_crosswalk(const model::Crosswalk& crosswalk, const model::NormSet& source,
                     const model::NormSet& target, Diagnostics& diagnostics) {
  const SourceFile& file = *crosswalk.file;
  const auto report = [&](Position position, Code code, std::string message,
                          std::optional<Position> first = std::nullopt) {
    auto diagnostic = make_diagnostic(file, position, code, std::move(message));
    if (first) diagnostic.related.push_back(make_related(file, *first, "first mapped here"));
    diagnostics.push_back(std::move(diagnostic));
  };
  const auto check_side = [&](const std::string& id, Position position, const model::NormSet& set,
                              std::string_view side) {
    if (id.empty() || set.find_norm(id)) return;
    if (set.find_theme(id)) {
      report(position, Code::MappingOntoTheme,
             std::string(side) + " '" + util::escape_control(id) + "' is a theme of " + set.reference() +
                 "; a crosswalk relates norms, so name the theme's norms");
      return;
    }
    std::string message = std::string(side) + " norm '" + util::escape_control(id) + "' is not in " +
                          set.reference();
    if (auto suggestion = util::closest_match(id, set.norm_ids())) message += " (did you mean '" + *suggestion + "'?)";
    report(position, Code::UnknownNorm, std::move(message));
  };

  std::map<std::pair<std::string, std::string>, const model::Mapping*> seen;
  for (const auto& mapping : crosswalk.mappings) {
    check_side(mapping.source, mapping.source_position, source, "source");
    check_side(mapping.target, mapping.target_position, target, "target");
    const auto [it, inserted] = seen.emplace(std::make_pair(mapping.source, mapping.target), &mapping);
    if (!inserted) {
      const model::Mapping& first = *it->second;
      if (first.relation == mapping.relation) {
        report(mapping.position, Code::DuplicateMapping,
               "the pair " + mapping.source + " → " + mapping.target + " is mapped twice", first.position);
      } else {
        report(mapping.relation_position, Code::ConflictingRelation,
               "the pair " + mapping.source + " → " + mapping.target + " is '" +
                   std::string(model::relation_name(mapping.relation)) + "' here but '" +
                   std::string(model::relation_name(first.relation)) + "' before; keep one",
               first.position);
      }
    }
    if (mapping.strength) {
      const bool equal = mapping.relation == model::Relation::Equal;
      const bool unrelated = mapping.relation == model::Relation::NotRelated;
      if ((equal && *mapping.strength != 10) || (!equal && *mapping.strength == 10) ||
          (unrelated && *mapping.strength != 0)) {
        report(mapping.relation_position, Code::StrengthMismatch,
               "relation '" + std::string(model::relation_name(mapping.relation)) + "' with strength " +
                   std::to_string(*mapping.strength) + " (10 means equal, 0 not related)");
      }
    }
  }
}

void check_reverse_agreement(const model::Crosswalk& forward, const model::Crosswalk& reverse,
                             Diagnostics& diagnostics) {
  std::map<std::pair<std::string, std::string>, const model::Mapping*> expected;
  for (const auto& mapping : forward.mappings) expected.emplace(std::make_pair(mapping.target, mapping.source), &mapping);
  for (const auto& mapping : reverse.mappings) {
    const auto it = expected.find({mapping.source, mapping.target});
    if (it == expected.end()) continue;
    const model::Relation wanted = model::inverse(it->second->relation);
    if (mapping.relation == wanted) continue;
    auto diagnostic = make_diagnostic(
        *reverse.file, mapping.relation_position, Code::ReverseMismatch,
        mapping.source + " → " + mapping.target + " is '" + std::string(model::relation_name(mapping.relation)) +
            "', but the crosswalk " + forward.source + " → " + forward.target + " says " + it->second->source +
            " → " + it->second->target + " is '" + std::string(model::relation_name(it->second->relation)) +
            "', which makes this '" + std::string(model::relation_name(wanted)) + "'");
    diagnostic.related.push_back(make_related(*forward.file, it->second->relation_position, "the other direction"));
    diagnostics.push_back(std::move(diagnostic));
  }
}

}  // namespace labeltool::read
