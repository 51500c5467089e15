#include "diag/diagnostic.hpp"

#include <algorithm>
#include <cassert>
#include <tuple>

namespace labeltool {

const std::vector<CodeInfo>& code_table() {
  using S = Severity;
  static const std::vector<CodeInfo> table = {
      {Code::FileNotFound, "file-not-found", S::Error, "The file does not exist."},
      {Code::FileUnreadable, "file-unreadable", S::Error,
       "The file exists but cannot be read (permissions, or not a regular file)."},
      {Code::IsDirectory, "is-directory", S::Error,
       "A folder was given where a file was expected."},
      {Code::FileTooLarge, "file-too-large", S::Error,
       "The file is larger than the size limit (--max-file-size)."},
      {Code::EmptyFile, "empty-file", S::Error, "The file is empty or holds only comments."},
      {Code::InvalidUtf8, "invalid-utf8", S::Error, "The file is not valid UTF-8."},
      {Code::NulByte, "nul-byte", S::Error, "The file contains a NUL byte (binary data?)."},
      {Code::YamlSyntax, "yaml-syntax", S::Error, "The file is not well-formed YAML."},
      {Code::MultipleDocuments, "multiple-documents", S::Error,
       "The file holds more than one YAML document ('---'); labeltool reads exactly one."},
      {Code::NestingTooDeep, "nesting-too-deep", S::Error,
       "Mappings and sequences are nested deeper than the limit (--max-depth)."},
      {Code::AliasLimit, "alias-limit", S::Error,
       "Aliases (*name) expand to more nodes than the limit (--max-alias-nodes)."},
      {Code::DuplicateKey, "duplicate-key", S::Error,
       "A mapping has the same key twice; YAML tools silently keep one of the two."},
      {Code::ComplexKey, "complex-key", S::Error, "A mapping key is not a plain text value."},
      {Code::MissingHeader, "missing-header", S::Error,
       "The first key is not 'labeltool: KIND/1', so the kind of file is unknown."},
      {Code::UnknownKind, "unknown-kind", S::Error,
       "The 'labeltool:' header names a kind or format version labeltool does not know."},
      {Code::RootNotMapping, "root-not-mapping", S::Error,
       "The document is not a mapping of keys to values."},
      {Code::MissingKey, "missing-key", S::Error, "A required key is absent."},
      {Code::UnknownKey, "unknown-key", S::Error, "A key that this kind of file does not define."},
      {Code::WrongType, "wrong-type", S::Error,
       "A value has the wrong type (e.g. a list where text is expected)."},
      {Code::InvalidValue, "invalid-value", S::Error,
       "A value is outside the allowed vocabulary or range."},
      {Code::InvalidId, "invalid-id", S::Error,
       "An ID is empty or has characters other than letters, digits and . _ -"},
      {Code::InvalidDate, "invalid-date", S::Error,
       "A date is not a real date in YYYY-MM-DD form."},
      {Code::EmptyText, "empty-text", S::Error, "A title or text is empty."},
      {Code::DuplicateId, "duplicate-id", S::Error, "Two themes, norms or values share one ID."},
      {Code::DuplicateTitle, "duplicate-title", S::Warning, "Two norms have the same title."},
      {Code::UnknownScope, "unknown-scope", S::Error,
       "A scope is named that the norm set does not declare."},
      {Code::UnknownDiscipline, "unknown-discipline", S::Error,
       "A discipline is named that the norm set does not declare."},
      {Code::ScaleWithoutMet, "scale-without-met", S::Error,
       "The answer scale has no value meaning 'met', so nothing can pass."},
      {Code::VerdictUnusable, "verdict-unusable", S::Warning,
       "The verdict rule refers to a meaning the scale does not have, or sets no limit."},
      {Code::InvalidReference, "invalid-reference", S::Error,
       "A norm-set reference is not of the form id@version."},
      {Code::UnresolvedReference, "unresolved-reference", S::Error,
       "No norm set with that id@version was found in the norm-set folders."},
      {Code::ExtendsLoop, "extends-loop", S::Error, "Variants extend each other in a loop."},
      {Code::UnknownNorm, "unknown-norm", S::Error, "A norm ID that the norm set does not have."},
      {Code::UnknownTheme, "unknown-theme", S::Error,
       "A theme ID that the norm set does not have."},
      {Code::TooManyFindings, "too-many-findings", S::Note,
       "More findings than --max-findings; the rest were counted but not shown."},
      {Code::CsvSyntax, "csv-syntax", S::Error,
       "A CSV file is malformed (an unclosed quote, text after a closing quote)."},
      {Code::MissingAnswer, "missing-answer", S::Error,
       "A norm that applies to the zelfevaluatie's scope has no answer."},
      {Code::InvalidScore, "invalid-score", S::Error,
       "A score that is not a value of the norm set's scale."},
      {Code::NotApplicableNotAllowed, "not-applicable-not-allowed", S::Error,
       "'Not applicable' is used, but the norm set's scale has no such value."},
      {Code::MissingToelichting, "missing-toelichting", S::Error,
       "An answer that is not fully met has no toelichting (explanation)."},
      {Code::MissingEvidence, "missing-evidence", S::Warning,
       "No evidence is named where the norm lists evidence an auditor will ask for."},
      {Code::MissingAction, "missing-action", S::Warning,
       "A gap (partly or not met) has no improvement action, owner or due date."},
      {Code::DueInPast, "due-in-past", S::Warning, "An action's due date has passed."},
      {Code::OutOfScope, "out-of-scope", S::Warning,
       "An answer for a norm that does not apply to any scope of the zelfevaluatie."},
      {Code::MappingOntoTheme, "mapping-onto-theme", S::Error,
       "A crosswalk row names a theme where a norm is expected."},
      {Code::DuplicateMapping, "duplicate-mapping", S::Warning,
       "A crosswalk maps the same pair of norms twice with the same relation."},
      {Code::ConflictingRelation, "conflicting-relation", S::Error,
       "A crosswalk gives one pair of norms two different relations."},
      {Code::StrengthMismatch, "strength-mismatch", S::Warning,
       "A strength that contradicts the relation (equal is 10, not-related is 0)."},
      {Code::ReverseMismatch, "reverse-mismatch", S::Error,
       "Crosswalks in both directions disagree (A subset B needs B superset A)."},
      {Code::MappingOntoSection, "mapping-onto-section", S::Error,
       "A CISO Assistant mapping row names a requirement node that is not assessable (a section)."},
      {Code::RequirementWithoutText, "requirement-without-text", S::Error,
       "An assessable CISO Assistant requirement node has neither a name nor a description."},
      {Code::InconsistentDepth, "inconsistent-depth", S::Warning,
       "A CISO Assistant node's 'depth' disagrees with its place under 'parent_urn'."},
      {Code::ReadAsWindows1252, "read-as-windows-1252", S::Note,
       "A CSV file that is not UTF-8 was read as Windows-1252, as Excel saves it."},
      {Code::ScoreSpelling, "score-spelling", S::Warning,
       "A score written otherwise than the scale (capitals, extra or special spaces) was read "
       "as the scale value."},
      {Code::SpreadsheetDate, "spreadsheet-date", S::Note,
       "A CSV date as Excel NL writes it (1-12-2026) was read as the ISO date."},
      {Code::IgnoredColumn, "ignored-column", S::Note,
       "A CSV column labeltool does not read (e.g. opmerking) was ignored."},
  };
  assert(table.size() == static_cast<std::size_t>(Code::Count_));
  return table;
}

const CodeInfo& code_info(Code code) { return code_table()[static_cast<std::size_t>(code)]; }

std::string_view code_name(Code code) { return code_info(code).name; }

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "note";
  }
  return "error";
}

