#include "analysis/terms.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <iterator>

#include "analysis/text_similarity.hpp"
#include "util/text.hpp"

namespace labeltool::analysis {
namespace {

// Our own short lists of function words that say nothing about what a norm asks. Words that
// change a requirement ("niet", "geen", "not", "no") are kept out of the lists on purpose.
constexpr std::string_view kDutchStopWords[] = {
    "aan",    "al",      "alle",   "als",      "bij",     "binnen", "dan",   "dat",    "de",
    "deze",   "die",     "dit",    "door",     "een",     "elk",    "elke",  "en",     "er",
    "haar",   "heeft",   "hem",    "het",      "hier",    "hij",    "hoe",   "hun",    "ieder",
    "iedere", "in",      "is",     "je",       "kan",     "kunnen", "maar",  "met",    "moet",
    "moeten", "na",      "naar",   "naast",    "nog",     "of",     "om",    "onder",  "ons",
    "onze",   "ook",     "op",     "over",     "per",     "te",     "tegen", "toe",    "tot",
    "tussen", "u",       "uit",    "van",      "vanuit",  "via",    "voor",  "waar",   "waarbij",
    "waarin", "wanneer", "wat",    "we",       "welke",   "wel",    "wie",   "wij",    "wordt",
    "worden", "zal",     "ze",     "zich",     "zij",     "zijn",   "zo",    "zoals",  "zodat",
    "zonder", "daarbij", "daarin", "daarvoor", "hierbij", "hebben", "had",   "hadden", "werd",
    "werden", "geweest", "mee",    "andere",   "eigen",   "alsook",
};
constexpr std::string_view kEnglishStopWords[] = {
    "a",     "about", "all",   "also",    "an",    "and",    "any",  "are",    "as",    "at",
    "be",    "been",  "being", "between", "both",  "but",    "by",   "can",    "could", "do",
    "does",  "done",  "each",  "either",  "etc",   "every",  "for",  "from",   "had",   "has",
    "have",  "he",    "her",   "his",     "how",   "if",     "in",   "into",   "is",    "it",
    "its",   "may",   "might", "more",    "must",  "of",     "on",   "onto",   "or",    "other",
    "our",   "over",  "per",   "shall",   "she",   "should", "so",   "such",   "than",  "that",
    "the",   "their", "them",  "then",    "there", "these",  "they", "this",   "those", "through",
    "to",    "under", "upon",  "us",      "via",   "was",    "we",   "were",   "what",  "when",
    "where", "which", "while", "who",     "whom",  "will",   "with", "within", "would", "you",
};

template <std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool has_letter(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || byte >= 0x80;
  });
}

/// The byte offsets in `word` where a UTF-8 character starts.
std::vector<std::size_t> character_starts(std::string_view word) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < word.size(); ++i)
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
  return starts;
}

}  // namespace

TextLanguage text_language_of(std::string_view tag) {
  const std::string lower = util::ascii_lower(tag.substr(0, tag.find_first_of("-_")));
  if (lower == "nl" || lower == "nld" || lower == "dut" || lower == "dutch")
    return TextLanguage::Dutch;
  if (lower == "en" || lower == "eng" || lower == "english") return TextLanguage::English;
  return TextLanguage::Other;
}

std::string_view text_language_name(TextLanguage language) {
  switch (language) {
    case TextLanguage::Dutch:
      return "nl";
    case TextLanguage::English:
      return "en";
    case TextLanguage::Other:
      break;
  }
  return "other";
}

bool is_stop_word(TextLanguage language, std::string_view word) {
  switch (language) {
    case TextLanguage::Dutch:
      return listed(kDutchStopWords, word);
    case TextLanguage::English:
      return listed(kEnglishStopWords, word);
    case TextLanguage::Other:
      break;
  }
  return false;
}

struct TermAnalyzer::Stemmer {
  sb_stemmer* handle = nullptr;
};

TermAnalyzer::TermAnalyzer(TextLanguage language)
    : language_(language), stemmer_(std::make_unique<Stemmer>()) {
  const char* algorithm = language == TextLanguage::Dutch     ? "dutch"
                          : language == TextLanguage::English ? "english"
                                                              : nullptr;
  if (algorithm) stemmer_->handle = sb_stemmer_new(algorithm, "UTF_8");
}

TermAnalyzer::~TermAnalyzer() {
  if (stemmer_->handle) sb_stemmer_delete(stemmer_->handle);
}

std::string TermAnalyzer::stem(std::string_view word) const {
  if (!stemmer_->handle) return std::string(word);
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer_->handle, reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  if (!stemmed) return std::string(word);  // out of memory inside Snowball: keep the word
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_->handle)));
}

std::vector<Term> TermAnalyzer::terms(std::string_view text) const {
  std::vector<Term> terms;
  for (auto& word : words_of(text)) {
    if (word.size() < 2 || !has_letter(word) || is_stop_word(language_, word)) continue;
    std::string key = stem(word);
    if (language_ == TextLanguage::Dutch && key.size() < kDutchMinStemLength) key = word;
    if (language_ == TextLanguage::Dutch && key.size() >= kCompoundMinLength) {
      const auto starts = character_starts(key);
      std::vector<std::string> grams;
      for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::size_t begin = starts[i];
        if (begin + kGramLength > key.size()) break;
        // A gram ends on a character boundary at or after kGramLength bytes.
        std::size_t end = begin + kGramLength;
        while (end < key.size() && (static_cast<unsigned char>(key[end]) & 0xC0) == 0x80) ++end;
        grams.push_back("~" + key.substr(begin, end - begin));
      }
      const double share = grams.empty() ? 0.0 : kGramShare / static_cast<double>(grams.size());
      for (auto& gram : grams) terms.push_back({std::move(gram), word, TermKind::Gram, share});
    }
    terms.push_back({std::move(key), std::move(word), TermKind::Word, 1.0});
  }
  return terms;
}

}  // namespace labeltool::analysis
