#pragma once
/// The limits that keep reading a hostile workbook fast and its memory bounded. Every one is
/// documented in README (Limits).
#include <cstdint>

namespace labeltool::xlsx {

struct Limits {
  std::uint64_t max_members = 10'000;             ///< files in the zip archive
  std::uint64_t max_uncompressed = 256ull << 20;  ///< bytes inflated, all parts read together
  std::uint64_t max_ratio = 500;                  ///< inflated : compressed, per part …
  std::uint64_t ratio_from = 1ull << 20;          ///< … once the part is this large
  std::uint64_t max_cell_bytes = 128ull << 10;    ///< one cell's text (Excel: 32,767 characters)
  std::uint64_t max_cells = 2'000'000;            ///< cells with a value, in all sheets read
  std::uint64_t max_strings = 2'000'000;          ///< entries of the shared-strings table
  std::uint64_t max_string_bytes = 64ull << 20;   ///< their text together
};

}  // namespace labeltool::xlsx
