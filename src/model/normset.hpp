#pragma once
/// A norm set as plain data: what every analysis and report works on.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"

namespace labeltool::model {

enum class Status : std::uint8_t { Official, Draft, Illustrative };
enum class Meaning : std::uint8_t { Met, PartlyMet, NotMet, NotApplicable };

std::string_view status_name(Status status);
std::string_view meaning_name(Meaning meaning);
std::optional<Status> parse_status(std::string_view text);
std::optional<Meaning> parse_meaning(std::string_view text);

/// One answer value of a norm set's scale, e.g. "voldoet deels" meaning partly met.
struct ScaleValue {
  std::string value;
  Meaning meaning = Meaning::NotMet;
  std::optional<double> score;
  Position position;
};

/// The pass rule. Absent limits do not apply.
struct Verdict {
  std::optional<long long> max_not_met;
  std::optional<long long> max_partly_met;
  std::optional<double> min_met_percent;
  std::string description;
  Position position;
};

/// A service or part of an organisation (scope), or an interview group (discipline).
struct NamedId {
  std::string id;
  std::string name;
  Position position;
};

struct MaturityLevel {
  long long level = 0;
  std::string name;  ///< empty where the name is not known
  Position position;
};

struct Norm {
  std::string id;
  std::string title;
  std::string text;
  std::string guidance;
  std::vector<std::string> evidence;
  std::vector<std::string> applies_to;  ///< scope IDs; empty = every scope
  std::vector<std::string> discipline;
  std::string theme_id;
  Position position;
  Position applies_to_position;
  Position discipline_position;
  SourcePtr source;  ///< the file the norm was written in (a variant's norms may differ)

  /// True when the norm applies to at least one of `scopes` (or to every scope).
  bool applies_to_any(const std::vector<std::string>& scopes) const;
};

struct Theme {
  std::string id;
  std::string title;
  std::string description;
  std::vector<Norm> norms;
  Position position;
};

/// A variant's changes to its base, kept until the variant is resolved.
struct VariantChanges {
  struct Removal {
    std::string norm;
    std::string reason;
    Position position;
  };
  struct Modification {
    std::string norm;
    Position position;
    std::optional<std::string> title, text, guidance;
    std::optional<std::vector<std::string>> evidence, applies_to, discipline;
  };
  struct Addition {
    std::string theme;
    std::string title;
    std::string description;
    std::vector<Norm> norms;
    Position position;
  };
  std::vector<Removal> removals;
  std::vector<Modification> modifications;
  std::vector<Addition> additions;
};

/// A norm set. A variant (extends non-empty) holds its changes until resolved; the resolved
/// set has the base's themes with the changes applied and `resolved_from` naming the chain.
struct NormSet {
  SourcePtr source;
  std::string id, version, name, owner, language;
  std::string valid_from, valid_until;
  Position valid_until_position;
  Status status = Status::Illustrative;
  std::string status_note;
  std::vector<std::string> sources;

  std::vector<ScaleValue> scale;
  std::optional<Verdict> verdict;
  std::vector<NamedId> scopes;
  std::vector<NamedId> disciplines;
  std::vector<MaturityLevel> maturity_levels;
  std::vector<Theme> themes;
  bool has_scale = false, has_scopes = false, has_disciplines = false, has_levels = false;

  std::string extends;  ///< base reference for a variant
  Position extends_position;
  VariantChanges changes;
  std::vector<std::string> resolved_from;  ///< base references, nearest first

  std::string reference() const { return id + "@" + version; }
  bool is_variant() const { return !extends.empty(); }
  std::size_t norm_count() const;
  const Norm* find_norm(std::string_view norm_id) const;
  const Theme* find_theme(std::string_view theme_id) const;
  const ScaleValue* find_scale_value(std::string_view value) const;
  bool allows_not_applicable() const;
  /// All norm IDs, in order (for "did you mean").
  std::vector<std::string> norm_ids() const;
};

}  // namespace labeltool::model
