#include "read/ciso_reader.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "read/ciso_common.hpp"
#include "read/extract.hpp"
#include "read/schema.hpp"
#include "read/values.hpp"
#include "util/text.hpp"

namespace labeltool::read {
namespace {

using namespace ciso;

/// The relation a CISO `relationship` names.
std::optional<model::Relation> ciso_relation(std::string_view text) {
  if (text == "equal") return model::Relation::Equal;
  if (text == "subset") return model::Relation::Subset;
  if (text == "superset") return model::Relation::Superset;
  if (text == "intersect") return model::Relation::Intersects;
  if (text == "not_related") return model::Relation::NotRelated;
  return std::nullopt;
}

/// The row keys that have a vocabulary or a range, as rules for check_value(): CISO
/// Assistant's own words, under its own key names.
const FieldSchema& relationship_rule() {
  static const FieldSchema rule{
      "relationship", ValueType::Text,
      true,           "",
      nullptr,        {"equal", "subset", "superset", "intersect", "not_related"}};
  return rule;
}
const FieldSchema& rationale_rule() {
  static const FieldSchema rule{
      "rationale", ValueType::Text, false, "", nullptr, {"syntactic", "semantic", "functional"}};
  return rule;
}
const FieldSchema& strength_rule() {
  static const FieldSchema rule{
      "strength_of_relationship", ValueType::Integer, false, "", nullptr, {}, 0.0, 10.0};
  return rule;
}

/// The chosen requirement_mapping_set node: the one between `source` and `target` when a
/// library holds several, else the first.
const yaml::Node* find_mapping_set(const yaml::Node& root, const CisoFramework* source,
                                   const CisoFramework* target) {
  const yaml::Node* objects = root.find("objects");
  if (!objects || !objects->is_mapping()) return nullptr;
  if (const yaml::Node* one = objects->find("requirement_mapping_set"); one && one->is_mapping())
    return one;
  const yaml::Node* many = objects->find("requirement_mapping_sets");
  if (!many || !many->is_sequence()) return nullptr;
  const yaml::Node* first = nullptr;
  for (const auto& item : many->children) {
    if (!item.is_mapping()) continue;
    if (!first) first = &item;
    if (source && target &&
        util::ascii_lower(text_of(item, "source_framework_urn")) == source->urn &&
        util::ascii_lower(text_of(item, "target_framework_urn")) == target->urn)
      return &item;
  }
  return first;
}

/// The framework on one side of the set: usable only when given and the one the set names.
const CisoFramework* resolve_side(const yaml::Node& set_node, const CisoFramework* framework,
                                  std::string_view key, std::string_view what, Reporter& reporter) {
  const std::string named = trimmed_text(set_node, key);
  if (named.empty()) return nullptr;
  const Position position = position_of(set_node, key);
  if (!framework) {
    reporter.report(position, Code::UnresolvedReference,
                    std::string(what) + " framework " + quoted(named) +
                        " was not found, so the rows' requirement URNs on that side are not "
                        "checked");
    return nullptr;
  }
  if (framework->urn != util::ascii_lower(named)) {
    reporter.report(position, Code::UnresolvedReference,
                    std::string(what) + " framework is " + quoted(named) +
                        ", but the framework given is " + quoted(framework->urn) +
                        "; that side is not checked");
    return nullptr;
  }
  return framework;
}

/// One side of the rows: its framework, and the did-you-mean candidates, made when needed.
struct Side {
  const CisoFramework* framework = nullptr;
  std::optional<UrnCandidates> candidates;

  const UrnCandidates& urns() {
    if (!candidates) {
      std::vector<std::string> keys;
      keys.reserve(framework->norm_of_urn.size());
      for (const auto& entry : framework->norm_of_urn) keys.push_back(entry.first);
      candidates.emplace(keys);
    }
    return *candidates;
  }
};

/// Reads the rows of a requirement mapping set into crosswalk mappings. The rules for rows
/// among themselves (pairs twice, strength against relation) are analysis::check_mapping_rows,
/// which the callers run on the crosswalk, as on a crosswalk/1 file.
class RowReader {
 public:
  RowReader(const CisoFramework* from, const CisoFramework* to, Reporter& reporter)
      : reporter_(reporter) {
    from_.framework = from;
    to_.framework = to;
  }

