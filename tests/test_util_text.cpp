// util/text: UTF-8, edit distance and "did you mean", escaping, wrapping, dates.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "util/text.hpp"

using namespace labeltool::util;
using namespace std::string_literals;

namespace {

/// Optimal string alignment distance by the full table, with no limit: the reference that
/// edit_distance's three rows and early exit must agree with.
std::size_t reference_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

/// Every string over {a, b, c} of up to `length` letters: small enough to pair them all,
/// varied enough to hit transpositions, repeats and every early exit.
std::vector<std::string> all_words(std::size_t length) {
  std::vector<std::string> words{""}, previous{""};
  for (std::size_t n = 1; n <= length; ++n) {
    std::vector<std::string> next;
    for (const auto& word : previous)
      for (char letter : {'a', 'b', 'c'}) next.push_back(word + letter);
    words.insert(words.end(), next.begin(), next.end());
    previous = std::move(next);
  }
  return words;
}

}  // namespace

TEST_SUITE_BEGIN("util/text");

TEST_CASE("find_invalid_utf8 gives the offset of the first bad sequence") {
  CHECK(find_invalid_utf8("") == std::nullopt);
  CHECK(find_invalid_utf8("Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80") == std::nullopt);
  CHECK(find_invalid_utf8("\xf4\x8f\xbf\xbf") == std::nullopt);  // U+10FFFF, the last
  CHECK(find_invalid_utf8("ab\xff") == std::optional<std::size_t>(2));
  CHECK(find_invalid_utf8("a\x80") == std::optional<std::size_t>(1));           // lone continuation
  CHECK(find_invalid_utf8("\xc0\xaf") == std::optional<std::size_t>(0));        // overlong '/'
  CHECK(find_invalid_utf8("ok\xed\xa0\x80") == std::optional<std::size_t>(2));  // surrogate
  CHECK(find_invalid_utf8("\xf4\x90\x80\x80") == std::optional<std::size_t>(0));  // > U+10FFFF
  CHECK(find_invalid_utf8("abc\xe2\x82") == std::optional<std::size_t>(3));       // cut off at end
  CHECK(find_invalid_utf8("\xe2x\xac") == std::optional<std::size_t>(0));  // not a continuation
}

TEST_CASE("find_invalid_utf8 finds a bad byte at every place of a long ASCII run") {
  // Long runs of ASCII are checked 16 bytes at a time: a bad byte in any place of a block,
  // at its edges, after a multi-byte character or in the tail must still be found.
  for (const std::string& before : {""s, "\xc3\xa9"s, std::string(40, 'x') + "\xe2\x82\xac"}) {
    for (std::size_t at = 0; at < 50; ++at) {
      std::string text = before + std::string(60, 'a');
      CHECK(find_invalid_utf8(text) == std::nullopt);
      text[before.size() + at] = '\x80';
      CAPTURE(at);
      CHECK(find_invalid_utf8(text) == std::optional<std::size_t>(before.size() + at));
    }
  }
  CHECK(find_invalid_utf8(std::string(32, 'a') + "\xc3\xa9" + std::string(20, 'b')) == std::nullopt);
  CHECK(find_invalid_utf8(std::string(31, 'a') + "\xe2\x82") ==
        std::optional<std::size_t>(31));  // cut off after a full block
}

TEST_CASE("latin1_bytes_to_utf8 converts stray bytes and keeps valid UTF-8") {
  CHECK(latin1_bytes_to_utf8("Caf\xe9 de Wijk") == "Caf\xc3\xa9 de Wijk");
  CHECK(latin1_bytes_to_utf8("Caf\xc3\xa9") == "Caf\xc3\xa9");
  CHECK(latin1_bytes_to_utf8("\xc3\xa9\xe9\x80") == "\xc3\xa9\xc3\xa9\xc2\x80");
  CHECK(latin1_bytes_to_utf8("") == "");
}

TEST_CASE("count_code_points and byte_of_code_point count characters, not bytes") {
  const std::string word = "\xc3\xa9\xc3\xa9n";  // "één"
  CHECK(count_code_points(word) == 3);
  CHECK(count_code_points("") == 0);
  CHECK(count_code_points("\xf0\x9f\x98\x80!") == 2);
  CHECK(byte_of_code_point(word, 0) == 0);
  CHECK(byte_of_code_point(word, 1) == 2);
  CHECK(byte_of_code_point(word, 2) == 4);
  CHECK(byte_of_code_point(word, 3) == 5);
  CHECK(byte_of_code_point(word, 99) == 5);
}

TEST_CASE("edit_distance counts insertions, deletions, substitutions and swaps") {
  CHECK(edit_distance("", "", 5) == 0);
  CHECK(edit_distance("norm", "norm", 5) == 0);
  CHECK(edit_distance("", "abc", 5) == 3);
  CHECK(edit_distance("abc", "", 5) == 3);
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("sitting", "kitten", 5) == 3);
  // An adjacent transposition is one edit, as in Damerau's distance...
  CHECK(edit_distance("titel", "title", 5) == 1);
  CHECK(edit_distance("ab", "ba", 5) == 1);
  // ...but a swapped pair is not edited again (optimal string alignment): "ca" → "abc" is 3.
  CHECK(edit_distance("ca", "abc", 5) == 3);
  CHECK(edit_distance("Title", "title", 5) == 1);  // case counts; closest_match folds it
}

