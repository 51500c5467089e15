#include "read/ciso_reader.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

#include "read/extract.hpp"
#include "read/schema.hpp"
#include "util/text.hpp"

namespace labeltool::read {
namespace {

/// Did-you-mean compares a word with every candidate; past this many comparisons per
/// document the findings come without a suggestion, so a flood of bad rows stays fast.
constexpr std::size_t kSuggestionWork = 400'000;

/// URNs to suggest from, grouped by everything up to their last ':' (a framework's nodes
/// share that prefix), so a typo is matched on the short last part only.
class UrnCandidates {
 public:
  template <typename Range>
  explicit UrnCandidates(const Range& keys) {
    for (const auto& key : keys) {
      const auto colon = key.rfind(':');
      const std::size_t cut = colon == std::string::npos ? 0 : colon + 1;
      tails_[key.substr(0, cut)].push_back(key.substr(cut));
      all_.push_back(key);
    }
  }
  /// The candidates for `lowered_urn`: {prefix, tails with that prefix}, or {"", all URNs}
  /// when no candidate shares its prefix.
  std::pair<std::string, const std::vector<std::string>*> for_urn(const std::string& lowered_urn) const {
    const auto colon = lowered_urn.rfind(':');
    const std::string prefix = lowered_urn.substr(0, colon == std::string::npos ? 0 : colon + 1);
    if (const auto it = tails_.find(prefix); it != tails_.end()) return {prefix, &it->second};
    return {std::string(), &all_};
  }

 private:
  std::unordered_map<std::string, std::vector<std::string>> tails_;
  std::vector<std::string> all_;
};

/// Adds findings about one file.
struct Reporter {
  const SourceFile& source;
  Diagnostics& diagnostics;
  std::size_t work_left = kSuggestionWork;

