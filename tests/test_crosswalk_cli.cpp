// diff, gap and plan end to end on the shipped norm sets and crosswalks, with golden output.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "support/helpers.hpp"

using labeltool::testing::check_golden;

using labeltool::testing::read_text;
using labeltool::testing::run_labeltool;
using labeltool::testing::source_path;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;

TEST_SUITE_BEGIN("cli/lint");

TEST_CASE("the shipped crosswalks lint clean, and agree with each other") {
  const auto result = run_labeltool({"lint", "normsets/"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("no problems in 7 files") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/diff");

TEST_CASE("diff of two versions with the shipped crosswalk, and an old zelfevaluatie") {
  // A zelfevaluatie on kssw@2017: the template with every norm met.
  const std::string folder = temp_dir();
  auto z = run_labeltool({"template", "kssw@2017"}).out;
  for (auto at = z.find("    score:\n"); at != std::string::npos; at = z.find("    score:\n", at))
    z.replace(at, 11, "    score: voldoet\n");
  const std::string old_path = write_file(folder, "2018.yaml", z);
  const auto result =
      run_labeltool({"diff", "kssw@2017", "kssw@2019", "--crosswalk",
                     "normsets/crosswalks/kssw-2017-kssw-2019.yaml", "--zelfevaluatie", old_path});
  CHECK(result.exit_code == 0);
  // 26 rows are equal, but two of those were reworded: their answers need a look.
  CHECK(result.out.find("Antwoorden uit de zelfevaluatie (52)\n  gaan mee: 24, opnieuw bekijken: "
                        "28, vervallen: 0\n") != std::string::npos);
  std::string out = result.out;
  for (auto at = out.find(folder); at != std::string::npos; at = out.find(folder))
    out.replace(at, folder.size(), "TMP");
  check_golden("diff-kssw-2017-2019.txt", out);
  // Without the crosswalk, norms are matched by ID and text.
  const auto by_text = run_labeltool({"diff", "kssw@2017", "kssw@2019", "--format", "json"});
  CHECK(by_text.exit_code == 0);
  CHECK(by_text.out.find("\"kind\": \"versions\"") != std::string::npos);
  CHECK(by_text.out.find("\"renumbered\"") != std::string::npos);
  // The kinds of change are report words: Dutch by default, English with --lang en.
  const auto dutch = run_labeltool({"diff", "kssw@2017", "kssw@2019"});
  CHECK(dutch.out.find("herschreven") != std::string::npos);
  CHECK(dutch.out.find("reworded") == std::string::npos);
  const auto english = run_labeltool({"diff", "kssw@2017", "kssw@2019", "--lang", "en"});
  CHECK(english.out.find("reworded") != std::string::npos);
  CHECK(english.out.find("herschreven") == std::string::npos);
}

TEST_CASE("diff of two labels: coverage both ways, with denominators") {
  const auto result = run_labeltool({"diff", "nvvk@2021", "kssw@2019"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Niet gemapt betekent onbekend: geen gat en niet gedekt.") !=
        std::string::npos);
  check_golden("diff-nvvk-kssw.txt", result.out);
  check_golden("diff-nvvk-kssw.json",
               run_labeltool({"diff", "--format", "json", "nvvk@2021", "kssw@2019"}).out);
  // The same crosswalk read the other way round.
  const auto reverse = run_labeltool({"diff", "kssw@2019", "nvvk@2021", "--format", "csv"});
  CHECK(reverse.exit_code == 0);
  CHECK(reverse.out.find("side,norm,theme,coverage,related\r\nkssw@2019,V1,V,") == 0);
  // Scope: NVVK norms only for other services become not applicable, outside the denominator.
  const auto scoped = run_labeltool(
      {"diff", "--format", "json", "--scope", "schuldhulpverlening", "nvvk@2021", "kssw@2019"});
  CHECK(scoped.out.find("\"not_applicable\": 0") != std::string::npos);
  CHECK(scoped.out.find("\"coverage\": \"not-applicable\"") != std::string::npos);
  CHECK(run_labeltool({"diff", "nvvk@2021", "taalhuizen@cbct"}).exit_code == 2);  // no crosswalk
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/gap");

TEST_CASE("gap carries a kssw zelfevaluatie over to nvvk, and the result checks") {
  const std::string folder = temp_dir();
  const std::string out = folder + "/geldwijzer-nvvk.yaml";
  const auto result = run_labeltool({"gap", "examples/geldwijzer-kssw-2019.yaml", "--target",
                                     "nvvk@2021", "--today", "2026-11-23", "-o", out});
  CHECK(result.exit_code == 0);
  check_golden("gap-geldwijzer.txt", result.out);
  check_golden("gap-geldwijzer-nvvk.yaml", read_text(out));
  const auto checked = run_labeltool({"check", "--today", "2026-11-23", out});
  CHECK(checked.exit_code == 1);  // answers still missing: work to do, not broken input
  CHECK(checked.out.find("Nog niet beantwoord: ") != std::string::npos);  // a to-do list
  CHECK(checked.out.find("[missing-answer]") != std::string::npos);
  CHECK(checked.out.find("error[unknown-key]") == std::string::npos);
  CHECK(run_labeltool({"gap", "--format", "json", "examples/geldwijzer-kssw-2019.yaml", "--target",
                       "nvvk@2021"})
            .out.find("\"schema\": \"labeltool-gap/1\"") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/plan");

TEST_CASE("plan groups both labels by interview group") {
  const auto result =
      run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--scope", "schuldhulpverlening"});
  CHECK(result.exit_code == 0);
  check_golden("plan-kssw-nvvk.txt", result.out);
  CHECK(run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--scope", "schuldhulp"}).exit_code == 2);
}

TEST_SUITE_END();
