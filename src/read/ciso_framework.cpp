#include "read/ciso_reader.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "read/ciso_common.hpp"
#include "read/extract.hpp"
#include "read/schema.hpp"
#include "util/text.hpp"

namespace labeltool::read {
namespace {

using namespace ciso;

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
    while (!url.empty() &&
           (url.back() == '.' || url.back() == ',' || url.back() == ')' || url.back() == ';'))
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
  /// The texts of its `questions`, one a line: a questionnaire's requirement often says
  /// nothing but what it asks (CISO Assistant shows the questions as the requirement).
  std::string question_text;
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

/// The `text` of every question under `questions` (a mapping from question URN to
/// {type, text, choices}), one a line; "" when there are none.
std::string question_text_of(const yaml::Node& item) {
  const yaml::Node* questions = item.find("questions");
  if (!questions || !questions->is_mapping()) return {};
  std::string text;
  for (const auto& question : questions->children) {
    if (!question.is_mapping()) continue;
    const std::string line = trimmed_text(question, "text");
    if (line.empty()) continue;
    if (!text.empty()) text += '\n';
    text += line;
  }
  return text;
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
                      {"parent_urn of " + quoted(closer.urn) + " makes a loop (" + chain +
                           "); read as a top-level node",
                       "de parent_urn van " + quoted(closer.urn) + " maakt een kring (" + chain +
                           "); gelezen als eis op het hoogste niveau"});
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
  /// The first of `texts` that makes (make_id) a non-empty, unused ID; else the first
  /// non-empty one with -2, -3… Each text is made an ID only when the ones before it did not
  /// do: a framework has thousands of nodes, and most take their first candidate.
  std::string take(std::initializer_list<std::string_view> texts) {
    std::string fallback;
    for (const std::string_view text : texts) {
      std::string candidate = make_id(text);
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
  std::unordered_set<std::string> used_;
};

}  // namespace

namespace {

/// The norm set's own fields, from the library and its framework object.
void read_library_fields(const yaml::Document& document, const yaml::Node& framework_node,
                         CisoFramework& out) {
  const yaml::Node& root = document.root;
  const yaml::Node* framework = &framework_node;
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
  const std::string provider = trimmed_text(root, "provider"),
                    packager = trimmed_text(root, "packager");
  set.owner = provider.empty() ? packager
              : (packager.empty() || packager == provider)
                  ? provider
                  : provider + " (packaged by " + packager + ")";
  set.language = trimmed_text(root, "locale");
  set.status = model::Status::Draft;
  set.status_note = "Read from a CISO Assistant library (" + library_urn +
                    "); texts as published there, see its copyright field.";
  set.sources = urls_in(trimmed_text(root, "copyright"));
}

/// The requirement nodes in file order, each once; `index_of` maps their lowercased URN to
/// their index.
std::vector<Node> read_nodes(const yaml::Node& framework_node,
                             std::unordered_map<std::string, std::size_t>& index_of,
                             Reporter& reporter) {
  const yaml::Node* framework = &framework_node;
  std::vector<Node> nodes;
  const yaml::Node* list = framework->find("requirement_nodes");
  if (!list || list->is_null()) {
    reporter.report(list ? list->position : where(*framework), Code::MissingKey,
                    {"the framework has no 'requirement_nodes'",
                     "het framework heeft geen 'requirement_nodes' (de eisen)"});
  } else if (!list->is_sequence()) {
    const Message kind = yaml::kind_in_words(*list);
    reporter.report(list->position, Code::WrongType,
                    {"'requirement_nodes' must be a list, not " + kind.en,
                     "bij 'requirement_nodes' hoort een lijst, niet " + kind.nl});
  } else {
    nodes.reserve(list->children.size());
    for (const auto& item : list->children) {
      if (!item.is_mapping()) {
        const Message kind = yaml::kind_in_words(item);
        reporter.report(
            item.position, Code::WrongType,
            {"a requirement node must be a mapping, not " + kind.en,
             "een eis (requirement node) bestaat uit sleutels met waarden, niet " + kind.nl});
        continue;
      }
      if (!require_keys(item, {"urn"}, {"this requirement node", "deze eis"}, reporter)) continue;
      Node node;
      node.yaml = &item;
      node.urn = trimmed_text(item, "urn");
      node.key = util::ascii_lower(node.urn);
      const auto [it, inserted] = index_of.emplace(node.key, nodes.size());
      if (!inserted) {
        auto& d =
            reporter.report(position_of(item, "urn"), Code::DuplicateId,
                            {"requirement node " + quoted(node.urn) +
                                 " is defined twice (CISO Assistant compares URNs ignoring case); "
                                 "this one is left out",
                             "eis " + quoted(node.urn) +
                                 " staat er twee keer in (CISO Assistant let bij URN's niet op "
                                 "hoofdletters); deze tweede is overgeslagen"});
        reporter.related(d, position_of(*nodes[it->second].yaml, "urn"),
                         {"first defined here", "hier voor het eerst"});
        continue;
      }
      node.ref_id = trimmed_text(item, "ref_id");
      node.name = trimmed_text(item, "name");
      node.description = trimmed_text(item, "description");
      if (node.name.empty() && node.description.empty())
        node.question_text = question_text_of(item);
      if (const yaml::Node* assessable = item.find("assessable"); !is_null(assessable)) {
        if (auto value = boolean_of(*assessable)) {
          node.assessable = *value;
        } else {
          reporter.report(assessable->position, Code::WrongType,
                          {"'assessable' must be true or false, not " +
                               (assessable->is_scalar() ? quoted(assessable->value)
                                                        : yaml::kind_in_words(*assessable).en),
                           "bij 'assessable' hoort true of false, niet " +
                               (assessable->is_scalar() ? quoted(assessable->value)
                                                        : yaml::kind_in_words(*assessable).nl)});
        }
      }
      if (const yaml::Node* depth = item.find("depth"); !is_null(depth))
        node.depth_field = integer_of(*depth);
      nodes.push_back(std::move(node));
    }
  }
  return nodes;
}

/// Links every node to its parent by URN; an unknown parent is reported and the node read as
/// a top-level one.
void link_parents(std::vector<Node>& nodes,
                  const std::unordered_map<std::string, std::size_t>& index_of,
                  Reporter& reporter) {
  std::optional<UrnCandidates> node_urns;  // made when a parent_urn is unknown
  for (auto& node : nodes) {
    const yaml::Node* parent = node.yaml->find("parent_urn");
    if (is_null(parent)) continue;
    if (!parent->is_scalar()) {
      reporter.report(parent->position, not_text("parent_urn", yaml::kind_in_words(*parent)));
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
    const Message hint = reporter.urn_suggestion(key, *node_urns);
    reporter.report(parent->position, Code::UnknownNorm,
                    {"parent_urn " + quoted(parent->value) + " is not a node of this framework" +
                         hint.en + "; read as a top-level node",
                     "parent_urn " + quoted(parent->value) + " is geen eis van dit framework" +
                         hint.nl + "; gelezen als eis op het hoogste niveau"});
  }
}

/// depth is informative only (CISO Assistant's loader ignores it); says so once when it lies.
void report_wrong_depths(const std::vector<Node>& nodes, Reporter& reporter) {
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
        {"node " + quoted(urn_tail(first_wrong->urn)) + " has depth " +
             std::to_string(*first_wrong->depth_field) + " but is at level " +
             std::to_string(first_wrong->depth) + " under its parent_urn chain; " +
             std::to_string(wrong_depths) + " of the " + std::to_string(with_depth) +
             " nodes with a depth disagree with the tree (labeltool follows parent_urn)",
         "eis " + quoted(urn_tail(first_wrong->urn)) + " heeft depth " +
             std::to_string(*first_wrong->depth_field) + ", maar staat via parent_urn op niveau " +
             std::to_string(first_wrong->depth) + "; bij " + std::to_string(wrong_depths) +
             " van de " + std::to_string(with_depth) +
             " eisen met een depth klopt die niet met de boom (labeltool volgt parent_urn)"});
  }
}

/// Makes the themes and norms of `out.set` from the placed nodes.
class ThemeBuilder {
 public:
  ThemeBuilder(const std::vector<Node>& nodes, const yaml::Document& document, CisoFramework& out)
      : nodes_(nodes), document_(document), out_(out) {}

