#include "read/audit_reader.hpp"

#include <algorithm>

#include "read/audit_layout.hpp"
#include "read/csv.hpp"
#include "read/extract.hpp"
#include "read/schema.hpp"
#include "read/validate.hpp"
#include "util/text.hpp"

namespace labeltool::read {

namespace {

model::Judgement read_judgement(const yaml::Node& item) {
  model::Judgement judgement;
  judgement.norm_id = item.key;
  judgement.position = item.key_position;
  judgement.judgement_position = item.key_position;
  if (item.is_mapping()) {
    judgement.judgement = text_of(item, "judgement");
    if (item.find("judgement")) judgement.judgement_position = position_of(item, "judgement");
    judgement.observation = std::string(util::trim(text_of(item, "observation")));
    judgement.evidence = list_of(item, "evidence").value_or(std::vector<std::string>{});
  }
  return judgement;
}

model::Interview read_interview(const yaml::Node& node) {
  model::Interview interview;
  interview.id = text_of(node, "id");
  interview.position = position_of(node, "id");
  interview.date = text_of(node, "date");
  interview.date_position = position_of(node, "date");
  interview.group = text_of(node, "group");
  interview.group_position = position_of(node, "group");
  interview.also_groups = list_of(node, "also_groups").value_or(std::vector<std::string>{});
  interview.also_groups_position = position_of(node, "also_groups");
  interview.heard = list_of(node, "heard").value_or(std::vector<std::string>{});
  const yaml::Node* labels = node.find("labels");
  if (!labels || !labels->is_sequence()) return interview;
  for (const auto& label : labels->children) {
    if (!label.is_mapping()) continue;
    model::LabelJudgements judged;
    judged.normset = text_of(label, "normset");
    judged.normset_position = position_of(label, "normset");
    if (const yaml::Node* map = label.find("judgements"); map && map->is_mapping())
      for (const auto& item : map->children) judged.judgements.push_back(read_judgement(item));
    interview.labels.push_back(std::move(judged));
  }
  return interview;
}

}  // namespace

model::Audit read_audit(const yaml::Document& document, Diagnostics& diagnostics) {
  const yaml::Node& root = document.root;
  validate(root, audit_schema(), *document.source, diagnostics);
  model::Audit audit;
  audit.source = document.source;
  audit.organisation = std::string(util::trim(text_of(root, "organisation")));
  audit.organisation_position = position_of(root, "organisation");
  audit.auditors = list_of(root, "auditors").value_or(std::vector<std::string>{});
  audit.normsets_position = position_of(root, "normsets");
  if (const yaml::Node* sets = root.find("normsets"); sets && sets->is_sequence()) {
    for (const auto& node : sets->children) {
      if (!node.is_mapping()) continue;
      model::AuditedSet set;
      set.normset = text_of(node, "normset");
      set.normset_position = position_of(node, "normset");
      set.scope = list_of(node, "scope").value_or(std::vector<std::string>{});
      set.scope_position = position_of(node, "scope");
      audit.normsets.push_back(std::move(set));
    }
  }
  audit.interviews_position = position_of(root, "interviews");
  if (const yaml::Node* interviews = root.find("interviews");
      interviews && interviews->is_sequence()) {
    for (const auto& node : interviews->children)
      if (node.is_mapping()) audit.interviews.push_back(read_interview(node));
  }
  return audit;
}

namespace {

/// Where the audit form comes from: its rules differ where people edit a workbook.
enum class FormLayout { Csv, Workbook };

/// The machine name a metadata label or column head stands for: in the CSV form the name
/// itself; in a workbook also its Dutch or English label (any case). "" for none.
template <std::size_t N>
std::string_view key_of(std::string_view label, const std::array<form::Field, N>& fields,
                        FormLayout layout) {
  const std::string lower = util::ascii_lower(util::trim(label));
  for (const auto& field : fields) {
    if (field.key == label) return field.key;
    if (layout == FormLayout::Workbook &&
        (lower == field.key || lower == util::ascii_lower(field.label.nl) ||
         lower == util::ascii_lower(field.label.en)))
      return field.key;
  }
  return {};
}

/// The values of a cell that holds several: '|' in the CSV form; in a workbook one per line
/// (Alt+Enter), '|' accepted too.
std::vector<std::string> items_of(std::string_view value, FormLayout layout) {
  if (layout == FormLayout::Csv) return split_cell(value, '|');
  std::vector<std::string> items;
  for (const auto& line : split_cell(value, '\n'))
    for (auto& item : split_cell(line, '|')) items.push_back(std::move(item));
  return items;
}

/// Reads the audit form from a table (the CSV file, or the form sheet of a workbook) and
/// reports the problem of each cell where it is.
struct AuditForm {
  const SourceFile& source;
  Diagnostics& diagnostics;
  model::Audit& audit;
  FormLayout layout;

