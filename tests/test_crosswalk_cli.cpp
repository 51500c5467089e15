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

namespace {

/// Text output with its wrapped lines joined again, so that a sentence can be looked for
/// wherever the 100-column wrap broke it.
std::string flat(std::string text) {
  for (auto& c : text)
    if (c == '\n') c = ' ';
  return text;
}

}  // namespace

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
  // The report says which crosswalk it used, with its status, and which target scopes.
  CHECK(flat(result.out)
            .find("Crosswalk: normsets/crosswalks/nvvk-2021-kssw-2019.yaml (methode: "
                  "expertanalyse; status: illustratief)") != std::string::npos);
  CHECK(result.out.find("ILLUSTRATIEF: deze crosswalk is geen officiële koppeling") !=
        std::string::npos);
  CHECK(flat(result.out)
            .find("Scope van nvvk@2021: schuldhulpverlening (uit de scope van de "
                  "zelfevaluatie; sociaal-werk is geen scope van nvvk@2021)") != std::string::npos);
  // The pre-filled file keeps the scope (as the target's) and who filled it in.
  const std::string prefilled = read_text(out);
  CHECK(prefilled.find("\nscope:\n  - \"schuldhulpverlening\"\n") != std::string::npos);
  CHECK(prefilled.find("filled_in_by:\n  - \"Lotte Bakker (kwaliteitscoördinator)\"") !=
        std::string::npos);
  const auto checked = run_labeltool({"check", "--today", "2026-11-23", out});
  CHECK(checked.exit_code == 1);  // answers still missing: work to do, not broken input
  CHECK(checked.out.find("Nog niet beantwoord: ") != std::string::npos);  // a to-do list
  CHECK(checked.out.find("error[unknown-key]") == std::string::npos);
  // Missing are only the 6 norms nothing could be carried to; none out of scope, no finding
  // about scope.
  const auto checked_json =
      run_labeltool({"check", "--format", "json", "--today", "2026-11-23", out});
  std::size_t missing = 0;
  for (auto at = checked_json.out.find("\"missing-answer\""); at != std::string::npos;
       at = checked_json.out.find("\"missing-answer\"", at + 1))
    ++missing;
  CHECK(missing == 6);
  CHECK(checked_json.out.find("\"required\": 46") != std::string::npos);
  CHECK(checked_json.out.find("out-of-scope") == std::string::npos);
  CHECK(run_labeltool({"gap", "--format", "json", "examples/geldwijzer-kssw-2019.yaml", "--target",
                       "nvvk@2021"})
            .out.find("\"schema\": \"labeltool-gap/1\"") != std::string::npos);
}

TEST_CASE("gap says which target scopes it used when the zelfevaluatie's are not the target's") {
  const std::string folder = temp_dir();
  std::string z = read_text(source_path("examples/geldwijzer-kssw-2019.yaml"));
  const std::string from = "scope: [sociaal-werk, schuldhulpverlening]";
  REQUIRE(z.find(from) != std::string::npos);
  z.replace(z.find(from), from.size(), "scope: [sociaal-werk]");
  const std::string path = write_file(folder, "sociaal-werk.yaml", z);
  const auto result = run_labeltool({"gap", path, "--target", "nvvk@2021"});
  CHECK(result.exit_code == 0);
  CHECK(flat(result.out)
            .find("Scope van nvvk@2021: alle scopes, want geen scope van de "
                  "zelfevaluatie (sociaal-werk) is een scope van nvvk@2021") != std::string::npos);
  const auto given = run_labeltool(
      {"gap", path, "--target", "nvvk@2021", "--scope", "budgetbeheer", "--format", "json"});
  CHECK(given.out.find("\"reason\": \"given\"") != std::string::npos);
  CHECK(given.out.find("\"status\": \"illustrative\"") != std::string::npos);
}

