#pragma once
/// Marking the words of a norm text that matched another norm, for people: Markdown bold or
/// an HTML <mark>. The analysis says which words matched (suggest's Candidate::source_words
/// and target_words); this finds them in the text, whole words only, escaped for the format.
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/terms.hpp"

namespace labeltool::report {

/// How a highlighted text is written.
enum class Markup : std::uint8_t {
  Markdown,  ///< Markdown-escaped, matched words in **bold**
  Html,      ///< HTML-escaped, matched words in <mark>
};

/// Which words of a text matched, given the words the analysis found matched (lower case, as
/// written in one place of the norm). A word of the text matches when it is one of them or
/// has the same stem, so "cliënten" is marked where "cliënt" matched and a compound that
/// matched through its character grams ("schuldhulpverlening" ~ "schuldhulp") is marked
/// whole. Stop words never match.
class MatchedWords {
 public:
  MatchedWords(const analysis::TermAnalyzer& analyzer, const std::vector<std::string>& words);
  /// True when `lower_word` (one word, lower case) is a matched word or shares its stem.
  bool operator()(std::string_view lower_word) const;

 private:
  const analysis::TermAnalyzer& analyzer_;
  std::set<std::string, std::less<>> words_;
  std::set<std::string, std::less<>> stems_;
  /// The stem of `lower_word` as the analysis sees it, "" for a word it leaves out.
  std::string stem_of(std::string_view lower_word) const;
};

/// `text` on one line (whitespace collapsed), escaped for `markup`, with every word that
/// `matched` accepts wrapped whole. Words are cut as the analysis cuts them (letters, digits
/// and any non-ASCII character); `matched` sees each word in lower case. Markup never lands
/// inside a word or inside an escape.
std::string highlight(std::string_view text, const std::function<bool(std::string_view)>& matched,
                      Markup markup);
/// The same with the words a MatchedWords accepts (held by reference, not copied).
inline std::string highlight(std::string_view text, const MatchedWords& matched, Markup markup) {
  return highlight(text, std::function<bool(std::string_view)>(std::cref(matched)), markup);
}

}  // namespace labeltool::report
