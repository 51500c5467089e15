#pragma once
/// Rendering findings: compiler-style text with the source line and a caret, or JSON.
#include <string>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "util/json.hpp"
#include "util/phrase.hpp"

namespace labeltool::report {

/// Whether text output may use ANSI colours (decided by the CLI: terminal, NO_COLOR).
enum class Colour { Off, On };

/// Counts of findings by severity.
struct FindingCounts {
  std::size_t errors = 0, warnings = 0, notes = 0;
};
FindingCounts count_findings(const Diagnostics& diagnostics);

/// The severity as a reader of `lang` says it: "fout", "waarschuwing", "opmerking" in Dutch;
/// in English the machine name, so English reports read as lint and CI do.
std::string_view severity_word(Severity severity, util::Lang lang);

/// A finding's message in `lang`. A Dutch reader gets the Dutch message; where a finding has
/// none yet, the Dutch summary of its code with the English detail in brackets, so that no
/// finding in a Dutch report is English only.
std::string message_for(const Diagnostic& diagnostic, util::Lang lang);

/// One finding as text:
///   file:line:col: severity[code]: message
///      41 |   V17:
///         |   ^~~
/// followed by its related locations as notes. Input text is shown with control characters
/// escaped, so it cannot act on the terminal. The severity word and the message are in
/// `lang` (English for lint); the code stays as it is, for searching.
std::string render_diagnostic(const Diagnostic& diagnostic, Colour colour,
                              util::Lang lang = util::Lang::En);

/// All findings as text, at most `limit` of them (0 = no limit), then a note on the rest.
std::string render_diagnostics_text(const Diagnostics& diagnostics, Colour colour,
                                    std::size_t limit, util::Lang lang = util::Lang::En);

/// "2 errors, 1 warning in 5 files" (or "no problems in 5 files"), in `lang`.
std::string summary_line(const FindingCounts& counts, std::size_t files,
                         util::Lang lang = util::Lang::En);

/// For a finding in a workbook sheet, the JSON fields "sheet" ("Zelfevaluatie") and "cell"
/// ("F12"), written beside "line" (the row) and "column" (the column number); nothing for a
/// text file, whose line and column keep their meaning.
void write_cell_fields(util::JsonWriter& json, const SourcePtr& source, Position position);

/// Findings as a JSON document (schema "labeltool-diagnostics/1").
std::string render_diagnostics_json(const Diagnostics& diagnostics, std::size_t files);

}  // namespace labeltool::report