TEST_CASE("edit_distance stops early at limit + 1") {
  CHECK(edit_distance("kitten", "sitting", 3) == 3);  // at the limit: the true distance
  CHECK(edit_distance("kitten", "sitting", 2) == 3);
  CHECK(edit_distance("kitten", "sitting", 0) == 1);
  CHECK(edit_distance("a", "abcdefgh", 2) == 3);  // the lengths alone differ by more
  // Every row keeps a cell within the limit, but the last cell (the distance, 4) is past it.
  CHECK(edit_distance("aabb", "bcaa", 2) == 3);
  CHECK(edit_distance("aabb", "bcaa", 5) == 4);
  CHECK(edit_distance("abcdef", "uvwxyz", 2) == 3);
  CHECK(edit_distance("abc", "abc", 0) == 0);
}

TEST_CASE("edit_distance agrees with the full table for every pair of short words") {
  // Within the limit the distance is exact; beyond it, it is above the limit. (It is not
  // always exactly limit + 1 then: see the report of issue 11.)
  const auto words = all_words(4);
  std::size_t disagreements = 0;
  for (const auto& a : words) {
    for (const auto& b : words) {
      const std::size_t expected = reference_distance(a, b);
      for (std::size_t limit = 0; limit <= 5; ++limit) {
        const std::size_t got = edit_distance(a, b, limit);
        const bool right = expected <= limit ? got == expected : got > limit;
        if (!right && disagreements++ < 5) {
          MESSAGE("'" << a << "' / '" << b << "', limit " << limit << ": " << got << ", not "
                      << expected);
        }
      }
    }
  }
  CHECK(disagreements == 0);
}

TEST_CASE("closest_match finds a likely typo") {
  const std::vector<std::string> keys{"title", "text", "guidance", "evidence"};
  CHECK(closest_match("titel", keys) == "title"s);
  CHECK(closest_match("guidence", keys) == "guidance"s);
  CHECK(closest_match("TITLE", keys) == "title"s);  // case alone is distance 0
  CHECK(closest_match("Evidence", {"evidences", "evidence"}) == "evidence"s);
  // The closest wins, and of equally close ones the first.
  CHECK(closest_match("normset", {"norms", "normsets"}) == "normsets"s);
  CHECK(closest_match("cat", {"bat", "cut"}) == "bat"s);
}

TEST_CASE("closest_match ignores punctuation between the letters") {
  CHECK(closest_match("V17", {"V1.6", "V1.7", "V2.7"}) == "V1.7"s);
  CHECK(closest_match("A-1-1", {"A.1.1"}) == "A.1.1"s);  // 2 edits, a third of 5 allows 1
  CHECK(closest_match("V-1-7", {"V1.7", "V1.8"}) == "V1.7"s);
}

TEST_CASE("closest_match says nothing when no candidate is close enough") {
  CHECK(closest_match("xyz", {"title", "text"}) == std::nullopt);
  CHECK(closest_match("anything", {}) == std::nullopt);
  // A third of the length: 6 letters allow 2 edits, not 3.
  CHECK(closest_match("abcdef", {"abcdxy"}) == "abcdxy"s);
  CHECK(closest_match("abcdef", {"abcxyz"}) == std::nullopt);
  CHECK(closest_match("ab", {"ax"}) == "ax"s);  // short words still allow one edit
  // The word itself is never its own suggestion.
  CHECK(closest_match("title", {"title"}) == std::nullopt);
}

TEST_CASE("did_you_mean is the one spelling of the hint") {
  CHECK(did_you_mean("titel", {"title", "text"}) == " (did you mean 'title'?)");
  CHECK(did_you_mean("xyz", {"title", "text"}) == "");
  CHECK(did_you_mean("titel", {}) == "");
  CHECK(did_you_mean("title", {"title\x1b"}) == " (did you mean 'title\\x1b'?)");
}

TEST_CASE("escape_markup writes the five markup characters as entities, and nothing else") {
  CHECK(escape_markup("<a href=\"x\">O'Neil & zn</a>") ==
        "&lt;a href=&quot;x&quot;&gt;O&apos;Neil &amp; zn&lt;/a&gt;");
  CHECK(escape_markup("&amp;") == "&amp;amp;");  // already escaped text is escaped again
  CHECK(escape_markup("cli\xc3\xabnt\n\x1b") == "cli\xc3\xabnt\n\x1b");
  CHECK(escape_markup("") == "");
}

TEST_CASE("escape_control shows C0 controls as escapes") {
  CHECK(escape_control("plain text, 100% ~") == "plain text, 100% ~");
  CHECK(escape_control("a\nb\tc\rd") == "a\\nb\\tc\\rd");
  CHECK(escape_control("\x1b[2J\x07") == "\\x1b[2J\\x07");
  CHECK(escape_control("a\0b"s) == "a\\x00b");
  CHECK(escape_control("\x01\x1f") == "\\x01\\x1f");
  CHECK(escape_control("") == "");
}

