#include "read/crosswalk_reader.hpp"

#include <map>

#include "read/extract.hpp"
#include "read/schema.hpp"
#include "read/validate.hpp"
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
  crosswalk.status =
      model::parse_status(text_of(root, "status")).value_or(model::Status::Illustrative);
  crosswalk.status_note = text_of(root, "status_note");
  if (const yaml::Node* rows = root.find("mappings"); rows && rows->is_sequence()) {
    for (const auto& row : rows->children) {
      if (!row.is_mapping()) continue;
      model::Mapping mapping;
      mapping.source = text_of(row, "source");
      mapping.target = text_of(row, "target");
      mapping.relation =
          model::parse_relation(text_of(row, "relation")).value_or(model::Relation::NotRelated);
      // Only a strength the schema allows (0..10) is kept; validate() reported any other.
      if (auto strength = whole_number_of(row, "strength");
          strength && *strength >= 0 && *strength <= 10)
        mapping.strength = static_cast<int>(*strength);
      mapping.rationale = text_of(row, "rationale");
      mapping.note = text_of(row, "note");
      // suggest: a row stays proposed until a person removes the mark or sets 'decided'.
      mapping.review = model::parse_review(text_of(row, "review")).value_or(model::Review::Decided);
      mapping.score = number_of(row, "score");
      if (const yaml::Node* evidence = row.find("evidence"); evidence && evidence->is_mapping()) {
        mapping.evidence.terms = list_of(*evidence, "terms").value_or(std::vector<std::string>{});
        mapping.evidence.source_covered = number_of(*evidence, "source_covered");
        mapping.evidence.target_covered = number_of(*evidence, "target_covered");
      }
      mapping.position = row.position;
      mapping.source_position = position_of(row, "source");
      mapping.target_position = position_of(row, "target");
      mapping.relation_position = position_of(row, "relation");
      crosswalk.mappings.push_back(std::move(mapping));
    }
  }
  return crosswalk;
}

}  // namespace labeltool::read
