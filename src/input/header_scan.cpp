#include "input/header_scan.hpp"

#include <algorithm>
#include <set>

namespace labeltool::input {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

/// True when `rest` (what follows a closing quote or bracket) is only spaces and a comment.
bool only_comment(std::string_view rest) {
  if (rest.empty()) return true;
  if (rest.front() != ' ') return false;
  rest = trim_spaces(rest);
  return rest.empty() || rest.front() == '#';
}

/// How sure the scan is about one top-level value.
enum class Value : std::uint8_t { Known, Unsure };

/// Reads the value after "key:" on a top-level line into `text`, or says it cannot be sure:
/// quoted text with escapes, or a quote or flow collection not closed on the line.
Value read_value(std::string_view rest, std::string& text) {
  rest = trim_spaces(rest);
  text.clear();
  if (rest.empty() || rest.front() == '#') return Value::Known;  // a nested block, or null
  const char first = rest.front();
  if (first == '"' || first == '\'') {
    const auto close = rest.find(first, 1);
    if (close == std::string_view::npos) return Value::Unsure;
    const auto inside = rest.substr(1, close - 1);
    if (first == '"' && inside.find('\\') != std::string_view::npos) return Value::Unsure;
    if (!only_comment(rest.substr(close + 1))) return Value::Unsure;  // '' escapes, or junk
    text = inside;
    return Value::Known;
  }
  if (first == '[' || first == '{') {
    const char closing = first == '[' ? ']' : '}';
    if (rest.back() != closing || rest.find_first_of("\"'#") != std::string_view::npos)
      return Value::Unsure;
    text = rest;
    return Value::Known;
  }
  if (first == '|' || first == '>') return Value::Known;  // a block scalar: its text is indented
  static constexpr std::string_view kIndicators = "&*!%@`?-:,";
  if (kIndicators.find(first) != std::string_view::npos) return Value::Unsure;
  if (const auto comment = rest.find(" #"); comment != std::string_view::npos)
    rest = trim_spaces(rest.substr(0, comment));
  if (rest.find(": ") != std::string_view::npos || rest == "~" || rest == "null" ||
      rest == "Null" || rest == "NULL")
    return Value::Unsure;
  text = rest;
  return Value::Known;
}

/// True when the line after a plain value is indented text, which would continue the value.
bool continues(std::string_view next_line) {
  if (next_line.empty() || next_line.front() != ' ') return false;
  const auto content = trim_spaces(next_line);
  return !content.empty() && content.front() != '#';
}

}  // namespace

std::optional<ScannedHeader> scan_header(std::string_view bytes) {
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  std::set<std::string_view> keys;
  std::optional<ScannedHeader> header;
  std::string id, version, value;
  bool have_id = false, have_version = false;
  for (std::size_t start = 0; start < bytes.size();) {
    const std::size_t end = std::min(bytes.find('\n', start), bytes.size());
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find('\r') != std::string_view::npos) return std::nullopt;
    if (line.empty() || line.front() == ' ' || line.front() == '#') continue;
    std::size_t key_end = 0;
    while (key_end < line.size() && is_key_char(line[key_end])) ++key_end;
    if (key_end == 0 || key_end >= line.size() || line[key_end] != ':' ||
        (key_end + 1 < line.size() && line[key_end + 1] != ' '))
      return std::nullopt;
    const std::string_view key = line.substr(0, key_end);
    if (!keys.insert(key).second || key == "urn" || key == "objects") return std::nullopt;
    if (read_value(line.substr(key_end + 1), value) == Value::Unsure) return std::nullopt;
    if (!header) {  // the first key names the kind
      if (key != "labeltool") return std::nullopt;
      if (value == "normset/1") {
        header = ScannedHeader{ScannedKind::Normset, {}};
      } else if (value == "crosswalk/1") {
        header = ScannedHeader{ScannedKind::Crosswalk, {}};
      } else {
        return std::nullopt;
      }
    }
    const bool wanted = key == "labeltool" || key == "id" || key == "version";
    if (wanted) {
      const std::size_t next_end = std::min(bytes.find('\n', start), bytes.size());
      if (start < bytes.size() && continues(bytes.substr(start, next_end - start)))
        return std::nullopt;
    }
    if (key == "id") id = value, have_id = true;
    if (key == "version") version = value, have_version = true;
  }
  if (!header) return std::nullopt;
  if (header->kind == ScannedKind::Normset) {
    if (!have_id || !have_version || id.empty() || version.empty()) return std::nullopt;
    header->reference = id + "@" + version;
  }
  return header;
}

}  // namespace labeltool::input
