#pragma once
/// Our own YAML tree: every node knows where it stands in its file. Built by read_yaml from
/// yaml-cpp's event parser; nothing else in labeltool touches yaml-cpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "util/file.hpp"

namespace labeltool::yaml {

enum class NodeKind : std::uint8_t { Null, Scalar, Sequence, Mapping };

/// A YAML node. Children of a mapping carry their key (and its position) themselves.
struct Node {
  NodeKind kind = NodeKind::Null;
  bool quoted = false;    ///< a scalar written in quotes or as a block: never a number or bool
  Position position;      ///< where the value starts (for an empty value: its key)
  Position key_position;  ///< where the key starts, for children of a mapping
  std::string key;        ///< the key, for children of a mapping
  std::string value;      ///< the text of a scalar
  std::vector<Node> children;

  bool is_null() const { return kind == NodeKind::Null; }
  bool is_scalar() const { return kind == NodeKind::Scalar; }
  bool is_sequence() const { return kind == NodeKind::Sequence; }
  bool is_mapping() const { return kind == NodeKind::Mapping; }
  /// The child of a mapping with this key, or nullptr.
  const Node* find(std::string_view wanted) const;
};

/// Human name of a node's kind for messages: "text", "a list", "a mapping", "nothing".
std::string_view describe_kind(const Node& node);

/// The same in both languages, for findings: {"a list", "een lijst"}.
inline Message kind_in_words(const Node& node) {
  switch (node.kind) {
    case NodeKind::Scalar:
      return {"text", "tekst"};
    case NodeKind::Sequence:
      return {"a list", "een lijst"};
    case NodeKind::Mapping:
      return {"a mapping", "een groep sleutels met waarden"};
    case NodeKind::Null:
      break;
  }
  return {"nothing", "niets"};
}

/// Limits that keep hostile input from using unbounded time or memory.
struct ReadLimits {
  std::uint64_t max_file_bytes = 64ull << 20;  ///< larger files are refused unread
  std::uint32_t max_depth = 64;                ///< nesting of mappings and sequences
  std::uint64_t max_alias_nodes = 100'000;     ///< nodes that aliases may expand to, in total
  std::uint64_t max_nodes = 10'000'000;        ///< nodes in one document
};

/// A parsed file: its text and its tree (whose root is a mapping).
struct Document {
  SourcePtr source;
  Node root;
};

/// The diagnostic for a file that could not be read at all (missing, a folder, too large).
Diagnostic read_failure_diagnostic(const std::string& path, const util::ReadFailure& failure);

/// Reads and parses `path`. Problems are appended to `diagnostics`; nullopt when the file
/// could not be read or is not a single well-formed YAML document with a mapping at its root.
std::optional<Document> read_yaml_file(const std::string& path, const ReadLimits& limits,
                                       Diagnostics& diagnostics);

/// Parses `bytes` as if read from `path` (for tests and for text from other sources).
std::optional<Document> parse_yaml(const std::string& path, std::string bytes,
                                   const ReadLimits& limits, Diagnostics& diagnostics);

}  // namespace labeltool::yaml
