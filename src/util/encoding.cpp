#include "util/encoding.hpp"

#include <algorithm>
#include <cstdint>

#include "util/text.hpp"

namespace labeltool::util {
namespace {

/// Code points of 0x80-0x9F in Windows-1252; 0 where the byte is undefined. Every other byte
/// is the Latin-1 code point with its own value.
constexpr std::uint16_t kHigh[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
};

/// The code point of `byte`, or 0 where Windows-1252 leaves it undefined.
std::uint32_t code_point(unsigned char byte) {
  if (byte >= 0x80 && byte < 0xA0) return kHigh[byte - 0x80];
  return byte;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

Cp1252Result decode_cp1252(std::string_view bytes) {
  Cp1252Result result;
  result.utf8.reserve(bytes.size() + bytes.size() / 8);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte >= 0xC0) {
      const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
      if (i + length <= bytes.size() && !find_invalid_utf8(bytes.substr(i, length))) {
        result.utf8 += bytes.substr(i, length);
        i += length - 1;
        continue;
      }
    }
    const std::uint32_t cp = code_point(byte);
    // NUL is a real byte (0x00 → U+0000); only the five holes of 0x80-0x9F are undefined.
    if (cp == 0 && byte != 0) {
      if (!result.first_undefined) result.first_undefined = i;
      append_utf8(result.utf8, 0xFFFD);
      continue;
    }
    append_utf8(result.utf8, cp);
  }
  return result;
}

std::string cp1252_character(unsigned char byte) {
  const std::uint32_t cp = code_point(byte);
  std::string out;
  if (cp != 0 || byte == 0) append_utf8(out, cp);
  return out;
}

}  // namespace labeltool::util

namespace labeltool::util {
namespace {

/// One decoded character of valid UTF-8: its code point and its length in bytes.
struct Decoded {
  std::uint32_t cp;
  std::size_t length;
};

Decoded decode_at(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (i + length > text.size()) length = 1;
  if (length == 1) return {lead, 1};
  std::uint32_t cp = lead & (0x7Fu >> length);
  for (std::size_t k = 1; k < length; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
  return {cp, length};
}

/// Spaces other than the ASCII ones: they print as a space but compare as something else.
bool is_special_space(std::uint32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

bool is_zero_width(std::uint32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD;
}

std::string hex_name(std::uint32_t cp) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out = "U+";
  for (int shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4)
    out += digits[(cp >> shift) & 0xF];
  return out;
}

InvisibleCharacter describe_invisible(std::uint32_t cp) {
  switch (cp) {
    case 0xA0:
      return {hex_name(cp), "a non-breaking space", "een harde spatie"};
    case 0x202F:
      return {hex_name(cp), "a narrow non-breaking space", "een smalle harde spatie"};
    case 0x200B:
      return {hex_name(cp), "a zero-width space", "een spatie zonder breedte"};
    case 0xFEFF:
      return {hex_name(cp), "a zero-width no-break space", "een onzichtbaar teken"};
    case 0xAD:
      return {hex_name(cp), "a soft hyphen", "een zacht afbreekstreepje"};
    default:
      return is_zero_width(cp)
                 ? InvisibleCharacter{hex_name(cp), "a zero-width character",
                                      "een onzichtbaar teken"}
                 : InvisibleCharacter{hex_name(cp), "a special space", "een bijzondere spatie"};
  }
}

}  // namespace

std::string normalise_line_ends(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string show_invisible(std::string_view text) {
  std::string out;
  std::size_t plain_from = 0;
  const auto flush = [&](std::size_t to) {
    out += escape_control(text.substr(plain_from, to - plain_from));
  };
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode_at(text, i);
    if (is_special_space(d.cp) || is_zero_width(d.cp)) {
      flush(i);
      out += is_special_space(d.cp) ? std::string("\u2423") : "<" + hex_name(d.cp) + ">";
      plain_from = i + d.length;
    }
    i += d.length;
  }
  flush(text.size());
  return out;
}

std::vector<InvisibleCharacter> invisible_characters(std::string_view text) {
  std::vector<std::uint32_t> seen;
  std::vector<InvisibleCharacter> names;
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode_at(text, i);
    i += d.length;
    if (!is_special_space(d.cp) && !is_zero_width(d.cp)) continue;
    if (std::find(seen.begin(), seen.end(), d.cp) != seen.end()) continue;
    seen.push_back(d.cp);
    names.push_back(describe_invisible(d.cp));
  }
  return names;
}

std::string fold_for_comparison(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode_at(text, i);
    const std::string_view bytes = text.substr(i, d.length);
    i += d.length;
    if (is_zero_width(d.cp)) continue;
    if (d.cp == ' ' || d.cp == '\t' || d.cp == '\n' || d.cp == '\r' || is_special_space(d.cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (d.cp >= 'A' && d.cp <= 'Z') {
      out += static_cast<char>(d.cp + 32);
    } else if (d.cp >= 0xC0 && d.cp <= 0xDE && d.cp != 0xD7) {  // À..Þ but ×
      append_utf8(out, d.cp + 0x20);
    } else {
      out += bytes;
    }
  }
  return out;
}

}  // namespace labeltool::util
