#pragma once
/// Rendering findings: compiler-style text with the source line and a caret, or JSON.
#include <string>

#include "diag/diagnostic.hpp"

namespace labeltool::report {

/// Whether text output may use ANSI colours (decided by the CLI: terminal, NO_COLOR).
enum class Colour { Off, On };

/// Counts of findings by severity.
struct FindingCounts {
  std::size_t errors = 0, warnings = 0, notes = 0;
};
FindingCounts count_findings(const Diagnostics& diagnostics);

/// One finding as text:
///   file:line:col: severity[code]: message
///      41 |   V17:
///         |   ^~~
/// followed by its related locations as notes. Input text is shown with control characters
/// escaped, so it cannot act on the terminal.
std::string render_diagnostic(const Diagnostic& diagnostic, Colour colour);

/// All findings as text, at most `limit` of them (0 = no limit), then a note on the rest.
std::string render_diagnostics_text(const Diagnostics& diagnostics, Colour colour,
                                    std::size_t limit);

/// "2 errors, 1 warning in 5 files" (or "no problems in 5 files").
std::string summary_line(const FindingCounts& counts, std::size_t files);

/// Findings as a JSON document (schema "labeltool-diagnostics/1").
std::string render_diagnostics_json(const Diagnostics& diagnostics, std::size_t files);

}  // namespace labeltool::report
