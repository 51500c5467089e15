#pragma once
/// The pieces every HTML report is built from: the one escape helper, the self-contained
/// document (inline CSS for screen and A4 print, no script, no font or request to anywhere),
/// tables, and the inline SVG charts. Each chart is also given as a table by its report.
#include <string>
#include <string_view>
#include <vector>

#include <initializer_list>

#include "model/normset.hpp"
#include "report/phrases.hpp"

namespace labeltool::report::html {

/// Text from the input made safe inside HTML text and attribute values: & < > " ' as
/// entities, control characters escaped as the text reports do. The one place that does it.
std::string escape(std::string_view text);

/// What the document's head and running header say.
struct DocumentHead {
  std::string title;         ///< plain text: e.g. "Buurtkracht — Zelfevaluatie kssw@2019"
  std::string organisation;  ///< plain text, for the running header; may be empty
  std::string report_name;   ///< plain text, for the running header
};

/// A whole document around `body` (HTML): <!DOCTYPE html>, <html lang="nl|en">, a
/// Content-Security-Policy that allows no script and no request, the style sheet, and a
/// running header for print. Printed from Chromium with its headers and footers
/// on, the <title> (organisation and report) and the page number stand on every page.
std::string document(const DocumentHead& head, Lang lang, std::string_view body);
/// The same in two pieces, for a report that streams its body (check over many files).
std::string document_begin(const DocumentHead& head, Lang lang);
std::string document_end();

/// <hN>text</hN>, `text` escaped here.
std::string heading(int level, std::string_view text);
/// <p>text</p>, `text` escaped here.
std::string paragraph(std::string_view text);

/// A data table. Cells are HTML (escape input text before); the first cell of each row is
/// the row's header (<th scope="row">), `head` cells are <th scope="col">.
struct Table {
  std::string caption;  ///< plain text, escaped here
  std::vector<std::string> head;
  std::vector<std::vector<std::string>> rows;
  std::size_t numeric_from = 1;  ///< columns from this index on are right-aligned numbers
};
std::string table(const Table& table);

/// How a part of a chart is drawn: a colour with WCAG AA contrast for its label, and a
/// pattern, so that meaning never rests on colour alone.
enum class Tone { Met, Partly, NotMet, Open, Neutral };

/// One part of a stacked bar.
struct Segment {
  std::size_t count = 0;
  Tone tone = Tone::Neutral;
};

/// One bar of a chart: its label (plain text) and its parts.
struct Bar {
  std::string label;
  std::vector<Segment> segments;
};

/// One entry of a chart's legend: the tone and its word (plain text).
struct LegendEntry {
  Tone tone;
  std::string word;
};

/// Horizontal stacked bars, the count written on each part, with a legend. `title` (plain
/// text) is the figure's caption and the SVG's accessible name.
std::string stacked_bars(std::string_view title, const std::vector<Bar>& bars,
                         const std::vector<LegendEntry>& legend);

/// A wheel (radar chart) of percentages 0–100, one spoke per label, the value written at
/// each point; empty for fewer than three spokes, where a wheel says nothing.
std::string wheel(std::string_view title, const std::vector<std::string>& labels,
                  const std::vector<double>& percents);

/// Two bars per row (before and after), each with its value written on it.
struct PairedRow {
  std::string label;
  double before = 0, after = 0;
};
std::string paired_bars(std::string_view title, const std::vector<PairedRow>& rows,
                        std::string_view before_word, std::string_view after_word,
                        std::string_view unit);

/// A heat map: a table whose cells are shaded by their number, the number written in each.
std::string heat_map(std::string_view caption, const std::vector<std::string>& row_labels,
                     const std::vector<std::string>& column_labels,
                     const std::vector<std::vector<std::size_t>>& values);

/// The legend as HTML (tone swatch, pattern and word), for a table that uses the tones.
std::string tone_badge(Tone tone, std::string_view word);

/// The one short line on a cover that says which sets are not official, pointing to the
/// section about them; "" when every set is official.
std::string status_line(std::initializer_list<const model::NormSet*> sets, Lang lang);
/// The section "Over dit normenkader" (h2): the full status note of each set that is not
/// official; "" when every set is official.
std::string about_section(std::initializer_list<const model::NormSet*> sets, Lang lang);

// ── Generic helpers added for suggest's HTML (issue 17 item 6) ──────────────────────────
/// A share 0..1 as a small horizontal bar with `text` (plain, escaped here) written beside
/// it: the bar's length and the written value carry the meaning, never its colour alone.
std::string meter(double share, std::string_view text);

/// For a report about several sets: the one short line that names the sets that are not
/// official and points to the annex "Over deze normenkaders"; "" when every set is official.
std::string sets_status_line(std::initializer_list<const model::NormSet*> sets, Lang lang);
/// That annex (h2 "Over deze normenkaders"): the full status note of each set that is not
/// official; "" when every set is official.
std::string about_sets_section(std::initializer_list<const model::NormSet*> sets, Lang lang);
// ── end suggest helpers

}  // namespace labeltool::report::html
