#include "read/schema.hpp"

#include <charconv>
#include <cmath>
#include <string>

#include "util/text.hpp"

namespace labeltool::read {

const std::string_view kIdPattern = "^[A-Za-z0-9._-]{1,128}$";
const std::string_view kReferencePattern = "^[A-Za-z0-9._-]{1,128}@[A-Za-z0-9._-]{1,128}$";
const std::string_view kDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

namespace {

using T = ValueType;
constexpr bool required = true;
constexpr bool optional = false;

const std::vector<std::string_view> statuses = {"official", "draft", "illustrative"};
const std::vector<std::string_view> meanings = {"met", "partly-met", "not-met", "not-applicable"};
const std::vector<std::string_view> relations = {"equal", "subset", "superset", "intersects",
                                                 "not-related"};

const ObjectSchema& norm_schema() {
  static const ObjectSchema schema{
      "norm",
      "One requirement of a norm set.",
      {
          {"id", T::Id, required, "Unique ID of the norm within the norm set, e.g. V1 or 4.2."},
          {"title", T::Text, required, "Short title."},
          {"text", T::Text, required, "The requirement itself."},
          {"guidance", T::Text, optional, "How to read the norm; what good looks like."},
          {"evidence", T::TextList, optional, "Documents an auditor will ask to see."},
          {"applies_to", T::IdList, optional,
           "Scope IDs this norm applies to; absent means every scope."},
          {"discipline", T::IdList, optional, "Discipline IDs (interview groups) that answer it."},
      }};
  return schema;
}

const ObjectSchema& theme_schema() {
  static const ObjectSchema schema{
      "theme",
      "A group of norms (area, prestatiegebied).",
      {
          {"id", T::Id, required, "Unique ID of the theme."},
          {"title", T::Text, required, "Title of the theme."},
          {"description", T::Text, optional, "What the theme is about."},
          {"norms", T::ObjectList, required, "The norms of this theme.", &norm_schema()},
      }};
  return schema;
}

const ObjectSchema& scale_value_schema() {
  static const ObjectSchema schema{
      "scale value",
      "One answer value of the scale.",
      {
          {"value", T::Text, required, "The answer as written in a zelfevaluatie."},
          {"meaning", T::Text, required, "What the answer means for the verdict.", nullptr,
           meanings},
          {"score", T::Number, optional, "A number for averages."},
      }};
  return schema;
}

const ObjectSchema& verdict_schema() {
  static const ObjectSchema schema{
      "verdict",
      "The pass rule, as data.",
      {
          {"max_not_met", T::Integer, optional, "At most this many norms scored not-met.",
           nullptr, {}, 0.0},
          {"max_partly_met", T::Integer, optional, "At most this many norms scored partly-met.",
           nullptr, {}, 0.0},
          {"min_met_percent", T::Number, optional,
           "At least this percentage of the applicable norms met.", nullptr, {}, 0.0, 100.0},
          {"description", T::Text, required, "The rule in words; say when it is not official."},
      }};
  return schema;
}

const ObjectSchema& named_id_schema(std::string_view name, std::string_view description) {
  // Scopes and disciplines share one shape; each gets its own schema object for its name.
  static std::vector<std::unique_ptr<ObjectSchema>> made;
  made.push_back(std::make_unique<ObjectSchema>(ObjectSchema{
      name,
      description,
      {
          {"id", T::Id, required, "Unique ID."},
          {"name", T::Text, required, "Name as people say it."},
      }}));
  return *made.back();
}

const ObjectSchema& scope_schema() {
  static const ObjectSchema& schema =
      named_id_schema("scope", "A service or part of the organisation that norms can apply to.");
  return schema;
}

const ObjectSchema& discipline_schema() {
  static const ObjectSchema& schema =
      named_id_schema("discipline", "An interview group that answers norms in an audit.");
  return schema;
}

const ObjectSchema& maturity_level_schema() {
  static const ObjectSchema schema{
      "maturity level",
      "A development level (ontwikkelniveau).",
      {
          {"level", T::Integer, required, "The level number.", nullptr, {}, 1.0},
          {"name", T::Text, optional, "Its name, where known."},
      }};
  return schema;
}

const ObjectSchema& remove_schema() {
  static const ObjectSchema schema{
      "removal",
      "A norm of the base that does not hold in the variant.",
      {
          {"norm", T::Id, required, "ID of the norm to remove."},
          {"reason", T::Text, required, "Why it does not hold."},
      }};
  return schema;
}

const ObjectSchema& modify_schema() {
  static const ObjectSchema schema{
      "modification",
      "New values for fields of a norm of the base.",
      {
          {"norm", T::Id, required, "ID of the norm to change."},
          {"title", T::Text, optional, "New title."},
          {"text", T::Text, optional, "New text."},
          {"guidance", T::Text, optional, "New guidance."},
          {"evidence", T::TextList, optional, "New evidence list."},
          {"applies_to", T::IdList, optional, "New scope list."},
          {"discipline", T::IdList, optional, "New discipline list."},
      }};
  return schema;
}

const ObjectSchema& add_schema() {
  static const ObjectSchema schema{
      "addition",
      "Norms added to a theme of the base, or a new theme.",
      {
          {"theme", T::Id, required, "ID of an existing theme, or of a new one."},
          {"title", T::Text, optional, "Title, for a new theme."},
          {"description", T::Text, optional, "Description, for a new theme."},
          {"norms", T::ObjectList, required, "The norms to add.", &norm_schema()},
      }};
  return schema;
}

const ObjectSchema& carried_from_schema() {
  static const ObjectSchema schema{
      "carried-from entry",
      "Where labeltool gap took an answer from.",
      {
          {"normset", T::Reference, required, "The source norm set, id@version."},
          {"norm", T::Id, required, "The source norm."},
          {"relation", T::Text, required, "Source norm → this norm.", nullptr, relations},
          {"score", T::Text, required, "The source answer's score."},
          {"rule", T::Text, required, "The transfer rule that applied."},
      }};
  return schema;
}

const ObjectSchema& answer_schema() {
  static const ObjectSchema schema{
      "answer",
      "The organisation's answer for one norm.",
      {
          {"score", T::Text, optional,
           "A value of the norm set's scale; empty means not answered yet."},
          {"toelichting", T::Text, optional, "Explanation; required unless the norm is met."},
          {"evidence", T::TextList, optional, "Documents that show it."},
          {"action", T::Text, optional, "Improvement action, for anything not fully met."},
          {"owner", T::Text, optional, "Who carries out the action."},
          {"due", T::Date, optional, "When the action is due."},
          {"carried_from", T::ObjectList, optional,
           "Written by labeltool gap: the answers this one was carried over from.",
           &carried_from_schema()},
      }};
  return schema;
}

const ObjectSchema& mapping_schema() {
  static const ObjectSchema schema{
      "mapping",
      "A relation from a norm of the source set to a norm of the target set.",
      {
          {"source", T::Id, required, "Norm ID in the source norm set."},
          {"target", T::Id, required, "Norm ID in the target norm set."},
          {"relation", T::Text, required, "Set-theory relation (NIST IR 8477).", nullptr,
           relations},
          {"strength", T::Integer, optional, "0 (weak) to 10 (equal).", nullptr, {}, 0.0, 10.0},
          {"rationale", T::Text, optional, "Why they relate.", nullptr,
           {"syntactic", "semantic", "functional"}},
          {"note", T::Text, optional, "Free text."},
      }};
  return schema;
}

}  // namespace

const ObjectSchema& normset_schema() {
  static const ObjectSchema schema{
      "normset",
      "A norm set (normenkader), or a variant of one.",
      {
          {"labeltool", T::Text, required, "File kind and format version.", nullptr,
           {"normset/1"}},
          {"id", T::Id, required, "ID of the norm set, e.g. kssw."},
          {"version", T::Id, required, "Version, e.g. \"2019\" (quote it)."},
          {"name", T::Text, required, "Full name."},
          {"owner", T::Text, required, "Who owns the norm set."},
          {"valid_from", T::Date, optional, "First day it is valid."},
          {"valid_until", T::Date, optional, "Last day it is valid."},
          {"language", T::Text, required, "Language of the texts (BCP 47), e.g. nl."},
          {"status", T::Text, required, "official, draft, or illustrative (texts written by us).",
           nullptr, statuses},
          {"status_note", T::Text, optional,
           "What is real and what is not; required unless status is official."},
          {"source", T::TextList, optional, "URLs the real facts come from."},
          {"extends", T::Reference, optional, "For a variant: the base norm set, id@version."},
          {"scale", T::ObjectList, optional, "Answer values, best first (required unless extends).",
           &scale_value_schema()},
          {"verdict", T::Object, optional, "The pass rule (required unless extends).",
           &verdict_schema()},
          {"scopes", T::ObjectList, optional, "Services that norms can apply to.", &scope_schema()},
          {"disciplines", T::ObjectList, optional, "Interview groups.", &discipline_schema()},
          {"maturity_levels", T::ObjectList, optional, "Development levels.",
           &maturity_level_schema()},
          {"themes", T::ObjectList, optional, "Themes with their norms (not in a variant).",
           &theme_schema()},
          {"remove", T::ObjectList, optional, "Variant: norms removed.", &remove_schema()},
          {"modify", T::ObjectList, optional, "Variant: norms changed.", &modify_schema()},
          {"add", T::ObjectList, optional, "Variant: norms added.", &add_schema()},
      },
      {
          {"status", Condition::When::NotEqual, "official", {"status_note"}, {},
           "a norm set that is not official says what is real and what is not"},
          {"extends", Condition::When::Absent, "", {"scale", "verdict", "themes"},
           {"remove", "modify", "add"}, "a norm set that does not 'extends' another defines its own"},
          {"extends", Condition::When::Present, "", {}, {"themes"},
           "a variant changes its base with 'add', 'modify' and 'remove'"},
      }};
  return schema;
}

const ObjectSchema& zelfevaluatie_schema() {
  static const ObjectSchema schema{
      "zelfevaluatie",
      "An organisation's self-assessment against a norm set.",
      {
          {"labeltool", T::Text, required, "File kind and format version.", nullptr,
           {"zelfevaluatie/1"}},
          {"normset", T::Reference, required, "The norm set, id@version."},
          {"organisation", T::Text, required, "Name of the organisation."},
          {"scope", T::IdList, optional, "Scope IDs in the audit; absent means every scope."},
          {"date", T::Date, required, "Date of the self-assessment."},
          {"filled_in_by", T::TextList, optional, "People or teams who filled it in."},
          {"answers", T::ObjectMap, required, "Answers keyed by norm ID.", &answer_schema()},
      }};
  return schema;
}

const ObjectSchema& crosswalk_schema() {
  static const ObjectSchema schema{
      "crosswalk",
      "Relations between the norms of two norm sets.",
      {
          {"labeltool", T::Text, required, "File kind and format version.", nullptr,
           {"crosswalk/1"}},
          {"source", T::Reference, required, "Source norm set, id@version."},
          {"target", T::Reference, required, "Target norm set, id@version."},
          {"method", T::Text, required, "expert (people decided) or suggested (computed).",
           nullptr, {"expert", "suggested"}},
          {"status", T::Text, required, "official, draft, or illustrative.", nullptr, statuses},
          {"status_note", T::Text, optional, "Who made it and on what basis."},
          {"mappings", T::ObjectList, required, "The relations.", &mapping_schema()},
      },
      {
          {"status", Condition::When::NotEqual, "official", {"status_note"}, {},
           "a crosswalk that is not official says who made it and on what basis"},
      }};
  return schema;
}

const std::vector<FileKind>& file_kinds() {
  static const std::vector<FileKind> kinds = {
      {"normset/1", &normset_schema()},
      {"zelfevaluatie/1", &zelfevaluatie_schema()},
      {"crosswalk/1", &crosswalk_schema()},
  };
  return kinds;
}

std::optional<std::string> out_of_range(const FieldSchema& field, double value) {
  if (!(field.minimum && value < *field.minimum) && !(field.maximum && value > *field.maximum))
    return std::nullopt;
  const auto shown = [](double bound) {
    std::string text = std::to_string(bound);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
  };
  return field.maximum ? "from " + shown(*field.minimum) + " to " + shown(*field.maximum)
                       : "at least " + shown(*field.minimum);
}

const FieldSchema* ObjectSchema::field(std::string_view key) const {
  for (const auto& f : fields)
    if (f.name == key) return &f;
  return nullptr;
}

bool is_valid_id(std::string_view text) {
  if (text.empty() || text.size() > 128) return false;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool parse_number(std::string_view text, double& out) {
  text = util::trim(text);
  if (text.empty()) return false;
  if (text.front() == '+') text.remove_prefix(1);
  const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
  return result.ec == std::errc() && result.ptr == text.data() + text.size() && std::isfinite(out);
}

std::optional<long long> whole_number(double value) {
  if (!(std::fabs(value) <= kLargestWholeNumber) || std::trunc(value) != value) return std::nullopt;
  return static_cast<long long>(value);
}

namespace {

class Validator {
 public:
  Validator(const SourceFile& source, Diagnostics& diagnostics)
      : source_(source), diagnostics_(diagnostics) {}

  void object(const yaml::Node& node, const ObjectSchema& schema, std::string_view where) {
    if (!node.is_mapping()) {
      report(node.position, Code::WrongType,
             std::string(where) + " must be a mapping (" + std::string(schema.name) + "), not " +
                 std::string(yaml::describe_kind(node)));
      return;
    }
    for (const auto& child : node.children) {
      const FieldSchema* field = schema.field(child.key);
      if (!field) {
        unknown_key(child, schema);
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
               std::string(schema.name) + " has no '" + std::string(field.name) + "' (" +
                   std::string(description) + ")");
      }
    }
  }

 private:
  void check_condition(const yaml::Node& node, const ObjectSchema& schema, const Condition& condition) {
    const yaml::Node* key = node.find(condition.key);
    bool applies = false;
    switch (condition.when) {
      case Condition::When::Present: applies = key != nullptr; break;
      case Condition::When::Absent: applies = key == nullptr; break;
      case Condition::When::NotEqual: applies = key && key->is_scalar() && key->value != condition.value; break;
    }
    if (!applies) return;
    for (auto needed : condition.required) {
      if (node.find(needed)) continue;
      report(key ? key->key_position : node.position, Code::MissingKey,
             std::string(schema.name) + " has no '" + std::string(needed) + "' (" + std::string(condition.reason) + ")");
    }
    for (auto forbidden : condition.forbidden) {
      const yaml::Node* present = node.find(forbidden);
      if (!present) continue;
      report(present->key_position, Code::UnknownKey,
             "'" + std::string(forbidden) + "' is not allowed here (" + std::string(condition.reason) + ")");
    }
  }

  void report(Position position, Code code, std::string message, std::uint32_t span = 1) {
    auto diagnostic = make_diagnostic(source_, position, code, std::move(message));
    diagnostic.span = span;
    diagnostics_.push_back(std::move(diagnostic));
  }

  void unknown_key(const yaml::Node& child, const ObjectSchema& schema) {
    std::vector<std::string> known;
    for (const auto& f : schema.fields) known.emplace_back(f.name);
    std::string message = "unknown key '" + util::escape_control(child.key) + "' in " +
                          std::string(schema.name);
    if (auto suggestion = util::closest_match(child.key, known)) {
      message += " (did you mean '" + *suggestion + "'?)";
    }
    report(child.key_position, Code::UnknownKey, std::move(message),
           static_cast<std::uint32_t>(util::count_code_points(child.key)));
  }

  std::string label(const FieldSchema& field) { return "'" + std::string(field.name) + "'"; }

  void value(const yaml::Node& node, const FieldSchema& field) {
    if (node.is_null()) {
      if (field.required) {
        report(node.key_position, field.type == T::Text ? Code::EmptyText : Code::MissingKey,
               label(field) + " is empty");
      }
      return;
    }
    switch (field.type) {
      case T::Text: scalar(node, field); break;
      case T::Id: id(node, field); break;
      case T::Date:
        if (scalar(node, field) && !util::is_iso_date(node.value))
          report(node.position, Code::InvalidDate,
                 label(field) + " is '" + util::escape_control(node.value) +
                     "', not a date in the form YYYY-MM-DD");
        break;
      case T::Integer:
      case T::Number: number(node, field); break;
      case T::Reference:
        if (scalar(node, field)) reference(node, field);
        break;
      case T::IdList:
      case T::TextList:
        if (!node.is_sequence()) {
          report(node.position, Code::WrongType,
                 label(field) + " must be a list (- item per line, or [a, b]), not " +
                     std::string(yaml::describe_kind(node)));
          break;
        }
        for (const auto& item : node.children) {
          if (field.type == T::IdList) {
            id(item, field);
          } else {
            scalar(item, field);
          }
        }
        break;
      case T::Object: object(node, *field.object, label(field)); break;
      case T::ObjectList:
        if (!node.is_sequence()) {
          report(node.position, Code::WrongType,
                 label(field) + " must be a list of " + std::string(field.object->name) +
                     " entries, not " + std::string(yaml::describe_kind(node)));
          break;
        }
        for (const auto& item : node.children)
          object(item, *field.object, "each entry of " + label(field));
        break;
      case T::ObjectMap:
        if (!node.is_mapping()) {
          report(node.position, Code::WrongType,
                 label(field) + " must be a mapping from IDs to " +
                     std::string(field.object->name) + " entries, not " +
                     std::string(yaml::describe_kind(node)));
          break;
        }
        for (const auto& item : node.children) {
          object(item, *field.object, "'" + util::escape_control(item.key) + "'");
        }
        break;
    }
  }

  bool scalar(const yaml::Node& node, const FieldSchema& field) {
    if (!node.is_scalar()) {
      report(node.position, Code::WrongType,
             label(field) + " must be text, not " + std::string(yaml::describe_kind(node)));
      return false;
    }
    if (!field.allowed.empty()) {
      for (auto allowed : field.allowed)
        if (node.value == allowed) return true;
      std::vector<std::string> options(field.allowed.begin(), field.allowed.end());
      std::string message = label(field) + " is '" + util::escape_control(node.value) +
                            "'; allowed: ";
      for (std::size_t i = 0; i < options.size(); ++i) message += (i ? ", " : "") + options[i];
      if (auto suggestion = util::closest_match(node.value, options))
        message += " (did you mean '" + *suggestion + "'?)";
      report(node.position, Code::InvalidValue, std::move(message),
             static_cast<std::uint32_t>(util::count_code_points(node.value)));
      return false;
    }
    return true;
  }

  void id(const yaml::Node& node, const FieldSchema& field) {
    if (!scalar(node, field)) return;
    if (!is_valid_id(node.value)) {
      report(node.position, Code::InvalidId,
             label(field) + " '" + util::escape_control(node.value) +
                 "' is not a valid ID (letters, digits and . _ - only, at most 128)");
    }
  }

  void number(const yaml::Node& node, const FieldSchema& field) {
    if (!scalar(node, field)) return;
    double parsed = 0;
    const bool whole = field.type == T::Integer;
    if (node.quoted || !parse_number(node.value, parsed) || (whole && !whole_number(parsed))) {
      report(node.position, Code::WrongType,
             label(field) + " must be " + (whole ? "a whole number of at most 15 digits" : "a number") +
                 ", not '" + util::escape_control(node.value) + "'");
      return;
    }
    if (auto range = out_of_range(field, parsed))
      report(node.position, Code::InvalidValue,
             label(field) + " is " + std::string(node.value) + "; it must be " + *range);
  }

  void reference(const yaml::Node& node, const FieldSchema& field) {
    const auto at = node.value.find('@');
    if (at == std::string::npos || !is_valid_id(std::string_view(node.value).substr(0, at)) ||
        !is_valid_id(std::string_view(node.value).substr(at + 1))) {
      report(node.position, Code::InvalidReference,
             label(field) + " is '" + util::escape_control(node.value) +
                 "'; a norm set is named id@version, e.g. kssw@2019");
    }
  }

  const SourceFile& source_;
  Diagnostics& diagnostics_;
};

}  // namespace

void validate(const yaml::Node& node, const ObjectSchema& schema, const SourceFile& source,
              Diagnostics& diagnostics) {
  Validator(source, diagnostics).object(node, schema, schema.name);
}

std::optional<std::pair<std::string, std::string>> split_reference(std::string_view reference) {
  const auto at = reference.find('@');
  if (at == std::string_view::npos) return std::nullopt;
  std::string id(reference.substr(0, at)), version(reference.substr(at + 1));
  if (!is_valid_id(id) || !is_valid_id(version)) return std::nullopt;
  return std::make_pair(std::move(id), std::move(version));
}

}  // namespace labeltool::read
