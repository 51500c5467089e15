#include "report/highlight.hpp"

#include "report/html.hpp"
#include "report/markdown.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

/// A word character as analysis::words_of() sees it: ASCII letters and digits, and every
/// byte of a non-ASCII character (so "cliënt" stays one word).
bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || byte >= 0x80;
}

/// One piece of the text (a word, or what lies between words) escaped for `markup`.
std::string escaped(std::string_view piece, bool word, Markup markup) {
  if (markup == Markup::Html) return html::escape(piece);
  if (word) return markdown_escape(piece);
  // markdown_escape() trims, so what lies between words (ASCII only: every byte of a
  // non-ASCII character belongs to a word) is escaped per character, spaces kept.
  std::string out;
  for (char c : piece)
    out += c == ' ' ? std::string(" ") : markdown_escape(std::string_view(&c, 1));
  return out;
}

}  // namespace

MatchedWords::MatchedWords(const analysis::TermAnalyzer& analyzer,
                           const std::vector<std::string>& words)
    : analyzer_(analyzer) {
  for (const auto& word : words) {
    const std::string lower = util::ascii_lower(word);
    std::string stem = stem_of(lower);
    if (stem.empty()) continue;  // a stop word or a one-letter word: never a match
    words_.insert(lower);
    stems_.insert(std::move(stem));
  }
}

std::string MatchedWords::stem_of(std::string_view lower_word) const {
  // The word's terms end with its stem; a stop word or a one-letter word has none.
  const auto terms = analyzer_.terms(lower_word);
  if (terms.empty() || terms.back().kind != analysis::TermKind::Word) return {};
  return terms.back().key;
}

bool MatchedWords::operator()(std::string_view lower_word) const {
  if (words_.count(lower_word)) return true;
  if (stems_.empty()) return false;  // nothing matched: no need to stem the text
  const std::string stem = stem_of(lower_word);
  return !stem.empty() && stems_.count(stem) > 0;
}

std::string highlight(std::string_view text, const std::function<bool(std::string_view)>& matched,
                      Markup markup) {
  const std::string flat = util::collapse_whitespace(text);
  const std::string_view open = markup == Markup::Html ? "<mark>" : "**";
  const std::string_view close = markup == Markup::Html ? "</mark>" : "**";
  std::string out;
  std::size_t i = 0;
  while (i < flat.size()) {
    const bool word = is_word_byte(flat[i]);
    std::size_t j = i;
    while (j < flat.size() && is_word_byte(flat[j]) == word) ++j;
    const std::string_view piece(flat.data() + i, j - i);
    const std::string safe = escaped(piece, word, markup);
    if (word && matched(util::ascii_lower(piece)))
      out.append(open).append(safe).append(close);
    else
      out += safe;
    i = j;
  }
  return out;
}

}  // namespace labeltool::report
