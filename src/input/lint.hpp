#pragma once
/// `labeltool lint`: every rule for every kind of file, over many files at once.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "input/catalog.hpp"
#include "yaml/document.hpp"

namespace labeltool::input {

/// What lint does with a file whose content shows it is not for labeltool (see claim_of):
/// in a repository of norm files, `.pre-commit-config.yaml`, workflows and compose files sit
/// beside the norm sets and must not fail the run.
enum class UnknownFiles : std::uint8_t {
  Report,  ///< a missing-header error: the user named this file, so it was meant to be ours
  Skip,    ///< left out and counted as skipped: found in a folder, or `--skip-unknown`
};

/// Whether a file's bytes say that they are meant for labeltool, judged without parsing so
/// that a file that is not even valid YAML can be judged too.
enum class Claim : std::uint8_t {
  Labeltool,  ///< a top-level 'labeltool' key (YAML) or first cell (CSV), or a CISO library
  Foreign,    ///< none of those: another tool's file
};

/// The claim of `bytes`: Labeltool when a line at the top level (column 1, or just inside a
/// flow mapping '{' that opens the document) has the key `labeltool` — wherever it is, so
/// that a header in the wrong place is still reported — or when the first line is a CSV row
/// whose first cell is `labeltool`, or when there are a top-level 'urn: urn:…' and
/// 'objects:' (a CISO Assistant library). Foreign otherwise; comments never count.
Claim claim_of(std::string_view bytes);

/// One file to lint and what to do when it turns out not to be for labeltool.
struct LintTarget {
  std::string path;
  UnknownFiles unknown = UnknownFiles::Report;
  /// The index in LintPlan::folders of the folder it was found in; kNamed when named.
  std::size_t folder = kNamed;
  static constexpr std::size_t kNamed = static_cast<std::size_t>(-1);
};

/// The files a lint run reads, and the folders they were found in.
struct LintPlan {
  std::vector<LintTarget> targets;
  std::vector<std::string> folders;  ///< the folder arguments, as given
};

/// The file extensions a folder is searched for: both YAML spellings and the CSV forms.
inline const std::vector<std::string> kLintExtensions = {".yaml", ".yml", ".csv"};

/// The plan for the command-line `arguments`: a folder becomes its *.yaml, *.yml and *.csv
/// files (hidden files and folders skipped, see util::expand_paths), each with
/// UnknownFiles::Skip; any other argument is one target with `named`, so a missing or
/// misspelt file is reported, not skipped.
LintPlan plan_lint(const std::vector<std::string>& arguments, UnknownFiles named);

/// How many files of each kind a lint run saw.
struct LintSummary {
  std::size_t files = 0;  ///< the files linted: skipped ones are not counted here
  std::size_t normsets = 0;
  std::size_t zelfevaluaties = 0;
  std::size_t crosswalks = 0;
  std::size_t audits = 0;   ///< audit/1 files, YAML or CSV
  std::size_t skipped = 0;  ///< files left out because they are not for labeltool
};

struct LintResult {
  Diagnostics diagnostics;  ///< in input order, then by position
  LintSummary summary;
  std::vector<std::string> files;    ///< the files linted, in input order
  std::vector<std::string> skipped;  ///< the files left out, in input order
  /// Folder arguments in which no file was for labeltool (empty, or only other tools'
  /// files): almost always a wrong path, so the command treats it as a usage error.
  std::vector<std::string> folders_without_files;
};

/// Lints the files of `plan` on up to `jobs` threads. Each file is read once; one that is
/// not for labeltool — its kind unknown and its claim Foreign — is skipped when its target
/// says so. A file that cannot be read at all (missing, unreadable, over the size limit) is
/// always reported: its content cannot say whose it is. Norm sets among the files are
/// registered in `catalog` first, so variants, zelfevaluaties and crosswalks in the same run
/// can refer to them. Zelfevaluaties are checked as `labeltool check` does, with `today`
/// judging due dates.
LintResult lint_files(const LintPlan& plan, input::Catalog& catalog, const yaml::ReadLimits& limits,
                      unsigned jobs, std::string_view today);

/// lint_files for `files` named one by one (UnknownFiles::Report).
LintResult lint_files(const std::vector<std::string>& files, input::Catalog& catalog,
                      const yaml::ReadLimits& limits, unsigned jobs, std::string_view today);

}  // namespace labeltool::input