TEST_CASE("gap --help describes -o as the pre-filled zelfevaluatie") {
  const auto help = run_labeltool({"gap", "--help"});
  CHECK(help.out.find("pre-filled zelfevaluatie for the target") != std::string::npos);
  CHECK(help.out.find("the gap report still goes to stdout") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/plan");

TEST_CASE("plan groups both labels by interview group") {
  const auto result =
      run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--scope", "schuldhulpverlening"});
  CHECK(result.exit_code == 0);
  check_golden("plan-kssw-nvvk.txt", result.out);
  // The header names the crosswalk, its method and status; every related pair is in.
  CHECK(flat(result.out)
            .find("Crosswalk: normsets/crosswalks/nvvk-2021-kssw-2019.yaml (methode: "
                  "expertanalyse; status: illustratief)") != std::string::npos);
  CHECK(result.out.find("ILLUSTRATIEF: deze crosswalk is geen officiële koppeling") !=
        std::string::npos);
  CHECK(result.out.find("\nOver de crosswalk\n") != std::string::npos);  // the annex
  CHECK(result.out.find("52 gerelateerde paren") != std::string::npos);  // 53 without --scope
  CHECK(run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--scope", "schuldhulp"}).exit_code == 2);
}

TEST_CASE("plan --only: the guide for one interview, and a group that is none is named") {
  const auto staf = run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--only", "staf"});
  CHECK(staf.exit_code == 0);
  CHECK(flat(staf.out).find("Deze gids is alleen voor ") != std::string::npos);
  const auto whole = run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--format", "json"});
  const auto part =
      run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--only", "staf", "--format", "json"});
  CHECK(part.exit_code == 0);
  CHECK(part.out.size() < whole.out.size() / 2);
  CHECK(part.out.find("\"discipline\": \"staf\"") != std::string::npos);
  CHECK(part.out.find("\"discipline\": \"bestuur\"") == std::string::npos);
  CHECK(part.out.find("\"groups_left_out\": [\n    \"") != std::string::npos);
  // After --group, the merged group is the one to ask for.
  CHECK(run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--group", "leiding=bestuur,staf",
                       "--only", "leiding"})
            .exit_code == 0);
  const auto typo = run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--only", "stf"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("--only 'stf': no interview group of this plan") != std::string::npos);
  CHECK(typo.err.find("did you mean 'staf'?") != std::string::npos);
}

TEST_CASE("plan puts each zelfevaluatie's score and toelichting beside the norms of its label") {
  const auto result = run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--zelfevaluatie",
                                     "examples/geldzorg-nvvk-2021.yaml", "--zelfevaluatie",
                                     "examples/geldwijzer-kssw-2019.yaml", "--format", "json"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("\"file\": \"examples/geldwijzer-kssw-2019.yaml\"") != std::string::npos);
  CHECK(result.out.find("\"file\": \"examples/geldzorg-nvvk-2021.yaml\"") != std::string::npos);
  // D12 is geldwijzer's one 'voldoet niet'.
  const auto text = run_labeltool(
      {"plan", "kssw@2019", "nvvk@2021", "--zelfevaluatie", "examples/geldwijzer-kssw-2019.yaml"});
  const auto d12 = text.out.find("  kssw D12 ");
  REQUIRE(d12 != std::string::npos);
  const auto own = text.out.find("      Zelfevaluatie: voldoet niet", d12);
  CHECK(own != std::string::npos);
  CHECK(own < text.out.find("\n  kssw ", d12 + 1));
  // A zelfevaluatie of a third norm set is refused, at its normset: line.
  std::string z = read_text(source_path("examples/geldzorg-nvvk-2021.yaml"));
  z.replace(z.find("normset: nvvk@2021"), 18, "normset: kssw@2017");
  const std::string path = write_file(temp_dir(), "other.yaml", z);
  const auto other = run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--zelfevaluatie", path});
  CHECK(other.exit_code == 2);
  CHECK(other.err.find("other.yaml:9:") != std::string::npos);
  CHECK(other.err.find("is for kssw@2017, but the plan is for kssw@2019 and nvvk@2021") !=
        std::string::npos);
}

TEST_CASE("plan groups merged and renamed for one organisation, with did-you-mean") {
  const auto merged =
      run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--group", "leiding=bestuur,staf", "--group",
                     "team=sociaal-werkers,"
                     "schuldhulpverleners",
                     "--format", "csv"});
  CHECK(merged.exit_code == 0);
  CHECK(merged.out.find("group,group_name,normset,norm,") == 0);
  CHECK(merged.out.find("\r\nleiding,leiding,kssw@2019,O1,") != std::string::npos);
  CHECK(merged.out.find("\r\nteam,team,nvvk@2021,4.1,") != std::string::npos);
  CHECK(merged.out.find("\r\nbestuur,") == std::string::npos);
  CHECK(merged.out.find("\r\nschuldhulpverleners,") == std::string::npos);
  // Moving one group into another keeps the other's name.
  const auto moved = run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--group", "staf=bestuur"});
  CHECK(moved.exit_code == 0);
  CHECK(moved.out.find("\nBestuur, directie") == std::string::npos);
  CHECK(moved.out.find("\nKwaliteits- en beleidsmedewerkers, teamleiders (") != std::string::npos);
  const auto typo = run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--group", "x=bestur"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("did you mean 'bestuur'?") != std::string::npos);
  CHECK(run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--group", "bestuur"}).exit_code == 2);
}

TEST_SUITE_END();
