#include "xlsx/workbook.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>

#include "util/text.hpp"
#include "xlsx/xml.hpp"
#include "xlsx/zip.hpp"

namespace labeltool::xlsx {
namespace {

constexpr std::uint32_t kMaxRow = 1'048'576, kMaxColumn = 16'384;  // Excel's own grid

/// Reads "F12" into a position; nullopt when it is not a cell reference inside Excel's grid.
std::optional<Position> parse_reference(std::string_view ref) {
  std::uint32_t column = 0, row = 0;
  std::size_t i = 0;
  for (; i < ref.size() && i < 4 && ref[i] >= 'A' && ref[i] <= 'Z'; ++i)
    column = column * 26 + static_cast<std::uint32_t>(ref[i] - 'A' + 1);
  if (i == 0 || i == ref.size()) return std::nullopt;
  const auto [end, error] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
  if (error != std::errc() || end != ref.data() + ref.size()) return std::nullopt;
  if (row == 0 || row > kMaxRow || column > kMaxColumn) return std::nullopt;
  return Position{row, column};
}

std::optional<std::uint64_t> parse_index(std::string_view text) {
  std::uint64_t value = 0;
  text = util::trim(text);
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

/// A part's path from a relationship target: relative to xl/ or absolute in the package.
std::string part_of_target(std::string_view target) {
  if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
  while (target.substr(0, 2) == "./") target.remove_prefix(2);
  return "xl/" + std::string(target);
}

Diagnostic part_problem(const std::string& path, const std::string& part, Code code,
                        const Message& message) {
  return make_file_diagnostic(
      path, code,
      Message{"part " + part + ": " + message.en, "onderdeel " + part + ": " + message.nl});
}

// ---- xl/workbook.xml and its relationships ----

struct SheetEntry {
  std::string name, relationship;
};

struct WorkbookPart : XmlHandler {
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  void start(std::string_view element, const Attributes& a) override {
    if (element == "workbookPr") {
      const char* value = a.find("date1904");
      date1904 = value && (std::string_view(value) == "1" || std::string_view(value) == "true");
    } else if (element == "sheet" && sheets.size() < 10'000) {
      const char* name = a.find("name");
      const char* id = a.find("id");
      sheets.push_back({name ? name : "", id ? id : ""});
    }
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

struct RelationshipsPart : XmlHandler {
  std::map<std::string, std::string> target_of;  ///< by Id
  std::string shared_strings, styles;            ///< targets by type
  void start(std::string_view element, const Attributes& a) override {
    if (element != "Relationship" || target_of.size() >= 10'000) return;
    const char *id = a.find("Id"), *target = a.find("Target"), *type = a.find("Type");
    if (!id || !target) return;
    target_of[id] = target;
    const std::string_view kind = type ? type : "";
    const auto ends = [&](std::string_view suffix) {
      return kind.size() >= suffix.size() && kind.substr(kind.size() - suffix.size()) == suffix;
    };
    if (ends("/sharedStrings")) shared_strings = target;
    if (ends("/styles")) styles = target;
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

// ---- xl/styles.xml: which cell styles show a date ----

bool is_builtin_date_format(std::uint64_t id) {
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/// A custom number format shows a date when it has a day or a year outside quoted text,
/// [colour] or [condition] brackets and \-escaped characters ('m' alone may be minutes).
bool is_date_format_code(std::string_view code) {
  bool quoted = false, bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracket) {
      bracket = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') {
      return true;
    }
  }
  return false;
}

struct StylesPart : XmlHandler {
  std::map<std::uint64_t, bool> custom_is_date;
  std::vector<bool> style_is_date;  ///< by cell style index (the s attribute)
  bool in_cell_styles = false;
  void start(std::string_view element, const Attributes& a) override {
    if (element == "numFmt") {
      const char *id = a.find("numFmtId"), *code = a.find("formatCode");
      if (id && code)
        if (auto number = parse_index(id)) custom_is_date[*number] = is_date_format_code(code);
    } else if (element == "cellXfs") {
      in_cell_styles = true;
    } else if (element == "xf" && in_cell_styles && style_is_date.size() < 100'000) {
      const char* id = a.find("numFmtId");
      const auto number = parse_index(id ? id : "0").value_or(0);
      const auto custom = custom_is_date.find(number);
      style_is_date.push_back(custom != custom_is_date.end() ? custom->second
                                                             : is_builtin_date_format(number));
    }
  }
  void end(std::string_view element) override {
    if (element == "cellXfs") in_cell_styles = false;
  }
  void text(std::string_view) override {}
};

// ---- xl/sharedStrings.xml ----

struct SharedStringsPart : XmlHandler {
  const std::string& path;
  const std::string& part;
  const Limits& limits;
  Diagnostics& diagnostics;
  std::vector<std::string> strings;
  std::string current;
  std::uint64_t total_bytes = 0;
  int phonetic = 0;  ///< inside <rPh>: a reading aid, not part of the text
  bool in_text = false;

  SharedStringsPart(const std::string& path_, const std::string& part_, const Limits& limits_,
                    Diagnostics& diagnostics_)
      : path(path_), part(part_), limits(limits_), diagnostics(diagnostics_) {}

  void fail(Message message) {
    diagnostics.push_back(part_problem(path, part, Code::XlsxLimit, message));
    stop();
  }
  void start(std::string_view element, const Attributes&) override {
    if (element == "si") current.clear();
    if (element == "rPh") ++phonetic;
    if (element == "t" && phonetic == 0) in_text = true;
  }
  void end(std::string_view element) override {
    if (element == "t") in_text = false;
    if (element == "rPh" && phonetic > 0) --phonetic;
    if (element != "si") return;
    if (strings.size() >= limits.max_strings) {
      const std::string limit = std::to_string(limits.max_strings);
      return fail(Message{"more than " + limit + " shared strings",
                          "meer dan " + limit + " gedeelde teksten"});
    }
    total_bytes += current.size();
    if (total_bytes > limits.max_string_bytes) {
      const std::string limit = std::to_string(limits.max_string_bytes >> 20);
      return fail(Message{"the shared strings hold more than " + limit + " MiB of text",
                          "de gedeelde teksten bevatten meer dan " + limit + " MiB tekst"});
    }
    strings.push_back(std::move(current));
    current.clear();
  }
  void text(std::string_view text) override {
    if (!in_text) return;
    if (current.size() + text.size() > limits.max_cell_bytes) {
      const std::string number = std::to_string(strings.size() + 1),
                        limit = std::to_string(limits.max_cell_bytes >> 10);
      return fail(Message{
          "shared string " + number + " is longer than the limit of " + limit + " KiB for one cell",
          "gedeelde tekst " + number + " is langer dan de grens van " + limit +
              " KiB voor een cel"});
    }
    current.append(text);
  }
};

// ---- a worksheet ----

struct SheetPart : XmlHandler {
  const std::string& part;
  const Limits& limits;
  const std::vector<std::string>* strings;  ///< nullptr when the workbook has no table
  const std::vector<bool>& style_is_date;
  DateSystem date_system;
  std::uint64_t& cell_budget;  ///< cells still allowed, all sheets together
  Sheet& sheet;

  /// The first problem, at a cell or in the part; reported once the sheet is a source.
  std::optional<Position> problem_at;
  Code problem_code = Code::XlsxSyntax;
  Message problem;

  std::uint32_t row = 0, column = 0;
  bool in_cell = false, in_value = false, in_inline = false, in_text = false;
  int phonetic = 0;
  std::string type;
  std::uint64_t style = 0;
  std::string value;
  Position at;

  SheetPart(const std::string& part_, const Limits& limits_, const std::vector<std::string>* s,
            const std::vector<bool>& dates, DateSystem system, std::uint64_t& budget, Sheet& out)
      : part(part_),
        limits(limits_),
        strings(s),
        style_is_date(dates),
        date_system(system),
        cell_budget(budget),
        sheet(out) {}

  void fail(std::optional<Position> where, Code code, Message message) {
    problem_at = where.value_or(Position{});
    problem_code = code;
    problem = std::move(message);
    stop();
  }
  void bad_reference(const char* ref) {
    const std::string shown = util::escape_control(ref);
    fail(std::nullopt, Code::XlsxSyntax,
         Message{"'" + shown + "' is not a cell inside a sheet (A1 to XFD1048576)",
                 "'" + shown + "' is geen cel binnen een blad (A1 tot XFD1048576)"});
  }

  void start(std::string_view element, const Attributes& a) override {
    if (element == "row") {
      // A row without r follows the one before it.
      if (const char* r = a.find("r")) {
        const auto number = parse_index(r);
        if (!number || *number == 0 || *number > kMaxRow) return bad_reference(r);
        row = static_cast<std::uint32_t>(*number);
      } else {
        ++row;
      }
      column = 0;
    } else if (element == "c") {
      if (const char* r = a.find("r")) {
        const auto position = parse_reference(r);
        if (!position) return bad_reference(r);
        row = position->line;
        column = position->column;
      } else {
        if (row == 0) row = 1;
        ++column;
        if (column > kMaxColumn) return bad_reference("XFE");
      }
      at = Position{row, column};
      const char* t = a.find("t");
      type = t ? t : "n";
      const char* s = a.find("s");
      style = s ? parse_index(s).value_or(0) : 0;
      value.clear();
      in_cell = true;
    } else if (in_cell && element == "v") {
      in_value = true;
    } else if (in_cell && element == "is") {
      in_inline = true;
    } else if (in_inline && element == "rPh") {
      ++phonetic;
    } else if (in_inline && element == "t" && phonetic == 0) {
      in_text = true;
    } else if (element == "mergeCell" && sheet.merged.size() < 100'000) {
      const char* ref = a.find("ref");
      const std::string_view range = ref ? ref : "";
      const auto colon = range.find(':');
      const auto first = parse_reference(range.substr(0, colon));
      const auto last =
          colon == std::string_view::npos ? first : parse_reference(range.substr(colon + 1));
      if (first && last) sheet.merged.push_back({*first, *last});
    }
  }

  void end(std::string_view element) override {
    if (element == "v") in_value = false;
    if (element == "t") in_text = false;
    if (element == "rPh" && phonetic > 0) --phonetic;
    if (element == "is") in_inline = false;
    if (element != "c" || !in_cell) return;
    in_cell = false;
    finish_cell();
  }

  void text(std::string_view text) override {
    if (!(in_value || in_text)) return;
    if (value.size() + text.size() > limits.max_cell_bytes) {
      const std::string limit = std::to_string(limits.max_cell_bytes >> 10);
      value.append(text.substr(0, std::min(text.size(), 2 * SourceExcerpt::kWindowBytes)));
      sheet.cells.push_back({at, CellType::Text, value});
      return fail(at, Code::XlsxLimit,
                  Message{"the cell holds more than " + limit +
                              " KiB of text, the limit for one cell (Excel itself allows "
                              "32,767 characters)",
                          "de cel bevat meer dan " + limit +
                              " KiB tekst, de grens voor een cel (Excel zelf staat 32.767 tekens "
                              "toe)"});
    }
    value.append(text);
  }

  void finish_cell() {
    Cell cell{at, CellType::Text, {}};
    if (type == "s") {
      const auto index = parse_index(value);
      if (!strings)
        return fail(at, Code::NotAWorkbook,
                    Message{"the cell refers to the shared strings, but the workbook has no "
                            "xl/sharedStrings.xml; save it again from Excel or LibreOffice",
                            "de cel verwijst naar de gedeelde teksten, maar de werkmap heeft geen "
                            "xl/sharedStrings.xml; sla hem opnieuw op vanuit Excel of "
                            "LibreOffice"});
      if (!index || *index >= strings->size()) {
        const std::string shown = util::escape_control(value),
                          count = std::to_string(strings->size());
        return fail(at, Code::XlsxSyntax,
                    Message{"the cell refers to shared string '" + shown +
                                "', but xl/sharedStrings.xml has " + count + " strings",
                            "de cel verwijst naar gedeelde tekst '" + shown +
                                "', maar xl/sharedStrings.xml heeft er " + count});
      }
      cell.text = (*strings)[*index];
    } else if (type == "inlineStr" || type == "str") {
      cell.text = std::move(value);
    } else if (type == "b") {
      cell.type = CellType::Bool;
      cell.text = util::trim(value) == "1" ? "TRUE" : "FALSE";
      if (util::trim(value).empty()) return;
    } else if (type == "e") {
      cell.type = CellType::Error;
      cell.text = std::move(value);
    } else if (type == "d") {
      cell.type = CellType::Date;
      cell.text = std::string(util::trim(value).substr(0, 10));
    } else {
      const std::string_view number = util::trim(value);
      if (number.empty()) return;
      cell.type = CellType::Number;
      cell.text = std::string(number);
      if (style < style_is_date.size() && style_is_date[style]) {
        char* end = nullptr;
        const double serial = std::strtod(cell.text.c_str(), &end);
        if (end && *end == '\0')
          if (auto iso = serial_to_iso(serial, date_system)) {
            cell.type = CellType::Date;
            cell.text = std::move(*iso);
          }
      }
    }
    if (cell.text.empty()) return;
    if (cell_budget == 0) {
      const std::string limit = std::to_string(limits.max_cells);
      return fail(at, Code::XlsxLimit,
                  Message{"the workbook has more than " + limit + " cells with a value",
                          "de werkmap heeft meer dan " + limit + " cellen met een waarde"});
    }
    --cell_budget;
    sheet.cells.push_back(std::move(cell));
  }
};

/// Builds the sheet's source of findings from its cells.
void make_source(const std::string& path, Sheet& sheet) {
  std::vector<SheetCellText> texts;
  texts.reserve(sheet.cells.size());
  for (const auto& cell : sheet.cells) texts.push_back({cell.position, cell.text});
  sheet.source = std::make_shared<SourceFile>(path, sheet.name, std::move(texts));
}

/// Days since 1970-01-01 to the civil date (proleptic Gregorian), as YYYY-MM-DD.
std::string iso_of_days(std::int64_t days) {
  days += 719'468;
  const std::int64_t era = (days >= 0 ? days : days - 146'096) / 146'097;
  const std::int64_t doe = days - era * 146'097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", static_cast<int>(year),
                static_cast<int>(month), static_cast<int>(day));
  return text;
}

}  // namespace

const Sheet* Workbook::find(std::string_view name) const {
  for (const auto& sheet : sheets)
    if (sheet.name == name) return &sheet;
  return nullptr;
}

bool looks_like_zip(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
         bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4);
}

bool looks_like_ole(std::string_view bytes) {
  return bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

std::optional<std::string> serial_to_iso(double serial, DateSystem system) {
  if (!std::isfinite(serial) || serial < 0 || serial >= 2'958'466) return std::nullopt;
  const auto day = static_cast<std::int64_t>(std::floor(serial));
  // Days from 1970-01-01 to 1899-12-31 and to 1904-01-01.
  constexpr std::int64_t k1899_12_31 = -25'568, k1899_12_30 = -25'569, k1904_01_01 = -24'107;
  if (system == DateSystem::From1904) return iso_of_days(k1904_01_01 + day);
  if (day < 1 || day == 60) return std::nullopt;  // 1900-01-00 and 1900-02-29 are not days
  return iso_of_days((day < 60 ? k1899_12_31 : k1899_12_30) + day);
}

std::optional<Workbook> read_workbook(const std::string& path, std::string_view bytes,
                                      const Limits& limits, Diagnostics& diagnostics,
                                      std::string_view only_sheet) {
  if (looks_like_ole(bytes)) {
    diagnostics.push_back(make_file_diagnostic(
        path, Code::PasswordProtected,
        Message{"this workbook is password-protected (encrypted), or an old Excel 97-2003 .xls "
                "file; labeltool cannot read it. Open it in Excel, choose File > Info > Protect "
                "Workbook > Encrypt with Password, clear the password and save it as Excel "
                "Workbook (.xlsx); in LibreOffice: File > Save As, untick 'Save with password'",
                "deze werkmap is met een wachtwoord beveiligd (versleuteld), of een oud Excel "
                "97-2003 .xls-bestand; labeltool kan hem niet lezen. Open hem in Excel, kies "
                "Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, maak het "
                "wachtwoord leeg en sla op als Excel-werkmap (.xlsx); in LibreOffice: Bestand > "
                "Opslaan als, vink 'Opslaan met wachtwoord' uit"}));
    return std::nullopt;
  }
  auto zip = ZipArchive::open(path, bytes, limits, diagnostics);
  if (!zip) return std::nullopt;
  const std::string workbook_part = "xl/workbook.xml";
  WorkbookPart workbook_xml;
  const auto read = parse_part(*zip, path, workbook_part, workbook_xml, diagnostics);
  if (read == ZipArchive::Read::Missing) {
    diagnostics.push_back(make_file_diagnostic(
        path, Code::NotAWorkbook,
        Message{"a zip archive, but not an Excel workbook: it has no xl/workbook.xml (save it "
                "as Excel Workbook, .xlsx)",
                "een zip-archief, maar geen Excel-werkmap: xl/workbook.xml ontbreekt (sla het "
                "op als Excel-werkmap, .xlsx)"}));
    return std::nullopt;
  }
  if (read == ZipArchive::Read::Failed) return std::nullopt;

  RelationshipsPart rels;
  const std::string rels_part = "xl/_rels/workbook.xml.rels";
  if (parse_part(*zip, path, rels_part, rels, diagnostics) == ZipArchive::Read::Failed)
    return std::nullopt;

  Workbook book;
  book.date_system = workbook_xml.date1904 ? DateSystem::From1904 : DateSystem::From1900;

  StylesPart styles;
  const std::string styles_part =
      rels.styles.empty() ? "xl/styles.xml" : part_of_target(rels.styles);
  if (parse_part(*zip, path, styles_part, styles, diagnostics) == ZipArchive::Read::Failed)
    return std::nullopt;

  const std::string strings_part =
      rels.shared_strings.empty() ? "xl/sharedStrings.xml" : part_of_target(rels.shared_strings);
  SharedStringsPart strings(path, strings_part, limits, diagnostics);
  const auto strings_read = parse_part(*zip, path, strings_part, strings, diagnostics);
  if (strings_read == ZipArchive::Read::Failed) return std::nullopt;
  if (strings_read == ZipArchive::Read::Missing && !rels.shared_strings.empty()) {
    diagnostics.push_back(part_problem(
        path, strings_part, Code::NotAWorkbook,
        Message{"missing: the workbook lists it but the zip archive does not hold it",
                "ontbreekt: de werkmap noemt het maar het zip-archief bevat het niet"}));
    return std::nullopt;
  }
  const std::vector<std::string>* table =
      strings_read == ZipArchive::Read::Done ? &strings.strings : nullptr;

  std::uint64_t cell_budget = limits.max_cells;
  for (const auto& entry : workbook_xml.sheets) {
    book.sheet_names.push_back(entry.name);
    if (!only_sheet.empty() && entry.name != only_sheet) continue;
    const auto target = rels.target_of.find(entry.relationship);
    const std::string shown = util::escape_control(entry.name);
    if (target == rels.target_of.end()) {
      diagnostics.push_back(
          part_problem(path, workbook_part, Code::NotAWorkbook,
                       Message{"sheet '" + shown + "' has no part in " + rels_part,
                               "blad '" + shown + "' heeft geen onderdeel in " + rels_part}));
      return std::nullopt;
    }
    const std::string part = part_of_target(target->second);
    Sheet sheet;
    sheet.name = entry.name;
    SheetPart handler(part, limits, table, styles.style_is_date, book.date_system, cell_budget,
                      sheet);
    const auto sheet_read = parse_part(*zip, path, part, handler, diagnostics);
    if (sheet_read == ZipArchive::Read::Missing) {
      diagnostics.push_back(part_problem(
          path, part, Code::NotAWorkbook,
          Message{"missing: sheet '" + shown + "' is listed but its part is not in the archive",
                  "ontbreekt: blad '" + shown + "' wordt genoemd maar het onderdeel ontbreekt"}));
      return std::nullopt;
    }
    if (handler.problem_at) {
      if (handler.problem_at->line == 0) {
        diagnostics.push_back(part_problem(path, part, handler.problem_code, handler.problem));
      } else {
        make_source(path, sheet);
        diagnostics.push_back(make_diagnostic(*sheet.source, *handler.problem_at,
                                              handler.problem_code, handler.problem));
      }
      return std::nullopt;
    }
    if (sheet_read == ZipArchive::Read::Failed) return std::nullopt;
    make_source(path, sheet);
    book.sheets.push_back(std::move(sheet));
  }
  return book;
}

}  // namespace labeltool::xlsx
