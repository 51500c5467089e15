// suggest's HTML page for the expert: its structure, its figures, and input text that stays
// text. tests/browser/test_html_reports.py opens the same page in Chromium.
#include <doctest/doctest.h>

#include <regex>

#include "analysis/suggest.hpp"
#include "report/suggest_html.hpp"
#include "test_report_models.hpp"

using namespace labeltool;
using labeltool::testing::norm;
using labeltool::testing::normset;
using labeltool::testing::theme;
using report::Lang;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

/// Source set a@1 (Dutch, illustrative) with markup in a norm's text, target b@1 (Dutch).
struct Pair {
  model::NormSet a =
      normset("a", "1",
              {theme("T", "Hulp",
                     {norm("A1", "T", "Schuldhulpverlening <script>",
                           "De organisatie biedt schuldhulpverlening aan elke cliënt & zijn gezin "
                           "<script>alert(1)</script> *vet* _schuin_."),
                      norm("A2", "T", "Parkeren", "Fietsen staan in het rek.")})});
  model::NormSet b =
      normset("b", "1",
              {theme("K", "Kwaliteit",
                     {norm("B1", "K", "Schuldhulp", "Elke cliënt krijgt schuldhulp."),
                      norm("B2", "K", "Dossier", "Het dossier is actueel.")})});
  Pair() {
    a.language = b.language = "nl";
    a.status = model::Status::Illustrative;
    a.status_note = "Voorbeeldteksten, door ons geschreven.";
  }
};

}  // namespace

TEST_SUITE_BEGIN("report/suggest_html");

TEST_CASE("the page names both sets, the settings and the summary, and marks matched words") {
  const Pair pair;
  const auto found = analysis::suggest(pair.a, pair.b, {2, 0.05, 1});
  const report::SuggestView view{pair.a, pair.b, found, nullptr, {}, std::nullopt, {2, 0.05, 1}};
  const std::string page = report::render_suggestions_html(view, Lang::Nl);
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
  CHECK(contains(page, "<h1>Voorstel voor een koppeling: a@1 → b@1</h1>"));
  // The one status line, and the annex it points to with the full note.
  CHECK(count_of(page, "class=\"status-line\"") == 1);
  CHECK(contains(page, "ILLUSTRATIEF: a@1 is niet het officiële normenkader"));
  CHECK(contains(page, "<h2>Over deze normenkaders</h2>"));
  CHECK(contains(page, "Voorbeeldteksten, door ons geschreven."));
  CHECK(contains(page, "Label a (a@1), status: illustratief"));
  CHECK(contains(page, "Label b (b@1), status: officieel"));
  CHECK(contains(page, "hoogstens 2 kandidaten per norm, score minstens 0.05"));
  CHECK(contains(page, "Nederlands: Snowball-stemmer (dutch)"));
  // Summary: 2 norms in A, 1 with a proposal, 1 unmapped (A2 shares no word with B).
  CHECK(contains(page, "<th scope=\"row\">Normen in a@1</th><td class=\"num\">2</td>"));
  CHECK(contains(page, "<th scope=\"row\">Met een voorstel</th><td class=\"num\">1</td>"));
  CHECK(contains(
      page,
      "<th scope=\"row\">Zonder voorstel (blijven ongekoppeld)</th><td class=\"num\">1</td>"));
  CHECK(contains(page, "<li>A2 Parkeren</li>"));
  // A1's candidates: B1 first, with the score as number and bar, relation in words, coverage.
  CHECK(contains(page, "<h3>A1 Schuldhulpverlening &lt;script&gt;</h3>"));
  CHECK(contains(page, "<th scope=\"row\">1</th><td><strong>B1</strong> <mark>Schuldhulp</mark>"));
  CHECK(contains(page, "class=\"meter\""));
  CHECK(contains(page, "B1 heeft "));
  CHECK(contains(page, "% van de termen van A1<br>A1 heeft "));
  // In A1's own text the compound is marked whole, the client too, markup stays text.
  CHECK(contains(page, "<mark>schuldhulpverlening</mark> aan elke <mark>cliënt</mark> &amp;"));
  CHECK(contains(page, "&lt;script&gt;alert(1)&lt;/script&gt; *vet* _schuin_."));
  CHECK_FALSE(contains(page, "<script"));
  CHECK_FALSE(contains(page, "<mark>schuldhulp</mark>verlening"));
}

TEST_CASE("every table header has a scope, headings go down one level at a time") {
  const Pair pair;
  const auto found = analysis::suggest(pair.a, pair.b, {3, 0.01, 1});
  const report::SuggestView view{pair.a, pair.b, found, nullptr, {}, std::nullopt, {3, 0.01, 1}};
  const std::string page = report::render_suggestions_html(view, Lang::En);
  CHECK(contains(page, "<html lang=\"en\">"));
  const std::regex th("<th\\b[^>]*>");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), th); it != std::sregex_iterator();
       ++it)
    CHECK_MESSAGE(contains(it->str(), "scope="), it->str());
  const std::regex heading("<h([1-6])>");
  int previous = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), heading);
       it != std::sregex_iterator(); ++it) {
    const int level = std::stoi((*it)[1].str());
    CHECK(level <= previous + 1);
    previous = level;
  }
  CHECK(contains(page, "Candidates per norm"));
  CHECK(contains(page, "at most 3 candidates per norm"));
}

TEST_CASE("with --existing: rows kept, contradictions in their own section") {
  const Pair pair;
  const auto found = analysis::suggest(pair.a, pair.b, {2, 0.05, 1});
  model::Crosswalk existing;
  model::Mapping row;
  row.source = "A1";
  row.target = "B2";
  row.relation = model::Relation::Equal;
  existing.mappings = {row};
  const auto reconciled = analysis::reconcile(found, existing);
  const report::SuggestView view{pair.a,    pair.b,       reconciled.fresh, &reconciled,
                                 "cw.yaml", std::nullopt, {2, 0.05, 1}};
  const std::string page = report::render_suggestions_html(view, Lang::Nl);
  CHECK(contains(page,
                 "<th scope=\"row\">Rijen overgenomen uit cw.yaml</th><td class=\"num\">1</td>"));
  CHECK(contains(page, "<h2>Tegenstrijdig met een beslissing van een deskundige (1)</h2>"));
  CHECK(contains(page, "<td>B2 — gelijk</td>"));
  CHECK(contains(page, "<td>ander doel</td>"));
  // A1 is decided, A2 is not: only A2 stays unmapped.
  CHECK(contains(page, "<li>A2 Parkeren</li>"));
  CHECK_FALSE(contains(page, "<li>A1 "));
}

TEST_CASE("with a crosswalk in the catalog, the page says how many rows suggest would add") {
  const Pair pair;
  const auto found = analysis::suggest(pair.a, pair.b, {2, 0.05, 1});
  const report::SuggestView view{
      pair.a, pair.b, found, nullptr, {}, report::CatalogCrosswalk{4, 1}, {2, 0.05, 1}};
  CHECK(contains(report::render_suggestions_html(view, Lang::En),
                 "already hold a crosswalk a@1 → b@1 with 4 rows; with --existing, suggest would "
                 "add 1 proposed rows"));
}

TEST_SUITE_END();
