#include "read/normset_csv.hpp"

#include <utility>

#include "read/csv.hpp"
#include "read/normset_reader.hpp"
#include "read/schema.hpp"
#include "read/values.hpp"
#include "util/text.hpp"

namespace labeltool::read {
namespace {

/// The keys of the metadata rows, for "did you mean".
const std::vector<std::string> kMetadataKeys = {"id",
                                                "version",
                                                "name",
                                                "owner",
                                                "valid_from",
                                                "valid_until",
                                                "language",
                                                "status",
                                                "status_note",
                                                "source",
                                                "scale",
                                                "verdict.max_not_met",
                                                "verdict.max_partly_met",
                                                "verdict.min_met_percent",
                                                "verdict.description",
                                                "scope",
                                                "discipline",
                                                "maturity_level",
                                                "theme"};

/// The norm table's columns; the first four are required.
const std::vector<std::string> kNormColumns = {"theme",    "norm",     "title",      "text",
                                               "guidance", "evidence", "applies_to", "discipline"};
enum NormColumn : std::size_t {
  kTheme,
  kNormId,
  kTitle,
  kText,
  kGuidance,
  kEvidence,
  kAppliesTo,
  kDiscipline
};

/// The rules of the normset/1 schema for a key of `object`: values in CSV are checked by the
/// same table as in YAML, so every set imported from CSV is also a valid normset/1 file.
const FieldSchema& rule(const ObjectSchema& object, std::string_view key) {
  return *object.field(key);
}
const ObjectSchema& part(std::string_view key) { return *normset_schema().field(key)->object; }
const ObjectSchema& norm_part() { return *part("themes").field("norms")->object; }

/// Reads the rows of one norm-set CSV into a NormSet, reporting every problem at its cell.
class NormsetCsvReader {
 public:
  NormsetCsvReader(const CsvTable& table, Diagnostics& diagnostics)
      : table_(table), rows_(table.rows), diagnostics_(diagnostics) {
    set_.source = table.source;
  }

  model::NormSet read() {
    std::size_t r = 1;
    for (; r < rows_.size() && !rows_[r].is_empty(); ++r) read_metadata_row(rows_[r]);
    check_metadata_block(r);
    while (r < rows_.size() && rows_[r].is_empty()) ++r;
    read_norm_table(r);
    return std::move(set_);
  }

 private:
  void report(Position position, Code code, Message message) {
    diagnostics_.push_back(make_diagnostic(*table_.source, position, code, std::move(message)));
  }

  /// Cell `i`, checked against `field`; the text is kept even when it is reported.
  std::string checked(const CsvRow& row, std::size_t i, const FieldSchema& field) {
    std::string value = cell_text(row, i);
    if (auto problem = check_value(field, value))
      report(cell_position(row, i), problem->code, std::move(problem->message));
    return value;
  }

  /// The number in cell `i`; nullopt when the cell is empty or the number is reported.
  std::optional<double> number(const CsvRow& row, std::size_t i, const FieldSchema& field) {
    const std::string raw = cell_text(row, i);
    if (raw.empty()) return std::nullopt;
    if (auto problem = check_value(field, raw)) {
      report(row.cells[i].position, problem->code, std::move(problem->message));
      return std::nullopt;
    }
    double value = 0;
    parse_number(raw, value);
    return value;
  }

  std::optional<long long> whole(const CsvRow& row, std::size_t i, const FieldSchema& field) {
    const auto value = number(row, i, field);
    return value ? whole_number(*value) : std::nullopt;
  }

