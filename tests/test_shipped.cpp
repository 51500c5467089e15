// The shipped norm sets: each lints clean, carries its status, and has the real structure
// that domain.md documents.
#include <doctest/doctest.h>

#include <filesystem>

#include "input/catalog.hpp"
#include "input/lint.hpp"
#include "support/helpers.hpp"

using namespace labeltool;

namespace {

struct Shipped {
  input::Catalog catalog{{labeltool::testing::source_path("normsets")}, {}};
  SourceFile here{"test", "x\n"};
  const model::NormSet& get(const std::string& reference) {
    Diagnostics diagnostics;
    const model::NormSet* set = catalog.resolve(reference, here, {1, 1}, diagnostics);
    INFO(labeltool::testing::render(diagnostics));
    REQUIRE(set);
    return *set;
  }
};

std::vector<std::size_t> counts_per_theme(const model::NormSet& set) {
  std::vector<std::size_t> counts;
  for (const auto& theme : set.themes) counts.push_back(theme.norms.size());
  return counts;
}

}  // namespace

TEST_SUITE_BEGIN("shipped/normsets");

TEST_CASE("every shipped file lints without findings") {
  const auto folder = labeltool::testing::source_path("normsets");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (entry.path().extension() != ".yaml") continue;
    CAPTURE(entry.path().string());
    input::Catalog catalog({folder}, {});
    const auto result = input::lint_files({entry.path().string()}, catalog, {}, 1, "2026-11-23");
    CHECK(labeltool::testing::render(result.diagnostics) == "");
  }
}

TEST_CASE("every shipped norm set is illustrative and says why") {
  Shipped shipped;
  for (const auto& listing : shipped.catalog.list()) {
    CAPTURE(listing.reference);
    CHECK(listing.set->status == model::Status::Illustrative);
    CHECK(listing.set->status_note.size() > 100);
    CHECK_FALSE(listing.has_errors);
  }
}

TEST_CASE("kssw@2017 has the real 16/16/20 split over three areas") {
  Shipped shipped;
  const auto& set = shipped.get("kssw@2017");
  CHECK(counts_per_theme(set) == std::vector<std::size_t>{16, 16, 20});
  CHECK(set.norm_count() == 52);
}

TEST_CASE("kssw@2019 has three areas and 49 norms, and says the count is unconfirmed") {
  Shipped shipped;
  const auto& set = shipped.get("kssw@2019");
  CHECK(set.themes.size() == 3);
  CHECK(set.norm_count() == 49);
  CHECK(set.valid_from == "2020-01-01");
  CHECK(set.status_note.find("niet bevestigd") != std::string::npos);
  CHECK_FALSE(set.allows_not_applicable());
}

TEST_CASE("the wijkteams variant resolves against kssw@2019") {
  Shipped shipped;
  const auto& set = shipped.get("kssw-wijkteams@2019");
  CHECK(set.resolved_from == std::vector<std::string>{"kssw@2019"});
  CHECK(set.norm_count() == 50);
}

TEST_CASE("nvvk@2021 has the 7 real prestatiegebieden in order, 5 to 11 norms each") {
  Shipped shipped;
  const auto& set = shipped.get("nvvk@2021");
  const std::vector<std::string> titles = {"Koers",
                                           "Leiderschap",
                                           "Organisatie",
                                           "Financiële hulpverlening",
                                           "Medewerkers",
                                           "Samenwerking, uitbesteding en inkoop",
                                           "Reflecteren, verbeteren en verantwoorden"};
  REQUIRE(set.themes.size() == 7);
  for (std::size_t i = 0; i < 7; ++i) {
    CHECK(set.themes[i].title == titles[i]);
    CHECK(set.themes[i].norms.size() >= 5);
    CHECK(set.themes[i].norms.size() <= 11);
  }
  std::vector<std::string> scopes;
  for (const auto& scope : set.scopes) scopes.push_back(scope.id);
  CHECK(scopes == std::vector<std::string>{"schuldhulpverlening", "budgetbeheer",
                                           "sociale-kredietverlening", "beschermingsbewind",
                                           "ondernemers"});
  REQUIRE(set.maturity_levels.size() == 4);
  CHECK(set.maturity_levels[0].name == "Beheerste processen");
  CHECK(set.maturity_levels[1].name.empty());
  CHECK(set.allows_not_applicable());
  std::size_t limited = 0;
  for (const auto& theme : set.themes)
    for (const auto& norm : theme.norms) limited += norm.applies_to.empty() ? 0 : 1;
  CHECK(limited > 0);
}

TEST_CASE("taalhuizen@cbct has the 7 real norm titles") {
  Shipped shipped;
  const auto& set = shipped.get("taalhuizen@cbct");
  std::vector<std::string> titles;
  for (const auto& theme : set.themes)
    for (const auto& norm : theme.norms) titles.push_back(norm.title);
  CHECK(titles == std::vector<std::string>{"Beleid en financiën", "Middelen", "Samenwerking",
                                           "Mensen", "Producten en diensten",
                                           "Resultaten en maatschappelijk effect",
                                           "Handelen conform (privacy)wetgeving"});
}

TEST_SUITE_END();
