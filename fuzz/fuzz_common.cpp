#include "fuzz_common.hpp"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "analysis/diff.hpp"
#include "analysis/integrity.hpp"
#include "analysis/progress.hpp"
#include "analysis/transfer.hpp"
#include "input/catalog.hpp"
#include "input/input.hpp"
#include "input/kind.hpp"
#include "read/ciso_reader.hpp"
#include "read/crosswalk_reader.hpp"
#include "read/csv.hpp"
#include "read/normset_reader.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/check_report.hpp"
#include "report/crosswalk_report.hpp"
#include "report/diagnostics.hpp"
#include "report/normset_view.hpp"
#include "report/progress_report.hpp"
#include "report/template.hpp"
#include "util/text.hpp"

#ifndef LABELTOOL_FUZZ_SOURCE_DIR
#error "LABELTOOL_FUZZ_SOURCE_DIR must name the source tree (set by fuzz/CMakeLists.txt)"
#endif

namespace labeltool::fuzz {
namespace {

[[noreturn]] void setup_failure(const std::string& what, const Diagnostics& diagnostics) {
  std::fprintf(stderr, "fuzz set-up failed: %s\n%s", what.c_str(),
               report::render_diagnostics_text(diagnostics, report::Colour::Off, 0).c_str());
  std::abort();
}

std::string read_source_file(const std::string& relative) {
  const std::string path = std::string(LABELTOOL_FUZZ_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) setup_failure("cannot read " + path, {});
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::size_t offset_of_line(std::string_view text, std::uint32_t line) {
  std::size_t offset = 0;
  for (std::uint32_t current = 1; current < line; ++current) {
    const std::size_t newline = text.find('\n', offset);
    if (newline == std::string_view::npos) return offset;
    offset = newline + 1;
  }
  return offset;
}

namespace {

std::optional<yaml::Document> parse_fixed(const std::string& path, std::string text,
                                          Diagnostics& diagnostics) {
  return yaml::parse_yaml(path, std::move(text), limits(), diagnostics);
}

/// A fixed input of `kind`, read as every command reads files; aborts unless it is clean.
input::Input read_fixed(const std::string& path, std::string text, input::Kind kind) {
  auto read = input::read_input_bytes(path, std::move(text), limits());
  if (read.kind != kind)
    setup_failure(path + " is not a " + std::string(input::kind_description(kind)),
                  read.diagnostics);
  if (read.failed()) setup_failure(path + " has errors", read.diagnostics);
  return read;
}

model::NormSet read_fixed_set(const std::string& path, std::string text) {
  return std::move(*read_fixed(path, std::move(text), input::Kind::Normset).normset());
}

model::Crosswalk read_fixed_crosswalk(const std::string& path, std::string text) {
  return std::move(*read_fixed(path, std::move(text), input::Kind::Crosswalk).crosswalk());
}

read::CisoFramework read_fixed_ciso(const std::string& path, std::string text) {
  Diagnostics diagnostics;
  auto document = parse_fixed(path, std::move(text), diagnostics);
  if (!document || !read::is_ciso_library(*document))
    setup_failure(path + " is not a CISO library", diagnostics);
  auto framework = read::read_ciso_framework(*document, diagnostics);
  if (!framework || has_errors(diagnostics)) setup_failure(path + " has errors", diagnostics);
  return std::move(*framework);
}

struct Fixed {
  std::map<std::string, model::NormSet, std::less<>> sets;
  std::map<std::string, read::CisoFramework, std::less<>> ciso;  ///< by lowercased URN
  std::optional<yaml::Document> ciso_mapping;
  std::vector<model::Crosswalk> crosswalks;  ///< both directions of every fixed crosswalk
  model::Zelfevaluatie example;

  Fixed() {
    const auto add = [&](model::NormSet set) {
      std::string reference = set.reference();
      sets.emplace(std::move(reference), std::move(set));
    };
    for (const char* file :
         {"fuzz/fixtures/fuzz-base.yaml", "fuzz/fixtures/fuzz-a.yaml", "fuzz/fixtures/fuzz-b.yaml",
          "normsets/kssw-2017.yaml", "normsets/kssw-2019.yaml", "normsets/nvvk-2021.yaml",
          "normsets/taalhuizen-cbct.yaml"})
      add(read_fixed_set(file, read_source_file(file)));
    // The shipped variant, resolved on its base as the catalog does.
    auto variant = read_fixed_set("normsets/kssw-wijkteams-2019.yaml",
                                  read_source_file("normsets/kssw-wijkteams-2019.yaml"));
    Diagnostics diagnostics;
    auto resolved = input::apply_variant(sets.at(variant.extends), variant, diagnostics);
    if (has_errors(diagnostics)) setup_failure("kssw-wijkteams@2019 does not resolve", diagnostics);
    add(std::move(resolved));

    for (const char* file :
         {"fuzz/fixtures/fuzz-a-fuzz-b.yaml", "normsets/crosswalks/kssw-2017-kssw-2019.yaml",
          "normsets/crosswalks/nvvk-2021-kssw-2019.yaml"}) {
      auto crosswalk = read_fixed_crosswalk(file, read_source_file(file));
      diagnostics.clear();
      analysis::check_crosswalk(crosswalk, sets.at(crosswalk.source), sets.at(crosswalk.target),
                                diagnostics);
      if (has_errors(diagnostics))
        setup_failure(std::string(file) + " does not fit its sets", diagnostics);
      crosswalks.push_back(crosswalk.inverted());
      crosswalks.push_back(std::move(crosswalk));
    }

    // CISO Assistant: the small frameworks of fuzz/fixtures/, and the real ones in
    // ../shared/fixtures/ciso-assistant/ when that folder is there (never copied in).
    std::vector<std::string> ciso_files = {"fuzz/fixtures/ciso-fa.yaml",
                                           "fuzz/fixtures/ciso-fb.yaml"};
    for (const char* real : {"../shared/fixtures/ciso-assistant/iso27001-2013.yaml",
                             "../shared/fixtures/ciso-assistant/iso27001-2022.yaml"}) {
      std::error_code error;
      if (std::filesystem::is_regular_file(std::string(LABELTOOL_FUZZ_SOURCE_DIR) + "/" + real,
                                           error))
        ciso_files.push_back(real);
    }
    for (const auto& file : ciso_files) {
      auto framework = read_fixed_ciso(file, read_source_file(file));
      std::string urn = framework.urn;
      ciso.emplace(std::move(urn), std::move(framework));
    }
    diagnostics.clear();
    ciso_mapping =
        parse_fixed("fuzz/fixtures/ciso-mapping-fa-fb.yaml",
                    read_source_file("fuzz/fixtures/ciso-mapping-fa-fb.yaml"), diagnostics);
    if (!ciso_mapping) setup_failure("ciso-mapping-fa-fb.yaml does not parse", diagnostics);

    diagnostics.clear();
    auto document =
        parse_fixed("examples/buurtkracht-kssw-2019.yaml",
                    read_source_file("examples/buurtkracht-kssw-2019.yaml"), diagnostics);
    if (!document) setup_failure("the example zelfevaluatie does not parse", diagnostics);
    example = read::read_zelfevaluatie(*document, diagnostics);
    if (has_errors(diagnostics)) setup_failure("the example zelfevaluatie has errors", diagnostics);
  }
};

const Fixed& fixed() {
  static const Fixed instance;
  return instance;
}

}  // namespace

void initialize() { (void)fixed(); }

const yaml::ReadLimits& limits() {
  static const yaml::ReadLimits instance = [] {
    yaml::ReadLimits l;
    l.max_file_bytes = 1u << 20;
    l.max_depth = 64;
    l.max_alias_nodes = 10'000;
    l.max_nodes = 200'000;
    return l;
  }();
  return instance;
}

const model::NormSet* find_set(std::string_view reference) {
  const auto& sets = fixed().sets;
  const auto it = sets.find(reference);
  return it == sets.end() ? nullptr : &it->second;
}

const model::NormSet& set(std::string_view reference) {
  const auto* found = find_set(reference);
  if (!found) setup_failure("no fixed norm set " + std::string(reference), {});
  return *found;
}

const model::Zelfevaluatie& example_zelfevaluatie() { return fixed().example; }

const read::CisoFramework* ciso_framework(std::string_view urn) {
  const auto it = fixed().ciso.find(util::ascii_lower(urn));
  return it == fixed().ciso.end() ? nullptr : &it->second;
}

const yaml::Document& ciso_mapping_document() { return *fixed().ciso_mapping; }

const model::Crosswalk* find_crosswalk(std::string_view from, std::string_view to) {
  for (const auto& crosswalk : fixed().crosswalks)
    if (crosswalk.source == from && crosswalk.target == to) return &crosswalk;
  return nullptr;
}

const model::Crosswalk* crosswalk_from(std::string_view reference) {
  for (const auto& crosswalk : fixed().crosswalks)
    if (crosswalk.source == reference) return &crosswalk;
  return nullptr;
}

// ── Rendering ───────────────────────────────────────────────────────────────────────────

namespace {
Variant current_variant{report::Lang::Nl, false, 0};
}

void begin_input(std::size_t size) {
  current_variant.lang = (size & 1) ? report::Lang::En : report::Lang::Nl;
  current_variant.colour = ((size >> 1) & 1) != 0;
  current_variant.format = static_cast<unsigned>((size >> 2) & 3);
}

const Variant& variant() { return current_variant; }

void render_diagnostics(const Diagnostics& diagnostics) {
  const Variant& v = variant();
  // Plain text is what the oracle can judge and what users see most, so every input gets
  // it; the coloured form differs only by the ANSI codes labeltool adds itself.
  expect_terminal_safe(report::render_diagnostics_text(diagnostics, report::Colour::Off, 0),
                       "render_diagnostics_text");
  if (v.colour)
    expect_utf8(report::render_diagnostics_text(diagnostics, report::Colour::On, 2),
                "render_diagnostics_text (colour, limit 2)");
  expect_terminal_safe(report::summary_line(report::count_findings(diagnostics), 1),
                       "summary_line");
  if (v.format >= 2)
    expect_json(report::render_diagnostics_json(diagnostics, 1), "render_diagnostics_json");
}

namespace {

/// One CheckedFile in one of the formats `labeltool check` writes, chosen by the Variant:
/// across the corpus every format is judged, at the cost of one per input.
void render_checked(const report::CheckedFile& file, std::string_view what) {
  const Variant& v = variant();
  switch (v.format) {
    case 0:
      expect_terminal_safe(report::render_check_text(file, v.lang, report::Colour::Off, 0),
                           std::string("render_check_text") + std::string(what));
      if (v.colour)
        expect_utf8(report::render_check_text(file, v.lang, report::Colour::On, 2),
                    std::string("render_check_text (colour, limit 2)") + std::string(what));
      break;
    case 1:
      expect_utf8(report::render_check_markdown(file, v.lang),
                  std::string("render_check_markdown") + std::string(what));
      break;
    case 2: {
      std::string json = report::check_json_begin() + report::check_json_file(file);
      if (v.colour) json += report::check_json_separator() + report::check_json_file(file);
      expect_json(json + report::check_json_end(true),
                  std::string("check_json_*") + std::string(what));
      break;
    }
    default: {
      const std::string csv = report::check_csv_header() + report::check_csv_rows(file);
      const std::size_t rows = expect_csv(csv, std::string("check_csv_rows") + std::string(what));
      if (oracles_enabled() && file.result && rows < 1 + file.result->rows.size())
        oracle_failure("check_csv_rows: fewer CSV rows than norms in scope", csv, 0);
    }
  }
}

}  // namespace

void check_and_render(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& set,
                      Diagnostics diagnostics, AlsoRun also) {
  const Variant& v = variant();
  const bool read_clean = !has_errors(diagnostics);
  if (v.format == 0) {
    // As `labeltool check` shows a file whose norm set cannot be had.
    report::CheckedFile unresolved;
    unresolved.path = "fuzz.yaml";
    unresolved.zelfevaluatie = &zelfevaluatie;
    unresolved.diagnostics = diagnostics;
    render_checked(unresolved, " (no norm set)");
  }
  const auto result = analysis::check_zelfevaluatie(zelfevaluatie, set, kToday);
  diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
  sort_by_position(diagnostics);
  render_diagnostics(diagnostics);

  report::CheckedFile file;
  file.path = zelfevaluatie.source ? zelfevaluatie.source->path() : "fuzz.yaml";
  file.zelfevaluatie = &zelfevaluatie;
  file.set = &set;
  file.result = &result;
  file.diagnostics = std::move(diagnostics);
  render_checked(file, "");
  expect_terminal_safe(report::verdict_text(result.verdict, result.total, set, v.lang),
                       "verdict_text");
  if (also == AlsoRun::Nothing) return;

  // Progress from the example (on kssw@2019) or from itself, to this one.
  const bool from_example = zelfevaluatie.normset == "kssw@2019";
  const model::Zelfevaluatie& old_z = from_example ? example_zelfevaluatie() : zelfevaluatie;
  const model::NormSet& old_set = from_example ? fuzz::set("kssw@2019") : set;
  const auto progress = analysis::compare_zelfevaluaties(old_z, old_set, zelfevaluatie, set);
  report::ProgressHeader header{"old.yaml", file.path,          zelfevaluatie.organisation,
                                old_z.date, zelfevaluatie.date, set.reference(),
                                ""};
  if (v.format == 1)
    expect_utf8(report::render_progress_markdown(header, progress, v.lang),
                "render_progress_markdown");
  else if (v.format == 2)
    expect_json(report::render_progress_json(header, progress), "render_progress_json");
  else
    expect_terminal_safe(report::render_progress_text(header, progress, v.lang),
                         "render_progress_text");

  // `labeltool gap` (only for a zelfevaluatie read without errors, on the set it names).
  if (read_clean && zelfevaluatie.normset == set.reference())
    if (const auto* crosswalk = crosswalk_from(set.reference()))
      transfer_and_render(zelfevaluatie, set, *crosswalk);
}

void transfer_and_render(const model::Zelfevaluatie& zelfevaluatie, const model::NormSet& source,
                         const model::Crosswalk& crosswalk) {
  const Variant& v = variant();
  const model::NormSet& target = fuzz::set(crosswalk.target);
  std::vector<std::string> scope;  // the zelfevaluatie's scopes that the target declares
  for (const auto& id : zelfevaluatie.scope)
    for (const auto& declared : target.scopes)
      if (declared.id == id) scope.push_back(id);
  const auto result = analysis::transfer(zelfevaluatie, source, target, crosswalk, scope);
  using report::Format;
  if (v.format == 1)
    expect_utf8(report::render_transfer(source, target, result, {}, Format::Markdown, v.lang),
                "render_transfer (markdown)");
  else if (v.format == 2)
    expect_json(report::render_transfer(source, target, result, {}, Format::Json, v.lang),
                "render_transfer (json)");
  else
    expect_terminal_safe(report::render_transfer(source, target, result, {}, Format::Text, v.lang),
                         "render_transfer (text)");

  // The pre-filled zelfevaluatie is YAML written from input text: it must read back cleanly,
  // with the organisation and the answered norms unchanged.
  const std::string prefilled =
      report::render_prefilled(zelfevaluatie, source, target, result, std::string(kToday), v.lang);
  if (!oracles_enabled()) return;
  Diagnostics diagnostics;
  auto document = yaml::parse_yaml("prefilled.yaml", prefilled, limits(), diagnostics);
  const auto kind = document ? input::yaml_kind(*document, diagnostics) : std::nullopt;
  if (!document || kind != input::Kind::Zelfevaluatie || has_errors(diagnostics)) {
    std::fprintf(stderr, "%s",
                 report::render_diagnostics_text(diagnostics, report::Colour::Off, 5).c_str());
    oracle_failure(
        "render_prefilled: output is not a zelfevaluatie that parses cleanly", prefilled,
        diagnostics.empty() ? 0 : offset_of_line(prefilled, diagnostics.front().position.line));
  }
  const auto back = read::read_zelfevaluatie(*document, diagnostics);
  if (back.organisation != zelfevaluatie.organisation)
    oracle_failure("render_prefilled: organisation does not read back unchanged (read back: '" +
                       printable(back.organisation) + "')",
                   prefilled, prefilled.find("organisation:"));
  if (back.answers.size() != result.norms.size())
    oracle_failure("render_prefilled: not every transferred norm reads back as an answer",
                   prefilled, 0);
  for (std::size_t i = 0; i < back.answers.size(); ++i)
    if (back.answers[i].norm_id != result.norms[i].norm->id)
      oracle_failure("render_prefilled: answer '" + printable(back.answers[i].norm_id) +
                         "' reads back for norm '" + printable(result.norms[i].norm->id) + "'",
                     prefilled, 0);
}

void render_unreadable(const Diagnostics& diagnostics) {
  render_diagnostics(diagnostics);
  report::CheckedFile file;
  file.path = "fuzz.yaml";
  file.diagnostics = diagnostics;
  render_checked(file, " (unreadable)");
}

// ── Norm sets and crosswalks ────────────────────────────────────────────────────────────

namespace {

std::vector<std::string> norms_in_scope(const model::NormSet& set,
                                        const std::vector<std::string>& scope) {
  std::vector<std::string> ids;
  for (const auto& theme : set.themes)
    for (const auto& norm : theme.norms)
      if (norm.applies_to_any(scope)) ids.push_back(norm.id);
  return ids;
}

void expect_answers(const std::string& what, const std::string& text,
                    const std::optional<model::Zelfevaluatie>& back, const Diagnostics& diagnostics,
                    const std::vector<std::string>& expected) {
  if (!back) {
    std::fprintf(stderr, "%s",
                 report::render_diagnostics_text(diagnostics, report::Colour::Off, 5).c_str());
    oracle_failure(
        what + ": does not read back as a zelfevaluatie", text,
        diagnostics.empty() ? 0 : offset_of_line(text, diagnostics.front().position.line));
  }
  for (const auto& d : diagnostics) {
    // An empty template has no scores and no organisation yet; anything else is a defect.
    if (d.severity == Severity::Error && is_input_error(d.code) && d.code != Code::EmptyText &&
        d.code != Code::MissingKey && d.code != Code::WrongType) {
      std::fprintf(stderr, "%s", report::render_diagnostic(d, report::Colour::Off).c_str());
      oracle_failure(what + ": reads back with an input error", text,
                     offset_of_line(text, d.position.line));
    }
  }
  std::vector<std::string> ids;
  for (const auto& answer : back->answers) ids.push_back(answer.norm_id);
  if (ids != expected) {
    std::string message = what + ": answers read back [";
    for (const auto& id : ids) message += printable(id) + " ";
    message += "] instead of [";
    for (const auto& id : expected) message += printable(id) + " ";
    oracle_failure(message + "]", text, 0);
  }
}

void expect_templates(const model::NormSet& set, const std::vector<std::string>& scope) {
  const std::string yaml_text = report::render_template_yaml(set, scope, std::string(kToday));
  const std::string csv_text = report::render_template_csv(set, scope, std::string(kToday));
  if (!oracles_enabled()) return;
  const auto expected = norms_in_scope(set, scope);
  {
    Diagnostics diagnostics;
    std::optional<model::Zelfevaluatie> back;
    if (auto document = yaml::parse_yaml("template.yaml", yaml_text, limits(), diagnostics)) {
      if (input::yaml_kind(*document, diagnostics) == input::Kind::Zelfevaluatie)
        back = read::read_zelfevaluatie(*document, diagnostics);
    }
    expect_answers("render_template_yaml", yaml_text, back, diagnostics, expected);
  }
  {
    // An empty CSV template has no scores, so the reader skips every row ("not answered
    // yet"); what must survive is what a spreadsheet shows: the ID and title cells.
    Diagnostics diagnostics;
    auto back = read::read_zelfevaluatie_csv("template.csv", csv_text, diagnostics);
    expect_answers("render_template_csv", csv_text, back, diagnostics, {});
    auto table = read::parse_csv("template.csv", csv_text, diagnostics);
    if (!table) oracle_failure("render_template_csv: not CSV", csv_text, 0);
    std::vector<const model::Norm*> norms;
    for (const auto& theme : set.themes)
      for (const auto& norm : theme.norms)
        if (norm.applies_to_any(scope)) norms.push_back(&norm);
    std::size_t row = 0;
    while (row < table->rows.size() &&
           (table->rows[row].cells.empty() || table->rows[row].cells[0].text != "norm"))
      ++row;
    std::size_t index = 0;
    for (++row; row < table->rows.size(); ++row) {
      const auto& cells = table->rows[row].cells;
      if (table->rows[row].is_empty()) continue;
      if (index >= norms.size() || cells.size() < 2)
        oracle_failure("render_template_csv: more answer rows than norms in scope", csv_text,
                       offset_of_line(csv_text, cells.empty() ? 0 : cells[0].position.line));
      const auto& norm = *norms[index++];
      const std::string& id = cells[0].text;
      const std::string& title = cells[1].text;
      // The reader trims the ID cell; a formula-like title may carry a leading '.
      const bool formula =
          !norm.title.empty() &&
          std::string_view("=+-@\t\r").find(norm.title.front()) != std::string_view::npos;
      if (std::string(util::trim(id)) != norm.id)
        oracle_failure("render_template_csv: norm ID '" + printable(norm.id) + "' reads back as '" +
                           printable(id) + "'",
                       csv_text, offset_of_line(csv_text, cells[0].position.line));
      if (title != norm.title && !(formula && title == "'" + norm.title))
        oracle_failure("render_template_csv: title '" + printable(norm.title) +
                           "' reads back as '" + printable(title) + "'",
                       csv_text, offset_of_line(csv_text, cells[1].position.line));
    }
    if (index != norms.size())
      oracle_failure("render_template_csv: fewer answer rows than norms in scope", csv_text, 0);
  }
}

}  // namespace

void render_normset(const model::NormSet& set, bool clean) {
  // Rendered whatever it holds (memory safety); the oracles hold only for a clean set, as
  // only those are ever shown (`show` and `template` refuse a set with errors).
  const Variant& v = variant();
  const std::string text = report::render_normset_text(set, v.lang);
  const std::string markdown = v.format == 1 ? report::render_normset_markdown(set, v.lang) : "";
  const std::string json = v.format == 2 ? report::render_normset_json(set) : "";
  const std::string banner = report::status_banner(
      set, v.lang, v.colour ? report::BannerLength::Short : report::BannerLength::Full);
  std::string list;
  if (v.format == 3) {
    report::NormSetRow row{set.reference(),
                           set.name,
                           std::string(model::status_name(set.status)),
                           set.source ? set.source->path() : "",
                           set.norm_count(),
                           !clean};
    list = report::render_normset_list({row, row});
  }
  if (!clean) {
    (void)report::render_template_yaml(set, {}, std::string(kToday));
    (void)report::render_template_csv(set, {}, std::string(kToday));
    return;
  }
  expect_terminal_safe(text, "render_normset_text");
  expect_utf8(markdown, "render_normset_markdown");
  if (!json.empty()) expect_json(json, "render_normset_json");
  expect_terminal_safe(banner, "status_banner");
  expect_terminal_safe(list, "render_normset_list");
  expect_templates(set, {});
  if ((v.format & 1) && !set.scopes.empty()) expect_templates(set, {set.scopes.front().id});
}

void render_crosswalk(const model::Crosswalk& crosswalk, const model::NormSet& source,
                      const model::NormSet& target) {
  using report::Format;
  const Variant& v = variant();
  std::vector<std::string> scope_a;
  if ((v.format & 1) && !source.scopes.empty()) scope_a.push_back(source.scopes.front().id);
  const auto diff = analysis::diff_labels(source, target, crosswalk, scope_a, {});
  switch (v.format) {
    case 0:
      expect_terminal_safe(report::render_label_diff(crosswalk, diff, Format::Text, v.lang),
                           "render_label_diff (text)");
      break;
    case 1:
      expect_utf8(report::render_label_diff(crosswalk, diff, Format::Markdown, v.lang),
                  "render_label_diff (markdown)");
      break;
    case 2:
      expect_json(report::render_label_diff(crosswalk, diff, Format::Json, v.lang),
                  "render_label_diff (json)");
      break;
    default:
      expect_csv(report::render_label_diff(crosswalk, diff, Format::Csv, v.lang),
                 "render_label_diff (csv)");
  }
  if (v.colour) {
    // Two versions matched through this crosswalk (`labeltool diff --crosswalk`), with the
    // fates of the example's answers when it is on the source set.
    const auto versions = analysis::diff_versions(source, target, &crosswalk);
    const auto& example = example_zelfevaluatie();
    std::vector<analysis::AnswerFate> fates;
    if (source.reference() == example.normset)
      fates = analysis::answer_fates(example, source, versions);
    const auto* fates_or_null = fates.empty() ? nullptr : &fates;
    if (v.format == 1)
      expect_utf8(report::render_version_diff(source, target, versions, fates_or_null,
                                              Format::Markdown, v.lang),
                  "render_version_diff (markdown)");
    else if (v.format == 2)
      expect_json(report::render_version_diff(source, target, versions, fates_or_null, Format::Json,
                                              v.lang),
                  "render_version_diff (json)");
    else
      expect_terminal_safe(report::render_version_diff(source, target, versions, fates_or_null,
                                                       Format::Text, v.lang),
                           "render_version_diff (text)");
  } else if (const auto* next = crosswalk_from(crosswalk.target)) {
    // Chained with a fixed crosswalk from its target, as `gap` does through a third set.
    const auto composition = analysis::compose(crosswalk, *next);
    const auto& last = set(next->target);
    const auto chained = analysis::diff_labels(source, last, composition.crosswalk, {}, {});
    expect_terminal_safe(
        report::render_label_diff(composition.crosswalk, chained, Format::Text, v.lang),
        "render_label_diff (composed)");
  }
}

// ── Oracles ─────────────────────────────────────────────────────────────────────────────

namespace {

enum class OracleMode { Abort, Record, Off };

OracleMode oracle_mode() {
  static const OracleMode mode = [] {
    const char* value = std::getenv("LABELTOOL_FUZZ_ORACLES");
    const std::string_view text = value ? value : "";
    if (text == "0") return OracleMode::Off;
    if (text == "record") return OracleMode::Record;
    return OracleMode::Abort;
  }();
  return mode;
}

/// Thrown in record mode after an oracle failure was written down; caught by run_one.
struct OracleRecorded {};

const std::uint8_t* current_data = nullptr;
std::size_t current_size = 0;

/// The part of an oracle message that does not quote input: up to the first quote.
std::string_view failure_kind(std::string_view what) { return what.substr(0, what.find('\'')); }

/// Where in the output it failed, without what the input put there: the failing line up
/// to its first ':' (a report's label, a JSON key), words and numbers collapsed to 'w'.
/// Tells different fields apart without telling apart every input.
std::string failure_shape(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  const std::size_t line_start = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  std::string_view line = text.substr(line_start == std::string_view::npos ? 0 : line_start + 1);
  line = line.substr(0, at - (line_start == std::string_view::npos ? 0 : line_start + 1));
  if (const std::size_t colon = line.find(':'); colon != std::string_view::npos)
    line = line.substr(0, colon + 1);
  std::string shape;
  bool in_word = false;
  for (const char c : line) {
    const auto byte = static_cast<unsigned char>(c);
    const bool word = std::isalnum(byte) != 0 || byte >= 0x80;
    if (word && !in_word) shape += 'w';
    if (!word) shape += static_cast<char>(byte < 0x20 ? '?' : byte);
    in_word = word;
  }
  return shape.size() > 40 ? shape.substr(shape.size() - 40) : shape;
}

std::string slug(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool keep = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (keep)
      out += c;
    else if (!out.empty() && out.back() != '_')
      out += '_';
    if (out.size() >= 48) break;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

/// Writes the current input to LABELTOOL_FUZZ_RECORD_DIR (default: the working folder) as
/// oracle-<kind>-<hash>, at most 20 files per kind; returns false when already recorded.
bool record_failure(std::string_view what, std::string_view text, std::size_t at) {
  static std::set<std::string> seen;
  static std::map<std::string, int> per_kind;
  const std::string kind = slug(failure_kind(what));
  const std::string signature = kind + "\n" + failure_shape(text, at);
  std::uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : signature) hash = (hash ^ c) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  const std::string name = "oracle-" + kind + "-" + std::string(hex, 12);
  if (!seen.insert(name).second) return false;
  const char* dir = std::getenv("LABELTOOL_FUZZ_RECORD_DIR");
  const std::filesystem::path folder = dir && *dir ? dir : ".";
  const std::filesystem::path path = folder / name;
  std::error_code error;
  if (std::filesystem::exists(path, error)) return false;
  int& count = per_kind[kind];
  if (count == 0) {
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
      if (entry.path().filename().string().rfind("oracle-" + kind + "-", 0) == 0) ++count;
  }
  if (count >= 20) return false;
  ++count;
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(current_data),
            static_cast<std::streamsize>(current_size));
  std::fprintf(stderr, "==== recorded the input as %s\n", path.c_str());
  return true;
}

}  // namespace

bool oracles_enabled() { return oracle_mode() != OracleMode::Off; }

int run_one(const std::uint8_t* data, std::size_t size,
            void (*body)(const std::uint8_t* data, std::size_t size)) {
  current_data = data;
  current_size = size;
  begin_input(size);
  try {
    body(data, size);
  } catch (const OracleRecorded&) {
  }
  return 0;
}

std::string printable(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == '\n') {
      out += "\\n\n";
    } else if (byte == '\\') {
      out += "\\\\";
    } else if (byte < 0x20 || byte >= 0x7F) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

void oracle_failure(std::string_view what, std::string_view text, std::size_t at) {
  if (oracle_mode() == OracleMode::Record && !record_failure(what, text, at))
    throw OracleRecorded{};
  const std::size_t begin = at > 160 ? at - 160 : 0;
  std::fprintf(stderr,
               "\n==== labeltool fuzz oracle failed: %.*s\n==== at byte %zu of %zu; excerpt "
               "(bytes outside printable ASCII as \\xNN):\n%s\n==== end of excerpt\n",
               static_cast<int>(what.size()), what.data(), at, text.size(),
               printable(text.substr(begin, 320)).c_str());
  if (oracle_mode() == OracleMode::Record) throw OracleRecorded{};
  std::abort();
}

std::size_t first_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t length;
    std::uint32_t cp;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
      cp = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      cp = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      cp = b & 0x07u;
    } else {
      return i;
    }
    if (i + length > n) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3Fu);
    }
    if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += length;
  }
  return std::string_view::npos;
}