  void read_metadata_row(const CsvRow& row) {
    const std::string key = cell_text(row, 0);
    const auto& root = normset_schema();
    const auto text = [&](std::size_t i) { return cell_text(row, i); };
    if (key == "id")
      set_.id = checked(row, 1, rule(root, "id"));
    else if (key == "version")
      set_.version = checked(row, 1, rule(root, "version"));
    else if (key == "name")
      set_.name = text(1);
    else if (key == "owner")
      set_.owner = text(1);
    else if (key == "valid_from")
      set_.valid_from = checked(row, 1, rule(root, "valid_from"));
    else if (key == "valid_until") {
      set_.valid_until = checked(row, 1, rule(root, "valid_until"));
      set_.valid_until_position = cell_position(row, 1);
    } else if (key == "language")
      set_.language = text(1);
    else if (key == "status") {
      if (auto status = model::parse_status(checked(row, 1, rule(root, "status"))))
        set_.status = *status;
    } else if (key == "status_note")
      set_.status_note = text(1);
    else if (key == "source")
      set_.sources.push_back(text(1));
    else if (key == "scale")
      read_scale_row(row);
    else if (key.rfind("verdict.", 0) == 0)
      read_verdict_row(row, key);
    else if (key == "scope") {
      set_.scopes.push_back({checked(row, 1, rule(part("scopes"), "id")), text(2), at(row)});
      set_.has_scopes = true;
    } else if (key == "discipline") {
      set_.disciplines.push_back(
          {checked(row, 1, rule(part("disciplines"), "id")), text(2), at(row)});
      set_.has_disciplines = true;
    } else if (key == "maturity_level") {
      if (text(1).empty())
        report(cell_position(row, 1), Code::MissingKey,
               {"a 'maturity_level' row needs the level's number",
                "op een regel 'maturity_level' hoort het nummer van het niveau"});
      const auto level = whole(row, 1, rule(part("maturity_levels"), "level"));
      set_.maturity_levels.push_back({level.value_or(0), text(2), at(row)});
      set_.has_levels = true;
    } else if (key == "theme") {
      set_.themes.push_back(
          {checked(row, 1, rule(part("themes"), "id")), text(2), text(3), {}, at(row)});
    } else {
      const std::string shown = util::escape_control(key);
      Message message{"unknown key '" + shown + "' in the metadata rows",
                      "onbekende sleutel '" + shown + "' in de regels boven de normentabel"};
      message += did_you_mean(key, kMetadataKeys);
      report(at(row), Code::UnknownKey, std::move(message));
    }
  }

  static Position at(const CsvRow& row) { return row.cells[0].position; }

  void read_scale_row(const CsvRow& row) {
    const auto& scale = part("scale");
    model::ScaleValue value;
    value.value = cell_text(row, 1);
    value.position = at(row);
    if (auto meaning = model::parse_meaning(checked(row, 2, rule(scale, "meaning"))))
      value.meaning = *meaning;
    value.score = number(row, 3, rule(scale, "score"));
    set_.scale.push_back(std::move(value));
    set_.has_scale = true;
  }

  void read_verdict_row(const CsvRow& row, const std::string& key) {
    const auto& verdict = part("verdict");
    if (!set_.verdict) set_.verdict = model::Verdict{}, set_.verdict->position = at(row);
    model::Verdict& rule_set = *set_.verdict;
    if (key == "verdict.max_not_met") {
      if (auto n = whole(row, 1, rule(verdict, "max_not_met"))) rule_set.max_not_met = n;
    } else if (key == "verdict.max_partly_met") {
      if (auto n = whole(row, 1, rule(verdict, "max_partly_met"))) rule_set.max_partly_met = n;
    } else if (key == "verdict.min_met_percent") {
      rule_set.min_met_percent = number(row, 1, rule(verdict, "min_met_percent"));
    } else if (key == "verdict.description") {
      rule_set.description = cell_text(row, 1);
    } else {
      const std::string shown = util::escape_control(key);
      report(at(row), Code::UnknownKey,
             {"unknown key '" + shown + "'", "onbekende sleutel '" + shown + "'"});
    }
  }

  /// What the metadata rows `1..end` must hold together.
  void check_metadata_block(std::size_t end) {
    // The texts may not be empty, as the YAML writer leaves an empty text out and YAML
    // requires these keys; id and version (no text to check) are checked as IDs at their rows.
    const std::pair<const char*, const std::string*> required[] = {{"id", nullptr},
                                                                   {"version", nullptr},
                                                                   {"name", &set_.name},
                                                                   {"owner", &set_.owner},
                                                                   {"language", &set_.language}};
    for (const auto& [key, text_value] : required) {
      std::size_t last = 0;  // the row that set it: a later row overrides an earlier one
      for (std::size_t i = 1; i < end; ++i)
        if (cell_text(rows_[i], 0) == key) last = i;
      if (last == 0) {
        report({1, 1}, Code::MissingKey,
               {std::string("the metadata rows have no '") + key + "' row",
                std::string("boven de normentabel ontbreekt de regel '") + key + "'"});
      } else if (text_value && text_value->empty()) {
        auto problem = empty_value(rule(normset_schema(), key));
        report(cell_position(rows_[last], 1), problem.code, std::move(problem.message));
      }
    }
    if (!set_.verdict)
      report({1, 1}, Code::MissingKey,
             {"the metadata rows have no 'verdict.description' row",
              "boven de normentabel ontbreekt de regel 'verdict.description' (de beslisregel)"});
    check_metadata(set_, diagnostics_);
    if (set_.status != model::Status::Official && set_.status_note.empty())
      report({1, 1}, Code::MissingKey,
             {"a norm set that is not official needs a 'status_note' row",
              "een normenkader dat niet officieel is, heeft een regel 'status_note' nodig"});
  }

