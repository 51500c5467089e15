// fuzz_normset: a norm-set document through everything `labeltool lint` and `show` do with
// it: input::read_input_bytes (parse, kind, read_normset, check_normset for a base set), or
// for a variant apply_variant on a
// fixed base (a variant), then every renderer of norm sets and the templates.
// Oracles (only for a set without errors, as only those are ever shown): text output
// escaped, JSON valid, and the YAML and CSV templates read back as zelfevaluaties with one
// answer per norm in scope.
#include <cstddef>
#include <cstdint>

#include "drivers.hpp"
#include "fixtures.hpp"
#include "input/catalog.hpp"
#include "input/input.hpp"
#include "oracles.hpp"

using namespace labeltool;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::initialize();
  return 0;
}

namespace {

void fuzz_one(const std::uint8_t* data, std::size_t size) {
  // Through the one way in, as lint does: the tree is gone once the model is read, and a
  // base set has had its integrity rules.
  auto input = input::read_input_bytes("fuzz.yaml", fuzz::bytes_of(data, size), fuzz::limits());
  Diagnostics diagnostics = std::move(input.diagnostics);
  if (input.kind != input::Kind::Normset) {
    fuzz::render_diagnostics(diagnostics);
    return;
  }
  model::NormSet set = std::move(*input.normset());
  if (!set.is_variant()) {
    fuzz::render_diagnostics(diagnostics);
    fuzz::render_normset(set, !has_errors(diagnostics));
    return;
  }
  // A variant: resolved on the fixed set it names, else on fuzz-base@1.
  const model::NormSet* base = fuzz::find_set(set.extends);
  if (!base) base = &fuzz::set("fuzz-base@1");
  Diagnostics resolving;
  auto resolved = input::apply_variant(*base, set, resolving);
  const bool clean = !has_errors(diagnostics) && !has_errors(resolving);
  diagnostics.insert(diagnostics.end(), resolving.begin(), resolving.end());
  sort_by_position(diagnostics);
  fuzz::render_diagnostics(diagnostics);
  fuzz::render_normset(resolved, clean);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
