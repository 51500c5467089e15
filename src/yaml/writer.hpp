#pragma once
/// Writing YAML that read_yaml() reads back as written: the quoting rule lives beside the
/// reader it must round-trip with.
#include <string>
#include <string_view>

namespace labeltool::yaml {

/// `text` (valid UTF-8) as a double-quoted YAML scalar, escaped so that any input stays one
/// valid scalar and no control character (C0, DEL, C1) is written raw.
std::string quote(std::string_view text);

}  // namespace labeltool::yaml
