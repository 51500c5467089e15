#pragma once
/// Words for people, in Dutch (the default) and English. The one type for them in every
/// layer: it sits in util/ so that a finding in diag/ can carry a Dutch message too.
#include <string_view>

namespace labeltool::util {

/// The language of the words a person reads.
enum class Lang { Nl, En };

/// One meaning in both languages, the Dutch beside the English so that a translation cannot
/// drift to another line:
///   inline constexpr Phrase kStanding{"Stand per thema", "Standing per theme"};
/// A phrase with {} placeholders is a format string; both sides take the same arguments.
struct Phrase {
  std::string_view nl;
  std::string_view en;

  /// The words in `lang`.
  constexpr std::string_view in(Lang lang) const { return lang == Lang::Nl ? nl : en; }
};

}  // namespace labeltool::util
