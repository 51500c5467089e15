#include "read/load.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "read/document_kind.hpp"

namespace labeltool::read {

std::vector<LoadedFile> load_files(const std::vector<std::string>& paths,
                                   const yaml::ReadLimits& limits, unsigned jobs,
                                   const std::function<void(LoadedFile&)>& after_load) {
  std::vector<LoadedFile> files(paths.size());
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;  // the first unexpected exception of any worker
  std::mutex failure_mutex;
  const auto work_items = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      LoadedFile& file = files[i];
      file.index = i;
      file.path = paths[i];
      file.document = yaml::read_yaml_file(file.path, limits, file.diagnostics);
      if (file.document) file.kind = detect_kind(*file.document, file.diagnostics);
      if (file.kind && after_load) after_load(file);
    }
  };
  const auto work = [&] {
    try {
      work_items();
    } catch (...) {
      const std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = files.size();
    }
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, paths.size()));
  std::vector<std::thread> workers;
  for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
  work();
  for (auto& worker : workers) worker.join();
  if (failure) std::rethrow_exception(failure);
  return files;
}

}  // namespace labeltool::read
