#include "input/input.hpp"

#include <utility>

#include "analysis/integrity.hpp"
#include "read/audit_reader.hpp"
#include "read/crosswalk_reader.hpp"
#include "read/csv.hpp"
#include "read/form_layout.hpp"
#include "read/groups_reader.hpp"
#include "read/normset_csv.hpp"
#include "read/normset_reader.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "util/file.hpp"
#include "util/parallel.hpp"
#include "xlsx/workbook.hpp"

namespace labeltool::input {
namespace {

/// A base norm set is usable only once its integrity rules hold; a variant is checked when
/// it is resolved against its base (input/catalog.cpp).
model::NormSet with_integrity(model::NormSet set, Diagnostics& diagnostics) {
  if (!set.is_variant()) analysis::check_normset(set, diagnostics);
  return set;
}

void read_csv(Input& input, std::string bytes) {
  Diagnostics header_problems;
  input.kind = csv_kind(input.path, bytes, header_problems);
  if (!input.kind) {
    // Say first what is wrong with the bytes (empty, NUL, not UTF-8, an unclosed quote):
    // a header that cannot be read is a consequence of that.
    Diagnostics parse_problems;
    const bool parsed = read::parse_csv(input.path, std::move(bytes), parse_problems).has_value();
    auto& found = parsed ? header_problems : parse_problems;
    input.diagnostics.insert(input.diagnostics.end(), found.begin(), found.end());
    return;
  }
  if (input.kind == Kind::ZelfevaluatieCsv) {
    auto z = read::read_zelfevaluatie_csv(input.path, std::move(bytes), input.diagnostics);
    if (z) input.source = z->source;
    if (z) input.model = std::move(*z);
  } else if (input.kind == Kind::NormsetCsv) {
    auto set = read::read_normset_csv(input.path, std::move(bytes), input.diagnostics);
    if (set) input.source = set->source;
    if (set) input.model = with_integrity(std::move(*set), input.diagnostics);
  } else if (input.kind == Kind::AuditCsv) {
    auto audit = read::read_audit_csv(input.path, std::move(bytes), input.diagnostics);
    if (audit) input.source = audit->source;
    if (audit) input.model = std::move(*audit);
  }
  // A CSV whose rows could not be parsed at all has no model: its kind is then unknown.
  if (std::holds_alternative<std::monostate>(input.model)) input.kind.reset();
}

/// A workbook: its answer sheet (Zelfevaluatie, or the first sheet, as LibreOffice names the
/// sheet of a converted CSV after the file) read as the zelfevaluatie form — or, when that
/// first sheet says 'labeltool' 'audit/1', as the audit form.
void read_workbook(Input& input, const std::string& bytes) {
  const xlsx::Limits limits;
  auto book =
      xlsx::read_workbook(input.path, bytes, limits, input.diagnostics, read::form::kAnswerSheet);
  if (book && book->sheets.empty() && !book->sheet_names.empty())
    book = xlsx::read_workbook(input.path, bytes, limits, input.diagnostics,
                               book->sheet_names.front());
  if (!book) return;
  if (book->sheets.empty()) {
    input.diagnostics.push_back(make_file_diagnostic(
        input.path, Code::NotAWorkbook,
        Message{"the workbook has no sheets", "de werkmap heeft geen bladen"}));
    return;
  }
  const xlsx::Sheet& sheet = book->sheets.front();
  input.source = sheet.source;
  if (read::is_audit_sheet(sheet)) {  // audit workbooks (issue 16)
    auto audit = read::read_audit_sheet(sheet, input.diagnostics);
    if (!audit) return;
    input.kind = Kind::AuditXlsx;
    input.model = std::move(*audit);
    return;
  }
  auto z = read::read_zelfevaluatie_sheet(sheet, input.diagnostics);
  if (!z) return;
  input.kind = Kind::ZelfevaluatieXlsx;
  input.model = std::move(*z);
}

void read_yaml(Input& input, std::string bytes, const yaml::ReadLimits& limits) {
  auto document = yaml::parse_yaml(input.path, std::move(bytes), limits, input.diagnostics);
  if (!document) return;
  input.source = document->source;
  input.header = document->root.children.empty() ? document->root.position
                                                 : document->root.children.front().position;
  input.kind = yaml_kind(*document, input.diagnostics);
  if (!input.kind) return;
  switch (*input.kind) {
    case Kind::Normset: {
      auto set = read::read_normset(*document, input.diagnostics);
      document.reset();  // the tree is done with; the integrity rules need only the model
      input.model = with_integrity(std::move(set), input.diagnostics);
      break;
    }
    case Kind::Zelfevaluatie:
      input.model = read::read_zelfevaluatie(*document, input.diagnostics);
      break;
    case Kind::Crosswalk:
      input.model = read::read_crosswalk(*document, input.diagnostics);
      break;
    case Kind::CisoFramework:
      if (auto framework = read::read_ciso_framework(*document, input.diagnostics))
        input.model = std::move(*framework);
      break;
    case Kind::CisoMappingSet:
      input.document = std::move(document);
      break;
    case Kind::Audit:
      input.model = read::read_audit(*document, input.diagnostics);
      break;
    case Kind::Groups:  // issue 16
      input.model = read::read_groups(*document, input.diagnostics);
      break;
    case Kind::CisoOther:
    case Kind::ZelfevaluatieCsv:
    case Kind::NormsetCsv:
    case Kind::ZelfevaluatieXlsx:
    case Kind::AuditCsv:
    case Kind::AuditXlsx:
      break;
  }
}

}  // namespace

model::NormSet* Input::normset() {
  if (auto* framework = std::get_if<read::CisoFramework>(&model)) return &framework->set;
  return std::get_if<model::NormSet>(&model);
}
model::Zelfevaluatie* Input::zelfevaluatie() { return std::get_if<model::Zelfevaluatie>(&model); }
model::Crosswalk* Input::crosswalk() { return std::get_if<model::Crosswalk>(&model); }
read::CisoFramework* Input::ciso_framework() { return std::get_if<read::CisoFramework>(&model); }
model::Audit* Input::audit() { return std::get_if<model::Audit>(&model); }
model::Groups* Input::groups() { return std::get_if<model::Groups>(&model); }

Input read_input_bytes(const std::string& path, std::string bytes, const yaml::ReadLimits& limits) {
  Input input;
  input.path = path;
  switch (sniff_form(path, bytes)) {
    case Form::Csv:
      read_csv(input, std::move(bytes));
      break;
    case Form::Workbook:
      read_workbook(input, bytes);
      break;
    case Form::Yaml:
      read_yaml(input, std::move(bytes), limits);
      break;
  }
  return input;
}

Input read_input(const std::string& path, const yaml::ReadLimits& limits) {
  auto bytes = util::read_file(path, limits.max_file_bytes);
  if (auto* failure = std::get_if<util::ReadFailure>(&bytes)) {
    Input input;
    input.path = path;
    input.diagnostics.push_back(yaml::read_failure_diagnostic(path, *failure));
    return input;
  }
  return read_input_bytes(path, std::move(std::get<std::string>(bytes)), limits);
}

std::vector<Input> read_inputs(const std::vector<std::string>& paths,
                               const yaml::ReadLimits& limits, unsigned jobs,
                               const std::function<void(Input&)>& after_read) {
  std::vector<Input> inputs(paths.size());
  util::parallel_for(paths.size(), jobs, [&](std::size_t i) {
    inputs[i] = read_input(paths[i], limits);
    if (inputs[i].kind && after_read) after_read(inputs[i]);
  });
  return inputs;
}

bool expect_kind(Input& input, std::initializer_list<Kind> wanted, std::string_view needed) {
  if (!input.kind) return false;
  for (Kind kind : wanted)
    if (*input.kind == kind) return true;
  // The Dutch names the wanted kinds by their headers, which are the same in both languages.
  std::string wanted_nl;
  for (Kind kind : wanted)
    wanted_nl += (wanted_nl.empty() ? "" : " of ") + std::string(kind_description(kind));
  const Message message{"this is a " + std::string(kind_description(*input.kind)) + " file, but " +
                            std::string(needed) + " is needed here",
                        "dit is een bestand van het soort " +
                            std::string(kind_description(*input.kind)) +
                            ", maar hier hoort een bestand van het soort " + wanted_nl};
  input.diagnostics.push_back(
      input.source ? make_diagnostic(*input.source, input.header, Code::UnknownKind, message)
                   : make_file_diagnostic(input.path, Code::UnknownKind, message));
  return false;
}

}  // namespace labeltool::input