bool is_input_error(Code code) {
  // Only what stops a file from being read at all: the file itself, its bytes, its YAML or
  // CSV syntax, a limit, and its kind. Everything found in a file that was read (unknown
  // keys, wrong types and invalid values included) is a finding a CI job can act on: exit 1.
  // Duplicate keys are found while the whole tree is built and every other finding is still
  // reported, so they are findings too.
  switch (code) {
    case Code::FileNotFound:
    case Code::FileUnreadable:
    case Code::IsDirectory:
    case Code::FileTooLarge:
    case Code::EmptyFile:
    case Code::InvalidUtf8:
    case Code::NulByte:
    case Code::YamlSyntax:
    case Code::MultipleDocuments:
    case Code::NestingTooDeep:
    case Code::AliasLimit:
    case Code::ComplexKey:
    case Code::MissingHeader:
    case Code::UnknownKind:
    case Code::RootNotMapping:
    case Code::CsvSyntax:
      return true;
    default:
      return false;
  }
}

namespace {

/// Codes that two layers may each report at the same place (the YAML reader and a kind's
/// reader, say): one defect, however worded. Wider than is_input_error, which decides exit
/// codes only.
bool said_once_per_place(Code code) {
  switch (code) {
    case Code::DuplicateKey:
    case Code::MissingKey:
    case Code::UnknownKey:
    case Code::WrongType:
    case Code::InvalidValue:
    case Code::InvalidId:
    case Code::InvalidDate:
    case Code::InvalidReference:
      return true;
    default:
      return is_input_error(code);
  }
}

}  // namespace

void sort_by_position(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.position.line, a.position.column) <
                            std::tie(b.position.line, b.position.column);
                   });
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(),
                                [](const Diagnostic& a, const Diagnostic& b) {
                                  // Two findings about different norms may share a place
                                  // (missing answers are all reported at 'answers:'); an
                                  // input error at one place is one defect, however worded.
                                  return said_once_per_place(a.code) && a.code == b.code &&
                                         a.file == b.file && a.position.line == b.position.line &&
                                         a.position.column == b.position.column;
                                }),
                    diagnostics.end());
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace labeltool
