// fuzz_zelfevaluatie: a zelfevaluatie document through `labeltool check`, `progress` and
// `gap`: parse, detect_kind, read_zelfevaluatie, check_zelfevaluatie against the fixed set it
// names (else kssw@2019), every check report, progress from the example, and — for a file
// without errors on a set with a fixed crosswalk — the transfer and the pre-filled file.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "read/document_kind.hpp"
#include "read/zelfevaluatie_reader.hpp"

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
  if (!kind || kind->header != "zelfevaluatie/1") {
    fuzz::render_unreadable(diagnostics);
    return;
  }
  const auto zelfevaluatie = read::read_zelfevaluatie(*document, diagnostics);
  document.reset();  // the model must not depend on the tree
  const model::NormSet* set = fuzz::find_set(zelfevaluatie.normset);
  if (!set) set = &fuzz::set("kssw@2019");
  fuzz::check_and_render(zelfevaluatie, *set, std::move(diagnostics));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
