#include "report/crosswalk_note.hpp"

#include "report/common.hpp"
#include "report/markdown.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {
namespace {

std::string method_words(const std::string& method, Lang lang) {
  if (method == "expert") return std::string(kMethodExpert.in(lang));
  if (method == "suggested") return std::string(kMethodSuggested.in(lang));
  return method;
}

/// A line of the header, made safe and shaped for the layout.
std::string header_line(const std::string& text, Format format) {
  return format == Format::Markdown ? markdown_escape(text) + "\n\n"
                                    : util::wrap(util::escape_control(text), 100) + "\n";
}

}  // namespace

std::vector<std::string> crosswalk_files(const model::Crosswalk& crosswalk) {
  if (!crosswalk.composed_of.empty()) return crosswalk.composed_of;
  if (crosswalk.file) return {crosswalk.file->path()};
  return {};
}

std::string_view status_word(model::Status status, Lang lang) {
  switch (status) {
    case model::Status::Official:
      return kStatusOfficialWord.in(lang);
    case model::Status::Draft:
      return kStatusDraftWord.in(lang);
    case model::Status::Illustrative:
      return kStatusIllustrativeWord.in(lang);
  }
  return kStatusIllustrativeWord.in(lang);
}

std::vector<std::string> crosswalk_lines(const model::Crosswalk& crosswalk, Lang lang) {
  const auto files = crosswalk_files(crosswalk);
  std::string where = crosswalk.source + " → " + crosswalk.target;  // built in memory: no file
  if (files.size() == 1) where = files.front();
  if (files.size() > 1) where = fill(kComposedOf, lang, util::join(files));
  std::vector<std::string> lines = {fill(kCrosswalkLine, lang, where,
                                         method_words(crosswalk.method, lang),
                                         status_word(crosswalk.status, lang))};
  if (crosswalk.status == model::Status::Official) return lines;
  const bool draft = crosswalk.status == model::Status::Draft;
  lines.push_back(fill(draft ? kCrosswalkDraftBanner : kCrosswalkIllustrativeBanner, lang,
                       (draft ? kDraft : kIllustrative).in(lang)));
  return lines;
}

std::string crosswalk_header(const model::Crosswalk& crosswalk, Lang lang, Format format) {
  const auto lines = crosswalk_lines(crosswalk, lang);
  std::string out = header_line(lines.front(), format);
  if (lines.size() < 2) return out;
  const std::string& banner = lines.back();
  return out + (format == Format::Markdown ? "> **" + markdown_escape(banner) + "**\n\n"
                                           : util::wrap(banner, 100) + "\n");
}

std::string crosswalk_annex(const model::Crosswalk& crosswalk, Lang lang, Format format) {
  const std::string note = util::collapse_whitespace(crosswalk.status_note);
  if (note.empty() && crosswalk.status == model::Status::Official) return {};
  const std::string text = note.empty() ? std::string(status_word(crosswalk.status, lang)) : note;
  if (format == Format::Markdown)
    return fmt::format("\n## {}\n\n{}\n", kAboutCrosswalk.in(lang), markdown_escape(text));
  return fmt::format("\n{}\n  {}\n", kAboutCrosswalk.in(lang),
                     util::wrap(util::escape_control(text), 96, "  "));
}

void crosswalk_json(util::JsonWriter& json, const model::Crosswalk* crosswalk) {
  if (!crosswalk) {
    json.null();
    return;
  }
  json.begin_object().key("files").begin_array();
  for (const auto& file : crosswalk_files(*crosswalk)) json.value(file);
  json.end_array();
  json.key("source").value(crosswalk->source).key("target").value(crosswalk->target);
  json.key("method").value(crosswalk->method);
  json.key("status").value(model::status_name(crosswalk->status));
  json.key("status_note").value(util::collapse_whitespace(crosswalk->status_note));
  json.end_object();
}

}  // namespace labeltool::report
