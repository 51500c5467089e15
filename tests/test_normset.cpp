// Norm-set reading, integrity rules, variants and the catalog.
#include <doctest/doctest.h>

#include "analysis/integrity.hpp"
#include "cli/options.hpp"
#include "input/catalog.hpp"
#include "input/kind.hpp"
#include "read/normset_reader.hpp"
#include "read/schema.hpp"
#include "support/helpers.hpp"

using namespace labeltool;
using labeltool::testing::render;

namespace {

const std::string minimal_set = R"(labeltool: normset/1
id: demo
version: "1"
name: Demo
owner: Tests
language: nl
status: illustrative
status_note: Geschreven voor de tests.
scale:
  - {value: voldoet, meaning: met, score: 2}
  - {value: voldoet deels, meaning: partly-met, score: 1}
  - {value: voldoet niet, meaning: not-met, score: 0}
verdict:
  max_not_met: 0
  description: Geen enkele norm voldoet niet.
scopes:
  - {id: shv, name: Schuldhulpverlening}
  - {id: sw, name: Sociaal werk}
disciplines:
  - {id: staf, name: Staf}
themes:
  - id: A
    title: Eerste thema
    norms:
      - id: A1
        title: Eerste norm
        text: De organisatie doet iets.
        applies_to: [shv]
        discipline: [staf]
      - id: A2
        title: Tweede norm
        text: De organisatie doet nog iets.
)";

