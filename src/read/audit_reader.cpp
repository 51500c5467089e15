#include "read/audit_reader.hpp"

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

/// Reports the problem of one CSV cell, if it has one.
struct AuditCsv {
  const SourceFile& source;
  Diagnostics& diagnostics;
  model::Audit& audit;

  void report(Position position, Code code, Message message) {
    diagnostics.push_back(make_diagnostic(source, position, code, std::move(message)));
  }
  /// Checks `value` (the cell at `position`) against `field` of the audit/1 schema.
  void check(const FieldSchema& field, std::string_view value, Position position) {
    if (auto problem = check_value(field, value)) report(position, problem->code, problem->both());
  }

  std::size_t metadata(const std::vector<CsvRow>& rows);
  void table(const std::vector<CsvRow>& rows, std::size_t row_index);
  model::Interview& interview_for(const CsvRow& row, const std::vector<int>& column_of);
};

/// The metadata block: key,value rows from row 1 up to the first empty row, whose index it
/// returns. A 'normset' row per audited set: the reference, then its scopes ('|' between).
std::size_t AuditCsv::metadata(const std::vector<CsvRow>& rows) {
  static const std::vector<std::string> keys = {"organisation", "auditors", "normset"};
  const ObjectSchema& set_schema = *audit_schema().field("normsets")->object;
  std::size_t row_index = 1;
  for (; row_index < rows.size() && !rows[row_index].is_empty(); ++row_index) {
    const auto& row = rows[row_index];
    const auto& key = row.cells[0];
    const std::string value = cell_text(row, 1);
    const Position value_position = cell_position(row, 1);
    if (key.text == "organisation") {
      audit.organisation = value, audit.organisation_position = value_position;
    } else if (key.text == "auditors") {
      audit.auditors = split_cell(value, '|');
    } else if (key.text == "normset") {
      model::AuditedSet set;
      set.normset = value, set.normset_position = value_position;
      set.scope = split_cell(cell_text(row, 2), '|');
      set.scope_position = cell_position(row, 2);
      check(*set_schema.field("normset"), value, value_position);
      if (audit.normsets.empty()) audit.normsets_position = key.position;
      audit.normsets.push_back(std::move(set));
    } else {
      const std::string shown = util::escape_control(key.text);
      Message message{"unknown key '" + shown + "' in the metadata rows",
                      "onbekend veld '" + shown + "' in de regels bovenaan"};
      const std::string_view synonym = synonym_key(audit_schema(), key.text);
      message += synonym.empty() ? did_you_mean(key.text, keys)
                                 : meant(synonym == "normsets" ? "normset" : synonym);
      report(key.position, Code::UnknownKey, std::move(message));
    }
  }
  if (audit.organisation_position.line == 0)
    report({1, 1}, Code::MissingKey,
           Message{"the metadata rows have no 'organisation' row",
                   "de regels bovenaan missen de regel 'organisation'"});
  if (audit.normsets.empty())
    report({1, 1}, Code::MissingKey,
           Message{"the metadata rows have no 'normset' row (one per norm set audited)",
                   "de regels bovenaan missen een regel 'normset' (één per normenkader)"});
  return row_index;
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

/// The interview a row belongs to: the one with the row's ID, or a new one that takes the
/// row's date, group and people heard. A later row of the same interview may leave those empty.
model::Interview& AuditCsv::interview_for(const CsvRow& row, const std::vector<int>& column_of) {
  const auto at = [&](Column k) -> const CsvCell* {
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
  if (!interview) {
    audit.interviews.emplace_back();
    interview = &audit.interviews.back();
    interview->id = id;
    interview->position = at(kInterview) ? at(kInterview)->position : row.cells[0].position;
    const ObjectSchema& schema = *audit_schema().field("interviews")->object;
    check(*schema.field("id"), id, interview->position);
  }
  const ObjectSchema& schema = *audit_schema().field("interviews")->object;
  if (interview->date.empty() && !text(kDate).empty()) {
    interview->date = text(kDate), interview->date_position = at(kDate)->position;
    check(*schema.field("date"), interview->date, interview->date_position);
  }
  if (interview->group.empty() && !text(kGroup).empty()) {
    interview->group = text(kGroup), interview->group_position = at(kGroup)->position;
    check(*schema.field("group"), interview->group, interview->group_position);
  }
  if (interview->heard.empty()) interview->heard = split_cell(text(kHeard), '|');
  return *interview;
}

/// The judgement table, one row per interview and norm, from its header row on.
void AuditCsv::table(const std::vector<CsvRow>& rows, std::size_t row_index) {
  static const std::vector<std::string> columns = {"interview",   "date",    "group", "heard",
                                                   "normset",     "norm",    "title", "judgement",
                                                   "observation", "evidence"};
  const auto& header = rows[row_index];
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
    const CsvRow& row = rows[row_index];
    if (row.is_empty()) continue;
    const auto at = [&](Column k) -> const CsvCell* {
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

}  // namespace

std::optional<model::Audit> read_audit_csv(const std::string& path, std::string bytes,
                                           Diagnostics& diagnostics) {
  auto table = parse_csv(path, std::move(bytes), diagnostics);
  if (!table) return std::nullopt;
  model::Audit audit;
  audit.source = table->source;
  AuditCsv out{*table->source, diagnostics, audit};
  if (!starts_with_kind(*table, "audit/1")) {
    const std::string first_row = "labeltool" + std::string(1, table->delimiter) + "audit/1";
    out.report({1, 1}, Code::MissingHeader,
               Message{"the first row must be '" + first_row +
                           "' (write the CSV with 'labeltool template --audit --format csv')",
                       "de eerste regel moet '" + first_row +
                           "' zijn (maak het bestand met 'labeltool template --audit --format "
                           "csv')"});
    return std::nullopt;
  }
  const auto& rows = table->rows;
  std::size_t row_index = out.metadata(rows);
  while (row_index < rows.size() && rows[row_index].is_empty()) ++row_index;
  if (row_index >= rows.size()) {
    out.report({static_cast<std::uint32_t>(rows.size()), 1}, Code::MissingKey,
               Message{"no judgement table: after the metadata rows and an empty row comes the "
                       "header 'interview,date,group,heard,normset,norm,title,judgement,"
                       "observation,evidence'",
                       "de tabel met oordelen ontbreekt: na de regels bovenaan en een lege regel "
                       "komt de kop 'interview,date,group,heard,normset,norm,title,judgement,"
                       "observation,evidence'"});
    return audit;
  }
  out.table(rows, row_index);
  return audit;
}

}  // namespace labeltool::read
