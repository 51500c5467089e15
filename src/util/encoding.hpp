#pragma once
/// Character encodings other than UTF-8 that spreadsheets write: Windows-1252, what Excel
/// saves as "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace labeltool::util {

/// The outcome of decoding Windows-1252 bytes.
struct Cp1252Result {
  std::string utf8;  ///< the text, re-encoded as UTF-8
  /// Offset in the input of the first byte that Windows-1252 leaves undefined (0x81, 0x8D,
  /// 0x8F, 0x90, 0x9D); such a byte is decoded as U+FFFD. nullopt when every byte is defined.
  std::optional<std::size_t> first_undefined;
};

/// `bytes` read as Windows-1252 (the full table, 0x80-0x9F included: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹
/// Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ), as UTF-8. A valid UTF-8 sequence of two or more bytes is
/// kept as it is: a file that is partly UTF-8 (a line pasted in from elsewhere) keeps those
/// characters, and Dutch Windows-1252 text practically never forms one (it would take a
/// letter such as 'Ã' followed by a symbol such as '©').
Cp1252Result decode_cp1252(std::string_view bytes);

/// The character byte `byte` stands for in Windows-1252, as UTF-8 ("" for an undefined byte),
/// for messages that say what a stray byte probably meant.
std::string cp1252_character(unsigned char byte);

/// `text` for a message, with control characters escaped (escape_control) and characters
/// that look like a space or like nothing shown visibly: a non-breaking or other special
/// space as '␣', a zero-width character as <U+200B>. Two spellings that print alike can then
/// never make a message contradict itself.
std::string show_invisible(std::string_view text);

/// `text` with CR LF and lone CR turned into LF, as spreadsheets on Windows and old Macs end
/// lines; every reader works on LF only.
std::string normalise_line_ends(std::string text);

/// A character that prints as a space or as nothing, named for a message.
struct InvisibleCharacter {
  std::string code;     ///< "U+00A0"
  std::string_view en;  ///< "a non-breaking space"
  std::string_view nl;  ///< "een harde spatie"
};

/// The special spaces and zero-width characters in `text`, each once, in order of appearance.
std::vector<InvisibleCharacter> invisible_characters(std::string_view text);

/// `text` as a person means it, for comparing what was typed with a list of values: ASCII
/// and Latin-1 capitals lowered, every run of white space (special spaces included) one
/// space, zero-width characters dropped, the ends trimmed. "VOLDOET\u00A0 Deels " folds to
/// "voldoet deels".
std::string fold_for_comparison(std::string_view text);

}  // namespace labeltool::util