  Diagnostic& report(Position position, Code code, std::string message) {
    diagnostics.push_back(make_diagnostic(source, position, code, std::move(message)));
    return diagnostics.back();
  }
  void related(Diagnostic& diagnostic, Position position, std::string message) {
    diagnostic.related.push_back(make_related(source, position, std::move(message)));
  }
  /// " (did you mean 'X'?)" or "".
  std::string suggestion(std::string_view word, const std::vector<std::string>& candidates,
                         const std::string& prefix = {}) {
    if (candidates.empty() || candidates.size() > work_left) return {};
    work_left -= candidates.size();
    const std::string_view tail = word.substr(std::min(prefix.size(), word.size()));
    return util::did_you_mean(tail, candidates, prefix);
  }
  /// The same for a (lowercased) URN among `candidates`.
  std::string urn_suggestion(const std::string& lowered_urn, const UrnCandidates& candidates) {
    const auto [prefix, list] = candidates.for_urn(lowered_urn);
    return suggestion(lowered_urn, *list, prefix);
  }
};

/// Where to report about an object: its key (`framework:`), or for a list item its start.
Position where(const yaml::Node& node) { return node.key_position.line ? node.key_position : node.position; }

std::string quoted(std::string_view text) { return "'" + util::escape_control(text) + "'"; }

/// True for an absent value, an empty one, or a plain null (null, ~).
bool is_null(const yaml::Node* node) {
  if (!node || node->is_null()) return true;
  if (!node->is_scalar() || node->quoted) return false;
  return node->value == "null" || node->value == "Null" || node->value == "NULL" || node->value == "~";
}

/// The trimmed text of node[key]; "" when absent, null or not text.
std::string trimmed_text(const yaml::Node& node, std::string_view key) {
  const yaml::Node* child = node.find(key);
  if (is_null(child) || !child->is_scalar()) return {};
  return std::string(util::trim(child->value));
}

/// A YAML boolean as CISO Assistant's loader (PyYAML, YAML 1.1) reads it: plain only.
std::optional<bool> boolean_of(const yaml::Node& node) {
  if (!node.is_scalar() || node.quoted) return std::nullopt;
  const std::string value = util::ascii_lower(node.value);
  if (value == "true" || value == "yes" || value == "on") return true;
  if (value == "false" || value == "no" || value == "off") return false;
  return std::nullopt;
}

/// A whole number, plain (not quoted).
std::optional<long long> integer_of(const yaml::Node& node) {
  double value = 0;
  if (!node.is_scalar() || node.quoted || !parse_number(node.value, value)) return std::nullopt;
  return whole_number(value);
}

/// `text` made a labeltool ID: letters, digits and . _ - kept, runs of anything else become
/// one '-', no '-' or '.' at either end, at most 128 characters. "" when nothing is left.
std::string make_id(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (ok) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  const auto edge = [](char c) { return c == '-' || c == '.'; };
  while (!out.empty() && edge(out.back())) out.pop_back();
  std::size_t start = 0;
  while (start < out.size() && edge(out[start])) ++start;
  out.erase(0, start);
  if (out.size() > 128) out.resize(128);
  while (!out.empty() && edge(out.back())) out.pop_back();
  return out;
}

/// The part of a URN after its last ':'.
std::string_view urn_tail(std::string_view urn) {
  const auto colon = urn.rfind(':');
  return colon == std::string_view::npos ? urn : urn.substr(colon + 1);
}

bool starts_with_urn(std::string_view text) {
  return text.size() > 4 && util::ascii_lower(text.substr(0, 4)) == "urn:";
}

/// The keys CISO Assistant's loader requires of every library (LibraryImporter).
void check_library_keys(const yaml::Node& root, Reporter& reporter) {
  for (const auto* key : {"urn", "ref_id", "locale", "version"}) {
    const yaml::Node* node = root.find(key);
    if (is_null(node)) {
      reporter.report(node ? node->position : root.position, Code::MissingKey,
                      std::string("the CISO Assistant library has no '") + key +
                          "' (its loader requires one)");
    } else if (!node->is_scalar()) {
      reporter.report(node->position, Code::WrongType,
                      std::string("'") + key + "' must be text, not " + std::string(yaml::describe_kind(*node)));
    }
  }
}

/// Reports each of `keys` that `node` lacks (or has as null); true when all are there.
bool require_keys(const yaml::Node& node, std::initializer_list<const char*> keys, std::string_view what,
                  Reporter& reporter) {
  bool all = true;
  for (const auto* key : keys) {
    const yaml::Node* child = node.find(key);
    if (!is_null(child)) {
      if (!child->is_scalar()) {
        reporter.report(child->position, Code::WrongType,
                        std::string("'") + key + "' must be text, not " + std::string(yaml::describe_kind(*child)));
        all = false;
      }
      continue;
    }
    reporter.report(child ? child->position : node.position, Code::MissingKey,
                    std::string(what) + " has no '" + key + "'");
    all = false;
  }
  return all;
}

/// objects.<single> (a mapping) or the first mapping of objects.<plural> (a list); nullptr.
const yaml::Node* find_object(const yaml::Node& root, std::string_view single, std::string_view plural) {
  const yaml::Node* objects = root.find("objects");
  if (!objects || !objects->is_mapping()) return nullptr;
  if (const yaml::Node* one = objects->find(single); one && one->is_mapping()) return one;
  if (const yaml::Node* many = objects->find(plural); many && many->is_sequence())
    for (const auto& item : many->children)
      if (item.is_mapping()) return &item;
  return nullptr;
}

/// Reports why objects.<single>/<plural> cannot be read.
void report_missing_object(const yaml::Node& root, std::string_view single, std::string_view plural,
                           Reporter& reporter) {
  const yaml::Node* objects = root.find("objects");
  const yaml::Node* one = objects ? objects->find(single) : nullptr;
  const yaml::Node* many = objects ? objects->find(plural) : nullptr;
  if (one && !one->is_mapping()) {
    reporter.report(one->position, Code::WrongType,
                    "'" + std::string(single) + "' must be a mapping, not " + std::string(yaml::describe_kind(*one)));
  } else if (many && !many->is_sequence()) {
    reporter.report(many->position, Code::WrongType,
                    "'" + std::string(plural) + "' must be a list, not " + std::string(yaml::describe_kind(*many)));
  } else {
    reporter.report(objects ? objects->key_position : root.position, Code::MissingKey,
                    "this CISO Assistant library has no '" + std::string(single) + "' (or '" +
                        std::string(plural) + "') under 'objects'");
  }
}

/// Web addresses in `text` (for NormSet::sources), e.g. from a copyright line.
std::vector<std::string> urls_in(std::string_view text) {
  std::vector<std::string> urls;
  std::size_t at = 0;
  while (true) {
    std::size_t http = text.find("http://", at), https = text.find("https://", at);
    std::size_t start = std::min(http, https);
    if (start == std::string_view::npos) break;
    std::size_t end = start;
    while (end < text.size() && static_cast<unsigned char>(text[end]) > ' ' && text[end] != '"' &&
           text[end] != '<' && text[end] != '>')
      ++end;
    std::string url(text.substr(start, end - start));
    while (!url.empty() && (url.back() == '.' || url.back() == ',' || url.back() == ')' || url.back() == ';'))
      url.pop_back();
    if (std::find(urls.begin(), urls.end(), url) == urls.end()) urls.push_back(url);
    at = end;
  }
  return urls;
}

/// One requirement node while the framework is read.
struct Node {
  const yaml::Node* yaml = nullptr;
  std::string urn;  ///< as written
  std::string key;  ///< lowercased urn
  std::string ref_id, name, description;
  bool assessable = false;
  std::optional<long long> depth_field;
  long parent = -1;   ///< index, or -1 for a top-level node
  long top = -1;      ///< index of its top-level ancestor (itself when top-level)
  long section = -1;  ///< nearest non-assessable ancestor below the top, or -1
  long long depth = 1;
};

/// "ref_id name" of a node, for section titles and messages.
std::string label_of(const Node& node) {
  if (!node.ref_id.empty() && !node.name.empty()) return node.ref_id + " " + node.name;
  if (!node.ref_id.empty()) return node.ref_id;
  if (!node.name.empty()) return node.name;
  return std::string(urn_tail(node.urn));
}

/// Cuts every parent_urn loop (reported) so the nodes form a forest.
void cut_loops(std::vector<Node>& nodes, Reporter& reporter) {
  std::vector<char> state(nodes.size(), 0);  // 0 new, 1 on the current path, 2 done
  std::vector<long> path;
  for (std::size_t start = 0; start < nodes.size(); ++start) {
    if (state[start]) continue;
    path.clear();
    long at = static_cast<long>(start);
    while (at >= 0 && state[static_cast<std::size_t>(at)] == 0) {
      state[static_cast<std::size_t>(at)] = 1;
      path.push_back(at);
      at = nodes[static_cast<std::size_t>(at)].parent;
    }
    if (at >= 0 && state[static_cast<std::size_t>(at)] == 1) {
      // The last node on the path closes the loop back to `at`.
      Node& closer = nodes[static_cast<std::size_t>(path.back())];
      std::string chain;
      const auto from = std::find(path.begin(), path.end(), at);
      for (auto it = from; it != path.end() && chain.size() < 300; ++it)
        chain += util::escape_control(urn_tail(nodes[static_cast<std::size_t>(*it)].urn)) + " → ";
      chain += util::escape_control(urn_tail(nodes[static_cast<std::size_t>(at)].urn));
      reporter.report(position_of(*closer.yaml, "parent_urn"), Code::InvalidValue,
                      "parent_urn of " + quoted(closer.urn) + " makes a loop (" + chain +
                          "); read as a top-level node");
      closer.parent = -1;
    }
    for (long index : path) state[static_cast<std::size_t>(index)] = 2;
  }
}

/// Fills top, depth and section of every node (the parents form a forest).
void place_nodes(std::vector<Node>& nodes) {
  std::vector<char> done(nodes.size(), 0);
  std::vector<long> path;
  for (std::size_t start = 0; start < nodes.size(); ++start) {
    path.clear();
    long at = static_cast<long>(start);
    while (at >= 0 && !done[static_cast<std::size_t>(at)]) {
      path.push_back(at);
      at = nodes[static_cast<std::size_t>(at)].parent;
    }
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      Node& node = nodes[static_cast<std::size_t>(*it)];
      if (node.parent < 0) {
        node.top = *it;
        node.depth = 1;
        node.section = -1;
      } else {
        const Node& parent = nodes[static_cast<std::size_t>(node.parent)];
        node.top = parent.top;
        node.depth = parent.depth + 1;
        node.section = (!parent.assessable && parent.parent >= 0) ? node.parent : parent.section;
      }
      done[static_cast<std::size_t>(*it)] = 1;
    }
  }
}

/// Hands out IDs unique across themes and norms (they share one ID space in labeltool).
class IdAllocator {
 public:
  /// The first candidate that is a non-empty, unused ID; else the last one with -2, -3…
  std::string take(std::initializer_list<std::string> candidates) {
    std::string fallback;
    for (const auto& candidate : candidates) {
      if (candidate.empty()) continue;
      if (fallback.empty()) fallback = candidate;
      if (used_.insert(candidate).second) return candidate;
    }
    if (fallback.empty()) fallback = "node";
    if (fallback.size() > 120) fallback.resize(120);
    for (int n = 2;; ++n) {
      std::string id = fallback + "-" + std::to_string(n);
      if (used_.insert(id).second) return id;
    }
  }