/// Reads `text` as a norm set and runs the integrity rules; returns the rendered findings.
std::string normset_errors(const std::string& text) {
  Diagnostics diagnostics;
  auto document = yaml::parse_yaml("set.yaml", text, {}, diagnostics);
  if (!document) return render(diagnostics);
  if (!input::yaml_kind(*document, diagnostics)) return render(diagnostics);
  auto set = read::read_normset(*document, diagnostics);
  if (!set.is_variant()) analysis::check_normset(set, diagnostics);
  return render(diagnostics);
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_SUITE_BEGIN("read/normset_reader");

TEST_CASE("a minimal norm set is read into the model") {
  Diagnostics diagnostics;
  auto document = yaml::parse_yaml("set.yaml", minimal_set, {}, diagnostics);
  REQUIRE(document);
  auto set = read::read_normset(*document, diagnostics);
  analysis::check_normset(set, diagnostics);
  CHECK(render(diagnostics) == "");
  CHECK(set.reference() == "demo@1");
  CHECK(set.status == model::Status::Illustrative);
  CHECK(set.norm_count() == 2);
  CHECK(set.scale.size() == 3);
  CHECK(set.scale[1].meaning == model::Meaning::PartlyMet);
  CHECK(set.verdict->max_not_met == 0);
  CHECK_FALSE(set.allows_not_applicable());
  const model::Norm* norm = set.find_norm("A1");
  REQUIRE(norm);
  CHECK(norm->applies_to == std::vector<std::string>{"shv"});
  CHECK(norm->position.line == 25);
  CHECK(norm->applies_to_any({"shv", "sw"}));
  CHECK_FALSE(norm->applies_to_any({"sw"}));
}

TEST_CASE("an unknown key gets a did-you-mean, with the whole text") {
  CHECK(normset_errors(
            replace(minimal_set, "        title: Tweede norm", "        titel: Tweede norm")) ==
        "set.yaml:31:9: error[unknown-key]: unknown key 'titel' in norm (did you mean 'title'?)\n"
        " 31 |         titel: Tweede norm\n"
        "    |         ^~~~~\n"
        "set.yaml:30:9: error[missing-key]: norm has no 'title' (Short title)\n"
        " 30 |       - id: A2\n"
        "    |         ^\n");
}

TEST_CASE("wrong types are reported where they stand") {
  CHECK(normset_errors(replace(minimal_set, "applies_to: [shv]", "applies_to: shv")) ==
        "set.yaml:28:21: error[wrong-type]: 'applies_to' must be a list (- item per line, or [a, "
        "b]), not text\n"
        " 28 |         applies_to: shv\n"
        "    |                     ^\n");
  CHECK(normset_errors(replace(minimal_set, "max_not_met: 0", "max_not_met: nul"))
            .find("error[wrong-type]: 'max_not_met' must be a whole number of at most 15 digits, "
                  "not 'nul'") != std::string::npos);
  CHECK(normset_errors(replace(minimal_set, "themes:\n", "themes: {}\nx:\n"))
            .find("'themes' must be a list of theme entries, not a mapping") != std::string::npos);
}

TEST_CASE("numbers: whole numbers fit an integer, and nan or inf are not numbers") {
  CHECK(read::whole_number(12.0) == 12);
  CHECK(read::whole_number(-3.0) == -3);
  CHECK(read::whole_number(999'999'999'999'999.0) == 999'999'999'999'999LL);
  CHECK_FALSE(read::whole_number(1'000'000'000'000'000.0));
  CHECK_FALSE(read::whole_number(1e19));  // beyond long long: converting it is undefined
  CHECK_FALSE(read::whole_number(2.5));
  double parsed = 0;
  for (const char* text : {"nan", "inf", "-inf", "infinity", "1e400", "", "1,5"}) {
    CAPTURE(text);
    CHECK_FALSE(read::parse_number(text, parsed));
  }
  CHECK(read::parse_number("+1.5", parsed));
  CHECK(parsed == 1.5);
  // Found by fuzz_normset: a 49-digit level used to be converted to an integer regardless.
  const std::string errors = normset_errors(
      replace(minimal_set, "max_not_met: 0", "max_not_met: 1e19\n  min_met_percent: nan"));
  CHECK(errors.find("'max_not_met' must be a whole number of at most 15 digits, not '1e19'") !=
        std::string::npos);
  CHECK(errors.find("'min_met_percent' must be a number, not 'nan'") != std::string::npos);
}

TEST_CASE("vocabularies are checked with a suggestion") {
  CHECK(normset_errors(replace(minimal_set, "meaning: partly-met", "meaning: partly_met"))
            .find("'meaning' is 'partly_met'; allowed: met, partly-met, not-met, not-applicable "
                  "(did you mean 'partly-met'?)") != std::string::npos);
  CHECK(normset_errors(replace(minimal_set, "status: illustrative", "status: illustratief"))
            .find("(did you mean 'illustrative'?)") != std::string::npos);
}

TEST_CASE("eight typos are eight findings in one lint run") {
  // Three misspelt keys hold four more typos. Before, validation skipped what a misspelt key
  // held, so these took four fix-and-lint rounds to see; now the value is checked as the
  // suggested key's, and one run shows all eight.
  const std::string text = R"(labeltool: normset/1
id: demo
version: "1"
name: Demo
owner: Tests
language: nl
status: illustrative
status_note: Geschreven voor de tests.
scael:
  - {value: voldoet, meening: met, score: 2}
verdikt:
  max_not_mett: 0
scopes:
  - {id: shv, nam: Schuldhulpverlening}
thems:
  - id: A
    titel: Eerste thema
    norms:
      - id: A1
        title: Eerste norm
        txt: De organisatie doet iets.
)";
  Diagnostics diagnostics;
  auto document = yaml::parse_yaml("set.yaml", text, {}, diagnostics);
  REQUIRE(document);
  read::read_normset(*document, diagnostics);
  std::vector<std::string> unknown;
  for (const auto& d : diagnostics)
    if (d.code == Code::UnknownKey)
      unknown.push_back(std::to_string(d.position.line) + ":" + d.message);
  CHECK(unknown.size() == 8);
  CHECK(unknown == std::vector<std::string>{
                       "9:unknown key 'scael' in normset (did you mean 'scale'?)",
                       "10:unknown key 'meening' in scale value (did you mean 'meaning'?)",
                       "11:unknown key 'verdikt' in normset (did you mean 'verdict'?)",
                       "12:unknown key 'max_not_mett' in verdict (did you mean 'max_not_met'?)",
                       "14:unknown key 'nam' in scope (did you mean 'name'?)",
                       "15:unknown key 'thems' in normset (did you mean 'themes'?)",
                       "17:unknown key 'titel' in theme (did you mean 'title'?)",
                       "21:unknown key 'txt' in norm (did you mean 'text'?)"});
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/integrity");

TEST_CASE("IDs are unique across themes and norms") {
  CHECK(normset_errors(replace(minimal_set, "      - id: A2", "      - id: A1")) ==
        "set.yaml:30:13: error[duplicate-id]: norm ID 'A1' is used twice\n"
        " 30 |       - id: A1\n"
        "    |             ^\n"
        "set.yaml:25:13: note: first used here\n"
        " 25 |       - id: A1\n"
        "    |             ^\n");
  CHECK(normset_errors(replace(minimal_set, "      - id: A2", "      - id: A"))
            .find("error[duplicate-id]: norm ID 'A' is used twice") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/normset_reader");

TEST_CASE("invalid IDs and dates") {
  CHECK(normset_errors(replace(minimal_set, "      - id: A2", "      - id: A 2"))
            .find("error[invalid-id]: 'id' 'A 2' is not a valid ID") != std::string::npos);
  CHECK(normset_errors(replace(minimal_set, "language: nl", "language: nl\nvalid_from: 2019-02-30"))
            .find("error[invalid-date]: 'valid_from' is '2019-02-30', which is not a real date "
                  "(February 2019 has 28 days)") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/integrity");

TEST_CASE("applies_to and discipline must name declared IDs") {
  CHECK(normset_errors(replace(minimal_set, "applies_to: [shv]", "applies_to: [shw]")) ==
        "set.yaml:28:21: error[unknown-scope]: norm A1 names scope 'shw', which the norm set does "
        "not declare (did you mean 'shv'?)\n"
        " 28 |         applies_to: [shw]\n"
        "    |                     ^\n");
  CHECK(normset_errors(replace(minimal_set, "discipline: [staf]", "discipline: [bestuur]"))
            .find("error[unknown-discipline]: norm A1 names discipline 'bestuur', which the norm "
                  "set does not declare under 'disciplines'") != std::string::npos);
}

TEST_CASE("duplicate titles are a warning") {
  const std::string errors =
      normset_errors(replace(minimal_set, "title: Tweede norm", "title: eerste NORM"));
  CHECK(errors.find("warning[duplicate-title]: norm A2 has the same title as another norm") !=
        std::string::npos);
  CHECK(errors.find("error") == std::string::npos);
}

TEST_CASE("scale and verdict must be usable") {
  CHECK(normset_errors(replace(minimal_set, "{value: voldoet, meaning: met, score: 2}",
                               "{value: voldoet, meaning: partly-met, score: 2}"))
            .find("error[scale-without-met]") != std::string::npos);
  CHECK(normset_errors(replace(minimal_set, "  max_not_met: 0\n", ""))
            .find("warning[verdict-unusable]: the verdict sets no limit") != std::string::npos);
  CHECK(normset_errors(replace(minimal_set,
                               "  - {value: voldoet, meaning: met, score: 2}\n  - {value: voldoet",
                               "  - {value: voldoet, meaning: met, score: 2}\n  - {value: voldoet"))
            .empty());
  CHECK(normset_errors(replace(minimal_set, "{value: voldoet niet,", "{value: voldoet deels,"))
            .find("error[duplicate-id]: scale value ID 'voldoet deels' is used twice") !=
        std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/normset_reader");

TEST_CASE("a status other than official needs a status note") {
  CHECK(
      normset_errors(replace(minimal_set, "status_note: Geschreven voor de tests.\n", ""))
          .find(
              "set.yaml:7:1: error[missing-key]: normset has no 'status_note' (a norm set that is "
              "not official says what is real and what is not)") != std::string::npos);
  // A variant has no themes of its own; a base set has no variant changes.
  CHECK(
      normset_errors(replace(minimal_set, "language: nl", "language: nl\nextends: demo@0"))
          .find("error[unknown-key]: 'themes' is not allowed here (a variant changes its base with "
                "'add', 'modify' and 'remove')") != std::string::npos);
  CHECK(normset_errors(minimal_set + "remove: []\n")
            .find("error[unknown-key]: 'remove' is not allowed here") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("input/kind");

TEST_CASE("the header names the kind") {
  CHECK(
      normset_errors("id: demo\n") ==
      "set.yaml:1:1: error[missing-header]: the first key must be 'labeltool: KIND/1' (normset/1, "
      "zelfevaluatie/1, crosswalk/1 or audit/1)\n"
      " 1 | id: demo\n"
      "   | ^\n");
  CHECK(normset_errors("labeltool: normset/2\n")
            .find("error[unknown-kind]: 'labeltool: normset/2' is not a kind this version of "
                  "labeltool reads (did you mean 'normset/1'?); it reads normset/1, "
                  "zelfevaluatie/1, crosswalk/1, audit/1 and groups/1") != std::string::npos);
  CHECK(normset_errors("id: x\nlabeltool: normset/1\n")
            .find("'labeltool:' must be the first key of the file") != std::string::npos);
}

namespace {

const std::string variant_set = R"(labeltool: normset/1
id: demo-wijk
version: "1"
extends: demo@1
name: Demo wijkteams
owner: Tests
language: nl
status: illustrative
status_note: Variant voor de tests.
remove:
  - norm: A2
    reason: Geldt niet voor wijkteams.
modify:
  - norm: A1
    title: Eerste norm, aangepast
add:
  - theme: A
    norms:
      - id: A3
        title: Derde norm
        text: Iets nieuws.
  - theme: W
    title: Wijkteam
    norms:
      - id: W1
        title: Samen in de wijk
        text: Het wijkteam werkt integraal.
        applies_to: [sw]
)";

struct CatalogFixture {
  std::string folder = labeltool::testing::temp_dir();
  input::Catalog catalog{{folder}, {}};
  SourceFile here{"here.yaml", "normset: x\n"};
};

}  // namespace

TEST_SUITE_END();
TEST_SUITE_BEGIN("input/catalog");

TEST_CASE("a variant is resolved against its base") {
  CatalogFixture f;
  labeltool::testing::write_file(f.folder, "demo.yaml", minimal_set);
  labeltool::testing::write_file(f.folder, "wijk.yaml", variant_set);
  Diagnostics diagnostics;
  const model::NormSet* set = f.catalog.resolve("demo-wijk@1", f.here, {1, 1}, diagnostics);
  CHECK(render(diagnostics) == "");
  REQUIRE(set);
  CHECK(set->reference() == "demo-wijk@1");
  CHECK(set->resolved_from == std::vector<std::string>{"demo@1"});
  CHECK(set->norm_ids() == std::vector<std::string>{"A1", "A3", "W1"});
  CHECK(set->find_norm("A1")->title == "Eerste norm, aangepast");
  CHECK(set->find_norm("A1")->text == "De organisatie doet iets.");
  CHECK(set->find_theme("W")->title == "Wijkteam");
  CHECK(set->scale.size() == 3);  // inherited
}

TEST_CASE("a variant's changes must fit its base") {
  CatalogFixture f;
  labeltool::testing::write_file(f.folder, "demo.yaml", minimal_set);
  std::string broken = replace(variant_set, "  - norm: A2\n", "  - norm: A9\n");
  broken = replace(broken, "      - id: A3", "      - id: A1");
  broken = replace(broken, "  - theme: W\n    title: Wijkteam\n", "  - theme: X\n");
  labeltool::testing::write_file(f.folder, "wijk.yaml", broken);
  Diagnostics diagnostics = f.catalog.resolve_variant("demo-wijk@1");
  const std::string errors = render(diagnostics);
  CHECK(errors.find("error[unknown-norm]: cannot remove norm 'A9': demo@1 has no such norm (did "
                    "you mean 'A1'?)") != std::string::npos);
  CHECK(errors.find("error[duplicate-id]: norm ID 'A1' is already used in demo@1") !=
        std::string::npos);
  CHECK(errors.find("error[unknown-theme]: theme 'X' is not in demo@1; give it a 'title'") !=
        std::string::npos);
  Diagnostics later;
  CHECK_FALSE(f.catalog.resolve("demo-wijk@1", f.here, {1, 1}, later));
  CHECK(render(later).find("has errors; run 'labeltool lint") != std::string::npos);
}

TEST_CASE("variants that extend each other in a loop") {
  CatalogFixture f;
  labeltool::testing::write_file(f.folder, "a.yaml",
                                 replace(replace(variant_set, "id: demo-wijk", "id: lus-a"),
                                         "extends: demo@1", "extends: lus-b@1"));
  labeltool::testing::write_file(f.folder, "b.yaml",
                                 replace(replace(variant_set, "id: demo-wijk", "id: lus-b"),
                                         "extends: demo@1", "extends: lus-a@1"));
  // Resolving a reaches b, whose base is a again: the loop is reported in b's file, and a
  // learns that its base is broken.
  CHECK(render(f.catalog.resolve_variant("lus-a@1"))
            .find("'lus-b@1' (" + f.folder + "/b.yaml) has errors") != std::string::npos);
  CHECK(render(f.catalog.resolve_variant("lus-b@1"))
            .find(f.folder + "/b.yaml:4:10: error[extends-loop]: 'lus-a@1' extends itself through "
                             "a chain of variants (lus-a@1 → lus-b@1 → lus-a@1)") !=
        std::string::npos);
}

TEST_CASE("two files of one folder defining one norm set: every command says so, naming both") {
  CatalogFixture f;
  // The file named by convention sorts after the other; before, list showed a.yaml and a
  // look-up (show, check) read demo-1.yaml first and used it, without a word about either.
  labeltool::testing::write_file(f.folder, "a.yaml", minimal_set);
  labeltool::testing::write_file(f.folder, "demo-1.yaml", replace(minimal_set, "Demo", "Demo 2"));
  Diagnostics diagnostics;
  CHECK_FALSE(f.catalog.resolve("demo@1", f.here, {1, 1}, diagnostics));
  CHECK(render(diagnostics)
            .find("error[duplicate-id]: norm set 'demo@1' is defined in more than one file: " +
                  f.folder + "/a.yaml and " + f.folder + "/demo-1.yaml") != std::string::npos);
  const auto listings = f.catalog.list();
  REQUIRE(listings.size() == 1);
  CHECK(listings[0].path == f.folder + "/a.yaml");
  CHECK(listings[0].defined_in ==
        std::vector<std::string>{f.folder + "/a.yaml", f.folder + "/demo-1.yaml"});
}

TEST_CASE("a file indexed by its header is read in full only when it is needed") {
  CatalogFixture f;
  labeltool::testing::write_file(f.folder, "a.yaml", minimal_set);
  // Its header claims demo@1 too, but it is no YAML: not a second definition, unreadable.
  labeltool::testing::write_file(
      f.folder, "b.yaml", "labeltool: normset/1\nid: demo\nversion: \"1\"\nthemes:\n  - [\n");
  labeltool::testing::write_file(f.folder, "c.yaml", replace(minimal_set, "id: demo", "id: other"));
  Diagnostics diagnostics;
  CHECK(f.catalog.resolve("demo@1", f.here, {1, 1}, diagnostics));
  CHECK(render(diagnostics) == "");
  // A file that changed after it was indexed is taken for what it holds when read.
  labeltool::testing::write_file(f.folder, "c.yaml", replace(minimal_set, "id: demo", "id: third"));
  CHECK_FALSE(f.catalog.resolve("other@1", f.here, {1, 1}, diagnostics));
  CHECK(render(diagnostics).find("no norm set 'other@1'") != std::string::npos);
  CHECK(f.catalog.resolve("third@1", f.here, {1, 1}, diagnostics));
  CHECK(f.catalog.unreadable() == std::vector<std::string>{f.folder + "/b.yaml"});
  CHECK(f.catalog.list().size() == 2);
}

TEST_CASE("a lone variant whose base is missing is not suggested as its own base") {
  CatalogFixture f;
  labeltool::testing::write_file(f.folder, "v.yaml",
                                 replace(variant_set, "id: demo-wijk", "id: demo2"));
  const std::string errors = render(f.catalog.resolve_variant("demo2@1"));
  CHECK(errors.find("error[unresolved-reference]: no norm set 'demo@1' in " + f.folder) !=
        std::string::npos);
  CHECK(errors.find("did you mean") == std::string::npos);
}

TEST_CASE("unknown references get a suggestion, and never act as paths") {
  CatalogFixture f;
  labeltool::testing::write_file(f.folder, "demo.yaml", minimal_set);
  Diagnostics diagnostics;
  CHECK_FALSE(f.catalog.resolve("demo@2", f.here, {1, 1}, diagnostics));
  CHECK(render(diagnostics)
            .find("error[unresolved-reference]: no norm set 'demo@2' in " + f.folder +
                  " (did you mean 'demo@1'?)") != std::string::npos);
  diagnostics.clear();
  CHECK_FALSE(f.catalog.resolve("../../etc/passwd@1", f.here, {1, 1}, diagnostics));
  CHECK(render(diagnostics).find("error[invalid-reference]") != std::string::npos);
}

TEST_CASE("the search path honours --normsets and LABELTOOL_NORMSETS, in that order") {
  const std::string first = labeltool::testing::temp_dir(), second = labeltool::testing::temp_dir();
  ::setenv("LABELTOOL_NORMSETS", (second + ":/does/not/exist").c_str(), 1);
  const auto path = cli::normset_search_path({first});
  ::unsetenv("LABELTOOL_NORMSETS");
  REQUIRE(path.size() >= 2);
  CHECK(path[0] == first);
  CHECK(path[1] == second);
}

TEST_SUITE_END();
