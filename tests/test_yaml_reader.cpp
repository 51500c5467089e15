// The safe YAML reader: every trap of yaml-cpp named in design.md has a test here.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "diag/source.hpp"
#include "support/helpers.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"

using namespace labeltool;
using labeltool::testing::parse_errors;

namespace {

std::optional<yaml::Document> parse(const std::string& text, Diagnostics& diagnostics,
                                    const yaml::ReadLimits& limits = {}) {
  return yaml::parse_yaml("test.yaml", text, limits, diagnostics);
}

}  // namespace

TEST_SUITE_BEGIN("yaml/reader");

TEST_CASE("a well-formed mapping becomes a tree with 1-based positions") {
  Diagnostics diagnostics;
  auto document =
      parse("labeltool: normset/1\nthemes:\n  - id: V\n    title: \"Vakmanschap\"\n", diagnostics);
  REQUIRE(document);
  CHECK(diagnostics.empty());
  const auto& root = document->root;
  REQUIRE(root.children.size() == 2);
  CHECK(root.children[0].key == "labeltool");
  CHECK(root.children[0].key_position.line == 1);
  CHECK(root.children[0].key_position.column == 1);
  CHECK(root.children[0].position.column == 12);
  const yaml::Node* themes = root.find("themes");
  REQUIRE(themes);
  REQUIRE(themes->is_sequence());
  const yaml::Node& theme = themes->children.at(0);
  CHECK(theme.find("id")->value == "V");
  CHECK_FALSE(theme.find("id")->quoted);
  CHECK(theme.find("title")->quoted);
  CHECK(theme.find("title")->position.line == 4);
  CHECK(theme.find("title")->position.column == 12);
}

TEST_CASE("columns count characters, not bytes") {
  Diagnostics diagnostics;
  auto document = parse("titel: één\nsleutel: [ä, ö, x]\n", diagnostics);
  REQUIRE(document);
  const yaml::Node* list = document->root.find("sleutel");
  REQUIRE(list);
  // "sleutel: [ä, ö, x]": x is the 17th character but the 19th byte.
  CHECK(list->children.at(2).position.column == 17);
}

TEST_CASE("duplicate keys are reported with both positions") {
  const std::string text = "labeltool: normset/1\nname: A\nid: x\nname: B\n";
  CHECK(parse_errors(text) ==
        "test.yaml:4:1: error[duplicate-key]: key 'name' appears twice in this mapping; remove or "
        "rename one (YAML tools would silently keep only one)\n"
        " 4 | name: B\n"
        "   | ^~~~\n"
        "test.yaml:2:1: note: first defined here\n"
        " 2 | name: A\n"
        "   | ^\n");
}

TEST_CASE("duplicate keys are found in large mappings too") {
  std::string text = "answers:\n";
  for (int i = 0; i < 100; ++i) text += "  N" + std::to_string(i) + ": x\n";
  text += "  N42: y\n";
  Diagnostics diagnostics;
  parse(text, diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == Code::DuplicateKey);
  CHECK(diagnostics[0].position.line == 102);
  REQUIRE(diagnostics[0].related.size() == 1);
  CHECK(diagnostics[0].related[0].position.line == 44);
}

TEST_CASE("a billion-laughs alias bomb ends fast with an error") {
  const std::string bomb =
      "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
      "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
      "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
      "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
      "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
  CHECK(bomb.size() < 700);
  const auto start = labeltool::testing::thread_cpu_time();
  Diagnostics diagnostics;
  CHECK_FALSE(parse(bomb, diagnostics));
  const auto elapsed = labeltool::testing::thread_cpu_time() - start;
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == Code::AliasLimit);
  CHECK(diagnostics[0].position.line == 6);
  // Not a timing test of speed, a guard against exponential work: CPU seconds would mean a bug.
  CHECK(elapsed < std::chrono::seconds(2));
}

TEST_CASE("small aliases are expanded") {
  Diagnostics diagnostics;
  auto document = parse("base: &bewijs [Jaarverslag, Werkplan]\nother: *bewijs\n", diagnostics);
  REQUIRE(document);
  const yaml::Node* other = document->root.find("other");
  REQUIRE(other);
  REQUIRE(other->children.size() == 2);
  CHECK(other->children[1].value == "Werkplan");
}

