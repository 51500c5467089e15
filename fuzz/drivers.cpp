#include "drivers.hpp"

#include <cstdio>
#include <map>
#include <set>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include "analysis/audit.hpp"
#include "analysis/diff.hpp"
#include "analysis/integrity.hpp"
#include "analysis/progress.hpp"
#include "analysis/transfer.hpp"
#include "fixtures.hpp"
#include "input/catalog.hpp"
#include "input/input.hpp"
#include "input/kind.hpp"
#include "oracles.hpp"
#include "read/ciso_reader.hpp"
#include "read/crosswalk_reader.hpp"
#include "read/csv.hpp"
#include "read/normset_reader.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/audit_report.hpp"
#include "report/check_report.hpp"
#include "report/crosswalk_report.hpp"
#include "report/diagnostics.hpp"
#include "report/html_reports.hpp"
#include "report/normset_view.hpp"
#include "report/progress_report.hpp"
#include "report/template.hpp"
#include "util/text.hpp"

namespace labeltool::fuzz {

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
      expect_html(report::check_html_begin(&file, v.lang) + report::check_html_file(file, v.lang) +
                      report::check_html_end(),
                  std::string("check_html_*") + std::string(what));
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
  if (v.format == 1) {
    expect_utf8(report::render_progress_markdown(header, progress, v.lang),
                "render_progress_markdown");
    expect_html(report::render_progress_html(header, progress, old_set, set, v.lang),
                "render_progress_html");
  } else if (v.format == 2)
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
  const auto scope = analysis::target_scope(zelfevaluatie, target, {});
  const auto result = analysis::transfer(zelfevaluatie, source, target, crosswalk, scope.scope);
  using report::Format;
  if (v.format == 1)
    expect_utf8(report::render_transfer(source, target, result, {}, crosswalk, scope,
                                        Format::Markdown, v.lang),
                "render_transfer (markdown)");
  else if (v.format == 2)
    expect_json(
        report::render_transfer(source, target, result, {}, crosswalk, scope, Format::Json, v.lang),
        "render_transfer (json)");
  else
    expect_terminal_safe(
        report::render_transfer(source, target, result, {}, crosswalk, scope, Format::Text, v.lang),
        "render_transfer (text)");

  // The pre-filled zelfevaluatie is YAML written from input text: it must read back cleanly,
  // with the organisation and the answered norms unchanged.
  const std::string prefilled = report::render_prefilled(zelfevaluatie, source, target, result,
                                                         scope.scope, std::string(kToday), v.lang);
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
    // An empty CSV template reads back with one answer row per norm in scope, each without
    // a score (so that "not answered yet" points at the norm's own row); what must survive
    // besides is what a spreadsheet shows: the ID and title cells.
    Diagnostics diagnostics;
    auto back = read::read_zelfevaluatie_csv("template.csv", csv_text, diagnostics);
    expect_answers("render_template_csv", csv_text, back, diagnostics, expected);
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

void check_and_render_audit(const model::Audit& audit, const std::string& path) {
  std::vector<const model::NormSet*> sets;
  bool all_known = !audit.normsets.empty();
  for (const auto& audited : audit.normsets) {
    sets.push_back(find_set(audited.normset));
    all_known = all_known && sets.back();
  }
  const auto found = analysis::check_audit(audit, sets);
  render_unreadable(found);
  if (!all_known) return;
  std::vector<analysis::AuditCrosswalk> links;
  for (std::size_t from = 0; from < sets.size(); ++from)
    for (std::size_t to = 0; to < sets.size(); ++to)
      if (from != to)
        if (const auto* crosswalk = find_crosswalk(sets[from]->reference(), sets[to]->reference()))
          links.push_back({from, to, *crosswalk});
  const auto result = analysis::evaluate_audit(audit, sets, {}, links);
  for (auto lang : {report::Lang::Nl, report::Lang::En}) {
    expect_terminal_safe(report::render_audit(audit, path, result, report::Format::Text, lang),
                         "audit text");
    expect_utf8(report::render_audit(audit, path, result, report::Format::Markdown, lang),
                "audit markdown");
  }
  expect_json(report::render_audit(audit, path, result, report::Format::Json, report::Lang::En),
              "audit json");
  expect_csv(report::render_audit(audit, path, result, report::Format::Csv, report::Lang::En),
             "audit csv");
}

int run_one(const std::uint8_t* data, std::size_t size,
            void (*body)(const std::uint8_t* data, std::size_t size)) {
  begin_oracles(data, size);
  begin_input(size);
  try {
    body(data, size);
  } catch (const OracleRecorded&) {
  }
  return 0;
}

}  // namespace labeltool::fuzz
