#include "util/csv_writer.hpp"

namespace labeltool::util {
namespace {

/// Cells a spreadsheet would run as a formula start with one of these.
bool formula_start(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

}  // namespace

bool is_protected_csv_cell(std::string_view text) {
  return text.size() >= 2 && text.front() == '\'' &&
         (formula_start(text.substr(1)) || is_protected_csv_cell(text.substr(1)));
}

std::string csv_cell(std::string_view text, char delimiter) {
  std::string value(text);
  if (formula_start(value) || is_protected_csv_cell(value)) value.insert(0, "'");
  const bool quote = value.find_first_of(std::string("\"\n\r") + delimiter) != std::string::npos;
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_row(const std::vector<std::string>& cells, char delimiter) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) line += delimiter;
    line += csv_cell(cells[i], delimiter);
  }
  return line + "\r\n";
}

}  // namespace labeltool::util
