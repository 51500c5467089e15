// fuzz_normset: a norm-set document through everything `labeltool lint` and `show` do with
// it: parse, detect_kind, read_normset, check_normset (a base set) or apply_variant on a
// fixed base (a variant), then every renderer of norm sets and the templates.
// Oracles (only for a set without errors, as only those are ever shown): text output
// escaped, JSON valid, and the YAML and CSV templates read back as zelfevaluaties with one
// answer per norm in scope.
#include <cstddef>
#include <cstdint>

#include "analysis/integrity.hpp"
#include "fuzz_common.hpp"
#include "input/catalog.hpp"
#include "read/document_kind.hpp"
#include "read/normset_reader.hpp"

using namespace labeltool;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::initialize();
  return 0;
}

namespace {

void fuzz_one(const std::uint8_t* data, std::size_t size) {
  Diagnostics diagnostics;
  auto document = yaml::parse_yaml("fuzz.yaml", fuzz::bytes_of(data, size), fuzz::limits(), diagnostics);
  const read::FileKind* kind = document ? read::detect_kind(*document, diagnostics) : nullptr;
  if (!kind || kind->header != "normset/1") {
    fuzz::render_diagnostics(diagnostics);
    return;
  }
  auto set = read::read_normset(*document, diagnostics);
  document.reset();  // as lint does: the model must not depend on the tree
  if (!set.is_variant()) {
    analysis::check_normset(set, diagnostics);
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
