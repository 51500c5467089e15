#include "read/zelfevaluatie_reader.hpp"

#include <algorithm>

#include "read/csv.hpp"
#include "read/extract.hpp"
#include "read/form_layout.hpp"
#include "read/schema.hpp"
#include "read/validate.hpp"
#include "read/values.hpp"
#include "util/date.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace labeltool::read {

model::Zelfevaluatie read_zelfevaluatie(const yaml::Document& document, Diagnostics& diagnostics) {
  const yaml::Node& root = document.root;
  validate(root, zelfevaluatie_schema(), *document.source, diagnostics);
  model::Zelfevaluatie z;
  z.source = document.source;
  z.normset = text_of(root, "normset");
  z.normset_position = position_of(root, "normset");
  z.organisation = text_of(root, "organisation");
  if (root.find("organisation")) z.organisation_position = position_of(root, "organisation");
  z.scope = list_of(root, "scope").value_or(std::vector<std::string>{});
  z.scope_position = position_of(root, "scope");
  z.date = text_of(root, "date");
  z.filled_in_by = list_of(root, "filled_in_by").value_or(std::vector<std::string>{});
  z.answers_position = root.find("answers") ? root.find("answers")->key_position : root.position;
  if (const yaml::Node* answers = root.find("answers"); answers && answers->is_mapping()) {
    z.answers.reserve(answers->children.size());
    for (const auto& item : answers->children) {
      model::Answer answer;
      answer.norm_id = item.key;
      answer.position = item.key_position;
      if (item.is_mapping()) {
        answer.score = text_of(item, "score");
        answer.score_position = position_of(item, "score");
        answer.toelichting = std::string(util::trim(text_of(item, "toelichting")));
        answer.evidence = list_of(item, "evidence").value_or(std::vector<std::string>{});
        answer.action = std::string(util::trim(text_of(item, "action")));
        answer.owner = std::string(util::trim(text_of(item, "owner")));
        answer.due = text_of(item, "due");
        answer.due_position = position_of(item, "due");
      }
      z.answers.push_back(std::move(answer));
    }
  }
  return z;
}

namespace {

/// Where the zelfevaluatie form comes from: its rules differ where people edit a workbook.
enum class FormLayout { Csv, Workbook };

/// Reports the problem of one CSV cell, if it has one.
struct CellReporter {
  const SourceFile& source;
  Diagnostics& diagnostics;

