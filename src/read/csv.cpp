#include "read/csv.hpp"

#include <algorithm>
#include <cstring>

#include "util/csv_writer.hpp"
#include "util/encoding.hpp"
#include "util/text.hpp"

namespace labeltool::read {

namespace {

std::string hex_byte(unsigned char byte) {
  static const char digits[] = "0123456789ABCDEF";
  return std::string("0x") + digits[byte >> 4] + digits[byte & 0xF];
}

/// Text that is not UTF-8 decoded as Windows-1252, which is what Excel NL saves as "CSV
/// (gescheiden door lijstscheidingsteken)": a note at the first such byte says so. A byte
/// that is a character in neither is an error at its place; it is read as U+FFFD so that the
/// rest of the file is still checked.
std::string decode_windows_1252(const std::string& path, const std::string& text,
                                std::size_t first_bad, Diagnostics& diagnostics) {
  util::Cp1252Result decoded = util::decode_cp1252(text);
  const SourceFile source(path, decoded.utf8);
  // Bytes before the first stray one are valid UTF-8 and decode to themselves.
  const auto byte = static_cast<unsigned char>(text[first_bad]);
  if (!decoded.first_undefined || *decoded.first_undefined > first_bad) {
    const std::string shown = util::cp1252_character(byte);
    diagnostics.push_back(make_diagnostic(
        source, source.position_of_offset(first_bad), Code::ReadAsWindows1252,
        Message{"the file is not UTF-8; it was read as Windows-1252, as Excel saves CSV (byte " +
                    hex_byte(byte) + " here is '" + shown + "')",
                "het bestand is geen UTF-8; het is gelezen als Windows-1252, zoals Excel CSV "
                "opslaat (byte " +
                    hex_byte(byte) + " is hier '" + shown + "')"}));
  }
  if (decoded.first_undefined) {
    const std::size_t at = *decoded.first_undefined;
    const auto undefined = static_cast<unsigned char>(text[at]);
    const std::size_t offset =
        util::decode_cp1252(std::string_view(text).substr(0, at)).utf8.size();
    diagnostics.push_back(make_diagnostic(
        source, source.position_of_offset(offset), Code::InvalidUtf8,
        Message{"byte " + hex_byte(undefined) +
                    " is not a character in UTF-8 or in Windows-1252; it was read as '\uFFFD' "
                    "and the rest of the file was checked; save the sheet as 'CSV UTF-8'",
                "byte " + hex_byte(undefined) +
                    " is geen teken in UTF-8 of in Windows-1252; het is gelezen als '\uFFFD' en "
                    "de rest van het bestand is wel gecontroleerd; sla het blad op als 'CSV "
                    "UTF-8'"}));
  }
  return std::move(decoded.utf8);
}

}  // namespace

std::optional<CsvTable> parse_csv(const std::string& path, std::string bytes,
                                  Diagnostics& diagnostics) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  if (util::trim(bytes).empty()) {
    diagnostics.push_back(
        make_file_diagnostic(path, Code::EmptyFile, {"the file is empty", "het bestand is leeg"}));
    return std::nullopt;
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    const SourceFile raw(path, bytes);
    const bool utf16 = bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0;
    diagnostics.push_back(make_diagnostic(
        raw,
        raw.position_of_offset(
            static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data())),
        Code::NulByte,
        utf16 ? Message{"this is UTF-16 text (Excel's 'Unicode text'), not CSV; save the sheet "
                        "as 'CSV UTF-8'",
                        "dit is UTF-16-tekst (Excels 'Unicode-tekst'), geen CSV; sla het blad op "
                        "als 'CSV UTF-8'"}
              : Message{"NUL byte: this is a binary file (an .xlsx?), not CSV text; save as CSV "
                        "UTF-8",
                        "NUL-byte: dit is een binair bestand (een .xlsx?), geen CSV-tekst; sla "
                        "het op als 'CSV UTF-8'"}));
    return std::nullopt;
  }
  // CR is ASCII in every encoding read here: normalised first, every offset after it is one
  // in the final text.
  std::string text = util::normalise_line_ends(std::move(bytes));
  if (const auto bad = util::find_invalid_utf8(text))
    text = decode_windows_1252(path, text, *bad, diagnostics);
  CsvTable table;
  table.source = std::make_shared<const SourceFile>(path, std::move(text));
  const std::string& s = table.source->text();

  for (std::size_t i = 0; i < s.size() && s[i] != '\n'; ++i) {
    if (s[i] == '"') {
      while (++i < s.size() && s[i] != '"') {
      }
    } else if (s[i] == ',' || s[i] == ';') {
      table.delimiter = s[i];
      break;
    }
  }

  std::uint32_t line = 1, column = 1;
  std::size_t i = 0;
  CsvRow row;
  // Cells are copied and counted a stretch at a time (up to the next quote, delimiter or
  // line end), not byte by byte: a sheet with long texts is read at memchr speed.
  const auto advance_over = [&](std::string_view chunk) {
    if (const std::size_t last_newline = chunk.rfind('\n');
        last_newline != std::string_view::npos) {
      line += static_cast<std::uint32_t>(std::count(chunk.begin(), chunk.end(), '\n'));
      column =
          1 + static_cast<std::uint32_t>(util::count_code_points(chunk.substr(last_newline + 1)));
    } else {
      column += static_cast<std::uint32_t>(util::count_code_points(chunk));
    }
  };
  const auto take = [&](CsvCell& cell, std::size_t end) {
    const std::string_view chunk = std::string_view(s).substr(i, end - i);
    cell.text += chunk;
    advance_over(chunk);
    i = end;
  };
  const auto advance = [&](char c) { advance_over(std::string_view(&c, 1)); };
  const char unquoted_stops[] = {table.delimiter, '\n', '\0'};
  while (i < s.size()) {
    CsvCell cell;
    cell.position = {line, column};
    if (s[i] == '"') {
      const std::size_t opening = i;
      advance(s[i++]);
      bool closed = false;
      while (i < s.size()) {
        const std::size_t quote = s.find('"', i);
        take(cell, quote == std::string::npos ? s.size() : quote);
        if (i == s.size()) break;
        if (i + 1 < s.size() && s[i + 1] == '"') {  // "" inside quotes is one "
          cell.text += '"';
          advance(s[i++]);
          advance(s[i++]);
          continue;
        }
        advance(s[i++]);
        closed = true;
        break;
      }
      // Without its first row the file cannot be read at all; a later row is one row: its
      // problem is reported and the rows after it are still read and checked.
      const bool first_row = table.rows.empty();
      if (!closed) {
        const std::string line_number = std::to_string(cell.position.line);
        diagnostics.push_back(make_diagnostic(
            *table.source, cell.position, Code::CsvSyntax,
            first_row ? Message{"this quoted cell is never closed: a '\"' is missing",
                                "deze cel tussen aanhalingstekens wordt niet gesloten: er "
                                "ontbreekt een '\"'"}
                      : Message{"this quoted cell is never closed: a '\"' is missing; the cell "
                                "was read up to the end of line " +
                                    line_number + " and the rows after it as usual",
                                "deze cel tussen aanhalingstekens wordt niet gesloten: er "
                                "ontbreekt een '\"'; de cel is gelezen tot het eind van regel " +
                                    line_number + " en de rijen daarna zoals gewoonlijk"}));
        if (first_row) return std::nullopt;
        i = opening + 1;
        line = cell.position.line;
        column = cell.position.column + 1;
        cell.text.clear();
        const std::size_t end = s.find('\n', i);
        take(cell, end == std::string::npos ? s.size() : end);
      } else if (i < s.size() && s[i] != table.delimiter && s[i] != '\n') {
        const std::string delimiter(1, table.delimiter);
        diagnostics.push_back(make_diagnostic(
            *table.source, {line, column}, Code::CsvSyntax,
            Message{"text after a closing quote; expected '" + delimiter +
                        "' or a line end (the text was added to the cell)",
                    "tekst na een sluitend aanhalingsteken; verwacht '" + delimiter +
                        "' of het eind van de regel (de tekst is aan de cel toegevoegd)"}));
        if (first_row) return std::nullopt;
        const std::size_t stop = s.find_first_of(unquoted_stops, i);
        take(cell, stop == std::string::npos ? s.size() : stop);
      }
    } else {
      const std::size_t stop = s.find_first_of(unquoted_stops, i);
      take(cell, stop == std::string::npos ? s.size() : stop);
    }
    if (util::is_protected_csv_cell(cell.text)) cell.text.erase(0, 1);  // csv_cell's protection
    row.cells.push_back(std::move(cell));
    if (i < s.size() && s[i] == table.delimiter) {
      advance(s[i++]);
      if (i == s.size() || s[i] == '\n') row.cells.push_back({"", {line, column}});
      continue;
    }
    if (i < s.size()) advance(s[i++]);  // the line end
    table.rows.push_back(std::move(row));
    row = {};
  }
  if (!row.cells.empty()) table.rows.push_back(std::move(row));
  return table;
}

bool starts_with_kind(const CsvTable& table, std::string_view kind) {
  const auto& rows = table.rows;
  return !rows.empty() && rows[0].cells.size() >= 2 && rows[0].cells[0].text == "labeltool" &&
         rows[0].cells[1].text == kind;
}

}  // namespace labeltool::read
