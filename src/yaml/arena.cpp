#include "yaml/arena.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace labeltool::yaml {

namespace {
constexpr std::size_t kLargestBlock = std::size_t{1} << 20;
}  // namespace

void* Arena::allocate(std::size_t bytes, std::size_t alignment) {
  const auto padding = [&] {
    const auto address = reinterpret_cast<std::uintptr_t>(cursor_);
    return static_cast<std::size_t>((alignment - address % alignment) % alignment);
  };
  if (cursor_ == nullptr || padding() + bytes > left_) {
    // A request larger than a block gets a block of its own size, so no request fails.
    const std::size_t size = std::max(next_block_, bytes + alignment);
    // Not value-initialised: zeroing would touch every page for nothing.
    blocks_.emplace_back(new std::byte[size]);
    cursor_ = blocks_.back().get();
    left_ = size;
    reserved_ += size;
    next_block_ = std::min(next_block_ * 2, kLargestBlock);
  }
  const std::size_t skip = padding();
  std::byte* result = cursor_ + skip;
  cursor_ += skip + bytes;
  left_ -= skip + bytes;
  return result;
}

std::string_view Arena::copy(std::string_view text) {
  if (text.empty()) return {};
  auto* bytes = static_cast<char*>(allocate(text.size(), 1));
  std::memcpy(bytes, text.data(), text.size());
  return {bytes, text.size()};
}

}  // namespace labeltool::yaml
