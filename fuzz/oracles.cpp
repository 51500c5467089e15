#include "oracles.hpp"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "read/csv.hpp"
#include "report/diagnostics.hpp"

namespace labeltool::fuzz {

// ── Oracles ─────────────────────────────────────────────────────────────────────────────

namespace {

enum class OracleMode { Abort, Record, Off };

OracleMode oracle_mode() {
  static const OracleMode mode = [] {
    const char* value = std::getenv("LABELTOOL_FUZZ_ORACLES");
    const std::string_view text = value ? value : "";
    if (text == "0") return OracleMode::Off;
    if (text == "record") return OracleMode::Record;
    return OracleMode::Abort;
  }();
  return mode;
}

const std::uint8_t* current_data = nullptr;
std::size_t current_size = 0;

/// The part of an oracle message that does not quote input: up to the first quote.
std::string_view failure_kind(std::string_view what) { return what.substr(0, what.find('\'')); }

/// Where in the output it failed, without what the input put there: the failing line up
/// to its first ':' (a report's label, a JSON key), words and numbers collapsed to 'w'.
/// Tells different fields apart without telling apart every input.
std::string failure_shape(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  const std::size_t line_start = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  std::string_view line = text.substr(line_start == std::string_view::npos ? 0 : line_start + 1);
  line = line.substr(0, at - (line_start == std::string_view::npos ? 0 : line_start + 1));
  if (const std::size_t colon = line.find(':'); colon != std::string_view::npos)
    line = line.substr(0, colon + 1);
  std::string shape;
  bool in_word = false;
  for (const char c : line) {
    const auto byte = static_cast<unsigned char>(c);
    const bool word = std::isalnum(byte) != 0 || byte >= 0x80;
    if (word && !in_word) shape += 'w';
    if (!word) shape += static_cast<char>(byte < 0x20 ? '?' : byte);
    in_word = word;
  }
  return shape.size() > 40 ? shape.substr(shape.size() - 40) : shape;
}

std::string slug(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool keep = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (keep)
      out += c;
    else if (!out.empty() && out.back() != '_')
      out += '_';
    if (out.size() >= 48) break;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

/// Writes the current input to LABELTOOL_FUZZ_RECORD_DIR (default: the working folder) as
/// oracle-<kind>-<hash>, at most 20 files per kind; returns false when already recorded.
bool record_failure(std::string_view what, std::string_view text, std::size_t at) {
  static std::set<std::string> seen;
  static std::map<std::string, int> per_kind;
  const std::string kind = slug(failure_kind(what));
  const std::string signature = kind + "\n" + failure_shape(text, at);
  std::uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : signature) hash = (hash ^ c) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  const std::string name = "oracle-" + kind + "-" + std::string(hex, 12);
  if (!seen.insert(name).second) return false;
  const char* dir = std::getenv("LABELTOOL_FUZZ_RECORD_DIR");
  const std::filesystem::path folder = dir && *dir ? dir : ".";
  const std::filesystem::path path = folder / name;
  std::error_code error;
  if (std::filesystem::exists(path, error)) return false;
  int& count = per_kind[kind];
  if (count == 0) {
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
      if (entry.path().filename().string().rfind("oracle-" + kind + "-", 0) == 0) ++count;
  }
  if (count >= 20) return false;
  ++count;
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(current_data),
            static_cast<std::streamsize>(current_size));
  std::fprintf(stderr, "==== recorded the input as %s\n", path.c_str());
  return true;
}

}  // namespace

bool oracles_enabled() { return oracle_mode() != OracleMode::Off; }

void begin_oracles(const std::uint8_t* data, std::size_t size) {
  current_data = data;
  current_size = size;
}

std::string printable(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == '\n') {
      out += "\\n\n";
    } else if (byte == '\\') {
      out += "\\\\";
    } else if (byte < 0x20 || byte >= 0x7F) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

void oracle_failure(std::string_view what, std::string_view text, std::size_t at) {
  if (oracle_mode() == OracleMode::Record && !record_failure(what, text, at))
    throw OracleRecorded{};
  const std::size_t begin = at > 160 ? at - 160 : 0;
  std::fprintf(stderr,
               "\n==== labeltool fuzz oracle failed: %.*s\n==== at byte %zu of %zu; excerpt "
               "(bytes outside printable ASCII as \\xNN):\n%s\n==== end of excerpt\n",
               static_cast<int>(what.size()), what.data(), at, text.size(),
               printable(text.substr(begin, 320)).c_str());
  if (oracle_mode() == OracleMode::Record) throw OracleRecorded{};
  std::abort();
}

std::size_t first_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t length;
    std::uint32_t cp;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
      cp = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      cp = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      cp = b & 0x07u;
    } else {
      return i;
    }
    if (i + length > n) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3Fu);
    }
    if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += length;
  }
  return std::string_view::npos;
}

void expect_utf8(std::string_view text, std::string_view what) {
  if (!oracles_enabled()) return;
  if (const std::size_t at = first_invalid_utf8(text); at != std::string_view::npos)
    oracle_failure(std::string(what) + ": output is not valid UTF-8", text, at);
}

