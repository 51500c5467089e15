// fuzz_yaml: the YAML reader (yaml-cpp events → our tree with positions, limits, UTF-8 and
// NUL checks, duplicate and complex keys), kind detection, and the diagnostics renderers.
// Oracles: every key and scalar in the tree is valid UTF-8 (the input had to be); yaml_quote
// (yaml/writer.hpp, yaml::quote) turns every scalar into one double-quoted scalar that reads back
// unchanged.
#include <cstddef>
#include <cstdint>

#include "drivers.hpp"
#include "fixtures.hpp"
#include "input/kind.hpp"
#include "oracles.hpp"
#include "report/diagnostics.hpp"
#include "yaml/writer.hpp"

using namespace labeltool;

namespace {

/// The reader refuses input that is not valid UTF-8, so everything in the tree must be valid
/// UTF-8 too: the renderers and writers rely on it.
void expect_utf8_text(std::string_view text, const yaml::Document& document, const yaml::Node& node,
                      const char* what) {
  if (!fuzz::oracles_enabled()) return;
  const std::size_t bad = fuzz::first_invalid_utf8(text);
  if (bad == std::string_view::npos) return;
  const auto& source = document.source->text();
  fuzz::oracle_failure(
      std::string("yaml tree: a ") + what + " read from valid UTF-8 is not valid UTF-8 (" +
          std::to_string(node.position.line) + ":" + std::to_string(node.position.column) + ")",
      source, fuzz::offset_of_line(source, node.position.line));
}

void walk(const yaml::Document& document, const yaml::Node& node,
          std::vector<const std::string_view*>& texts, std::size_t depth) {
  (void)yaml::describe_kind(node);
  expect_utf8_text(node.key, document, node, "key");
  expect_utf8_text(node.value, document, node, "scalar");
  if (!node.key.empty() && texts.size() < 64) texts.push_back(&node.key);
  if (node.is_scalar() && texts.size() < 64) texts.push_back(&node.value);
  if (node.is_mapping() && !node.children.empty()) {
    // find() must find the first child's key (keys are unique after duplicate-key checks
    // keep the first).
    (void)node.find(node.children.front().key);
    (void)node.find("labeltool");
  }
  for (const auto& child : node.children) walk(document, child, texts, depth + 1);
}

void expect_yaml_quote_round_trip(const std::vector<const std::string_view*>& texts) {
  if (!fuzz::oracles_enabled()) return;
  std::vector<const std::string_view*> checked;
  std::string document = "values:\n";
  for (const auto* text : texts) {
    // Text with invalid UTF-8 (from \u escapes of surrogates) is outside yaml_quote's
    // contract: it shows a stray byte as \xNN, which reads back as another character.
    if (fuzz::first_invalid_utf8(*text) != std::string_view::npos) continue;
    document += "  - " + yaml::quote(*text) + "\n";
    checked.push_back(text);
  }
  if (checked.empty()) return;
  Diagnostics diagnostics;
  auto back = yaml::parse_yaml("quoted.yaml", document, fuzz::limits(), diagnostics);
  if (!back || has_errors(diagnostics)) {
    std::fprintf(stderr, "%s",
                 report::render_diagnostics_text(diagnostics, report::Colour::Off, 3).c_str());
    fuzz::oracle_failure("yaml_quote: quoted scalars do not read back as YAML", document,
                         diagnostics.empty()
                             ? 0
                             : fuzz::offset_of_line(document, diagnostics.front().position.line));
  }
  const yaml::Node* list = back->root.find("values");
  if (!list || !list->is_sequence() || list->children.size() != checked.size())
    fuzz::oracle_failure("yaml_quote: wrong number of scalars read back", document, 0);
  for (std::size_t i = 0; i < checked.size(); ++i) {
    const auto& node = list->children[i];
    if (!node.is_scalar() || node.value != *checked[i])
      fuzz::oracle_failure("yaml_quote: '" + fuzz::printable(*checked[i]) + "' reads back as '" +
                               fuzz::printable(node.value) + "'",
                           document,
                           fuzz::offset_of_line(document, static_cast<std::uint32_t>(i + 2)));
  }
}

}  // namespace

namespace {

void fuzz_one(const std::uint8_t* data, std::size_t size) {
  Diagnostics diagnostics;
  auto document =
      yaml::parse_yaml("fuzz.yaml", fuzz::bytes_of(data, size), fuzz::limits(), diagnostics);
  if (document) {
    std::vector<const std::string_view*> texts;
    walk(*document, document->root, texts, 0);
    (void)input::yaml_kind(*document, diagnostics);
    expect_yaml_quote_round_trip(texts);
  }
  fuzz::render_diagnostics(diagnostics);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::run_one(data, size, fuzz_one);
}