TEST_CASE("nesting deeper than the limit is an error, block and flow alike") {
  std::string flow = "a: " + std::string(100, '[') + std::string(100, ']') + "\n";
  CHECK(parse_errors(flow).rfind("test.yaml:1:", 0) == 0);
  CHECK(parse_errors(flow).find("error[nesting-too-deep]: nesting deeper than 64 levels") !=
        std::string::npos);

  std::string block;
  for (int depth = 0; depth < 80; ++depth) block += std::string(depth * 2, ' ') + "k:\n";
  Diagnostics diagnostics;
  CHECK_FALSE(parse(block, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == Code::NestingTooDeep);
  CHECK(diagnostics[0].position.line == 65);  // the 65th mapping starts there

  // Far beyond yaml-cpp's own limit, still our message, never "bad file".
  std::string deep = std::string(100000, '[');
  const std::string errors = parse_errors(deep);
  CHECK(errors.find("nesting-too-deep") != std::string::npos);
  CHECK(errors.find("bad file") == std::string::npos);
}

TEST_CASE("invalid UTF-8 is reported at its line and column") {
  CHECK(parse_errors("name: ok\ntitle: caf\xe9 au lait\n") ==
        "test.yaml:2:11: error[invalid-utf8]: invalid UTF-8 (byte 0xe9, 'é' in Windows-1252); "
        "save the file as UTF-8; labeltool read up to line 2 of 2, so nothing in this file was "
        "checked\n"
        " 2 | title: caf\\xe9 au lait\n"
        "   |           ^\n");
}

TEST_CASE("NUL bytes mean a binary file") {
  CHECK(parse_errors(std::string("name: a\nx: b\0c\n", 15)) ==
        "test.yaml:2:5: error[nul-byte]: NUL byte: this is a binary file, not YAML text\n"
        " 2 | x: b\\x00c\n"
        "   |     ^\n");
}

TEST_CASE("a second document is refused") {
  CHECK(parse_errors("a: 1\n---\nb: 2\n") ==
        "test.yaml:2:1: error[multiple-documents]: a second YAML document starts here; a "
        "labeltool file holds exactly one\n"
        " 2 | ---\n"
        "   | ^\n");
}

TEST_CASE("the root must be a mapping") {
  CHECK(parse_errors("- a\n- b\n") ==
        "test.yaml:1:1: error[root-not-mapping]: the document is a list, but a labeltool file is "
        "a mapping that starts with 'labeltool: KIND/1'\n"
        " 1 | - a\n"
        "   | ^\n");
  CHECK(parse_errors("just text\n").find("root-not-mapping") != std::string::npos);
}

TEST_CASE("empty and comment-only files") {
  CHECK(parse_errors("") ==
        "test.yaml: error[empty-file]: the file is empty (or holds only comments)\n");
  CHECK(parse_errors("# only a comment\n\n   \n") ==
        "test.yaml: error[empty-file]: the file is empty (or holds only comments)\n");
}

TEST_CASE("a mapping key must be plain text") {
  CHECK(parse_errors("? [a, b]\n: c\n").find("error[complex-key]") != std::string::npos);
}

TEST_CASE("syntax errors are explained in our words") {
  const std::string errors = parse_errors("name: \"open quote\nnext: x\n");
  CHECK(errors.find("error[yaml-syntax]") != std::string::npos);
  CHECK(errors.find("the closing double quote is missing") != std::string::npos);
  CHECK(errors.rfind("test.yaml:1:7:", 0) == 0);
  CHECK(parse_errors("a: b: c\n").find("unexpected ':'") != std::string::npos);
}

TEST_CASE("a UTF-8 BOM and CRLF line ends are accepted") {
  Diagnostics diagnostics;
  auto document =
      parse("\xEF\xBB\xBFlabeltool: normset/1\r\nname: Één\r\nlist:\r\n  - x\r\n", diagnostics);
  REQUIRE(document);
  CHECK(diagnostics.empty());
  CHECK(document->root.children.front().key == "labeltool");
  CHECK(document->root.find("name")->value == "Één");
  CHECK(document->root.find("list")->children.at(0).position.line == 4);
  CHECK(document->root.find("list")->children.at(0).position.column == 5);
}

TEST_CASE("files that cannot be read") {
  const std::string folder = labeltool::testing::temp_dir();
  Diagnostics diagnostics;
  CHECK_FALSE(yaml::read_yaml_file(folder + "/missing.yaml", {}, diagnostics));
  CHECK_FALSE(yaml::read_yaml_file(folder, {}, diagnostics));
  CHECK_FALSE(yaml::read_yaml_file("/dev/null", {}, diagnostics));
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].code == Code::FileNotFound);
  CHECK(diagnostics[1].code == Code::IsDirectory);
  CHECK(diagnostics[2].code == Code::FileUnreadable);
  CHECK(labeltool::testing::render({diagnostics[1]}) ==
        folder + ": error[is-directory]: is a directory\n");
}

