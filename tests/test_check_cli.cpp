// check, template and progress end to end, with golden output for every format.
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

const std::vector<std::string> today = {"--today", "2026-11-23"};

std::vector<std::string> args(std::vector<std::string> first,
                              const std::vector<std::string>& more = today) {
  first.insert(first.end(), more.begin(), more.end());
  return first;
}

}  // namespace

TEST_SUITE_BEGIN("cli/check");

TEST_CASE("check on every shipped example, and golden output in every format") {
  const auto pass = run_labeltool(args({"check", "examples/buurtkracht-kssw-2019.yaml"}));
  CHECK(pass.exit_code == 0);
  check_golden("check-buurtkracht.txt", pass.out);

  const auto gaps = run_labeltool(args({"check", "examples/wijkwerk-kssw-2019-gaps.yaml"}));
  CHECK(gaps.exit_code == 1);  // two missing answers are errors
  check_golden("check-wijkwerk.txt", gaps.out);
  check_golden(
      "check-wijkwerk-en.txt",
      run_labeltool(args({"check", "--lang", "en", "examples/wijkwerk-kssw-2019-gaps.yaml"})).out);
  check_golden("check-wijkwerk.md", run_labeltool(args({"check", "--format", "markdown",
                                                        "examples/wijkwerk-kssw-2019-gaps.yaml"}))
                                        .out);
  check_golden(
      "check-wijkwerk.json",
      run_labeltool(args({"check", "--format", "json", "examples/wijkwerk-kssw-2019-gaps.yaml"}))
          .out);
  check_golden(
      "check-wijkwerk.csv",
      run_labeltool(args({"check", "--format", "csv", "examples/wijkwerk-kssw-2019-gaps.yaml"}))
          .out);

  const auto nvvk = run_labeltool(args({"check", "examples/geldzorg-nvvk-2021.yaml"}));
  CHECK(nvvk.exit_code == 0);
  check_golden("check-geldzorg.txt", nvvk.out);
}

TEST_CASE("the CSV example says the same as its YAML twin") {
  const auto yaml =
      run_labeltool(args({"check", "--format", "json", "examples/buurtkracht-kssw-2019.yaml"}));
  const auto csv =
      run_labeltool(args({"check", "--format", "json", "examples/buurtkracht-kssw-2019.csv"}));
  CHECK(csv.exit_code == 0);
  auto without_file = [](std::string text) {
    const auto at = text.find("\"file\": ");
    return text.erase(at, text.find('\n', at) - at);
  };
  CHECK(without_file(csv.out) == without_file(yaml.out));
}

TEST_CASE("every report names the norm set's illustrative status") {
  for (const std::string format : {"text", "markdown", "json", "csv"}) {
    CAPTURE(format);
    const auto result =
        run_labeltool(args({"check", "--format", format, "examples/geldzorg-nvvk-2021.yaml"}));
    if (format == "csv") {
      CHECK(result.out.find("file,theme,norm,") ==
            0);  // a table for spreadsheets, one row per norm
    } else {
      CHECK(result.out.find(format == "json" ? "\"status\": \"illustrative\"" : "ILLUSTRATIEF") !=
            std::string::npos);
    }
  }
}

TEST_CASE("--fail-on decides what exit 1 means") {
  const std::string gaps = "examples/wijkwerk-kssw-2019-gaps.yaml";
  CHECK(run_labeltool(args({"check", "--fail-on", "never", gaps})).exit_code == 0);
  CHECK(run_labeltool(args({"check", "--fail-on", "errors", "examples/buurtkracht-kssw-2019.yaml"}))
            .exit_code == 0);
  // The passing example still has three gaps (voldoet deels).
  CHECK(run_labeltool(args({"check", "--fail-on", "gaps", "examples/buurtkracht-kssw-2019.yaml"}))
            .exit_code == 1);
}

TEST_CASE("check exits 2 on unreadable input or an unknown norm set") {
  const std::string folder = temp_dir();
  CHECK(run_labeltool(args({"check", folder + "/none.yaml"})).exit_code == 2);
  write_file(folder, "z.yaml",
             "labeltool: zelfevaluatie/1\nnormset: kssw@2018\norganisation: X\ndate: "
             "2026-01-01\nanswers: {}\n");
  const auto unknown = run_labeltool(args({"check", folder + "/z.yaml"}));
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.out.find("z.yaml:2:10: fout[unresolved-reference]: normenkader 'kssw@2018' staat "
                         "niet in ") != std::string::npos);
  const auto english = run_labeltool(args({"check", "--lang", "en", folder + "/z.yaml"}));
  CHECK(english.out.find("z.yaml:2:10: error[unresolved-reference]: no norm set 'kssw@2018'") !=
        std::string::npos);
  // CI formats keep the English text whatever the language of the report.
  const auto github = run_labeltool(args({"check", "--format", "github", folder + "/z.yaml"}));
  CHECK(github.out.find("no norm set 'kssw@2018'") != std::string::npos);
  CHECK(github.out.find("staat niet in") == std::string::npos);
  write_file(folder, "wrong.yaml",
             "labeltool: zelfevaluatie/1\nnormset: kssw@2019\norganisation: [X]\ndate: "
             "2026-01-01\nanswers: []\n");
  // Wrong types in a file that was read are findings to fix in the file: exit 1, not 2.
  CHECK(run_labeltool(args({"check", folder + "/wrong.yaml"})).exit_code == 1);
}

TEST_CASE("check --normset overrides the reference, by id@version or by file") {
  const auto by_file = run_labeltool(args(
      {"check", "--normset", "normsets/kssw-2019.yaml", "examples/buurtkracht-kssw-2019.yaml"}));
  CHECK(by_file.exit_code == 0);
  const auto other = run_labeltool(
      args({"check", "--normset", "kssw@2017", "examples/buurtkracht-kssw-2019.yaml"}));
  CHECK(other.exit_code == 1);
  CHECK(other.out.find("kssw@2017") != std::string::npos);
}

