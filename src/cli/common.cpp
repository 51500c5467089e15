#include "analysis/integrity.hpp"
#include "cli/common.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "report/ci_formats.hpp"
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

report::Colour GlobalOptions::colour_for(int fd) const {
  if (colour == "always") return report::Colour::On;
  if (colour == "never") return report::Colour::Off;
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return report::Colour::Off;
  return ::isatty(fd) ? report::Colour::On : report::Colour::Off;
}

input::Catalog GlobalOptions::catalog() const {
  return input::Catalog(input::normset_search_path(normset_folders), limits());
}

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--normsets", options.normset_folders,
                 "Folder to search for norm sets first (repeatable); then LABELTOOL_NORMSETS, "
                 "./normsets and the installed share folder")
      ->type_name("DIR")
      ->expected(1)  // one folder per occurrence, so it never swallows a positional argument
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--color", options.colour, "Colour in text output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
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
  app.add_option("--today", today,
                 "Date to judge due dates by (YYYY-MM-DD; default: today), for reproducible reports")
      ->check([](const std::string& value) {
        return util::is_iso_date(value) ? std::string() : "not a date in the form YYYY-MM-DD";
      });
}

std::string today_or_now(const std::string& today) { return today.empty() ? today_iso() : today; }

void print_diagnostics(const Diagnostics& diagnostics, const GlobalOptions& global) {
  std::cerr << report::render_diagnostics_text(diagnostics, global.colour_for(STDERR_FILENO),
                                               global.max_findings);
}

void print_error(const std::string& message) {
  std::cerr << "labeltool: error: " << util::escape_control(message) << '\n';
}

Output::Output(const std::string& path, const std::vector<std::string>& inputs) {
  if (path.empty() || path == "-") return;
  for (const auto& input : inputs) {
    if (util::same_file(input, path)) {
      print_error("refusing to write to " + path + ": it is one of the input files");
      ok_ = false;
      return;
    }
  }
  file_ = std::make_unique<util::AtomicFile>(path);
  if (!file_->error().empty()) {
    print_error(file_->error());
    ok_ = false;
  }
}

void Output::write(std::string_view bytes) {
  if (!ok_) return;
  if (file_) {
    file_->write(bytes);
  } else {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
  }
}

int Output::finish() {
  if (!ok_) return kExitInput;
  if (!file_) {
    std::fflush(stdout);
    return kExitClean;
  }
  if (const std::string& problem = file_->commit(); !problem.empty()) {
    print_error(problem);
    return kExitInput;
  }
  return kExitClean;
}

int write_output(const std::string& output, const std::string& content,
                 const std::vector<std::string>& inputs) {
  Output out(output, inputs);
  out.write(content);
  return out.finish();
}

int report_findings(const Diagnostics& diagnostics, const std::vector<std::string>& files, const std::string& format,
                    const GlobalOptions& options, bool fail_on_warnings) {
  const auto counts = report::count_findings(diagnostics);
  if (format == "json") {
    std::cout << report::render_diagnostics_json(diagnostics, files.size());
  } else if (format == "sarif") {
    std::cout << report::render_sarif(diagnostics);
  } else if (format == "github") {
    std::cout << report::render_github(diagnostics);
  } else if (format == "junit") {
    std::cout << report::render_junit(diagnostics, files, "lint");
  } else {
    const auto colour = options.colour_for(STDOUT_FILENO);
    std::cout << report::render_diagnostics_text(diagnostics, colour, options.max_findings);
    std::cout << report::summary_line(counts, files.size());
  }
  std::cout.flush();
  for (const auto& diagnostic : diagnostics)
    if (diagnostic.severity == Severity::Error && is_input_error(diagnostic.code)) return kExitInput;
  if (counts.errors > 0 || (fail_on_warnings && counts.warnings > 0)) return kExitFindings;
  return kExitClean;
}

}  // namespace labeltool::cli

#include <filesystem>

#include "read/document_kind.hpp"
#include "read/normset_reader.hpp"

namespace labeltool::cli {

const model::NormSet* load_normset_argument(const std::string& argument, input::Catalog& catalog,
                                            const yaml::ReadLimits& limits,
                                            Diagnostics& diagnostics) {
  const SourceFile command_line("<command line>", argument);
  std::error_code error;
  const bool is_path = std::filesystem::exists(argument, error) ||
                       argument.find('/') != std::string::npos ||
                       argument.find('@') == std::string::npos;
  if (!is_path) return catalog.resolve(argument, command_line, {1, 1}, diagnostics);

  const std::size_t before = diagnostics.size();
  auto document = yaml::read_yaml_file(argument, limits, diagnostics);
  if (!document) return nullptr;
  if (read::is_ciso_library(*document)) {
    auto framework = read::read_ciso_framework(*document, diagnostics);
    if (!framework || has_errors(Diagnostics(diagnostics.begin() + static_cast<std::ptrdiff_t>(before), diagnostics.end())))
      return nullptr;
    const std::string reference = framework->set.reference();
    catalog.add_ciso_framework(std::move(*framework), false);
    return catalog.resolve(reference, *document->source, {1, 1}, diagnostics);
  }
  const read::FileKind* kind = read::detect_kind(*document, diagnostics);
  if (!kind) return nullptr;
  if (kind->header != "normset/1") {
    diagnostics.push_back(make_diagnostic(*document->source, document->root.children.front().position,
                                          Code::UnknownKind,
                                          "this is a " + std::string(kind->header) +
                                              " file, but a norm set (normset/1) is needed here"));
    return nullptr;
  }
  auto set = read::read_normset(*document, diagnostics);
  if (!set.is_variant()) analysis::check_normset(set, diagnostics);
  const bool failed = has_errors(Diagnostics(diagnostics.begin() + static_cast<std::ptrdiff_t>(before), diagnostics.end()));
  if (failed) return nullptr;
  const std::string reference = set.reference();
  catalog.add(std::move(set), false);
  auto found = catalog.resolve_variant(reference);
  diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  return catalog.resolve(reference, *document->source, {1, 1}, diagnostics);
}

}  // namespace labeltool::cli