void expect_terminal_safe(std::string_view text, std::string_view what) {
  if (!oracles_enabled()) return;
  expect_utf8(text, what);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const bool c0 = byte < 0x20 && byte != '\n';
    const bool c1 = byte == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c0 || byte == 0x7F || c1)
      oracle_failure(std::string(what) + ": unescaped control character in text output", text, i);
  }
}

void expect_html(std::string_view text, std::string_view what) {
  if (!oracles_enabled()) return;
  expect_terminal_safe(text, what);
  if (text.substr(0, 15) != "<!DOCTYPE html>")
    oracle_failure(std::string(what) + ": does not start with <!DOCTYPE html>", text, 0);
  // The elements report/html*.cpp write; anything else after a '<' came from the input.
  static const std::set<std::string, std::less<>> known = {
      "html", "head",   "meta",       "title", "style",   "body",    "div",   "main", "section",
      "h1",   "h2",     "h3",         "h4",    "p",       "dl",      "dt",    "dd",   "strong",
      "span", "ul",     "li",         "table", "caption", "thead",   "tbody", "tr",   "th",
      "td",   "figure", "figcaption", "svg",   "defs",    "pattern", "line",  "path", "circle",
      "rect", "text",   "polygon",    "del",   "ins"};
  for (std::size_t at = text.find('<', 1); at != std::string_view::npos;
       at = text.find('<', at + 1)) {
    std::size_t begin = at + 1;
    if (begin < text.size() && text[begin] == '/') ++begin;
    std::size_t end = begin;
    while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
    if (known.find(text.substr(begin, end - begin)) == known.end())
      oracle_failure(std::string(what) + ": input text became markup in HTML output", text, at);
  }
}

namespace {

/// A strict RFC 8259 recogniser.
class JsonChecker {
 public:
  explicit JsonChecker(std::string_view text) : text_(text) {}

  /// npos when `text` is one JSON value with optional white space around it; else the
  /// offset of the first error.
  std::size_t check() {
    skip_space();
    if (!value(0)) return pos_;
    skip_space();
    return pos_ == text_.size() ? std::string_view::npos : pos_;
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
      ++pos_;
  }
  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  bool value(int depth) {
    if (depth > 512) return false;
    switch (peek()) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default:
        return number();
    }
  }
  bool object(int depth) {
    ++pos_;
    skip_space();
    if (peek() == '}') return ++pos_, true;
    for (;;) {
      skip_space();
      if (peek() != '"' || !string()) return false;
      skip_space();
      if (peek() != ':') return false;
      ++pos_;
      skip_space();
      if (!value(depth + 1)) return false;
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == '}') return ++pos_, true;
      return false;
    }
  }
  bool array(int depth) {
    ++pos_;
    skip_space();
    if (peek() == ']') return ++pos_, true;
    for (;;) {
      skip_space();
      if (!value(depth + 1)) return false;
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == ']') return ++pos_, true;
      return false;
    }
  }
  static bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
  bool string() {
    ++pos_;
    while (!at_end()) {
      const auto c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') return ++pos_, true;
      if (c < 0x20) return false;
      if (c == '\\') {
        ++pos_;
        const char e = peek();
        if (e == 'u') {
          for (int k = 1; k <= 4; ++k)
            if (pos_ + static_cast<std::size_t>(k) >= text_.size() || !is_hex(text_[pos_ + k]))
              return false;
          pos_ += 5;
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos || at_end())
          return false;
      }
      ++pos_;
    }
    return false;
  }
  bool digits() {
    const std::size_t start = pos_;
    while (!at_end() && peek() >= '0' && peek() <= '9') ++pos_;
    return pos_ > start;
  }
  bool number() {
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else if (peek() >= '1' && peek() <= '9') {
      digits();
    } else {
      return false;
    }
    if (peek() == '.') {
      ++pos_;
      if (!digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!digits()) return false;
    }
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

void expect_json(std::string_view text, std::string_view what) {
  if (!oracles_enabled()) return;
  expect_utf8(text, what);
  if (const std::size_t at = JsonChecker(text).check(); at != std::string_view::npos)
    oracle_failure(std::string(what) + ": output is not valid JSON", text, at);
}

std::size_t expect_csv(std::string_view text, std::string_view what) {
  Diagnostics diagnostics;
  auto table = read::parse_csv("output.csv", std::string(text), diagnostics);
  if (!oracles_enabled()) return table ? table->rows.size() : 0;
  if (!table || has_errors(diagnostics)) {
    const std::string rendered =
        report::render_diagnostics_text(diagnostics, report::Colour::Off, 3);
    std::fprintf(stderr, "%s", rendered.c_str());
    oracle_failure(std::string(what) + ": output is not CSV that parse_csv reads back", text, 0);
  }
  return table->rows.size();
}

std::size_t offset_of_line(std::string_view text, std::uint32_t line) {
  std::size_t offset = 0;
  for (std::uint32_t current = 1; current < line; ++current) {
    const std::size_t newline = text.find('\n', offset);
    if (newline == std::string_view::npos) return offset;
    offset = newline + 1;
  }
  return offset;
}

}  // namespace labeltool::fuzz