 private:
  std::set<std::string> used_;
};

/// The relation a CISO `relationship` names.
std::optional<model::Relation> ciso_relation(std::string_view text) {
  if (text == "equal") return model::Relation::Equal;
  if (text == "subset") return model::Relation::Subset;
  if (text == "superset") return model::Relation::Superset;
  if (text == "intersect") return model::Relation::Intersects;
  if (text == "not_related") return model::Relation::NotRelated;
  return std::nullopt;
}

const std::vector<std::string>& ciso_relations() {
  static const std::vector<std::string> names = {"equal", "subset", "superset", "intersect", "not_related"};
  return names;
}

const std::vector<std::string>& ciso_rationales() {
  static const std::vector<std::string> names = {"syntactic", "semantic", "functional"};
  return names;
}

/// The chosen requirement_mapping_set node: the one between `source` and `target` when a
/// library holds several, else the first.
const yaml::Node* find_mapping_set(const yaml::Node& root, const CisoFramework* source,
                                   const CisoFramework* target) {
  const yaml::Node* objects = root.find("objects");
  if (!objects || !objects->is_mapping()) return nullptr;
  if (const yaml::Node* one = objects->find("requirement_mapping_set"); one && one->is_mapping()) return one;
  const yaml::Node* many = objects->find("requirement_mapping_sets");
  if (!many || !many->is_sequence()) return nullptr;
  const yaml::Node* first = nullptr;
  for (const auto& item : many->children) {
    if (!item.is_mapping()) continue;
    if (!first) first = &item;
    if (source && target && util::ascii_lower(text_of(item, "source_framework_urn")) == source->urn &&
        util::ascii_lower(text_of(item, "target_framework_urn")) == target->urn)
      return &item;
  }
  return first;
}

}  // namespace

