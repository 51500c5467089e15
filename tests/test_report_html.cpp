// The HTML reports (issue 15): the building blocks on their own, and each report kind end to
// end from the command line. tests/browser/test_html_reports.py opens the same in Chromium.
#include <doctest/doctest.h>

#include <regex>

#include "analysis/plan.hpp"
#include "report/html.hpp"
#include "report/html_reports.hpp"
#include "support/helpers.hpp"
#include "test_report_models.hpp"

using namespace labeltool;
using labeltool::testing::read_text;
using labeltool::testing::run_labeltool;
using labeltool::testing::temp_dir;
using report::Lang;

namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

/// Runs labeltool with `arguments` plus --format html -o FILE and returns the file.
std::string html_of(std::vector<std::string> arguments, int expected_exit) {
  const std::string out = temp_dir() + "/report.html";
  arguments.insert(arguments.end(), {"--format", "html", "-o", out});
  const auto result = run_labeltool(arguments);
  CHECK_MESSAGE(result.exit_code == expected_exit, result.err);
  return read_text(out);
}

}  // namespace

TEST_SUITE_BEGIN("report/html");

TEST_CASE("escape turns markup and quotes into entities and leaves other text alone") {
  CHECK(report::html::escape("<a href=\"x\">O'Neil & zn</a> — ë") ==
        "&lt;a href=&quot;x&quot;&gt;O&apos;Neil &amp; zn&lt;/a&gt; — ë");
}

