// util/json: json_quote and JsonWriter produce exactly the text a reader expects.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>

#include "util/json.hpp"

using labeltool::util::json_quote;
using labeltool::util::JsonWriter;

TEST_SUITE_BEGIN("util/json");

TEST_CASE("json_quote escapes quotes, backslashes and control characters") {
  CHECK(json_quote("") == "\"\"");
  CHECK(json_quote("plain / text") == "\"plain / text\"");
  CHECK(json_quote("say \"hi\" \\ bye") == "\"say \\\"hi\\\" \\\\ bye\"");
  CHECK(json_quote("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
  CHECK(json_quote(std::string("\0\x01\x1b\x1f\x7f", 5)) ==
        "\"\\u0000\\u0001\\u001b\\u001f\\u007f\"");
}

TEST_CASE("json_quote keeps valid UTF-8 and replaces invalid bytes with U+FFFD") {
  CHECK(json_quote("Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80") ==
        "\"Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"");
  CHECK(json_quote("Caf\xe9!") == "\"Caf\xef\xbf\xbd!\"");
  CHECK(json_quote("\xc0\xaf") == "\"\xef\xbf\xbd\xef\xbf\xbd\"");    // overlong: two bytes
  CHECK(json_quote("x\xe2\x82") == "\"x\xef\xbf\xbd\xef\xbf\xbd\"");  // cut off at the end
  CHECK(json_quote("\xff") == "\"\xef\xbf\xbd\"");
}

TEST_CASE("JsonWriter nests objects and arrays with two-space indentation") {
  JsonWriter json;
  json.begin_object();
  json.key("schema").value("labeltool-test/1");
  json.key("files").begin_array().value("a.yaml").value("b.yaml").end_array();
  json.key("summary").begin_object().key("errors").value(2).key("clean").value(false).end_object();
  json.key("empty_list").begin_array().end_array();
  json.key("empty_object").begin_object().end_object();
  json.key("nothing").null();
  json.end_object();
  CHECK(json.str() ==
        "{\n"
        "  \"schema\": \"labeltool-test/1\",\n"
        "  \"files\": [\n"
        "    \"a.yaml\",\n"
        "    \"b.yaml\"\n"
        "  ],\n"
        "  \"summary\": {\n"
        "    \"errors\": 2,\n"
        "    \"clean\": false\n"
        "  },\n"
        "  \"empty_list\": [],\n"
        "  \"empty_object\": {},\n"
        "  \"nothing\": null\n"
        "}\n");
}

TEST_CASE("JsonWriter: arrays of arrays, and a lone value") {
  JsonWriter nested;
  nested.begin_array().begin_array().value(1).end_array().begin_array().end_array().end_array();
  CHECK(nested.str() == "[\n  [\n    1\n  ],\n  []\n]\n");
  JsonWriter lone;
  lone.value(true);
  CHECK(lone.str() == "true\n");
}

TEST_CASE("JsonWriter ends with a newline only once everything is closed") {
  JsonWriter json;
  json.begin_object().key("a");
  CHECK(json.str() == "{\n  \"a\": ");
  json.value(1);
  CHECK(json.str() == "{\n  \"a\": 1");
  json.end_object();
  CHECK(json.str() == "{\n  \"a\": 1\n}\n");
}

TEST_CASE("JsonWriter with a depth writes a fragment indented to fit a larger document") {
  JsonWriter fragment(2);
  fragment.begin_object().key("line").value(3).key("codes").begin_array().value("x").end_array();
  fragment.end_object();
  CHECK(fragment.str() ==
        "{\n"
        "      \"line\": 3,\n"
        "      \"codes\": [\n"
        "        \"x\"\n"
        "      ]\n"
        "    }");
}

TEST_CASE("JsonWriter escapes keys and string values") {
  JsonWriter json;
  json.begin_object().key("a\"b\n").value("\x1b[31m\xff").end_object();
  CHECK(json.str() == "{\n  \"a\\\"b\\n\": \"\\u001b[31m\xef\xbf\xbd\"\n}\n");
}

TEST_CASE("JsonWriter writes integers exactly and every double as a JSON number or null") {
  JsonWriter json;
  json.begin_array();
  json.value(0).value(-42).value(std::numeric_limits<std::int64_t>::min());
  json.value(std::numeric_limits<std::uint64_t>::max()).value(7u);
  json.value(0.5).value(62.5).value(100.0).value(200.0 / 3).value(1e21).value(-0.25);
  json.value(std::numeric_limits<double>::quiet_NaN());
  json.value(std::numeric_limits<double>::infinity());
  json.value(-std::numeric_limits<double>::infinity());
  json.end_array();
  CHECK(json.str() ==
        "[\n  0,\n  -42,\n  -9223372036854775808,\n  18446744073709551615,\n  7,\n"
        "  0.5,\n  62.5,\n  100,\n  66.66666666666667,\n  1e+21,\n  -0.25,\n"
        "  null,\n  null,\n  null\n]\n");
}

TEST_CASE("JsonWriter::raw inserts ready JSON as one value") {
  JsonWriter json;
  json.begin_array().raw("{\"k\": [1, 2]}").value("next").end_array();
  CHECK(json.str() == "[\n  {\"k\": [1, 2]},\n  \"next\"\n]\n");
}

TEST_CASE("JsonWriter writes each double as the shortest text that reads back the same") {
  // With 10 significant digits, 0.1 + 0.2 and 1/3 came back as other numbers.
  for (const double number :
       {0.1 + 0.2, 1.0 / 3, 123456789.123456789, 5e-324, 1.7976931348623157e308, 2.0 / 3 * 100}) {
    JsonWriter json;
    json.value(number);
    std::string text = json.str();
    if (!text.empty() && text.back() == '\n') text.pop_back();
    CAPTURE(text);
    CHECK(std::strtod(text.c_str(), nullptr) == number);
    CHECK(text.size() <= 24);
  }
  JsonWriter json;
  json.value(0.1);
  CHECK(json.str().rfind("0.1", 0) == 0);
  CHECK(json.str().find("0.1000") == std::string::npos);
}

TEST_SUITE_END();
