// The labeltool binary end to end: exit codes, output, options.
#include <doctest/doctest.h>

#include "diag/diagnostic.hpp"
#include "support/helpers.hpp"

using labeltool::testing::run_labeltool;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;

TEST_CASE("lint of the shipped norm sets is clean") {
  const auto result = run_labeltool({"lint", "normsets/"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("no problems in ") != std::string::npos);
  CHECK(result.err.empty());
}

TEST_CASE("lint exits 1 on findings and prints them with a caret") {
  const std::string folder = temp_dir();
  const std::string path = write_file(folder, "set.yaml", labeltool::testing::read_text(
      labeltool::testing::source_path("normsets/taalhuizen-cbct.yaml")));
  std::string text = labeltool::testing::read_text(path);
  text.replace(text.find("title: Middelen"), 15, "title: Beleid en financiën");
  write_file(folder, "set.yaml", text);
  const auto result = run_labeltool({"lint", path});
  CHECK(result.exit_code == 0);  // a duplicate title is only a warning
  CHECK(result.out.find("warning[duplicate-title]") != std::string::npos);
  CHECK(run_labeltool({"lint", "--fail-on", "warnings", path}).exit_code == 1);

  text.replace(text.find("applies_to") == std::string::npos ? text.find("discipline: [") : text.find("applies_to"), 0, "");
  text.replace(text.find("discipline: ["), 13, "discipline: [onbekend, ");
  write_file(folder, "set.yaml", text);
  const auto findings = run_labeltool({"lint", path});
  CHECK(findings.exit_code == 1);
  CHECK(findings.out.find(path + ":") == 0);
  CHECK(findings.out.find("error[unknown-discipline]") != std::string::npos);
  CHECK(findings.out.find("   | ") != std::string::npos);
}

TEST_CASE("lint exits 2 when a file cannot be read or breaks its format") {
  const std::string folder = temp_dir();
  CHECK(run_labeltool({"lint", folder + "/missing.yaml"}).exit_code == 2);
  write_file(folder, "bad.yaml", "labeltool: normset/1\nid: [unclosed\n");
  const auto result = run_labeltool({"lint", folder + "/bad.yaml"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.find("error[yaml-syntax]") != std::string::npos);
  write_file(folder, "kind.yaml", "labeltool: normenkader/1\n");
  CHECK(run_labeltool({"lint", folder + "/kind.yaml"}).exit_code == 2);
}

TEST_CASE("lint reports all findings of all files in one run, in input order") {
  const std::string folder = temp_dir();
  write_file(folder, "a.yaml", "labeltool: normset/1\nid: a\nid: b\n");
  write_file(folder, "b.yaml", "");
  write_file(folder, "sub/c.yml", "labeltool: crosswalk/9\n");
  write_file(folder, "notes.txt", "not yaml, not read\n");
  const auto result = run_labeltool({"lint", "--jobs", "2", folder});
  CHECK(result.exit_code == 2);
  const auto a = result.out.find(folder + "/a.yaml:3:1: error[duplicate-key]");
  const auto b = result.out.find(folder + "/b.yaml: error[empty-file]");
  const auto c = result.out.find(folder + "/sub/c.yml:1:12: error[unknown-kind]");
  CHECK(a != std::string::npos);
  CHECK(b != std::string::npos);
  CHECK(c != std::string::npos);
  CHECK(a < b);
  CHECK(b < c);
  CHECK(result.out.find("notes.txt") == std::string::npos);
  CHECK(result.out.find("in 3 files") != std::string::npos);
}

TEST_CASE("lint --format json is valid, machine-readable output") {
  const std::string folder = temp_dir();
  write_file(folder, "a.yaml", "labeltool: normset/1\nid: a\nid: \"b\\u0007\"\n");
  const auto result = run_labeltool({"lint", "--format", "json", folder});
  CHECK(result.exit_code == 2);
  CHECK(result.out.find("\"schema\": \"labeltool-diagnostics/1\"") != std::string::npos);
  CHECK(result.out.find("\"code\": \"duplicate-key\"") != std::string::npos);
  CHECK(result.out.find("\"line\": 3") != std::string::npos);
  // A real parser agrees that it is JSON.
  const std::string json_path = write_file(folder, "out.json", result.out);
  CHECK(std::system(("/usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' " + json_path).c_str()) == 0);
}

TEST_CASE("usage errors exit 2 and say what is wrong") {
  const auto none = run_labeltool({});
  CHECK(none.exit_code == 2);
  const auto unknown = run_labeltool({"lnt", "normsets"});
  CHECK(unknown.exit_code == 2);
  CHECK_FALSE(unknown.err.empty());
  CHECK(run_labeltool({"lint", "--format", "xml", "normsets"}).exit_code == 2);
  const auto help = run_labeltool({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Exit codes: 0 clean; 1 findings; 2 usage error or invalid input; 3 internal error") !=
        std::string::npos);
  CHECK(run_labeltool({"--version"}).out.find("labeltool ") == 0);
}

TEST_CASE("list shows every shipped norm set with its status and size") {
  const auto result = run_labeltool({"list"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("kssw@2017            illustrative     52") != std::string::npos);
  CHECK(result.out.find("kssw@2019            illustrative     49") != std::string::npos);
  CHECK(result.out.find("nvvk@2021") != std::string::npos);
  CHECK(result.out.find("taalhuizen@cbct      illustrative      7") != std::string::npos);
  CHECK(result.out.find("kssw-wijkteams@2019  illustrative     50") != std::string::npos);
}

TEST_CASE("list and show honour --normsets before ./normsets") {
  const std::string folder = temp_dir();
  std::string text = labeltool::testing::read_text(labeltool::testing::source_path("normsets/taalhuizen-cbct.yaml"));
  text.replace(text.find("name: Normen Taalhuizen"), 23, "name: Eigen kopie");
  write_file(folder, "copy.yaml", text);
  const auto result = run_labeltool({"--normsets", folder, "show", "taalhuizen@cbct"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Eigen kopie (taalhuizen@cbct)") == 0);
  CHECK(run_labeltool({"show", "--normsets", folder, "taalhuizen@cbct"}).out.find("Eigen kopie") == 0);
}

TEST_CASE("show prints the outline with the status banner") {
  const auto result = run_labeltool({"show", "kssw@2019"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Kwaliteitslabel Sterk Sociaal Werk (kssw@2019)\n") == 0);
  CHECK(result.out.find("\nILLUSTRATIEF: ") != std::string::npos);
  CHECK(result.out.find("3 thema's, 49 normen") != std::string::npos);
  const auto english = run_labeltool({"show", "--lang", "en", "kssw@2019"});
  CHECK(english.out.find("\nILLUSTRATIVE: ") != std::string::npos);
}

TEST_CASE("show --format markdown is a document, and a file path works too") {
  const auto result = run_labeltool({"show", "--format", "markdown", "normsets/nvvk-2021.yaml"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("# NVVK Kwaliteitskader (nvvk@2021)\n") == 0);
  CHECK(result.out.find("> **ILLUSTRATIEF: ") != std::string::npos);
  CHECK(result.out.find("\n## 1 Koers\n") != std::string::npos);
  CHECK(result.out.find("\n## 7 Reflecteren, verbeteren en verantwoorden\n") != std::string::npos);
}

TEST_CASE("show of a variant shows the resolved set") {
  const auto result = run_labeltool({"show", "kssw-wijkteams@2019"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Variant van: kssw@2019") != std::string::npos);
}

TEST_CASE("show of an unknown norm set exits 2 with a suggestion") {
  const auto result = run_labeltool({"show", "kssw@2091"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("<command line>:1:1: error[unresolved-reference]: no norm set 'kssw@2091'") == 0);
  CHECK(result.err.find("did you mean 'kssw@2019'?") != std::string::npos);
}

TEST_CASE("-o writes atomically and refuses to overwrite an input") {
  const std::string folder = temp_dir();
  const std::string out = folder + "/kssw.md";
  CHECK(run_labeltool({"show", "--format", "markdown", "-o", out, "kssw@2019"}).exit_code == 0);
  CHECK(labeltool::testing::read_text(out).find("# Kwaliteitslabel Sterk Sociaal Werk") == 0);
  const std::string input = write_file(folder, "set.yaml", labeltool::testing::read_text(
      labeltool::testing::source_path("normsets/taalhuizen-cbct.yaml")));
  const std::string before = labeltool::testing::read_text(input);
  const auto refused = run_labeltool({"show", "-o", input, input});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("it is one of the input files") != std::string::npos);
  CHECK(labeltool::testing::read_text(input) == before);
}

TEST_CASE("lint checks zelfevaluaties against their norm sets too") {
  const auto result = run_labeltool({"lint", "--today", "2026-11-23", "examples/"});
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("examples/wijkwerk-kssw-2019-gaps.yaml:26:1: error[missing-answer]") != std::string::npos);
  CHECK(result.out.find("2 errors, 3 warnings in 4 files") != std::string::npos);
  CHECK(run_labeltool({"lint", "examples/buurtkracht-kssw-2019.yaml", "examples/geldzorg-nvvk-2021.yaml"}).exit_code == 0);
}

TEST_CASE("the README's table lists every diagnostic code") {
  const std::string readme = labeltool::testing::read_text(labeltool::testing::source_path("README.md"));
  for (const auto& info : labeltool::code_table()) {
    CAPTURE(info.name);
    CHECK(readme.find("| `" + std::string(info.name) + "` | " + std::string(labeltool::severity_name(info.severity)) + " |") !=
          std::string::npos);
  }
}
