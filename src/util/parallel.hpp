#pragma once
/// Running independent work items on several threads.
#include <cstddef>
#include <functional>

namespace labeltool::util {

/// Calls `work(i)` for every i in [0, count) on up to `jobs` threads (0 = one per core).
/// Items are handed out one at a time, so uneven items balance. The first exception thrown
/// by any item stops the hand-out and is rethrown here after all threads have finished.
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace labeltool::util
