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

/// The requirement mapping sets of a library in file order: each mapping of the list, or
/// the one object. With both spellings the list (the singular is reported elsewhere).
std::vector<const yaml::Node*> mapping_set_nodes(const yaml::Node& root) {
  std::vector<const yaml::Node*> sets;
  const yaml::Node* objects = root.find("objects");
  if (!objects || !objects->is_mapping()) return sets;
  if (const yaml::Node* many = objects->find("requirement_mapping_sets");
      many && many->is_sequence()) {
    for (const auto& item : many->children)
      if (item.is_mapping()) sets.push_back(&item);
    if (!sets.empty()) return sets;
  }
  if (const yaml::Node* one = objects->find("requirement_mapping_set"); one && one->is_mapping())
    sets.push_back(one);
  return sets;
}

/// The chosen requirement_mapping_set node: the one between `source` and `target` when a
/// library holds several, else the first.
const yaml::Node* find_mapping_set(const yaml::Node& root, const CisoFramework* source,
                                   const CisoFramework* target) {
  const auto sets = mapping_set_nodes(root);
  if (sets.empty()) return nullptr;
  if (source && target)
    for (const yaml::Node* item : sets)
      if (util::ascii_lower(text_of(*item, "source_framework_urn")) == source->urn &&
          util::ascii_lower(text_of(*item, "target_framework_urn")) == target->urn)
        return item;
  return sets.front();
}

/// The name a set is reported under (see CisoMappingSet::name).
std::string set_name(const yaml::Node& set_node, std::size_t index) {
  if (std::string urn = trimmed_text(set_node, "urn"); !urn.empty())
    return std::string(urn_tail(urn));
  if (std::string name = trimmed_text(set_node, "name"); !name.empty()) return name;
  return "set " + std::to_string(index + 1);
}

/// The framework on one side of the set: usable only when given and the one the set names.
const CisoFramework* resolve_side(const yaml::Node& set_node, const CisoFramework* framework,
                                  std::string_view key, const Message& what, const std::string& set,
                                  Reporter& reporter) {
  const std::string named = trimmed_text(set_node, key);
  if (named.empty()) return nullptr;
  const Position position = position_of(set_node, key);
  if (!framework) {
    reporter.report(position, Code::UnresolvedReference,
                    {what.en + " framework " + quoted(named) + " of mapping set " + quoted(set) +
                         " was not found, so the rows' requirement URNs on that side are not "
                         "checked",
                     what.nl + " " + quoted(named) + " van koppelingenset " + quoted(set) +
                         " is niet gevonden; de URN's van de eisen aan die kant zijn dus niet "
                         "gecontroleerd"});
    return nullptr;
  }
  if (framework->urn != util::ascii_lower(named)) {
    reporter.report(position, Code::UnresolvedReference,
                    {what.en + " framework of mapping set " + quoted(set) + " is " + quoted(named) +
                         ", but the framework given is " + quoted(framework->urn) +
                         "; that side is not checked",
                     what.nl + " van koppelingenset " + quoted(set) + " is " + quoted(named) +
                         ", maar het opgegeven framework is " + quoted(framework->urn) +
                         "; die kant is niet gecontroleerd"});
    return nullptr;
  }
  return framework;
}

/// Where a URN that is not in a framework was probably meant to go. URN tails and ref_ids
/// are split into parts before '.', '-', '_', ' ' and '(' ("cc3.2.9" → cc3, cc3.2, cc3.2.9); the
/// longest leading part some node starts with is the place the row aimed at. Candidates are
/// the children of the node that part names (else every node starting with it), matched on
/// both URN tail and ref_id; when not even the first part is known, the whole section is
/// missing from the framework, and no neighbour is suggested.
class NodeSuggester {
 public:
  explicit NodeSuggester(const CisoFramework& framework) : framework_(framework) {
    const auto& nodes = framework.nodes;
    children_.resize(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      if (nodes[i].parent >= 0) children_[static_cast<std::size_t>(nodes[i].parent)].push_back(i);
      for (std::string_view name : {urn_tail(nodes[i].urn), std::string_view(nodes[i].ref_id)}) {
        if (name.empty()) continue;
        exact_.emplace(std::string(name), i);
        for (std::size_t end : part_ends(name)) {
          auto& group = starting_with_[std::string(name.substr(0, end))];
          if (group.empty() || group.back() != i) group.push_back(i);
        }
      }
    }
  }

