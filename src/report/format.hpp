#pragma once
/// The output formats a report can be written in.

namespace labeltool::report {

/// Text and Markdown are for people; JSON and CSV are for tools and keep their machine names
/// whatever the report's language.
enum class Format { Text, Markdown, Json, Csv };

}  // namespace labeltool::report
