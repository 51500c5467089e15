// One value rule, one message: the same bad value reads the same in YAML and in CSV.
#include <doctest/doctest.h>

#include <string>

#include "input/kind.hpp"
#include "read/normset_csv.hpp"
#include "read/normset_reader.hpp"
#include "read/values.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "support/helpers.hpp"

using namespace labeltool;
using labeltool::testing::render;

namespace {

const std::string yaml_set = R"(labeltool: normset/1
id: hx
version: "1"
name: H
owner: O
language: nl
status: draft
status_note: Test.
scale:
  - {value: voldoet, meaning: met, score: 2}
  - {value: voldoet niet, meaning: not-met, score: 0}
verdict:
  max_not_met: 0
  description: Geen.
themes:
  - id: A
    title: Thema A
    norms:
      - {id: A1, title: Titel, text: Tekst}
)";

const std::string csv_set =
    "labeltool,normset/1\nid,hx\nversion,1\nname,H\nowner,O\nlanguage,nl\nstatus,draft\n"
    "status_note,Test.\nscale,voldoet,met,2\nscale,voldoet niet,not-met,0\n"
    "verdict.max_not_met,0\nverdict.description,Geen.\ntheme,A,Thema A,\n\n"
    "theme,norm,title,text\nA,A1,Titel,Tekst\n";

const std::string yaml_zelfevaluatie = R"(labeltool: zelfevaluatie/1
normset: hx@1
organisation: X
date: 2026-10-01
answers:
  A1: {score: voldoet, due: 2026-12-01}
)";

const std::string csv_zelfevaluatie =
    "labeltool,zelfevaluatie/1\nnormset,hx@1\norganisation,X\ndate,2026-10-01\n\n"
    "norm,title,score,toelichting,evidence,action,owner,due\nA1,Titel,voldoet,,,,,2026-12-01\n";

/// `text` with its one occurrence of `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

/// The message of the one finding with `code`; the whole rendering when there is not one.
std::string message_with(const Diagnostics& diagnostics, Code code) {
  const Diagnostic* found = nullptr;
  for (const auto& diagnostic : diagnostics) {
    if (diagnostic.code != code) continue;
    if (found) return "more than one finding with that code:\n" + render(diagnostics);
    found = &diagnostic;
  }
  return found ? found->message : "no finding with that code:\n" + render(diagnostics);
}

Diagnostics read_yaml(const std::string& text) {
  Diagnostics diagnostics;
  auto document = yaml::parse_yaml("t.yaml", text, {}, diagnostics);
  REQUIRE(document);
  const auto kind = input::yaml_kind(*document, diagnostics);
  REQUIRE(kind);
  if (kind == input::Kind::Normset) {
    read::read_normset(*document, diagnostics);
  } else {
    read::read_zelfevaluatie(*document, diagnostics);
  }
  return diagnostics;
}

Diagnostics read_normset_csv(const std::string& text) {
  Diagnostics diagnostics;
  read::read_normset_csv("t.csv", text, diagnostics);
  return diagnostics;
}

Diagnostics read_zelfevaluatie_csv(const std::string& text) {
  Diagnostics diagnostics;
  read::read_zelfevaluatie_csv("t.csv", text, diagnostics);
  return diagnostics;
}

/// Puts one bad value into the YAML and the CSV form of a norm set; both must report it with
/// `code` and the same message, which is returned.
std::string same_in_both(const std::string& yaml_from, const std::string& yaml_to,
                         const std::string& csv_from, const std::string& csv_to, Code code) {
  REQUIRE(render(read_yaml(yaml_set)) == "");
  REQUIRE(render(read_normset_csv(csv_set)) == "");
  const std::string from_yaml =
      message_with(read_yaml(replaced(yaml_set, yaml_from, yaml_to)), code);
  const std::string from_csv =
      message_with(read_normset_csv(replaced(csv_set, csv_from, csv_to)), code);
  CHECK(from_yaml == from_csv);
  return from_yaml;
}

}  // namespace

TEST_CASE("an invalid ID reads the same in YAML and CSV") {
  CHECK(same_in_both("{id: A1,", "{id: \"A 1\",", "A,A1,", "A,A 1,", Code::InvalidId) ==
        "'id' 'A 1' is not a valid ID (letters, digits and . _ - only, at most 128)");
  const std::string long_id(read::kLongestId + 1, 'x');
  CHECK(same_in_both("id: hx", "id: " + long_id, "id,hx", "id," + long_id, Code::InvalidId) ==
        "'id' '" + long_id + "' is not a valid ID (letters, digits and . _ - only, at most 128)");
}

TEST_CASE("an invalid date reads the same in YAML and CSV") {
  CHECK(same_in_both("language: nl", "language: nl\nvalid_from: 2021-13-01", "language,nl",
                     "language,nl\nvalid_from,2021-13-01", Code::InvalidDate) ==
        "'valid_from' is '2021-13-01', which is not a real date (there is no month 13)");
  // And in the two forms of a zelfevaluatie, for its own date fields.
  const auto yaml_due =
      read_yaml(replaced(yaml_zelfevaluatie, "due: 2026-12-01", "due: 2026-02-30"));
  const auto csv_due =
      read_zelfevaluatie_csv(replaced(csv_zelfevaluatie, ",2026-12-01", ",2026-02-30"));
  CHECK(message_with(yaml_due, Code::InvalidDate) == message_with(csv_due, Code::InvalidDate));
  CHECK(message_with(csv_due, Code::InvalidDate) ==
        "'due' is '2026-02-30', which is not a real date (February 2026 has 28 days)");
}

TEST_CASE("a number that is not whole, or out of range, reads the same in YAML and CSV") {
  CHECK(same_in_both("max_not_met: 0", "max_not_met: 1.5", "verdict.max_not_met,0",
                     "verdict.max_not_met,1.5", Code::WrongType) ==
        "'max_not_met' must be a whole number of at most 15 digits, not '1.5'");
  CHECK(same_in_both("max_not_met: 0", "max_not_met: 1234567890123456", "verdict.max_not_met,0",
                     "verdict.max_not_met,1234567890123456", Code::WrongType) ==
        "'max_not_met' must be a whole number of at most 15 digits, not '1234567890123456'");
  CHECK(same_in_both("max_not_met: 0", "max_not_met: -1", "verdict.max_not_met,0",
                     "verdict.max_not_met,-1",
                     Code::InvalidValue) == "'max_not_met' is -1; it must be at least 0");
}

TEST_CASE("a value outside its vocabulary reads the same in YAML and CSV, with did-you-mean") {
  CHECK(same_in_both("status: draft", "status: drafty", "status,draft", "status,drafty",
                     Code::InvalidValue) ==
        "'status' is 'drafty'; allowed: official, draft, illustrative (did you mean 'draft'?)");
  CHECK(same_in_both("meaning: not-met", "meaning: not-mett", "not-met,0", "not-mett,0",
                     Code::InvalidValue) ==
        "'meaning' is 'not-mett'; allowed: met, partly-met, not-met, not-applicable (did you "
        "mean 'not-met'?)");
}

TEST_CASE("an empty required text reads the same in YAML and CSV") {
  CHECK(same_in_both("owner: O", "owner:", "owner,O", "owner,", Code::EmptyText) ==
        "'owner' is empty");
  CHECK(same_in_both("title: Titel", "title: ", "A,A1,Titel,", "A,A1,,", Code::EmptyText) ==
        "'title' is empty");
}
