#include "read/zelfevaluatie_reader.hpp"

#include "read/csv.hpp"
#include "read/extract.hpp"
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
  std::string date(const FieldSchema& field, std::string value, Position position) {
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

/// The metadata block: key,value rows from row 1 up to the first empty row, whose index it
/// returns.
std::size_t read_csv_metadata(const std::vector<CsvRow>& rows, model::Zelfevaluatie& z,
                              CellReporter& out) {
  static const std::vector<std::string> keys = {"normset", "organisation", "scope", "date",
                                                "filled_in_by"};
  const ObjectSchema& schema = zelfevaluatie_schema();
  std::size_t row_index = 1;
  for (; row_index < rows.size() && !rows[row_index].is_empty(); ++row_index) {
    const auto& row = rows[row_index];
    const auto& key = row.cells[0];
    const std::string value = cell_text(row, 1);
    const Position value_position = cell_position(row, 1);
    if (key.text == "normset") {
      z.normset = value, z.normset_position = value_position;
      out.check(*schema.field("normset"), value, value_position);
    } else if (key.text == "organisation") {
      z.organisation = value, z.organisation_position = value_position;
    } else if (key.text == "scope") {
      z.scope = split_cell(value, '|'), z.scope_position = value_position;
    } else if (key.text == "date") {
      z.date = out.date(*schema.field("date"), value, value_position);
    } else if (key.text == "filled_in_by") {
      z.filled_in_by = split_cell(value, '|');
    } else {
      const std::string shown = util::escape_control(key.text);
      Message message{"unknown key '" + shown + "' in the metadata rows",
                      "onbekend veld '" + shown + "' in de regels bovenaan"};
      const std::string_view synonym = synonym_key(schema, key.text);
      message += synonym.empty() ? did_you_mean(key.text, keys) : meant(synonym);
      out.report(key.position, Code::UnknownKey, std::move(message));
    }
  }
  for (const char* required : {"normset", "organisation", "date"}) {
    bool found = false;
    for (std::size_t i = 1; i < row_index; ++i) found = found || rows[i].cells[0].text == required;
    if (!found)
      out.report({1, 1}, Code::MissingKey,
                 Message{std::string("the metadata rows have no '") + required + "' row",
                         std::string("de regels bovenaan missen de regel '") + required + "'"});
  }
  return row_index;
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
std::optional<model::Answer> read_answer_row(const CsvRow& row, const std::vector<int>& column_of,
                                             CellReporter& out) {
  const auto cell = [&](AnswerColumn k) -> const CsvCell* {
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
  const CsvCell* score = cell(kScore);
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
  answer.due_position = cell(kDue) ? cell(kDue)->position : answer.position;
  if (!answer.due.empty()) {
    const ObjectSchema& answer_schema = *zelfevaluatie_schema().field("answers")->object;
    answer.due = out.date(*answer_schema.field("due"), answer.due, answer.due_position);
  }
  return answer;
}

/// The answer table, from its header row `row_index` on: columns are found by their header,
/// so their order may change.
void read_answer_table(const std::vector<CsvRow>& rows, std::size_t row_index,
                       model::Zelfevaluatie& z, CellReporter& out) {
  static const std::vector<std::string> columns = {"norm",     "title",  "score", "toelichting",
                                                   "evidence", "action", "owner", "due"};
  const auto& header = rows[row_index];
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
  model::Zelfevaluatie z;
  z.source = table->source;
  const auto& rows = table->rows;
  std::size_t row_index = read_csv_metadata(rows, z, out);
  while (row_index < rows.size() && rows[row_index].is_empty()) ++row_index;
  if (row_index >= rows.size()) {
    out.report({static_cast<std::uint32_t>(rows.size()), 1}, Code::MissingKey,
               Message{"no answer table: after the metadata rows and an empty row comes the "
                       "header 'norm,title,score,toelichting,evidence,action,owner,due'",
                       "de antwoordtabel ontbreekt: na de regels bovenaan en een lege regel komt "
                       "de kop 'norm,title,score,toelichting,evidence,action,owner,due'"});
    return z;
  }
  read_answer_table(rows, row_index, z, out);
  return z;
}

}  // namespace labeltool::read
