#include "read/ciso_common.hpp"

#include "read/ciso_reader.hpp"
#include "read/values.hpp"

namespace labeltool::read {
namespace ciso {

Position where(const yaml::Node& node) {
  return node.key_position.line ? node.key_position : node.position;
}

std::string quoted(std::string_view text) { return "'" + util::escape_control(text) + "'"; }

bool is_null(const yaml::Node* node) {
  if (!node || node->is_null()) return true;
  if (!node->is_scalar() || node->quoted) return false;
  return node->value == "null" || node->value == "Null" || node->value == "NULL" ||
         node->value == "~";
}

std::string trimmed_text(const yaml::Node& node, std::string_view key) {
  const yaml::Node* child = node.find(key);
  if (is_null(child) || !child->is_scalar()) return {};
  return std::string(util::trim(child->value));
}

std::optional<bool> boolean_of(const yaml::Node& node) {
  if (!node.is_scalar() || node.quoted) return std::nullopt;
  const std::string value = util::ascii_lower(node.value);
  if (value == "true" || value == "yes" || value == "on") return true;
  if (value == "false" || value == "no" || value == "off") return false;
  return std::nullopt;
}

std::optional<long long> integer_of(const yaml::Node& node) {
  double value = 0;
  if (!node.is_scalar() || node.quoted || !parse_number(node.value, value)) return std::nullopt;
  return whole_number(value);
}

std::string make_id(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (ok) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  const auto edge = [](char c) { return c == '-' || c == '.'; };
  while (!out.empty() && edge(out.back())) out.pop_back();
  std::size_t start = 0;
  while (start < out.size() && edge(out[start])) ++start;
  out.erase(0, start);
  if (out.size() > kLongestId) out.resize(kLongestId);
  while (!out.empty() && edge(out.back())) out.pop_back();
  return out;
}

std::string_view urn_tail(std::string_view urn) {
  const auto colon = urn.rfind(':');
  return colon == std::string_view::npos ? urn : urn.substr(colon + 1);
}

namespace {

bool starts_with_urn(std::string_view text) {
  return text.size() > 4 && util::ascii_lower(text.substr(0, 4)) == "urn:";
}

/// The keys CISO Assistant's loader requires of every library (LibraryImporter).
void check_library_keys(const yaml::Node& root, Reporter& reporter) {
  for (const auto* key : {"urn", "ref_id", "locale", "version"}) {
    const yaml::Node* node = root.find(key);
    if (is_null(node)) {
      reporter.report(
          node ? node->position : root.position, Code::MissingKey,
          {std::string("the CISO Assistant library has no '") + key + "' (its loader requires one)",
           std::string("in de CISO Assistant-bibliotheek ontbreekt '") + key +
               "' (CISO Assistant kan haar anders niet laden)"});
    } else if (!node->is_scalar()) {
      reporter.report(node->position, not_text(key, yaml::kind_in_words(*node)));
    }
  }
}

}  // namespace

bool check_library(const yaml::Document& document, Reporter& reporter) {
  if (!is_ciso_library(document)) {
    reporter.report(document.root.position, Code::MissingKey,
                    {"not a CISO Assistant library: it needs a top-level 'urn: urn:…' and an "
                     "'objects' mapping",
                     "dit is geen CISO Assistant-bibliotheek: daarvoor moeten bovenaan "
                     "'urn: urn:…' en 'objects' staan"});
    return false;
  }
  check_library_keys(document.root, reporter);
  return true;
}

bool require_keys(const yaml::Node& node, std::initializer_list<const char*> keys,
                  const Message& what, Reporter& reporter) {
  bool all = true;
  for (const auto* key : keys) {
    const yaml::Node* child = node.find(key);
    if (!is_null(child)) {
      if (!child->is_scalar()) {
        reporter.report(child->position, not_text(key, yaml::kind_in_words(*child)));
        all = false;
      }
      continue;
    }
    reporter.report(child ? child->position : node.position, Code::MissingKey,
                    {std::string(what.en) + " has no '" + key + "'",
                     std::string(what.nl) + " heeft geen '" + key + "'"});
    all = false;
  }
  return all;
}

const yaml::Node* find_object(const yaml::Node& root, std::string_view single,
                              std::string_view plural) {
  const yaml::Node* objects = root.find("objects");
  if (!objects || !objects->is_mapping()) return nullptr;
  if (const yaml::Node* one = objects->find(single); one && one->is_mapping()) return one;
  if (const yaml::Node* many = objects->find(plural); many && many->is_sequence())
    for (const auto& item : many->children)
      if (item.is_mapping()) return &item;
  return nullptr;
}

void report_missing_object(const yaml::Node& root, std::string_view single, std::string_view plural,
                           Reporter& reporter) {
  const yaml::Node* objects = root.find("objects");
  const yaml::Node* one = objects ? objects->find(single) : nullptr;
  const yaml::Node* many = objects ? objects->find(plural) : nullptr;
  if (one && !one->is_mapping()) {
    const Message kind = yaml::kind_in_words(*one);
    reporter.report(
        one->position, Code::WrongType,
        {"'" + std::string(single) + "' must be a mapping, not " + kind.en,
         "bij '" + std::string(single) + "' horen sleutels met waarden, niet " + kind.nl});
  } else if (many && !many->is_sequence()) {
    const Message kind = yaml::kind_in_words(*many);
    reporter.report(many->position, Code::WrongType,
                    {"'" + std::string(plural) + "' must be a list, not " + kind.en,
                     "bij '" + std::string(plural) + "' hoort een lijst, niet " + kind.nl});
  } else {
    reporter.report(objects ? objects->key_position : root.position, Code::MissingKey,
                    {"this CISO Assistant library has no '" + std::string(single) + "' (or '" +
                         std::string(plural) + "') under 'objects'",
                     "in deze CISO Assistant-bibliotheek staat onder 'objects' geen '" +
                         std::string(single) + "' (of '" + std::string(plural) + "')"});
  }
}

}  // namespace ciso

bool is_ciso_library(const yaml::Document& document) {
  const yaml::Node* urn = document.root.find("urn");
  const yaml::Node* objects = document.root.find("objects");
  return urn && urn->is_scalar() && ciso::starts_with_urn(urn->value) && objects &&
         objects->is_mapping();
}

CisoContent ciso_library_content(const yaml::Document& document) {
  if (!is_ciso_library(document)) return CisoContent::Other;
  if (ciso::find_object(document.root, "framework", "frameworks")) return CisoContent::Framework;
  if (ciso::find_object(document.root, "requirement_mapping_set", "requirement_mapping_sets"))
    return CisoContent::MappingSet;
  return CisoContent::Other;
}

}  // namespace labeltool::read
