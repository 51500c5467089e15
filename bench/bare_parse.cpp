// bench_bare_parse: the lower bound for any yaml-cpp-based reader.
//
// For each path argument (a file, or a folder searched recursively for *.yaml / *.yml),
// reads the file into memory and runs YAML::Parser::HandleNextDocument with an
// EventHandler whose callbacks only count events. No tree, no checks, no output per file.
// Prints the number of files, bytes and events; exits 1 if a file cannot be read or does
// not parse, 2 on usage errors.
//
// Build: g++ -O2 -std=c++17 bare_parse.cpp -lyaml-cpp -o bare_parse
//        (CMake target bench_bare_parse)

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace {

class CountingHandler final : public YAML::EventHandler {
 public:
  std::uint64_t events = 0;

  void OnDocumentStart(const YAML::Mark&) override { ++events; }
  void OnDocumentEnd() override { ++events; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {
    ++events;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override { ++events; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override { ++events; }
};

bool is_yaml(const fs::path& p) {
  const auto ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Expands the arguments into a sorted list of files; returns false on a missing path.
bool collect(const std::vector<std::string>& args, std::vector<fs::path>& out) {
  bool ok = true;
  for (const auto& a : args) {
    std::error_code ec;
    const fs::path p(a);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        if (it->is_regular_file(ec) && is_yaml(it->path())) found.push_back(it->path());
      }
      if (ec) {
        std::cerr << a << ": cannot list folder: " << ec.message() << "\n";
        ok = false;
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      out.push_back(p);
    } else {
      std::cerr << a << ": no such file or folder\n";
      ok = false;
    }
  }
  return ok;
}

bool read_file(const fs::path& p, std::string& data) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size < 0) return false;
  data.resize(static_cast<std::size_t>(size));
  in.seekg(0, std::ios::beg);
  in.read(data.data(), size);
  return static_cast<bool>(in);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_bare_parse PATH...\n"
                 "  parses every *.yaml/*.yml file with yaml-cpp's event parser and a\n"
                 "  handler that does nothing; prints files, bytes and events\n";
    return 2;
  }
  std::vector<fs::path> files;
  bool ok = collect(std::vector<std::string>(argv + 1, argv + argc), files);

  CountingHandler handler;
  std::uint64_t bytes = 0;
  std::uint64_t parsed = 0;
  std::string data;
  for (const auto& f : files) {
    if (!read_file(f, data)) {
      std::cerr << f.string() << ": cannot read\n";
      ok = false;
      continue;
    }
    bytes += data.size();
    try {
      std::istringstream stream(data);
      YAML::Parser parser(stream);
      while (parser.HandleNextDocument(handler)) {
      }
      ++parsed;
    } catch (const YAML::Exception& e) {
      std::cerr << f.string() << ":" << e.mark.line + 1 << ":" << e.mark.column + 1
                << ": parse error: " << e.msg << "\n";
      ok = false;
    }
  }
  std::cout << "files: " << parsed << "\nbytes: " << bytes << "\nevents: " << handler.events
            << "\n";
  return ok ? 0 : 1;
}
