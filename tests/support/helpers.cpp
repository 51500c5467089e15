#include "support/helpers.hpp"

#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace labeltool::testing {

std::string render(const Diagnostics& diagnostics) {
  return report::render_diagnostics_text(diagnostics, report::Colour::Off, 0);
}

std::string parse_errors(const std::string& text, const std::string& path,
                         const yaml::ReadLimits& limits) {
  Diagnostics diagnostics;
  yaml::parse_yaml(path, text, limits, diagnostics);
  return render(diagnostics);
}

std::vector<std::string> codes(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.emplace_back(code_name(d.code));
  return out;
}

namespace {

/// Temporary folders made by this test process, removed when it exits.
std::vector<std::string>& made_folders() {
  static std::vector<std::string> folders;
  static const bool cleanup_registered = [] {
    std::atexit([] {
      std::error_code ignored;
      for (const auto& folder : made_folders()) std::filesystem::remove_all(folder, ignored);
    });
    return true;
  }();
  (void)cleanup_registered;
  return folders;
}

}  // namespace

std::string temp_dir() {
  static std::atomic<int> counter{0};
  const auto base =
      std::filesystem::temp_directory_path() /
      ("labeltool-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(base);
  std::filesystem::create_directories(base);
  made_folders().push_back(base.string());
  return base.string();
}

std::string write_file(const std::string& folder, const std::string& name,
                       const std::string& content) {
  const auto path = std::filesystem::path(folder) / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

std::string source_path(const std::string& relative) {
  return std::string(LABELTOOL_SOURCE_DIR) + "/" + relative;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::chrono::microseconds thread_cpu_time() {
  struct rusage usage {};
  REQUIRE(::getrusage(RUSAGE_THREAD, &usage) == 0);
  const auto microseconds = [](const timeval& t) {
    return std::chrono::seconds(t.tv_sec) + std::chrono::microseconds(t.tv_usec);
  };
  return microseconds(usage.ru_utime) + microseconds(usage.ru_stime);
}

void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = source_path("tests/golden/" + name);
  if (const char* update = std::getenv("LABELTOOL_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  INFO("golden file: " << path << " (LABELTOOL_UPDATE_GOLDEN=1 rewrites it)");
  CHECK(actual == read_text(path));
}

namespace {

std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

}  // namespace

RunResult run_labeltool(const std::vector<std::string>& arguments, const std::string& stdin_text) {
  const std::string folder = temp_dir();
  const std::string out_path = folder + "/stdout", err_path = folder + "/stderr",
                    in_path = write_file(folder, "stdin", stdin_text);
  std::string command = "cd " + shell_quote(LABELTOOL_SOURCE_DIR) +
                        " && env -u LABELTOOL_NORMSETS NO_COLOR=1 " + shell_quote(LABELTOOL_BINARY);
  for (const auto& argument : arguments) command += " " + shell_quote(argument);
  command +=
      " <" + shell_quote(in_path) + " >" + shell_quote(out_path) + " 2>" + shell_quote(err_path);
  const int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_text(out_path);
  result.err = read_text(err_path);
  std::filesystem::remove_all(folder);
  return result;
}

}  // namespace labeltool::testing