  /// The mapping of `row`; nullopt when the row cannot be expressed as two norms (reported).
  std::optional<model::Mapping> read(const yaml::Node& row) {
    if (!row.is_mapping()) {
      reporter_.report(
          row.position, Code::WrongType,
          "a requirement mapping must be a mapping, not " + std::string(yaml::describe_kind(row)));
      return std::nullopt;
    }
    const bool complete =
        require_keys(row, {"source_requirement_urn", "target_requirement_urn", "relationship"},
                     "this row", reporter_);
    model::Mapping mapping;
    mapping.position = row.position;
    mapping.source_position = position_of(row, "source_requirement_urn");
    mapping.target_position = position_of(row, "target_requirement_urn");
    mapping.relation_position = position_of(row, "relationship");
    mapping.note = trimmed_text(row, "annotation");
    const auto relation = relation_of(row);
    if (relation) mapping.relation = *relation;
    mapping.rationale = rationale_of(row);
    mapping.strength = strength_of(row);
    if (from_.framework && !trimmed_text(row, "source_requirement_urn").empty())
      mapping.source =
          resolve(row, "source_requirement_urn", from_, to_.framework, "source requirement");
    if (to_.framework && !trimmed_text(row, "target_requirement_urn").empty())
      mapping.target =
          resolve(row, "target_requirement_urn", to_, from_.framework, "target requirement");
    if (!complete || !relation || mapping.source.empty() || mapping.target.empty())
      return std::nullopt;
    return mapping;
  }

 private:
  /// The value of `rule.name` in `row`, checked; nullopt when absent or reported.
  std::optional<std::string> checked(const yaml::Node& row, const FieldSchema& rule) {
    const yaml::Node* node = row.find(rule.name);
    if (is_null(node)) return std::nullopt;
    if (!node->is_scalar()) {
      // A required key that is not text is reported by require_keys already.
      if (!rule.required)
        reporter_.report(node->position, not_text(rule.name, yaml::describe_kind(*node)));
      return std::nullopt;
    }
    const Quoting quoting = node->quoted ? Quoting::Quoted : Quoting::Plain;
    if (auto problem = check_value(rule, node->value, quoting)) {
      reporter_.report(node->position, std::move(*problem));
      return std::nullopt;
    }
    return node->value;
  }

  std::optional<model::Relation> relation_of(const yaml::Node& row) {
    const auto value = checked(row, relationship_rule());
    return value ? ciso_relation(*value) : std::nullopt;
  }

  /// CISO Assistant writes rationales capitalised ("Semantic"); labeltool's are lower case.
  std::string rationale_of(const yaml::Node& row) {
    const yaml::Node* node = row.find("rationale");
    if (is_null(node)) return {};
    if (!node->is_scalar()) {
      reporter_.report(node->position, not_text("rationale", yaml::describe_kind(*node)));
      return {};
    }
    const std::string lowered = util::ascii_lower(util::trim(node->value));
    if (auto problem = check_value(rationale_rule(), lowered)) {
      reporter_.report(node->position, std::move(*problem));
      return {};
    }
    return lowered;
  }

  std::optional<int> strength_of(const yaml::Node& row) {
    const auto value = checked(row, strength_rule());
    if (!value) return std::nullopt;
    double number = 0;
    parse_number(*value, number);
    return static_cast<int>(number);
  }