TEST_CASE("escape_control shows DEL and C1 controls, and keeps other characters") {
  CHECK(escape_control("a\x7f") == "a\\x7f");
  CHECK(escape_control("\xc2\x9b"
                       "31m") == "\\u009b31m");  // CSI
  CHECK(escape_control("\xc2\x80\xc2\x85\xc2\x9f") == "\\u0080\\u0085\\u009f");
  CHECK(escape_control("\xc2\xa0 Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80") ==
        "\xc2\xa0 Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
}

TEST_CASE("escape_control shows invalid UTF-8 byte by byte") {
  CHECK(escape_control("Caf\xe9") == "Caf\\xe9");
  CHECK(escape_control("\x80x") == "\\x80x");
  CHECK(escape_control("\xc0\xaf") == "\\xc0\\xaf");           // overlong
  CHECK(escape_control("\xed\xa0\x80") == "\\xed\\xa0\\x80");  // surrogate
  CHECK(escape_control("end\xe2\x82") == "end\\xe2\\x82");     // cut off
  CHECK(escape_control("\xc2") == "\\xc2");                    // C1 lead at the end
  CHECK(escape_control("\xff\xfe") == "\\xff\\xfe");
}

TEST_CASE("escape_control of every single byte is printable, valid UTF-8") {
  static constexpr char hex[] = "0123456789abcdef";
  for (int value = 0; value < 256; ++value) {
    const std::string byte(1, static_cast<char>(value));
    std::string expected;
    if (value == '\n') {
      expected = "\\n";
    } else if (value == '\t') {
      expected = "\\t";
    } else if (value == '\r') {
      expected = "\\r";
    } else if (value >= 0x20 && value < 0x7f) {
      expected = byte;
    } else {  // C0, DEL, and every byte >= 0x80, which alone is never valid UTF-8
      expected = std::string("\\x") + hex[value >> 4] + hex[value & 0xf];
    }
    CAPTURE(value);
    CHECK(escape_control(byte) == expected);
  }
}

TEST_CASE("line_at gives one line without its line end") {
  const std::string text = "een\r\ntwee\n\nvier";
  CHECK(line_at(text, 1) == "een");
  CHECK(line_at(text, 2) == "twee");
  CHECK(line_at(text, 3) == "");
  CHECK(line_at(text, 4) == "vier");
  CHECK(line_at(text, 5) == "");
  CHECK(line_at(text, 0) == "");
  CHECK(line_at("", 1) == "");
}

TEST_CASE("trim, ascii_lower, join and collapse_whitespace") {
  CHECK(trim(" \t\r\n a b \n") == "a b");
  CHECK(trim("   ") == "");
  CHECK(trim("\f\v a \v\f") == "a");  // form feed and vertical tab are white space too
  CHECK(ascii_lower("KSSW@2019 \xc3\x89n") == "kssw@2019 \xc3\x89n");  // É is not ASCII
  CHECK(join({"a", "b", "c"}) == "a, b, c");
  CHECK(join({"a", "b"}, " / ") == "a / b");
  CHECK(join({}) == "");
  CHECK(join({"alleen"}) == "alleen");
  CHECK(collapse_whitespace("  een\n  twee\t\tdrie \r\n") == "een twee drie");
  CHECK(collapse_whitespace(" \n ") == "");
}

TEST_CASE("wrap breaks at spaces, indents continuation lines and counts characters") {
  CHECK(wrap("een twee drie vier", 9) == "een twee\ndrie vier");
  CHECK(wrap("een twee drie vier", 9, "  ") == "een twee\n  drie\n  vier");
  CHECK(wrap("abcd efgh", 9) == "abcd efgh");  // exactly the width fits
  CHECK(wrap("kort onafbreekbaarwoord kort", 8) == "kort\nonafbreekbaarwoord\nkort");
  CHECK(wrap("\xc3\xa9\xc3\xa9n twee", 8) == "\xc3\xa9\xc3\xa9n twee");  // 8 characters, 10 bytes
  CHECK(wrap("  een\n\n  twee  ", 80) == "een twee");
  CHECK(wrap("", 10) == "");
}

TEST_CASE("is_iso_date accepts dates that exist") {
  for (const char* date : {"2026-11-23", "2026-01-01", "2026-12-31", "2026-04-30", "2024-02-29",
                           "2000-02-29", "0001-01-01", "9999-12-31"}) {
    CAPTURE(date);
    CHECK(is_iso_date(date));
  }
}

TEST_CASE("is_iso_date refuses impossible dates and other forms") {
  for (const char* date : {"2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-06-31",
                           "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32"}) {
    CAPTURE(date);
    CHECK_FALSE(is_iso_date(date));
  }
  for (const char* form :
       {"", "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01 ", "2026-01-01T00:00", "20x6-01-01",
        "2026-01-3a", "+026-01-01", "1 oktober"}) {
    CAPTURE(form);
    CHECK_FALSE(is_iso_date(form));
  }
}

TEST_SUITE_END();
