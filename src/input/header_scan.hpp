#pragma once
/// A cheap look at a YAML file's top-level lines, so that the catalog can index the norm sets
/// in its folders by id@version without parsing every file (one `check` then parses only the
/// set it needs, yet still sees two files defining one reference).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace labeltool::input {

/// What the top-level lines of a file say it is.
enum class ScannedKind : std::uint8_t { Normset, Crosswalk };

/// The kind a file claims and, for a norm set, the reference its `id` and `version` make.
struct ScannedHeader {
  ScannedKind kind = ScannedKind::Normset;
  std::string reference;  ///< id@version; empty for a crosswalk
};

/// The header of `bytes` when its top-level lines leave no doubt: a block mapping whose first
/// key is `labeltool: normset/1` (with plain or simply quoted `id` and `version`, each once)
/// or `labeltool: crosswalk/1`. nullopt whenever a full parse is needed to know: anything
/// unusual at the start of a top-level line (documents, flow collections, anchors, tags, list
/// items, tabs), a quoted or flow value that goes on past its line, a key given twice, a CISO
/// Assistant library's keys. A nullopt is never wrong; the file is then simply parsed.
std::optional<ScannedHeader> scan_header(std::string_view bytes);

}  // namespace labeltool::input
