#include "report/html.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "report/common.hpp"
#include "report/normset_view.hpp"
#include "util/text.hpp"

namespace labeltool::report::html {
namespace {

/// The style sheet. Screen: one readable column that shrinks to a phone, wide tables scroll
/// inside their own box so the page never overflows sideways. Print: A4, colours kept, no
/// row or chart cut over two pages, one interview group per page.
constexpr std::string_view kStyle = R"css(
:root{color-scheme:light;--ink:#1f2328;--muted:#4b5563;--line:#d0d7de;--met:#1a7f37;--partly:#f5c542;--not:#b42318;--open:#e5e7eb;--accent:#1d4ed8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;padding:1rem;font-family:"DejaVu Sans","Liberation Sans",Arial,Helvetica,sans-serif;color:var(--ink);background:#fff;line-height:1.45;font-size:15px;overflow-wrap:break-word}
main{max-width:60rem;margin:0 auto}
.running{max-width:60rem;margin:0 auto .5rem;color:var(--muted);font-size:.8rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}
h2{font-size:1.25rem;margin:1.6rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.15rem}
h3{font-size:1.05rem;margin:1.1rem 0 .4rem}
.cover{border:1px solid var(--line);border-left:6px solid var(--accent);padding:.8rem 1rem;margin:.5rem 0 1rem}
.cover dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.4rem 0}
.cover dt{font-weight:bold}.cover dd{margin:0}
.verdict{font-size:1.1rem;font-weight:bold;margin:.6rem 0 .2rem}
.status-line{font-size:.9rem;color:#7a2e0e;background:#fff4e5;border:1px solid #f0c38e;padding:.3rem .5rem;display:inline-block}
.wrap{overflow-x:auto;max-width:100%;margin:.4rem 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;font-weight:bold;padding:.2rem 0}
th,td{border:1px solid var(--line);padding:.25rem .45rem;text-align:left;vertical-align:top}
thead th{background:#f3f4f6}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
figure{margin:.6rem 0 1rem}
figcaption{font-weight:bold;margin-bottom:.2rem}
svg{max-width:100%;height:auto;display:block}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem;margin:.3rem 0;padding:0;list-style:none}
.badge{display:inline-block;min-width:1.6em;padding:0 .35em;border:1px solid #555;border-radius:3px;font-size:.8rem;font-weight:bold;text-align:center;margin-right:.3em}
.t-met{background:var(--met);color:#fff}.t-partly{background:var(--partly);color:#000}.t-not{background:var(--not);color:#fff}.t-open{background:var(--open);color:#111}.t-neutral{background:var(--accent);color:#fff}
.late{color:#9a1c12;font-weight:bold}
ul.items{padding-left:1.2rem}ul.items li{margin:.25rem 0}
del{background:#fde2e1;color:#7f1d1d;text-decoration:line-through}
ins{background:#dcfce7;color:#14532d;text-decoration:underline}
.muted{color:var(--muted)}
.norm{border-top:1px solid var(--line);padding:.4rem 0}
.heat td.num{min-width:2.5em;text-align:center}
.h0{background:#f8fafc;color:#111}.h1{background:#dbeafe;color:#111}.h2{background:#93c5fd;color:#111}.h3{background:#1d4ed8;color:#fff}.h4{background:#1e3a8a;color:#fff}
@media (max-width:40rem){body{font-size:14px;padding:.6rem}.cover dl{grid-template-columns:1fr}}
@page{size:A4;margin:16mm 14mm 16mm 14mm}
@media print{
 body{padding:0;font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
 main,.running{max-width:none}
 .wrap{overflow:visible}
 tr,figure,svg,.cover,.norm,li{break-inside:avoid}
 thead{display:table-header-group}
 h1,h2,h3{break-after:avoid}
 .page{break-before:page}
 .page:first-of-type{break-before:auto}
}
)css";

/// Rules for the parts added for suggest (issue 17 item 6): matched words marked by a tint
/// and bold type (so they show in black-and-white print too), the score bar, a norm's text.
constexpr std::string_view kStyleSuggest = R"css(
mark{background:#fff1a8;color:#1f2328;font-weight:bold;padding:0 .08em;border-radius:2px}
.meter{display:inline-flex;align-items:center;gap:.35rem;white-space:nowrap;font-variant-numeric:tabular-nums}
.meter svg{display:inline-block;flex:none;max-width:none}
.normtext{margin:.2rem 0 .5rem}
.candidates td:nth-of-type(1){min-width:14rem}
.side-by-side{display:flex;flex-wrap:wrap;gap:0 1.5rem;align-items:flex-start}
.side-by-side>.wrap{flex:1 1 16rem;width:auto}
.suggest-norm{border-top:1px solid var(--line);padding-top:.3rem;margin-top:1rem}
@media print{.suggest-norm{break-inside:avoid-page}}
)css";

/// SVG pattern definitions: one per tone, so that a part of a chart is told apart without
/// its colour too (hatching for partly, a cross for not met, dots for open).
constexpr std::string_view kPatterns =
    R"~(<defs>)~"
    R"~(<pattern id="p-partly" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-opacity=".3" stroke-width="2"/></pattern>)~"
    R"~(<pattern id="p-not" width="8" height="8" patternUnits="userSpaceOnUse"><path d="M0 0L8 8M8 0L0 8" stroke="#fff" stroke-opacity=".35" stroke-width="1.5"/></pattern>)~"
    R"~(<pattern id="p-open" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1" fill="#000" fill-opacity=".35"/></pattern>)~"
    R"~(</defs>)~";

struct ToneStyle {
  std::string_view fill, text, pattern, css_class;
};

ToneStyle style_of(Tone tone) {
  switch (tone) {
    case Tone::Met:
      return {"#1a7f37", "#fff", "", "t-met"};
    case Tone::Partly:
      return {"#f5c542", "#000", "url(#p-partly)", "t-partly"};
    case Tone::NotMet:
      return {"#b42318", "#fff", "url(#p-not)", "t-not"};
    case Tone::Open:
      return {"#e5e7eb", "#111", "url(#p-open)", "t-open"};
    case Tone::Neutral:
      return {"#1d4ed8", "#fff", "", "t-neutral"};
  }
  return {"#1d4ed8", "#fff", "", "t-neutral"};
}

/// `text` cut to `limit` characters with "…", on a character boundary: SVG text does not wrap.
std::string shortened(std::string_view text, std::size_t limit) {
  if (util::count_code_points(text) <= limit) return std::string(text);
  return std::string(text.substr(0, util::byte_of_code_point(text, limit - 1))) + "…";
}

/// The first letter of `word` in upper case (ASCII), the badge that names a tone in print.
std::string first_letter(std::string_view word) {
  std::string letter(word.substr(0, util::byte_of_code_point(word, 1)));
  if (letter.size() == 1 && letter[0] >= 'a' && letter[0] <= 'z') letter[0] -= 'a' - 'A';
  return letter;
}

std::string number(double value) { return fmt::format("{:.0f}", value); }

std::string svg_open(std::string_view title, int width, int height) {
  return fmt::format(
      R"~(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-label="{}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="13">)~",
      width, height, width, height, escape(title));
}

std::string figure(std::string_view title, std::string_view svg, std::string_view after = {}) {
  return fmt::format("<figure><figcaption>{}</figcaption>{}{}</figure>\n", escape(title), svg,
                     after);
}

std::string legend_html(const std::vector<LegendEntry>& legend) {
  std::string out = R"~(<ul class="legend">)~";
  for (const auto& entry : legend) out += "<li>" + tone_badge(entry.tone, entry.word) + "</li>";
  return out + "</ul>";
}

}  // namespace

std::string escape(std::string_view text) {
  // Control characters become visible escapes first: a page must show them, not act on them.
  return util::escape_markup(util::escape_control(text));
}

std::string document_begin(const DocumentHead& head, Lang lang) {
  std::string running = escape(head.report_name);
  if (!head.organisation.empty()) running = escape(head.organisation) + " · " + running;
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // The file itself forbids scripts and every request: opened from a mail or a USB stick
      // it shows what it holds and fetches nothing.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; img-src data:\">\n"
      "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n"
      "<div class=\"running\">{}</div>\n<main>\n",
      lang == Lang::Nl ? "nl" : "en", escape(head.title), kStyle, kStyleSuggest, running);
}

std::string document_end() { return "</main>\n</body>\n</html>\n"; }

std::string document(const DocumentHead& head, Lang lang, std::string_view body) {
  return document_begin(head, lang) + std::string(body) + document_end();
}

std::string heading(int level, std::string_view text) {
  return fmt::format("<h{0}>{1}</h{0}>\n", level, escape(text));
}

std::string paragraph(std::string_view text) { return "<p>" + escape(text) + "</p>\n"; }

std::string table(const Table& t) {
  std::string out = "<div class=\"wrap\"><table>";
  if (!t.caption.empty()) out += "<caption>" + escape(t.caption) + "</caption>";
  out += "<thead><tr>";
  for (std::size_t i = 0; i < t.head.size(); ++i) {
    out += fmt::format("<th scope=\"col\"{}>{}</th>", i >= t.numeric_from ? " class=\"num\"" : "",
                       t.head[i]);
  }
  out += "</tr></thead><tbody>";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i == 0)
        out += "<th scope=\"row\">" + row[i] + "</th>";
      else
        out += fmt::format("<td{}>{}</td>", i >= t.numeric_from ? " class=\"num\"" : "", row[i]);
    }
    out += "</tr>";
  }
  return out + "</tbody></table></div>\n";
}

std::string tone_badge(Tone tone, std::string_view word) {
  const ToneStyle style = style_of(tone);
  return fmt::format(R"~(<span class="badge {}" aria-hidden="true">{}</span>{})~", style.css_class,
                     escape(first_letter(word)), escape(word));
}

std::string stacked_bars(std::string_view title, const std::vector<Bar>& bars,
                         const std::vector<LegendEntry>& legend) {
  constexpr int kLabelWidth = 230, kBarWidth = 470, kRow = 30, kBarHeight = 22;
  const int height = static_cast<int>(bars.size()) * kRow + 10;
  std::string svg = svg_open(title, kLabelWidth + kBarWidth + 10, height);
  svg += kPatterns;
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const auto& bar = bars[i];
    const int y = static_cast<int>(i) * kRow + 5;
    svg += fmt::format(R"~(<text x="{}" y="{}" text-anchor="end" fill="#1f2328">{}</text>)~",
                       kLabelWidth - 8, y + 16, escape(shortened(bar.label, 30)));
    std::size_t total = 0;
    for (const auto& s : bar.segments) total += s.count;
    if (total == 0) continue;
    double x = kLabelWidth;
    for (const auto& s : bar.segments) {
      if (s.count == 0) continue;
      const double w = kBarWidth * static_cast<double>(s.count) / static_cast<double>(total);
      const ToneStyle style = style_of(s.tone);
      svg += fmt::format(
          R"~(<rect x="{:.1f}" y="{}" width="{:.1f}" height="{}" fill="{}" stroke="#fff" stroke-width="1"/>)~",
          x, y, w, kBarHeight, style.fill);
      if (!style.pattern.empty())
        svg += fmt::format(R"~(<rect x="{:.1f}" y="{}" width="{:.1f}" height="{}" fill="{}"/>)~", x,
                           y, w, kBarHeight, style.pattern);
      // The count on a halo of the part's own colour, so hatching never lowers its contrast.
      if (w >= 16)
        svg += fmt::format(
            R"~(<text x="{:.1f}" y="{}" text-anchor="middle" fill="{}" stroke="{}" stroke-width="4" paint-order="stroke" font-weight="bold">{}</text>)~",
            x + w / 2, y + 16, style.text, style.fill, s.count);
      x += w;
    }
  }
  svg += "</svg>";
  return figure(title, svg, legend_html(legend));
}

std::string wheel(std::string_view title, const std::vector<std::string>& labels,
                  const std::vector<double>& percents) {
  const std::size_t n = std::min(labels.size(), percents.size());
  if (n < 3) return {};
  constexpr double kCx = 300, kCy = 200, kRadius = 140, kPi = 3.14159265358979323846;
  const auto point = [&](std::size_t i, double fraction) {
    const double angle = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
    return std::pair{kCx + kRadius * fraction * std::cos(angle),
                     kCy + kRadius * fraction * std::sin(angle)};
  };
  std::string svg = svg_open(title, 600, 400);
  for (int ring = 1; ring <= 4; ++ring) {
    svg += fmt::format(R"~(<circle cx="{}" cy="{}" r="{}" fill="none" stroke="#d0d7de"/>)~", kCx,
                       kCy, kRadius * ring / 4);
    svg += fmt::format(R"~(<text x="{}" y="{:.1f}" font-size="10" fill="#4b5563">{}%</text>)~",
                       kCx + 3, kCy - kRadius * ring / 4 + 11, ring * 25);
  }
  std::string polygon;
  for (std::size_t i = 0; i < n; ++i) {
    const auto [x, y] = point(i, 1.0);
    svg += fmt::format(R"~(<line x1="{}" y1="{}" x2="{:.1f}" y2="{:.1f}" stroke="#d0d7de"/>)~", kCx,
                       kCy, x, y);
    const auto [lx, ly] = point(i, 1.12);
    const char* anchor = lx < kCx - 5 ? "end" : lx > kCx + 5 ? "start" : "middle";
    svg += fmt::format(R"~(<text x="{:.1f}" y="{:.1f}" text-anchor="{}" fill="#1f2328">{}</text>)~",
                       lx, ly + 4, anchor, escape(shortened(labels[i], 22)));
    const auto [px, py] = point(i, std::clamp(percents[i], 0.0, 100.0) / 100.0);
    polygon += fmt::format("{:.1f},{:.1f} ", px, py);
  }
  svg += fmt::format(
      R"~(<polygon points="{}" fill="#1a7f37" fill-opacity=".22" stroke="#1a7f37" stroke-width="2"/>)~",
      polygon);
  for (std::size_t i = 0; i < n; ++i) {
    const auto [px, py] = point(i, std::clamp(percents[i], 0.0, 100.0) / 100.0);
    svg += fmt::format(R"~(<circle cx="{:.1f}" cy="{:.1f}" r="4" fill="#1a7f37"/>)~", px, py);
    svg += fmt::format(
        R"~(<text x="{:.1f}" y="{:.1f}" font-weight="bold" fill="#14532d" stroke="#fff" stroke-width="3" paint-order="stroke">{}%</text>)~",
        px + 6, py - 6, number(percents[i]));
  }
  return figure(title, svg + "</svg>");
}

std::string paired_bars(std::string_view title, const std::vector<PairedRow>& rows,
                        std::string_view before_word, std::string_view after_word,
                        std::string_view unit) {
  constexpr int kLabelWidth = 230, kBarWidth = 360, kRow = 44;
  double top = 1;
  for (const auto& row : rows) top = std::max({top, row.before, row.after});
  std::string svg =
      svg_open(title, kLabelWidth + kBarWidth + 170, static_cast<int>(rows.size()) * kRow + 10);
  svg += kPatterns;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int y = static_cast<int>(i) * kRow + 5;
    svg += fmt::format(R"~(<text x="{}" y="{}" text-anchor="end" fill="#1f2328">{}</text>)~",
                       kLabelWidth - 8, y + 23, escape(shortened(rows[i].label, 30)));
    const auto bar = [&](double value, int dy, Tone tone, std::string_view word) {
      const ToneStyle style = style_of(tone);
      const double w = std::max(1.0, kBarWidth * value / top);
      std::string out =
          fmt::format(R"~(<rect x="{}" y="{}" width="{:.1f}" height="17" fill="{}"/>)~",
                      kLabelWidth, y + dy, w, style.fill);
      if (!style.pattern.empty())
        out += fmt::format(R"~(<rect x="{}" y="{}" width="{:.1f}" height="17" fill="{}"/>)~",
                           kLabelWidth, y + dy, w, style.pattern);
      return out + fmt::format(R"~(<text x="{:.1f}" y="{}" fill="#1f2328">{} {}{}</text>)~",
                               kLabelWidth + w + 5, y + dy + 13, escape(word), number(value),
                               escape(unit));
    };
    svg += bar(rows[i].before, 2, Tone::Open, before_word);
    svg += bar(rows[i].after, 21, Tone::Met, after_word);
  }
  svg += "</svg>";
  return figure(
      title, svg,
      legend_html({{Tone::Open, std::string(before_word)}, {Tone::Met, std::string(after_word)}}));
}

std::string heat_map(std::string_view caption, const std::vector<std::string>& row_labels,
                     const std::vector<std::string>& column_labels,
                     const std::vector<std::vector<std::size_t>>& values) {
  std::size_t top = 0;
  for (const auto& row : values)
    for (std::size_t v : row) top = std::max(top, v);
  std::string out = "<div class=\"wrap\"><table class=\"heat\"><caption>" + escape(caption) +
                    "</caption><thead><tr><td></td>";
  for (const auto& label : column_labels)
    out += "<th scope=\"col\" class=\"num\">" + escape(label) + "</th>";
  out += "</tr></thead><tbody>";
  for (std::size_t r = 0; r < row_labels.size() && r < values.size(); ++r) {
    out += "<tr><th scope=\"row\">" + escape(row_labels[r]) + "</th>";
    for (std::size_t v : values[r]) {
      // Five shades, each with a text colour of AA contrast; the number is always written.
      const std::size_t level = v == 0 || top == 0 ? 0 : 1 + (v * 4 - 1) / top;
      out += fmt::format("<td class=\"num h{}\">{}</td>", std::min<std::size_t>(level, 4), v);
    }
    out += "</tr>";
  }
  return out + "</tbody></table></div>\n";
}

namespace {

/// The annex with the full status note of each set that is not official, under `title`.
std::string notes_section(std::initializer_list<const model::NormSet*> sets, Lang lang,
                          const Phrase& title) {
  std::string out;
  for (const auto* set : sets) {
    if (!set) continue;
    const std::string note = status_banner(*set, lang, BannerLength::Full);
    if (note.empty()) continue;
    out += fmt::format("<p><strong>{} ({})</strong></p>\n", escape(set->name),
                       escape(set->reference()));
    out += paragraph(note);
  }
  return out.empty() ? out : heading(2, title.in(lang)) + out;
}

}  // namespace

std::string status_line(std::initializer_list<const model::NormSet*> sets, Lang lang) {
  // One line for all the sets: illustrative ones, then draft ones, each with their references.
  std::vector<std::string> illustrative, draft;
  for (const auto* set : sets) {
    if (!set || set->status == model::Status::Official) continue;
    (set->status == model::Status::Draft ? draft : illustrative).push_back(set->reference());
  }
  std::vector<std::string> parts;
  if (!illustrative.empty())
    parts.push_back(fmt::format("{} ({})",
                                fill(kIllustrativeBannerAnnex, lang, kIllustrative.in(lang)),
                                util::join(illustrative)));
  if (!draft.empty())
    parts.push_back(
        fmt::format("{} ({})", fill(kDraftBannerAnnex, lang, kDraft.in(lang)), util::join(draft)));
  if (parts.empty()) return {};
  return "<p class=\"status-line\">" + escape(util::join(parts, " ")) + "</p>\n";
}

std::string about_section(std::initializer_list<const model::NormSet*> sets, Lang lang) {
  return notes_section(sets, lang, kAboutNormSet);
}

// ── Generic helpers added for suggest's HTML (issue 17 item 6) ──────────────────────────

std::string meter(double share, std::string_view text) {
  constexpr int kWidth = 50, kHeight = 10;
  const double filled = kWidth * std::clamp(share, 0.0, 1.0);
  // The track has an outline, so an empty or short bar still reads as "little of the whole".
  return fmt::format(
      R"~(<span class="meter"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {0} {1}" width="{0}" height="{1}" aria-hidden="true"><rect x=".5" y=".5" width="{2}" height="{3}" fill="#fff" stroke="#4b5563"/><rect x="0" y="0" width="{4:.1f}" height="{1}" fill="#1d4ed8"/></svg>{5}</span>)~",
      kWidth, kHeight, kWidth - 1, kHeight - 1, filled, escape(text));
}

std::string sets_status_line(std::initializer_list<const model::NormSet*> sets, Lang lang) {
  std::vector<std::string> illustrative, draft;
  for (const auto* set : sets) {
    if (!set || set->status == model::Status::Official) continue;
    (set->status == model::Status::Draft ? draft : illustrative).push_back(set->reference());
  }
  const std::string_view separator = lang == Lang::Nl ? " en " : " and ";
  std::vector<std::string> parts;
  if (!illustrative.empty())
    parts.push_back(fill(illustrative.size() == 1 ? kAuditIllustrativeOne : kAuditIllustrativeMany,
                         lang, util::join(illustrative, separator), kAuditAnnexName.in(lang)));
  if (!draft.empty())
    parts.push_back(
        fill(kDraftSetsLine, lang, util::join(draft, separator), kAuditAnnexName.in(lang)));
  if (parts.empty()) return {};
  return "<p class=\"status-line\">" + escape(util::join(parts, " ")) + "</p>\n";
}

std::string about_sets_section(std::initializer_list<const model::NormSet*> sets, Lang lang) {
  return notes_section(sets, lang, kAboutNormSets);
}

}  // namespace labeltool::report::html
