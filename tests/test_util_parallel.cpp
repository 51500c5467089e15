// util/parallel: parallel_for runs every item exactly once, on up to the threads asked for.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "util/parallel.hpp"

using labeltool::util::parallel_for;

namespace {

/// How often parallel_for called the work for each index of [0, count).
std::vector<int> calls_per_index(std::size_t count, unsigned jobs) {
  const auto calls = std::make_unique<std::atomic<int>[]>(count + 1);
  parallel_for(count, jobs, [&](std::size_t i) { ++calls[std::min(i, count)]; });
  std::vector<int> out;
  for (std::size_t i = 0; i <= count; ++i) out.push_back(calls[i]);
  return out;  // the last entry counts calls outside [0, count): there must be none
}

}  // namespace

TEST_SUITE_BEGIN("util/parallel");

TEST_CASE("parallel_for calls the work once for every index, for any number of jobs") {
  for (const std::size_t count : {0, 1, 2, 7, 100}) {
    for (const unsigned jobs : {0u, 1u, 2u, 3u, 8u, 64u}) {
      CAPTURE(count);
      CAPTURE(jobs);
      std::vector<int> once(count, 1);
      once.push_back(0);
      CHECK(calls_per_index(count, jobs) == once);
    }
  }
}

TEST_CASE("parallel_for with one job runs the items in order on the calling thread") {
  std::vector<std::size_t> order;
  std::set<std::thread::id> threads;
  parallel_for(5, 1, [&](std::size_t i) {
    order.push_back(i);
    threads.insert(std::this_thread::get_id());
  });
  CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4});
  CHECK(threads == std::set<std::thread::id>{std::this_thread::get_id()});
}

TEST_CASE("parallel_for with two jobs runs two items at the same time") {
  // Each of the first two items waits until both have started: with one thread at work this
  // would wait for ever, so the wait has a generous time-out as a hang guard only.
  std::mutex mutex;
  std::condition_variable changed;
  int started = 0;
  bool both_ran_together = true;
  parallel_for(2, 2, [&](std::size_t) {
    std::unique_lock lock(mutex);
    ++started;
    changed.notify_all();
    if (!changed.wait_for(lock, std::chrono::seconds(30), [&] { return started == 2; }))
      both_ran_together = false;
  });
  CHECK(started == 2);
  CHECK(both_ran_together);
}

TEST_CASE("parallel_for rethrows an item's exception after the other threads are done") {
  std::atomic<int> running{0};
  const auto work = [&](std::size_t i) {
    ++running;
    if (i == 3) {
      --running;
      throw std::runtime_error("item 3 failed");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    --running;
  };
  for (const unsigned jobs : {1u, 4u}) {
    CAPTURE(jobs);
    CHECK_THROWS_WITH_AS(parallel_for(50, jobs, work), "item 3 failed", std::runtime_error);
    CHECK(running == 0);  // no thread still inside an item when parallel_for returned
  }
}

TEST_CASE("parallel_for stops handing out items after an exception") {
  std::vector<std::size_t> ran;
  const auto work = [&](std::size_t i) {
    ran.push_back(i);
    if (i == 3 || i == 5) throw std::out_of_range("item " + std::to_string(i));
  };
  CHECK_THROWS_WITH_AS(parallel_for(10, 1, work), "item 3", std::out_of_range);
  CHECK(ran == std::vector<std::size_t>{0, 1, 2, 3});
}

TEST_SUITE_END();
