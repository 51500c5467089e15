#pragma once
/// The rule table for every file kind: which keys an object has, their types, which are
/// required and what values are allowed. The readers validate against it and
/// `labeltool schema` turns it into JSON Schema, so the two cannot drift apart.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"
#include "read/values.hpp"  // the value rules the table names
#include "yaml/document.hpp"

namespace labeltool::read {

enum class ValueType {
  Text,        ///< any scalar
  Id,          ///< a scalar of letters, digits and . _ -
  IdList,      ///< a list of Ids
  TextList,    ///< a list of scalars
  Date,        ///< YYYY-MM-DD
  Integer,     ///< a whole number
  Number,      ///< any number
  Reference,   ///< id@version
  Object,      ///< a mapping described by `object`
  ObjectList,  ///< a list of mappings described by `object`
  ObjectMap,   ///< a mapping from IDs to mappings described by `object`
};

struct ObjectSchema;

/// One key of an object.
struct FieldSchema {
  std::string_view name;
  ValueType type;
  bool required;
  std::string_view description;
  const ObjectSchema* object = nullptr;          ///< for Object, ObjectList, ObjectMap
  std::vector<std::string_view> allowed = {};    ///< the vocabulary, when there is one
  std::optional<double> minimum = std::nullopt;  ///< for numbers
  std::optional<double> maximum = std::nullopt;
};

/// A rule that ties keys together: when `key` is present / absent / not equal to `value`,
/// the `required` keys must be there and the `forbidden` ones must not.
struct Condition {
  enum class When { Present, Absent, NotEqual };
  std::string_view key;
  When when;
  std::string_view value;  ///< for NotEqual
  std::vector<std::string_view> required;
  std::vector<std::string_view> forbidden;
  std::string_view reason;          ///< why, for messages and the schema's description
  std::string_view reason_nl = {};  ///< the same in Dutch, for the findings a coordinator reads
};

/// A kind of mapping, e.g. "norm" or "scale value".
struct ObjectSchema {
  std::string_view name;
  std::string_view description;
  std::vector<FieldSchema> fields;
  std::vector<Condition> conditions = {};
  const FieldSchema* field(std::string_view key) const;
  /// The name as a coordinator says it in Dutch, with its article ("het antwoord").
  std::string_view name_nl() const;
};

/// A file kind: its header value and its root object.
struct FileKind {
  std::string_view header;  ///< e.g. "normset/1"
  const ObjectSchema* root;
};

/// Every file kind labeltool reads.
const std::vector<FileKind>& file_kinds();
const ObjectSchema& normset_schema();
const ObjectSchema& zelfevaluatie_schema();
const ObjectSchema& crosswalk_schema();
const ObjectSchema& audit_schema();
const ObjectSchema& groups_schema();  ///< groups/1 (issue 16)

/// The key of `schema` that `word` is another word for: the Dutch one a coordinator writes
/// ("bewijs" for "evidence", "eigenaar" for "owner"), compared in lower case; "" when it is
/// none. Unknown-key and unknown-column findings use it for their did-you-mean, beside the
/// edit distance that catches typos.
std::string_view synonym_key(const ObjectSchema& schema, std::string_view word);

}  // namespace labeltool::read
