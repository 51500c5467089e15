#include "input/load.hpp"

#include "read/ciso_reader.hpp"
#include "read/document_kind.hpp"
#include "util/parallel.hpp"

namespace labeltool::input {

std::vector<LoadedFile> load_files(const std::vector<std::string>& paths,
                                   const yaml::ReadLimits& limits, unsigned jobs,
                                   const std::function<void(LoadedFile&)>& after_load) {
  std::vector<LoadedFile> files(paths.size());
  util::parallel_for(paths.size(), jobs, [&](std::size_t i) {
    LoadedFile& file = files[i];
    file.index = i;
    file.path = paths[i];
    file.document = yaml::read_yaml_file(file.path, limits, file.diagnostics);
    if (file.document && read::is_ciso_library(*file.document)) {
      file.ciso = true;
    } else if (file.document) {
      file.kind = read::detect_kind(*file.document, file.diagnostics);
    }
    if (file.kind && after_load) after_load(file);
  });
  return files;
}

}  // namespace labeltool::input
