#include "analysis/integrity.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "util/text.hpp"

namespace labeltool::analysis {

void check_norm_references(const model::Norm& norm, const model::NormSet& set,
                           Diagnostics& diagnostics) {
  const auto check = [&](const std::vector<std::string>& used,
                         const std::vector<model::NamedId>& declared, Position position, Code code,
                         std::string_view what, std::string_view key) {
    std::vector<std::string> names;
    for (const auto& d : declared) names.push_back(d.id);
    for (const auto& id : used) {
      if (std::find(names.begin(), names.end(), id) != names.end()) continue;
      const std::string shown = util::escape_control(id);
      Message message{"norm " + norm.id + " names " + std::string(what) + " '" + shown +
                          "', which the norm set does not declare",
                      "norm " + norm.id + " noemt " + std::string(what) + " '" + shown +
                          "', maar die staat niet in het normenkader"};
      // Without a likely typo, say where the declarations belong instead.
      const Message hint = did_you_mean(id, names);
      message += hint.en.empty() ? Message{" under '" + std::string(key) + "'",
                                           " onder '" + std::string(key) + "'"}
                                 : hint;
      diagnostics.push_back(make_diagnostic(*norm.source, position, code, std::move(message)));
    }
  };
  check(norm.applies_to, set.scopes, norm.applies_to_position, Code::UnknownScope, "scope",
        "scopes");
  check(norm.discipline, set.disciplines, norm.discipline_position, Code::UnknownDiscipline,
        "discipline", "disciplines");
}

void check_normset(const model::NormSet& set, Diagnostics& diagnostics) {
  const SourceFile& source = *set.source;
  const auto report = [&](Position position, Code code, Message message,
                          std::optional<Position> first = std::nullopt) {
    auto diagnostic = make_diagnostic(source, position, code, std::move(message));
    if (first)
      diagnostic.related.push_back(
          make_related(source, *first, {"first used here", "hier voor het eerst gebruikt"}));
    diagnostics.push_back(std::move(diagnostic));
  };
  const auto unique = [&](std::unordered_map<std::string, Position>& seen, const std::string& id,
                          Position position, const Message& what) {
    if (id.empty()) return;
    const auto [it, inserted] = seen.emplace(id, position);
    if (!inserted) {
      const std::string shown = util::escape_control(id);
      report(position, Code::DuplicateId,
             {what.en + " ID '" + shown + "' is used twice",
              "het ID '" + shown + "' is twee keer gebruikt voor " + what.nl},
             it->second);
    }
  };

  std::unordered_map<std::string, Position> values, scopes, disciplines, ids, titles;
  for (const auto& value : set.scale)
    unique(values, value.value, value.position, {"scale value", "een schaalwaarde"});
  for (const auto& scope : set.scopes)
    unique(scopes, scope.id, scope.position, {"scope", "een scope"});
  for (const auto& discipline : set.disciplines)
    unique(disciplines, discipline.id, discipline.position, {"discipline", "een discipline"});
  // Themes and norms share one ID space, so an answer key can never be ambiguous.
  for (const auto& theme : set.themes) {
    unique(ids, theme.id, theme.position, {"theme", "een thema of norm"});
    for (const auto& norm : theme.norms) {
      unique(ids, norm.id, norm.position, {"norm", "een norm of thema"});
      check_norm_references(norm, set, diagnostics);
      if (norm.title.empty()) continue;
      const auto [it, inserted] = titles.emplace(util::ascii_lower(norm.title), norm.position);
      if (!inserted) {
        report(norm.position, Code::DuplicateTitle,
               {"norm " + norm.id + " has the same title as another norm: '" +
                    util::escape_control(norm.title) + "'",
                "norm " + norm.id + " heeft dezelfde titel als een andere norm: '" +
                    util::escape_control(norm.title) + "'"},
               it->second);
      }
    }
  }

  if (set.has_scale) {
    const auto has = [&](model::Meaning meaning) {
      return std::any_of(set.scale.begin(), set.scale.end(),
                         [&](const model::ScaleValue& v) { return v.meaning == meaning; });
    };
    const Position scale_position = set.scale.empty() ? Position{} : set.scale.front().position;
    if (!has(model::Meaning::Met)) {
      report(scale_position, Code::ScaleWithoutMet,
             {"the scale has no value with meaning 'met', so no norm can ever be met",
              "de schaal heeft geen waarde met betekenis 'met' (voldoet), dus geen enkele norm "
              "kan ooit voldoen"});
    }
    if (set.verdict) {
      const auto& rule = *set.verdict;
      if (rule.max_partly_met && !has(model::Meaning::PartlyMet)) {
        report(rule.position, Code::VerdictUnusable,
               {"the verdict limits 'max_partly_met' but the scale has no partly-met value",
                "de beslisregel begrenst 'max_partly_met', maar de schaal heeft geen waarde "
                "voor 'voldoet deels'"});
      }
      if (!rule.max_not_met && !rule.max_partly_met && !rule.min_met_percent) {
        report(rule.position, Code::VerdictUnusable,
               {"the verdict sets no limit (max_not_met, max_partly_met or min_met_percent), so "
                "every complete zelfevaluatie passes",
                "de beslisregel stelt geen grens (max_not_met, max_partly_met of "
                "min_met_percent), dus elke volledig ingevulde zelfevaluatie slaagt"});
      }
    }
  }
  if (set.has_levels) {
    std::unordered_map<std::string, Position> levels;
    for (const auto& level : set.maturity_levels)
      unique(levels, std::to_string(level.level), level.position,
             {"maturity level", "een ontwikkelniveau"});
  }
}

namespace {

/// The rules of check_mapping_rows, one row at a time (so that check_crosswalk reports each
/// row's findings together); remembers the pairs of the rows before.
class RowRules {
 public:
  RowRules(const model::Crosswalk& crosswalk, Diagnostics& diagnostics)
      : file_(*crosswalk.file), diagnostics_(diagnostics) {}

