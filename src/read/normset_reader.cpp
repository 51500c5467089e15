#include "read/normset_reader.hpp"

#include <algorithm>
#include <unordered_map>

#include "read/extract.hpp"
#include "read/schema.hpp"
#include "read/validate.hpp"
#include "util/text.hpp"

namespace labeltool::read {
namespace {

model::Norm read_norm(const yaml::Node& node, const std::string& theme_id,
                      const SourcePtr& source) {
  model::Norm norm;
  norm.id = text_of(node, "id");
  norm.title = text_of(node, "title");
  norm.text = text_of(node, "text");
  norm.guidance = text_of(node, "guidance");
  norm.evidence = list_of(node, "evidence").value_or(std::vector<std::string>{});
  norm.applies_to = list_of(node, "applies_to").value_or(std::vector<std::string>{});
  norm.discipline = list_of(node, "discipline").value_or(std::vector<std::string>{});
  norm.theme_id = theme_id;
  norm.position = position_of(node, "id");
  norm.applies_to_position = position_of(node, "applies_to");
  norm.discipline_position = position_of(node, "discipline");
  norm.source = source;
  return norm;
}

std::vector<model::Norm> read_norms(const yaml::Node* list, const std::string& theme_id,
                                    const SourcePtr& source) {
  std::vector<model::Norm> norms;
  if (!list || !list->is_sequence()) return norms;
  norms.reserve(list->children.size());
  for (const auto& item : list->children)
    if (item.is_mapping()) norms.push_back(read_norm(item, theme_id, source));
  return norms;
}

std::vector<model::NamedId> read_named_ids(const yaml::Node& root, std::string_view key) {
  std::vector<model::NamedId> out;
  const yaml::Node* list = root.find(key);
  if (!list || !list->is_sequence()) return out;
  for (const auto& item : list->children)
    if (item.is_mapping())
      out.push_back({text_of(item, "id"), text_of(item, "name"), position_of(item, "id")});
  return out;
}

void read_variant_changes(const yaml::Node& root, model::NormSet& set) {
  const auto each = [&](std::string_view key, auto&& handle) {
    const yaml::Node* list = root.find(key);
    if (!list || !list->is_sequence()) return;
    for (const auto& item : list->children)
      if (item.is_mapping()) handle(item);
  };
  each("remove", [&](const yaml::Node& item) {
    set.changes.removals.push_back(
        {text_of(item, "norm"), text_of(item, "reason"), position_of(item, "norm")});
  });
  each("modify", [&](const yaml::Node& item) {
    model::VariantChanges::Modification change;
    change.norm = text_of(item, "norm");
    change.position = position_of(item, "norm");
    const auto optional_text = [&](std::string_view key) -> std::optional<std::string> {
      if (!item.find(key)) return std::nullopt;
      return text_of(item, key);
    };
    change.title = optional_text("title");
    change.text = optional_text("text");
    change.guidance = optional_text("guidance");
    change.evidence = list_of(item, "evidence");
    change.applies_to = list_of(item, "applies_to");
    change.discipline = list_of(item, "discipline");
    set.changes.modifications.push_back(std::move(change));
  });
  each("add", [&](const yaml::Node& item) {
    model::VariantChanges::Addition addition;
    addition.theme = text_of(item, "theme");
    addition.title = text_of(item, "title");
    addition.description = text_of(item, "description");
    addition.position = position_of(item, "theme");
    addition.norms = read_norms(item.find("norms"), addition.theme, set.source);
    set.changes.additions.push_back(std::move(addition));
  });
}

}  // namespace

model::NormSet read_normset(const yaml::Document& document, Diagnostics& diagnostics) {
  const yaml::Node& root = document.root;
  const SourceFile& source = *document.source;
  validate(root, normset_schema(), source, diagnostics);

  model::NormSet set;
  set.source = document.source;
  set.id = text_of(root, "id");
  set.version = text_of(root, "version");
  set.name = text_of(root, "name");
  set.owner = text_of(root, "owner");
  set.language = text_of(root, "language");
  set.valid_from = text_of(root, "valid_from");
  set.valid_until = text_of(root, "valid_until");
  set.valid_until_position = position_of(root, "valid_until");
  set.status = model::parse_status(text_of(root, "status")).value_or(model::Status::Illustrative);
  set.status_note = text_of(root, "status_note");
  set.sources = list_of(root, "source").value_or(std::vector<std::string>{});
  set.extends = text_of(root, "extends");
  set.extends_position = position_of(root, "extends");

  check_metadata(set, diagnostics);

  if (const yaml::Node* scale = root.find("scale"); scale && scale->is_sequence()) {
    set.has_scale = true;
    for (const auto& item : scale->children) {
      if (!item.is_mapping()) continue;
      model::ScaleValue value;
      value.value = text_of(item, "value");
      value.meaning =
          model::parse_meaning(text_of(item, "meaning")).value_or(model::Meaning::NotMet);
      value.score = number_of(item, "score");
      value.position = position_of(item, "value");
      set.scale.push_back(std::move(value));
    }
  }
  if (const yaml::Node* verdict = root.find("verdict"); verdict && verdict->is_mapping()) {
    model::Verdict rule;
    rule.max_not_met = whole_number_of(*verdict, "max_not_met");
    rule.max_partly_met = whole_number_of(*verdict, "max_partly_met");
    rule.min_met_percent = number_of(*verdict, "min_met_percent");
    rule.description = text_of(*verdict, "description");
    rule.position = verdict->key_position;
    set.verdict = std::move(rule);
  }
  set.has_scopes = root.find("scopes") != nullptr;
  set.scopes = read_named_ids(root, "scopes");
  set.has_disciplines = root.find("disciplines") != nullptr;
  set.disciplines = read_named_ids(root, "disciplines");
  if (const yaml::Node* levels = root.find("maturity_levels"); levels && levels->is_sequence()) {
    set.has_levels = true;
    for (const auto& item : levels->children)
      if (item.is_mapping())
        set.maturity_levels.push_back({whole_number_of(item, "level").value_or(0),
                                       text_of(item, "name"), position_of(item, "level")});
  }
  if (const yaml::Node* themes = root.find("themes"); themes && themes->is_sequence()) {
    for (const auto& item : themes->children) {
      if (!item.is_mapping()) continue;
      model::Theme theme;
      theme.id = text_of(item, "id");
      theme.title = text_of(item, "title");
      theme.description = text_of(item, "description");
      theme.position = position_of(item, "id");
      theme.norms = read_norms(item.find("norms"), theme.id, document.source);
      set.themes.push_back(std::move(theme));
    }
  }

  // Which keys a variant may have is a condition of the schema; here only the reading.
  if (set.is_variant()) read_variant_changes(root, set);
  return set;
}

void check_metadata(const model::NormSet& set, Diagnostics& diagnostics) {
  // Dates in the form YYYY-MM-DD compare as text; one that is not a date is reported already.
  if (util::is_iso_date(set.valid_from) && util::is_iso_date(set.valid_until) &&
      set.valid_until < set.valid_from) {
    diagnostics.push_back(make_diagnostic(
        *set.source, set.valid_until_position, Code::InvalidValue,
        {"'valid_until' " + set.valid_until + " is before 'valid_from' " + set.valid_from,
         "'valid_until' " + set.valid_until + " ligt vóór 'valid_from' " + set.valid_from +
             ": het normenkader zou eindigen voordat het begint"}));
  }
}

}  // namespace labeltool::read