  /// " (did you mean '…'?)", or words saying the section is missing; empty when nothing fits.
  Message suggest(const std::string& lowered_urn, Reporter& reporter) const {
    const std::string_view tail = urn_tail(lowered_urn);
    const auto ends = part_ends(tail);
    for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
      const std::string known(tail.substr(0, *end));
      const auto group = starting_with_.find(known);
      if (group == starting_with_.end()) continue;
      const std::vector<std::size_t>* candidates = &group->second;
      const auto parent = known != tail ? exact_.find(known) : exact_.end();
      if (parent != exact_.end() && !children_[parent->second].empty())
        candidates = &children_[parent->second];
      Message hint = closest(tail, *candidates, reporter);
      // "6.1.1" under a "6.1" that has nothing below it: the row most likely means 6.1.
      if (hint.en.empty() && parent != exact_.end()) {
        const std::string urn = quoted(framework_.nodes[parent->second].urn);
        hint = {" (did you mean " + urn + "? it has nothing under it)",
                " (bedoelt u " + urn + "? daaronder staat niets)"};
      }
      return hint;
    }
    if (ends.size() > 1) {
      const std::string start = quoted(tail.substr(0, ends.front()));
      return {"; no node of " + framework_.set.reference() + " has a URN or ref_id starting with " +
                  start + ": that whole section is missing from the framework",
              "; geen eis van " + framework_.set.reference() +
                  " heeft een URN of ref_id die begint met " + start +
                  ": dat hele onderdeel ontbreekt in het framework"};
    }
    std::vector<std::size_t> all(framework_.nodes.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    return closest(tail, all, reporter);
  }

 private:
  /// The end of each leading part of `name`: before every separator, and the whole name.
  static std::vector<std::size_t> part_ends(std::string_view name) {
    std::vector<std::size_t> ends;
    for (std::size_t i = 1; i < name.size(); ++i)
      if (std::string_view(".-_ (").find(name[i]) != std::string_view::npos) ends.push_back(i);
    ends.push_back(name.size());
    return ends;
  }

  /// The did-you-mean among `nodes` (on URN tail and ref_id), naming the node's URN.
  Message closest(std::string_view tail, const std::vector<std::size_t>& nodes,
                  Reporter& reporter) const {
    if (nodes.empty() || 2 * nodes.size() > reporter.work_left) return {};
    reporter.work_left -= 2 * nodes.size();
    std::vector<std::string> names;
    std::vector<std::size_t> owner;
    names.reserve(2 * nodes.size());
    for (std::size_t i : nodes) {
      const auto& node = framework_.nodes[i];
      names.emplace_back(urn_tail(node.urn));
      owner.push_back(i);
      if (!node.ref_id.empty() && node.ref_id != names.back()) {
        names.push_back(node.ref_id);
        owner.push_back(i);
      }
    }
    // A tail that is exactly another node's ref_id names that node (closest_match skips
    // exact matches, which for a plain word mean "no typo").
    std::optional<std::string> match;
    if (std::find(names.begin(), names.end(), tail) != names.end()) match = std::string(tail);
    if (!match) match = util::closest_match(tail, names);
    if (!match) return {};
    const auto at = std::find(names.begin(), names.end(), *match) - names.begin();
    const auto& node = framework_.nodes[owner[static_cast<std::size_t>(at)]];
    std::string named = quoted(node.urn);
    if (*match == node.ref_id && node.ref_id != urn_tail(node.urn))
      named += ", ref_id " + quoted(node.ref_id);
    return {" (did you mean " + named + "?)", " (bedoelt u " + named + "?)"};
  }

