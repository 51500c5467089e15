// fuzz_zelfevaluatie: a zelfevaluatie document through `labeltool check`, `progress` and
// `gap`: input::read_input_bytes (parse, kind, read_zelfevaluatie), check_zelfevaluatie against the
// fixed set it names (else kssw@2019), every check report, progress from the example, and — for a
// file without errors on a set with a fixed crosswalk — the transfer and the pre-filled file.
#include <cstddef>
#include <cstdint>

#include "drivers.hpp"
#include "fixtures.hpp"
#include "input/input.hpp"
#include "oracles.hpp"
#include "read/zelfevaluatie_reader.hpp"

using namespace labeltool;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::initialize();
  return 0;
}

namespace {

void fuzz_one(const std::uint8_t* data, std::size_t size) {
  auto input = input::read_input_bytes("fuzz.yaml", fuzz::bytes_of(data, size), fuzz::limits());
  Diagnostics diagnostics = std::move(input.diagnostics);
  const model::Zelfevaluatie* read = input.zelfevaluatie();
  if (!read) {
    fuzz::render_unreadable(diagnostics);
    return;
  }
  const model::Zelfevaluatie zelfevaluatie = std::move(*read);
  const model::NormSet* set = fuzz::find_set(zelfevaluatie.normset);
  if (!set) set = &fuzz::set("kssw@2019");
  fuzz::check_and_render(zelfevaluatie, *set, std::move(diagnostics));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