bool is_ciso_library(const yaml::Document& document) {
  const yaml::Node* urn = document.root.find("urn");
  const yaml::Node* objects = document.root.find("objects");
  return urn && urn->is_scalar() && starts_with_urn(urn->value) && objects && objects->is_mapping();
}

CisoContent ciso_library_content(const yaml::Document& document) {
  if (!is_ciso_library(document)) return CisoContent::Other;
  if (find_object(document.root, "framework", "frameworks")) return CisoContent::Framework;
  if (find_object(document.root, "requirement_mapping_set", "requirement_mapping_sets"))
    return CisoContent::MappingSet;
  return CisoContent::Other;
}

std::optional<CisoFramework> read_ciso_framework(const yaml::Document& document, Diagnostics& diagnostics) {
  const yaml::Node& root = document.root;
  Reporter reporter{*document.source, diagnostics};
  if (!is_ciso_library(document)) {
    reporter.report(root.position, Code::MissingKey,
                    "not a CISO Assistant library: it needs a top-level 'urn: urn:…' and an 'objects' mapping");
    return std::nullopt;
  }
  check_library_keys(root, reporter);
  const yaml::Node* framework = find_object(root, "framework", "frameworks");
  if (!framework) {
    report_missing_object(root, "framework", "frameworks", reporter);
    return std::nullopt;
  }
  require_keys(*framework, {"urn", "ref_id"}, "the framework", reporter);

  CisoFramework out;
  out.urn = util::ascii_lower(trimmed_text(*framework, "urn"));
  out.library_urn = util::ascii_lower(trimmed_text(root, "urn"));
  model::NormSet& set = out.set;
  set.source = document.source;
  const std::string library_urn = trimmed_text(root, "urn");
  set.id = make_id(trimmed_text(root, "ref_id"));
  if (set.id.empty()) set.id = make_id(urn_tail(library_urn));
  if (set.id.empty()) set.id = "ciso-framework";
  set.version = make_id(trimmed_text(root, "version"));
  if (set.version.empty()) set.version = "0";
  set.name = trimmed_text(root, "name");
  if (set.name.empty()) set.name = trimmed_text(*framework, "name");
  if (set.name.empty()) set.name = trimmed_text(root, "ref_id");
  const std::string provider = trimmed_text(root, "provider"), packager = trimmed_text(root, "packager");
  set.owner = provider.empty() ? packager
              : (packager.empty() || packager == provider) ? provider
                                                           : provider + " (packaged by " + packager + ")";
  set.language = trimmed_text(root, "locale");
  set.status = model::Status::Draft;
  set.status_note = "Read from a CISO Assistant library (" + library_urn +
                    "); texts as published there, see its copyright field.";
  set.sources = urls_in(trimmed_text(root, "copyright"));

  // The nodes, in file order.
  std::vector<Node> nodes;
  std::unordered_map<std::string, std::size_t> index_of;
  const yaml::Node* list = framework->find("requirement_nodes");
  if (!list || list->is_null()) {
    reporter.report(list ? list->position : where(*framework), Code::MissingKey,
                    "the framework has no 'requirement_nodes'");
  } else if (!list->is_sequence()) {
    reporter.report(list->position, Code::WrongType,
                    "'requirement_nodes' must be a list, not " + std::string(yaml::describe_kind(*list)));
  } else {
    nodes.reserve(list->children.size());
    for (const auto& item : list->children) {
      if (!item.is_mapping()) {
        reporter.report(item.position, Code::WrongType,
                        "a requirement node must be a mapping, not " + std::string(yaml::describe_kind(item)));
        continue;
      }
      if (!require_keys(item, {"urn"}, "this requirement node", reporter)) continue;
      Node node;
      node.yaml = &item;
      node.urn = trimmed_text(item, "urn");
      node.key = util::ascii_lower(node.urn);
      const auto [it, inserted] = index_of.emplace(node.key, nodes.size());
      if (!inserted) {
        auto& d = reporter.report(position_of(item, "urn"), Code::DuplicateId,
                                  "requirement node " + quoted(node.urn) +
                                      " is defined twice (CISO Assistant compares URNs ignoring case); "
                                      "this one is left out");
        reporter.related(d, position_of(*nodes[it->second].yaml, "urn"), "first defined here");
        continue;
      }
      node.ref_id = trimmed_text(item, "ref_id");
      node.name = trimmed_text(item, "name");
      node.description = trimmed_text(item, "description");
      if (const yaml::Node* assessable = item.find("assessable"); !is_null(assessable)) {
        if (auto value = boolean_of(*assessable)) {
          node.assessable = *value;
        } else {
          reporter.report(assessable->position, Code::WrongType,
                          "'assessable' must be true or false, not " +
                              (assessable->is_scalar() ? quoted(assessable->value)
                                                       : std::string(yaml::describe_kind(*assessable))));
        }
      }
      if (const yaml::Node* depth = item.find("depth"); !is_null(depth)) node.depth_field = integer_of(*depth);
      nodes.push_back(std::move(node));
    }
  }

  // Parents, by URN.
  std::optional<UrnCandidates> node_urns;  // made when a parent_urn is unknown
  for (auto& node : nodes) {
    const yaml::Node* parent = node.yaml->find("parent_urn");
    if (is_null(parent)) continue;
    if (!parent->is_scalar()) {
      reporter.report(parent->position, Code::WrongType,
                      "'parent_urn' must be text, not " + std::string(yaml::describe_kind(*parent)));
      continue;
    }
    const std::string key = util::ascii_lower(util::trim(parent->value));
    if (const auto it = index_of.find(key); it != index_of.end()) {
      node.parent = static_cast<long>(it->second);
      continue;
    }
    if (!node_urns) {
      std::vector<std::string> keys;
      keys.reserve(nodes.size());
      for (const auto& n : nodes) keys.push_back(n.key);
      node_urns.emplace(keys);
    }
    reporter.report(parent->position, Code::UnknownNorm,
                    "parent_urn " + quoted(parent->value) + " is not a node of this framework" +
                        reporter.urn_suggestion(key, *node_urns) + "; read as a top-level node");
  }
  cut_loops(nodes, reporter);
  place_nodes(nodes);

  // depth is informative only (CISO Assistant's loader ignores it); say so once when it lies.
  std::size_t wrong_depths = 0;
  const Node* first_wrong = nullptr;
  for (const auto& node : nodes) {
    if (!node.depth_field || *node.depth_field == node.depth) continue;
    if (!first_wrong) first_wrong = &node;
    ++wrong_depths;
  }
  if (first_wrong) {
    std::size_t with_depth = 0;
    for (const auto& node : nodes) with_depth += node.depth_field ? 1 : 0;
    reporter.report(
        position_of(*first_wrong->yaml, "depth"), ciso_code::inconsistent_depth,
        "node " + quoted(urn_tail(first_wrong->urn)) + " has depth " + std::to_string(*first_wrong->depth_field) +
            " but is at level " + std::to_string(first_wrong->depth) + " under its parent_urn chain; " +
            std::to_string(wrong_depths) + " of the " + std::to_string(with_depth) +
            " nodes with a depth disagree with the tree (labeltool follows parent_urn)");
  }

  // Themes: the top-level nodes that are not assessable. Assessable top-level nodes (flat
  // frameworks) are norms of one extra theme named after the framework.
  IdAllocator ids;
  std::unordered_map<std::string, std::size_t> ref_id_count;
  for (const auto& node : nodes)
    if (node.assessable && !node.ref_id.empty()) ++ref_id_count[make_id(node.ref_id)];
  std::unordered_map<long, std::size_t> theme_of_top;
  std::optional<std::size_t> flat_theme;
  const auto theme_for = [&](const Node& node) -> std::size_t {
    const Node& top = nodes[static_cast<std::size_t>(node.top)];
    if (!top.assessable) return theme_of_top.at(node.top);
    if (!flat_theme) {
      model::Theme theme;
      theme.id = ids.take({"requirements", make_id(set.id + "-requirements")});
      theme.title = set.name.empty() ? "Requirements" : set.name;
      theme.position = position_of(*top.yaml, "urn");
      flat_theme = set.themes.size();
      set.themes.push_back(std::move(theme));
    }
    return *flat_theme;
  };
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Node& node = nodes[i];
    if (node.parent >= 0 || node.assessable) continue;
    model::Theme theme;
    theme.id = ids.take({make_id(node.ref_id), make_id(urn_tail(node.urn)), make_id(node.urn)});
    theme.title = !node.name.empty() ? node.name : !node.ref_id.empty() ? node.ref_id : std::string(urn_tail(node.urn));
    theme.description = node.description;
    theme.position = position_of(*node.yaml, node.ref_id.empty() ? "urn" : "ref_id");
    theme_of_top.emplace(static_cast<long>(i), set.themes.size());
    set.themes.push_back(std::move(theme));
  }

  for (const auto& node : nodes) {
    if (!node.assessable) {
      out.non_assessable_urns.insert(node.key);
      continue;
    }
    if (node.name.empty() && node.description.empty()) {
      reporter.report(position_of(*node.yaml, "urn"), ciso_code::requirement_without_text,
                      "requirement " + quoted(node.ref_id.empty() ? node.urn : node.ref_id) +
                          " is assessable but has neither 'name' nor 'description': there is nothing to assess");
    }
    const std::string ref = make_id(node.ref_id);
    model::Norm norm;
    norm.id = ids.take({ref_id_count[ref] == 1 ? ref : std::string(), make_id(urn_tail(node.urn)), make_id(node.urn)});
    norm.title = !node.name.empty() ? node.name : !node.ref_id.empty() ? node.ref_id : std::string(urn_tail(node.urn));
    norm.text = !node.description.empty() ? node.description : node.name;
    norm.guidance = trimmed_text(*node.yaml, "annotation");
    if (std::string evidence = trimmed_text(*node.yaml, "typical_evidence"); !evidence.empty())
      norm.evidence.push_back(std::move(evidence));
    norm.position = position_of(*node.yaml, node.ref_id.empty() ? "urn" : "ref_id");
    norm.applies_to_position = norm.discipline_position = norm.position;
    norm.source = document.source;
    model::Theme& theme = set.themes[theme_for(node)];
    norm.theme_id = theme.id;
    out.norm_of_urn.emplace(node.key, norm.id);
    if (node.section >= 0) out.section_of_norm.emplace(norm.id, label_of(nodes[static_cast<std::size_t>(node.section)]));
    theme.norms.push_back(std::move(norm));
  }
  return out;
}

