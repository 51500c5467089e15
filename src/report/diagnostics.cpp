#include "report/diagnostics.hpp"

#include <fmt/core.h>

#include <map>
#include <string_view>
#include <utility>

#include "diag/source.hpp"
#include "report/common.hpp"
#include "report/phrases.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

constexpr std::string_view bold = "\x1b[1m", red = "\x1b[1;31m", yellow = "\x1b[1;33m",
                           cyan = "\x1b[1;36m", green = "\x1b[1;32m", reset = "\x1b[0m";

std::string paint(std::string_view text, std::string_view style, Colour colour) {
  if (colour == Colour::Off) return std::string(text);
  return std::string(style) + std::string(text) + std::string(reset);
}

std::string_view severity_style(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return red;
    case Severity::Warning:
      return yellow;
    case Severity::Note:
      return cyan;
  }
  return red;
}

/// file:line:column, or in a workbook file:Sheet!F12.
std::string location(const std::string& file, Position position, const SourcePtr& source = {}) {
  std::string text = util::escape_control(file);
  if (const std::string cell = cell_location(source, position); !cell.empty())
    return text + ":" + util::escape_control(cell);
  if (position.line > 0) text += fmt::format(":{}:{}", position.line, position.column);
  return text;
}

/// A workbook cell's value under a finding at it, in place of the caret line:
///    F12 | voldoet bijna
/// "" for an empty cell.
std::string cell_excerpt(const SourceExcerpt& quoted, Position position) {
  if (quoted.text.empty()) return {};
  return fmt::format(" {} | {}{}\n", cell_name(position), util::escape_control(quoted.text),
                     quoted.cut_after ? "…" : "");
}

/// The quoted source line (or its window) with a caret under `position`, or "" when there is
/// no line.
std::string excerpt(const SourceExcerpt& quoted, Position position, std::uint32_t span,
                    Colour colour) {
  if (position.line == 0) return {};
  // A window of a long line is marked with … where the line goes on.
  const bool cut_before = quoted.first_column > 1;
  const std::string shown =
      (cut_before ? "…" : "") + util::escape_control(quoted.text) + (quoted.cut_after ? "…" : "");
  const std::uint32_t column_in_text =
      position.column >= quoted.first_column ? position.column - quoted.first_column + 1 : 1;
  // Escaping can widen the text before the caret; measure the escaped prefix.
  const std::string_view text = quoted.text;
  const std::size_t byte = util::byte_of_code_point(text, column_in_text - 1);
  const std::size_t pad =
      util::count_code_points(util::escape_control(text.substr(0, byte))) + (cut_before ? 1 : 0);
  if (cut_before || quoted.cut_after)
    span = std::min<std::uint32_t>(span, static_cast<std::uint32_t>(SourceExcerpt::kWindowBytes));
  const std::string number = std::to_string(position.line);
  const std::string gutter(number.size(), ' ');
  std::string marker = "^";
  if (span > 1) marker += std::string(span - 1, '~');
  return fmt::format(" {} | {}\n {} | {}{}\n", number, shown, gutter, std::string(pad, ' '),
                     paint(marker, green, colour));
}

}  // namespace

void write_cell_fields(util::JsonWriter& json, const SourcePtr& source, Position position) {
  if (!source || source->sheet().empty() || position.line == 0) return;
  json.key("sheet").value(source->sheet());
  json.key("cell").value(cell_name(position));
}

std::string_view severity_word(Severity severity, Lang lang) {
  switch (severity) {
    case Severity::Error:
      return kSeverityError.in(lang);
    case Severity::Warning:
      return kSeverityWarning.in(lang);
    case Severity::Note:
      return kSeverityNote.in(lang);
  }
  return kSeverityError.in(lang);
}

std::string message_for(const Diagnostic& diagnostic, Lang lang) {
  if (lang == Lang::En || !diagnostic.message_nl.empty()) return diagnostic.message_in(lang);
  return fmt::format("{} ({})", code_info(diagnostic.code).summary_nl, diagnostic.message);
}

FindingCounts count_findings(const Diagnostics& diagnostics) {
  FindingCounts counts;
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::Error) ++counts.errors;
    if (d.severity == Severity::Warning) ++counts.warnings;
    if (d.severity == Severity::Note) ++counts.notes;
  }
  return counts;
}

