#pragma once
/// Small pieces several reports share: filling a phrase, a share with its denominator, a
/// norm's label, and the status banners of the norm sets a report is about.
#include <fmt/core.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "model/normset.hpp"
#include "report/format.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// `phrase` in `lang` with its {} placeholders filled in by `args`.
template <typename... Args>
std::string fill(const Phrase& phrase, Lang lang, Args&&... args) {
  return fmt::format(fmt::runtime(phrase.in(lang)), std::forward<Args>(args)...);
}

/// "1 norm", "3 normen": a count with the word in the number it takes.
std::string counted(std::size_t n, const Phrase& one, const Phrase& many, Lang lang);

/// `phrase_one` filled with `n` and `args` when n is 1, else `phrase_many`: for sentences in
/// which more than the noun changes ("1 van 1 norm die geldt", "1 van 2 normen die gelden").
template <typename... Args>
std::string fill_counted(std::size_t n, const Phrase& phrase_one, const Phrase& phrase_many,
                         Lang lang, Args&&... args) {
  return fill(n == 1 ? phrase_one : phrase_many, lang, std::forward<Args>(args)...);
}

/// `words` with the first letter in upper case, for a phrase that starts a line or heading.
/// Phrases start with an ASCII letter, so the first byte is the first letter.
std::string capitalised(std::string_view words);

/// "12 van 49 (24%)": a share always with its denominator.
std::string share(std::size_t part, std::size_t whole, Lang lang);

/// "ID title", control characters escaped.
std::string norm_label(const model::Norm& norm);

/// The short status banner of each set that is not official, one per line: wrapped text, or a
/// bold Markdown quote.
std::string status_banners(std::initializer_list<const model::NormSet*> sets, Lang lang,
                           Format format);

/// Text and Markdown reports share their shape: a heading per section, one item per line.
struct Layout {
  Format format;  ///< Text or Markdown

  /// True for Markdown.
  bool markdown() const { return format == Format::Markdown; }
  /// "\n## Title (detail)\n\n" or "\nTitle (detail)\n"; `title` is written as it is.
  std::string heading(std::string_view title, std::string_view detail) const;
  /// A heading with a count: "Title (3)".
  std::string heading(std::string_view title, std::size_t count) const;
  /// Input text made safe for this layout: Markdown-escaped, or control characters escaped.
  std::string escaped(std::string_view text) const;
  /// One item, `text` escaped here for the layout. Escaping is idempotent, so text that
  /// already had its control characters escaped comes out the same.
  std::string item(std::string_view text) const;
  /// As item(), with text lines wrapped at 96 characters and indented under the first.
  std::string wrapped_item(std::string_view text) const;
};

}  // namespace labeltool::report
