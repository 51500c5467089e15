#pragma once
/// The output formats a report can be written in.
#include <string_view>

namespace labeltool::report {

/// Text, Markdown and HTML are for people; JSON, CSV and the CI formats (SARIF, GitHub workflow
/// commands, JUnit) are for tools and keep their machine names whatever the report's
/// language. Which formats a command offers is the command's choice (cli/).
enum class Format {
  Text,
  Markdown,
  Json,
  Csv,
  Sarif,
  Github,
  Junit,
  Yaml,
  Html,
  Xlsx,  ///< audit workbooks (issue 16): a workbook, never text; written with -o only
};

/// The word for `format` on the command line: "text", "markdown", "json", …
constexpr std::string_view format_word(Format format) {
  switch (format) {
    case Format::Text:
      return "text";
    case Format::Markdown:
      return "markdown";
    case Format::Json:
      return "json";
    case Format::Csv:
      return "csv";
    case Format::Sarif:
      return "sarif";
    case Format::Github:
      return "github";
    case Format::Junit:
      return "junit";
    case Format::Yaml:
      return "yaml";
    case Format::Html:
      return "html";
    case Format::Xlsx:  // audit workbooks (issue 16)
      return "xlsx";
  }
  return "text";
}

}  // namespace labeltool::report
