#pragma once
/// Empty zelfevaluaties to fill in: YAML with each norm's title and evidence as comments, or
/// the CSV form for people who work in Excel (see docs/formats.md).
#include <string>
#include <vector>

#include "model/normset.hpp"

namespace labeltool::report {

/// The YAML form, its comments in Dutch.
std::string render_template_yaml(const model::NormSet& set, const std::vector<std::string>& scope,
                                 const std::string& date);
/// How the CSV form is written.
enum class CsvDialect {
  /// ';' between cells and a UTF-8 byte order mark: what Excel with Dutch settings opens by a
  /// double click into columns, accents intact (without the mark it reads Windows-1252, and
  /// with ',' it puts every row in one cell, since ',' is the Dutch decimal sign).
  ExcelNl,
  /// ',' and no byte order mark: RFC 4180, for scripts and spreadsheets with English settings.
  Comma,
};

/// The CSV form: the header rows, then one row per norm in scope; CRLF line ends either way.
std::string render_template_csv(const model::NormSet& set, const std::vector<std::string>& scope,
                                const std::string& date, CsvDialect dialect = CsvDialect::ExcelNl);

}  // namespace labeltool::report
