// The one highlighter of suggest's Markdown and HTML reports: whole words only, matched by
// stem, and never inside an escape of either format.
#include <doctest/doctest.h>

#include "analysis/terms.hpp"
#include "report/highlight.hpp"

using namespace labeltool;
using analysis::TermAnalyzer;
using analysis::TextLanguage;
using report::highlight;
using report::Markup;
using report::MatchedWords;

TEST_SUITE_BEGIN("report/highlight");

TEST_CASE("HTML: input markup stays text, and <mark> never lands inside an entity") {
  const TermAnalyzer dutch(TextLanguage::Dutch);
  const MatchedWords matched(dutch, {"script", "cliënt", "amp"});
  CHECK(highlight("<script>alert(1)</script> & de \"cliënt\"", matched, Markup::Html) ==
        "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; &amp; de "
        "&quot;<mark>cliënt</mark>&quot;");
  // A text that itself says "&amp;": the entity of its "&" stays whole.
  CHECK(highlight("Tom &amp; Jerry", matched, Markup::Html) == "Tom &amp;<mark>amp</mark>; Jerry");
}

TEST_CASE("Markdown: specials are escaped outside the bold, spaces kept") {
  const TermAnalyzer dutch(TextLanguage::Dutch);
  const MatchedWords matched(dutch, {"vet", "schuin"});
  CHECK(highlight("*vet* en _schuin_ `code` [x] <b> #1 | a\\b", matched, Markup::Markdown) ==
        "\\***vet**\\* en \\_**schuin**\\_ \\`code\\` \\[x\\] \\<b\\> \\#1 \\| a\\\\b");
  // Line breaks and runs of spaces in the input become one space: the result is one line.
  CHECK(highlight("een\n  vet\twoord", matched, Markup::Markdown) == "een **vet** woord");
}

TEST_CASE("whole words only: a matched word inside a longer one is not marked") {
  const TermAnalyzer dutch(TextLanguage::Dutch);
  const MatchedWords matched(dutch, {"zorg"});
  CHECK(highlight("Zorg en zorgvuldigheid, mantelzorg", matched, Markup::Html) ==
        "<mark>Zorg</mark> en zorgvuldigheid, mantelzorg");
}

TEST_CASE("case and diacritics: Cliënt, cliënt and cliënten share the stem") {
  const TermAnalyzer dutch(TextLanguage::Dutch);
  const MatchedWords matched(dutch, {"cliënt"});
  CHECK(matched("cliënt"));
  CHECK(matched("cliënten"));
  CHECK(highlight("Cliënt, cliënten en hun netwerk", matched, Markup::Markdown) ==
        "**Cliënt**, **cliënten** en hun netwerk");
}

TEST_CASE("a compound that matched through its grams is marked whole, never half a word") {
  const TermAnalyzer dutch(TextLanguage::Dutch);
  // suggest gives the word as written: "schuldhulpverlening" matched "schuldhulp" by grams.
  const MatchedWords source(dutch, {"schuldhulpverlening"});
  CHECK(highlight("Integrale schuldhulpverlening.", source, Markup::Html) ==
        "Integrale <mark>schuldhulpverlening</mark>.");
  const MatchedWords target(dutch, {"schuldhulp"});
  CHECK(highlight("Schuldhulp en schuldhulpverlening", target, Markup::Html) ==
        "<mark>Schuldhulp</mark> en schuldhulpverlening");
}

TEST_CASE("inflections share the stem, and stop words never match even when listed") {
  const TermAnalyzer dutch(TextLanguage::Dutch);
  const MatchedWords matched(dutch, {"klacht", "de"});
  CHECK_FALSE(matched("de"));
  CHECK(highlight("De klacht en de klachten", matched, Markup::Html) ==
        "De <mark>klacht</mark> en de <mark>klachten</mark>");
  const TermAnalyzer english(TextLanguage::English);
  const MatchedWords policies(english, {"policy"});
  CHECK(highlight("The policies and the policy", policies, Markup::Html) ==
        "The <mark>policies</mark> and the <mark>policy</mark>");
}

TEST_SUITE_END();
