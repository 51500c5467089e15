// fuzz_audit: an audit (audit/1, YAML or CSV by its first bytes) through `labeltool lint` and
// `labeltool audit`: input::read_input_bytes (parse, kind, read_audit or read_audit_csv), the
// audit's rules against the fixed sets it names (kssw@2019 and nvvk@2021 when it names none
// known), and — for an audit that names only known sets — the report in every format, whose
// text must be terminal-safe, whose JSON must parse and whose CSV must be well formed.
#include <cstddef>
#include <cstdint>

#include "drivers.hpp"
#include "fixtures.hpp"
#include "input/input.hpp"
#include "oracles.hpp"

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
  fuzz::check_and_render_audit(*audit, "fuzz.yaml");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
