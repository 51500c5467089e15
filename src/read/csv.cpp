#include "read/csv.hpp"

#include <algorithm>
#include <cstring>

#include "util/csv_writer.hpp"
#include "util/text.hpp"

namespace labeltool::read {

bool CsvRow::is_empty() const {
  for (const auto& cell : cells)
    if (!util::trim(cell.text).empty()) return false;
  return true;
}

std::optional<CsvTable> parse_csv(const std::string& path, std::string bytes,
                                  Diagnostics& diagnostics) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  if (util::trim(bytes).empty()) {
    diagnostics.push_back(make_file_diagnostic(path, Code::EmptyFile, "the file is empty"));
    return std::nullopt;
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    const SourceFile raw(path, bytes);
    diagnostics.push_back(make_diagnostic(
        raw,
        raw.position_of_offset(
            static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data())),
        Code::NulByte,
        "NUL byte: this is a binary file (an .xlsx?), not CSV text; save as CSV UTF-8"));
    return std::nullopt;
  }
  if (const auto bad = util::find_invalid_utf8(bytes)) {
    const SourceFile raw(path, bytes);
    diagnostics.push_back(
        make_diagnostic(raw, raw.position_of_offset(*bad), Code::InvalidUtf8,
                        "invalid UTF-8; save the sheet as 'CSV UTF-8 (comma delimited)'"));
    return std::nullopt;
  }
  std::string text;
  text.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r') {
      text += '\n';
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    } else {
      text += bytes[i];
    }
  }
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
      if (!closed) {
        diagnostics.push_back(
            make_diagnostic(*table.source, cell.position, Code::CsvSyntax,
                            "this quoted cell is never closed: a '\"' is missing"));
        return std::nullopt;
      }
      if (i < s.size() && s[i] != table.delimiter && s[i] != '\n') {
        diagnostics.push_back(
            make_diagnostic(*table.source, {line, column}, Code::CsvSyntax,
                            std::string("text after a closing quote; expected '") +
                                table.delimiter + "' or a line end"));
        return std::nullopt;
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

std::string cell_text(const CsvRow& row, std::size_t i) {
  return i < row.cells.size() ? std::string(util::trim(row.cells[i].text)) : std::string();
}

Position cell_position(const CsvRow& row, std::size_t i) {
  return i < row.cells.size() ? row.cells[i].position : row.cells.front().position;
}

std::vector<std::string> split_cell(std::string_view cell, char separator) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= cell.size()) {
    const auto end = cell.find(separator, start);
    const auto length = end == std::string_view::npos ? end : end - start;
    const auto item = util::trim(cell.substr(start, length));
    if (!item.empty()) items.emplace_back(item);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return items;
}

std::vector<int> find_columns(const CsvRow& header, const std::vector<std::string>& columns,
                              const SourceFile& source, Diagnostics& diagnostics) {
  std::vector<int> column_of(columns.size(), -1);
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    const std::string name = cell_text(header, c);
    if (name.empty()) continue;
    const auto known = std::find(columns.begin(), columns.end(), name);
    if (known != columns.end()) {
      column_of[static_cast<std::size_t>(known - columns.begin())] = static_cast<int>(c);
      continue;
    }
    diagnostics.push_back(make_diagnostic(
        source, header.cells[c].position, Code::UnknownKey,
        "unknown column '" + util::escape_control(name) + "'" + util::did_you_mean(name, columns)));
  }
  return column_of;
}

}  // namespace labeltool::read