  void report(Position position, Code code, Message message) {
    diagnostics.push_back(make_diagnostic(source, position, code, std::move(message)));
  }
  /// Checks `value` (the cell at `position`) against `field` of the audit/1 schema.
  void check(const FieldSchema& field, std::string_view value, Position position) {
    if (auto problem = check_value(field, value)) report(position, problem->code, problem->both());
  }

  void metadata(const std::vector<TableRow>& rows, std::size_t first, std::size_t end);
  void table(const std::vector<TableRow>& rows, std::size_t row_index);
  model::Interview& interview_for(const TableRow& row, const std::vector<int>& column_of);
  /// The header row in machine names: in a workbook, labels become keys and the columns only
  /// the workbook has become empty, so they pass without a note.
  TableRow header_in_keys(const TableRow& header) const;
  bool is_header(const TableRow& row) const;
};

/// The metadata rows [first, end): key and value in the first two cells. A 'normset' row per
/// audited set: the reference, then its scopes. In the CSV form every row is a key and an
/// unknown one is an error; in a workbook a row whose column A is no known label is skipped.
void AuditForm::metadata(const std::vector<TableRow>& rows, std::size_t first, std::size_t end) {
  static const std::vector<std::string> keys = {"organisation", "auditors", "normset"};
  const ObjectSchema& set_schema = *audit_schema().field("normsets")->object;
  bool organisation = false;
  for (std::size_t row_index = first; row_index < end; ++row_index) {
    const auto& row = rows[row_index];
    if (row.is_empty()) continue;
    const auto& key = row.cells[0];
    const std::string_view name = key_of(key.text, audit_form::kMetadata, layout);
    const std::string value = cell_text(row, 1);
    const Position value_position = cell_position(row, 1);
    if (name == "organisation") {
      audit.organisation = value, audit.organisation_position = value_position;
      organisation = true;
    } else if (name == "auditors") {
      audit.auditors = items_of(value, layout);
    } else if (name == "normset") {
      model::AuditedSet set;
      set.normset = value, set.normset_position = value_position;
      set.scope = items_of(cell_text(row, 2), layout);
      set.scope_position = cell_position(row, 2);
      check(*set_schema.field("normset"), value, value_position);
      if (audit.normsets.empty()) audit.normsets_position = key.position;
      audit.normsets.push_back(std::move(set));
    } else if (layout == FormLayout::Csv) {
      const std::string shown = util::escape_control(key.text);
      Message message{"unknown key '" + shown + "' in the metadata rows",
                      "onbekend veld '" + shown + "' in de regels bovenaan"};
      const std::string_view synonym = synonym_key(audit_schema(), key.text);
      message += synonym.empty() ? did_you_mean(key.text, keys)
                                 : meant(synonym == "normsets" ? "normset" : synonym);
      report(key.position, Code::UnknownKey, std::move(message));
    }
  }
  const Position top = rows.empty() ? Position{1, 1} : rows.front().cells.front().position;
  const bool csv = layout == FormLayout::Csv;
  if (!organisation)
    report(top, Code::MissingKey,
           csv ? Message{"the metadata rows have no 'organisation' row",
                         "de regels bovenaan missen de regel 'organisation'"}
               : Message{"the sheet has no row 'Organisation' (column A) above the table",
                         "het blad heeft geen regel 'Organisatie' (kolom A) boven de tabel"});
  if (audit.normsets.empty())
    report(top, Code::MissingKey,
           csv ? Message{"the metadata rows have no 'normset' row (one per norm set audited)",
                         "de regels bovenaan missen een regel 'normset' (één per normenkader)"}
               : Message{"the sheet has no row 'Norm set' (column A) above the table, one per "
                         "norm set audited",
                         "het blad heeft geen regel 'Normenkader' (kolom A) boven de tabel, één "
                         "per normenkader"});
}

enum Column : std::size_t {
  kInterview,
  kDate,
  kGroup,
  kHeard,
  kNormset,
  kNorm,
  kTitle,
  kJudgement,
  kObservation,
  kEvidence
};

const std::vector<std::string>& table_columns() {
  static const std::vector<std::string> columns = {"interview",   "date",    "group", "heard",
                                                   "normset",     "norm",    "title", "judgement",
                                                   "observation", "evidence"};
  return columns;
}

TableRow AuditForm::header_in_keys(const TableRow& header) const {
  if (layout == FormLayout::Csv) return header;
  TableRow keys = header;
  for (auto& cell : keys.cells) {
    const std::string_view key = key_of(cell.text, audit_form::kColumns, layout);
    if (key.empty()) continue;
    const auto& only = audit_form::kWorkbookOnlyColumns;
    cell.text = std::find(only.begin(), only.end(), key) != only.end() ? "" : std::string(key);
  }
  return keys;
}

bool AuditForm::is_header(const TableRow& row) const {
  bool interview = false, norm = false, judgement = false;
  for (const auto& cell : header_in_keys(row).cells) {
    interview = interview || cell.text == "interview";
    norm = norm || cell.text == "norm";
    judgement = judgement || cell.text == "judgement";
  }
  return interview && norm && judgement;
}

/// The interview a row belongs to: the one with the row's ID, or a new one that takes the
/// row's date, group and people heard. A later row of the same interview may leave those empty.
model::Interview& AuditForm::interview_for(const TableRow& row, const std::vector<int>& column_of) {
  const auto at = [&](Column k) -> const TableCell* {
    const int c = column_of[k];
    return c >= 0 && static_cast<std::size_t>(c) < row.cells.size()
               ? &row.cells[static_cast<std::size_t>(c)]
               : nullptr;
  };
  const auto text = [&](Column k) {
    return at(k) ? std::string(util::trim(at(k)->text)) : std::string();
  };
  const std::string id = text(kInterview);
  model::Interview* interview = nullptr;
  for (auto& existing : audit.interviews)
    if (existing.id == id) interview = &existing;
  const ObjectSchema& schema = *audit_schema().field("interviews")->object;
  if (!interview) {
    audit.interviews.emplace_back();
    interview = &audit.interviews.back();
    interview->id = id;
    interview->position = at(kInterview) ? at(kInterview)->position : row.cells[0].position;
    check(*schema.field("id"), id, interview->position);
  }
  // A non-empty text is always a cell that exists; asking for both keeps that visible.
  if (const auto* date_cell = at(kDate);
      interview->date.empty() && date_cell && !text(kDate).empty()) {
    interview->date = text(kDate), interview->date_position = date_cell->position;
    check(*schema.field("date"), interview->date, interview->date_position);
  }
  // The group cell of a merged interview lists every group asked: the first is its `group`.
  if (const auto* group_cell = at(kGroup);
      interview->group.empty() && group_cell && !text(kGroup).empty()) {
    auto groups = items_of(text(kGroup), layout);
    interview->group_position = interview->also_groups_position = group_cell->position;
    interview->group = groups.empty() ? text(kGroup) : groups.front();
    check(*schema.field("group"), interview->group, interview->group_position);
    for (std::size_t g = 1; g < groups.size(); ++g) {
      check(*schema.field("group"), groups[g], group_cell->position);
      interview->also_groups.push_back(std::move(groups[g]));
    }
  }
  if (interview->heard.empty()) interview->heard = items_of(text(kHeard), layout);
  return *interview;
}

/// The judgement table, one row per interview and norm, from its header row on.
void AuditForm::table(const std::vector<TableRow>& rows, std::size_t row_index) {
  const auto& columns = table_columns();
  const TableRow header = header_in_keys(rows[row_index]);
  audit.interviews_position = header.cells.front().position;
  const ObjectSchema& judgement_schema = *audit_schema()
                                              .field("interviews")
                                              ->object->field("labels")
                                              ->object->field("judgements")
                                              ->object;
  const auto column_of = find_columns(
      header, columns, source, diagnostics, UnknownColumns::IgnoreWithNote,
      [&](std::string_view name) { return std::string(synonym_key(judgement_schema, name)); });
  for (std::size_t k : {kInterview, kNormset, kNorm, kJudgement}) {
    if (column_of[k] < 0)
      report(header.cells.empty() ? Position{} : header.cells[0].position, Code::MissingKey,
             Message{"the judgement table has no '" + columns[k] + "' column",
                     "de tabel met oordelen heeft geen kolom '" + columns[k] + "'"});
  }
  for (std::size_t k : {kInterview, kNormset, kNorm, kJudgement})
    if (column_of[k] < 0) return;
  for (++row_index; row_index < rows.size(); ++row_index) {
    const TableRow& row = rows[row_index];
    if (row.is_empty()) continue;
    const auto at = [&](Column k) -> const TableCell* {
      const auto c = static_cast<std::size_t>(column_of[k]);
      return column_of[k] >= 0 && c < row.cells.size() ? &row.cells[c] : nullptr;
    };
    const auto text = [&](Column k) {
      return at(k) ? std::string(util::trim(at(k)->text)) : std::string();
    };
    model::Interview& interview = interview_for(row, column_of);
    const std::string normset = text(kNormset);
    if (normset.empty() && text(kNorm).empty()) continue;
    model::LabelJudgements* label = nullptr;
    for (auto& existing : interview.labels)
      if (existing.normset == normset) label = &existing;
    if (!label) {
      interview.labels.push_back({normset, at(kNormset) ? at(kNormset)->position : Position{}, {}});
      label = &interview.labels.back();
    }
    model::Judgement judgement;
    judgement.norm_id = text(kNorm);
    judgement.position = at(kNorm) ? at(kNorm)->position : row.cells[0].position;
    // As typed, spaces included: the lint reads 'voldoet ' as 'voldoet' and says so.
    judgement.judgement = at(kJudgement) ? at(kJudgement)->text : std::string();
    if (util::trim(judgement.judgement).empty()) judgement.judgement.clear();
    judgement.judgement_position = at(kJudgement) ? at(kJudgement)->position : judgement.position;
    judgement.observation = text(kObservation);
    judgement.evidence =
        at(kEvidence) ? split_cell(at(kEvidence)->text, '\n') : std::vector<std::string>{};
    for (const auto& earlier : label->judgements) {
      if (earlier.norm_id != judgement.norm_id) continue;
      const std::string id = util::escape_control(judgement.norm_id);
      auto diagnostic = make_diagnostic(
          source, judgement.position, Code::DuplicateKey,
          Message{"norm " + id + " is judged twice in interview " + interview.id,
                  "norm " + id + " is twee keer beoordeeld in gesprek " + interview.id});
      diagnostic.related.push_back(make_related(
          source, earlier.position, Message{"first judged here", "eerste oordeel hier"}));
      diagnostics.push_back(std::move(diagnostic));
      break;
    }
    label->judgements.push_back(std::move(judgement));
  }
}

/// The audit form in a table whose kind row is checked: the metadata rows, then the table.
model::Audit read_form(const Table& table, FormLayout layout, Diagnostics& diagnostics) {
  model::Audit audit;
  audit.source = table.source;
  AuditForm out{*table.source, diagnostics, audit, layout};
  const auto& rows = table.rows;
  std::size_t header = 1;
  if (layout == FormLayout::Csv) {
    // The metadata rows run up to the first empty row; the judgement table follows.
    while (header < rows.size() && !rows[header].is_empty()) ++header;
    out.metadata(rows, 1, header);
    while (header < rows.size() && rows[header].is_empty()) ++header;
  } else {
    // Rows may be added above the table: its header is the first row with the interview,
    // norm and judgement columns.
    while (header < rows.size() && !out.is_header(rows[header])) ++header;
    out.metadata(rows, 1, header);
  }
  if (header >= rows.size()) {
    const bool csv = layout == FormLayout::Csv;
    const Position end = csv ? Position{static_cast<std::uint32_t>(rows.size()), 1}
                             : rows.front().cells.front().position;
    out.report(end, Code::MissingKey,
               csv ? Message{"no judgement table: after the metadata rows and an empty row comes "
                             "the header 'interview,date,group,heard,normset,norm,title,"
                             "judgement,observation,evidence'",
                             "de tabel met oordelen ontbreekt: na de regels bovenaan en een lege "
                             "regel komt de kop 'interview,date,group,heard,normset,norm,title,"
                             "judgement,observation,evidence'"}
                   : Message{"no judgement table: no row has the columns 'Interview', 'Norm' and "
                             "'Judgement' (make the workbook with 'labeltool template --audit "
                             "--format xlsx')",
                             "de tabel met oordelen ontbreekt: geen regel heeft de kolommen "
                             "'Gesprek', 'Norm' en 'Oordeel' (maak de werkmap met 'labeltool "
                             "template --audit --format xlsx')"});
    return audit;
  }
  out.table(rows, header);
  return audit;
}

}  // namespace

std::optional<model::Audit> read_audit_csv(const std::string& path, std::string bytes,
                                           Diagnostics& diagnostics) {
  auto table = parse_csv(path, std::move(bytes), diagnostics);
  if (!table) return std::nullopt;
  if (!starts_with_kind(*table, "audit/1")) {
    const std::string first_row = "labeltool" + std::string(1, table->delimiter) + "audit/1";
    diagnostics.push_back(make_diagnostic(
        *table->source, {1, 1}, Code::MissingHeader,
        Message{"the first row must be '" + first_row +
                    "' (write the CSV with 'labeltool template --audit --format csv')",
                "de eerste regel moet '" + first_row +
                    "' zijn (maak het bestand met 'labeltool template --audit --format csv')"}));
    return std::nullopt;
  }
  return read_form(*table, FormLayout::Csv, diagnostics);
}

bool is_audit_sheet(const xlsx::Sheet& sheet) {
  const xlsx::Cell* a1 = nullptr;
  const xlsx::Cell* b1 = nullptr;
  for (const auto& cell : sheet.cells) {
    if (cell.position.line != 1) continue;
    if (cell.position.column == 1) a1 = &cell;
    if (cell.position.column == 2) b1 = &cell;
  }
  return a1 && b1 && util::trim(a1->text) == audit_form::kKindKey &&
         util::trim(b1->text) == audit_form::kKind;
}

std::optional<model::Audit> read_audit_sheet(const xlsx::Sheet& sheet, Diagnostics& diagnostics) {
  auto table = table_of_sheet(sheet, diagnostics);
  if (!table) return std::nullopt;
  if (!is_audit_sheet(sheet)) {
    const Position where = table->rows.empty() ? Position{1, 1} : table->rows[0].cells[0].position;
    diagnostics.push_back(make_diagnostic(
        *table->source, where, Code::MissingHeader,
        Message{"the first row of sheet '" + sheet.name +
                    "' must hold 'labeltool' and 'audit/1' (make the workbook with 'labeltool "
                    "template --audit --format xlsx')",
                "de eerste regel van blad '" + sheet.name +
                    "' moet 'labeltool' en 'audit/1' bevatten (maak de werkmap met 'labeltool "
                    "template --audit --format xlsx')"}));
    return std::nullopt;
  }
  return read_form(*table, FormLayout::Workbook, diagnostics);
}

}  // namespace labeltool::read
