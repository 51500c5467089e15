#include "report/label_diff_report.hpp"

#include <fmt/core.h>

#include "report/common.hpp"
#include "report/html_reports.hpp"
#include "report/markdown.hpp"
#include "util/csv_writer.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace labeltool::report {

using analysis::Coverage;

const Phrase& coverage_word(Coverage coverage) {
  switch (coverage) {
    case Coverage::Full:
      return kCoverageFull;
    case Coverage::Partial:
      return kCoveragePartial;
    case Coverage::NotRelated:
      return kCoverageNotRelated;
    case Coverage::Unmapped:
      return kCoverageUnmapped;
    case Coverage::NotApplicable:
      return kCoverageNotApplicable;
  }
  return kCoverageUnmapped;
}

namespace {

using analysis::Coverage;
using analysis::CoverageCounts;
using util::escape_control;

/// "volledig 3 van 10 (30%), gedeeltelijk …": every class with the same denominator.
std::string counts_text(const CoverageCounts& c, Lang lang) {
  const std::size_t n = c.applicable();
  std::string out = fmt::format(
      "{} {}, {} {}, {} {}, {} {}", kCoverageFull.in(lang), share(c.full, n, lang),
      kCoveragePartial.in(lang), share(c.partial, n, lang), kCoverageNotRelated.in(lang),
      share(c.not_related, n, lang), kCoverageUnmapped.in(lang), share(c.unmapped, n, lang));
  if (c.not_applicable) {
    out += fmt::format("; {} {} ({})", c.not_applicable, kCoverageNotApplicable.in(lang),
                       kOutsideDenominator.in(lang));
  }
  return out;
}

void counts_json(util::JsonWriter& json, const CoverageCounts& c) {
  const auto count = [&](std::string_view key, std::size_t n) {
    json.key(key).value(static_cast<std::uint64_t>(n));
  };
  json.begin_object();
  count("full", c.full);
  count("partial", c.partial);
  count("not_related", c.not_related);
  count("unmapped", c.unmapped);
  count("not_applicable", c.not_applicable);
  count("denominator", c.applicable());
  json.end_object();
}

void side_json(util::JsonWriter& json, const analysis::SideCoverage& side) {
  json.begin_object().key("total");
  counts_json(json, side.total);
  json.key("themes").begin_array();
  for (const auto& [theme, counts] : side.themes) {
    json.begin_object().key("id").value(theme->id).key("counts");
    counts_json(json, counts);
    json.end_object();
  }
  json.end_array().key("norms").begin_array();
  for (const auto& n : side.norms) {
    json.begin_object().key("id").value(n.norm->id);
    json.key("coverage").value(analysis::coverage_name(n.coverage));
    json.key("related").begin_array();
    for (const auto& [other, relation] : n.related) {
      json.begin_object().key("id").value(other->id);
      json.key("relation").value(model::relation_name(relation)).end_object();
    }
    json.end_array().end_object();
  }
  json.end_array().end_object();
}

std::string label_diff_json(const model::Crosswalk& crosswalk, const analysis::LabelDiff& diff) {
  util::JsonWriter json;
  json.begin_object().key("schema").value("labeltool-diff/1").key("kind").value("labels");
  json.key("a").value(diff.a.set->reference()).key("b").value(diff.b.set->reference());
  json.key("crosswalk").begin_object().key("method").value(crosswalk.method);
  json.key("status").value(model::status_name(crosswalk.status));
  json.key("status_note").value(crosswalk.status_note).end_object();
  json.key("a_covered_by_b");
  side_json(json, diff.a);
  json.key("b_covered_by_a");
  side_json(json, diff.b);
  json.key("matrix").begin_array();
  for (const auto& [themes, count] : diff.matrix) {
    json.begin_object().key("a").value(themes.first).key("b").value(themes.second);
    json.key("pairs").value(static_cast<std::uint64_t>(count)).end_object();
  }
  json.end_array().end_object();
  return json.str();
}

std::string label_diff_csv(const analysis::LabelDiff& diff) {
  using util::csv_row;
  std::string out = csv_row({"side", "norm", "theme", "coverage", "related"});
  for (const auto* side : {&diff.a, &diff.b}) {
    for (const auto& n : side->norms) {
      std::vector<std::string> related;
      for (const auto& [other, relation] : n.related)
        related.push_back(other->id + " (" + std::string(model::relation_name(relation)) + ")");
      out += csv_row({side->set->reference(), n.norm->id, n.norm->theme_id,
                      std::string(analysis::coverage_name(n.coverage)), util::join(related, "; ")});
    }
  }
  return out;
}

/// One side: its total, each theme's counts, then each applicable norm with what covers it.
std::string side_text(const analysis::SideCoverage& side, const model::NormSet& other,
                      const Layout& layout, Lang lang) {
  std::string out = layout.markdown() ? "\n## " : "\n";
  out += fmt::format("{} {} {}\n", side.set->reference(), kCoveredBy.in(lang), other.reference());
  const std::string total = counts_text(side.total, lang);
  out += layout.markdown() ? fmt::format("\n**{}**: {}\n\n", kTotal.in(lang), total)
                           : fmt::format("  {}: {}\n", kTotal.in(lang), total);
  for (const auto& [theme, counts] : side.themes) {
    const std::string label = escape_control(theme->id) + " " + escape_control(theme->title);
    out += layout.wrapped_item(label + ": " + counts_text(counts, lang));
  }
  return out;
}

std::string norms_text(const analysis::SideCoverage& side, const Layout& layout, Lang lang) {
  std::string out = layout.markdown() ? "\n## " : "\n";
  out += fmt::format("{} {}\n{}", kPerNormOf.in(lang), side.set->reference(),
                     layout.markdown() ? "\n" : "");
  for (const auto& n : side.norms) {
    if (n.coverage == Coverage::NotApplicable) continue;
    std::vector<std::string> related;
    for (const auto& [other, relation] : n.related)
      related.push_back(other->id + " " + std::string(model::relation_name(relation)));
    out += layout.item(fmt::format("{:<6} {:<24} {}", escape_control(n.norm->id),
                                   coverage_word(n.coverage).in(lang),
                                   escape_control(util::join(related, ", "))));
  }
  return out;
}

/// Related pairs per theme of A (rows) × theme of B (columns).
std::string matrix_text(const model::NormSet& a, const model::NormSet& b,
                        const analysis::LabelDiff& diff, const Layout& layout, Lang lang) {
  const bool markdown = layout.markdown();
  std::string out =
      markdown ? fmt::format("\n## {}\n\n| {} \\\\ {} |", kThemesByThemes.in(lang), a.id, b.id)
               : fmt::format("\n{} ({} {}, {} {})\n{:<8}", kThemesByThemes.in(lang), kRows.in(lang),
                             a.reference(), kColumns.in(lang), b.reference(), "");
  for (const auto& theme : b.themes) {
    out += markdown ? " " + markdown_escape(theme.id) + " |"
                    : fmt::format("{:>6}", escape_control(theme.id));
  }
  out += "\n";
  if (markdown) {
    out += "|---|";
    for (std::size_t i = 0; i < b.themes.size(); ++i) out += "---:|";
    out += "\n";
  }
  for (const auto& ta : a.themes) {
    out += markdown ? "| " + markdown_escape(ta.id) + " |"
                    : fmt::format("{:<8}", escape_control(ta.id));
    for (const auto& tb : b.themes) {
      const auto it = diff.matrix.find({ta.id, tb.id});
      const std::size_t count = it == diff.matrix.end() ? 0 : it->second;
      out += markdown ? fmt::format(" {} |", count) : fmt::format("{:>6}", count);
    }
    out += "\n";
  }
  return out;
}

std::string label_diff_for_people(const model::Crosswalk& crosswalk,
                                  const analysis::LabelDiff& diff, Format format, Lang lang) {
  const Layout layout{format};
  const auto& a = *diff.a.set;
  const auto& b = *diff.b.set;
  std::string out =
      fmt::format(layout.markdown() ? "# {} ↔ {}\n\n" : "{} ↔ {}\n", a.reference(), b.reference());
  out += status_banners({&a, &b}, lang, format);
  if (crosswalk.status != model::Status::Official) {
    const std::string note = fmt::format("{} ({}, {}): {}", kCrosswalk.in(lang), crosswalk.method,
                                         model::status_name(crosswalk.status),
                                         util::collapse_whitespace(crosswalk.status_note));
    out += layout.markdown() ? "> " + markdown_escape(note) + "\n\n"
                             : util::wrap(escape_control(note), 100) + "\n";
  }
  out += std::string(kUnmappedMeansUnknown.in(lang)) + "\n";
  out += side_text(diff.a, b, layout, lang) + side_text(diff.b, a, layout, lang);
  out += norms_text(diff.a, layout, lang) + norms_text(diff.b, layout, lang);
  return out + matrix_text(a, b, diff, layout, lang);
}

}  // namespace

std::string render_label_diff(const model::Crosswalk& crosswalk, const analysis::LabelDiff& diff,
                              Format format, Lang lang) {
  switch (format) {
    case Format::Json:
      return label_diff_json(crosswalk, diff);
    case Format::Csv:
      return label_diff_csv(diff);
    case Format::Html:
      return render_label_diff_html(crosswalk, diff, lang);
    case Format::Text:
    case Format::Markdown:
      break;
    case Format::Sarif:  // not offered for this report: cli/ lists the formats it takes
    case Format::Github:
    case Format::Junit:
    case Format::Yaml:
    case Format::Xlsx:
      break;
  }
  return label_diff_for_people(crosswalk, diff, format, lang);
}

}  // namespace labeltool::report
