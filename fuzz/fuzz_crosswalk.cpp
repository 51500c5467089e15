// fuzz_crosswalk: a crosswalk document through `labeltool lint` and `diff`: parse,
// input::read_input_bytes (parse, kind, read_crosswalk), check_crosswalk against the fixed sets it
// names (else fuzz-a@1 → fuzz-b@1), check_reverse_agreement with its own inverse and with the fixed
// reverse crosswalk, then — without errors, as the CLI requires — diff_labels,
// diff_versions, compose and every renderer of the results.
#include <cstddef>
#include <cstdint>

#include "analysis/integrity.hpp"
#include "drivers.hpp"
#include "fixtures.hpp"
#include "input/input.hpp"
#include "oracles.hpp"
#include "read/crosswalk_reader.hpp"
#include "report/diagnostics.hpp"

using namespace labeltool;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::initialize();
  return 0;
}

namespace {

void fuzz_one(const std::uint8_t* data, std::size_t size) {
  auto input = input::read_input_bytes("fuzz.yaml", fuzz::bytes_of(data, size), fuzz::limits());
  Diagnostics diagnostics = std::move(input.diagnostics);
  if (input.kind != input::Kind::Crosswalk) {
    fuzz::render_diagnostics(diagnostics);
    return;
  }
  const model::Crosswalk crosswalk = std::move(*input.crosswalk());
  const model::NormSet* source = fuzz::find_set(crosswalk.source);
  const model::NormSet* target = fuzz::find_set(crosswalk.target);
  if (!source) source = &fuzz::set("fuzz-a@1");
  if (!target) target = &fuzz::set("fuzz-b@1");
  analysis::check_crosswalk(crosswalk, *source, *target, diagnostics);
  const bool clean = !has_errors(diagnostics);

  // A crosswalk always agrees with its own inverse.
  const auto inverse = crosswalk.inverted();
  Diagnostics agreement;
  analysis::check_reverse_agreement(inverse, crosswalk, agreement);
  if (clean && fuzz::oracles_enabled()) {
    for (const auto& d : agreement)
      if (d.code == Code::ReverseMismatch) {
        std::fprintf(stderr, "%s", report::render_diagnostic(d, report::Colour::Off).c_str());
        fuzz::oracle_failure(
            "check_reverse_agreement: a clean crosswalk disagrees with its own inverse",
            crosswalk.file ? crosswalk.file->text() : "", 0);
      }
  }
  // And with the fixed crosswalk the other way, when there is one (as lint does).
  if (const auto* other = fuzz::find_crosswalk(crosswalk.target, crosswalk.source))
    analysis::check_reverse_agreement(*other, crosswalk, diagnostics);
  sort_by_position(diagnostics);
  fuzz::render_diagnostics(diagnostics);
  fuzz::render_diagnostics(agreement);
  if (clean && crosswalk.source == source->reference() && crosswalk.target == target->reference())
    fuzz::render_crosswalk(crosswalk, *source, *target);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
