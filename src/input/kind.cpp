#include "input/kind.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "read/ciso_reader.hpp"
#include "read/schema.hpp"
#include "util/text.hpp"
#include "xlsx/workbook.hpp"

namespace labeltool::input {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// The first line of `bytes` without a BOM and line end.
std::string_view first_line(std::string_view bytes) {
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  bytes = bytes.substr(0, bytes.find('\n'));
  if (!bytes.empty() && bytes.back() == '\r') bytes.remove_suffix(1);
  return bytes;
}

/// The first two cells of a CSV header row, quotes removed; enough to tell the kind.
std::pair<std::string, std::string> header_cells(std::string_view line) {
  const auto unquote = [](std::string_view cell) {
    cell = util::trim(cell);
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"')
      cell = cell.substr(1, cell.size() - 2);
    return std::string(util::trim(cell));
  };
  const auto delimiter = line.find_first_of(",;");
  if (delimiter == std::string_view::npos) return {unquote(line), ""};
  const auto rest = line.substr(delimiter + 1);
  return {unquote(line.substr(0, delimiter)), unquote(rest.substr(0, rest.find_first_of(",;")))};
}

bool ends_with_csv(std::string_view path) {
  return path.size() > 4 && util::ascii_lower(path.substr(path.size() - 4)) == ".csv";
}

constexpr std::string_view kCsvHeaders =
    "'labeltool,zelfevaluatie/1', 'labeltool,normset/1' or 'labeltool,audit/1'";

}  // namespace

std::string_view kind_description(Kind kind) {
  switch (kind) {
    case Kind::Normset:
      return "normset/1";
    case Kind::Zelfevaluatie:
      return "zelfevaluatie/1";
    case Kind::Crosswalk:
      return "crosswalk/1";
    case Kind::CisoFramework:
      return "CISO Assistant framework";
    case Kind::CisoMappingSet:
      return "CISO Assistant mapping set";
    case Kind::CisoOther:
      return "CISO Assistant library without a framework or mapping set";
    case Kind::ZelfevaluatieCsv:
      return "zelfevaluatie CSV";
    case Kind::NormsetCsv:
      return "norm-set CSV";
    case Kind::ZelfevaluatieXlsx:
      return "zelfevaluatie workbook";
    case Kind::Audit:
      return "audit/1";
    case Kind::AuditCsv:
      return "audit CSV";
    case Kind::AuditXlsx:  // audit workbooks (issue 16)
      return "audit workbook";
    case Kind::Groups:
      return "groups/1";
  }
  return "file";
}

bool holds_normset(Kind kind) {
  return kind == Kind::Normset || kind == Kind::NormsetCsv || kind == Kind::CisoFramework;
}

bool holds_zelfevaluatie(Kind kind) {
  return kind == Kind::Zelfevaluatie || kind == Kind::ZelfevaluatieCsv ||
         kind == Kind::ZelfevaluatieXlsx;
}

bool holds_audit(Kind kind) {
  return kind == Kind::Audit || kind == Kind::AuditCsv || kind == Kind::AuditXlsx;
}

bool names_kind(std::string_view bytes, std::string_view kind) {
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  for (std::size_t start = 0; start < bytes.size() && start < 64 * 1024;) {
    const std::size_t end = std::min(bytes.find('\n', start), bytes.size());
    const std::string_view line = util::trim(bytes.substr(start, end - start));
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    if (line == "labeltool: " + std::string(kind)) return true;
    const auto [first, second] = header_cells(line);
    return first == "labeltool" && second == kind;
  }
  return false;
}

bool names_audit_kind(std::string_view bytes) { return names_kind(bytes, "audit/1"); }

Form sniff_form(std::string_view path, std::string_view bytes) {
  if (xlsx::looks_like_zip(bytes) || xlsx::looks_like_ole(bytes)) return Form::Workbook;
  if (ends_with_csv(path)) return Form::Csv;
  const auto line = first_line(bytes);
  const auto delimiter = line.find_first_of(",;");
  if (delimiter == std::string_view::npos) return Form::Yaml;
  return header_cells(line).first == "labeltool" &&
                 line.substr(0, delimiter).find(':') == std::string_view::npos
             ? Form::Csv
             : Form::Yaml;
}

