#include "report/check_parts.hpp"

#include <algorithm>

#include "report/common.hpp"

namespace labeltool::report {

using analysis::Tally;
using model::Meaning;

/// The scale value that stands for `meaning` in this set (e.g. "voldoet deels"), or the
/// meaning's own name when the scale has none.
std::string value_for(const model::NormSet& set, Meaning meaning) {
  for (const auto& v : set.scale)
    if (v.meaning == meaning) return v.value;
  return std::string(model::meaning_name(meaning));
}

/// The share met of the norms answered. Open norms are not in its denominator, so the share
/// says so where there are any: "100% (3 van 3)" for a theme with three open norms misleads.
std::string percent(const Tally& tally, Lang lang) {
  const auto share = tally.met_percent();
  if (!share) return "-";
  std::string text =
      fmt::format("{:.0f}% ({} {} {}", *share, tally.met, kOf.in(lang), tally.assessed());
  if (tally.unanswered > 0) text += "; " + fill(kOpenNotCounted, lang, tally.unanswered);
  return text + ")";
}

/// "44 van 46": norms answered of the norms that apply to the scope.
std::string answered(const Tally& tally, Lang lang) {
  return fmt::format("{} {} {}", tally.required - tally.unanswered, kOf.in(lang), tally.required);
}

/// "Ingevuld: 44 van 46 normen die voor deze scope gelden": how far the form is filled in.
std::string answered_line(const Tally& total, Lang lang) {
  return fmt::format("{}: {}", capitalised(kAnswered.in(lang)),
                     fill_counted(total.required, kAnsweredOfApplicableOne, kAnsweredOfApplicable,
                                  lang, total.required - total.unanswered, total.required));
}

/// True for the findings that the report for people lists as a to-do list instead, grouped
/// per theme: a norm not answered yet is work to do, not a defect of the file.
bool is_to_do(const Diagnostic& diagnostic) { return diagnostic.code == Code::MissingAnswer; }

/// The findings a report for people lists one by one: all but the to-do list.
Diagnostics findings_to_list(const CheckedFile& file) {
  if (!file.result) return file.diagnostics;
  Diagnostics listed;
  for (const auto& d : file.diagnostics)
    if (!is_to_do(d)) listed.push_back(d);
  return listed;
}

/// Per theme, the IDs of the norms that are not answered yet, in set order; themes without
/// any are left out.
std::vector<std::pair<const model::Theme*, std::vector<std::string>>> not_yet_answered(
    const analysis::CheckResult& result) {
  std::vector<std::pair<const model::Theme*, std::vector<std::string>>> out;
  for (const auto& t : result.themes) {
    std::vector<std::string> ids;
    for (const auto& norm : t.theme->norms) {
      const auto found = result.findings_by_norm.find(&norm);
      if (found == result.findings_by_norm.end()) continue;
      const auto& codes = found->second;
      if (std::find(codes.begin(), codes.end(), Code::MissingAnswer) != codes.end())
        ids.push_back(norm.id);
    }
    if (!ids.empty()) out.emplace_back(t.theme, std::move(ids));
  }
  return out;
}

std::size_t count_ids(
    const std::vector<std::pair<const model::Theme*, std::vector<std::string>>>& groups) {
  std::size_t count = 0;
  for (const auto& [theme, ids] : groups) count += ids.size();
  return count;
}

/// True for an answer whose score is not on the scale: it was answered, so it is no open
/// norm, but it has no meaning either.
bool has_invalid_score(const analysis::Gap& gap) {
  return !gap.meaning && gap.answer && !util::trim(gap.answer->score).empty();
}

/// The gaps that are improvement points: scored partly or not met. A norm without a valid
/// score is on the to-do list (or has its own finding), not an improvement point.
std::vector<const analysis::Gap*> improvement_points(const analysis::CheckResult& result) {
  std::vector<const analysis::Gap*> out;
  for (const auto& gap : result.gaps)
    if (gap.meaning || has_invalid_score(gap)) out.push_back(&gap);
  return out;
}

/// A path as the reader of a document should see it: as given when relative; an absolute one
/// relative to the current folder when it lies below it, or else only its file name, so that
/// a report handed to management does not show the layout of someone's disk.
std::string shown_path(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path given(path);
  if (!given.is_absolute()) return path;
  std::error_code error;
  const fs::path here = fs::current_path(error);
  if (!error) {
    const fs::path relative = given.lexically_relative(here);
    if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  }
  return given.filename().string();
}

/// A gap's label: its scale value; for an answer whose score is off the scale, that score
/// (it was answered: "geen antwoord" would be untrue).
std::string gap_label(const analysis::Gap& gap, const model::NormSet& set, Lang lang) {
  if (has_invalid_score(gap))
    return fmt::format("{} '{}'", kInvalidScoreLabel.in(lang), util::trim(gap.answer->score));
  return value_for(set, *gap.meaning);
}

/// The standing table's column head for a scale value that means `meaning`.
const Phrase& column_head(Meaning meaning) {
  switch (meaning) {
    case Meaning::Met:
      return kMetShort;
    case Meaning::PartlyMet:
      return kPartlyMetShort;
    case Meaning::NotMet:
      return kNotMetShort;
    case Meaning::NotApplicable:
      return kNotApplicableShort;
  }
  return kMetShort;
}

}  // namespace labeltool::report
