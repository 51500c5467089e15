#pragma once
// Shared by the libFuzzer targets: reading limits, the fixed norm sets the fuzzed documents
// are checked against, the renderers every target pushes its findings through, and the
// oracles that turn a broken promise of a renderer (escaping, valid JSON, round trips) into
// a crash libFuzzer can record.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "analysis/check.hpp"
#include "diag/diagnostic.hpp"
#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"
#include "read/ciso_reader.hpp"
#include "report/phrases.hpp"
#include "yaml/document.hpp"

namespace labeltool::fuzz {

/// Small limits, so one input cannot take long: depth 64, 10 000 alias nodes, 200 000 nodes,
/// 1 MiB.
const yaml::ReadLimits& limits();

/// The fuzz input as a string.
inline std::string bytes_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

/// The date check_zelfevaluatie judges due dates by (fixed, so runs reproduce).
constexpr std::string_view kToday = "2026-01-01";

// ── Fixed norm sets, built once ─────────────────────────────────────────────────────────
// Read from the source tree (LABELTOOL_FUZZ_SOURCE_DIR) at start-up: the small sets of
// fuzz/fixtures/ (fuzz-base@1, a base for variants; fuzz-a@1 and fuzz-b@1, two sides of a
// crosswalk), the shipped kssw@2017, kssw@2019, nvvk@2021, taalhuizen@cbct, the variant
// kssw-wijkteams@2019 resolved on kssw@2019, and the crosswalks between them. Anything that
// does not load cleanly aborts the fuzzer at start-up, so a broken set-up is never silent.

/// Builds the fixed sets now (call from LLVMFuzzerInitialize, after static initialisation,
/// so start-up problems show at once and are not timed as part of the first input).
void initialize();
/// The fixed set with this reference, or nullptr.
const model::NormSet* find_set(std::string_view reference);
/// The fixed set with this reference; aborts when there is none.
const model::NormSet& set(std::string_view reference);
/// A fixed crosswalk from `reference` (fuzz-a@1 ↔ fuzz-b@1, kssw@2017 ↔ kssw@2019,
/// nvvk@2021 ↔ kssw@2019, each in both directions), or nullptr.
const model::Crosswalk* crosswalk_from(std::string_view reference);
/// The fixed crosswalk from `from` to `to` (either way round, see crosswalk_from), or nullptr.
const model::Crosswalk* find_crosswalk(std::string_view from, std::string_view to);
/// A fixed CISO Assistant framework by its URN (any case): urn:fuzz:risk:framework:fa and
/// :fb from fuzz/fixtures/, and ISO 27001 2013 and 2022 from ../shared/fixtures/ciso-assistant/
/// when present. nullptr when there is none.
const read::CisoFramework* ciso_framework(std::string_view urn);
/// The fixed CISO mapping set fa → fb (fuzz/fixtures/ciso-mapping-fa-fb.yaml), parsed.
const yaml::Document& ciso_mapping_document();
/// A fixed example zelfevaluatie on kssw@2019 (examples/buurtkracht-kssw-2019.yaml).
const model::Zelfevaluatie& example_zelfevaluatie();

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

// ── Oracles ─────────────────────────────────────────────────────────────────────────────
// LABELTOOL_FUZZ_ORACLES selects what a failed oracle does:
//   (unset)  print what failed and abort: libFuzzer saves the input as a crash
//   record   write the input to LABELTOOL_FUZZ_RECORD_DIR as oracle-<kind>-<hash> (once per
//            kind and output shape, at most 20 per kind), skip the rest of this input and
//            go on fuzzing: a long run is not stopped or slowed by one known defect
//   0        no oracles (memory safety and undefined behaviour only)

bool oracles_enabled();
/// Reports a failed oracle: `what` failed, with an excerpt of `text` around byte `at`.
[[noreturn]] void oracle_failure(std::string_view what, std::string_view text, std::size_t at);

/// Runs one fuzz input through `body`: picks the Variant, and in record mode catches the
/// end of an input whose oracle failure was recorded. Every LLVMFuzzerTestOneInput is
/// `return fuzz::run_one(data, size, fuzz_one);`.
int run_one(const std::uint8_t* data, std::size_t size,
            void (*body)(const std::uint8_t* data, std::size_t size));
/// Text for a terminal without colour: valid UTF-8, no control characters but '\n'
/// (no C0, DEL, C1), as report/diagnostics.hpp promises for input text.
void expect_terminal_safe(std::string_view text, std::string_view what);
/// A single valid JSON value (RFC 8259) in valid UTF-8, optionally followed by white space.
void expect_json(std::string_view text, std::string_view what);
/// Valid UTF-8.
void expect_utf8(std::string_view text, std::string_view what);
/// CSV that parse_csv reads back without an error; returns the number of rows.
std::size_t expect_csv(std::string_view text, std::string_view what);

/// Byte offset where 1-based line `line` of `text` starts (for pointing at a diagnostic).
std::size_t offset_of_line(std::string_view text, std::uint32_t line);
/// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view text);
/// `text` with bytes outside printable ASCII as \xNN, for messages.
std::string printable(std::string_view text);

}  // namespace labeltool::fuzz
