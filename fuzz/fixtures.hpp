#pragma once
// The fuzz targets' fixed inputs: reading limits, the norm sets, crosswalks, CISO frameworks
// and the example zelfevaluatie that fuzzed documents are read and checked against.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"
#include "read/ciso_reader.hpp"
#include "yaml/document.hpp"

namespace labeltool::fuzz {

/// Small limits, so one input cannot take long: depth 64, 10 000 alias nodes, 200 000 nodes,
/// 1 MiB.
const yaml::ReadLimits& limits();

/// The fuzz input as a string.
inline std::string bytes_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

/// The date check_zelfevaluatie judges due dates by (fixed, so runs reproduce).
constexpr std::string_view kToday = "2026-01-01";

// ── Fixed norm sets, built once ─────────────────────────────────────────────────────────
// Read from the source tree (LABELTOOL_FUZZ_SOURCE_DIR) at start-up: the small sets of
// fuzz/fixtures/ (fuzz-base@1, a base for variants; fuzz-a@1 and fuzz-b@1, two sides of a
// crosswalk), the shipped kssw@2017, kssw@2019, nvvk@2021, taalhuizen@cbct, the variant
// kssw-wijkteams@2019 resolved on kssw@2019, and the crosswalks between them. Anything that
// does not load cleanly aborts the fuzzer at start-up, so a broken set-up is never silent.

/// Builds the fixed sets now (call from LLVMFuzzerInitialize, after static initialisation,
/// so start-up problems show at once and are not timed as part of the first input).
void initialize();
/// The fixed set with this reference, or nullptr.
const model::NormSet* find_set(std::string_view reference);
/// The fixed set with this reference; aborts when there is none.
const model::NormSet& set(std::string_view reference);
/// A fixed crosswalk from `reference` (fuzz-a@1 ↔ fuzz-b@1, kssw@2017 ↔ kssw@2019,
/// nvvk@2021 ↔ kssw@2019, each in both directions), or nullptr.
const model::Crosswalk* crosswalk_from(std::string_view reference);
/// The fixed crosswalk from `from` to `to` (either way round, see crosswalk_from), or nullptr.
const model::Crosswalk* find_crosswalk(std::string_view from, std::string_view to);
/// A fixed CISO Assistant framework by its URN (any case): urn:fuzz:risk:framework:fa and
/// :fb from fuzz/fixtures/, and ISO 27001 2013 and 2022 from ../shared/fixtures/ciso-assistant/
/// when present. nullptr when there is none.
const read::CisoFramework* ciso_framework(std::string_view urn);
/// The fixed CISO mapping set fa → fb (fuzz/fixtures/ciso-mapping-fa-fb.yaml), parsed.
const yaml::Document& ciso_mapping_document();
/// A fixed example zelfevaluatie on kssw@2019 (examples/buurtkracht-kssw-2019.yaml).
const model::Zelfevaluatie& example_zelfevaluatie();

}  // namespace labeltool::fuzz
