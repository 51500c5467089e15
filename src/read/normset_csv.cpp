#include "read/normset_csv.hpp"

#include <utility>

#include "read/csv.hpp"
#include "read/normset_reader.hpp"
#include "read/schema.hpp"
#include "util/text.hpp"

namespace labeltool::read {
namespace {

std::vector<std::string> split(std::string_view cell, char separator) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= cell.size()) {
    const auto end = cell.find(separator, start);
    const auto item = util::trim(cell.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (!item.empty()) items.emplace_back(item);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return items;
}

}  // namespace

std::optional<model::NormSet> read_normset_csv(const std::string& path, std::string bytes, Diagnostics& diagnostics) {
  auto table = parse_csv(path, std::move(bytes), diagnostics);
  if (!table) return std::nullopt;
  const SourceFile& source = *table->source;
  const auto report = [&](Position position, Code code, std::string message) {
    diagnostics.push_back(make_diagnostic(source, position, code, std::move(message)));
  };
  const auto& rows = table->rows;
  if (rows.empty() || rows[0].cells.size() < 2 || rows[0].cells[0].text != "labeltool" ||
      rows[0].cells[1].text != "normset/1") {
    report({1, 1}, Code::MissingHeader, "the first row must be 'labeltool,normset/1' (write one with 'labeltool export csv')");
    return std::nullopt;
  }
  model::NormSet set;
  set.source = table->source;
  const auto cell = [](const CsvRow& row, std::size_t i) {
    return i < row.cells.size() ? std::string(util::trim(row.cells[i].text)) : std::string();
  };
  // Where cell i of a row is, or where the row starts when it is shorter than that: a short
  // row is a finding, never a read past its end.
  const auto position_of = [](const CsvRow& row, std::size_t i) {
    return i < row.cells.size() ? row.cells[i].position : row.cells.front().position;
  };
  // Multi-line texts keep their inner line breaks; only the ends are trimmed.
  const auto text = cell;
  const std::vector<std::string> keys = {"id", "version", "name", "owner", "valid_from", "valid_until", "language",
                                         "status", "status_note", "source", "scale", "verdict.max_not_met",
                                         "verdict.max_partly_met", "verdict.min_met_percent", "verdict.description",
                                         "scope", "discipline", "maturity_level", "theme"};
  // Numbers follow the same rule table as in YAML (type and range), so that every set
  // imported from CSV is also a valid normset/1 file.
  const auto& verdict_fields = *normset_schema().field("verdict")->object;
  const auto& scale_fields = *normset_schema().field("scale")->object;
  const auto& level_fields = *normset_schema().field("maturity_levels")->object;
  const auto number = [&](const CsvRow& row, std::size_t i, const FieldSchema& field) -> std::optional<double> {
    double value = 0;
    const std::string raw = cell(row, i);
    if (raw.empty()) return std::nullopt;
    const bool whole = field.type == ValueType::Integer;
    if (!parse_number(raw, value) || (whole && !whole_number(value))) {
      report(row.cells[i].position, Code::WrongType,
             "'" + util::escape_control(raw) + "' is not a " + (whole ? "whole number of at most 15 digits" : "number"));
      return std::nullopt;
    }
    if (auto range = out_of_range(field, value)) {
      report(row.cells[i].position, Code::InvalidValue,
             "'" + std::string(field.name) + "' is " + raw + "; it must be " + *range);
      return std::nullopt;
    }
    return value;
  };
  const auto whole_cell = [&](const CsvRow& row, std::size_t i, const FieldSchema& field) -> std::optional<long long> {
    const auto value = number(row, i, field);
    return value ? whole_number(*value) : std::nullopt;
  };
  const auto date = [&](const CsvRow& row) {
    const std::string value = cell(row, 1);
    if (!util::is_iso_date(value))
      report(position_of(row, 1), Code::InvalidDate,
             "'" + util::escape_control(value) + "' is not a date in the form YYYY-MM-DD");
    return value;
  };
  const auto id = [&](const CsvRow& row, std::size_t i) {
    const std::string value = cell(row, i);
    if (!is_valid_id(value))
      report(position_of(row, i), Code::InvalidId,
             "'" + util::escape_control(value) + "' is not a valid ID (letters, digits and . _ - only)");
    return value;
  };

  std::size_t r = 1;
  for (; r < rows.size() && !rows[r].is_empty(); ++r) {
    const auto& row = rows[r];
    const std::string key = cell(row, 0);
    const Position at = row.cells[0].position;
    if (key == "id") set.id = id(row, 1);
    else if (key == "version") set.version = id(row, 1);
    else if (key == "name") set.name = text(row, 1);
    else if (key == "owner") set.owner = text(row, 1);
    else if (key == "valid_from") set.valid_from = date(row);
    else if (key == "valid_until") set.valid_until = date(row), set.valid_until_position = position_of(row, 1);
    else if (key == "language") set.language = cell(row, 1);
    else if (key == "status") {
      if (auto status = model::parse_status(cell(row, 1))) {
        set.status = *status;
      } else {
        report(position_of(row, 1), Code::InvalidValue,
               "status '" + util::escape_control(cell(row, 1)) + "'; allowed: official, draft, illustrative");
      }
    } else if (key == "status_note") set.status_note = text(row, 1);
    else if (key == "source") set.sources.push_back(cell(row, 1));
    else if (key == "scale") {
      model::ScaleValue value;
      value.value = cell(row, 1);
      value.position = at;
      if (auto meaning = model::parse_meaning(cell(row, 2))) {
        value.meaning = *meaning;
      } else {
        report(position_of(row, 2), Code::InvalidValue,
               "meaning '" + util::escape_control(cell(row, 2)) + "'; allowed: met, partly-met, not-met, not-applicable");
      }
      value.score = number(row, 3, *scale_fields.field("score"));
      set.scale.push_back(std::move(value));
      set.has_scale = true;
    } else if (key.rfind("verdict.", 0) == 0) {
      if (!set.verdict) set.verdict = model::Verdict{}, set.verdict->position = at;
      if (key == "verdict.max_not_met") {
        if (auto n = whole_cell(row, 1, *verdict_fields.field("max_not_met"))) set.verdict->max_not_met = n;
      } else if (key == "verdict.max_partly_met") {
        if (auto n = whole_cell(row, 1, *verdict_fields.field("max_partly_met"))) set.verdict->max_partly_met = n;
      } else if (key == "verdict.min_met_percent") {
        set.verdict->min_met_percent = number(row, 1, *verdict_fields.field("min_met_percent"));
      } else if (key == "verdict.description") {
        set.verdict->description = text(row, 1);
      } else {
        report(at, Code::UnknownKey, "unknown key '" + util::escape_control(key) + "'");
      }
    } else if (key == "scope") {
      set.scopes.push_back({id(row, 1), text(row, 2), at}), set.has_scopes = true;
    } else if (key == "discipline") {
      set.disciplines.push_back({id(row, 1), text(row, 2), at}), set.has_disciplines = true;
    } else if (key == "maturity_level") {
      if (cell(row, 1).empty())
        report(position_of(row, 1), Code::MissingKey, "a 'maturity_level' row needs the level's number");
      set.maturity_levels.push_back({whole_cell(row, 1, *level_fields.field("level")).value_or(0), text(row, 2), at});
      set.has_levels = true;
    } else if (key == "theme") {
      set.themes.push_back({id(row, 1), text(row, 2), text(row, 3), {}, at});
    } else {
      report(at, Code::UnknownKey, "unknown key '" + util::escape_control(key) +
                                       "' in the metadata rows" + util::did_you_mean(key, keys));
    }
  }
  // The texts may not be empty, as the YAML writer leaves an empty text out and YAML
  // requires these keys; id and version (no text to check) are checked as IDs at their rows.
  const std::pair<const char*, const std::string*> required[] = {
      {"id", nullptr}, {"version", nullptr}, {"name", &set.name}, {"owner", &set.owner}, {"language", &set.language}};
  for (const auto& [key, text_value] : required) {
    std::size_t last = 0;  // the row that set it: a later row overrides an earlier one
    for (std::size_t i = 1; i < r; ++i)
      if (cell(rows[i], 0) == key) last = i;
    if (last == 0)
      report({1, 1}, Code::MissingKey, std::string("the metadata rows have no '") + key + "' row");
    else if (text_value && text_value->empty())
      report(position_of(rows[last], 1), Code::MissingKey, std::string("the '") + key + "' row has no value");
  }
  if (!set.verdict) report({1, 1}, Code::MissingKey, "the metadata rows have no 'verdict.description' row");
  check_metadata(set, diagnostics);
  if (set.status != model::Status::Official && set.status_note.empty())
    report({1, 1}, Code::MissingKey, "a norm set that is not official needs a 'status_note' row");

  while (r < rows.size() && rows[r].is_empty()) ++r;
  if (r == rows.size()) {
    report({static_cast<std::uint32_t>(rows.size()), 1}, Code::MissingKey,
           "no norm table: after the metadata rows and an empty row comes 'theme,norm,title,text,guidance,evidence,applies_to,discipline'");
    return set;
  }
  const std::vector<std::string> columns = {"theme", "norm", "title", "text", "guidance", "evidence", "applies_to", "discipline"};
  std::vector<int> column_of(columns.size(), -1);
  for (std::size_t c = 0; c < rows[r].cells.size(); ++c) {
    const std::string name = cell(rows[r], c);
    bool known = false;
    for (std::size_t k = 0; k < columns.size(); ++k)
      if (columns[k] == name) column_of[k] = static_cast<int>(c), known = true;
    if (!known && !name.empty()) {
      report(rows[r].cells[c].position, Code::UnknownKey,
             "unknown column '" + util::escape_control(name) + "'" +
                 util::did_you_mean(name, columns));
    }
  }
  for (std::size_t k : {0u, 1u, 2u, 3u})
    if (column_of[k] < 0)
      report(rows[r].cells.front().position, Code::MissingKey, "the norm table has no '" + columns[k] + "' column");
  if (column_of[0] < 0 || column_of[1] < 0) return set;
  for (++r; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.is_empty()) continue;
    const auto col = [&](std::size_t k) { return column_of[k] < 0 ? std::string() : cell(row, static_cast<std::size_t>(column_of[k])); };
    model::Norm norm;
    norm.theme_id = col(0);
    norm.id = id(row, static_cast<std::size_t>(column_of[1]));
    norm.title = col(2);
    norm.text = col(3);
    norm.guidance = col(4);
    norm.evidence = split(col(5), '\n');
    norm.applies_to = split(col(6), '|');
    norm.discipline = split(col(7), '|');
    norm.position = position_of(row, static_cast<std::size_t>(column_of[1]));
    norm.applies_to_position = norm.discipline_position = norm.position;
    norm.source = table->source;
    const Position theme_position = position_of(row, static_cast<std::size_t>(column_of[0]));
    if (norm.title.empty()) report(norm.position, Code::EmptyText, "norm " + norm.id + " has no title");
    if (norm.text.empty()) report(norm.position, Code::EmptyText, "norm " + norm.id + " has no text");
    model::Theme* theme = nullptr;
    for (auto& t : set.themes)
      if (t.id == norm.theme_id) theme = &t;
    if (!theme) {
      std::vector<std::string> ids;
      for (const auto& t : set.themes) ids.push_back(t.id);
      report(theme_position, Code::UnknownTheme,
             "theme '" + util::escape_control(norm.theme_id) +
                 "' is not declared in a 'theme' row" + util::did_you_mean(norm.theme_id, ids));
      continue;
    }
    theme->norms.push_back(std::move(norm));
  }
  // As in YAML, where a theme's 'norms' may not be empty.
  for (const auto& theme : set.themes)
    if (theme.norms.empty())
      report(theme.position, Code::MissingKey, "theme '" + util::escape_control(theme.id) + "' has no norm rows");
  return set;
}

}  // namespace labeltool::read
