#include "util/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <numeric>

namespace labeltool::util {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  // Most of every file is ASCII: 16 bytes at a time while no byte has its high bit set.
  constexpr std::uint64_t kHighBits = 0x8080808080808080u;
  std::size_t i = 0;
  while (i < size) {
    std::uint64_t words[2];
    while (i + sizeof words <= size) {
      std::memcpy(words, bytes + i, sizeof words);
      if ((words[0] | words[1]) & kHighBits) break;
      i += sizeof words;
    }
    if (i == size) break;
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    std::uint32_t code_point = 0;
    std::uint32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
      length = 2, code_point = lead & 0x1Fu, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, code_point = lead & 0x0Fu, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4, code_point = lead & 0x07u, minimum = 0x10000;
    } else {
      return i;
    }
    if (i + length > size) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return i;
      code_point = (code_point << 6) | (bytes[i + k] & 0x3Fu);
    }
    if (code_point < minimum || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

std::string latin1_bytes_to_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = byte < 0x80    ? 1
                               : byte >= 0xF0 ? 4
                               : byte >= 0xE0 ? 3
                               : byte >= 0xC0 ? 2
                                              : 0;
    if (length == 1 ||
        (length > 1 && i + length <= text.size() && !find_invalid_utf8(text.substr(i, length)))) {
      out += text.substr(i, length);
      i += length;
      continue;
    }
    out += static_cast<char>(0xC0 | (byte >> 6));
    out += static_cast<char>(0x80 | (byte & 0x3F));
    ++i;
  }
  return out;
}

std::size_t count_code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::size_t byte_of_code_point(std::string_view text, std::size_t index) {
  std::size_t byte = 0;
  for (; index > 0 && byte < text.size(); --index) {
    ++byte;
    while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
  }
  return byte;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  // Optimal string alignment: Levenshtein plus adjacent transpositions ("titel" → "title"
  // is one edit), keeping three rows.
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  std::vector<std::size_t> before(a.size() + 1), previous(a.size() + 1), current(a.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t j = 1; j <= b.size(); ++j) {
    current[0] = j;
    std::size_t row_minimum = current[0];
    for (std::size_t i = 1; i <= a.size(); ++i) {
      const std::size_t substitution = previous[i - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[i] = std::min({current[i - 1] + 1, previous[i] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[i] = std::min(current[i], before[i - 2] + 1);
      row_minimum = std::min(row_minimum, current[i]);
    }
    if (row_minimum > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  // A row can stay within the limit while its last cell, the distance, is past it.
  return std::min(previous[a.size()], limit + 1);
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  const std::string lowered = ascii_lower(word);
  const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    if (candidate == word) continue;
    std::size_t distance = ascii_lower(candidate) == lowered
                               ? 0
                               : edit_distance(lowered, ascii_lower(candidate), limit);
    // Ignoring punctuation catches 'V17' for 'V1.7' and 'valid-from' for 'valid_from'.
    if (distance > 0) {
      auto strip = [](std::string_view s) {
        std::string out;
        for (char c : s)
          if (c != '.' && c != '-' && c != '_' && c != ' ') out += c;
        return ascii_lower(out);
      };
      if (strip(candidate) == strip(word)) distance = 1;
    }
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates,
                         std::string_view prefix) {
  const auto match = closest_match(word, candidates);
  return match ? " (did you mean '" + escape_control(std::string(prefix) + *match) + "'?)"
               : std::string();
}

namespace {
constexpr bool is_printable_ascii(char c) { return static_cast<unsigned char>(c) - 0x20U < 0x5FU; }
}  // namespace

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_control(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Nearly all text is printable ASCII: copy such a run at once.
    std::size_t run_end = i;
    while (run_end < text.size() && is_printable_ascii(text[run_end])) ++run_end;
    if (run_end > i) {
      out.append(text.substr(i, run_end - i));
      i = run_end;
      if (i == text.size()) break;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      out += "\\n";
    } else if (byte == '\t') {
      out += "\\t";
    } else if (byte == '\r') {
      out += "\\r";
    } else if (byte < 0x20 || byte == 0x7F) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else if (byte == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      // C1 controls (U+0080..U+009F) include CSI, which terminals also obey.
      const auto second = static_cast<unsigned char>(text[i + 1]);
      out += "\\u00";
      out += hex[second >> 4];
      out += hex[second & 0xF];
      ++i;
    } else if (byte >= 0x80) {
      // Copy a valid UTF-8 sequence; show a stray byte as \xNN so output stays valid UTF-8.
      const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
      const auto sequence = text.substr(i, length);
      if (length > 1 && sequence.size() == length && !find_invalid_utf8(sequence)) {
        out += sequence;
        i += length - 1;
      } else {
        out += "\\x";
        out += hex[byte >> 4];
        out += hex[byte & 0xF];
      }
    } else {
      out += static_cast<char>(byte);
    }
  }
  return out;
}

std::string_view line_at(std::string_view text, std::size_t line) {
  if (line == 0) return {};
  std::size_t start = 0;
  for (std::size_t current = 1; current < line; ++current) {
    const std::size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) return {};
    start = newline + 1;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  if (end > start && text[end - 1] == '\r') --end;
  return text.substr(start, end - start);
}

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : trim(text)) {
    if (c == '\n' || c == ' ' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
  const std::string words = collapse_whitespace(text);
  std::string out;
  std::size_t line_length = 0;
  std::size_t start = 0;
  while (start < words.size()) {
    std::size_t end = words.find(' ', start);
    if (end == std::string::npos) end = words.size();
    const std::string_view word = std::string_view(words).substr(start, end - start);
    const std::size_t length = count_code_points(word);
    if (line_length > 0 && line_length + 1 + length > width) {
      out += '\n';
      out += indent;
      line_length = count_code_points(indent);
    } else if (line_length > 0) {
      out += ' ';
      ++line_length;
    }
    out += word;
    line_length += length;
    start = end + 1;
  }
  return out;
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  const auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int limit = days_in_month[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

}  // namespace labeltool::util