  void report(Position position, Code code, Message message) {
    diagnostics.push_back(make_diagnostic(source, position, code, std::move(message)));
  }
  /// Checks `value` (the cell at `position`) against `field` of the zelfevaluatie/1 schema.
  void check(const FieldSchema& field, std::string_view value, Position position) {
    if (auto problem = check_value(field, value)) report(position, problem->code, problem->both());
  }
  /// A date cell: ISO as it is; D-M-YYYY, as Excel NL saves an ISO date it has shown as a
  /// date, read as the date it means with a note that shows the ISO form. Anything else is
  /// checked as a date, so a two-digit year or 30-2-2026 is an error that says so.
  /// A date the workbook stored as a date (`typed` Date) is already ISO and means one day
  /// only: it is read without a note, since a form filled in as intended has nothing to say.
  std::string date(const FieldSchema& field, std::string value, Position position,
                   CellValue typed = CellValue::Text) {
    if (typed == CellValue::Date && util::read_date(value).exists) return value;
    const util::DateReading reading = util::read_date(value);
    if (reading.form == util::DateForm::DutchLong && reading.exists) {
      const std::string name(field.name), shown = util::escape_control(value);
      report(position, Code::SpreadsheetDate,
             Message{"'" + name + "' " + shown + " was read as " + reading.iso,
                     "'" + name + "' " + shown + " is gelezen als " + reading.iso});
      return reading.iso;
    }
    check(field, value, position);
    return value;
  }
};

/// The machine name of the metadata row whose column A says `label`: in the CSV form the
/// machine name itself; in a workbook also its Dutch or English label (any case). "" for none.
std::string_view metadata_key(std::string_view label, FormLayout layout) {
  if (layout == FormLayout::Csv) {
    for (const auto& field : form::kMetadata)
      if (field.key == label) return field.key;
    return {};
  }
  const std::string lower = util::ascii_lower(util::trim(label));
  for (const auto& field : form::kMetadata)
    if (lower == field.key || lower == util::ascii_lower(field.label.nl) ||
        lower == util::ascii_lower(field.label.en))
      return field.key;
  return {};
}

/// The values of a cell that holds several: '|' in the CSV form; in a workbook one per line
/// (Alt+Enter), '|' accepted too.
std::vector<std::string> items_of(const std::string& value, FormLayout layout) {
  if (layout == FormLayout::Csv) return split_cell(value, '|');
  std::vector<std::string> items;
  for (const auto& line : split_cell(value, form::kItemSeparator))
    for (auto& item : split_cell(line, '|')) items.push_back(std::move(item));
  return items;
}

/// The metadata rows [first, end): key and value in the first two cells. In the CSV form
/// every row is a key, and an unknown one is an error; in a workbook a row whose column A is
/// no known label (the title, the illustrative line) is for people and skipped.
void read_metadata(const std::vector<TableRow>& rows, std::size_t first, std::size_t end,
                   FormLayout layout, model::Zelfevaluatie& z, CellReporter& out) {
  static const std::vector<std::string> keys = {"normset", "organisation", "scope", "date",
                                                "filled_in_by"};
  const ObjectSchema& schema = zelfevaluatie_schema();
  std::vector<std::string_view> found;
  for (std::size_t row_index = first; row_index < end; ++row_index) {
    const auto& row = rows[row_index];
    if (row.is_empty()) continue;
    const auto& key = row.cells[0];
    const std::string value = cell_text(row, 1);
    const Position value_position = cell_position(row, 1);
    const std::string_view name = metadata_key(key.text, layout);
    found.push_back(name);
    if (name == "normset") {
      z.normset = value, z.normset_position = value_position;
      out.check(*schema.field("normset"), value, value_position);
    } else if (name == "organisation") {
      z.organisation = value, z.organisation_position = value_position;
    } else if (name == "scope") {
      z.scope = items_of(value, layout), z.scope_position = value_position;
    } else if (name == "date") {
      const CellValue typed = row.cells.size() > 1 ? row.cells[1].value : CellValue::Text;
      z.date = out.date(*schema.field("date"), value, value_position, typed);
    } else if (name == "filled_in_by") {
      z.filled_in_by = items_of(value, layout);
    } else if (layout == FormLayout::Csv) {
      const std::string shown = util::escape_control(key.text);
      Message message{"unknown key '" + shown + "' in the metadata rows",
                      "onbekend veld '" + shown + "' in de regels bovenaan"};
      const std::string_view synonym = synonym_key(schema, key.text);
      message += synonym.empty() ? did_you_mean(key.text, keys) : meant(synonym);
      out.report(key.position, Code::UnknownKey, std::move(message));
    }
  }
  const Position top = rows.empty() ? Position{1, 1} : rows.front().cells.front().position;
  for (const auto& field : form::kMetadata) {
    if (field.key == "scope" || field.key == "filled_in_by") continue;
    if (std::find(found.begin(), found.end(), field.key) != found.end()) continue;
    const std::string key(field.key);
    if (layout == FormLayout::Csv) {
      out.report(top, Code::MissingKey,
                 Message{"the metadata rows have no '" + key + "' row",
                         "de regels bovenaan missen de regel '" + key + "'"});
    } else {
      out.report(top, Code::MissingKey,
                 Message{"the sheet has no row '" + std::string(field.label.en) +
                             "' (column A) above the answer table",
                         "het blad heeft geen regel '" + std::string(field.label.nl) +
                             "' (kolom A) boven de antwoordtabel"});
    }
  }
}

enum AnswerColumn : std::size_t {
  kNorm,
  kTitle,
  kScore,
  kToelichting,
  kEvidence,
  kAction,
  kOwner,
  kDue
};

/// One row of the answer table. A row with a norm but no score is "not answered yet", as in
/// a fresh template: it is kept with an empty score, as the YAML form keeps an empty 'score:',
/// so that check can point at the norm's own row. nullopt for a row without a norm.
std::optional<model::Answer> read_answer_row(const TableRow& row, const std::vector<int>& column_of,
                                             CellReporter& out) {
  const auto cell = [&](AnswerColumn k) -> const TableCell* {
    const int c = column_of[k];
    const bool present = c >= 0 && static_cast<std::size_t>(c) < row.cells.size();
    return present ? &row.cells[static_cast<std::size_t>(c)] : nullptr;
  };
  const auto text = [&](AnswerColumn k) {
    return cell(k) ? std::string(util::trim(cell(k)->text)) : std::string();
  };
  model::Answer answer;
  answer.norm_id = text(kNorm);
  answer.position = cell(kNorm) ? cell(kNorm)->position : row.cells.front().position;
  const TableCell* score = cell(kScore);
  // The score as typed, spaces included: check reads 'voldoet ' as 'voldoet' and says so. A
  // row with a norm but no score is kept, so that its finding points at its own row.
  answer.score = score ? score->text : std::string();
  if (!score || util::trim(answer.score).empty()) {
    if (answer.norm_id.empty()) return std::nullopt;
    answer.score.clear();
    return answer;
  }
  answer.score_position = score->position;
  answer.toelichting = text(kToelichting);
  answer.evidence =
      cell(kEvidence) ? split_cell(cell(kEvidence)->text, '\n') : std::vector<std::string>{};
  answer.action = text(kAction);
  answer.owner = text(kOwner);
  answer.due = text(kDue);
  const auto* due_cell = cell(kDue);
  answer.due_position = due_cell ? due_cell->position : answer.position;
  if (due_cell && !answer.due.empty()) {  // a due date is text of a cell that exists
    const ObjectSchema& answer_schema = *zelfevaluatie_schema().field("answers")->object;
    answer.due =
        out.date(*answer_schema.field("due"), answer.due, answer.due_position, due_cell->value);
  }
  return answer;
}

/// The answer table, from its header row `row_index` on: columns are found by their header,
/// so their order may change.
const std::vector<std::string>& answer_columns() {
  static const std::vector<std::string> columns = {"norm",     "title",  "score", "toelichting",
                                                   "evidence", "action", "owner", "due"};
  return columns;
}

/// A workbook's header row in the machine names the CSV form uses: a column's Dutch or
/// English label (any case) becomes its key, and the norm information columns this reader
/// does not need (theme, norm text, evidence asked for) become empty, so they pass without a
/// note. Other headers stay as typed, to be ignored with a note or met with did-you-mean.
TableRow header_in_keys(const TableRow& header) {
  const auto& read = answer_columns();
  TableRow keys = header;
  for (auto& cell : keys.cells) {
    const std::string lower = util::ascii_lower(util::trim(cell.text));
    for (const auto& field : form::kColumns) {
      if (lower != field.key && lower != util::ascii_lower(field.label.nl) &&
          lower != util::ascii_lower(field.label.en))
        continue;
      const bool wanted = std::find(read.begin(), read.end(), field.key) != read.end();
      cell.text = wanted ? std::string(field.key) : std::string();
      break;
    }
  }
  return keys;
}

/// True when `row`, in machine names, has both the norm and the score column.
bool is_answer_header(const TableRow& row) {
  bool norm = false, score = false;
  for (const auto& cell : row.cells) {
    norm = norm || cell.text == "norm";
    score = score || cell.text == "score";
  }
  return norm && score;
}

void read_answer_table(const std::vector<TableRow>& rows, std::size_t row_index, FormLayout layout,
                       model::Zelfevaluatie& z, CellReporter& out) {
  const auto& columns = answer_columns();
  const TableRow header =
      layout == FormLayout::Workbook ? header_in_keys(rows[row_index]) : rows[row_index];
  z.answers_position = header.cells.front().position;
  const ObjectSchema& answer_schema = *zelfevaluatie_schema().field("answers")->object;
  const auto column_of = find_columns(
      header, columns, out.source, out.diagnostics, UnknownColumns::IgnoreWithNote,
      [&](std::string_view name) { return std::string(synonym_key(answer_schema, name)); });
  for (std::size_t k : {kNorm, kScore}) {
    if (column_of[k] < 0)
      out.report(header.cells.empty() ? Position{} : header.cells[0].position, Code::MissingKey,
                 Message{"the answer table has no '" + columns[k] + "' column",
                         "de antwoordtabel heeft geen kolom '" + columns[k] + "'"});
  }
  if (column_of[kNorm] < 0 || column_of[kScore] < 0) return;

  for (++row_index; row_index < rows.size(); ++row_index) {
    if (rows[row_index].is_empty()) continue;
    auto answer = read_answer_row(rows[row_index], column_of, out);
    if (!answer) continue;
    // A norm ID twice is the CSV form of a duplicate key.
    for (const auto& earlier : z.answers) {
      if (earlier.norm_id != answer->norm_id) continue;
      const std::string id = util::escape_control(answer->norm_id);
      auto diagnostic = make_diagnostic(
          out.source, answer->position, Code::DuplicateKey,
          Message{"norm " + id + " is answered twice; remove or merge one row",
                  "norm " + id + " is twee keer beantwoord; haal een regel weg of voeg ze samen"});
      diagnostic.related.push_back(make_related(
          out.source, earlier.position, Message{"first answered here", "eerste antwoord hier"}));
      out.diagnostics.push_back(std::move(diagnostic));
      break;
    }
    z.answers.push_back(std::move(*answer));
  }
}

/// The zelfevaluatie form in a table (the CSV file, or the answer sheet of a workbook), its
/// kind row checked: the metadata rows, then the answer table.
model::Zelfevaluatie read_form(const Table& table, FormLayout layout, CellReporter& out) {
  model::Zelfevaluatie z;
  z.source = table.source;
  const auto& rows = table.rows;
  std::size_t header = 1;
  if (layout == FormLayout::Csv) {
    // The metadata rows run up to the first empty row; the answer table follows.
    while (header < rows.size() && !rows[header].is_empty()) ++header;
    read_metadata(rows, 1, header, layout, z, out);
    while (header < rows.size() && rows[header].is_empty()) ++header;
  } else {
    // Rows may be added above the answer table: its header is the first row with both the
    // norm and the score column.
    while (header < rows.size() && !is_answer_header(header_in_keys(rows[header]))) ++header;
    read_metadata(rows, 1, header, layout, z, out);
  }
  if (header >= rows.size()) {
    const Position end = layout == FormLayout::Csv
                             ? Position{static_cast<std::uint32_t>(rows.size()), 1}
                             : rows.front().cells.front().position;
    if (layout == FormLayout::Csv) {
      out.report(end, Code::MissingKey,
                 Message{"no answer table: after the metadata rows and an empty row comes the "
                         "header 'norm,title,score,toelichting,evidence,action,owner,due'",
                         "de antwoordtabel ontbreekt: na de regels bovenaan en een lege regel "
                         "komt de kop 'norm,title,score,toelichting,evidence,action,owner,due'"});
    } else {
      out.report(end, Code::MissingKey,
                 Message{"no answer table: no row has both a 'Norm' and a 'Score' column "
                         "(make the workbook with 'labeltool template --format xlsx')",
                         "de antwoordtabel ontbreekt: geen regel heeft zowel een kolom 'Norm' "
                         "als 'Score' (maak de werkmap met 'labeltool template --format xlsx')"});
    }
    return z;
  }
  read_answer_table(rows, header, layout, z, out);
  return z;
}

}  // namespace

