// report/ci_formats: SARIF, GitHub workflow commands and JUnit name files as CI tools match
// them against the checkout: relative to the working folder, without "./". Whole outputs.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "diag/diagnostic.hpp"
#include "report/ci_formats.hpp"
#include "support/helpers.hpp"

using labeltool::Code;
using labeltool::Diagnostic;
using labeltool::Diagnostics;
using labeltool::Severity;
using labeltool::testing::check_golden;
using labeltool::testing::run_labeltool;

namespace {

/// The working folder, as the renderers see it.
std::string cwd() { return std::filesystem::current_path().string(); }

/// Findings in a file named with "./", one named absolutely inside the working folder, and
/// one outside it, with a space, '&' and a non-ASCII letter in its name.
Diagnostics sample() {
  Diagnostic unknown;
  unknown.code = Code::UnknownKey;
  unknown.file = "./normsets/a.yaml";
  unknown.position = {3, 5};
  unknown.message = "unknown key 'titel' in norm (did you mean 'title'?)";
  Diagnostic duplicate;
  duplicate.severity = Severity::Warning;
  duplicate.code = Code::DuplicateTitle;
  duplicate.file = cwd() + "/normsets/b.yaml";
  duplicate.position = {9, 13};
  duplicate.message = "norm 2 has the same title as another norm: 'Beleid'";
  duplicate.related.push_back({cwd() + "/normsets/b.yaml", {4, 13}, "first used here", {}, {}, {}});
  Diagnostic outside;
  outside.code = Code::FileNotFound;
  outside.file = "/elders/kapot & raar é.yaml";
  outside.message = "no such file";
  return {unknown, duplicate, outside};
}

}  // namespace

TEST_SUITE_BEGIN("report/ci_formats");

TEST_CASE("github: file= is relative to the working folder, without ./") {
  CHECK(labeltool::report::render_github(sample()) ==
        "::error file=normsets/a.yaml,line=3,col=5,title=labeltool unknown-key::unknown key "
        "'titel' in norm (did you mean 'title'?)\n"
        "::warning file=normsets/b.yaml,line=9,col=13,title=labeltool duplicate-title::norm 2 "
        "has the same title as another norm: 'Beleid' (first used here: normsets/b.yaml:4)\n"
        "::error file=/elders/kapot & raar é.yaml,title=labeltool file-not-found::no such "
        "file\n");
}

TEST_CASE("junit: test cases and failure lines name files relative to the working folder") {
  const std::string junit = labeltool::report::render_junit(
      sample(), {"./normsets/a.yaml", cwd() + "/normsets/b.yaml", "/elders/kapot & raar é.yaml"},
      "lint");
  CHECK(junit ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"labeltool\" tests=\"3\" failures=\"2\" errors=\"0\">\n"
        "  <testsuite name=\"lint\" tests=\"3\" failures=\"2\" errors=\"0\" skipped=\"0\">\n"
        "    <testcase classname=\"labeltool.lint\" name=\"normsets/a.yaml\" "
        "file=\"normsets/a.yaml\">\n"
        "      <failure message=\"1 error(s)\" type=\"labeltool\">normsets/a.yaml:3:5: "
        "error[unknown-key]: unknown key &apos;titel&apos; in norm (did you mean "
        "&apos;title&apos;?)\n"
        "</failure>\n"
        "    </testcase>\n"
        "    <testcase classname=\"labeltool.lint\" name=\"normsets/b.yaml\" "
        "file=\"normsets/b.yaml\">\n"
        "      <system-out>normsets/b.yaml:9:13: warning[duplicate-title]: norm 2 has the same "
        "title as another norm: &apos;Beleid&apos; (first used here: normsets/b.yaml:4)\n"
        "</system-out>\n"
        "    </testcase>\n"
        "    <testcase classname=\"labeltool.lint\" name=\"/elders/kapot &amp; raar é.yaml\" "
        "file=\"/elders/kapot &amp; raar é.yaml\">\n"
        "      <failure message=\"1 error(s)\" type=\"labeltool\">/elders/kapot &amp; raar "
        "é.yaml:0:0: error[file-not-found]: no such file\n"
        "</failure>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("sarif: relative, percent-encoded URIs on %SRCROOT%, the working folder") {
  std::string sarif = labeltool::report::render_sarif(sample());
  // The golden file holds neither this machine's folder nor the version.
  const std::string root = "\"file://" + cwd() + "/\"";
  REQUIRE(sarif.find(root) != std::string::npos);
  sarif.replace(sarif.find(root), root.size(), "\"file:///@SRCROOT@/\"");
  const std::string version = "\"version\": \"" LABELTOOL_VERSION "\"";
  REQUIRE(sarif.find(version) != std::string::npos);
  sarif.replace(sarif.find(version), version.size(), "\"version\": \"@VERSION@\"");
  check_golden("ci-formats.sarif", sarif);
}

TEST_CASE("lint --format github of ./FILE names it as the pull request does") {
  const std::string expected =
      "::error file=examples/wijkwerk-kssw-2019-gaps.yaml,line=26,col=1,title=labeltool "
      "missing-answer::norm D15 (Onafhankelijk advies over rechten en plichten) has no answer\n"
      "::error file=examples/wijkwerk-kssw-2019-gaps.yaml,line=26,col=1,title=labeltool "
      "missing-answer::norm O13 (Medezeggenschap van medewerkers) has no answer\n"
      "::warning file=examples/wijkwerk-kssw-2019-gaps.yaml,line=73,col=3,title=labeltool "
      "missing-evidence::norm V7 names no evidence; an auditor will ask for: Netwerkkaarten in "
      "dossiers; Sociale kaart van het werkgebied; Samenwerkingsafspraken met partners\n"
      "::warning file=examples/wijkwerk-kssw-2019-gaps.yaml,line=171,col=10,title=labeltool "
      "due-in-past::the action for norm D2 was due on 2026-03-01 (today is 2026-11-23)\n"
      "::warning file=examples/wijkwerk-kssw-2019-gaps.yaml,line=291,col=12,title=labeltool "
      "missing-action::norm O5 is a gap ('voldoet deels') without owner\n";
  const std::string file = "examples/wijkwerk-kssw-2019-gaps.yaml";
  for (const std::string& path :
       {"./" + file, file, labeltool::testing::source_path(file), "examples/../" + file}) {
    CAPTURE(path);
    const auto result =
        run_labeltool({"lint", "--format", "github", "--today", "2026-11-23", path});
    CHECK(result.exit_code == 1);
    CHECK(result.out == expected);
  }
}

TEST_SUITE_END();
