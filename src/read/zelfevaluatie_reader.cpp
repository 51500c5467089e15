#include "read/zelfevaluatie_reader.hpp"

#include "read/csv.hpp"
#include "read/document_kind.hpp"
#include "read/extract.hpp"
#include "read/schema.hpp"
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

/// Splits a multi-valued CSV cell: evidence one item per line, scope and people by '|'.
std::vector<std::string> split_cell(std::string_view cell, char separator) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= cell.size()) {
    const auto end = cell.find(separator, start);
    const auto item = util::trim(cell.substr(start, end == std::string_view::npos ? end : end - start));
    if (!item.empty()) items.emplace_back(item);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return items;
}

}  // namespace

std::optional<model::Zelfevaluatie> read_zelfevaluatie_csv(const std::string& path,
                                                           std::string bytes,
                                                           Diagnostics& diagnostics) {
  auto table = parse_csv(path, std::move(bytes), diagnostics);
  if (!table) return std::nullopt;
  const SourceFile& source = *table->source;
  const auto report = [&](Position position, Code code, std::string message) {
    diagnostics.push_back(make_diagnostic(source, position, code, std::move(message)));
  };
  const auto& rows = table->rows;
  if (rows.empty() || rows[0].cells.empty() || rows[0].cells[0].text != "labeltool" ||
      rows[0].cells.size() < 2 || rows[0].cells[1].text != "zelfevaluatie/1") {
    report({1, 1}, Code::MissingHeader,
           "the first row must be 'labeltool" + std::string(1, table->delimiter) +
               "zelfevaluatie/1' (write the CSV with 'labeltool template --format csv')");
    return std::nullopt;
  }

  model::Zelfevaluatie z;
  z.source = table->source;
  std::size_t row_index = 1;
  // The metadata block: key,value rows up to the first empty row.
  const std::vector<std::string> keys = {"normset", "organisation", "scope", "date", "filled_in_by"};
  for (; row_index < rows.size() && !rows[row_index].is_empty(); ++row_index) {
    const auto& row = rows[row_index];
    const auto& key = row.cells[0];
    const std::string value = row.cells.size() > 1 ? std::string(util::trim(row.cells[1].text)) : "";
    const Position value_position = row.cells.size() > 1 ? row.cells[1].position : key.position;
    if (key.text == "normset") {
      z.normset = value, z.normset_position = value_position;
      if (!split_reference(value))
        report(value_position, Code::InvalidReference,
               "'normset' is '" + util::escape_control(value) + "'; a norm set is named id@version, e.g. kssw@2019");
    } else if (key.text == "organisation") {
      z.organisation = value;
    } else if (key.text == "scope") {
      z.scope = split_cell(value, '|'), z.scope_position = value_position;
    } else if (key.text == "date") {
      z.date = value;
      if (!util::is_iso_date(value))
        report(value_position, Code::InvalidDate,
               "'date' is '" + util::escape_control(value) + "', not a date in the form YYYY-MM-DD");
    } else if (key.text == "filled_in_by") {
      z.filled_in_by = split_cell(value, '|');
    } else {
      report(key.position, Code::UnknownKey,
             "unknown key '" + util::escape_control(key.text) + "' in the metadata rows" +
                 util::did_you_mean(key.text, keys));
    }
  }
  for (const char* required : {"normset", "organisation", "date"}) {
    bool found = false;
    for (std::size_t i = 1; i < row_index; ++i) found = found || rows[i].cells[0].text == required;
    if (!found)
      report({1, 1}, Code::MissingKey, std::string("the metadata rows have no '") + required + "' row");
  }
  while (row_index < rows.size() && rows[row_index].is_empty()) ++row_index;
  if (row_index >= rows.size()) {
    report({static_cast<std::uint32_t>(rows.size()), 1}, Code::MissingKey,
           "no answer table: after the metadata rows and an empty row comes the header "
           "'norm,title,score,toelichting,evidence,action,owner,due'");
    return z;
  }

  // The answer table: columns are found by their header, so their order may change.
  const std::vector<std::string> columns = {"norm", "title", "score", "toelichting",
                                            "evidence", "action", "owner", "due"};
  const auto& header = rows[row_index];
  z.answers_position = header.cells.front().position;
  std::vector<int> column_of(columns.size(), -1);
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    const std::string name(util::trim(header.cells[c].text));
    if (name.empty()) continue;
    bool known = false;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      if (columns[k] == name) column_of[k] = static_cast<int>(c), known = true;
    }
    if (!known) {
      report(header.cells[c].position, Code::UnknownKey,
             "unknown column '" + util::escape_control(name) + "'" +
                 util::did_you_mean(name, columns));
    }
  }
  for (std::size_t k : {0u, 2u}) {
    if (column_of[k] < 0)
      report(header.cells.empty() ? Position{} : header.cells[0].position, Code::MissingKey,
             "the answer table has no '" + columns[k] + "' column");
  }
  if (column_of[0] < 0 || column_of[2] < 0) return z;

  for (++row_index; row_index < rows.size(); ++row_index) {
    const auto& row = rows[row_index];
    if (row.is_empty()) continue;
    const auto cell = [&](std::size_t k) -> const CsvCell* {
      const int c = column_of[k];
      return c >= 0 && static_cast<std::size_t>(c) < row.cells.size() ? &row.cells[static_cast<std::size_t>(c)] : nullptr;
    };
    const auto text = [&](std::size_t k) { return cell(k) ? std::string(util::trim(cell(k)->text)) : std::string(); };
    model::Answer answer;
    answer.norm_id = text(0);
    answer.position = cell(0) ? cell(0)->position : row.cells.front().position;
    answer.score = text(2);
    // An empty score is "not answered yet", as in a fresh template.
    if (answer.score.empty()) continue;
    answer.score_position = cell(2)->position;
    answer.toelichting = text(3);
    answer.evidence = cell(4) ? split_cell(cell(4)->text, '\n') : std::vector<std::string>{};
    answer.action = text(5);
    answer.owner = text(6);
    answer.due = text(7);
    answer.due_position = cell(7) ? cell(7)->position : answer.position;
    if (!answer.due.empty() && !util::is_iso_date(answer.due))
      report(answer.due_position, Code::InvalidDate,
             "'due' is '" + util::escape_control(answer.due) + "', not a date in the form YYYY-MM-DD");
    // A norm ID twice is the CSV form of a duplicate key.
    for (const auto& earlier : z.answers) {
      if (earlier.norm_id == answer.norm_id) {
        auto diagnostic = make_diagnostic(source, answer.position, Code::DuplicateKey,
                                          "norm " + util::escape_control(answer.norm_id) +
                                              " is answered twice; remove or merge one row");
        diagnostic.related.push_back(make_related(source, earlier.position, "first answered here"));
        diagnostics.push_back(std::move(diagnostic));
        break;
      }
    }
    z.answers.push_back(std::move(answer));
  }
  return z;
}

