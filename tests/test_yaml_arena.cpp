// The arena that holds a document's tree: aligned, never failing on a large request, and
// copies that stay put while it grows.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "yaml/arena.hpp"

using labeltool::yaml::Arena;

TEST_SUITE_BEGIN("yaml/arena");

TEST_CASE("allocations are aligned and do not overlap") {
  Arena arena(64);
  std::vector<std::uintptr_t> starts;
  for (int i = 0; i < 100; ++i) {
    (void)arena.allocate(1, 1);  // knock the cursor off alignment
    auto* at = static_cast<std::uint64_t*>(arena.allocate(3 * sizeof(std::uint64_t), 8));
    CHECK(reinterpret_cast<std::uintptr_t>(at) % 8 == 0);
    at[0] = at[1] = at[2] = static_cast<std::uint64_t>(i);
    starts.push_back(reinterpret_cast<std::uintptr_t>(at));
  }
  for (std::size_t i = 0; i < starts.size(); ++i)
    CHECK(reinterpret_cast<const std::uint64_t*>(starts[i])[2] == i);
}

TEST_CASE("copies stay valid while later blocks are added, and a large request fits") {
  Arena arena(16);
  std::vector<std::string_view> copies;
  for (int i = 0; i < 1000; ++i) copies.push_back(arena.copy("text number " + std::to_string(i)));
  const std::string big(3 << 20, 'x');  // larger than the largest block
  const std::string_view big_copy = arena.copy(big);
  CHECK(big_copy == big);
  for (int i = 0; i < 1000; ++i) CHECK(copies[i] == "text number " + std::to_string(i));
  CHECK(arena.copy("").empty());
  CHECK(arena.reserved_bytes() >= big.size());
}

TEST_SUITE_END();