  /// The norm ID a row's URN names on one side; "" (reported) when it names none.
  std::string resolve(const yaml::Node& row, std::string_view key, Side& side,
                      const CisoFramework* other, std::string_view what) {
    const CisoFramework& framework = *side.framework;
    const std::string urn = trimmed_text(row, key);
    const std::string lowered = util::ascii_lower(urn);
    if (const auto it = framework.norm_of_urn.find(lowered); it != framework.norm_of_urn.end())
      return it->second;
    const Position position = position_of(row, key);
    const std::string named = std::string(what) + " " + quoted(urn);
    if (framework.non_assessable_urns.count(lowered)) {
      reporter_.report(position, ciso_code::mapping_onto_section,
                       named + " is a section of " + framework.set.reference() +
                           ", not an assessable requirement; map the requirements under it");
    } else if (other &&
               (other->norm_of_urn.count(lowered) || other->non_assessable_urns.count(lowered))) {
      reporter_.report(position, Code::UnknownNorm,
                       named + " is in " + other->set.reference() + ", not in " +
                           framework.set.reference() + " (source and target swapped?)");
    } else {
      reporter_.report(position, Code::UnknownNorm,
                       named + " is not a requirement of " + framework.set.reference() +
                           reporter_.urn_suggestion(lowered, side.urns()));
    }
    return {};
  }

  Reporter& reporter_;
  Side from_, to_;
};

/// The crosswalk's own fields, from the set and the frameworks on its sides.
model::Crosswalk crosswalk_fields(const yaml::Document& document, const yaml::Node& set_node,
                                  const CisoFramework* from, const CisoFramework* to) {
  model::Crosswalk crosswalk;
  crosswalk.file = document.source;
  if (from) crosswalk.source = from->set.reference();
  if (to) crosswalk.target = to->set.reference();
  crosswalk.source_position = position_of(set_node, "source_framework_urn");
  crosswalk.target_position = position_of(set_node, "target_framework_urn");
  crosswalk.method = "expert";
  crosswalk.status = model::Status::Draft;
  crosswalk.status_note = "Read from a CISO Assistant library (" +
                          trimmed_text(document.root, "urn") +
                          "); mapping as published there, see its copyright field.";
  return crosswalk;
}

}  // namespace

std::pair<std::string, std::string> ciso_mapping_framework_urns(const yaml::Document& document) {
  const yaml::Node* set = find_mapping_set(document.root, nullptr, nullptr);
  if (!set) return {};
  return {trimmed_text(*set, "source_framework_urn"), trimmed_text(*set, "target_framework_urn")};
}

std::optional<model::Crosswalk> read_ciso_mapping_set(const yaml::Document& document,
                                                      const CisoFramework* source,
                                                      const CisoFramework* target,
                                                      Diagnostics& diagnostics) {
  Reporter reporter{*document.source, diagnostics};
  if (!check_library(document, reporter)) return std::nullopt;
  const yaml::Node* set_node = find_mapping_set(document.root, source, target);
  if (!set_node) {
    report_missing_object(document.root, "requirement_mapping_set", "requirement_mapping_sets",
                          reporter);
    return std::nullopt;
  }
  require_keys(*set_node, {"urn", "name", "source_framework_urn", "target_framework_urn"},
               "the mapping set", reporter);
  const CisoFramework* from =
      resolve_side(*set_node, source, "source_framework_urn", "the source", reporter);
  const CisoFramework* to =
      resolve_side(*set_node, target, "target_framework_urn", "the target", reporter);
  model::Crosswalk crosswalk = crosswalk_fields(document, *set_node, from, to);

  const yaml::Node* rows = set_node->find("requirement_mappings");
  if (!rows || rows->is_null()) {
    reporter.report(rows ? rows->position : where(*set_node), Code::MissingKey,
                    "the mapping set has no 'requirement_mappings'");
  } else if (!rows->is_sequence()) {
    reporter.report(
        rows->position, Code::WrongType,
        "'requirement_mappings' must be a list, not " + std::string(yaml::describe_kind(*rows)));
  } else {
    RowReader reader(from, to, reporter);
    for (const auto& row : rows->children)
      if (auto mapping = reader.read(row)) crosswalk.mappings.push_back(std::move(*mapping));
  }
  if (!from || !to) return std::nullopt;
  return crosswalk;
}

}  // namespace labeltool::read
