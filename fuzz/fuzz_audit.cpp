// fuzz_audit: an audit (audit/1, YAML or CSV by its first bytes) through `labeltool lint` and
// `labeltool audit`: input::read_input_bytes (parse, kind, read_audit or read_audit_csv), the
// audit's rules against the fixed sets it names (kssw@2019 and nvvk@2021 when it names none
// known), and — for an audit that names only known sets — the report in every format, whose
// text must be terminal-safe, whose JSON must parse and whose CSV must be well formed.
#include <cstddef>
#include <cstdint>

#include "analysis/audit.hpp"
#include "drivers.hpp"
#include "fixtures.hpp"
#include "input/input.hpp"
#include "oracles.hpp"
#include "report/audit_report.hpp"

using namespace labeltool;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::initialize();
  return 0;
}

namespace {

void fuzz_one(const std::uint8_t* data, std::size_t size) {
  const bool csv = size > 0 && data[0] == 'l' && size > 10 && data[9] == ';';
  auto input = input::read_input_bytes(csv ? "fuzz.csv" : "fuzz.yaml", fuzz::bytes_of(data, size),
                                       fuzz::limits());
  const model::Audit* audit = input.audit();
  if (!audit) {
    fuzz::render_unreadable(input.diagnostics);
    return;
  }
  std::vector<const model::NormSet*> sets;
  bool all_known = !audit->normsets.empty();
  for (const auto& audited : audit->normsets) {
    sets.push_back(fuzz::find_set(audited.normset));
    all_known = all_known && sets.back();
  }
  const auto found = analysis::check_audit(*audit, sets);
  fuzz::render_unreadable(found);
  if (!all_known) return;
  std::vector<analysis::AuditCrosswalk> links;
  for (std::size_t from = 0; from < sets.size(); ++from)
    for (std::size_t to = 0; to < sets.size(); ++to)
      if (from != to)
        if (const auto* crosswalk =
                fuzz::find_crosswalk(sets[from]->reference(), sets[to]->reference()))
          links.push_back({from, to, *crosswalk});
  const auto result = analysis::evaluate_audit(*audit, sets, {}, links);
  for (auto lang : {report::Lang::Nl, report::Lang::En}) {
    fuzz::expect_terminal_safe(
        report::render_audit(*audit, "fuzz.yaml", result, report::Format::Text, lang),
        "audit text");
    fuzz::expect_utf8(
        report::render_audit(*audit, "fuzz.yaml", result, report::Format::Markdown, lang),
        "audit markdown");
  }
  fuzz::expect_json(
      report::render_audit(*audit, "fuzz.yaml", result, report::Format::Json, report::Lang::En),
      "audit json");
  fuzz::expect_csv(
      report::render_audit(*audit, "fuzz.yaml", result, report::Format::Csv, report::Lang::En),
      "audit csv");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