  void check(const model::Mapping& mapping) {
    const auto [it, inserted] =
        seen_.emplace(std::make_pair(mapping.source, mapping.target), &mapping);
    if (!inserted) {
      const model::Mapping& first = *it->second;
      const std::string pair =
          util::escape_control(mapping.source) + " → " + util::escape_control(mapping.target);
      if (first.relation == mapping.relation) {
        report(mapping.position, Code::DuplicateMapping,
               {"the pair " + pair + " is mapped twice",
                "het paar " + pair + " is twee keer gekoppeld"},
               first.position);
      } else {
        report(mapping.relation_position, Code::ConflictingRelation,
               {"the pair " + pair + " is " + name(mapping.relation) + " here but " +
                    name(first.relation) + " before; keep one",
                "het paar " + pair + " is hier " + name(mapping.relation) + ", maar eerder " +
                    name(first.relation) + "; houd er één"},
               first.position);
      }
    }
    if (mapping.strength) {
      const bool equal = mapping.relation == model::Relation::Equal;
      const bool unrelated = mapping.relation == model::Relation::NotRelated;
      if ((equal && *mapping.strength != 10) || (!equal && *mapping.strength == 10) ||
          (unrelated && *mapping.strength != 0)) {
        report(mapping.relation_position, Code::StrengthMismatch,
               {"relation " + name(mapping.relation) + " with strength " +
                    std::to_string(*mapping.strength) + " (10 means equal, 0 not related)",
                "relatie " + name(mapping.relation) + " met sterkte " +
                    std::to_string(*mapping.strength) + " (10 betekent gelijk, 0 niet verwant)"});
      }
    }
  }

 private:
  static std::string name(model::Relation relation) {
    return "'" + std::string(model::relation_name(relation)) + "'";
  }