void expect_utf8(std::string_view text, std::string_view what) {
  if (!oracles_enabled()) return;
  if (const std::size_t at = first_invalid_utf8(text); at != std::string_view::npos)
    oracle_failure(std::string(what) + ": output is not valid UTF-8", text, at);
}

void expect_terminal_safe(std::string_view text, std::string_view what) {
  if (!oracles_enabled()) return;
  expect_utf8(text, what);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const bool c0 = byte < 0x20 && byte != '\n';
    const bool c1 = byte == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c0 || byte == 0x7F || c1)
      oracle_failure(std::string(what) + ": unescaped control character in text output", text, i);
  }
}

namespace {

/// A strict RFC 8259 recogniser.
class JsonChecker {
 public:
  explicit JsonChecker(std::string_view text) : text_(text) {}

  /// npos when `text` is one JSON value with optional white space around it; else the
  /// offset of the first error.
  std::size_t check() {
    skip_space();
    if (!value(0)) return pos_;
    skip_space();
    return pos_ == text_.size() ? std::string_view::npos : pos_;
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
      ++pos_;
  }
  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  bool value(int depth) {
    if (depth > 512) return false;
    switch (peek()) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default:
        return number();
    }
  }
  bool object(int depth) {
    ++pos_;
    skip_space();
    if (peek() == '}') return ++pos_, true;
    for (;;) {
      skip_space();
      if (peek() != '"' || !string()) return false;
      skip_space();
      if (peek() != ':') return false;
      ++pos_;
      skip_space();
      if (!value(depth + 1)) return false;
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == '}') return ++pos_, true;
      return false;
    }
  }
  bool array(int depth) {
    ++pos_;
    skip_space();
    if (peek() == ']') return ++pos_, true;
    for (;;) {
      skip_space();
      if (!value(depth + 1)) return false;
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == ']') return ++pos_, true;
      return false;
    }
  }
  static bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
  bool string() {
    ++pos_;
    while (!at_end()) {
      const auto c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') return ++pos_, true;
      if (c < 0x20) return false;
      if (c == '\\') {
        ++pos_;
        const char e = peek();
        if (e == 'u') {
          for (int k = 1; k <= 4; ++k)
            if (pos_ + static_cast<std::size_t>(k) >= text_.size() || !is_hex(text_[pos_ + k]))
              return false;
          pos_ += 5;
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos || at_end())
          return false;
      }
      ++pos_;
    }
    return false;
  }
  bool digits() {
    const std::size_t start = pos_;
    while (!at_end() && peek() >= '0' && peek() <= '9') ++pos_;
    return pos_ > start;
  }
  bool number() {
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else if (peek() >= '1' && peek() <= '9') {
      digits();
    } else {
      return false;
    }
    if (peek() == '.') {
      ++pos_;
      if (!digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!digits()) return false;
    }
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

void expect_json(std::string_view text, std::string_view what) {
  if (!oracles_enabled()) return;
  expect_utf8(text, what);
  if (const std::size_t at = JsonChecker(text).check(); at != std::string_view::npos)
    oracle_failure(std::string(what) + ": output is not valid JSON", text, at);
}

std::size_t expect_csv(std::string_view text, std::string_view what) {
  Diagnostics diagnostics;
  auto table = read::parse_csv("output.csv", std::string(text), diagnostics);
  if (!oracles_enabled()) return table ? table->rows.size() : 0;
  if (!table || has_errors(diagnostics)) {
    const std::string rendered =
        report::render_diagnostics_text(diagnostics, report::Colour::Off, 3);
    std::fprintf(stderr, "%s", rendered.c_str());
    oracle_failure(std::string(what) + ": output is not CSV that parse_csv reads back", text, 0);
  }
  return table->rows.size();
}

}  // namespace labeltool::fuzz
