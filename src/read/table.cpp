#include "read/table.hpp"

#include <algorithm>
#include <tuple>

#include "util/text.hpp"

namespace labeltool::read {

bool TableRow::is_empty() const {
  for (const auto& cell : cells)
    if (!util::trim(cell.text).empty()) return false;
  return true;
}

std::string cell_text(const TableRow& row, std::size_t i) {
  return i < row.cells.size() ? std::string(util::trim(row.cells[i].text)) : std::string();
}

Position cell_position(const TableRow& row, std::size_t i) {
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

std::vector<int> find_columns(const TableRow& header, const std::vector<std::string>& columns,
                              const SourceFile& source, Diagnostics& diagnostics,
                              UnknownColumns unknown, const ColumnSynonyms& synonyms) {
  std::vector<int> column_of(columns.size(), -1);
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    const std::string name = cell_text(header, c);
    if (name.empty()) continue;  // Excel pads rows with empty cells
    const auto known = std::find(columns.begin(), columns.end(), name);
    if (known != columns.end()) {
      column_of[static_cast<std::size_t>(known - columns.begin())] = static_cast<int>(c);
      continue;
    }
    const std::string synonym = synonyms ? synonyms(name) : std::string();
    const std::string hint =
        synonym.empty() ? util::did_you_mean(name, columns) : " (did you mean '" + synonym + "'?)";
    const std::string shown = util::escape_control(name);
    if (unknown == UnknownColumns::IgnoreWithNote && hint.empty()) {
      diagnostics.push_back(make_diagnostic(
          source, header.cells[c].position, Code::IgnoredColumn,
          Message{"column '" + shown + "' is not one labeltool reads; it is ignored",
                  "kolom '" + shown + "' leest labeltool niet; die wordt overgeslagen"}));
      continue;
    }
    std::string hint_nl = hint;
    if (!hint.empty()) {
      const auto open = hint.find('\'');
      hint_nl = " (bedoelt u " + hint.substr(open, hint.rfind('\'') - open + 1) + "?)";
    }
    diagnostics.push_back(make_diagnostic(source, header.cells[c].position, Code::UnknownKey,
                                          Message{"unknown column '" + shown + "'" + hint,
                                                  "onbekende kolom '" + shown + "'" + hint_nl}));
  }
  return column_of;
}

std::optional<Table> table_of_sheet(const xlsx::Sheet& sheet, Diagnostics& diagnostics) {
  std::vector<const xlsx::Cell*> cells;
  cells.reserve(sheet.cells.size());
  for (const auto& cell : sheet.cells) cells.push_back(&cell);
  // Producers write cells in order; a hand-made file need not.
  std::stable_sort(cells.begin(), cells.end(), [](const xlsx::Cell* a, const xlsx::Cell* b) {
    return std::tie(a->position.line, a->position.column) <
           std::tie(b->position.line, b->position.column);
  });
  Table table;
  table.source = sheet.source;
  std::size_t budget = kMaxTableCells;
  for (const xlsx::Cell* cell : cells) {
    const Position at = cell->position;
    if (table.rows.empty() || table.rows.back().cells.front().position.line != at.line)
      table.rows.emplace_back();
    auto& row = table.rows.back().cells;
    const std::uint32_t next = row.empty() ? 1 : row.back().position.column + 1;
    if (!row.empty() && at.column < next) continue;  // the same cell twice: the first counts
    if (at.column - next + 1 > budget) {
      const std::string limit = std::to_string(kMaxTableCells);
      diagnostics.push_back(make_diagnostic(*sheet.source, at, Code::XlsxLimit,
                                            Message{"the sheet spans more than " + limit +
                                                        " cells up to here, too many to read "
                                                        "as a form",
                                                    "het blad beslaat tot hier meer dan " + limit +
                                                        " cellen, te veel om als "
                                                        "formulier te lezen"}));
      return std::nullopt;
    }
    budget -= at.column - next + 1;
    for (std::uint32_t column = next; column < at.column; ++column)
      row.push_back({"", {at.line, column}, CellValue::Text});
    row.push_back(
        {cell->text, at, cell->type == xlsx::CellType::Date ? CellValue::Date : CellValue::Text});
  }
  return table;
}

}  // namespace labeltool::read
