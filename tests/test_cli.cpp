// The labeltool binary end to end: exit codes, output, options. Output is compared whole where
// it is deterministic, as ninja's tests do, so a changed word or an extra line fails here.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "support/helpers.hpp"
#include "util/text.hpp"

using labeltool::testing::read_text;
using labeltool::testing::run_labeltool;
using labeltool::testing::source_path;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;
using labeltool::util::line_at;

namespace {

/// The lines of `text` for which `keep` holds, in order: e.g. a report's headings.
std::vector<std::string> lines_where(const std::string& text,
                                     const std::function<bool(std::string_view)>& keep) {
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = std::string_view(text).substr(start, end - start);
    if (keep(line)) lines.emplace_back(line);
    start = end + 1;
  }
  return lines;
}

bool is_markdown_heading(std::string_view line) { return line.substr(0, 3) == "## "; }
bool is_dutch_scale_line(std::string_view line) { return line.substr(0, 8) == "Schaal: "; }
bool is_dutch_theme_line(std::string_view line) {
  return line.size() > 8 && line.substr(line.size() - 8) == " normen)";
}
bool is_english_theme_line(std::string_view line) {
  return line.size() > 7 && line.substr(line.size() - 7) == " norms)";
}

}  // namespace

TEST_SUITE_BEGIN("cli/lint");

TEST_CASE("lint of the shipped norm sets is clean") {
  const auto result = run_labeltool({"lint", "normsets/"});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "no problems in 7 files\n");
  CHECK(result.err == "");
}

TEST_CASE("lint exits 1 on findings and prints them with a caret") {
  const std::string folder = temp_dir();
  std::string text = read_text(source_path("normsets/taalhuizen-cbct.yaml"));
  text.replace(text.find("title: Middelen"), 15, "title: Beleid en financiën");
  const std::string path = write_file(folder, "set.yaml", text);
  const std::string duplicate_title =
      path +
      ":71:13: warning[duplicate-title]: norm 2 has the same title as another norm: "
      "'Beleid en financiën'\n"
      " 71 |       - id: \"2\"\n"
      "    |             ^\n" +
      path +
      ":57:13: note: first used here\n"
      " 57 |       - id: \"1\"\n"
      "    |             ^\n";
  const auto result = run_labeltool({"lint", path});
  CHECK(result.exit_code == 0);  // a duplicate title is only a warning
  CHECK(result.out == duplicate_title + "0 errors, 1 warning in 1 file\n");
  const auto failing = run_labeltool({"lint", "--fail-on", "warnings", path});
  CHECK(failing.exit_code == 1);
  CHECK(failing.out == result.out);

  text.replace(text.find("discipline: ["), 13, "discipline: [onbekend, ");
  write_file(folder, "set.yaml", text);
  const auto findings = run_labeltool({"lint", path});
  CHECK(findings.exit_code == 1);
  CHECK(findings.out ==
        path +
            ":70:21: error[unknown-discipline]: norm 1 names discipline 'onbekend', which the "
            "norm set does not declare under 'disciplines'\n"
            " 70 |         discipline: [onbekend, bestuur, staf]\n"
            "    |                     ^\n" +
            duplicate_title + "1 error, 1 warning in 1 file\n");
  CHECK(findings.err == "");
}

