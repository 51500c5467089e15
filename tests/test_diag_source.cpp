// diag/source: positions and quoted lines; a source whose text was released quotes its
// lines from the file read again, and only while the file still holds the same text.
#include <doctest/doctest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "diag/source.hpp"
#include "support/helpers.hpp"
#include "util/encoding.hpp"
#include "util/text.hpp"

using labeltool::Position;
using labeltool::SourceFile;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;

namespace {

/// A shared source for the file at `path` whose text is `text`, as the readers make one.
std::shared_ptr<const SourceFile> source_of(const std::string& path, std::string text) {
  return std::make_shared<const SourceFile>(path, std::move(text));
}

}  // namespace

TEST_SUITE_BEGIN("diag/source");

TEST_CASE("PositionCursor gives the same positions as counting from the line start") {
  const labeltool::SourceFile source("p.yaml", "{a: é, b: [ü, x], c: 'ĳ'}\nzz: [1, 2]\n\n");
  labeltool::PositionCursor cursor(source);
  // Forward along a line, back again, to another line, past a line's end, an empty line.
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> marks = {
      {0, 0}, {0, 4}, {0, 8}, {0, 13}, {0, 27}, {0, 5}, {1, 4}, {1, 8}, {0, 30}, {2, 0}, {1, 0}};
  for (const auto& [line0, byte0] : marks) {
    CAPTURE(line0);
    CAPTURE(byte0);
    const labeltool::Position expected = source.position_from_bytes(line0, byte0);
    const labeltool::Position got = cursor(line0, byte0);
    CHECK(got.line == expected.line);
    CHECK(got.column == expected.column);
  }
  CHECK(cursor(0, 8).column == 8);  // 'é' is two bytes, one character
}

TEST_CASE("a finding on a long line quotes a window of it, found without walking the line") {
  // 3,000 two-byte characters then ASCII: columns cross the checkpoints every 1,024 characters.
  std::string long_line;
  for (int i = 0; i < 3000; ++i) long_line += "é";
  for (int i = 0; i < 3000; ++i) long_line += static_cast<char>('a' + i % 26);
  const labeltool::SourceFile source("l.yaml", "short: 1\n" + long_line + "\n");
  for (const std::uint32_t column :
       {1U, 2U, 1024U, 1025U, 1026U, 2049U, 3000U, 3001U, 5999U, 6000U, 6001U, 9000U}) {
    CAPTURE(column);
    std::size_t walked = 0, characters = 1;  // the plain walk from the line start
    while (walked < long_line.size() && characters < column) {
      walked += static_cast<unsigned char>(long_line[walked]) >= 0x80 ? 2 : 1;
      ++characters;
    }
    CHECK(source.byte_of_column(2, column) == walked);
    const labeltool::SourceExcerpt excerpt = source.excerpt({2, column});
    CHECK(excerpt.text.size() <= 123);
    CHECK_FALSE(labeltool::util::find_invalid_utf8(excerpt.text));
    CHECK(long_line.find(excerpt.text) != std::string::npos);
    CHECK(excerpt.first_column <= column);
    CHECK(excerpt.cut_after == (column < 5900));
  }
  // The window around column 3001 starts 60 bytes (30 characters of é) before it.
  CHECK(source.excerpt({2, 3001}).first_column == 2971);
  // A short line is quoted whole.
  const labeltool::SourceExcerpt short_one = source.excerpt({1, 3});
  CHECK(short_one.text == "short: 1");
  CHECK(short_one.first_column == 1);
  CHECK_FALSE(short_one.cut_after);
}

TEST_CASE("a released long line quotes the same window, read again") {
  std::string long_line;
  for (int i = 0; i < 3000; ++i) long_line += "\xC3\xA9";  // é: the checkpoints matter
  const std::string text = "short: 1\n" + long_line + "\n";
  const auto source = source_of(write_file(temp_dir(), "long.yaml", text), text);
  const auto before = source->excerpt({2, 2500});
  source->release_text();
  const auto after = source->excerpt({2, 2500});
  CHECK(after.text == before.text);
  CHECK(after.first_column == before.first_column);
  CHECK(after.cut_after == before.cut_after);
}

