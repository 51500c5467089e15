#pragma once
/// Zip archives built in memory with libzip, so that the xlsx tests need no disk and can make
/// the hostile archives (../ names, bombs) no real producer writes.
#include <string>
#include <utility>
#include <vector>

namespace labeltool::testing {

/// A zip archive of `members` (name, content), deflated, as bytes.
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& members);

/// The parts of a minimal workbook with one sheet "Zelfevaluatie" whose sheetData is
/// `sheet_data`, shared strings `shared` (none when empty: no sharedStrings.xml), and
/// `date1904`. Extra members can be added before zipping.
std::vector<std::pair<std::string, std::string>> workbook_parts(
    const std::string& sheet_data, const std::vector<std::string>& shared = {},
    bool date1904 = false);

/// The cells of a row as inline strings: {"labeltool", "zelfevaluatie/1"} on row 1 is
/// <row r="1"><c r="A1" t="inlineStr"><is><t>labeltool</t></is></c>…</row>.
std::string inline_row(unsigned row, const std::vector<std::string>& texts);

}  // namespace labeltool::testing
