// fuzz_ciso: CISO Assistant libraries (src/read/ciso_reader.hpp) as `lint`, `show` and `diff`
// read them: parse, is_ciso_library, ciso_library_content, then
//  - a framework: read_ciso_framework, every norm-set renderer (oracles when it read
//    cleanly, as only then is it shown), and the fixed mapping set fa → fb read against it
//    when it is framework fa (or fb) itself, mutated;
//  - a mapping set: ciso_mapping_framework_urns, read_ciso_mapping_set against the fixed
//    frameworks it names (small ones of fuzz/fixtures/, ISO 27001 2013/2022 of
//    ../shared/fixtures/ciso-assistant/ when present), then — without errors — diff_labels,
//    diff_versions and their renderers.
#include <cstddef>
#include <cstdint>

#include "drivers.hpp"
#include "fixtures.hpp"
#include "oracles.hpp"
#include "read/ciso_reader.hpp"
#include "util/text.hpp"

using namespace labeltool;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::initialize();
  return 0;
}

namespace {

void read_framework(const yaml::Document& document, Diagnostics& diagnostics) {
  auto framework = read::read_ciso_framework(document, diagnostics);
  fuzz::render_diagnostics(diagnostics);
  if (!framework) return;
  const bool clean = !has_errors(diagnostics);
  fuzz::render_normset(framework->set, clean);
  // The fixed mapping set fa → fb against this framework in place of fa (or fb).
  const auto* fa = fuzz::ciso_framework("urn:fuzz:risk:framework:fa");
  const auto* fb = fuzz::ciso_framework("urn:fuzz:risk:framework:fb");
  const bool is_fa = framework->urn == fa->urn, is_fb = framework->urn == fb->urn;
  if (!is_fa && !is_fb) return;
  Diagnostics mapping_diagnostics;
  auto crosswalk =
      read::read_ciso_mapping_set(fuzz::ciso_mapping_document(), is_fa ? &*framework : fa,
                                  is_fb ? &*framework : fb, mapping_diagnostics);
  fuzz::render_diagnostics(mapping_diagnostics);
  if (crosswalk && clean && !has_errors(mapping_diagnostics))
    fuzz::render_crosswalk(*crosswalk, is_fa ? framework->set : fa->set,
                           is_fb ? framework->set : fb->set);
}

void read_mapping_set(const yaml::Document& document, Diagnostics& diagnostics) {
  const auto [source_urn, target_urn] = read::ciso_mapping_framework_urns(document);
  const auto* source = fuzz::ciso_framework(source_urn);
  const auto* target = fuzz::ciso_framework(target_urn);
  auto crosswalk = read::read_ciso_mapping_set(document, source, target, diagnostics);
  fuzz::render_diagnostics(diagnostics);
  if (crosswalk && source && target && !has_errors(diagnostics))
    fuzz::render_crosswalk(*crosswalk, source->set, target->set);
}

void fuzz_one(const std::uint8_t* data, std::size_t size) {
  Diagnostics diagnostics;
  auto document =
      yaml::parse_yaml("fuzz.yaml", fuzz::bytes_of(data, size), fuzz::limits(), diagnostics);
  if (!document || !read::is_ciso_library(*document)) {
    fuzz::render_diagnostics(diagnostics);
    return;
  }
  switch (read::ciso_library_content(*document)) {
    case read::CisoContent::Framework:
      read_framework(*document, diagnostics);
      break;
    case read::CisoContent::MappingSet:
      read_mapping_set(*document, diagnostics);
      break;
    case read::CisoContent::Other:
      fuzz::render_diagnostics(diagnostics);
      break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
