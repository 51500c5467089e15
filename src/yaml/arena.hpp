#pragma once
/// Memory for one document's tree: nodes and the scalar texts that are not verbatim in the
/// source. Allocated in large blocks and freed all at once with the document, so a tree of
/// a million nodes costs a few hundred allocations instead of millions.
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace labeltool::yaml {

/// A bump allocator. Only for trivially destructible objects: nothing is ever destroyed, the
/// blocks are simply released.
class Arena {
 public:
  /// `first_block` bytes are reserved at the first allocation; later blocks grow to 1 MiB.
  explicit Arena(std::size_t first_block = 4096) : next_block_(first_block) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  /// `bytes` bytes aligned to `alignment` (a power of two, at most alignof(max_align_t)).
  void* allocate(std::size_t bytes, std::size_t alignment);

  /// A copy of `text` that lives as long as the arena.
  std::string_view copy(std::string_view text);

  /// Bytes taken from the system, for tests and measurements.
  std::size_t reserved_bytes() const { return reserved_; }

 private:
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* cursor_ = nullptr;
  std::size_t left_ = 0;
  std::size_t next_block_;
  std::size_t reserved_ = 0;
};

}  // namespace labeltool::yaml