TEST_CASE("a document is HTML5 in the report's language, with its style inline") {
  const std::string nl = report::html::document({"T <1>", "Org", "Rapport"}, Lang::Nl, "<p>x</p>");
  CHECK(nl.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
  CHECK(nl.find("<title>T &lt;1&gt;</title>") != std::string::npos);
  CHECK(nl.find("@media print") != std::string::npos);
  CHECK(nl.find("size:A4") != std::string::npos);
  CHECK(nl.find("<script") == std::string::npos);
  CHECK(report::html::document({"T", "", "R"}, Lang::En, "").find("<html lang=\"en\">") !=
        std::string::npos);
}

TEST_CASE("tables give every header cell a scope") {
  const std::string table = report::html::table({"Cap", {"A", "B"}, {{"r1", "1"}, {"r2", "2"}}});
  CHECK(count_of(table, "<th scope=\"col\"") == 2);
  CHECK(count_of(table, "<th scope=\"row\">") == 2);
  CHECK(table.find("<caption>Cap</caption>") != std::string::npos);
}

TEST_CASE("stacked bars write each count on its part and name every tone in the legend") {
  using report::html::Tone;
  const std::string svg = report::html::stacked_bars(
      "Stand", {{"V Vakmanschap", {{12, Tone::Met}, {3, Tone::Partly}, {0, Tone::NotMet}}}},
      {{Tone::Met, "voldoet"}, {Tone::Partly, "deels"}});
  CHECK(svg.find(">12</text>") != std::string::npos);
  CHECK(svg.find(">3</text>") != std::string::npos);
  CHECK(svg.find("url(#p-partly)") != std::string::npos);  // a pattern beside the colour
  CHECK(svg.find("role=\"img\" aria-label=\"Stand\"") != std::string::npos);
  CHECK(svg.find("voldoet</li>") != std::string::npos);
}

TEST_CASE("a wheel needs three spokes, and writes each value at its point") {
  CHECK(report::html::wheel("W", {"a", "b"}, {10, 20}).empty());
  const std::string wheel = report::html::wheel("W", {"a", "b", "c"}, {10, 55, 100});
  CHECK(wheel.find(">55%</text>") != std::string::npos);
  CHECK(wheel.find("<polygon") != std::string::npos);
}

TEST_CASE("a heat map writes the number in every cell") {
  const std::string map = report::html::heat_map("M", {"r1", "r2"}, {"c1", "c2"}, {{0, 3}, {1, 9}});
  CHECK(map.find("h0\">0</td>") != std::string::npos);
  CHECK(map.find("h4\">9</td>") != std::string::npos);
  CHECK(map.find("<th scope=\"row\">r2</th>") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/check_html");

TEST_CASE("check as a document: cover, charts with tables, late actions, annexes") {
  const std::string html =
      html_of({"check", "examples/wijkwerk-kssw-2019-gaps.yaml", "--today", "2026-11-23"}, 1);
  CHECK(html.find("<h1>Zelfevaluatie: Stichting Wijkwerk Proefstad</h1>") != std::string::npos);
  CHECK(html.find("<p class=\"verdict\">Oordeel: onvolledig") != std::string::npos);
  CHECK(html.find("Ingevuld door</dt>") != std::string::npos);
  CHECK(count_of(html, "class=\"status-line\"") == 1);  // one short line on the cover
  CHECK(html.find("<h2>Over dit normenkader</h2>") != std::string::npos);
  CHECK(html.find("Wiel: % voldoet per thema") != std::string::npos);
  CHECK(html.find("Dezelfde cijfers als tabel") != std::string::npos);
  CHECK(html.find("(te laat)") != std::string::npos);
  CHECK(html.find("<h2>Bijlage: alle normen</h2>") != std::string::npos);
  CHECK(html.find("Bevindingen (") != std::string::npos);
  CHECK(html.find("http://") == html.find("http://www.w3.org/2000/svg"));  // namespaces only
  CHECK(html.find("/work/") == std::string::npos);                         // no absolute paths
}

TEST_CASE("check in English says so in lang and in its words") {
  const std::string html =
      html_of({"check", "examples/buurtkracht-kssw-2019.yaml", "--lang", "en"}, 0);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(html.find("Standing per theme") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/plan_html");

TEST_CASE("plan: one section per interview group, each on its own printed page") {
  const model::NormSet a = testing::set_a1(), b = testing::set_b1();
  const model::Crosswalk crosswalk = testing::crosswalk_a_b();
  analysis::PlanRequest request;
  request.a = &a;
  request.b = &b;
  request.crosswalk = &crosswalk;
  const auto plan = analysis::make_plan(request);
  const std::string html = report::render_plan_html(plan, Lang::Nl);
  CHECK(count_of(html, "<section class=\"page\">") == plan.groups.size());
  CHECK(html.find("<h2>Gespreksgroep: Bestuur</h2>") != std::string::npos);
  CHECK(html.find(".page{break-before:page}") != std::string::npos);
  // The guide, not only the pairs: every norm with its text and each related norm named.
  std::size_t items = 0, partners = 0;
  for (const auto& group : plan.groups)
    for (const auto& item : group.items) {
      ++items;
      partners += item.partners.size();
      for (const auto& partner : item.partners)
        CHECK(html.find(partner.norm->id + " " + partner.norm->title) != std::string::npos);
    }
  CHECK(count_of(html, "<article class=\"norm\">") == items);
  CHECK(partners > 0);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/version_diff_html");

TEST_CASE("a version diff marks removed and added words with del and ins") {
  const std::string html = html_of({"diff", "kssw@2017", "kssw@2019", "--crosswalk",
                                    "normsets/crosswalks/kssw-2017-kssw-2019.yaml"},
                                   0);
  CHECK(std::regex_search(html, std::regex("<del>[^<]+</del>")));
  CHECK(std::regex_search(html, std::regex("<ins>[^<]+</ins>")));
  CHECK(html.find("[-") == std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/label_diff_html");

TEST_CASE("a diff of two labels has coverage charts and the themes × themes heat map") {
  const std::string html = html_of({"diff", "nvvk@2021", "kssw@2019"}, 0);
  CHECK(html.find("Dekking per thema van nvvk@2021") != std::string::npos);
  CHECK(html.find("<table class=\"heat\">") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/progress_html");

TEST_CASE("progress shows met before and now per theme, and every norm's change") {
  const std::string html = html_of(
      {"progress", "examples/buurtkracht-kssw-2019.yaml", "examples/wijkwerk-kssw-2019-gaps.yaml"},
      0);
  CHECK(html.find("Voldoet per thema: eerst en nu") != std::string::npos);
  CHECK(html.find("<h2>Per norm</h2>") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/gap_html");

TEST_CASE("gap shows carried, to verify and to do per theme, and where each answer came from") {
  const auto result = run_labeltool(
      {"gap", "examples/geldwijzer-kssw-2019.yaml", "--target", "nvvk@2021", "--format", "html"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Per thema: overgenomen, te verifiëren, nog te doen") != std::string::npos);
  CHECK(result.out.find("Waar het antwoord vandaan komt") != std::string::npos);
}

TEST_SUITE_END();