#include "read/ciso_reader.hpp"
#include "read/crosswalk_reader.hpp"

namespace labeltool::cli {

std::optional<model::Crosswalk> crosswalk_between(const model::NormSet& from, const model::NormSet& to,
                                                  const std::vector<std::string>& files,
                                                  input::Catalog& catalog, const yaml::ReadLimits& limits,
                                                  Diagnostics& diagnostics,
                                                  std::vector<analysis::UnsoundChain>* unsound) {
  // Given files first, so they win over the folders'.
  for (auto it = files.rbegin(); it != files.rend(); ++it) {
    const std::string& path = *it;
    auto document = yaml::read_yaml_file(path, limits, diagnostics);
    if (!document) return std::nullopt;
    if (read::is_ciso_library(*document)) {
      const auto [source_urn, target_urn] = read::ciso_mapping_framework_urns(*document);
      auto crosswalk = read::read_ciso_mapping_set(*document, catalog.ciso_framework(source_urn),
                                                   catalog.ciso_framework(target_urn), diagnostics);
      if (crosswalk) analysis::check_mapping_rows(*crosswalk, diagnostics);
      if (!crosswalk || has_errors(diagnostics)) return std::nullopt;
      catalog.add_crosswalk(std::move(*crosswalk));
      continue;
    }
    const read::FileKind* kind = read::detect_kind(*document, diagnostics);
    if (!kind) return std::nullopt;
    if (kind->header != "crosswalk/1") {
      diagnostics.push_back(make_diagnostic(*document->source, document->root.children.front().position,
                                            Code::UnknownKind,
                                            "this is a " + std::string(kind->header) + " file, but --crosswalk needs a crosswalk/1"));
      return std::nullopt;
    }
    auto crosswalk = read::read_crosswalk(*document, diagnostics);
    const model::NormSet* source = catalog.resolve(crosswalk.source, *crosswalk.file, crosswalk.source_position, diagnostics);
    const model::NormSet* target = catalog.resolve(crosswalk.target, *crosswalk.file, crosswalk.target_position, diagnostics);
    if (source && target) analysis::check_crosswalk(crosswalk, *source, *target, diagnostics);
    if (has_errors(diagnostics)) return std::nullopt;
    catalog.add_crosswalk(std::move(crosswalk));
  }
  if (auto direct = catalog.find_crosswalk(from.reference(), to.reference())) return direct;
  // One step through a third set, composed only where sound.
  for (const auto& listing : catalog.list()) {
    if (listing.reference == from.reference() || listing.reference == to.reference()) continue;
    auto first = catalog.find_crosswalk(from.reference(), listing.reference);
    auto second = first ? catalog.find_crosswalk(listing.reference, to.reference()) : std::nullopt;
    if (!first || !second) continue;
    auto composition = analysis::compose(*first, *second);
    if (unsound) unsound->insert(unsound->end(), composition.unsound.begin(), composition.unsound.end());
    return composition.crosswalk;
  }
  diagnostics.push_back(make_file_diagnostic(
      "<command line>", Code::UnresolvedReference,
      "no crosswalk between " + from.reference() + " and " + to.reference() +
          " in the norm-set folders; give one with --crosswalk FILE"));
  return std::nullopt;
}

std::optional<std::vector<std::string>> scope_for(const model::NormSet& set, const model::NormSet* other,
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
      if (auto suggestion = util::closest_match(id, known)) message += "; did you mean '" + *suggestion + "'?";
      print_error(message);
      return std::nullopt;
    }
  }
  return mine;
}

void add_report_options(CLI::App& app, std::string& format, const std::vector<std::string>& formats,
                        std::string& lang, std::string& output) {
  format = formats.front();
  app.add_option("--format", format, "Output format")->check(CLI::IsMember(formats))->capture_default_str();
  lang = "nl";
  app.add_option("--lang", lang, "Language of reports for people: nl or en")
      ->check(CLI::IsMember({"nl", "en"}))
      ->capture_default_str();
  app.add_option("-o,--output", output, "Write to this file (atomically) instead of stdout")->type_name("FILE");
}

void add_list_option(CLI::App& app, const std::string& name, std::vector<std::string>& values,
                     const std::string& description, const std::string& type_name) {
  app.add_option(name, values, description)
      ->type_name(type_name)
      ->expected(1)  // one value per occurrence, so it never swallows a positional argument
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

report::Lang parse_lang(const std::string& lang) { return lang == "en" ? report::Lang::En : report::Lang::Nl; }

int input_failure(const Diagnostics& diagnostics, const GlobalOptions& global) {
  print_diagnostics(diagnostics, global);
  return kExitInput;
}

report::Format parse_format(const std::string& format) {
  if (format == "json") return report::Format::Json;
  if (format == "markdown") return report::Format::Markdown;
  if (format == "csv") return report::Format::Csv;
  return report::Format::Text;
}

}  // namespace labeltool::cli
