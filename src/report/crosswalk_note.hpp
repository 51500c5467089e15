#pragma once
/// What a report says about the crosswalk it used: the file, its method and status, one short
/// banner when it is not official, and the annex with its full status note.
#include <string>

#include "model/crosswalk.hpp"
#include "report/format.hpp"
#include "report/phrases.hpp"
#include "util/json.hpp"

namespace labeltool::report {

/// "Crosswalk: FILE (methode: expertanalyse; status: illustratief)" and, for a crosswalk that
/// is not official, the one short line that says so (even when both norm sets are official).
/// Text or Markdown.
std::string crosswalk_header(const model::Crosswalk& crosswalk, Lang lang, Format format);

/// The same as lines without layout: the "Crosswalk: …" line, then for a crosswalk that is
/// not official its short banner (for a workbook's cells).
std::vector<std::string> crosswalk_lines(const model::Crosswalk& crosswalk, Lang lang);

/// The annex "Over de crosswalk" with the full status note; "" for an official crosswalk
/// without a note.
std::string crosswalk_annex(const model::Crosswalk& crosswalk, Lang lang, Format format);

/// The file(s) the crosswalk was read from, for people and JSON alike.
std::vector<std::string> crosswalk_files(const model::Crosswalk& crosswalk);

/// The crosswalk as a JSON object (files, source, target, method, status, status_note), or
/// null without one. Machine names only.
void crosswalk_json(util::JsonWriter& json, const model::Crosswalk* crosswalk);

/// The status word for people: "illustratief", "concept", "officieel".
std::string_view status_word(model::Status status, Lang lang);

}  // namespace labeltool::report
