#pragma once
/// The HTML document of each report kind: one self-contained file (inline CSS and SVG, no
/// script, nothing fetched) that a coordinator can mail, open from a USB stick and print as
/// A4. One source file per kind (check_html.cpp, progress_html.cpp, …).
#include <string>
#include <vector>

#include "analysis/diff.hpp"
#include "analysis/plan.hpp"
#include "analysis/progress.hpp"
#include "analysis/transfer.hpp"
#include "report/check_report.hpp"
#include "report/progress_report.hpp"

namespace labeltool::report {

/// check: the start of the document, named after the first file (nullptr: no file at all).
std::string check_html_begin(const CheckedFile* first, Lang lang);
/// check: one file's part — cover, verdict, charts with their tables, improvement points,
/// evidence to collect, findings in the report's language, every norm, the status note.
std::string check_html_file(const CheckedFile& file, Lang lang);
/// check: the end of the document.
std::string check_html_end();

/// progress: per theme met before and now (chart and table), the changes per theme and per
/// norm. `old_set`/`new_set` give the scores their meaning.
std::string render_progress_html(const ProgressHeader& header, const analysis::Progress& progress,
                                 const model::NormSet& old_set, const model::NormSet& new_set,
                                 Lang lang);

/// diff of two labels: coverage per theme of each side (chart and table), the themes × themes
/// heat map, and per norm what covers it.
std::string render_label_diff_html(const model::Crosswalk& crosswalk,
                                   const analysis::LabelDiff& diff, Lang lang);

/// diff of two versions: added, removed, changed norms with their words struck out and
/// inserted (<del>/<ins>), and with a zelfevaluatie what happens to each answer.
std::string render_version_diff_html(const model::NormSet& before, const model::NormSet& after,
                                     const analysis::VersionDiff& diff,
                                     const std::vector<analysis::AnswerFate>* fates, Lang lang);

/// gap: per theme carried, to verify and to do (chart and table), and per norm where the
/// answer came from.
std::string render_transfer_html(const model::NormSet& source, const model::NormSet& target,
                                 const analysis::Transfer& transfer,
                                 const std::vector<analysis::UnsoundChain>& unsound,
                                 const model::Crosswalk& crosswalk, const std::string& scope_text,
                                 Lang lang);

/// plan: the interview guide, one section per interview group, each printed on its own page.
std::string render_plan_html(const analysis::Plan& plan, Lang lang);

}  // namespace labeltool::report