  void report(Position position, Code code, Message message,
              std::optional<Position> first = std::nullopt) {
    auto diagnostic = make_diagnostic(file_, position, code, std::move(message));
    if (first)
      diagnostic.related.push_back(
          make_related(file_, *first, {"first mapped here", "hier voor het eerst gekoppeld"}));
    diagnostics_.push_back(std::move(diagnostic));
  }

  const SourceFile& file_;
  Diagnostics& diagnostics_;
  std::map<std::pair<std::string, std::string>, const model::Mapping*> seen_;
};

}  // namespace

void check_crosswalk(const model::Crosswalk& crosswalk, const model::NormSet& source,
                     const model::NormSet& target, Diagnostics& diagnostics) {
  const auto report = [&](Position position, Code code, Message message) {
    diagnostics.push_back(make_diagnostic(*crosswalk.file, position, code, std::move(message)));
  };
  const auto check_side = [&](const std::string& id, Position position, const model::NormSet& set,
                              const Message& side) {
    if (id.empty() || set.find_norm(id)) return;
    const std::string shown = util::escape_control(id);
    if (set.find_theme(id)) {
      report(position, Code::MappingOntoTheme,
             {side.en + " '" + shown + "' is a theme of " + set.reference() +
                  "; a crosswalk relates norms, so name the theme's norms",
              side.nl + " '" + shown + "' is een thema van " + set.reference() +
                  "; een crosswalk koppelt normen, dus noem de normen van het thema"});
      return;
    }
    Message message{side.en + " norm '" + shown + "' is not in " + set.reference(),
                    side.nl + "norm '" + shown + "' staat niet in " + set.reference()};
    message += did_you_mean(id, set.norm_ids());
    report(position, Code::UnknownNorm, std::move(message));
  };

  RowRules rules(crosswalk, diagnostics);
  for (const auto& mapping : crosswalk.mappings) {
    check_side(mapping.source, mapping.source_position, source, {"source", "bron"});
    check_side(mapping.target, mapping.target_position, target, {"target", "doel"});
    rules.check(mapping);
  }
}

void check_mapping_rows(const model::Crosswalk& crosswalk, Diagnostics& diagnostics) {
  RowRules rules(crosswalk, diagnostics);
  for (const auto& mapping : crosswalk.mappings) rules.check(mapping);
}

void check_reverse_agreement(const model::Crosswalk& forward, const model::Crosswalk& reverse,
                             Diagnostics& diagnostics) {
  std::map<std::pair<std::string, std::string>, const model::Mapping*> expected;
  for (const auto& mapping : forward.mappings)
    expected.emplace(std::make_pair(mapping.target, mapping.source), &mapping);
  for (const auto& mapping : reverse.mappings) {
    const auto it = expected.find({mapping.source, mapping.target});
    if (it == expected.end()) continue;
    const model::Relation wanted = model::inverse(it->second->relation);
    if (mapping.relation == wanted) continue;
    auto diagnostic = make_diagnostic(
        *reverse.file, mapping.relation_position, Code::ReverseMismatch,
        {mapping.source + " → " + mapping.target + " is '" +
             std::string(model::relation_name(mapping.relation)) + "', but the crosswalk " +
             forward.source + " → " + forward.target + " says " + it->second->source + " → " +
             it->second->target + " is '" +
             std::string(model::relation_name(it->second->relation)) + "', which makes this '" +
             std::string(model::relation_name(wanted)) + "'",
         mapping.source + " → " + mapping.target + " is '" +
             std::string(model::relation_name(mapping.relation)) + "', maar volgens de crosswalk " +
             forward.source + " → " + forward.target + " is " + it->second->source + " → " +
             it->second->target + " '" + std::string(model::relation_name(it->second->relation)) +
             "', en dan hoort hier '" + std::string(model::relation_name(wanted)) + "'"});
    diagnostic.related.push_back(make_related(*forward.file, it->second->relation_position,
                                              {"the other direction", "de andere richting"}));
    diagnostics.push_back(std::move(diagnostic));
  }
}

}  // namespace labeltool::analysis
