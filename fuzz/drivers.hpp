#pragma once
// The fuzz targets' drivers: every renderer that prints input text, run the way the commands
// run it, with the oracles (oracles.hpp) checked on what comes out.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "analysis/check.hpp"
#include "diag/diagnostic.hpp"
#include "model/audit.hpp"
#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"
#include "report/phrases.hpp"

namespace labeltool::fuzz {

// ── Rendering (every renderer that prints input text) ───────────────────────────────────

/// Which of several equivalent renderings (language, colour, output format) this input
/// exercises. Chosen from the input's size, so the corpus reaches every one of them at a
/// fraction of the cost of rendering all of them for every input.
struct Variant {
  report::Lang lang;
  bool colour;      ///< also render with ANSI colours (text), or a second file (JSON)
  unsigned format;  ///< 0 text, 1 Markdown, 2 JSON, 3 CSV
};
/// Call first in LLVMFuzzerTestOneInput.
void begin_input(std::size_t size);
const Variant& variant();

/// Renders `diagnostics` as text and as a summary line, for some inputs also with colour
/// and a findings limit, or as JSON; checks the escaping and JSON oracles.
void render_diagnostics(const Diagnostics& diagnostics);

/// What check_and_render does after the check itself.
enum class AlsoRun {
  ProgressAndGap,  ///< `labeltool progress` from the example, `labeltool gap` when it can
  Nothing,         ///< for fuzz_csv: a CSV zelfevaluatie is the same model as a YAML one
};

/// Checks `zelfevaluatie` against `set` and renders the result in one check format (text,
/// Markdown, JSON or CSV, by the Variant); then what `also` says; checks the oracles.
/// `diagnostics` are the findings of reading it.
void check_and_render(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& set,
                      Diagnostics diagnostics, AlsoRun also = AlsoRun::ProgressAndGap);

/// `labeltool gap`: transfers `zelfevaluatie` (on `source`) through `crosswalk`, renders the
/// gap report in one format and checks that the pre-filled zelfevaluatie reads back.
void transfer_and_render(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& source,
                         const model::Crosswalk& crosswalk);

/// Renders a norm set the way `show`, `list` and `template` do. `clean`: it was read
/// without errors (only such sets are ever shown; the oracles hold only for them): then
/// text is escaped, JSON valid, and the YAML and CSV templates read back with one answer
/// row per norm in scope.
void render_normset(const model::NormSet& set, bool clean);

/// Renders a crosswalk without errors the way `diff` (labels and versions) and `gap`
/// (chained through a fixed crosswalk) do; the format is chosen by the Variant.
void render_crosswalk(const model::Crosswalk& crosswalk, const model::NormSet& source,
                      const model::NormSet& target);

/// Renders a CheckedFile for a file that could not be read (as `labeltool check` does).
void render_unreadable(const Diagnostics& diagnostics);

/// `labeltool audit` on an audit that was read: its rules against the fixed sets it names,
/// and — when it names only known sets — the report in every format (text terminal-safe,
/// JSON parses, CSV well formed). `path` is the name the reports give the file.
void check_and_render_audit(const model::Audit& audit, const std::string& path);

/// Runs one fuzz input through `body`: picks the Variant, and in record mode catches the
/// end of an input whose oracle failure was recorded. Every LLVMFuzzerTestOneInput is
/// `return fuzz::run_one(data, size, fuzz_one);`.
int run_one(const std::uint8_t* data, std::size_t size,
            void (*body)(const std::uint8_t* data, std::size_t size));

}  // namespace labeltool::fuzz
