#pragma once
/// Findings as data. Every problem labeltool reports is a Diagnostic with a stable code;
/// the table of codes (code_table) is the one place their names and meanings are written.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/phrase.hpp"

namespace labeltool {

class SourceFile;

/// How serious a finding is. Errors make a file invalid; warnings are advice.
enum class Severity : std::uint8_t { Error, Warning, Note };

/// Stable identifiers of findings. The names (code_name) are part of the CLI's interface:
/// CI users filter on them, so never rename one.
enum class Code : std::uint16_t {
  // Reading a file
  FileNotFound,
  FileUnreadable,
  IsDirectory,
  FileTooLarge,
  EmptyFile,
  InvalidUtf8,
  NulByte,
  YamlSyntax,
  MultipleDocuments,
  NestingTooDeep,
  AliasLimit,
  DuplicateKey,
  ComplexKey,
  // Structure shared by every file kind
  MissingHeader,
  UnknownKind,
  RootNotMapping,
  MissingKey,
  UnknownKey,
  WrongType,
  InvalidValue,
  InvalidId,
  InvalidDate,
  EmptyText,
  // Norm sets
  DuplicateId,
  DuplicateTitle,
  UnknownScope,
  UnknownDiscipline,
  ScaleWithoutMet,
  VerdictUnusable,
  InvalidReference,
  UnresolvedReference,
  ExtendsLoop,
  UnknownNorm,
  UnknownTheme,
  TooManyFindings,
  CsvSyntax,
  // Zelfevaluaties (labeltool check)
  MissingAnswer,
  InvalidScore,
  NotApplicableNotAllowed,
  MissingToelichting,
  MissingEvidence,
  MissingAction,
  DueInPast,
  OutOfScope,
  // Crosswalks
  MappingOntoTheme,
  DuplicateMapping,
  ConflictingRelation,
  StrengthMismatch,
  ReverseMismatch,
  // CISO Assistant libraries
  MappingOntoSection,
  RequirementWithoutText,
  InconsistentDepth,
  // What spreadsheets and people write, read as what they mean (each said once)
  ReadAsWindows1252,
  ScoreSpelling,
  SpreadsheetDate,
  IgnoredColumn,
  // suggest: rows proposed by labeltool suggest
  ProposedRows,
  // Workbooks (.xlsx): what stops one from being read (xlsx reader)
  NotAWorkbook,
  PasswordProtected,
  XlsxSyntax,
  XlsxUnsafe,
  XlsxLimit,
  // Audits (audit/1, labeltool audit)
  UnauditedNormset,
  NormOutsideGroup,
  DuplicateJudgement,
  // groups/1 (issue 16): an organisation's own interview groups
  GroupMergedTwice,
  Count_  // keep last
};

/// One row of the code table.
struct CodeInfo {
  Code code;
  std::string_view name;        ///< e.g. "duplicate-key"
  Severity severity;            ///< the severity it is reported with
  std::string_view summary;     ///< one sentence for README, --help and SARIF rule help
  std::string_view summary_nl;  ///< the same in Dutch, for the reports a coordinator reads

