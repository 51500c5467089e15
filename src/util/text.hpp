#pragma once
/// Text helpers that know nothing about labeltool: UTF-8, edit distance, escaping.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace labeltool::util {

/// Byte offset of the first invalid UTF-8 sequence in `text`, or nullopt when it is valid.
/// Overlong forms, surrogates and code points above U+10FFFF count as invalid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// `text` with every byte that is not part of a valid UTF-8 sequence replaced by the UTF-8
/// encoding of the code point with that value (U+0080..U+00FF, as in Latin-1).
std::string latin1_bytes_to_utf8(std::string_view text);

/// Number of code points in valid UTF-8 `text` (continuation bytes are not counted).
std::size_t count_code_points(std::string_view text);

/// The byte offset in UTF-8 `text` of code point number `index` (0-based), or text.size()
/// when the text is shorter.
std::size_t byte_of_code_point(std::string_view text, std::size_t index);

/// Edit distance (insertions, deletions, substitutions, adjacent transpositions), with an early
/// exit: returns `limit + 1` as soon as it exceeds `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

/// The candidate closest to `word` when it is close enough to be a likely typo
/// (case-insensitive match, or an edit distance of at most a third of its length).
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

/// The suffix " (did you mean 'X'?)" naming the closest_match() of `word` (control
/// characters escaped), or "" when no candidate is close enough. The one spelling of the hint.
/// When the candidates are the tails of names that share `prefix` (and `word` is such a tail),
/// the hint names the whole name, prefix included.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates,
                         std::string_view prefix = {});

/// `text` with control characters (C0, DEL, C1) shown as visible escapes (\n, \t, \x1b, \u009b)
/// and bytes that are not valid UTF-8 as \xNN, so input text can never move the cursor,
/// colour or clear a terminal, and output is always valid UTF-8.
std::string escape_control(std::string_view text);

/// `text` with the five characters that are markup in XML and HTML (& < > " ') as entities,
/// for element text and attribute values alike. Nothing else is changed: each format decides
/// itself what becomes of control characters.
std::string escape_markup(std::string_view text);

/// Text of line `line` (1-based) of `text`, without its line ending; empty when out of range.
std::string_view line_at(std::string_view text, std::size_t line);

/// `text` without leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

/// `text` in lower case (ASCII letters only; other bytes are kept).
std::string ascii_lower(std::string_view text);

/// The items joined by `separator`.
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

/// `text` trimmed, with every run of white space (line breaks included) turned into one space:
/// multi-line YAML text for a one-line display.
std::string collapse_whitespace(std::string_view text);

/// `text` (one paragraph, white space collapsed) broken into lines of at most `width`
/// characters where it has spaces; every line after the first starts with `indent`.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent = "");

/// True when `text` is a date in the form YYYY-MM-DD that exists in the calendar.
bool is_iso_date(std::string_view text);

}  // namespace labeltool::util
