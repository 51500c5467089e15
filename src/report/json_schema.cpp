#include "report/json_schema.hpp"

#include <set>

#include "util/json.hpp"

namespace labeltool::report {
namespace {

using read::ValueType;

/// The $defs name of an object schema: "scale value" → "scale_value".
std::string def_name(std::string_view name) {
  std::string out(name);
  for (char& c : out)
    if (c == ' ' || c == '-') c = '_';
  return out;
}

void collect(const read::ObjectSchema& schema, std::vector<const read::ObjectSchema*>& out,
             std::set<const read::ObjectSchema*>& seen) {
  if (!seen.insert(&schema).second) return;
  out.push_back(&schema);
  for (const auto& field : schema.fields)
    if (field.object) collect(*field.object, out, seen);
}

/// A scalar as YAML writes it: unquoted numbers and booleans are text to labeltool too.
void scalar(util::JsonWriter& json, const read::FieldSchema& field) {
  if (!field.allowed.empty()) {
    json.key("enum").begin_array();
    for (auto value : field.allowed) json.value(value);
    json.end_array();
    return;
  }
  json.key("type").begin_array().value("string").value("number").value("boolean").end_array();
}

void value_schema(util::JsonWriter& json, const read::FieldSchema& field) {
  json.begin_object();
  json.key("description").value(field.description);
  // An optional key may be written without a value ("toelichting:"); labeltool reads that
  // as absent.
  if (!field.required)
    json.key("anyOf")
        .begin_array()
        .begin_object()
        .key("type")
        .value("null")
        .end_object()
        .begin_object();
  const auto ref = [&](const read::ObjectSchema& object) {
    json.key("$ref").value("#/$defs/" + def_name(object.name));
  };
  switch (field.type) {
    case ValueType::Text:
      scalar(json, field);
      break;
    case ValueType::Id:
      json.key("type").begin_array().value("string").value("number").end_array();
      json.key("pattern").value(read::kIdPattern);
      break;
    case ValueType::Date:
      json.key("type").value("string").key("pattern").value(read::kDatePattern);
      break;
    case ValueType::Reference:
      json.key("type").value("string").key("pattern").value(read::kReferencePattern);
      break;
    case ValueType::Integer:
    case ValueType::Number:
      json.key("type").value(field.type == ValueType::Integer ? "integer" : "number");
      if (field.minimum) json.key("minimum").value(*field.minimum);
      if (field.maximum) json.key("maximum").value(*field.maximum);
      break;
    case ValueType::IdList:
      json.key("type").value("array").key("items").begin_object();
      json.key("type").begin_array().value("string").value("number").end_array();
      json.key("pattern").value(read::kIdPattern).end_object();
      break;
    case ValueType::TextList:
      json.key("type").value("array").key("items").begin_object();
      json.key("type").begin_array().value("string").value("number").value("boolean").end_array();
      json.end_object();
      break;
    case ValueType::Object:
      ref(*field.object);
      break;
    case ValueType::ObjectList:
      json.key("type").value("array").key("items").begin_object();
      ref(*field.object);
      json.end_object();
      break;
    case ValueType::ObjectMap:
      json.key("type").value("object").key("additionalProperties").begin_object();
      ref(*field.object);
      json.end_object();
      break;
  }
  if (!field.required) json.end_object().end_array();
  json.end_object();
}

void object_schema(util::JsonWriter& json, const read::ObjectSchema& schema) {
  json.key("type").value("object");
  json.key("description").value(schema.description);
  json.key("properties").begin_object();
  for (const auto& field : schema.fields) {
    json.key(field.name);
    value_schema(json, field);
  }
  json.end_object();
  json.key("required").begin_array();
  for (const auto& field : schema.fields)
    if (field.required) json.value(field.name);
  json.end_array();
  json.key("additionalProperties").value(false);
  if (schema.conditions.empty()) return;
  json.key("allOf").begin_array();
  for (const auto& condition : schema.conditions) {
    json.begin_object().key("description").value(condition.reason);
    json.key("if").begin_object();
    switch (condition.when) {
      case read::Condition::When::Present:
        json.key("required").begin_array().value(condition.key).end_array();
        break;
      case read::Condition::When::Absent:
        json.key("not")
            .begin_object()
            .key("required")
            .begin_array()
            .value(condition.key)
            .end_array()
            .end_object();
        break;
      case read::Condition::When::NotEqual:
        json.key("required").begin_array().value(condition.key).end_array();
        json.key("properties").begin_object().key(condition.key).begin_object();
        json.key("not").begin_object().key("const").value(condition.value).end_object();
        json.end_object().end_object();
        break;
    }
    json.end_object();
    json.key("then").begin_object();
    if (!condition.required.empty()) {
      json.key("required").begin_array();
      for (auto key : condition.required) json.value(key);
      json.end_array();
    }
    if (!condition.forbidden.empty()) {
      json.key("not").begin_object().key("anyOf").begin_array();
      for (auto key : condition.forbidden)
        json.begin_object().key("required").begin_array().value(key).end_array().end_object();
      json.end_array().end_object();
    }
    json.end_object().end_object();
  }
  json.end_array();
}

}  // namespace

std::string render_json_schema(const read::FileKind& kind) {
  std::vector<const read::ObjectSchema*> objects;
  std::set<const read::ObjectSchema*> seen;
  collect(*kind.root, objects, seen);
  util::JsonWriter json;
  json.begin_object();
  json.key("$schema").value("https://json-schema.org/draft/2020-12/schema");
  json.key("$id").value("https://labeltool.invalid/schemas/" +
                        std::string(kind.header.substr(0, kind.header.find('/'))) + ".schema.json");
  json.key("title").value("labeltool " + std::string(kind.header));
  object_schema(json, *kind.root);
  json.key("$defs").begin_object();
  for (std::size_t i = 1; i < objects.size(); ++i) {
    json.key(def_name(objects[i]->name)).begin_object();
    object_schema(json, *objects[i]);
    json.end_object();
  }
  json.end_object();
  json.end_object();
  return json.str();
}

}  // namespace labeltool::report