  void build() {
    // Themes: the top-level nodes that are not assessable. Assessable top-level nodes (flat
    // frameworks) are norms of one extra theme named after the framework.
    for (const auto& node : nodes_)
      if (node.assessable && !node.ref_id.empty()) ++ref_id_count_[make_id(node.ref_id)];
    for (std::size_t i = 0; i < nodes_.size(); ++i)
      if (nodes_[i].parent < 0 && !nodes_[i].assessable) add_theme(i);
    // Each theme's norms reserved at once: a Norm is large, and growing the vectors of a
    // framework with thousands of requirements moved each norm several times. (The flat
    // theme is made with its first norm, after that norm took its ID, as before.)
    std::vector<std::size_t> norm_counts(out_.set.themes.size());
    for (const auto& node : nodes_) {
      if (!node.assessable) continue;
      if (is_flat(node)) {
        ++flat_norms_;
      } else {
        ++norm_counts[theme_of_top_.at(node.top)];
      }
    }
    for (std::size_t theme = 0; theme < norm_counts.size(); ++theme)
      out_.set.themes[theme].norms.reserve(norm_counts[theme]);
    for (const auto& node : nodes_) {
      if (node.assessable) {
        add_norm(node);
      } else {
        out_.non_assessable_urns.insert(node.key);
      }
    }
  }

 private:
  void add_theme(std::size_t i) {
    const Node& node = nodes_[i];
    model::Theme theme;
    theme.id = ids_.take({node.ref_id, urn_tail(node.urn), node.urn});
    theme.title = title_of(node);
    theme.description = node.description;
    theme.position = position_of(*node.yaml, node.ref_id.empty() ? "urn" : "ref_id");
    theme_of_top_.emplace(static_cast<long>(i), out_.set.themes.size());
    out_.set.themes.push_back(std::move(theme));
  }

