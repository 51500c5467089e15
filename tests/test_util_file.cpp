// util/file: reading with a limit, atomic writing, and expanding folders into file lists.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/helpers.hpp"
#include "util/file.hpp"

using namespace labeltool::util;
using labeltool::testing::read_text;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;
namespace fs = std::filesystem;

namespace {

/// The names of everything directly in `folder`, hidden ones included, sorted.
std::vector<std::string> entries(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

/// The bytes read_file returned, or "<error: detail>" so a failure shows in the comparison.
std::string content_of(const ReadResult& result) {
  if (const auto* text = std::get_if<std::string>(&result)) return *text;
  return "<error: " + std::get<ReadFailure>(result).detail + ">";
}

/// The failure read_file returned; fails the test when it read the file instead.
ReadFailure failure_of(const ReadResult& result) {
  const auto* failure = std::get_if<ReadFailure>(&result);
  REQUIRE_MESSAGE(failure, "read: " << content_of(result));
  return *failure;
}

}  // namespace

TEST_SUITE_BEGIN("util/file");

TEST_CASE("read_file reads a whole regular file up to and at the limit") {
  const std::string folder = temp_dir();
  const std::string path = write_file(folder, "a.yaml", std::string("een\0twee\n", 9));
  CHECK(content_of(read_file(path, 9)) == std::string("een\0twee\n", 9));
  CHECK(content_of(read_file(write_file(folder, "empty", ""), 0)) == "");
}

TEST_CASE("read_file refuses what is too large, missing, a folder or not a regular file") {
  const std::string folder = temp_dir();
  const auto large = failure_of(read_file(write_file(folder, "a.yaml", "12345"), 4));
  CHECK(large.error == ReadError::TooLarge);
  CHECK(large.detail == "5 bytes, more than the limit of 4");
  const auto missing = failure_of(read_file(folder + "/missing.yaml", 100));
  CHECK(missing.error == ReadError::NotFound);
  CHECK(missing.detail == "no such file");
  const auto below_a_file = failure_of(read_file(folder + "/a.yaml/x", 100));
  CHECK(below_a_file.error == ReadError::NotFound);
  const auto directory = failure_of(read_file(folder, 100));
  CHECK(directory.error == ReadError::IsDirectory);
  CHECK(directory.detail == "is a directory");
  const auto device = failure_of(read_file("/dev/null", 100));
  CHECK(device.error == ReadError::NotRegular);
  CHECK(device.detail == "is not a regular file");
}

TEST_CASE("read_file does not wait for a writer on a FIFO") {
  const std::string fifo = temp_dir() + "/pipe.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // A blocking open would hang here; the test's own timeout would be the only guard.
  const auto failure = failure_of(read_file(fifo, 100));
  CHECK(failure.error == ReadError::NotRegular);
}

TEST_CASE("AtomicFile: the file appears whole on commit, not while it is written") {
  const std::string folder = temp_dir();
  const std::string path = folder + "/report.txt";
  {
    AtomicFile file(path);
    REQUIRE(file.error() == "");
    file.write("first half, ");
    CHECK_FALSE(fs::exists(path));  // never a partial file under the real name
    REQUIRE(entries(folder).size() == 1);
    CHECK(entries(folder)[0].rfind(".report.txt.tmp-", 0) == 0);
    file.write("second half\n");
    CHECK(file.commit() == "");
    CHECK(read_text(path) == "first half, second half\n");
  }
  CHECK(entries(folder) == std::vector<std::string>{"report.txt"});
}

TEST_CASE("AtomicFile: an old file stays whole until the new one replaces it") {
  const std::string folder = temp_dir();
  const std::string path = write_file(folder, "report.txt", "old report, longer than the new\n");
  AtomicFile file(path);
  file.write("new\n");
  CHECK(read_text(path) == "old report, longer than the new\n");
  CHECK(file.commit() == "");
  CHECK(read_text(path) == "new\n");
  CHECK(entries(folder) == std::vector<std::string>{"report.txt"});
}

TEST_CASE("AtomicFile: abandoned without commit, it leaves nothing behind") {
  const std::string folder = temp_dir();
  const std::string kept = write_file(folder, "kept.txt", "as it was\n");
  {
    AtomicFile fresh(folder + "/new.txt");
    fresh.write("never committed");
    AtomicFile replacement(kept);
    replacement.write("never committed");
    CHECK(entries(folder).size() == 3);  // kept.txt and two temporary files
  }
  CHECK(entries(folder) == std::vector<std::string>{"kept.txt"});
  CHECK(read_text(kept) == "as it was\n");
}

TEST_CASE("AtomicFile: a failed rename reports why and removes the temporary file") {
  const std::string folder = temp_dir();
  const std::string target = folder + "/taken";
  fs::create_directory(target);  // a folder where the file should go: rename(2) refuses
  {
    AtomicFile file(target);
    REQUIRE(file.error() == "");
    file.write("content");
    CHECK(file.commit() == target + ": cannot replace: Is a directory");
    CHECK(file.error() == target + ": cannot replace: Is a directory");
  }
  CHECK(entries(folder) == std::vector<std::string>{"taken"});
  CHECK(fs::is_empty(target));
}

TEST_CASE("AtomicFile: a folder that cannot take the file is an error from the start") {
  const std::string folder = temp_dir();
  const std::string missing = folder + "/missing/out.txt";
  AtomicFile file(missing);
  CHECK(file.error() ==
        missing + ": cannot create a file in " + folder + "/missing: No such file or directory");
  file.write("ignored");
  CHECK(file.commit() == file.error());
  CHECK(entries(folder).empty());

  const std::string not_a_folder = write_file(folder, "plain.txt", "x") + "/out.txt";
  AtomicFile below_a_file(not_a_folder);
  CHECK(below_a_file.error() ==
        not_a_folder + ": cannot create a file in " + folder + "/plain.txt: Not a directory");
  CHECK(entries(folder) == std::vector<std::string>{"plain.txt"});
}

TEST_CASE("create_temporary_beside: a new hidden file per call, never one already there") {
  const std::string folder = temp_dir();
  const std::string target = folder + "/form.xlsx";
  TemporaryFile first = create_temporary_beside(target);
  TemporaryFile second = create_temporary_beside(target);
  REQUIRE(first.fd >= 0);
  REQUIRE(second.fd >= 0);
  CHECK(first.error.empty());
  CHECK(first.path != second.path);
  CHECK(fs::path(first.path).parent_path() == fs::path(folder));
  CHECK(fs::path(first.path).filename().string().rfind(".form.xlsx.tmp-", 0) == 0);
  CHECK(entries(folder).size() == 2);  // the target itself is not made
  ::close(first.fd);
  ::close(second.fd);

  const TemporaryFile refused = create_temporary_beside(folder + "/missing/form.xlsx");
  CHECK(refused.fd == -1);
  CHECK(refused.error == folder + "/missing/form.xlsx: cannot create a file in " + folder +
                             "/missing: No such file or directory");
}

TEST_CASE("write_file_atomically writes the whole content or says why not") {
  const std::string folder = temp_dir();
  const std::string path = folder + "/out.yaml";
  CHECK(write_file_atomically(path, "labeltool: normset/1\n") == "");
  CHECK(read_text(path) == "labeltool: normset/1\n");
  CHECK(write_file_atomically(path, "") == "");
  CHECK(read_text(path) == "");
  CHECK(write_file_atomically(folder + "/no/out.yaml", "x") ==
        folder + "/no/out.yaml: cannot create a file in " + folder +
            "/no: No such file or directory");
  CHECK(entries(folder) == std::vector<std::string>{"out.yaml"});
}

TEST_CASE("same_file compares the file, not the spelling of its path") {
  const std::string folder = temp_dir();
  const std::string a = write_file(folder, "a.yaml", "x");
  const std::string b = write_file(folder, "b.yaml", "x");
  fs::create_hard_link(a, folder + "/link.yaml");
  CHECK(same_file(a, a));
  CHECK(same_file(a, folder + "/./a.yaml"));
  CHECK(same_file(a, folder + "/link.yaml"));
  CHECK_FALSE(same_file(a, b));  // same content, other file
  CHECK_FALSE(same_file(a, folder + "/missing.yaml"));
  CHECK_FALSE(same_file(folder + "/missing.yaml", folder + "/missing.yaml"));
}

TEST_CASE("expand_yaml_paths lists a folder's YAML files, sorted, without hidden ones") {
  const std::string folder = temp_dir();
  for (const char* name :
       {"b.yaml", "a.yml", "Z.yaml", "sub/c.yaml", "sub/deeper/d.yml", "notes.txt", "data.yaml.bak",
        ".git/e.yaml", "sub/.cache/f.yaml", ".pre-commit-config.yaml", "sub/.hidden.yml"})
    write_file(folder, name, "x");
  CHECK(expand_yaml_paths(folder) ==
        std::vector<std::string>{folder + "/Z.yaml", folder + "/a.yml", folder + "/b.yaml",
                                 folder + "/sub/c.yaml", folder + "/sub/deeper/d.yml"});
  CHECK(expand_paths(folder, {".txt", ".bak"}) ==
        std::vector<std::string>{folder + "/data.yaml.bak", folder + "/notes.txt"});
  CHECK(expand_paths(folder, {}).empty());
}

TEST_CASE("expand_yaml_paths keeps a file or a missing path as given, for the reader to judge") {
  const std::string folder = temp_dir();
  const std::string text_file = write_file(folder, "notes.txt", "x");
  CHECK(expand_yaml_paths(text_file) == std::vector<std::string>{text_file});
  CHECK(expand_yaml_paths(folder + "/missing.yaml") ==
        std::vector<std::string>{folder + "/missing.yaml"});
  CHECK(expand_yaml_paths(folder + "/missing") == std::vector<std::string>{folder + "/missing"});
  fs::create_directory(folder + "/empty");
  CHECK(expand_yaml_paths(folder + "/empty").empty());
  // Named, a hidden file is read as any other.
  const std::string hidden = write_file(folder, ".pre-commit-config.yaml", "x");
  CHECK(expand_yaml_paths(hidden) == std::vector<std::string>{hidden});
}

TEST_CASE("expand_paths lists lexically normal paths: no ./ from a walk of '.'") {
  const std::string folder = temp_dir();
  write_file(folder, "normsets/a.yaml", "x");
  const auto cwd = fs::current_path();
  fs::current_path(folder);
  const auto dot = expand_yaml_paths(".");
  const auto dot_slash = expand_yaml_paths("./normsets/");
  const auto doubled = expand_yaml_paths("normsets//");
  fs::current_path(cwd);
  CHECK(dot == std::vector<std::string>{"normsets/a.yaml"});
  CHECK(dot_slash == std::vector<std::string>{"normsets/a.yaml"});
  CHECK(doubled == std::vector<std::string>{"normsets/a.yaml"});
}

TEST_CASE("path_relative_to: paths as CI tools match them against the checkout") {
  CHECK(path_relative_to("./normsets/a.yaml", "/repo") == "normsets/a.yaml");
  CHECK(path_relative_to("normsets/a.yaml", "/repo") == "normsets/a.yaml");
  CHECK(path_relative_to("././normsets//sub/../a.yaml", "/repo") == "normsets/a.yaml");
  CHECK(path_relative_to("/repo/normsets/a.yaml", "/repo") == "normsets/a.yaml");
  CHECK(path_relative_to("/repo/normsets/a.yaml", "/repo/") == "normsets/a.yaml");
  CHECK(path_relative_to("/repo/a.yaml", "/") == "repo/a.yaml");
  // Outside the working folder no relative form matches the checkout: absolute, normal.
  CHECK(path_relative_to("/elsewhere/a.yaml", "/repo") == "/elsewhere/a.yaml");
  CHECK(path_relative_to("/repository/a.yaml", "/repo") == "/repository/a.yaml");
  CHECK(path_relative_to("../other/a.yaml", "/repo/sub") == "/repo/other/a.yaml");
  CHECK(path_relative_to("kapot, & <raar>.yaml", "/repo") == "kapot, & <raar>.yaml");
  CHECK(path_relative_to("<command line>", "/repo") == "<command line>");
  CHECK(path_relative_to("a.yaml", "") == "a.yaml");
}

TEST_SUITE_END();
