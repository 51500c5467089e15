// Every input the fuzzers found a bug with (fuzz/regressions/) goes through the command that
// broke, and the output must stay clean: no crash, valid UTF-8, no control characters.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/helpers.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"

using labeltool::testing::run_labeltool;
using labeltool::testing::source_path;

namespace {

void check_clean(const labeltool::testing::RunResult& result) {
  CHECK(result.exit_code >= 0);
  CHECK(result.exit_code <= 2);  // never an internal error or a signal
  for (const std::string* out : {&result.out, &result.err}) {
    CHECK_FALSE(labeltool::util::find_invalid_utf8(*out));
    CHECK(out->find('\x1b') == std::string::npos);
  }
}

}  // namespace

TEST_SUITE_BEGIN("cli/main");

TEST_CASE("fuzzer-found inputs stay fixed") {
  const std::string folder = source_path("fuzz/regressions");
  const std::string fixtures = source_path("fuzz/fixtures");
  std::size_t cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string path = entry.path().string();
    const std::string name = entry.path().filename().string();
    CAPTURE(name);
    ++cases;
    if (name.rfind("fuzz_zelfevaluatie", 0) == 0) {
      check_clean(run_labeltool({"--normsets", fixtures, "check", "--today", "2026-11-23", path}));
      check_clean(run_labeltool({"--normsets", fixtures, "check", "--format", "markdown", path}));
    } else if (name.rfind("fuzz_normset", 0) == 0 || name.rfind("fuzz_ciso", 0) == 0) {
      check_clean(run_labeltool({"show", path}));
      const auto csv = run_labeltool({"template", "--format", "csv", path});
      check_clean(csv);
      check_clean(run_labeltool({"export", "csv", path}));
    } else if (name.rfind("fuzz_csv", 0) == 0) {
      check_clean(run_labeltool({"import", "csv", path}));
    } else {
      check_clean(run_labeltool({"lint", path}));
      check_clean(run_labeltool({"show", path}));
    }
  }
  CHECK(cases >= 5);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("yaml/reader");

TEST_CASE("yaml-cpp's \\N and \\_ escapes come out as UTF-8") {
  const std::string folder = labeltool::testing::temp_dir();
  const std::string path = labeltool::testing::write_file(
      folder, "s.yaml",
      labeltool::testing::read_text(source_path("normsets/taalhuizen-cbct.yaml")) + "\n");
  std::string text = labeltool::testing::read_text(path);
  text.replace(text.find("title: Middelen"), 15, "title: \"Middelen\\_en\\Nmeer\"");
  labeltool::testing::write_file(folder, "s.yaml", text);
  const auto result = run_labeltool({"show", path});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Middelen\xc2\xa0"
                        "en\\u0085meer") != std::string::npos);
}

TEST_CASE("a quoted scalar with an explicit tag gets its escapes as UTF-8 too") {
  labeltool::Diagnostics diagnostics;
  auto document = labeltool::yaml::parse_yaml("t.yaml", "a: !x \"\\N\\_\"\n", {}, diagnostics);
  REQUIRE(document);
  const auto* a = document->root.find("a");
  REQUIRE(a);
  CHECK(a->value == "\xc2\x85\xc2\xa0");
}

TEST_CASE("an unclosed quote after an explicit tag is refused too") {
  labeltool::Diagnostics diagnostics;
  CHECK_FALSE(labeltool::yaml::parse_yaml("t.yaml", "a: !x \"abc\nb: 1\n", {}, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message.find("the closing double quote is missing") != std::string::npos);
  diagnostics.clear();
  CHECK(labeltool::yaml::parse_yaml("t.yaml", "a: !x \"abc\"\nb: !y plain\n", {}, diagnostics));
  CHECK(diagnostics.empty());
}

TEST_SUITE_END();
