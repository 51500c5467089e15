#include "fixtures.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "analysis/integrity.hpp"
#include "input/catalog.hpp"
#include "input/input.hpp"
#include "read/ciso_reader.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/diagnostics.hpp"
#include "util/text.hpp"

#ifndef LABELTOOL_FUZZ_SOURCE_DIR
#error "LABELTOOL_FUZZ_SOURCE_DIR must name the source tree (set by fuzz/CMakeLists.txt)"
#endif

namespace labeltool::fuzz {
namespace {

[[noreturn]] void setup_failure(const std::string& what, const Diagnostics& diagnostics) {
  std::fprintf(stderr, "fuzz set-up failed: %s\n%s", what.c_str(),
               report::render_diagnostics_text(diagnostics, report::Colour::Off, 0).c_str());
  std::abort();
}

std::string read_source_file(const std::string& relative) {
  const std::string path = std::string(LABELTOOL_FUZZ_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) setup_failure("cannot read " + path, {});
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

namespace {

std::optional<yaml::Document> parse_fixed(const std::string& path, std::string text,
                                          Diagnostics& diagnostics) {
  return yaml::parse_yaml(path, std::move(text), limits(), diagnostics);
}

/// A fixed input of `kind`, read as every command reads files; aborts unless it is clean.
input::Input read_fixed(const std::string& path, std::string text, input::Kind kind) {
  auto read = input::read_input_bytes(path, std::move(text), limits());
  if (read.kind != kind)
    setup_failure(path + " is not a " + std::string(input::kind_description(kind)),
                  read.diagnostics);
  if (read.failed()) setup_failure(path + " has errors", read.diagnostics);
  return read;
}

model::NormSet read_fixed_set(const std::string& path, std::string text) {
  return std::move(*read_fixed(path, std::move(text), input::Kind::Normset).normset());
}

model::Crosswalk read_fixed_crosswalk(const std::string& path, std::string text) {
  return std::move(*read_fixed(path, std::move(text), input::Kind::Crosswalk).crosswalk());
}

read::CisoFramework read_fixed_ciso(const std::string& path, std::string text) {
  Diagnostics diagnostics;
  auto document = parse_fixed(path, std::move(text), diagnostics);
  if (!document || !read::is_ciso_library(*document))
    setup_failure(path + " is not a CISO library", diagnostics);
  auto framework = read::read_ciso_framework(*document, diagnostics);
  if (!framework || has_errors(diagnostics)) setup_failure(path + " has errors", diagnostics);
  return std::move(*framework);
}

struct Fixed {
  std::map<std::string, model::NormSet, std::less<>> sets;
  std::map<std::string, read::CisoFramework, std::less<>> ciso;  ///< by lowercased URN
  std::optional<yaml::Document> ciso_mapping;
  std::vector<model::Crosswalk> crosswalks;  ///< both directions of every fixed crosswalk
  model::Zelfevaluatie example;

  Fixed() {
    const auto add = [&](model::NormSet set) {
      std::string reference = set.reference();
      sets.emplace(std::move(reference), std::move(set));
    };
    for (const char* file :
         {"fuzz/fixtures/fuzz-base.yaml", "fuzz/fixtures/fuzz-a.yaml", "fuzz/fixtures/fuzz-b.yaml",
          "normsets/kssw-2017.yaml", "normsets/kssw-2019.yaml", "normsets/nvvk-2021.yaml",
          "normsets/taalhuizen-cbct.yaml"})
      add(read_fixed_set(file, read_source_file(file)));
    // The shipped variant, resolved on its base as the catalog does.
    auto variant = read_fixed_set("normsets/kssw-wijkteams-2019.yaml",
                                  read_source_file("normsets/kssw-wijkteams-2019.yaml"));
    Diagnostics diagnostics;
    auto resolved = input::apply_variant(sets.at(variant.extends), variant, diagnostics);
    if (has_errors(diagnostics)) setup_failure("kssw-wijkteams@2019 does not resolve", diagnostics);
    add(std::move(resolved));

    for (const char* file :
         {"fuzz/fixtures/fuzz-a-fuzz-b.yaml", "normsets/crosswalks/kssw-2017-kssw-2019.yaml",
          "normsets/crosswalks/nvvk-2021-kssw-2019.yaml"}) {
      auto crosswalk = read_fixed_crosswalk(file, read_source_file(file));
      diagnostics.clear();
      analysis::check_crosswalk(crosswalk, sets.at(crosswalk.source), sets.at(crosswalk.target),
                                diagnostics);
      if (has_errors(diagnostics))
        setup_failure(std::string(file) + " does not fit its sets", diagnostics);
      crosswalks.push_back(crosswalk.inverted());
      crosswalks.push_back(std::move(crosswalk));
    }

    // CISO Assistant: the small frameworks of fuzz/fixtures/, and the real ones in
    // ../shared/fixtures/ciso-assistant/ when that folder is there (never copied in).
    std::vector<std::string> ciso_files = {"fuzz/fixtures/ciso-fa.yaml",
                                           "fuzz/fixtures/ciso-fb.yaml"};
    for (const char* real : {"../shared/fixtures/ciso-assistant/iso27001-2013.yaml",
                             "../shared/fixtures/ciso-assistant/iso27001-2022.yaml"}) {
      std::error_code error;
      if (std::filesystem::is_regular_file(std::string(LABELTOOL_FUZZ_SOURCE_DIR) + "/" + real,
                                           error))
        ciso_files.push_back(real);
    }
    for (const auto& file : ciso_files) {
      auto framework = read_fixed_ciso(file, read_source_file(file));
      std::string urn = framework.urn;
      ciso.emplace(std::move(urn), std::move(framework));
    }
    diagnostics.clear();
    ciso_mapping =
        parse_fixed("fuzz/fixtures/ciso-mapping-fa-fb.yaml",
                    read_source_file("fuzz/fixtures/ciso-mapping-fa-fb.yaml"), diagnostics);
    if (!ciso_mapping) setup_failure("ciso-mapping-fa-fb.yaml does not parse", diagnostics);

    diagnostics.clear();
    auto document =
        parse_fixed("examples/buurtkracht-kssw-2019.yaml",
                    read_source_file("examples/buurtkracht-kssw-2019.yaml"), diagnostics);
    if (!document) setup_failure("the example zelfevaluatie does not parse", diagnostics);
    example = read::read_zelfevaluatie(*document, diagnostics);
    if (has_errors(diagnostics)) setup_failure("the example zelfevaluatie has errors", diagnostics);
  }
};

const Fixed& fixed() {
  static const Fixed instance;
  return instance;
}

}  // namespace

void initialize() { (void)fixed(); }

const yaml::ReadLimits& limits() {
  static const yaml::ReadLimits instance = [] {
    yaml::ReadLimits l;
    l.max_file_bytes = 1u << 20;
    l.max_depth = 64;
    l.max_alias_nodes = 10'000;
    l.max_nodes = 200'000;
    return l;
  }();
  return instance;
}

const model::NormSet* find_set(std::string_view reference) {
  const auto& sets = fixed().sets;
  const auto it = sets.find(reference);
  return it == sets.end() ? nullptr : &it->second;
}

const model::NormSet& set(std::string_view reference) {
  const auto* found = find_set(reference);
  if (!found) setup_failure("no fixed norm set " + std::string(reference), {});
  return *found;
}

const model::Zelfevaluatie& example_zelfevaluatie() { return fixed().example; }

const read::CisoFramework* ciso_framework(std::string_view urn) {
  const auto it = fixed().ciso.find(util::ascii_lower(urn));
  return it == fixed().ciso.end() ? nullptr : &it->second;
}

const yaml::Document& ciso_mapping_document() { return *fixed().ciso_mapping; }

const model::Crosswalk* find_crosswalk(std::string_view from, std::string_view to) {
  for (const auto& crosswalk : fixed().crosswalks)
    if (crosswalk.source == from && crosswalk.target == to) return &crosswalk;
  return nullptr;
}

const model::Crosswalk* crosswalk_from(std::string_view reference) {
  for (const auto& crosswalk : fixed().crosswalks)
    if (crosswalk.source == reference) return &crosswalk;
  return nullptr;
}

}  // namespace labeltool::fuzz
