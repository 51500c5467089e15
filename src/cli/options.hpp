#pragma once
/// The options every subcommand shares, and turning option values into what commands use.
#include <CLI/CLI.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/arguments.hpp"
#include "input/catalog.hpp"
#include "model/normset.hpp"
#include "report/crosswalk_report.hpp"
#include "report/diagnostics.hpp"
#include "report/format.hpp"
#include "yaml/document.hpp"

namespace labeltool::cli {

/// The folders searched for norm sets, in order: `option_folders` (--normsets), the
/// colon-separated LABELTOOL_NORMSETS, ./normsets, then the installed share folder (and the
/// one beside a relocated binary). Folders that do not exist are left out.
std::vector<std::string> normset_search_path(const std::vector<std::string>& option_folders);

/// One word an option accepts, and the mode it stands for.
template <typename Mode>
struct Choice {
  std::string_view word;
  Mode mode;
};

/// Adds an option whose value must be one of `choices` (CLI11 refuses any other, listing
/// them). `target` receives the mode at parse time, so no command compares option strings;
/// its value beforehand is the default that --help shows.
template <typename Mode>
CLI::Option* add_choice_option(CLI::App& app, const std::string& name, Mode& target,
                               std::vector<Choice<Mode>> choices, const std::string& description) {
  std::vector<std::string> words;
  std::string default_word;
  for (const auto& choice : choices) {
    words.emplace_back(choice.word);
    if (choice.mode == target) default_word = choice.word;
  }
  CLI::Option* option = app.add_option_function<std::string>(
      name,
      [&target, choices](const std::string& word) {
        for (const auto& choice : choices)
          if (choice.word == word) target = choice.mode;
      },
      description);
  option->check(CLI::IsMember(words))->default_str(default_word);
  return option;
}

/// The choices of a --format option: `formats` by their command-line words.
std::vector<Choice<report::Format>> format_choices(std::initializer_list<report::Format> formats);

/// When a command exits 1 for what it found.
enum class FailOn {
  Errors,    ///< findings of severity error
  Warnings,  ///< errors or warnings
  Gaps,      ///< errors, or (check) a norm not fully met or a verdict that is not a pass
  Never,     ///< findings never fail; unreadable input still exits 2
};

/// Whether text output is coloured.
enum class ColourChoice { Auto, Always, Never };

/// Options that every subcommand accepts.
struct GlobalOptions {
  std::vector<std::string> normset_folders;
  ColourChoice colour = ColourChoice::Auto;
  std::uint64_t max_file_size = 64ull << 20;
  std::uint32_t max_depth = 64;
  std::uint64_t max_alias_nodes = 100'000;
  std::size_t max_findings = 200;

  yaml::ReadLimits limits() const;
  report::Colour colour_for(int fd) const;
  input::Catalog catalog() const;
};

/// Adds the global options to `app` (they are inherited by every subcommand).
void add_global_options(CLI::App& app, GlobalOptions& options);

/// A subcommand: its CLI11 app and what to run when it was chosen.
struct Command {
  CLI::App* app;
  std::function<int()> run;
};

/// Today's local date as YYYY-MM-DD.
std::string today_iso();

/// Adds --today DATE (the date due dates are judged by) to `app`; `today` stays empty when
/// it is not given. today_or_now() turns that into a date.
void add_today_option(CLI::App& app, std::string& today);
std::string today_or_now(const std::string& today);

/// The --scope IDs that `set` declares (IDs only the other set of a pair declares are left
/// out); an ID neither set declares is reported and makes this return nullopt.
std::optional<std::vector<std::string>> scope_for(const model::NormSet& set,
                                                  const model::NormSet* other,
                                                  const std::vector<std::string>& scope);

/// What a report command writes, and where.
struct ReportOptions {
  report::Format format = report::Format::Text;
  report::Lang lang = report::Lang::Nl;
  std::string output;  ///< a file, written atomically; "" or "-" for stdout
};

/// Adds --format (one of `formats`, the first the default), --lang nl|en and -o/--output.
void add_report_options(CLI::App& app, ReportOptions& options,
                        std::initializer_list<report::Format> formats);

/// Adds --lang nl|en: the language of reports for people.
void add_lang_option(CLI::App& app, report::Lang& lang);

/// suggest: adds --accept-proposed, which lets a command use crosswalk rows that
/// `labeltool suggest` proposed and nobody has reviewed yet.
void add_accept_proposed_option(CLI::App& app, input::ProposedRows& proposed);

/// Adds an option that may be given several times, one value each (--scope, --crosswalk).
void add_list_option(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                     const std::string& description, const std::string& type_name);

}  // namespace labeltool::cli
