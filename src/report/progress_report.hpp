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

/// Text report: the norms whose score changed, then the standing per theme and in total.
std::string render_progress_text(const ProgressHeader& header, const analysis::Progress& progress,
                                 Lang lang);
/// The same as a Markdown document.
std::string render_progress_markdown(const ProgressHeader& header,
                                     const analysis::Progress& progress, Lang lang);
/// JSON (schema "labeltool-progress/1"); its names do not change with the language.
std::string render_progress_json(const ProgressHeader& header, const analysis::Progress& progress);

/// The word for a change in reports for people, e.g. "beter".
const Phrase& change_word(analysis::Change change);

}  // namespace labeltool::report