TEST_CASE("lint exits 2 when a file cannot be read or breaks its format") {
  const std::string folder = temp_dir();
  const auto missing = run_labeltool({"lint", folder + "/missing.yaml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.out == folder +
                           "/missing.yaml: error[file-not-found]: no such file\n"
                           "1 error, 0 warnings in 1 file\n");
  const std::string bad = write_file(folder, "bad.yaml", "labeltool: normset/1\nid: [unclosed\n");
  const auto syntax = run_labeltool({"lint", bad});
  CHECK(syntax.exit_code == 2);
  CHECK(syntax.out == bad +
                          ":3:1: error[yaml-syntax]: a '[' list is not closed with ']'; labeltool "
                          "read up to line 2 of 2, so nothing in this file was checked\n"
                          " 3 | \n"
                          "   | ^\n"
                          "1 error, 0 warnings in 1 file\n");
  const std::string kind = write_file(folder, "kind.yaml", "labeltool: normenkader/1\n");
  const auto unknown_kind = run_labeltool({"lint", kind});
  CHECK(unknown_kind.exit_code == 2);
  CHECK(unknown_kind.out ==
        kind +
            ":1:12: error[unknown-kind]: 'labeltool: normenkader/1' is not a kind this version "
            "of labeltool reads; it reads normset/1, zelfevaluatie/1, crosswalk/1, audit/1 and "
            "groups/1\n"
            " 1 | labeltool: normenkader/1\n"
            "   |            ^\n"
            "1 error, 0 warnings in 1 file\n");
}

TEST_CASE("lint reports all findings of all files in one run, in input order") {
  const std::string folder = temp_dir();
  write_file(folder, "a.yaml", "labeltool: normset/1\nid: a\nid: b\n");
  write_file(folder, "b.yaml", "");  // no header: in a folder, not a labeltool file
  write_file(folder, "sub/c.yml", "labeltool: crosswalk/9\n");
  write_file(folder, "notes.txt", "not yaml, not read\n");
  const auto result = run_labeltool({"lint", "--jobs", "2", folder});
  CHECK(result.exit_code == 2);
  CHECK(result.out ==
        folder +
            "/a.yaml:1:1: error[missing-key]: normset has no 'scale' (a norm set that does "
            "not 'extends' another defines its own)\n"
            " 1 | labeltool: normset/1\n"
            "   | ^\n" +
            folder +
            "/a.yaml:3:1: error[duplicate-key]: key 'id' appears twice in this mapping; "
            "remove or rename one (YAML tools would silently keep only one)\n"
            " 3 | id: b\n"
            "   | ^~\n" +
            folder +
            "/a.yaml:2:1: note: first defined here\n"
            " 2 | id: a\n"
            "   | ^\n" +
            folder +
            "/sub/c.yml:1:12: error[unknown-kind]: 'labeltool: crosswalk/9' is not a "
            "kind this version of labeltool reads (did you mean 'crosswalk/1'?); it "
            "reads normset/1, zelfevaluatie/1, crosswalk/1, audit/1 and groups/1\n"
            " 1 | labeltool: crosswalk/9\n"
            "   |            ^\n"
            "3 errors, 0 warnings in 2 files\n"
            "1 file skipped: not a labeltool file\n");
}

TEST_CASE("lint --format json is valid, machine-readable output") {
  const std::string folder = temp_dir();
  const std::string file =
      write_file(folder, "a.yaml", "labeltool: normset/1\nid: a\nid: \"b\\u0007\"\n");
  const auto result = run_labeltool({"lint", "--format", "json", folder});
  CHECK(result.exit_code == 1);  // every finding is in a file that was read
  CHECK(
      result.out ==
      "{\n"
      "  \"schema\": \"labeltool-diagnostics/1\",\n"
      "  \"files\": 1,\n"
      "  \"errors\": 3,\n"
      "  \"warnings\": 0,\n"
      "  \"diagnostics\": [\n"
      "    {\n"
      "      \"file\": \"" +
          file +
          "\",\n"
          "      \"line\": 1,\n"
          "      \"column\": 1,\n"
          "      \"severity\": \"error\",\n"
          "      \"code\": \"missing-key\",\n"
          "      \"message\": \"normset has no 'scale' (a norm set that does not 'extends' another "
          "defines its own)\",\n"
          "      \"related\": []\n"
          "    },\n"
          "    {\n"
          "      \"file\": \"" +
          file +
          "\",\n"
          "      \"line\": 3,\n"
          "      \"column\": 1,\n"
          "      \"severity\": \"error\",\n"
          "      \"code\": \"duplicate-key\",\n"
          "      \"message\": \"key 'id' appears twice in this mapping; remove or rename one (YAML "
          "tools would silently keep only one)\",\n"
          "      \"related\": [\n"
          "        {\n"
          "          \"file\": \"" +
          file +
          "\",\n"
          "          \"line\": 2,\n"
          "          \"column\": 1,\n"
          "          \"message\": \"first defined here\"\n"
          "        }\n"
          "      ]\n"
          "    },\n"
          "    {\n"
          "      \"file\": \"" +
          file +
          "\",\n"
          "      \"line\": 3,\n"
          "      \"column\": 5,\n"
          "      \"severity\": \"error\",\n"
          "      \"code\": \"invalid-id\",\n"
          "      \"message\": \"'id' 'b\\\\x07' is not a valid ID (letters, digits and . _ - only, "
          "at most 128)\",\n"
          "      \"related\": []\n"
          "    }\n"
          "  ]\n"
          "}\n");
  // A real parser agrees that it is JSON.
  const std::string json_path = write_file(folder, "out.json", result.out);
  CHECK(std::system(
            ("/usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' " + json_path)
                .c_str()) == 0);
}

TEST_CASE("lint checks zelfevaluaties against their norm sets too") {
  const auto result = run_labeltool({"lint", "--today", "2026-11-23", "examples/"});
  CHECK(result.exit_code == 1);
  const std::string file = "examples/wijkwerk-kssw-2019-gaps.yaml";
  CHECK(result.out ==
        file +
            ":26:1: error[missing-answer]: norm D15 (Onafhankelijk advies over rechten en "
            "plichten) has no answer\n"
            " 26 | answers:\n"
            "    | ^\n" +
            file +
            ":26:1: error[missing-answer]: norm O13 (Medezeggenschap van medewerkers) has "
            "no answer\n"
            " 26 | answers:\n"
            "    | ^\n" +
            file +
            ":73:3: warning[missing-evidence]: norm V7 names no evidence; an auditor will "
            "ask for: Netwerkkaarten in dossiers; Sociale kaart van het werkgebied; "
            "Samenwerkingsafspraken met partners\n"
            " 73 |   V7:\n"
            "    |   ^\n" +
            file +
            ":171:10: warning[due-in-past]: the action for norm D2 was due on 2026-03-01 "
            "(today is 2026-11-23)\n"
            " 171 |     due: 2026-03-01\n"
            "     |          ^\n" +
            file +
            ":291:12: warning[missing-action]: norm O5 is a gap ('voldoet deels') without "
            "owner\n"
            " 291 |     score: voldoet deels\n"
            "     |            ^\n"
            // examples/buurtkracht-kssw-2019.csv is linted too: the CSV form, clean
            "2 errors, 3 warnings in 7 files\n");
  const auto clean = run_labeltool(
      {"lint", "examples/buurtkracht-kssw-2019.yaml", "examples/geldzorg-nvvk-2021.yaml"});
  CHECK(clean.exit_code == 0);
  CHECK(clean.out == "no problems in 2 files\n");
}

TEST_CASE("lint exits 1 for what it finds in a file it read: unknown keys, types, values") {
  const std::string folder = temp_dir();
  std::string text = read_text(source_path("normsets/taalhuizen-cbct.yaml"));
  text.replace(text.find("status: illustrative"), 20, "status: concept");
  text.replace(text.find("        title: Middelen"), 23, "        titel: Middelen");
  const std::string path = write_file(folder, "set.yaml", text);
  const auto result = run_labeltool({"lint", path});
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("error[invalid-value]: ") != std::string::npos);
  CHECK(result.out.find(":72:9: error[unknown-key]: unknown key 'titel' in norm (did you mean "
                        "'title'?)") != std::string::npos);
  CHECK(result.out.find("error[missing-key]: ") != std::string::npos);
  const std::string typed =
      write_file(folder, "typed.yaml", "labeltool: crosswalk/1\nsource: [a]\n");
  CHECK(run_labeltool({"lint", typed}).exit_code == 1);
}