std::pair<std::string, std::string> ciso_mapping_framework_urns(const yaml::Document& document) {
  const yaml::Node* set = find_mapping_set(document.root, nullptr, nullptr);
  if (!set) return {};
  return {trimmed_text(*set, "source_framework_urn"), trimmed_text(*set, "target_framework_urn")};
}

std::optional<model::Crosswalk> read_ciso_mapping_set(const yaml::Document& document, const CisoFramework* source,
                                                      const CisoFramework* target, Diagnostics& diagnostics) {
  const yaml::Node& root = document.root;
  Reporter reporter{*document.source, diagnostics};
  if (!is_ciso_library(document)) {
    reporter.report(root.position, Code::MissingKey,
                    "not a CISO Assistant library: it needs a top-level 'urn: urn:…' and an 'objects' mapping");
    return std::nullopt;
  }
  check_library_keys(root, reporter);
  const yaml::Node* set_node = find_mapping_set(root, source, target);
  if (!set_node) {
    report_missing_object(root, "requirement_mapping_set", "requirement_mapping_sets", reporter);
    return std::nullopt;
  }
  require_keys(*set_node, {"urn", "name", "source_framework_urn", "target_framework_urn"}, "the mapping set",
               reporter);

  // The two sides: usable only when given and the ones the set names.
  const auto side = [&](const CisoFramework* framework, std::string_view key,
                        std::string_view what) -> const CisoFramework* {
    const std::string named = trimmed_text(*set_node, key);
    if (named.empty()) return nullptr;
    const Position position = position_of(*set_node, key);
    if (!framework) {
      reporter.report(position, Code::UnresolvedReference,
                      std::string(what) + " framework " + quoted(named) +
                          " was not found, so the rows' requirement URNs on that side are not checked");
      return nullptr;
    }
    if (framework->urn != util::ascii_lower(named)) {
      reporter.report(position, Code::UnresolvedReference,
                      std::string(what) + " framework is " + quoted(named) + ", but the framework given is " +
                          quoted(framework->urn) + "; that side is not checked");
      return nullptr;
    }
    return framework;
  };
  const CisoFramework* from = side(source, "source_framework_urn", "the source");
  const CisoFramework* to = side(target, "target_framework_urn", "the target");

  model::Crosswalk crosswalk;
  crosswalk.file = document.source;
  if (from) crosswalk.source = from->set.reference();
  if (to) crosswalk.target = to->set.reference();
  crosswalk.source_position = position_of(*set_node, "source_framework_urn");
  crosswalk.target_position = position_of(*set_node, "target_framework_urn");
  crosswalk.method = "expert";
  crosswalk.status = model::Status::Draft;
  crosswalk.status_note = "Read from a CISO Assistant library (" + trimmed_text(root, "urn") +
                          "); mapping as published there, see its copyright field.";

  std::optional<UrnCandidates> source_keys, target_keys;  // did-you-mean candidates, made when needed
  const auto keys_of = [](const CisoFramework& framework, std::optional<UrnCandidates>& keys) -> const auto& {
    if (!keys) {
      std::vector<std::string> urns;
      urns.reserve(framework.norm_of_urn.size());
      for (const auto& entry : framework.norm_of_urn) urns.push_back(entry.first);
      keys.emplace(urns);
    }
    return *keys;
  };
  /// The norm ID a row's URN names on one side; "" (reported) when it names none.
  const auto resolve = [&](const yaml::Node& row, std::string_view key, const CisoFramework& framework,
                           const CisoFramework* other, std::optional<UrnCandidates>& keys,
                           std::string_view what) -> std::string {
    const std::string urn = trimmed_text(row, key);
    const std::string lowered = util::ascii_lower(urn);
    if (const auto it = framework.norm_of_urn.find(lowered); it != framework.norm_of_urn.end()) return it->second;
    const Position position = position_of(row, key);
    if (framework.non_assessable_urns.count(lowered)) {
      reporter.report(position, ciso_code::mapping_onto_section,
                      std::string(what) + " " + quoted(urn) + " is a section of " + framework.set.reference() +
                          ", not an assessable requirement; map the requirements under it");
    } else if (other && (other->norm_of_urn.count(lowered) || other->non_assessable_urns.count(lowered))) {
      reporter.report(position, Code::UnknownNorm,
                      std::string(what) + " " + quoted(urn) + " is in " + other->set.reference() + ", not in " +
                          framework.set.reference() + " (source and target swapped?)");
    } else {
      reporter.report(position, Code::UnknownNorm,
                      std::string(what) + " " + quoted(urn) + " is not a requirement of " + framework.set.reference() +
                          reporter.urn_suggestion(lowered, keys_of(framework, keys)));
    }
    return {};
  };

  struct Seen {
    std::optional<model::Relation> relation;
    Position position;
  };
  std::map<std::pair<std::string, std::string>, Seen> seen;
  const yaml::Node* rows = set_node->find("requirement_mappings");
  if (!rows || rows->is_null()) {
    reporter.report(rows ? rows->position : where(*set_node), Code::MissingKey,
                    "the mapping set has no 'requirement_mappings'");
  } else if (!rows->is_sequence()) {
    reporter.report(rows->position, Code::WrongType,
                    "'requirement_mappings' must be a list, not " + std::string(yaml::describe_kind(*rows)));
  } else {
    for (const auto& row : rows->children) {
      if (!row.is_mapping()) {
        reporter.report(row.position, Code::WrongType,
                        "a requirement mapping must be a mapping, not " + std::string(yaml::describe_kind(row)));
        continue;
      }
      const bool complete =
          require_keys(row, {"source_requirement_urn", "target_requirement_urn", "relationship"}, "this row", reporter);

      model::Mapping mapping;
      mapping.position = row.position;
      mapping.source_position = position_of(row, "source_requirement_urn");
      mapping.target_position = position_of(row, "target_requirement_urn");
      mapping.relation_position = position_of(row, "relationship");
      mapping.note = trimmed_text(row, "annotation");

      std::optional<model::Relation> relation;
      if (const yaml::Node* node = row.find("relationship"); !is_null(node) && node->is_scalar()) {
        relation = ciso_relation(node->value);
        if (!relation) {
          reporter.report(node->position, Code::InvalidValue,
                          "relationship " + quoted(node->value) +
                              " is not one of equal, subset, superset, intersect, not_related" +
                              reporter.suggestion(node->value, ciso_relations()));
        }
      }
      if (relation) mapping.relation = *relation;

      if (const yaml::Node* node = row.find("rationale"); !is_null(node)) {
        const std::string lowered = node->is_scalar() ? util::ascii_lower(util::trim(node->value)) : std::string();
        if (!node->is_scalar()) {
          reporter.report(node->position, Code::WrongType,
                          "'rationale' must be text, not " + std::string(yaml::describe_kind(*node)));
        } else if (std::find(ciso_rationales().begin(), ciso_rationales().end(), lowered) != ciso_rationales().end()) {
          mapping.rationale = lowered;
        } else {
          reporter.report(node->position, Code::InvalidValue,
                          "rationale " + quoted(node->value) + " is not one of syntactic, semantic, functional" +
                              reporter.suggestion(lowered, ciso_rationales()));
        }
      }

      if (const yaml::Node* node = row.find("strength_of_relationship"); !is_null(node)) {
        const auto value = integer_of(*node);
        if (value && *value >= 0 && *value <= 10) {
          mapping.strength = static_cast<int>(*value);
        } else {
          reporter.report(node->position, Code::InvalidValue,
                          "strength_of_relationship must be a whole number from 0 to 10, not " +
                              (node->is_scalar() ? quoted(node->value) : std::string(yaml::describe_kind(*node))));
        }
      }
      if (relation && mapping.strength) {
        const bool equal = *relation == model::Relation::Equal;
        const bool unrelated = *relation == model::Relation::NotRelated;
        if ((equal && *mapping.strength != 10) || (!equal && *mapping.strength == 10) ||
            (unrelated && *mapping.strength != 0)) {
          reporter.report(position_of(row, "strength_of_relationship"), Code::StrengthMismatch,
                          "relationship " + quoted(row.find("relationship")->value) + " with strength " +
                              std::to_string(*mapping.strength) + " (10 means equal, 0 not related)");
        }
      }

      if (from && !trimmed_text(row, "source_requirement_urn").empty())
        mapping.source = resolve(row, "source_requirement_urn", *from, to, source_keys, "source requirement");
      if (to && !trimmed_text(row, "target_requirement_urn").empty())
        mapping.target = resolve(row, "target_requirement_urn", *to, from, target_keys, "target requirement");

      bool repeated = false;
      const std::string source_urn = util::ascii_lower(trimmed_text(row, "source_requirement_urn"));
      const std::string target_urn = util::ascii_lower(trimmed_text(row, "target_requirement_urn"));
      if (!source_urn.empty() && !target_urn.empty()) {
        const auto [it, inserted] = seen.emplace(std::make_pair(source_urn, target_urn), Seen{relation, row.position});
        if (!inserted) {
          repeated = true;
          const std::string pair =
              quoted(urn_tail(trimmed_text(row, "source_requirement_urn"))) + " → " +
              quoted(urn_tail(trimmed_text(row, "target_requirement_urn")));
          if (relation && it->second.relation && *relation != *it->second.relation) {
            auto& d = reporter.report(mapping.relation_position, Code::ConflictingRelation,
                                      "the pair " + pair + " is '" + std::string(model::relation_name(*relation)) +
                                          "' here but '" +
                                          std::string(model::relation_name(*it->second.relation)) +
                                          "' before; keep one (this row is left out)");
            reporter.related(d, it->second.position, "first mapped here");
          } else if (relation && it->second.relation) {
            auto& d = reporter.report(mapping.position, Code::DuplicateMapping,
                                      "the pair " + pair + " is mapped twice (this row is left out)");
            reporter.related(d, it->second.position, "first mapped here");
          }
        }
      }

      if (complete && relation && !repeated && !mapping.source.empty() && !mapping.target.empty())
        crosswalk.mappings.push_back(std::move(mapping));
    }
  }
  if (!from || !to) return std::nullopt;
  return crosswalk;
}

}  // namespace labeltool::read
