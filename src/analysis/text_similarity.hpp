#pragma once
/// Comparing norm texts: word-level similarity and a word-level diff.
#include <string>
#include <string_view>
#include <vector>

namespace labeltool::analysis {

/// Lower-cased words of `text` (letters and digits; punctuation separates words).
std::vector<std::string> words_of(std::string_view text);

/// Dice coefficient of the two texts' word multisets: 1 for the same words, 0 for none shared.
double similarity(std::string_view a, std::string_view b);

/// A word-level diff of `before` → `after`: unchanged words as they are, removed words as
/// [-word-] and added ones as {+word+} (runs are grouped).
std::string word_diff(std::string_view before, std::string_view after);

}  // namespace labeltool::analysis
