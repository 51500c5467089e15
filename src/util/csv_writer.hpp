#pragma once
/// Writing CSV as spreadsheets read it. The one place that decides how a cell is quoted and
/// protected against formulas; read/csv.cpp asks is_protected_csv_cell() to undo that, so
/// every cell written here reads back as itself.
#include <string>
#include <string_view>
#include <vector>

namespace labeltool::util {

/// `text` as one CSV cell: quoted when needed; a cell a spreadsheet would run as a formula
/// (starting with = + - @, or a tab or carriage return) is prefixed with ' so it stays text.
std::string csv_cell(std::string_view text, char delimiter);

/// True for cell text that csv_cell() prefixed with ': a formula start, or a ' before one (so
/// that text really starting with '= survives the round trip). A reader removes that '.
bool is_protected_csv_cell(std::string_view text);

/// One CSV record: every cell through csv_cell(), joined by `delimiter`, ended by CRLF as
/// spreadsheets write it.
std::string csv_row(const std::vector<std::string>& cells, char delimiter = ',');

}  // namespace labeltool::util