std::string render_diagnostic(const Diagnostic& diagnostic, Colour colour, Lang lang) {
  std::string out = fmt::format(
      "{}: {}: {}\n",
      paint(location(diagnostic.file, diagnostic.position, diagnostic.source), bold, colour),
      paint(fmt::format("{}[{}]", severity_word(diagnostic.severity, lang),
                        code_name(diagnostic.code)),
            severity_style(diagnostic.severity), colour),
      util::escape_control(message_for(diagnostic, lang)));
  const bool in_sheet = diagnostic.source && !diagnostic.source->sheet().empty();
  out += in_sheet ? cell_excerpt(excerpt_of(diagnostic), diagnostic.position)
                  : excerpt(excerpt_of(diagnostic), diagnostic.position, diagnostic.span, colour);
  for (const auto& related : diagnostic.related) {
    out +=
        fmt::format("{}: {}: {}\n",
                    paint(location(related.file, related.position, related.source), bold, colour),
                    paint(severity_word(Severity::Note, lang), cyan, colour),
                    util::escape_control(related.message_in(lang)));
    const bool related_in_sheet = related.source && !related.source->sheet().empty();
    out += related_in_sheet ? cell_excerpt(excerpt_of(related), related.position)
                            : excerpt(excerpt_of(related), related.position, 1, colour);
  }
  return out;
}

std::string render_diagnostics_text(const Diagnostics& diagnostics, Colour colour,
                                    std::size_t limit, Lang lang) {
  // The same finding on hundreds of rows of one file is one problem to a reader: past
  // kSummariseAbove of one code in one file, the first kShownOfKind are shown and a line
  // counts the rest. JSON and SARIF keep every finding.
  constexpr std::size_t kSummariseAbove = 10, kShownOfKind = 5;
  using Kind = std::pair<std::string_view, Code>;
  std::map<Kind, std::size_t> total, seen;
  for (const auto& diagnostic : diagnostics) ++total[{diagnostic.file, diagnostic.code}];
  std::string out;
  std::size_t shown = 0;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& diagnostic = diagnostics[i];
    const Kind kind{diagnostic.file, diagnostic.code};
    const std::size_t of_kind = total[kind], index = seen[kind]++;
    if (of_kind > kSummariseAbove && index >= kShownOfKind) {
      if (index == kShownOfKind)
        out += fmt::format(
            "{}: {}: {}\n", paint(location(diagnostic.file, {}), bold, colour),
            paint(std::string(severity_word(Severity::Note, lang)) + "[too-many-findings]", cyan,
                  colour),
            fill(kMoreOfKind, lang, of_kind - kShownOfKind, code_name(diagnostic.code)));
      continue;
    }
    if (limit != 0 && shown == limit) {
      out += fmt::format("{}[too-many-findings]: {}\n", severity_word(Severity::Note, lang),
                         fill(kMoreFindings, lang, diagnostics.size() - i, limit));
      break;
    }
    out += render_diagnostic(diagnostic, colour, lang);
    ++shown;
  }
  return out;
}

std::string summary_line(const FindingCounts& counts, std::size_t files, Lang lang) {
  const auto plural = [lang](std::size_t n, const Phrase& one, const Phrase& many) {
    return counted(n, one, many, lang);
  };
  const std::string file_count = plural(files, kFileOne, kFileMany);
  if (counts.errors == 0 && counts.warnings == 0)
    return fill(kNoProblemsIn, lang, file_count) + "\n";
  return fill(kCountsIn, lang, plural(counts.errors, kSeverityError, kErrorMany),
              plural(counts.warnings, kSeverityWarning, kWarningMany), file_count) +
         "\n";
}

std::string render_diagnostics_json(const Diagnostics& diagnostics, std::size_t files) {
  util::JsonWriter json;
  const FindingCounts counts = count_findings(diagnostics);
  json.begin_object();
  json.key("schema").value("labeltool-diagnostics/1");
  json.key("files").value(static_cast<std::uint64_t>(files));
  json.key("errors").value(static_cast<std::uint64_t>(counts.errors));
  json.key("warnings").value(static_cast<std::uint64_t>(counts.warnings));
  json.key("diagnostics").begin_array();
  for (const auto& d : diagnostics) {
    json.begin_object();
    json.key("file").value(d.file);
    json.key("line").value(static_cast<std::uint64_t>(d.position.line));
    json.key("column").value(static_cast<std::uint64_t>(d.position.column));
    write_cell_fields(json, d.source, d.position);
    json.key("severity").value(severity_name(d.severity));
    json.key("code").value(code_name(d.code));
    json.key("message").value(d.message);
    json.key("related").begin_array();
    for (const auto& r : d.related) {
      json.begin_object();
      json.key("file").value(r.file);
      json.key("line").value(static_cast<std::uint64_t>(r.position.line));
      json.key("column").value(static_cast<std::uint64_t>(r.position.column));
      write_cell_fields(json, r.source, r.position);
      json.key("message").value(r.message);
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.str();
}

}  // namespace labeltool::report