TEST_CASE("check -o writes the report atomically, and several files make one report") {
  const std::string folder = temp_dir();
  const std::string out = folder + "/rapport.json";
  const auto result = run_labeltool(args({"check", "--format", "json", "-o", out, "examples/"}));
  CHECK(result.exit_code == 1);  // the gaps example has errors
  CHECK(result.out.empty());
  const std::string json = read_text(out);
  CHECK(json.find("\"schema\": \"labeltool-check/1\"") == 4);
  CHECK(json.find("buurtkracht-kssw-2019.csv") != std::string::npos);
  CHECK(json.find("geldzorg-nvvk-2021.yaml") != std::string::npos);
  CHECK(std::system(("/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "
                     "len(d[\"files\"]) == 5' " +
                     out)
                        .c_str()) == 0);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/template");

TEST_CASE("template → fill in as a spreadsheet would → check") {
  const std::string folder = temp_dir();
  const std::string csv_path = folder + "/zelfevaluatie.csv";
  REQUIRE(
      run_labeltool({"template", "taalhuizen@cbct", "--format", "csv", "-o", csv_path}).exit_code ==
      0);
  std::string csv = read_text(csv_path);
  // What Excel NL opens into columns by a double click: a UTF-8 BOM, ';', CRLF.
  CHECK(csv.find("\xEF\xBB\xBFlabeltool;zelfevaluatie/1\r\nnormset;taalhuizen@cbct\r\n") == 0);
  CHECK(csv.find("\r\n1;Beleid en financiën;;;;;;\r\n") != std::string::npos);
  // An empty template: every norm is still unanswered.
  const auto empty = run_labeltool(args({"check", csv_path}));
  CHECK(empty.exit_code == 1);
  CHECK(empty.out.find("Nog niet beantwoord: 7 normen [missing-answer]\n") != std::string::npos);
  // Machine formats keep one finding per norm, each at the norm's own row of the template.
  const auto empty_json = run_labeltool(args({"check", "--format", "json", csv_path}));
  CHECK(empty_json.out.find("\"line\": 15,\n          \"column\": 1,\n          \"severity\": "
                            "\"error\",\n          \"code\": \"missing-answer\",\n          "
                            "\"message\": \"norm 7 (Handelen conform (privacy)wetgeving) has no "
                            "answer\"") != std::string::npos);

  // Fill it in the way Excel saves it: semicolons, BOM, quoted multi-line cells.
  std::string filled =
      "\xEF\xBB\xBFlabeltool;zelfevaluatie/1\r\nnormset;taalhuizen@cbct\r\norganisation;Taalhuis "
      "Test\r\n"
      "scope;\r\ndate;2026-11-01\r\nfilled_in_by;Ans\r\n;\r\nnorm;title;score;toelichting;evidence;"
      "action;owner;due\r\n";
  for (int n = 1; n <= 7; ++n) {
    filled += std::to_string(n) + ";titel;" +
              (n == 3 ? "voldoet deels;Nog geen convenant.;\"Notulen\nPlan\";Convenant "
                        "sluiten;Coördinator;2027-01-31\r\n"
                      : "voldoet;;\"Jaarplan\nVerslag\";;;\r\n");
  }
  write_file(folder, "ingevuld.csv", filled);
  const auto result = run_labeltool(args({"check", folder + "/ingevuld.csv"}));
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("geen problemen in 1 bestand") != std::string::npos);
  CHECK(result.out.find("  3      Samenwerking — voldoet deels") != std::string::npos);
}

TEST_CASE("template as YAML lists every applicable norm with its title") {
  const auto result = run_labeltool({"template", "nvvk@2021", "--scope", "schuldhulpverlening"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("labeltool: zelfevaluatie/1\nnormset: nvvk@2021\n") != std::string::npos);
  CHECK(result.out.find("  \"1.1\":\n    score:\n") != std::string::npos);
  // Norms only for ondernemers are left out for a schuldhulpverlening scope.
  const auto all = run_labeltool({"template", "nvvk@2021"});
  CHECK(all.out.size() > result.out.size());
  CHECK(run_labeltool({"template", "nvvk@2021", "--scope", "schuldhulp"}).exit_code == 2);
  const std::string folder = temp_dir();
  const std::string path = write_file(folder, "t.yaml", result.out);
  const auto checked = run_labeltool(args({"check", path}));
  CHECK(checked.exit_code == 1);
  CHECK(checked.out.find("Nog niet beantwoord: ") != std::string::npos);
  CHECK(checked.out.find("error[missing-key]") == std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/progress");

TEST_CASE("progress shows per norm and per theme what changed") {
  const std::string folder = temp_dir();
  std::string older = read_text(source_path("examples/buurtkracht-kssw-2019.yaml"));
  const auto at = older.find("score: voldoet deels");
  REQUIRE(at != std::string::npos);
  older.replace(at, 20, "score: voldoet niet");
  const std::string old_path = write_file(folder, "2025.yaml", older);
  const auto result = run_labeltool({"progress", old_path, "examples/buurtkracht-kssw-2019.yaml"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("beter      voldoet niet → voldoet deels") != std::string::npos);
  CHECK(result.out.find("Totaal: 1 beter, 0 slechter, 0 nieuw, 0 vervallen, 46 gelijk") !=
        std::string::npos);
  const auto json = run_labeltool(
      {"progress", "--format", "json", old_path, "examples/buurtkracht-kssw-2019.yaml"});
  CHECK(json.out.find("\"change\": \"better\"") != std::string::npos);
}

TEST_SUITE_END();
