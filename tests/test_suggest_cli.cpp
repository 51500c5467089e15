// suggest end to end: a draft crosswalk from the shipped norm sets, linted, refused by gap and
// diff until accepted, reconciled with the shipped expert crosswalk, byte for byte stable.
#include <doctest/doctest.h>

#include <regex>

#include "support/helpers.hpp"

using labeltool::testing::read_text;
using labeltool::testing::run_labeltool;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_SUITE_BEGIN("cli/suggest");

TEST_CASE("suggest writes a draft crosswalk that lint reads and counts as proposed") {
  const std::string folder = temp_dir();
  const std::string draft = folder + "/draft.yaml";
  const auto result = run_labeltool({"suggest", "nvvk@2021", "kssw@2019", "-o", draft});
  REQUIRE(result.exit_code == 0);
  CHECK(contains(result.out, "Voorstel voor een koppeling: nvvk@2021 → kssw@2019"));
  CHECK(contains(result.err, "Concept geschreven naar"));
  const std::string yaml = read_text(draft);
  CHECK(contains(yaml, "labeltool: crosswalk/1\n"));
  CHECK(contains(yaml, "method: suggested\n"));
  const std::size_t rows = count_of(yaml, "  - source: ");
  CHECK(rows > 20);
  CHECK(count_of(yaml, "    review: proposed\n") == rows);
  CHECK(count_of(yaml, "    score: ") == rows);
  CHECK(contains(yaml, "      source_covered: "));
  // lint reads it clean of errors and says how many rows still need an expert.
  const auto lint = run_labeltool({"lint", draft});
  CHECK(lint.exit_code == 0);
  const std::string all = lint.out + lint.err;
  CHECK(contains(all, "proposed-rows"));
  CHECK(contains(all, std::to_string(rows) + " row(s) are still proposed"));
}

TEST_CASE("gap and diff refuse proposed rows unless --accept-proposed") {
  const std::string folder = temp_dir();
  const std::string draft = folder + "/draft.yaml";
  REQUIRE(run_labeltool({"suggest", "nvvk@2021", "kssw@2019", "-o", draft}).exit_code == 0);
  const auto gap = run_labeltool(
      {"gap", "examples/geldzorg-nvvk-2021.yaml", "--target", "kssw@2019", "--crosswalk", draft});
  CHECK(gap.exit_code != 0);
  CHECK(contains(gap.err, "proposed-rows"));
  CHECK(contains(gap.err, "--accept-proposed"));
  const auto accepted = run_labeltool({"gap", "examples/geldzorg-nvvk-2021.yaml", "--target",
                                       "kssw@2019", "--crosswalk", draft, "--accept-proposed"});
  CHECK(accepted.exit_code == 0);
  const auto diff = run_labeltool({"diff", "nvvk@2021", "kssw@2019", "--crosswalk", draft});
  CHECK(diff.exit_code != 0);
  CHECK(contains(diff.err, "proposed-rows"));
  const auto diff_accepted =
      run_labeltool({"diff", "nvvk@2021", "kssw@2019", "--crosswalk", draft, "--accept-proposed"});
  CHECK(diff_accepted.exit_code == 0);
}

TEST_CASE("the same input gives the same bytes, on one thread and on several") {
  const std::string folder = temp_dir();
  const auto one = run_labeltool({"suggest", "kssw@2017", "kssw@2019", "--format", "json", "--jobs",
                                  "1", "-o", folder + "/one.yaml"});
  const auto several = run_labeltool({"suggest", "kssw@2017", "kssw@2019", "--format", "json",
                                      "--jobs", "3", "-o", folder + "/several.yaml"});
  REQUIRE(one.exit_code == 0);
  REQUIRE(several.exit_code == 0);
  CHECK(one.out == several.out);
  CHECK(read_text(folder + "/one.yaml") == read_text(folder + "/several.yaml"));
  CHECK(contains(one.out, "\"schema\": \"labeltool-suggest/1\""));
  CHECK(contains(one.out, "\"source_language\": \"nl\""));
}

TEST_CASE("Markdown shows each candidate with the matched words in bold, CSV is for tools") {
  const auto markdown =
      run_labeltool({"suggest", "kssw@2017", "kssw@2019", "--format", "markdown", "--top", "2"});
  REQUIRE(markdown.exit_code == 0);
  CHECK(contains(markdown.out, "# Voorstel voor een koppeling: kssw@2017 → kssw@2019\n"));
  CHECK(contains(markdown.out, "\n## V1 "));
  CHECK(contains(markdown.out, "1. **V1**"));
  CHECK(count_of(markdown.out, "**") > 100);
  // Words keep their spaces around the bold ones.
  CHECK(contains(markdown.out, " **"));
  CHECK(contains(markdown.out, "** "));
  CHECK(contains(markdown.out, "Gedeelde termen: "));
  // Bold starts and ends at word boundaries: never half a word ("**schuldhulp**verlening").
  CHECK_FALSE(std::regex_search(markdown.out, std::regex("[A-Za-z0-9]\\*\\*[A-Za-z0-9]")));
  const auto english =
      run_labeltool({"suggest", "kssw@2017", "kssw@2019", "--format", "markdown", "--lang", "en"});
  CHECK(contains(english.out, "# Suggested crosswalk: kssw@2017 → kssw@2019\n"));
  const auto csv = run_labeltool({"suggest", "kssw@2017", "kssw@2019", "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.rfind("source,target,rank,score,relation,source_covered,target_covered,terms\r\n",
                      0) == 0);
}

