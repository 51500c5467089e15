#include "read/validate.hpp"

#include "read/schema.hpp"
#include "read/values.hpp"
#include "util/text.hpp"

namespace labeltool::read {

namespace {

using T = ValueType;

class Validator {
 public:
  Validator(const SourceFile& source, Diagnostics& diagnostics)
      : source_(source), diagnostics_(diagnostics) {}

  void object(const yaml::Node& node, const ObjectSchema& schema, const Message& where) {
    if (!node.is_mapping()) {
      const Message kind = yaml::kind_in_words(node);
      report(node.position, Code::WrongType,
             {where.en + " must be a mapping (" + std::string(schema.name) + "), not " + kind.en,
              where.nl + " moet een groep sleutels met waarden zijn (" +
                  std::string(schema.name_nl()) + "), geen " + kind.nl});
      return;
    }
    for (const auto& child : node.children) {
      const FieldSchema* field = schema.field(child.key);
      if (!field) {
        // Check the value as if the key were spelt as suggested, so that the typos inside a
        // misspelt 'thems:' show in this same run instead of after the next fix.
        const FieldSchema* meant = unknown_key(child, schema);
        if (meant && !node.find(meant->name)) value(child, *meant);
        continue;
      }
      value(child, *field);
    }
    for (const auto& condition : schema.conditions) check_condition(node, schema, condition);
    for (const auto& field : schema.fields) {
      if (field.required && !node.find(field.name)) {
        std::string_view description = field.description;
        if (!description.empty() && description.back() == '.') description.remove_suffix(1);
        report(node.key_position.line ? node.key_position : node.position, Code::MissingKey,
               {std::string(schema.name) + " has no '" + std::string(field.name) + "' (" +
                    std::string(description) + ")",
                "bij " + std::string(schema.name_nl()) + " ontbreekt '" + std::string(field.name) +
                    "'"});
      }
    }
  }

 private:
  void check_condition(const yaml::Node& node, const ObjectSchema& schema,
                       const Condition& condition) {
    const yaml::Node* key = node.find(condition.key);
    bool applies = false;
    switch (condition.when) {
      case Condition::When::Present:
        applies = key != nullptr;
        break;
      case Condition::When::Absent:
        applies = key == nullptr;
        break;
      case Condition::When::NotEqual:
        applies = key && key->is_scalar() && key->value != condition.value;
        break;
    }
    if (!applies) return;
    for (auto needed : condition.required) {
      if (node.find(needed)) continue;
      report(key ? key->key_position : node.position, Code::MissingKey,
             {std::string(schema.name) + " has no '" + std::string(needed) + "' (" +
                  std::string(condition.reason) + ")",
              "bij " + std::string(schema.name_nl()) + " ontbreekt '" + std::string(needed) +
                  "' (" + std::string(condition.reason_nl) + ")"});
    }
    for (auto forbidden : condition.forbidden) {
      const yaml::Node* present = node.find(forbidden);
      if (!present) continue;
      report(present->key_position, Code::UnknownKey,
             {"'" + std::string(forbidden) + "' is not allowed here (" +
                  std::string(condition.reason) + ")",
              "'" + std::string(forbidden) + "' hoort hier niet (" +
                  std::string(condition.reason_nl) + ")"});
    }
  }

  void report(Position position, Code code, Message message, std::uint32_t span = 1) {
    auto diagnostic = make_diagnostic(source_, position, code, std::move(message));
    diagnostic.span = span;
    diagnostics_.push_back(std::move(diagnostic));
  }

  /// Reports `child`'s key as unknown; returns the field it suggests instead, or nullptr.
  const FieldSchema* unknown_key(const yaml::Node& child, const ObjectSchema& schema) {
    std::vector<std::string> known;
    for (const auto& f : schema.fields) known.emplace_back(f.name);
    const std::string key = util::escape_control(child.key);
    // The Dutch word for a key is no typo of it: the synonym table knows it.
    const std::string_view synonym = synonym_key(schema, child.key);
    if (!synonym.empty()) {
      const std::string meant(synonym);
      report(child.key_position, Code::UnknownKey,
             Message{"unknown key '" + key + "' in " + std::string(schema.name) +
                         " (did you mean '" + meant + "'?)",
                     "onbekende sleutel '" + key + "' in " + std::string(schema.name) +
                         " (bedoelt u '" + meant + "'? de sleutels zijn Engels)"},
             static_cast<std::uint32_t>(util::count_code_points(child.key)));
      return schema.field(meant);
    }
    const auto meant = util::closest_match(child.key, known);
    Message message{"unknown key '" + key + "' in " + std::string(schema.name),
                    "onbekende sleutel '" + key + "' in " + std::string(schema.name_nl())};
    message += did_you_mean(child.key, known);
    report(child.key_position, Code::UnknownKey, std::move(message),
           static_cast<std::uint32_t>(util::count_code_points(child.key)));
    return meant ? schema.field(*meant) : nullptr;
  }

