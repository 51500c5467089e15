#include "cli/options.hpp"

#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "cli/output.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace labeltool::cli {

yaml::ReadLimits GlobalOptions::limits() const {
  yaml::ReadLimits limits;
  limits.max_file_bytes = max_file_size;
  limits.max_depth = max_depth;
  limits.max_alias_nodes = max_alias_nodes;
  return limits;
}

std::vector<std::string> normset_search_path(const std::vector<std::string>& option_folders) {
  std::vector<std::string> candidates = option_folders;
  if (const char* env = std::getenv("LABELTOOL_NORMSETS")) {
    std::string_view list(env);
    while (!list.empty()) {
      const auto colon = list.find(':');
      const auto item = list.substr(0, colon);
      if (!item.empty()) candidates.emplace_back(item);
      if (colon == std::string_view::npos) break;
      list.remove_prefix(colon + 1);
    }
  }
  candidates.emplace_back("normsets");
  candidates.emplace_back(LABELTOOL_SHARE_DIR);
  // A relocated install (a .deb unpacked elsewhere, --prefix): the share folder beside the binary.
  std::error_code error;
  const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error)
    candidates.push_back((executable.parent_path() / ".." / "share" / "labeltool" / "normsets")
                             .lexically_normal()
                             .string());
  std::vector<std::string> folders;
  for (const auto& candidate : candidates) {
    if (!std::filesystem::is_directory(candidate, error)) continue;
    bool seen = false;
    for (const auto& folder : folders) seen = seen || util::same_file(folder, candidate);
    if (!seen) folders.push_back(candidate);
  }
  return folders;
}

report::Colour GlobalOptions::colour_for(int fd) const {
  if (colour == ColourChoice::Always) return report::Colour::On;
  if (colour == ColourChoice::Never) return report::Colour::Off;
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return report::Colour::Off;
  return ::isatty(fd) ? report::Colour::On : report::Colour::Off;
}

input::Catalog GlobalOptions::catalog() const {
  return input::Catalog(normset_search_path(normset_folders), limits());
}

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--normsets", options.normset_folders,
                 "Folder to search for norm sets first (repeatable); then LABELTOOL_NORMSETS, "
                 "./normsets and the installed share folder")
      ->type_name("DIR")
      ->expected(1)  // one folder per occurrence, so it never swallows a positional argument
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  add_choice_option(app, "--color", options.colour,
                    {{"auto", ColourChoice::Auto},
                     {"always", ColourChoice::Always},
                     {"never", ColourChoice::Never}},
                    "Colour in text output: auto, always or never");
  app.add_option("--max-file-size", options.max_file_size,
                 "Largest input file in bytes (default 64 MiB)")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 30))
      ->type_name("BYTES");
  app.add_option("--max-depth", options.max_depth, "Deepest nesting of YAML mappings and lists")
      ->check(CLI::Range(2u, 1000u))
      ->capture_default_str();
  app.add_option("--max-alias-nodes", options.max_alias_nodes,
                 "Most nodes YAML aliases may expand to, per file")
      ->capture_default_str();
  app.add_option("--max-findings", options.max_findings,
                 "Most findings printed as text (0 = all); the rest are counted")
      ->capture_default_str();
}

std::string today_iso() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  return buffer;
}

void add_today_option(CLI::App& app, std::string& today) {
  app.add_option(
         "--today", today,
         "Date to judge due dates by (YYYY-MM-DD; default: today), for reproducible reports")
      ->check([](const std::string& value) {
        return util::is_iso_date(value) ? std::string() : "not a date in the form YYYY-MM-DD";
      });
}

std::string today_or_now(const std::string& today) { return today.empty() ? today_iso() : today; }

std::optional<std::vector<std::string>> scope_for(const model::NormSet& set,
                                                  const model::NormSet* other,
                                                  const std::vector<std::string>& scope) {
  const auto declares = [](const model::NormSet& s, const std::string& id) {
    for (const auto& declared : s.scopes)
      if (declared.id == id) return true;
    return false;
  };
  std::vector<std::string> mine;
  for (const auto& id : scope) {
    if (declares(set, id)) {
      mine.push_back(id);
    } else if (!other || !declares(*other, id)) {
      std::vector<std::string> known;
      for (const auto& declared : set.scopes) known.push_back(declared.id);
      std::string message = "--scope '" + id + "' is not a scope of " + set.reference() +
                            " (it has: " + (known.empty() ? "none" : util::join(known)) + ")";
      message += util::did_you_mean(id, known);
      print_error(message);
      return std::nullopt;
    }
  }
  return mine;
}

std::vector<Choice<report::Format>> format_choices(std::initializer_list<report::Format> formats) {
  std::vector<Choice<report::Format>> choices;
  for (report::Format format : formats) choices.push_back({report::format_word(format), format});
  return choices;
}

void add_lang_option(CLI::App& app, report::Lang& lang) {
  add_choice_option(app, "--lang", lang, {{"nl", report::Lang::Nl}, {"en", report::Lang::En}},
                    "Language of reports for people: nl or en");
}

void add_report_options(CLI::App& app, ReportOptions& options,
                        std::initializer_list<report::Format> formats) {
  options.format = *formats.begin();
  add_choice_option(app, "--format", options.format, format_choices(formats), "Output format");
  add_lang_option(app, options.lang);
  app.add_option("-o,--output", options.output, "Write to this file (atomically) instead of stdout")
      ->type_name("FILE");
}

void add_accept_proposed_option(CLI::App& app, input::ProposedRows& proposed) {
  app.add_flag_callback(
      "--accept-proposed", [&proposed] { proposed = input::ProposedRows::Accept; },
      "Use crosswalk rows that 'labeltool suggest' proposed and nobody has reviewed yet");
}

void add_list_option(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                     const std::string& description, const std::string& type_name) {
  app.add_option(name, values, description)
      ->type_name(type_name)
      ->expected(1)  // one value per occurrence, so it never swallows a positional argument
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

}  // namespace labeltool::cli
