#pragma once
/// Reports of `labeltool progress`.
#include <string>

#include "analysis/progress.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// Context the report names in its header.
struct ProgressHeader {
  std::string old_path, new_path, organisation, old_date, new_date, normset, status_banner;
};

std::string render_progress_text(const ProgressHeader& header, const analysis::Progress& progress,
                                 Lang lang);
std::string render_progress_markdown(const ProgressHeader& header,
                                     const analysis::Progress& progress, Lang lang);
std::string render_progress_json(const ProgressHeader& header, const analysis::Progress& progress);

}  // namespace labeltool::report