TEST_CASE("a released source quotes the same line as before, read again from its file") {
  const std::string text = "labeltool: normset/1\nid: kssw\nversion: '2019'\n";
  const std::string path = write_file(temp_dir(), "set.yaml", text);
  const auto source = source_of(path, text);
  const auto before = source->excerpt(Position{2, 5});
  source->release_text();
  CHECK(source->text_released());
  CHECK(source->text().empty());
  CHECK(source->line(2).empty());
  CHECK(source->byte_of_column(2, 5) == 0);
  const auto after = source->excerpt(Position{2, 5});
  CHECK(after.text == "id: kssw");
  CHECK(after.text == before.text);
  CHECK(source->excerpt(Position{3, 1}).text == "version: '2019'");
}

TEST_CASE("the file read again is turned into text as the readers do") {
  const std::string dir = temp_dir();
  SUBCASE("BOM and CR LF line ends, as the YAML reader normalises them") {
    const std::string path = write_file(dir, "crlf.yaml", "\xEF\xBB\xBFid: a\r\ntitle: b\r\n");
    const auto source = source_of(path, "id: a\ntitle: b\n");
    source->release_text();
    CHECK(source->excerpt(Position{2, 1}).text == "title: b");
  }
  SUBCASE("Windows-1252, as the CSV reader decodes it") {
    const std::string raw = "labeltool;zelfevaluatie/1\r\nnorm;toelichting\r\n1.1;caf\xE9\r\n";
    const std::string path = write_file(dir, "excel.csv", raw);
    const auto text =
        labeltool::util::decode_cp1252(labeltool::util::normalise_line_ends(raw)).utf8;
    const auto source = source_of(path, text);
    source->release_text();
    CHECK(source->excerpt(Position{3, 5}).text == "1.1;caf\xC3\xA9");
  }
}

TEST_CASE("a file changed or removed after its text was released is not quoted") {
  const std::string dir = temp_dir();
  const std::string text = "a: 1\nb: 2\n";
  SUBCASE("changed, the same size") {
    const std::string path = write_file(dir, "same-size.yaml", text);
    const auto source = source_of(path, text);
    source->release_text();
    write_file(dir, "same-size.yaml", "a: 1\nb: 3\n");
    CHECK(source->excerpt(Position{2, 1}).text.empty());
    CHECK(source->excerpt(Position{1, 1}).text.empty());  // the whole file is not trusted
  }
  SUBCASE("lines added above") {
    const std::string path = write_file(dir, "longer.yaml", text);
    const auto source = source_of(path, text);
    source->release_text();
    write_file(dir, "longer.yaml", "# new\n" + text);
    CHECK(source->excerpt(Position{2, 1}).text.empty());
  }
  SUBCASE("removed") {
    const std::string path = write_file(dir, "gone.yaml", text);
    const auto source = source_of(path, text);
    source->release_text();
    std::remove(path.c_str());
    CHECK(source->excerpt(Position{2, 1}).text.empty());
  }
}

TEST_CASE("two released sources in turn each quote their own file") {
  const std::string dir = temp_dir();
  const auto first = source_of(write_file(dir, "one.yaml", "one: 1\n"), "one: 1\n");
  const auto second = source_of(write_file(dir, "two.yaml", "two: 2\n"), "two: 2\n");
  first->release_text();
  second->release_text();
  CHECK(first->excerpt(Position{1, 1}).text == "one: 1");
  CHECK(second->excerpt(Position{1, 1}).text == "two: 2");
  CHECK(first->excerpt(Position{1, 1}).text == "one: 1");
}

TEST_CASE("a workbook sheet keeps its cells") {
  const auto sheet = std::make_shared<const SourceFile>(
      "form.xlsx", "Zelfevaluatie",
      std::vector<labeltool::SheetCellText>{{Position{12, 6}, "voldoet bijna"}});
  sheet->release_text();
  CHECK_FALSE(sheet->text_released());
  CHECK(sheet->excerpt(Position{12, 6}).text == "voldoet bijna");
}

TEST_SUITE_END();