TEST_CASE("lint of a repository skips other tools' YAML and CSV, by content") {
  const std::string folder = temp_dir();
  write_file(folder, "normsets/taalhuizen.yaml",
             read_text(source_path("normsets/taalhuizen-cbct.yaml")));
  write_file(folder, "zelfevaluaties/buurtkracht.csv",
             read_text(source_path("examples/buurtkracht-kssw-2019.csv")));
  // Hidden: never read in a folder.
  write_file(folder, ".pre-commit-config.yaml", "repos:\n  - repo: local\n");
  write_file(folder, ".github/workflows/ci.yml", "on: push\njobs: {}\n");
  write_file(folder, ".labeltool/normsets/broken.yaml", "labeltool: normset/1\nid: [\n");
  // Read, and left out by content: another tool's YAML, a template that is not YAML at all,
  // an empty file, a spreadsheet export.
  write_file(folder, "docker-compose.yml", "services:\n  labeltool:\n    image: x\n");
  write_file(folder, "helm/templates/service.yaml",
             "{{- if .Values.enabled }}\nkind: Service\n{{- end }}\n");
  write_file(folder, "leeg.yaml", "");
  write_file(folder, "exports/uren.csv", "thema;norm;uren\nA;1;12\n");
  const auto clean = run_labeltool({"lint", "--today", "2026-11-23", folder});
  CHECK(clean.exit_code == 0);
  CHECK(clean.out == "no problems in 2 files\n4 files skipped: not labeltool files\n");
  CHECK(clean.err == "");

  // A file that names labeltool is ours, however broken: reported, never skipped.
  const std::string broken =
      write_file(folder, "normsets/broken.yaml", "labeltool: normset/1\nid: [unclosed\n");
  const auto reported = run_labeltool({"lint", "--today", "2026-11-23", folder});
  CHECK(reported.exit_code == 2);
  CHECK(reported.out ==
        broken +
            ":3:1: error[yaml-syntax]: a '[' list is not closed with ']'; labeltool read "
            "up to line 2 of 2, so nothing in this file was checked\n"
            " 3 | \n"
            "   | ^\n"
            "1 error, 0 warnings in 3 files\n"
            "4 files skipped: not labeltool files\n");
  // Machine formats keep stdout one document; the count goes to stderr.
  const auto json = run_labeltool({"lint", "--format", "json", "--today", "2026-11-23", folder});
  CHECK(json.out.find("\"files\": 3,") != std::string::npos);
  CHECK(json.err == "4 files skipped: not labeltool files\n");
}