std::optional<Kind> csv_kind(const std::string& path, std::string_view bytes,
                             Diagnostics& diagnostics) {
  const auto [first, second] = header_cells(first_line(bytes));
  if (first == "labeltool" && second == "zelfevaluatie/1") return Kind::ZelfevaluatieCsv;
  if (first == "labeltool" && second == "normset/1") return Kind::NormsetCsv;
  if (first == "labeltool" && second == "audit/1") return Kind::AuditCsv;
  const SourceFile source(path, std::string(first_line(bytes)));
  if (first != "labeltool") {
    diagnostics.push_back(make_diagnostic(
        source, {1, 1}, Code::MissingHeader,
        Message{"the first row must be " + std::string(kCsvHeaders) +
                    " (write one with 'labeltool template --format csv' or 'labeltool export csv')",
                "de eerste regel moet " + std::string(kCsvHeaders) +
                    " zijn (maak het bestand met 'labeltool template --format csv' of "
                    "'labeltool export csv')"}));
    return std::nullopt;
  }
  const std::string shown = util::escape_control(second);
  const Message hint = did_you_mean(second, {"zelfevaluatie/1", "normset/1", "audit/1"});
  diagnostics.push_back(make_diagnostic(
      source, {1, 1}, Code::UnknownKind,
      Message{"'" + shown + "' is not a CSV kind this version of labeltool " + "reads" + hint.en +
                  "; the first row must be " + std::string(kCsvHeaders),
              "'" + shown + "' is geen soort CSV-bestand dat deze versie van labeltool leest" +
                  hint.nl + "; de eerste regel moet " + std::string(kCsvHeaders) + " zijn"}));
  return std::nullopt;
}

std::optional<Kind> yaml_kind(const yaml::Document& document, Diagnostics& diagnostics) {
  if (read::is_ciso_library(document)) {
    switch (read::ciso_library_content(document)) {
      case read::CisoContent::Framework:
        return Kind::CisoFramework;
      case read::CisoContent::MappingSet:
        return Kind::CisoMappingSet;
      case read::CisoContent::Other:
        return Kind::CisoOther;
    }
  }
  const auto& root = document.root;
  const yaml::Node* header = root.children.empty() ? nullptr : &root.children.front();
  if (!header || header->key != "labeltool") {
    const Position where = header ? header->key_position : root.position;
    Message message{
        "the first key must be 'labeltool: KIND/1' (normset/1, zelfevaluatie/1, crosswalk/1 or "
        "audit/1)",
        "het eerste veld moet 'labeltool: SOORT/1' zijn (normset/1, zelfevaluatie/1, "
        "crosswalk/1 of audit/1)"};
    if (root.find("labeltool"))
      message = {"'labeltool:' must be the first key of the file",
                 "'labeltool:' moet het eerste veld van het bestand zijn"};
    diagnostics.push_back(make_diagnostic(*document.source, where, Code::MissingHeader, message));
    return std::nullopt;
  }
  if (!header->is_scalar()) {
    diagnostics.push_back(
        make_diagnostic(*document.source, header->position, Code::UnknownKind,
                        Message{"'labeltool:' must be text such as normset/1, not " +
                                    std::string(yaml::describe_kind(*header)),
                                "'labeltool:' moet tekst zijn, zoals normset/1"}));
    return std::nullopt;
  }
  static constexpr std::pair<std::string_view, Kind> kHeaders[] = {
      {"normset/1", Kind::Normset},     {"zelfevaluatie/1", Kind::Zelfevaluatie},
      {"crosswalk/1", Kind::Crosswalk}, {"audit/1", Kind::Audit},
      {"groups/1", Kind::Groups},
  };
  std::vector<std::string> known;
  for (const auto& [name, kind] : kHeaders) {
    if (header->value == name) return kind;
    known.emplace_back(name);
  }
  const std::string shown = util::escape_control(header->value);
  const Message hint = did_you_mean(header->value, known);
  diagnostics.push_back(make_diagnostic(
      *document.source, header->position, Code::UnknownKind,
      Message{"'labeltool: " + shown + "' is not a kind this version of labeltool reads" + hint.en +
                  "; it reads normset/1, zelfevaluatie/1, crosswalk/1, audit/1 and groups/1",
              "'labeltool: " + shown +
                  "' is geen soort bestand dat deze versie van labeltool leest" + hint.nl +
                  "; het leest normset/1, zelfevaluatie/1, crosswalk/1, audit/1 en groups/1"}));
  return std::nullopt;
}

}  // namespace labeltool::input
