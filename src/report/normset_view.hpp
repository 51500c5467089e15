#pragma once
/// Showing norm sets to people: the outline of one set, and the list of all found sets.
#include <string>
#include <vector>

#include "model/normset.hpp"
#include "report/phrases.hpp"

namespace labeltool::report {

/// The set's themes and norms as an indented outline, with a header that names the set, its
/// version and its status (an illustrative or draft set says so).
std::string render_normset_text(const model::NormSet& set, Lang lang);
/// The same as a Markdown document.
std::string render_normset_markdown(const model::NormSet& set, Lang lang);
/// The resolved set as JSON (schema "labeltool-normset/1").
std::string render_normset_json(const model::NormSet& set);

/// One line per set found: reference, status, number of norms, name, file.
struct NormSetRow {
  std::string reference, name, status, path;
  std::size_t norms = 0;
  bool has_errors = false;
};
std::string render_normset_list(const std::vector<NormSetRow>& rows);

/// How much of a set's status note a banner carries.
enum class BannerLength { Full, Short };

/// "ILLUSTRATIEF: ..." for a set that is not official, or "" for an official one. The full
/// banner carries the status note; the short one says it is not official and where to read why.
std::string status_banner(const model::NormSet& set, Lang lang,
                          BannerLength length = BannerLength::Full);

}  // namespace labeltool::report
