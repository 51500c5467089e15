#pragma once
/// Reports of `labeltool check`, for people (text, Markdown) and for tools (JSON, CSV).
#include <string>
#include <vector>

#include "analysis/check.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"
#include "report/diagnostics.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// One checked zelfevaluatie: what was read, against what, and the result.
struct CheckedFile {
  std::string path;
  const model::Zelfevaluatie* zelfevaluatie = nullptr;  ///< nullptr when it could not be read
  const model::NormSet* set = nullptr;                  ///< nullptr when it could not be had
  const analysis::CheckResult* result = nullptr;        ///< nullptr unless both were had
  Diagnostics diagnostics;  ///< reading and checking findings together, in order
};

/// Text report: header (norm set, version, status), findings, standing per theme, verdict,
/// gaps with their actions, evidence still missing.
std::string render_check_text(const CheckedFile& file, Lang lang, Colour colour,
                              std::size_t max_findings);
/// The same as a Markdown document to hand to management.
std::string render_check_markdown(const CheckedFile& file, Lang lang);
/// The JSON document (schema "labeltool-check/1", see docs/check-json.md) is written in
/// pieces, so that any number of files streams through bounded memory:
/// check_json_begin(), then check_json_file() per file (joined by check_json_separator()),
/// then check_json_end().
std::string check_json_begin();
std::string check_json_file(const CheckedFile& file);
std::string check_json_separator();
std::string check_json_end(bool any_files);
/// CSV, one row per norm per file: the header row, then check_csv_rows() per file.
std::string check_csv_header();
std::string check_csv_rows(const CheckedFile& file);

/// The verdict in words, e.g. "nog niet: 2 × voldoet niet, toegestaan 0".
std::string verdict_text(const analysis::Verdict& verdict, const analysis::Tally& total,
                         const model::NormSet& set, Lang lang);

}  // namespace labeltool::report