  const CisoFramework& framework_;
  std::vector<std::vector<std::size_t>> children_;
  std::unordered_map<std::string, std::size_t> exact_;
  std::unordered_map<std::string, std::vector<std::size_t>> starting_with_;
};

/// One side of the rows: its framework, and the did-you-mean, made when needed.
struct Side {
  const CisoFramework* framework = nullptr;
  std::optional<NodeSuggester> suggester;

  const NodeSuggester& suggestions() {
    if (!suggester) suggester.emplace(*framework);
    return *suggester;
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
      const Message kind = yaml::kind_in_words(row);
      reporter_.report(row.position, Code::WrongType,
                       {"a requirement mapping must be a mapping, not " + kind.en,
                        "een koppeling (requirement mapping) bestaat uit sleutels met waarden, "
                        "niet " +
                            kind.nl});
      return std::nullopt;
    }
    const bool complete =
        require_keys(row, {"source_requirement_urn", "target_requirement_urn", "relationship"},
                     {"this row", "deze regel"}, reporter_);
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
      mapping.source = resolve(row, "source_requirement_urn", from_, to_.framework,
                               {"source requirement", "bron-eis"});
    if (to_.framework && !trimmed_text(row, "target_requirement_urn").empty())
      mapping.target = resolve(row, "target_requirement_urn", to_, from_.framework,
                               {"target requirement", "doel-eis"});
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
        reporter_.report(node->position, not_text(rule.name, yaml::kind_in_words(*node)));
      return std::nullopt;
    }
    const Quoting quoting = node->quoted ? Quoting::Quoted : Quoting::Plain;
    if (auto problem = check_value(rule, node->value, quoting)) {
      reporter_.report(node->position, std::move(*problem));
      return std::nullopt;
    }
    return std::string(node->value);
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
      reporter_.report(node->position, not_text("rationale", yaml::kind_in_words(*node)));
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
                      const CisoFramework* other, const Message& what) {
    const CisoFramework& framework = *side.framework;
    const std::string urn = trimmed_text(row, key);
    const std::string lowered = util::ascii_lower(urn);
    if (const auto it = framework.norm_of_urn.find(lowered); it != framework.norm_of_urn.end())
      return it->second;
    const Position position = position_of(row, key);
    const Message named{what.en + " " + quoted(urn), what.nl + " " + quoted(urn)};
    const std::string set = framework.set.reference();
    if (framework.non_assessable_urns.count(lowered)) {
      reporter_.report(position, ciso_code::mapping_onto_section,
                       {named.en + " is a section of " + set +
                            ", not an assessable requirement; map the requirements under it",
                        named.nl + " is een kopje van " + set +
                            ", geen eis die te beoordelen is; koppel de eisen eronder"});
    } else if (other &&
               (other->norm_of_urn.count(lowered) || other->non_assessable_urns.count(lowered))) {
      const std::string in = other->set.reference();
      reporter_.report(
          position, Code::UnknownNorm,
          {named.en + " is in " + in + ", not in " + set + " (source and target swapped?)",
           named.nl + " staat in " + in + ", niet in " + set + " (bron en doel omgewisseld?)"});
    } else {
      const Message hint = side.suggestions().suggest(lowered, reporter_);
      reporter_.report(position, Code::UnknownNorm,
                       {named.en + " is not a requirement of " + set + hint.en,
                        named.nl + " is geen eis van " + set + hint.nl});
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

namespace {

/// Reads one set's rows against its frameworks (either may be null: that side is reported
/// as unresolved and the crosswalk is nullopt, but the rows are still checked on their own).
std::optional<model::Crosswalk> read_set(const yaml::Document& document, const yaml::Node& set_node,
                                         const std::string& name, const CisoFramework* source,
                                         const CisoFramework* target, Reporter& reporter) {
  require_keys(set_node, {"urn", "name", "source_framework_urn", "target_framework_urn"},
               {"the mapping set", "de koppelingenset"}, reporter);
  const CisoFramework* from = resolve_side(set_node, source, "source_framework_urn",
                                           {"the source", "het bronframework"}, name, reporter);
  const CisoFramework* to = resolve_side(set_node, target, "target_framework_urn",
                                         {"the target", "het doelframework"}, name, reporter);
  model::Crosswalk crosswalk = crosswalk_fields(document, set_node, from, to);

  const yaml::Node* rows = set_node.find("requirement_mappings");
  if (!rows || rows->is_null()) {
    reporter.report(
        rows ? rows->position : where(set_node), Code::MissingKey,
        {"mapping set " + quoted(name) + " has no 'requirement_mappings'",
         "koppelingenset " + quoted(name) + " heeft geen 'requirement_mappings' (de koppelingen)"});
  } else if (!rows->is_sequence()) {
    const Message kind = yaml::kind_in_words(*rows);
    reporter.report(rows->position, Code::WrongType,
                    {"'requirement_mappings' must be a list, not " + kind.en,
                     "bij 'requirement_mappings' hoort een lijst, niet " + kind.nl});
  } else {
    RowReader reader(from, to, reporter);
    crosswalk.mappings.reserve(rows->children.size());
    for (const auto& row : rows->children)
      if (auto mapping = reader.read(row)) crosswalk.mappings.push_back(std::move(*mapping));
  }
  if (!from || !to) return std::nullopt;
  return crosswalk;
}

/// Both spellings of the mapping set under `objects` are one object given twice.
void report_both_spellings(const yaml::Node& root, Reporter& reporter) {
  const yaml::Node* objects = root.find("objects");
  if (!objects || !objects->is_mapping()) return;
  const yaml::Node* one = objects->find("requirement_mapping_set");
  const yaml::Node* many = objects->find("requirement_mapping_sets");
  if (!one || !many) return;
  auto& finding = reporter.report(
      one->key_position, Code::DuplicateKey,
      {"this library has both 'requirement_mapping_set' and 'requirement_mapping_sets'; CISO "
       "Assistant refuses such a library: move this set into the list (only the list is read)",
       "deze bibliotheek heeft zowel 'requirement_mapping_set' als 'requirement_mapping_sets'; "
       "CISO Assistant weigert zo'n bibliotheek: zet deze set in de lijst (alleen de lijst is "
       "gelezen)"});
  reporter.related(finding, many->key_position, {"the list", "de lijst"});
}

}  // namespace

std::optional<model::Crosswalk> read_ciso_mapping_set(const yaml::Document& document,
                                                      const CisoFramework* source,
                                                      const CisoFramework* target,
                                                      Diagnostics& diagnostics) {
  Reporter reporter{*document.source, diagnostics};
  if (!check_library(document, reporter)) return std::nullopt;
  report_both_spellings(document.root, reporter);
  const yaml::Node* set_node = find_mapping_set(document.root, source, target);
  if (!set_node) {
    report_missing_object(document.root, "requirement_mapping_set", "requirement_mapping_sets",
                          reporter);
    return std::nullopt;
  }
  return read_set(document, *set_node, set_name(*set_node, 0), source, target, reporter);
}

std::vector<CisoMappingSet> read_ciso_mapping_sets(const yaml::Document& document,
                                                   const CisoFrameworkLookup& lookup,
                                                   Diagnostics& diagnostics) {
  Reporter reporter{*document.source, diagnostics};
  std::vector<CisoMappingSet> sets;
  if (!check_library(document, reporter)) return sets;
  report_both_spellings(document.root, reporter);
  const auto nodes = mapping_set_nodes(document.root);
  if (nodes.empty()) {
    report_missing_object(document.root, "requirement_mapping_set", "requirement_mapping_sets",
                          reporter);
    return sets;
  }
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    CisoMappingSet set;
    set.name = set_name(*nodes[i], i);
    set.source_urn = util::ascii_lower(trimmed_text(*nodes[i], "source_framework_urn"));
    set.target_urn = util::ascii_lower(trimmed_text(*nodes[i], "target_framework_urn"));
    set.crosswalk = read_set(document, *nodes[i], set.name, lookup(set.source_urn),
                             lookup(set.target_urn), reporter);
    sets.push_back(std::move(set));
  }
  return sets;
}

}  // namespace labeltool::read