TEST_CASE("a file over the size limit is refused unread") {
  const std::string folder = labeltool::testing::temp_dir();
  const std::string path =
      labeltool::testing::write_file(folder, "big.yaml", "a: " + std::string(5000, 'x') + "\n");
  yaml::ReadLimits limits;
  limits.max_file_bytes = 1000;
  Diagnostics diagnostics;
  CHECK_FALSE(yaml::read_yaml_file(path, limits, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == Code::FileTooLarge);
  CHECK(diagnostics[0].message == "5004 bytes, more than the limit of 1000 (--max-file-size)");
}

TEST_CASE("control characters in keys are escaped in messages") {
  const std::string errors = parse_errors("\"a\\e[31m\": 1\n\"a\\e[31m\": 2\n");
  CHECK(errors.find('\x1b') == std::string::npos);
  CHECK(errors.find("a\\x1b[31m") != std::string::npos);
}

TEST_CASE(
    "the compact tree: plain texts are views into the source, others copies that outlive it") {
  Diagnostics diagnostics;
  auto document = parse(
      "labeltool: normset/1\n"
      "plain: gewone tekst\n"
      "quoted: \"zonder escapes\"\n"
      "escaped: \"regel\\neen\"\n"
      "folded: >-\n  twee\n  regels\n"
      "anchored: &a {x: 1, y: [2, 3]}\n"
      "alias: *a\n",
      diagnostics);
  REQUIRE(document);
  CHECK(diagnostics.empty());
  const std::string_view text = document->source->text();
  const auto in_source = [&](std::string_view view) {
    return view.data() >= text.data() && view.data() + view.size() <= text.data() + text.size();
  };
  const yaml::Node& root = document->root;
  CHECK(root.find("plain")->value == "gewone tekst");
  CHECK(in_source(root.find("plain")->value));
  CHECK(in_source(root.find("plain")->key));
  CHECK(root.find("quoted")->value == "zonder escapes");
  CHECK(in_source(root.find("quoted")->value));
  CHECK(root.find("escaped")->value == "regel\neen");
  CHECK_FALSE(in_source(root.find("escaped")->value));
  CHECK(root.find("folded")->value == "twee regels");
  // An alias shares the anchored node's children instead of copying them.
  const yaml::Node* anchored = root.find("anchored");
  const yaml::Node* alias = root.find("alias");
  REQUIRE(alias->children.size() == 2);
  CHECK(alias->children.begin() == anchored->children.begin());
  CHECK(alias->children.back().children.at(1).value == "3");
  CHECK_THROWS_AS((void)alias->children.at(2), std::out_of_range);
  // A copy of the document shares its storage: the tree outlives the original.
  std::optional<yaml::Document> copy = *document;
  document.reset();
  CHECK(copy->root.find("escaped")->value == "regel\neen");
  CHECK(copy->root.find("alias")->children.front().key == "x");
  // What the compact tree is for: a node costs no more than this, and no allocation.
  CHECK(sizeof(yaml::Node) <= 72);
}

TEST_SUITE_END();
