#include "report/markdown.hpp"

#include "util/text.hpp"

namespace labeltool::report {

std::string markdown_escape(std::string_view text) {
  std::string out;
  for (char c : util::escape_control(util::collapse_whitespace(text))) {
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace labeltool::report