  /// The norm table, from its header row `r` on.
  void read_norm_table(std::size_t r) {
    if (r == rows_.size()) {
      report({static_cast<std::uint32_t>(rows_.size()), 1}, Code::MissingKey,
             {"no norm table: after the metadata rows and an empty row comes "
              "'theme,norm,title,text,guidance,evidence,applies_to,discipline'",
              "de normentabel ontbreekt: na de regels bovenaan en een lege regel komt "
              "'theme,norm,title,text,guidance,evidence,applies_to,discipline'"});
      return;
    }
    const auto column_of = find_columns(rows_[r], kNormColumns, *table_.source, diagnostics_);
    for (std::size_t k : {kTheme, kNormId, kTitle, kText})
      if (column_of[k] < 0)
        report(rows_[r].cells.front().position, Code::MissingKey,
               {"the norm table has no '" + kNormColumns[k] + "' column",
                "de normentabel heeft geen kolom '" + kNormColumns[k] + "'"});
    if (column_of[kTheme] < 0 || column_of[kNormId] < 0) return;
    for (++r; r < rows_.size(); ++r)
      if (!rows_[r].is_empty()) read_norm_row(rows_[r], column_of);
    // As in YAML, where a theme's 'norms' may not be empty.
    for (const auto& theme : set_.themes)
      if (theme.norms.empty())
        report(theme.position, Code::MissingKey,
               {"theme '" + util::escape_control(theme.id) + "' has no norm rows",
                "bij thema '" + util::escape_control(theme.id) + "' staan geen normen"});
  }

  void read_norm_row(const CsvRow& row, const std::vector<int>& column_of) {
    // Cell index of a column; a missing optional column reads as a cell past the row's end.
    const auto index = [&](NormColumn k) {
      return column_of[k] < 0 ? row.cells.size() : static_cast<std::size_t>(column_of[k]);
    };
    const auto col = [&](NormColumn k) { return cell_text(row, index(k)); };
    model::Norm norm;
    norm.theme_id = col(kTheme);
    norm.id = checked(row, index(kNormId), rule(norm_part(), "id"));
    norm.title = col(kTitle);
    norm.text = col(kText);
    norm.guidance = col(kGuidance);
    norm.evidence = split_cell(col(kEvidence), '\n');
    norm.applies_to = split_cell(col(kAppliesTo), '|');
    norm.discipline = split_cell(col(kDiscipline), '|');
    norm.position = cell_position(row, index(kNormId));
    norm.applies_to_position = norm.discipline_position = norm.position;
    norm.source = table_.source;
    for (NormColumn k : {kTitle, kText}) {
      if (!col(k).empty()) continue;
      auto problem = empty_value(rule(norm_part(), kNormColumns[k]));
      report(cell_position(row, index(k)), problem.code, std::move(problem.message));
    }
    model::Theme* theme = nullptr;
    for (auto& t : set_.themes)
      if (t.id == norm.theme_id) theme = &t;
    if (!theme) {
      std::vector<std::string> ids;
      for (const auto& t : set_.themes) ids.push_back(t.id);
      const std::string shown = util::escape_control(norm.theme_id);
      Message message{"theme '" + shown + "' is not declared in a 'theme' row",
                      "thema '" + shown + "' staat niet in een regel 'theme' bovenaan"};
      message += did_you_mean(norm.theme_id, ids);
      report(cell_position(row, index(kTheme)), Code::UnknownTheme, std::move(message));
      return;
    }
    theme->norms.push_back(std::move(norm));
  }

  const CsvTable& table_;
  const std::vector<CsvRow>& rows_;
  Diagnostics& diagnostics_;
  model::NormSet set_;
};

}  // namespace

std::optional<model::NormSet> read_normset_csv(const std::string& path, std::string bytes,
                                               Diagnostics& diagnostics) {
  auto table = parse_csv(path, std::move(bytes), diagnostics);
  if (!table) return std::nullopt;
  if (!starts_with_kind(*table, "normset/1")) {
    diagnostics.push_back(make_diagnostic(
        *table->source, {1, 1}, Code::MissingHeader,
        {"the first row must be 'labeltool,normset/1' (write one with 'labeltool export csv')",
         "de eerste regel moet 'labeltool,normset/1' zijn (maak zo'n bestand met 'labeltool "
         "export csv')"}));
    return std::nullopt;
  }
  return NormsetCsvReader(*table, diagnostics).read();
}

}  // namespace labeltool::read