  /// True for a node under an assessable top-level node (a flat framework's requirement).
  bool is_flat(const Node& node) const {
    return nodes_[static_cast<std::size_t>(node.top)].assessable;
  }

  /// The theme a norm goes in: its top-level ancestor's, or the one for flat frameworks.
  std::size_t theme_for(const Node& node) {
    if (!is_flat(node)) return theme_of_top_.at(node.top);
    if (!flat_theme_) {
      const Node& top = nodes_[static_cast<std::size_t>(node.top)];
      model::NormSet& set = out_.set;
      model::Theme theme;
      theme.id = ids_.take({"requirements", set.id + "-requirements"});
      theme.title = set.name.empty() ? "Requirements" : set.name;
      theme.position = position_of(*top.yaml, "urn");
      theme.norms.reserve(flat_norms_);
      flat_theme_ = set.themes.size();
      set.themes.push_back(std::move(theme));
    }
    return *flat_theme_;
  }

  void add_norm(const Node& node) {
    const std::string ref = make_id(node.ref_id);
    model::Norm norm;
    norm.id = ids_.take(
        {ref_id_count_[ref] == 1 ? std::string_view(ref) : std::string_view(), urn_tail(node.urn),
         node.urn});
    norm.title = title_of(node);
    norm.text = !node.description.empty() ? node.description
                : !node.name.empty()      ? node.name
                                          : node.question_text;
    norm.guidance = trimmed_text(*node.yaml, "annotation");
    if (std::string evidence = trimmed_text(*node.yaml, "typical_evidence"); !evidence.empty())
      norm.evidence.push_back(std::move(evidence));
    norm.position = position_of(*node.yaml, node.ref_id.empty() ? "urn" : "ref_id");
    norm.applies_to_position = norm.discipline_position = norm.position;
    norm.source = document_.source;
    model::Theme& theme = out_.set.themes[theme_for(node)];
    norm.theme_id = theme.id;
    out_.norm_of_urn.emplace(node.key, norm.id);
    if (node.section >= 0)
      out_.section_of_norm.emplace(norm.id,
                                   label_of(nodes_[static_cast<std::size_t>(node.section)]));
    theme.norms.push_back(std::move(norm));
  }

  static std::string title_of(const Node& node) {
    if (!node.name.empty()) return node.name;
    return !node.ref_id.empty() ? node.ref_id : std::string(urn_tail(node.urn));
  }

  const std::vector<Node>& nodes_;
  const yaml::Document& document_;
  CisoFramework& out_;
  IdAllocator ids_;
  std::unordered_map<std::string, std::size_t> ref_id_count_;
  std::unordered_map<long, std::size_t> theme_of_top_;
  std::optional<std::size_t> flat_theme_;
  std::size_t flat_norms_ = 0;  ///< norms of the flat theme, counted before it is made
};

/// An assessable node with neither name nor description has nothing to assess.
void report_empty_requirements(const std::vector<Node>& nodes, Reporter& reporter) {
  for (const auto& node : nodes) {
    if (!node.assessable || !node.name.empty() || !node.description.empty() ||
        !node.question_text.empty())
      continue;
    reporter.report(position_of(*node.yaml, "urn"), ciso_code::requirement_without_text,
                    {"requirement " + quoted(node.ref_id.empty() ? node.urn : node.ref_id) +
                         " is assessable but has no 'name', 'description' or 'questions' text: "
                         "there is nothing to assess",
                     "eis " + quoted(node.ref_id.empty() ? node.urn : node.ref_id) +
                         " is te beoordelen (assessable), maar heeft geen 'name', 'description' "
                         "of 'questions': er valt niets te beoordelen"});
  }
}

}  // namespace

std::optional<CisoFramework> read_ciso_framework(const yaml::Document& document,
                                                 Diagnostics& diagnostics) {
  Reporter reporter{*document.source, diagnostics};
  if (!check_library(document, reporter)) return std::nullopt;
  const yaml::Node* framework = find_object(document.root, "framework", "frameworks");
  if (!framework) {
    report_missing_object(document.root, "framework", "frameworks", reporter);
    return std::nullopt;
  }
  require_keys(*framework, {"urn", "ref_id"}, {"the framework", "het framework"}, reporter);

  CisoFramework out;
  read_library_fields(document, *framework, out);
  std::unordered_map<std::string, std::size_t> index_of;
  std::vector<Node> nodes = read_nodes(*framework, index_of, reporter);
  link_parents(nodes, index_of, reporter);
  cut_loops(nodes, reporter);
  place_nodes(nodes);
  report_wrong_depths(nodes, reporter);
  report_empty_requirements(nodes, reporter);
  ThemeBuilder(nodes, document, out).build();
  out.nodes.reserve(nodes.size());
  for (const auto& node : nodes)
    out.nodes.push_back({node.key, util::ascii_lower(node.ref_id), node.parent});
  return out;
}

}  // namespace labeltool::read
