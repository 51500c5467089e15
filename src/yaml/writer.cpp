#include "yaml/writer.hpp"

#include "util/text.hpp"

namespace labeltool::yaml {

std::string quote(std::string_view text) {
  // escape_control writes every control character (C0, DEL, C1) as an escape that YAML's
  // double-quoted style reads back as that character (\n \t \r \xNN \u00NN); only the
  // quote and the backslash are left to escape here.
  std::string escaped;
  escaped.reserve(text.size() + 2);
  for (const char c : text) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return "\"" + util::escape_control(escaped) + "\"";
}

}  // namespace labeltool::yaml
