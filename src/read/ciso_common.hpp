#pragma once
/// What the CISO Assistant readers (framework, mapping set) share: the findings reporter with
/// its did-you-mean budget, and the helpers for the library format. Internal to read/.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "read/values.hpp"
#include "util/text.hpp"
#include "yaml/document.hpp"

namespace labeltool::read::ciso {

/// Did-you-mean compares a word with every candidate; past this many comparisons per
/// document the findings come without a suggestion, so a flood of bad rows stays fast.
constexpr std::size_t kSuggestionWork = 400'000;

/// URNs to suggest from, grouped by everything up to their last ':' (a framework's nodes
/// share that prefix), so a typo is matched on the short last part only.
class UrnCandidates {
 public:
  template <typename Range>
  explicit UrnCandidates(const Range& keys) {
    for (const auto& key : keys) {
      const auto colon = key.rfind(':');
      const std::size_t cut = colon == std::string::npos ? 0 : colon + 1;
      tails_[key.substr(0, cut)].push_back(key.substr(cut));
      all_.push_back(key);
    }
  }
  /// The candidates for `lowered_urn`: {prefix, tails with that prefix}, or {"", all URNs}
  /// when no candidate shares its prefix.
  std::pair<std::string, const std::vector<std::string>*> for_urn(
      const std::string& lowered_urn) const {
    const auto colon = lowered_urn.rfind(':');
    const std::string prefix = lowered_urn.substr(0, colon == std::string::npos ? 0 : colon + 1);
    if (const auto it = tails_.find(prefix); it != tails_.end()) return {prefix, &it->second};
    return {std::string(), &all_};
  }

 private:
  std::unordered_map<std::string, std::vector<std::string>> tails_;
  std::vector<std::string> all_;
};

/// Adds findings about one file.
struct Reporter {
  const SourceFile& source;
  Diagnostics& diagnostics;
  std::size_t work_left = kSuggestionWork;

  Diagnostic& report(Position position, Code code, Message message) {
    diagnostics.push_back(make_diagnostic(source, position, code, std::move(message)));
    return diagnostics.back();
  }
  Diagnostic& report(Position position, ValueProblem problem) {
    return report(position, problem.code, std::move(problem.message));
  }
  void related(Diagnostic& diagnostic, Position position, Message message) {
    diagnostic.related.push_back(make_related(source, position, std::move(message)));
  }
  /// " (did you mean 'X'?)" in both languages, or empty. `candidates` are the tails of names
  /// that share `prefix`; the hint names the whole name.
  Message suggestion(std::string_view word, const std::vector<std::string>& candidates,
                     const std::string& prefix = {}) {
    if (candidates.empty() || candidates.size() > work_left) return {};
    work_left -= candidates.size();
    const std::string_view tail = word.substr(std::min(prefix.size(), word.size()));
    const auto match = util::closest_match(tail, candidates);
    return match ? meant(prefix + *match) : Message{};
  }
  /// The same for a (lowercased) URN among `candidates`.
  Message urn_suggestion(const std::string& lowered_urn, const UrnCandidates& candidates) {
    const auto [prefix, list] = candidates.for_urn(lowered_urn);
    return suggestion(lowered_urn, *list, prefix);
  }
};

/// Where to report about an object: its key (`framework:`), or for a list item its start.
Position where(const yaml::Node& node);

/// `text` in single quotes, control characters escaped.
std::string quoted(std::string_view text);

/// True for an absent value, an empty one, or a plain null (null, ~).
bool is_null(const yaml::Node* node);

/// The trimmed text of node[key]; "" when absent, null or not text.
std::string trimmed_text(const yaml::Node& node, std::string_view key);

/// A YAML boolean as CISO Assistant's loader (PyYAML, YAML 1.1) reads it: plain only.
std::optional<bool> boolean_of(const yaml::Node& node);

/// A whole number, plain (not quoted).
std::optional<long long> integer_of(const yaml::Node& node);

/// `text` made a labeltool ID: letters, digits and . _ - kept, runs of anything else become
/// one '-', no '-' or '.' at either end, at most 128 characters. "" when nothing is left.
std::string make_id(std::string_view text);

/// The part of a URN after its last ':'.
std::string_view urn_tail(std::string_view urn);

/// True when `document` is a CISO Assistant library (reported when not), and reports the keys
/// CISO Assistant's loader requires of every library (LibraryImporter).
bool check_library(const yaml::Document& document, Reporter& reporter);

/// Reports each of `keys` that `node` lacks (or has as null); true when all are there.
bool require_keys(const yaml::Node& node, std::initializer_list<const char*> keys,
                  const Message& what, Reporter& reporter);

/// objects.<single> (a mapping) or the first mapping of objects.<plural> (a list); nullptr.
const yaml::Node* find_object(const yaml::Node& root, std::string_view single,
                              std::string_view plural);

/// Reports why objects.<single>/<plural> cannot be read.
void report_missing_object(const yaml::Node& root, std::string_view single, std::string_view plural,
                           Reporter& reporter);

}  // namespace labeltool::read::ciso
