#pragma once
/// A small JSON writer: builds correctly escaped JSON text into a string.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace labeltool::util {

/// `text` as a JSON string literal, quotes included. Control characters are escaped and
/// invalid UTF-8 bytes become U+FFFD, so the output is always valid JSON.
std::string json_quote(std::string_view text);

/// Writes JSON with two-space indentation. Calls must nest properly:
/// begin_object / key / value ... end_object.
class JsonWriter {
 public:
  /// `depth`: how many levels deep the first value sits, for writing a fragment of a larger
  /// document (its lines are indented to match).
  explicit JsonWriter(std::size_t depth = 0) : depth_(depth) {}
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(std::uint64_t number);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(unsigned number) { return value(static_cast<std::uint64_t>(number)); }
  JsonWriter& value(double number);
  JsonWriter& null();
  /// Inserts already-valid JSON text as a value.
  JsonWriter& raw(std::string_view json);
  /// The document so far, with a final newline once everything is closed.
  std::string str() const;

 private:
  void before_value();
  JsonWriter& close(char bracket);
  void newline();
  std::string out_;
  std::vector<bool> first_;  ///< per open container: no element written yet
  bool after_key_ = false;
  std::size_t depth_ = 0;
};

}  // namespace labeltool::util