std::optional<model::Zelfevaluatie> read_zelfevaluatie_file(const std::string& path,
                                                            const yaml::ReadLimits& limits,
                                                            Diagnostics& diagnostics) {
  const bool csv = path.size() > 4 && util::ascii_lower(path.substr(path.size() - 4)) == ".csv";
  if (csv) {
    auto bytes = util::read_file(path, limits.max_file_bytes);
    if (auto* failure = std::get_if<util::ReadFailure>(&bytes)) {
      diagnostics.push_back(yaml::read_failure_diagnostic(path, *failure));
      return std::nullopt;
    }
    return read_zelfevaluatie_csv(path, std::move(std::get<std::string>(bytes)), diagnostics);
  }
  auto document = yaml::read_yaml_file(path, limits, diagnostics);
  if (!document) return std::nullopt;
  const FileKind* kind = detect_kind(*document, diagnostics);
  if (!kind) return std::nullopt;
  if (kind->header != "zelfevaluatie/1") {
    diagnostics.push_back(make_diagnostic(
        *document->source, document->root.children.front().position, Code::UnknownKind,
        "this is a " + std::string(kind->header) + " file; check needs a zelfevaluatie/1"));
    return std::nullopt;
  }
  return read_zelfevaluatie(*document, diagnostics);
}

}  // namespace labeltool::read