std::optional<model::Zelfevaluatie> read_zelfevaluatie_csv(const std::string& path,
                                                           std::string bytes,
                                                           Diagnostics& diagnostics) {
  auto table = parse_csv(path, std::move(bytes), diagnostics);
  if (!table) return std::nullopt;
  CellReporter out{*table->source, diagnostics};
  if (!starts_with_kind(*table, "zelfevaluatie/1")) {
    const std::string first_row =
        "labeltool" + std::string(1, table->delimiter) + "zelfevaluatie/1";
    out.report({1, 1}, Code::MissingHeader,
               Message{"the first row must be '" + first_row +
                           "' (write the CSV with 'labeltool template --format csv')",
                       "de eerste regel moet '" + first_row +
                           "' zijn (maak het bestand met 'labeltool template --format csv')"});
    return std::nullopt;
  }
  return read_form(*table, FormLayout::Csv, out);
}

std::optional<model::Zelfevaluatie> read_zelfevaluatie_sheet(const xlsx::Sheet& sheet,
                                                             Diagnostics& diagnostics) {
  auto table = table_of_sheet(sheet, diagnostics);
  if (!table) return std::nullopt;
  CellReporter out{*table->source, diagnostics};
  const bool has_kind = !table->rows.empty() && table->rows[0].cells.size() >= 2 &&
                        cell_text(table->rows[0], 0) == form::kKindKey &&
                        cell_text(table->rows[0], 1) == form::kKind;
  if (!has_kind) {
    const Position where = table->rows.empty() ? Position{1, 1} : table->rows[0].cells[0].position;
    out.report(where, Code::MissingHeader,
               Message{"the first row of sheet '" + sheet.name +
                           "' must hold 'labeltool' and 'zelfevaluatie/1' (make the workbook "
                           "with 'labeltool template --format xlsx')",
                       "de eerste regel van blad '" + sheet.name +
                           "' moet 'labeltool' en 'zelfevaluatie/1' bevatten (maak de werkmap "
                           "met 'labeltool template --format xlsx')"});
    return std::nullopt;
  }
  return read_form(*table, FormLayout::Workbook, out);
}

}  // namespace labeltool::read