  void report(Position position, ValueProblem problem) {
    report(position, problem.code, problem.both(), problem.span);
  }

  std::string label(const FieldSchema& field) { return "'" + std::string(field.name) + "'"; }
  /// "'themes'" in both languages: keys are machine names.
  Message both_label(const FieldSchema& field) { return {label(field), label(field)}; }

  void value(const yaml::Node& node, const FieldSchema& field) {
    if (node.is_null()) {
      if (field.required) report(node.key_position, empty_value(field));
      return;
    }
    switch (field.type) {
      case T::Text:
      case T::Id:
      case T::Date:
      case T::Integer:
      case T::Number:
      case T::Reference:
        scalar(node, field);
        break;
      case T::IdList:
      case T::TextList:
        if (!node.is_sequence()) {
          const Message kind = yaml::kind_in_words(node);
          report(node.position, Code::WrongType,
                 {label(field) + " must be a list (- item per line, or [a, b]), not " + kind.en,
                  "bij " + label(field) +
                      " hoort een lijst (elk punt op een eigen regel met '- ', of [a, b]), niet " +
                      kind.nl});
          break;
        }
        for (const auto& item : node.children) scalar(item, field);
        break;
      case T::Object:
        object(node, *field.object, both_label(field));
        break;
      case T::ObjectList:
        if (!node.is_sequence()) {
          const Message kind = yaml::kind_in_words(node);
          report(node.position, Code::WrongType,
                 {label(field) + " must be a list of " + std::string(field.object->name) +
                      " entries, not " + kind.en,
                  "bij " + label(field) + " hoort een lijst (" +
                      std::string(field.object->name_nl()) + " per punt), niet " + kind.nl});
          break;
        }
        for (const auto& item : node.children)
          object(item, *field.object,
                 {"each entry of " + label(field), "elk punt onder " + label(field)});
        break;
      case T::ObjectMap:
        if (!node.is_mapping()) {
          const Message kind = yaml::kind_in_words(node);
          report(node.position, Code::WrongType,
                 {label(field) + " must be a mapping from IDs to " +
                      std::string(field.object->name) + " entries, not " + kind.en,
                  "onder " + label(field) + " hoort per ID een groep sleutels (" +
                      std::string(field.object->name_nl()) + "), niet " + kind.nl});
          break;
        }
        for (const auto& item : node.children) {
          const std::string key = "'" + util::escape_control(item.key) + "'";
          object(item, *field.object, {key, key});
        }
        break;
    }
  }

  void scalar(const yaml::Node& node, const FieldSchema& field) {
    if (node.is_mapping() && node.children.size() == 1 && !node.children[0].is_mapping() &&
        !node.children[0].is_sequence()) {
      key_value_text(node, field);
      return;
    }
    if (!node.is_scalar()) {
      report(node.position, not_text(field.name, yaml::kind_in_words(node)));
      return;
    }
    const Quoting quoting = node.quoted ? Quoting::Quoted : Quoting::Plain;
    if (auto problem = check_value(field, node.value, quoting))
      report(node.position, std::move(*problem));
  }

  /// Text such as "- Meldcode: versie 2025": the ': ' made YAML read a key and a value.
  void key_value_text(const yaml::Node& node, const FieldSchema& field) {
    const yaml::Node& pair = node.children[0];
    const std::string text =
        std::string(pair.key) + (pair.value.empty() ? ":" : ": " + std::string(pair.value));
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\\\"") : std::string(1, c);
    quoted += "\"";
    const std::string shown = util::escape_control(quoted);
    const std::string name(field.name);
    report(node.position, Code::WrongType,
           Message{"'" + name + "' must be text, but the ': ' after '" +
                       util::escape_control(pair.key) +
                       "' made YAML read a key and a value; put the text in quotes: " + shown,
                   "'" + name + "' moet tekst zijn, maar door de ': ' na '" +
                       util::escape_control(pair.key) +
                       "' leest YAML een sleutel en een waarde; zet de tekst tussen "
                       "aanhalingstekens: " +
                       shown},
           static_cast<std::uint32_t>(util::count_code_points(pair.key) + 1));
  }

  const SourceFile& source_;
  Diagnostics& diagnostics_;
};

}  // namespace

void validate(const yaml::Node& node, const ObjectSchema& schema, const SourceFile& source,
              Diagnostics& diagnostics) {
  Validator(source, diagnostics)
      .object(node, schema, {std::string(schema.name), std::string(schema.name_nl())});
}

}  // namespace labeltool::read
