// The phrase table: every phrase in both languages, placeholders alike on both sides, one
// phrase per meaning, and every phrase of report/phrases.hpp listed in kAllPhrases.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>
#include <utility>

#include "report/common.hpp"
#include "report/phrases.hpp"
#include "support/helpers.hpp"

using namespace labeltool;
using report::Lang;
using report::Phrase;

namespace {

std::size_t placeholders(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t at = text.find("{}"); at != std::string_view::npos; at = text.find("{}", at + 2))
    ++count;
  return count;
}

}  // namespace

TEST_CASE("every phrase has a Dutch and an English side") {
  for (const Phrase* phrase : report::kAllPhrases) {
    CAPTURE(phrase->nl);
    CAPTURE(phrase->en);
    CHECK_FALSE(phrase->nl.empty());
    CHECK_FALSE(phrase->en.empty());
  }
}

TEST_CASE("both sides of a phrase take the same placeholders") {
  for (const Phrase* phrase : report::kAllPhrases) {
    CAPTURE(phrase->nl);
    CHECK(placeholders(phrase->nl) == placeholders(phrase->en));
  }
}

TEST_CASE("one phrase per meaning: no two phrases say the same in both languages") {
  std::set<std::pair<std::string_view, std::string_view>> seen;
  std::set<const Phrase*> listed;
  for (const Phrase* phrase : report::kAllPhrases) {
    CAPTURE(phrase->nl);
    CHECK(seen.insert({phrase->nl, phrase->en}).second);
    CHECK(listed.insert(phrase).second);
  }
}

TEST_CASE("kAllPhrases lists every phrase that report/phrases.hpp declares") {
  const std::string header = testing::read_text(testing::source_path("src/report/phrases.hpp"));
  const std::regex declaration(R"(inline constexpr Phrase k\w+\{)");
  const auto declared = std::distance(
      std::sregex_iterator(header.begin(), header.end(), declaration), std::sregex_iterator());
  CHECK(declared > 100);
  CHECK(static_cast<std::size_t>(declared) == std::size(report::kAllPhrases));
}

TEST_CASE("a phrase is picked in the report's language, filled and capitalised") {
  CHECK(report::kStanding.in(Lang::Nl) == "Stand per thema");
  CHECK(report::kStanding.in(Lang::En) == "Standing per theme");
  CHECK(report::fill(report::kOffScale, Lang::En, "ja") ==
        "score 'ja' is not on the scale: nothing carried");
  CHECK(report::capitalised(report::kTheme.in(Lang::Nl)) == "Thema");
  CHECK(report::capitalised("") == "");
  CHECK(report::share(3, 4, Lang::Nl) == "3 van 4 (75%)");
  CHECK(report::share(0, 0, Lang::En) == "0 of 0");
}
