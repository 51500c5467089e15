#pragma once
/// Norm texts as weighted terms for matching: words of the set's own language, stop words
/// left out, Snowball stems, and for Dutch character n-grams inside long (compound) words, so
/// that "schuldhulpverlening" and "schuldhulp" share terms.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace labeltool::analysis {

/// The languages whose words labeltool stems and whose stop words it knows.
enum class TextLanguage : std::uint8_t {
  Dutch,
  English,
  Other,  ///< words are compared as written (lower case), no stop words
};

/// The TextLanguage of a BCP 47 tag such as "nl", "nl-NL", "en" or "en-GB" (case ignored).
TextLanguage text_language_of(std::string_view tag);

/// The machine name of a language, as in JSON output: "nl", "en" or "other".
std::string_view text_language_name(TextLanguage language);

/// Whether a term is a whole (stemmed) word or a character n-gram inside a long word.
enum class TermKind : std::uint8_t { Word, Gram };

/// One term found in a text, and the word it was found in (lower case, as written).
struct Term {
  std::string key;  ///< the stem, or for a gram "~" and the gram
  std::string word;
  TermKind kind = TermKind::Word;
  double weight = 1.0;  ///< a word counts 1; the grams of one word share kGramShare
};

/// The share of a word's weight that its grams carry together (the word itself keeps 1).
inline constexpr double kGramShare = 0.6;
/// Words at least this long (in bytes) are split into grams (Dutch only).
inline constexpr std::size_t kCompoundMinLength = 10;
/// The length of a gram, in bytes.
inline constexpr std::size_t kGramLength = 6;
/// Dutch stems shorter than this (in bytes) are not used: the word is kept as written.
/// Snowball's Dutch stemmer undoubles vowels and strips endings, so short words of unrelated
/// meaning end on one stem ("weet", "weten" and "wet" all become "wet", "gaat" and "gat"
/// become "gat"); in a long stem the same steps rarely join different words.
inline constexpr std::size_t kDutchMinStemLength = 4;

/// True when `word` (lower case) is one of our stop words for `language`.
bool is_stop_word(TextLanguage language, std::string_view word);

/// Turns texts into terms. Holds a Snowball stemmer, which is not safe to share between
/// threads: use one analyzer per thread.
class TermAnalyzer {
 public:
  explicit TermAnalyzer(TextLanguage language);
  ~TermAnalyzer();
  TermAnalyzer(const TermAnalyzer&) = delete;
  TermAnalyzer& operator=(const TermAnalyzer&) = delete;

  TextLanguage language() const { return language_; }
  /// The stem of one lower-case word (the word itself without a stemmer).
  std::string stem(std::string_view word) const;
  /// The terms of `text`, in text order: per kept word its stem and, for a long Dutch
  /// word, its grams.
  std::vector<Term> terms(std::string_view text) const;

 private:
  TextLanguage language_;
  struct Stemmer;
  std::unique_ptr<Stemmer> stemmer_;
};

}  // namespace labeltool::analysis