TEST_CASE("lint of a named file without a header is an error, unless --skip-unknown") {
  const std::string folder = temp_dir();
  const std::string compose =
      write_file(folder, "docker-compose.yml", "services:\n  wiki:\n    image: x\n");
  const auto named = run_labeltool({"lint", compose});
  CHECK(named.exit_code == 2);
  CHECK(named.out == compose +
                         ":1:1: error[missing-header]: the first key must be 'labeltool: "
                         "KIND/1' (normset/1, zelfevaluatie/1, crosswalk/1 or audit/1)\n"
                         " 1 | services:\n"
                         "   | ^\n"
                         "1 error, 0 warnings in 1 file\n");
  // What the pre-commit hook does with every staged *.yaml.
  const auto hook = run_labeltool({"lint", "--skip-unknown", compose});
  CHECK(hook.exit_code == 0);
  CHECK(hook.out == "no problems in 0 files\n1 file skipped: not a labeltool file\n");
  const std::string misplaced = write_file(folder, "set.yaml", "id: x\nlabeltool: normset/1\n");
  const auto ours = run_labeltool({"lint", "--skip-unknown", compose, misplaced});
  CHECK(ours.exit_code == 2);
  CHECK(ours.out == misplaced +
                        ":1:1: error[missing-header]: 'labeltool:' must be the first key of the "
                        "file\n"
                        " 1 | id: x\n"
                        "   | ^\n"
                        "1 error, 0 warnings in 1 file\n"
                        "1 file skipped: not a labeltool file\n");
  // A file that cannot be read at all cannot show whose it is: always reported.
  const auto missing = run_labeltool({"lint", "--skip-unknown", folder + "/weg.yaml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.out == folder +
                           "/weg.yaml: error[file-not-found]: no such file\n"
                           "1 error, 0 warnings in 1 file\n");
}

TEST_CASE("lint of a folder with no labeltool file exits 2 and says so") {
  const std::string empty = temp_dir();
  const auto nothing = run_labeltool({"lint", empty});
  CHECK(nothing.exit_code == 2);
  const std::string message =
      " (no *.yaml, *.yml or *.csv file in it starts with a 'labeltool:' header; hidden files "
      "and folders are not searched)\n";
  CHECK(nothing.out == "");
  CHECK(nothing.err == "labeltool: error: no labeltool files found in " + empty + message);
  const std::string others = temp_dir();
  write_file(others, "docker-compose.yml", "services: {}\n");
  write_file(others, ".pre-commit-config.yaml", "repos: []\n");
  const auto foreign = run_labeltool({"lint", others});
  CHECK(foreign.exit_code == 2);
  CHECK(foreign.out == "1 file skipped: not a labeltool file\n");
  CHECK(foreign.err == "labeltool: error: no labeltool files found in " + others + message);
  // Beside a folder that has some, the report is printed and the run still fails.
  const auto mixed = run_labeltool({"lint", "normsets/", empty});
  CHECK(mixed.exit_code == 2);
  CHECK(mixed.out == "no problems in 7 files\n");
  CHECK(mixed.err == "labeltool: error: no labeltool files found in " + empty + message);
}

TEST_CASE("lint reads both CSV forms in folders, as check does") {
  const std::string folder = temp_dir();
  write_file(folder, "buurtkracht.csv",
             read_text(source_path("examples/buurtkracht-kssw-2019.csv")));
  const std::string exported = folder + "/taalhuizen.csv";
  REQUIRE(run_labeltool({"export", "csv", "taalhuizen@cbct", "-o", exported}).exit_code == 0);
  const auto clean = run_labeltool({"lint", "--today", "2026-11-23", folder});
  CHECK(clean.exit_code == 0);
  CHECK(clean.out == "no problems in 2 files\n");
  std::string text = read_text(exported);
  text.replace(text.find("\nid,taalhuizen"), 15, "\nid,taalhuizen!");
  write_file(folder, "taalhuizen.csv", text);
  const auto broken = run_labeltool({"lint", "--today", "2026-11-23", folder});
  CHECK(broken.exit_code == 1);
  CHECK(broken.out.find(exported + ":2:") != std::string::npos);
  CHECK(broken.out.find("error[invalid-id]") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/main");

TEST_CASE("usage errors exit 2 and say what is wrong") {
  const std::string see_help = "Run with --help for more information.\n";
  const auto none = run_labeltool({});
  CHECK(none.exit_code == 2);
  CHECK(none.out == "");
  CHECK(none.err == "A subcommand is required\n" + see_help);
  // A misspelt command is named, with the one it probably means, also after global options.
  const auto unknown = run_labeltool({"--color", "never", "lnt", "normsets"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.out == "");
  CHECK(unknown.err ==
        "labeltool: error: 'lnt' is not a labeltool command (did you mean 'lint'?); the commands "
        "are check, lint, list, show, template, progress, diff, gap, plan, schema, export, "
        "import, completion, suggest, audit (labeltool --help says more)\n");
  const auto format = run_labeltool({"lint", "--format", "xml", "normsets"});
  CHECK(format.exit_code == 2);
  CHECK(format.out == "");
  CHECK(format.err == "--format: xml not in {text,json,sarif,github,junit}\n" + see_help);
}

TEST_CASE("--help states the exit codes first, and --version the version") {
  const auto help = run_labeltool({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.substr(0, help.out.find("Options:")) ==
        "labeltool: validate quality-label norm sets (normenkaders) and zelfevaluaties.\n"
        "Exit codes: 0 clean; 1 findings; 2 usage error, or a file that cannot be read or "
        "parsed; 3 internal error.\n"
        "Usage: labeltool [OPTIONS] SUBCOMMAND\n"
        "\n");
  const auto version = run_labeltool({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out == "labeltool " LABELTOOL_VERSION "\n");
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/list");

TEST_CASE("list shows every shipped norm set with its status and size") {
  const auto result = run_labeltool({"list"});
  CHECK(result.exit_code == 0);
  CHECK(result.out ==
        "NORM SET             STATUS        NORMS  NAME (FILE)\n"
        "kssw-wijkteams@2019  illustrative     50  Kwaliteitslabel Sterk Sociaal Werk — "
        "wijkteamvariant (normsets/kssw-wijkteams-2019.yaml)\n"
        "kssw@2017            illustrative     52  Kwaliteitslabel Sociaal Werk "
        "(normsets/kssw-2017.yaml)\n"
        "kssw@2019            illustrative     49  Kwaliteitslabel Sterk Sociaal Werk "
        "(normsets/kssw-2019.yaml)\n"
        "nvvk@2021            illustrative     52  NVVK Kwaliteitskader (normsets/nvvk-2021.yaml)\n"
        "taalhuizen@cbct      illustrative      7  Normen Taalhuizen "
        "(normsets/taalhuizen-cbct.yaml)\n");
  CHECK(result.err == "");
}

TEST_CASE("list and show honour --normsets before ./normsets") {
  const std::string folder = temp_dir();
  std::string text = read_text(source_path("normsets/taalhuizen-cbct.yaml"));
  text.replace(text.find("name: Normen Taalhuizen"), 23, "name: Eigen kopie");
  const std::string copy = write_file(folder, "copy.yaml", text);
  const auto listed = run_labeltool({"--normsets", folder, "list"});
  CHECK(listed.exit_code == 0);
  CHECK(std::string(line_at(listed.out, 6)) ==
        "taalhuizen@cbct      illustrative      7  Eigen kopie (" + copy + ")");
  const auto result = run_labeltool({"--normsets", folder, "show", "taalhuizen@cbct"});
  CHECK(result.exit_code == 0);
  CHECK(line_at(result.out, 1) == "Eigen kopie (taalhuizen@cbct)");
  // The option also works after the subcommand, with the same output.
  CHECK(run_labeltool({"show", "--normsets", folder, "taalhuizen@cbct"}).out == result.out);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/show");

TEST_CASE("show prints the outline with the status banner") {
  const auto result = run_labeltool({"show", "kssw@2019"});
  CHECK(result.exit_code == 0);
  CHECK(line_at(result.out, 1) == "Kwaliteitslabel Sterk Sociaal Werk (kssw@2019)");
  CHECK(line_at(result.out, 2) ==
        "Status: illustrative  Eigenaar: Sociaal Werk Nederland  "
        "Geldig vanaf: 2020-01-01  3 thema's, 49 normen");
  CHECK(line_at(result.out, 3).substr(0, 14) == "ILLUSTRATIEF: ");
  CHECK(lines_where(result.out, is_dutch_scale_line) ==
        std::vector<std::string>{
            "Schaal: voldoet (met) / voldoet deels (partly-met) / voldoet niet (not-met)"});
  CHECK(lines_where(result.out, is_dutch_theme_line) ==
        std::vector<std::string>{"V  Vakmanschap (15 normen)",
                                 "D  Effect van de dienstverlening (15 normen)",
                                 "O  Faciliterende en lerende organisatie (19 normen)"});
  const auto english = run_labeltool({"show", "--lang", "en", "kssw@2019"});
  CHECK(line_at(english.out, 2) ==
        "Status: illustrative  Owner: Sociaal Werk Nederland  "
        "Valid from: 2020-01-01  3 themes, 49 norms");
  CHECK(line_at(english.out, 3).substr(0, 14) == "ILLUSTRATIVE: ");
  CHECK(lines_where(english.out, is_english_theme_line) ==
        std::vector<std::string>{"V  Vakmanschap (15 norms)",
                                 "D  Effect van de dienstverlening (15 norms)",
                                 "O  Faciliterende en lerende organisatie (19 norms)"});
}

TEST_CASE("show --format markdown is a document, and a file path works too") {
  const auto result = run_labeltool({"show", "--format", "markdown", "normsets/nvvk-2021.yaml"});
  CHECK(result.exit_code == 0);
  CHECK(line_at(result.out, 1) == "# NVVK Kwaliteitskader (nvvk@2021)");
  CHECK(line_at(result.out, 2) == "");
  CHECK(line_at(result.out, 3).substr(0, 18) == "> **ILLUSTRATIEF: ");
  CHECK(lines_where(result.out, is_markdown_heading) ==
        std::vector<std::string>{"## 1 Koers", "## 2 Leiderschap", "## 3 Organisatie",
                                 "## 4 Financiële hulpverlening", "## 5 Medewerkers",
                                 "## 6 Samenwerking, uitbesteding en inkoop",
                                 "## 7 Reflecteren, verbeteren en verantwoorden"});
}

TEST_CASE("show of a variant shows the resolved set") {
  const auto result = run_labeltool({"show", "kssw-wijkteams@2019"});
  CHECK(result.exit_code == 0);
  CHECK(line_at(result.out, 1) ==
        "Kwaliteitslabel Sterk Sociaal Werk — wijkteamvariant (kssw-wijkteams@2019)");
  CHECK(line_at(result.out, 2) ==
        "Status: illustrative  Eigenaar: Sociaal Werk Nederland  "
        "Geldig vanaf: -  3 thema's, 50 normen");
  CHECK(line_at(result.out, 3) == "Variant van: kssw@2019");
}

TEST_CASE("show of an unknown norm set exits 2 with a suggestion") {
  const auto result = run_labeltool({"show", "kssw@2091"});
  CHECK(result.exit_code == 2);
  CHECK(result.out == "");
  CHECK(result.err ==
        "<command line>:1:1: error[unresolved-reference]: no norm set 'kssw@2091' "
        "in normsets (did you mean 'kssw@2019'?)\n"
        " 1 | kssw@2091\n"
        "   | ^\n");
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/common");

TEST_CASE("-o writes atomically and refuses to overwrite an input") {
  const std::string folder = temp_dir();
  const std::string out = folder + "/kssw.md";
  const auto written = run_labeltool({"show", "--format", "markdown", "-o", out, "kssw@2019"});
  CHECK(written.exit_code == 0);
  CHECK(written.out == "");
  CHECK(read_text(out) == run_labeltool({"show", "--format", "markdown", "kssw@2019"}).out);
  const std::string input =
      write_file(folder, "set.yaml", read_text(source_path("normsets/taalhuizen-cbct.yaml")));
  const std::string before = read_text(input);
  const auto refused = run_labeltool({"show", "-o", input, input});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err ==
        "labeltool: error: refusing to write to " + input + ": it is one of the input files\n");
  CHECK(read_text(input) == before);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("diag/diagnostic");

TEST_CASE("the README's table lists every diagnostic code with its exit code") {
  const std::string readme = read_text(source_path("README.md"));
  for (const auto& info : labeltool::code_table()) {
    CAPTURE(info.name);
    // 2 only for what stops a file from being read; 1 for any other error; 0 for advice.
    const char* exit_code = info.severity != labeltool::Severity::Error ? "0"
                            : labeltool::is_input_error(info.code)      ? "2"
                                                                        : "1";
    CHECK(readme.find("| `" + std::string(info.name) + "` | " +
                      std::string(labeltool::severity_name(info.severity)) + " | " + exit_code +
                      " |") != std::string::npos);
  }
}

TEST_SUITE_END();
