#include "analysis/text_similarity.hpp"

#include <algorithm>
#include <map>

#include "util/text.hpp"

namespace labeltool::analysis {
namespace {

/// Words as written (for the diff): split on white space only.
std::vector<std::string> tokens_of(std::string_view text) {
  std::vector<std::string> tokens;
  const std::string collapsed = util::collapse_whitespace(text);
  std::size_t start = 0;
  while (start < collapsed.size()) {
    std::size_t end = collapsed.find(' ', start);
    if (end == std::string::npos) end = collapsed.size();
    tokens.push_back(collapsed.substr(start, end - start));
    start = end + 1;
  }
  return tokens;
}

}  // namespace

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool word_char =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || byte >= 0x80;
    if (word_char) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(util::ascii_lower(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(util::ascii_lower(current));
  return words;
}

double similarity(std::string_view a, std::string_view b) {
  const auto wa = words_of(a), wb = words_of(b);
  if (wa.empty() && wb.empty()) return 1.0;
  std::map<std::string, int> counts;
  for (const auto& w : wa) ++counts[w];
  std::size_t shared = 0;
  for (const auto& w : wb) {
    auto it = counts.find(w);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++shared;
    }
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(wa.size() + wb.size());
}

std::string word_diff(std::string_view before, std::string_view after) {
  const auto a = tokens_of(before), b = tokens_of(after);
  // Longest common subsequence table; norm texts are a few dozen words, so O(n·m) is fine.
  // Very long texts are compared as a whole to keep the work bounded.
  if (a.size() * b.size() > 4'000'000)
    return "[-" + util::join(a, " ") + "-] {+" + util::join(b, " ") + "+}";
  std::vector<std::vector<std::uint32_t>> lcs(a.size() + 1,
                                              std::vector<std::uint32_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<std::string> out, removed, added;
  const auto flush = [&] {
    if (!removed.empty()) out.push_back("[-" + util::join(removed, " ") + "-]");
    if (!added.empty()) out.push_back("{+" + util::join(added, " ") + "+}");
    removed.clear();
    added.clear();
  };
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      flush();
      out.push_back(a[i]);
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      added.push_back(b[j++]);
    } else {
      removed.push_back(a[i++]);
    }
  }
  flush();
  return util::join(out, " ");
}

}  // namespace labeltool::analysis