TEST_CASE("--format html goes to stdout while -o still writes the draft crosswalk") {
  const std::string folder = temp_dir();
  const std::string draft = folder + "/draft.yaml";
  const auto result = run_labeltool(
      {"suggest", "nvvk@2021", "kssw@2019", "--format", "html", "--top", "2", "-o", draft});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
  CHECK(contains(result.out, "<h1>Voorstel voor een koppeling: nvvk@2021 → kssw@2019</h1>"));
  CHECK(count_of(result.out, "<mark>") > 50);
  // The catalog's crosswalk for this pair: how many rows suggest would add.
  CHECK(contains(result.out, "De normenmappen hebben al een koppeling nvvk@2021 → kssw@2019"));
  CHECK(contains(read_text(draft), "labeltool: crosswalk/1\n"));
  CHECK(contains(result.err, "Concept geschreven naar"));
  const auto help = run_labeltool({"suggest", "--help"});
  CHECK(contains(help.out, "html"));
  CHECK(contains(help.out, "standard output"));
}

TEST_CASE("with a crosswalk in the folders, suggest says how many rows it would add") {
  const auto result = run_labeltool({"suggest", "nvvk@2021", "kssw@2019", "--lang", "en"});
  REQUIRE(result.exit_code == 0);
  CHECK(contains(result.out, "already hold a crosswalk nvvk@2021 → kssw@2019 with "));
  const auto json = run_labeltool({"suggest", "nvvk@2021", "kssw@2019", "--format", "json"});
  CHECK(contains(json.out, "\"catalog_crosswalk\": {"));
}

TEST_CASE("--existing keeps the expert rows and proposes only for norms not yet mapped") {
  const std::string folder = temp_dir();
  const std::string draft = folder + "/draft.yaml";
  const std::string expert = "normsets/crosswalks/nvvk-2021-kssw-2019.yaml";
  const auto result = run_labeltool(
      {"suggest", "nvvk@2021", "kssw@2019", "--existing", expert, "-o", draft, "--format", "json"});
  REQUIRE(result.exit_code == 0);
  CHECK(contains(result.out, "\"kept_rows\": "));
  const std::string yaml = read_text(draft);
  // The expert's rows come first, unchanged in meaning and not marked proposed.
  const std::string expert_text = read_text(expert);
  const std::size_t expert_rows = count_of(expert_text, "  - source: ");
  const std::size_t all_rows = count_of(yaml, "  - source: ");
  const std::size_t proposed = count_of(yaml, "    review: proposed\n");
  CHECK(all_rows == expert_rows + proposed);
  CHECK(run_labeltool({"lint", draft}).exit_code == 0);
  // An --existing file between two other sets is refused, naming the file.
  const auto wrong = run_labeltool({"suggest", "kssw@2017", "kssw@2019", "--existing", expert});
  CHECK(wrong.exit_code == 2);
  CHECK(contains(wrong.err, "nvvk-2021-kssw-2019.yaml"));
}

TEST_CASE("a relation read from the numbering says so, in every report and in the draft") {
  const std::string folder = temp_dir();
  const auto normset = [&](const std::string& id, const std::string& norms) {
    return write_file(folder, id + ".yaml",
                      "labeltool: normset/1\nid: " + id +
                          "\nversion: \"1\"\nname: N\nowner: Tests\nlanguage: en\n"
                          "status: illustrative\nstatus_note: For the tests.\n"
                          "scale:\n  - {value: ja, meaning: met}\n"
                          "verdict:\n  max_not_met: 0\n  description: All met.\n"
                          "themes:\n  - id: T\n    title: All\n    norms:\n" +
                          norms);
  };
  const std::string a = normset(
      "old", "      - {id: \"9.2\", title: Internal audit, text: Conduct internal audits.}\n");
  const std::string b =
      normset("new",
              "      - {id: \"9.2.1\", title: General, text: Conduct internal audits at planned "
              "intervals.}\n"
              "      - {id: \"9.2.2\", title: Internal audit programme, text: Plan an audit "
              "programme.}\n");
  const std::string draft = folder + "/draft.yaml";
  const auto text = run_labeltool({"suggest", a, b, "--lang", "en", "-o", draft});
  INFO(text.err);
  REQUIRE(text.exit_code == 0);
  CHECK(contains(text.out,
                 "(relation from the numbering: 9.2.1 is a sub-clause of 9.2, which new@1 does "
                 "not hold as a norm)"));
  const auto markdown = run_labeltool({"suggest", a, b, "--format", "markdown"});
  CHECK(contains(markdown.out, "   - relatie uit de nummering: 9.2.2 is een onderdeel van 9.2"));
  const auto json = run_labeltool({"suggest", a, b, "--format", "json"});
  CHECK(count_of(json.out, "\"relation_basis\": \"numbering\"") == 2);
  const std::string yaml = read_text(draft);
  CHECK(count_of(yaml, "    relation: superset\n") == 2);
  CHECK(count_of(yaml, "    note: \"relation from the numbering: ") == 2);
}

TEST_CASE("bad input: exit 2 with the reason, and no draft written") {
  const std::string folder = temp_dir();
  const auto unknown =
      run_labeltool({"suggest", "nvvk@2021", "kssw@2091", "-o", folder + "/d.yaml"});
  CHECK(unknown.exit_code == 2);
  CHECK(contains(unknown.err, "kssw@2091"));
  CHECK(read_text(folder + "/d.yaml").empty());
  const auto bad_top = run_labeltool({"suggest", "nvvk@2021", "kssw@2019", "--top", "0"});
  CHECK(bad_top.exit_code == 2);
  const std::string broken =
      write_file(folder, "broken.yaml", "labeltool: crosswalk/1\nsource: [\n");
  const auto bad_existing =
      run_labeltool({"suggest", "nvvk@2021", "kssw@2019", "--existing", broken});
  CHECK(bad_existing.exit_code == 2);
  CHECK(contains(bad_existing.err, "broken.yaml"));
}

TEST_SUITE_END();
