// input/lint: which files a lint run reads, and which it leaves to other tools. Skipping is
// decided by content (claim_of and the kind), never by a file's name.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "diag/source.hpp"
#include "input/catalog.hpp"
#include "input/lint.hpp"
#include "support/helpers.hpp"

using labeltool::input::Claim;
using labeltool::input::claim_of;
using labeltool::input::LintTarget;
using labeltool::input::plan_lint;
using labeltool::input::UnknownFiles;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;

TEST_SUITE_BEGIN("input/lint");

TEST_CASE("claim_of: a top-level 'labeltool' key or first CSV cell is ours, wherever it is") {
  CHECK(claim_of("labeltool: normset/1\nid: x\n") == Claim::Labeltool);
  CHECK(claim_of("\xEF\xBB\xBFlabeltool: normset/1\n") == Claim::Labeltool);
  CHECK(claim_of("# yaml-language-server: $schema=x\nlabeltool: zelfevaluatie/1\n") ==
        Claim::Labeltool);
  // In the wrong place, or misspelt after it: ours, so that the finding is reported.
  CHECK(claim_of("id: x\nname: y\nlabeltool: normset/1\n") == Claim::Labeltool);
  CHECK(claim_of("labeltool: normenkader/1\n") == Claim::Labeltool);
  CHECK(claim_of("\"labeltool\": normset/1\n") == Claim::Labeltool);
  CHECK(claim_of("labeltool : normset/1\n") == Claim::Labeltool);
  CHECK(claim_of("{labeltool: normset/1, id: hx}\n") == Claim::Labeltool);
  // Ours even when the rest is not YAML at all.
  CHECK(claim_of("labeltool: normset/1\nid: [unclosed\n") == Claim::Labeltool);
  CHECK(claim_of("labeltool: normset/1\nname: Caf\xE9\n") == Claim::Labeltool);
  // The CSV forms: the first row's first cell, with ',' or ';', quoted or not.
  CHECK(claim_of("labeltool,zelfevaluatie/1\nnormset,kssw@2019\n") == Claim::Labeltool);
  CHECK(claim_of("\xEF\xBB\xBFlabeltool;zelfevaluatie/1\r\n") == Claim::Labeltool);
  CHECK(claim_of("\"labeltool\",\"normset/1\"\n") == Claim::Labeltool);
  // A CISO Assistant library.
  CHECK(claim_of("urn: urn:intuitem:risk:library:x\nlocale: en\nobjects:\n  framework: {}\n") ==
        Claim::Labeltool);
}

TEST_CASE("claim_of: other tools' files, and 'labeltool' anywhere but a top-level key") {
  CHECK(claim_of("repos:\n  - repo: local\n") == Claim::Foreign);
  CHECK(claim_of("services:\n  labeltool:\n    image: x\n") == Claim::Foreign);
  CHECK(claim_of("# labeltool: normset/1\nname: x\n") == Claim::Foreign);
  CHECK(claim_of("- labeltool: normset/1\n") == Claim::Foreign);
  CHECK(claim_of("text: |\n  labeltool: normset/1\n") == Claim::Foreign);
  CHECK(claim_of("labeltools: 3\nlabeltool_version: 2\n") == Claim::Foreign);
  CHECK(claim_of("{{- if .Values.enabled }}\nkind: Service\n{{- end }}\n") == Claim::Foreign);
  CHECK(claim_of("thema;norm;uren\nA;1;labeltool\n") == Claim::Foreign);
  CHECK(claim_of("x,y\nlabeltool,normset/1\n") == Claim::Foreign);  // not the first row
  CHECK(claim_of("urn: urn:intuitem:x\nname: no objects\n") == Claim::Foreign);
  CHECK(claim_of("urn: isbn:123\nobjects: {}\n") == Claim::Foreign);
  CHECK(claim_of("") == Claim::Foreign);
  CHECK(claim_of(std::string("\x00\x01\x02", 3)) == Claim::Foreign);
}

TEST_CASE("plan_lint: folders are searched and may skip, named files are reported as asked") {
  const std::string folder = temp_dir();
  for (const char* name : {"normsets/a.yaml", "b.csv", "c.yml", "notes.txt",
                           ".pre-commit-config.yaml", ".github/workflows/ci.yml"})
    write_file(folder, name, "x");
  const std::string named = folder + "/.pre-commit-config.yaml";
  const auto plan = plan_lint({folder, named}, UnknownFiles::Report);
  CHECK(plan.folders == std::vector<std::string>{folder});
  REQUIRE(plan.targets.size() == 4);
  const std::vector<std::string> found = {folder + "/b.csv", folder + "/c.yml",
                                          folder + "/normsets/a.yaml", named};
  for (std::size_t i = 0; i < 4; ++i) {
    CAPTURE(i);
    CHECK(plan.targets[i].path == found[i]);
    CHECK(plan.targets[i].unknown == (i < 3 ? UnknownFiles::Skip : UnknownFiles::Report));
    CHECK(plan.targets[i].folder == (i < 3 ? 0 : LintTarget::kNamed));
  }
  CHECK(plan_lint({named}, UnknownFiles::Skip).targets.front().unknown == UnknownFiles::Skip);
}

TEST_CASE("lint lets go of each file's text and quotes its lines from the file") {
  const std::string dir = temp_dir();
  const std::string text =
      "labeltool: normset/1\nid: kssw\nversion: '2019'\ntitel: Kwaliteitslabel\n";
  const std::string path = write_file(dir, "set.yaml", text);
  labeltool::input::Catalog catalog({}, {});
  const auto result = labeltool::input::lint_files({path}, catalog, {}, 1, "2026-12-02");
  REQUIRE_FALSE(result.diagnostics.empty());
  const auto unknown = std::find_if(
      result.diagnostics.begin(), result.diagnostics.end(),
      [](const labeltool::Diagnostic& d) { return d.code == labeltool::Code::UnknownKey; });
  REQUIRE(unknown != result.diagnostics.end());
  REQUIRE(static_cast<bool>(unknown->source));
  CHECK(unknown->source->text_released());
  CHECK(labeltool::excerpt_of(*unknown).text == "titel: Kwaliteitslabel");
  // Another file quoted in between (the one file read again is now that one), then this
  // file edited: its line is no longer quoted, rather than a wrong one.
  const auto other = std::make_shared<const labeltool::SourceFile>(
      write_file(dir, "other.yaml", "x: 1\n"), "x: 1\n");
  other->release_text();
  CHECK(other->excerpt({1, 1}).text == "x: 1");
  write_file(dir, "set.yaml", "# edited after the run\n" + text);
  CHECK(labeltool::excerpt_of(*unknown).text.empty());
}

TEST_SUITE_END();
