#pragma once
// The fuzz targets' oracles: a broken promise of a renderer (escaping, valid JSON and UTF-8,
// round trips) becomes a crash libFuzzer records, or a recorded input in record mode.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace labeltool::fuzz {

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

/// Thrown in record mode after an oracle failure was written down; caught by run_one().
struct OracleRecorded {};

/// Remembers the input being run, so that record mode can write it down.
void begin_oracles(const std::uint8_t* data, std::size_t size);

/// Text for a terminal without colour: valid UTF-8, no control characters but '\n'
/// (no C0, DEL, C1), as report/diagnostics.hpp promises for input text.
void expect_terminal_safe(std::string_view text, std::string_view what);
/// A single valid JSON value (RFC 8259) in valid UTF-8, optionally followed by white space.
void expect_json(std::string_view text, std::string_view what);
/// An HTML report: starts with <!DOCTYPE html>, terminal-safe (no raw control characters),
/// and every '<' opens or closes an element the HTML renderers write themselves, so no input
/// text became markup (a norm title "<script>" must arrive as "&lt;script&gt;").
void expect_html(std::string_view text, std::string_view what);
/// Valid UTF-8.
void expect_utf8(std::string_view text, std::string_view what);
/// CSV that parse_csv reads back without an error; returns the number of rows.
std::size_t expect_csv(std::string_view text, std::string_view what);

/// Byte offset where 1-based line `line` of `text` starts (for pointing at a diagnostic).
std::size_t offset_of_line(std::string_view text, std::uint32_t line);
/// Offset of the first byte that is not valid UTF-8, or npos. Written here, from RFC 3629,
/// and deliberately not util/'s decoder: an oracle that shared the code under test would
/// share its bugs, and pass output that the same mistake produced.
std::size_t first_invalid_utf8(std::string_view text);
/// `text` with bytes outside printable ASCII as \xNN, for messages.
std::string printable(std::string_view text);

}  // namespace labeltool::fuzz