  /// The summary in `lang`.
  std::string_view summary_in(util::Lang lang) const {
    return lang == util::Lang::Nl ? summary_nl : summary;
  }
};

/// Every code, in the order of the enum.
const std::vector<CodeInfo>& code_table();
const CodeInfo& code_info(Code code);
std::string_view code_name(Code code);
std::string_view severity_name(Severity severity);

/// A position in a source file: 1-based line and column, the column counted in characters.
/// Line 0 means "the file as a whole". In a workbook sheet (a SourceFile whose sheet() is not
/// empty) the same two numbers are a cell: `line` its row, `column` its column (1 = A), so
/// that a finding sits at Zelfevaluatie!F12 without every reader and sorter learning a second
/// kind of position.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// The source text quoted under a finding: its whole line, or on a long line (minified
/// JSON, a hostile file) a window of about 120 bytes around the position, so that neither
/// memory nor output grows with the line times the number of findings on it.
struct SourceExcerpt {
  static constexpr std::size_t kWindowBytes = 120;  ///< the size of a long line's window
  std::string text;
  std::uint32_t first_column = 1;  ///< the column in the line where `text` starts
  bool cut_after = false;          ///< the line goes on after `text`
};

/// A finding's words in both languages: English for CI formats and `lint`, Dutch for the
/// reports a kwaliteitscoördinator reads. Machine names (codes, keys) are never translated.
/// Written side by side at each site, so that a change to one reminds of the other:
///   Message{"norm " + id + " has no answer", "norm " + id + " is nog niet beantwoord"}
/// Both languages are required to make one: a finding cannot be written in English only.
struct Message {
  std::string en;
  std::string nl;

  Message() = default;
  Message(std::string english, std::string dutch) : en(std::move(english)), nl(std::move(dutch)) {}

  /// Appends `more` to both languages, e.g. a did_you_mean() hint.
  Message& operator+=(const Message& more) {
    en += more.en;
    nl += more.nl;
    return *this;
  }
};

/// The hint " (did you mean 'X'?)" / " (bedoelt u 'X'?)" for `candidate` (escaped).
Message meant(std::string_view candidate);

/// The hint meant() for the candidate closest to `word`, or empty in both languages when none
/// is close.
Message did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

/// A secondary location that explains a finding, e.g. where a duplicate key was first seen.
struct RelatedLocation {
  std::string file;
  Position position;
  std::string message;  ///< in English
  /// The quoted line, when it was copied (see Diagnostic::excerpt); else taken from `source`.
  SourceExcerpt excerpt;
  std::string message_nl;  ///< in Dutch; empty where it has no Dutch text yet
  std::shared_ptr<const SourceFile> source;

  /// The message in `lang`; the English one where there is no Dutch text.
  const std::string& message_in(util::Lang lang) const {
    return lang == util::Lang::Nl && !message_nl.empty() ? message_nl : message;
  }
};

/// One finding.
struct Diagnostic {
  Severity severity = Severity::Error;
  Code code = Code::YamlSyntax;
  std::string file;
  Position position;
  std::string message;     ///< in English (CI formats, lint, JSON)
  std::string message_nl;  ///< in Dutch; empty where the finding has no Dutch text yet
  /// The line at `position` (or a window of it), for the caret display, when it was copied:
  /// only for a source that is not shared (a raw buffer checked before normalising). Usually
  /// empty, and the line is taken from `source` when printed (excerpt_of()), so that the
  /// hundreds of thousands of findings a big file can have do not each hold a copy.
  SourceExcerpt excerpt;
  std::shared_ptr<const SourceFile> source;  ///< the file's text, shared; null for a whole file
  std::uint32_t span = 1;                    ///< width of the caret underline, in characters
  std::vector<RelatedLocation> related;

  /// The message in `lang`; the English one where there is no Dutch text.
  const std::string& message_in(util::Lang lang) const {
    return lang == util::Lang::Nl && !message_nl.empty() ? message_nl : message;
  }
};

/// Findings collected while reading or analysing; most functions append to one of these.
using Diagnostics = std::vector<Diagnostic>;

/// True for codes that mean a file could not be read or parsed at all (missing, unreadable,
/// not UTF-8, not YAML or CSV, over a limit, no or an unknown kind). They make commands exit
/// with 2; every other error, schema errors in a file that was read included, is a finding
/// (exit 1).
bool is_input_error(Code code);

/// Sorts one file's findings by position (stable, so findings at one place keep their order)
/// and drops repeats: the same input error at the same place said twice by two layers.
void sort_by_position(Diagnostics& diagnostics);

/// True when any finding is an error.
bool has_errors(const Diagnostics& diagnostics);

}  // namespace labeltool
