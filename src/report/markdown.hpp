#pragma once
/// Text from the input, made safe to put inside a Markdown document.
#include <string>
#include <string_view>

namespace labeltool::report {

/// `text` on one line with control characters escaped and Markdown's specials (\ ` * _ [ ] <
/// > | #) behind a backslash, so input text can never change the document's structure.
std::string markdown_escape(std::string_view text);

}  // namespace labeltool::report
