#pragma once
/// Our own YAML tree: every node knows where it stands in its file. Built by read_yaml from
/// yaml-cpp's event parser; nothing else in labeltool touches yaml-cpp.
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "util/file.hpp"
#include "yaml/arena.hpp"

namespace labeltool::yaml {

enum class NodeKind : std::uint8_t { Null, Scalar, Sequence, Mapping };

struct Node;

/// The children of a sequence or mapping: a run of nodes that the document owns (see
/// Document::storage). Read-only, and valid as long as the document's storage lives.
class Children {
 public:
  Children() = default;
  Children(const Node* data, std::uint32_t size) : data_(data), size_(size) {}
  const Node* begin() const { return data_; }
  const Node* end() const;
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Node& operator[](std::size_t index) const;
  const Node& front() const { return *data_; }
  const Node& back() const;
  /// operator[] with a bounds check (throws std::out_of_range), as std::vector's.
  const Node& at(std::size_t index) const;

 private:
  const Node* data_ = nullptr;
  std::uint32_t size_ = 0;
};

/// A YAML node. Children of a mapping carry their key (and its position) themselves.
/// Its texts are views, into the source text where the scalar is written there verbatim
/// and into the document's storage otherwise: a node costs 72 bytes and no allocation.
struct Node {
  NodeKind kind = NodeKind::Null;
  bool quoted = false;     ///< a scalar written in quotes or as a block: never a number or bool
  Position position;       ///< where the value starts (for an empty value: its key)
  Position key_position;   ///< where the key starts, for children of a mapping
  std::string_view key;    ///< the key, for children of a mapping
  std::string_view value;  ///< the text of a scalar
  Children children;

  bool is_null() const { return kind == NodeKind::Null; }
  bool is_scalar() const { return kind == NodeKind::Scalar; }
  bool is_sequence() const { return kind == NodeKind::Sequence; }
  bool is_mapping() const { return kind == NodeKind::Mapping; }
  /// The child of a mapping with this key, or nullptr.
  const Node* find(std::string_view wanted) const;
};

inline const Node* Children::end() const { return data_ + size_; }
inline const Node& Children::operator[](std::size_t index) const { return data_[index]; }
inline const Node& Children::back() const { return data_[size_ - 1]; }
inline const Node& Children::at(std::size_t index) const {
  if (index >= size_) throw std::out_of_range("yaml::Children::at");
  return data_[index];
}

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

/// A parsed file: its text and its tree (whose root is a mapping). The tree's nodes and
/// texts point into `source` and `storage`, so a node is valid only while its document (or a
/// copy of it, which shares both) lives.
struct Document {
  SourcePtr source;
  std::shared_ptr<const Arena> storage;
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
