// What Excel saves and what people type: Windows-1252, ';', CRLF, padded rows, Dutch dates,
// scores in other capitals or with a non-breaking space, and errors that name the real cause.
// The bytes are generated here as Excel writes them; tests/fixtures/excel/ keeps two files.
#include <doctest/doctest.h>

#include "analysis/check.hpp"
#include "read/csv.hpp"
#include "read/normset_reader.hpp"
#include "read/zelfevaluatie_reader.hpp"
#include "report/check_report.hpp"
#include "support/helpers.hpp"
#include "util/date.hpp"
#include "util/encoding.hpp"

using namespace labeltool;
using labeltool::testing::codes;
using labeltool::testing::parse_errors;
using labeltool::testing::render;

namespace {

/// A set with a partly-met value and, with `na`, a not-applicable one spelt `na`.
std::string normset_text(const std::string& na = "") {
  return "labeltool: normset/1\nid: mini\nversion: \"1\"\nname: Mini\nowner: Tests\n"
         "language: nl\nstatus: illustrative\nstatus_note: Voor de tests.\nscale:\n"
         "  - {value: voldoet, meaning: met}\n  - {value: voldoet deels, meaning: partly-met}\n"
         "  - {value: voldoet niet, meaning: not-met}\n" +
         (na.empty() ? "" : "  - {value: " + na + ", meaning: not-applicable}\n") +
         "verdict:\n  max_not_met: 0\n  description: Geen 'voldoet niet'.\n"
         "scopes:\n  - {id: budgetbeheer, name: Budgetbeheer}\n  - {id: sw, name: Sociaal werk}\n"
         "themes:\n  - id: A\n    title: Alles\n    norms:\n"
         "      - {id: A1, title: Een, text: Een.}\n"
         "      - {id: A2, title: Twee, text: Twee., applies_to: [budgetbeheer]}\n";
}

/// The rows of a zelfevaluatie CSV, as Excel NL writes them: ';', CRLF, every row padded with
/// ';' to `width` cells. Cells are given as written (already quoted where needed).
std::string excel_csv(const std::vector<std::vector<std::string>>& rows, std::size_t width = 9) {
  std::string out;
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < width; ++i) {
      if (i > 0) out += ';';
      if (i < row.size()) out += row[i];
    }
    out += "\r\n";
  }
  return out;
}

/// The metadata rows and the answer header, then `answers`.
std::string zelfevaluatie_csv(const std::vector<std::vector<std::string>>& answers,
                              const std::string& date = "2026-10-01") {
  std::vector<std::vector<std::string>> rows = {
      {"labeltool", "zelfevaluatie/1"},
      {"normset", "mini@1"},
      {"organisation", "Test"},
      {"scope", "sw"},
      {"date", date},
      {},
      {"norm", "title", "score", "toelichting", "evidence", "action", "owner", "due"}};
  rows.insert(rows.end(), answers.begin(), answers.end());
  return excel_csv(rows);
}

/// A zelfevaluatie/1 YAML text with `answers` (lines under 'answers:').
std::string zelfevaluatie_yaml(const std::string& answers, const std::string& scope = "[sw]") {
  return "labeltool: zelfevaluatie/1\nnormset: mini@1\norganisation: Test\nscope: " + scope +
         "\ndate: 2026-10-01\nanswers:\n" + answers;
}

/// Everything a file read and checked says: reading and checking findings, and the report.
struct Checked {
  Diagnostics diagnostics;
  std::string report;  ///< the text report, in Dutch
  analysis::Tally total;
  analysis::Verdict::Outcome outcome = analysis::Verdict::Outcome::Incomplete;
  std::string text() const { return render(diagnostics); }
};

Checked check_z(std::optional<model::Zelfevaluatie> z, Diagnostics read,
                const std::string& set_text) {
  Checked out;
  out.diagnostics = std::move(read);
  REQUIRE(z);
  Diagnostics ignored;
  auto set_document = yaml::parse_yaml("mini.yaml", set_text, {}, ignored);
  REQUIRE(set_document);
  auto set = read::read_normset(*set_document, ignored);
  REQUIRE(render(ignored) == "");
  auto result = analysis::check_zelfevaluatie(*z, set, "2026-11-01");
  out.diagnostics.insert(out.diagnostics.end(), result.diagnostics.begin(),
                         result.diagnostics.end());
  sort_by_position(out.diagnostics);
  out.total = result.total;
  out.outcome = result.verdict.outcome;
  report::CheckedFile file;
  file.path = "z";
  file.zelfevaluatie = &*z;
  file.set = &set;
  file.result = &result;
  out.report = report::render_check_text(file, report::Lang::Nl, report::Colour::Off, 0);
  return out;
}

Checked check_csv(const std::string& bytes, const std::string& set_text = normset_text()) {
  Diagnostics read;
  auto z = read::read_zelfevaluatie_csv("z.csv", bytes, read);
  return check_z(std::move(z), std::move(read), set_text);
}

Checked check_yaml(const std::string& text, const std::string& set_text = normset_text()) {
  Diagnostics read;
  auto document = yaml::parse_yaml("z.yaml", text, {}, read);
  REQUIRE(document);
  auto z = read::read_zelfevaluatie(*document, read);
  return check_z(std::move(z), std::move(read), set_text);
}

/// The message of the only finding with `code`, "" when there is none or more than one.
std::string message_of(const Diagnostics& diagnostics, const std::string& code) {
  std::string found;
  int count = 0;
  for (const auto& d : diagnostics)
    if (code_name(d.code) == code) found = d.message, ++count;
  return count == 1 ? found : "";
}

std::string dutch_message_of(const Diagnostics& diagnostics, const std::string& code) {
  for (const auto& d : diagnostics)
    if (code_name(d.code) == code) return d.message_nl;
  return "";
}

}  // namespace

TEST_SUITE_BEGIN("util/encoding");

TEST_CASE("Windows-1252 is decoded with its whole table, 0x80-0x9F included") {
  const auto decoded =
      util::decode_cp1252("\x80 \x84\x85\x91\x92\x93\x94\x96\x97\x99 \xEB\xE9\xEF\xA0");
  CHECK(decoded.utf8 == "€ „…‘’“”–—™ ëéï\u00A0");
  CHECK_FALSE(decoded.first_undefined);
  const auto holes = util::decode_cp1252("ok\x81x\x9D");
  CHECK(holes.first_undefined == 2u);
  CHECK(holes.utf8 == "ok\uFFFDx\uFFFD");
  // A line already in UTF-8 keeps its characters.
  CHECK(util::decode_cp1252("één \xE9").utf8 == "één é");
  CHECK(util::cp1252_character(0x80) == "€");
  CHECK(util::cp1252_character(0x81) == "");
}

TEST_CASE("invisible characters are shown and named, folding ignores them and capitals") {
  CHECK(util::show_invisible("voldoet\u00A0deels") == "voldoet\u2423deels");
  CHECK(util::show_invisible("a\u200Bb\tc") == "a<U+200B>b\\tc");
  const auto named = util::invisible_characters("x\u00A0y\u00A0\u202F");
  REQUIRE(named.size() == 2);
  CHECK(named[0].code == "U+00A0");
  CHECK(named[0].en == "a non-breaking space");
  CHECK(named[1].code == "U+202F");
  CHECK(util::fold_for_comparison("  VOLDOET\u00A0 Deels\u200B ") == "voldoet deels");
  CHECK(util::fold_for_comparison("ÉÉN") == "één");
  CHECK(util::normalise_line_ends("a\r\nb\rc\n") == "a\nb\nc\n");
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("util/date");

TEST_CASE("dates as Excel NL writes them, and dates that do not exist") {
  using util::DateForm;
  const auto iso = util::read_date("2026-12-01");
  CHECK(iso.form == DateForm::Iso);
  CHECK(iso.exists);
  for (const char* text : {"1-12-2026", "01-12-2026"}) {
    CAPTURE(text);
    const auto dutch = util::read_date(text);
    CHECK(dutch.form == DateForm::DutchLong);
    CHECK(dutch.iso == "2026-12-01");
    CHECK(dutch.exists);
  }
  const auto short_year = util::read_date("1-12-26");
  CHECK(short_year.form == DateForm::DutchShort);
  CHECK(short_year.iso == "2026-12-01");
  CHECK(util::read_date("1-1-95").iso == "1995-01-01");  // as Excel picks the century
  CHECK_FALSE(util::read_date("30-2-2026").exists);
  CHECK(util::read_date("1 december 2026").form == DateForm::Other);
  CHECK(util::read_date("2026/12/01").form == DateForm::Other);
  CHECK(util::why_not_a_date("2026-02-30").en == "February 2026 has 28 days");
  CHECK(util::why_not_a_date("2024-02-30").nl == "februari 2024 heeft 29 dagen");
  CHECK(util::why_not_a_date("2026-13-01").en == "there is no month 13");
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/csv");

TEST_CASE("a Windows-1252 CSV is read as Windows-1252, with one note where it shows") {
  const std::string bytes = zelfevaluatie_csv({{"A1", "Een", "voldoet deels",
                                                "\"Budget \x80 2.500; \x93te krap\x94 \x96 "
                                                "co\xF6rdinator\r\nzie \x91plan\x92\"",
                                                "Begroting", "Actie", "Co\xEBn", "2027-01-01"}});
  Diagnostics diagnostics;
  auto z = read::read_zelfevaluatie_csv("z.csv", bytes, diagnostics);
  REQUIRE(z);
  CHECK(render(diagnostics) ==
        "z.csv:8:30: note[read-as-windows-1252]: the file is not UTF-8; it was read as "
        "Windows-1252, as Excel saves CSV (byte 0x80 here is '€')\n"
        " 8 | A1;Een;voldoet deels;\"Budget € 2.500; “te krap” – coördinator\n"
        "   |                              ^\n");
  CHECK(dutch_message_of(diagnostics, "read-as-windows-1252") ==
        "het bestand is geen UTF-8; het is gelezen als Windows-1252, zoals Excel CSV opslaat "
        "(byte 0x80 is hier '€')");
  REQUIRE(z->answers.size() == 1);
  CHECK(z->answers[0].toelichting == "Budget € 2.500; “te krap” – coördinator\nzie ‘plan’");
  CHECK(z->answers[0].owner == "Coën");
}

TEST_CASE("a byte neither UTF-8 nor Windows-1252 is an error at its place, the rest is read") {
  const std::string bytes =
      zelfevaluatie_csv({{"A1", "Een", "voldoet", "ok\x81"}, {"A2", "Twee", "voldoet niet"}});
  Diagnostics diagnostics;
  auto z = read::read_zelfevaluatie_csv("z.csv", bytes, diagnostics);
  REQUIRE(z);
  CHECK(codes(diagnostics) == std::vector<std::string>{"invalid-utf8"});
  CHECK(diagnostics[0].position.line == 8);
  CHECK(diagnostics[0].position.column == 18);
  CHECK(diagnostics[0].message.find("byte 0x81 is not a character in UTF-8 or in Windows-1252") ==
        0);
  CHECK(z->answers.size() == 2);
}

TEST_CASE("semicolon or comma, BOM or not, CRLF or LF: the same answers") {
  const std::string excel = zelfevaluatie_csv({{"A1", "Een", "voldoet", "", "\"a\r\nb\""}});
  std::string comma = excel;
  for (auto& c : comma) c = c == ';' ? ',' : c;
  std::string lf = "\xEF\xBB\xBF" + excel;
  for (auto at = lf.find("\r\n"); at != std::string::npos; at = lf.find("\r\n", at))
    lf.erase(at, 1);
  for (const std::string& bytes : {excel, comma, lf}) {
    Diagnostics diagnostics;
    auto z = read::read_zelfevaluatie_csv("z.csv", bytes, diagnostics);
    CHECK(render(diagnostics) == "");
    REQUIRE(z);
    REQUIRE(z->answers.size() == 1);
    CHECK(z->answers[0].evidence == std::vector<std::string>{"a", "b"});
    CHECK(z->answers[0].score_position.line == 8);
  }
}

TEST_CASE("a CSV with one bad row still reports the other rows' findings") {
  // Row 8 opens a quote it never closes; rows 9 and 10 are still read and checked. (A1 has
  // no score left, so it is unanswered: missing-answer at the table's header, line 7.)
  const auto checked = check_csv(zelfevaluatie_csv(
      {{"A1", "\"Een", "voldoet"}, {"A2", "Twee", "voldoet niet"}, {"A3", "Drie", "voldoet"}}));
  CHECK(checked.text().find(
            "z.csv:8:4: error[csv-syntax]: this quoted cell is never closed: a '\"' is missing; "
            "the cell was read up to the end of line 8 and the rows after it as usual\n") !=
        std::string::npos);
  CHECK(codes(checked.diagnostics) ==
        std::vector<std::string>{"missing-answer", "csv-syntax", "out-of-scope", "unknown-norm"});
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/zelfevaluatie_reader");

TEST_CASE("a column of one's own is ignored with a note, a Dutch column name is meant") {
  std::string bytes = zelfevaluatie_csv({{"A1", "Een", "voldoet", "", "", "", "", "", "mijn"}});
  bytes.replace(bytes.find("owner;due;"), 10, "eigenaar;due;opmerking");
  Diagnostics diagnostics;
  auto z = read::read_zelfevaluatie_csv("z.csv", bytes, diagnostics);
  REQUIRE(z);
  CHECK(render(diagnostics) ==
        "z.csv:7:46: error[unknown-key]: unknown column 'eigenaar' (did you mean 'owner'?)\n"
        " 7 | norm;title;score;toelichting;evidence;action;eigenaar;due;opmerking\n"
        "   |                                              ^\n"
        "z.csv:7:59: note[ignored-column]: column 'opmerking' is not one labeltool reads; it is "
        "ignored\n"
        " 7 | norm;title;score;toelichting;evidence;action;eigenaar;due;opmerking\n"
        "   |                                                           ^\n");
  CHECK(dutch_message_of(diagnostics, "unknown-key") ==
        "onbekende kolom 'eigenaar' (bedoelt u 'owner'?)");
  CHECK(dutch_message_of(diagnostics, "ignored-column") ==
        "kolom 'opmerking' leest labeltool niet; die wordt overgeslagen");
}

TEST_CASE("dates as Excel NL rewrites them are read as the date they mean, with a note") {
  for (const char* date : {"1-12-2026", "01-12-2026"}) {
    CAPTURE(date);
    Diagnostics diagnostics;
    auto z = read::read_zelfevaluatie_csv(
        "z.csv", zelfevaluatie_csv({{"A1", "Een", "voldoet deels", "t", "", "a", "o", date}}, date),
        diagnostics);
    REQUIRE(z);
    CHECK(z->date == "2026-12-01");
    REQUIRE(z->answers.size() == 1);
    CHECK(z->answers[0].due == "2026-12-01");
    CHECK(codes(diagnostics) == std::vector<std::string>{"spreadsheet-date", "spreadsheet-date"});
    CHECK(diagnostics[0].message == "'date' " + std::string(date) + " was read as 2026-12-01");
    CHECK(diagnostics[0].message_nl ==
          "'date' " + std::string(date) + " is gelezen als 2026-12-01");
    CHECK(diagnostics[0].severity == Severity::Note);
  }
}

TEST_CASE("a two-digit year and a day that does not exist are errors that say so") {
  Diagnostics diagnostics;
  read::read_zelfevaluatie_csv(
      "z.csv",
      zelfevaluatie_csv({{"A1", "Een", "voldoet deels", "t", "", "a", "o", "1-12-26"}},
                        "30-2-2026"),
      diagnostics);
  CHECK(render(diagnostics) ==
        "z.csv:5:6: error[invalid-date]: 'date' is '30-2-2026', which is not a real date "
        "(February 2026 has 28 days)\n"
        " 5 | date;30-2-2026;;;;;;;\n"
        "   |      ^\n"
        "z.csv:8:29: error[invalid-date]: 'due' is '1-12-26': a two-digit year leaves the "
        "century open; write the date as YYYY-MM-DD (2026-12-01?)\n"
        " 8 | A1;Een;voldoet deels;t;;a;o;1-12-26;\n"
        "   |                             ^\n");
  CHECK(diagnostics[0].message_nl ==
        "'date' is '30-2-2026', maar dat is geen bestaande datum (februari 2026 heeft 28 dagen)");
}

TEST_CASE("YAML is never read as a Dutch date: the finding names the ISO form") {
  std::string text = zelfevaluatie_yaml("  A1: {score: voldoet}\n");
  text.replace(text.find("2026-10-01"), 10, "1-12-2026");
  const auto checked = check_yaml(text);
  CHECK(message_of(checked.diagnostics, "invalid-date") ==
        "'date' is '1-12-2026', not a date in the form YYYY-MM-DD; write 2026-12-01");
  CHECK(message_of(
            check_yaml(zelfevaluatie_yaml("  A1: {score: voldoet deels, toelichting: t, action: a, "
                                          "owner: o, due: 2026-02-30}\n"))
                .diagnostics,
            "invalid-date") ==
        "'due' is '2026-02-30', which is not a real date (February 2026 has 28 days)");
}

TEST_CASE("Dutch words for keys get a did-you-mean, in YAML and in the CSV metadata") {
  const auto checked = check_yaml(zelfevaluatie_yaml(
      "  A1:\n    score: voldoet\n    bewijs: [x]\n    actie: a\n    eigenaar: o\n"
      "    deadline: 2027-01-01\n    toelichitng: t\n"));
  CHECK(checked.text().find("z.yaml:9:5: error[unknown-key]: unknown key 'bewijs' in answer "
                            "(did you mean 'evidence'?)") != std::string::npos);
  for (const char* hint : {"'actie' in answer (did you mean 'action'?)",
                           "'eigenaar' in answer (did you mean 'owner'?)",
                           "'deadline' in answer (did you mean 'due'?)",
                           "'toelichitng' in answer (did you mean 'toelichting'?)"}) {
    CAPTURE(hint);
    CHECK(checked.text().find(hint) != std::string::npos);
  }
  CHECK(dutch_message_of(checked.diagnostics, "unknown-key") ==
        "onbekende sleutel 'bewijs' in answer (bedoelt u 'evidence'? de sleutels zijn Engels)");
  std::string csv = zelfevaluatie_csv({{"A1", "Een", "voldoet"}});
  csv.replace(csv.find("date;"), 5, "datum;");
  Diagnostics diagnostics;
  read::read_zelfevaluatie_csv("z.csv", csv, diagnostics);
  CHECK(render(diagnostics)
            .find("unknown key 'datum' in the metadata rows (did you mean "
                  "'date'?)") != std::string::npos);
}

TEST_CASE("an unquoted '- Meldcode: versie 2025' says what the ': ' did and how to quote it") {
  const auto checked = check_yaml(zelfevaluatie_yaml(
      "  A1:\n    score: voldoet\n    evidence:\n      - Meldcode: versie 2025\n"));
  CHECK(checked.text().find(
            "z.yaml:10:9: error[wrong-type]: 'evidence' must be text, but the ': ' after "
            "'Meldcode' made YAML read a key and a value; put the text in quotes: \"Meldcode: "
            "versie 2025\"\n"
            " 10 |       - Meldcode: versie 2025\n"
            "    |         ^~~~~~~~~\n") == 0);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/check");

TEST_CASE("scores as people type them are read as the scale value, with one warning") {
  const struct {
    const char* typed;
    const char* warning;
  } cases[] = {
      {"Voldoet", "score 'Voldoet' was read as 'voldoet' (in other capitals)"},
      {"VOLDOET DEELS", "score 'VOLDOET DEELS' was read as 'voldoet deels' (in other capitals)"},
      {"voldoet  deels", "score 'voldoet  deels' was read as 'voldoet deels' (with extra spaces)"},
      {"voldoet\u00A0deels",
       "score 'voldoet\u2423deels' was read as 'voldoet deels' (with U+00A0, a non-breaking "
       "space)"},
      {"voldoet deels  ",
       "score 'voldoet deels  ' was read as 'voldoet deels' (with extra "
       "spaces)"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.typed);
    for (const bool csv : {true, false}) {
      CAPTURE(csv);
      const auto checked =
          csv ? check_csv(
                    zelfevaluatie_csv({{"A1", "Een", c.typed, "t", "", "a", "o", "2027-01-01"}}))
              : check_yaml(zelfevaluatie_yaml("  A1: {score: \"" + std::string(c.typed) +
                                              "\", toelichting: t, action: a, owner: o, due: "
                                              "2027-01-01}\n"));
      CHECK(codes(checked.diagnostics) == std::vector<std::string>{"score-spelling"});
      CHECK(message_of(checked.diagnostics, "score-spelling") == c.warning);
      CHECK(checked.diagnostics[0].severity == Severity::Warning);
      CHECK(checked.total.partly_met + checked.total.met == 1);
      CHECK(checked.total.unanswered == 0);
      CHECK(checked.outcome == analysis::Verdict::Outcome::Pass);
    }
  }
  const auto dutch = check_yaml(zelfevaluatie_yaml("  A1: {score: Voldoet}\n"));
  CHECK(dutch_message_of(dutch.diagnostics, "score-spelling") ==
        "score 'Voldoet' is gelezen als 'voldoet' (met andere hoofdletters)");
}

TEST_CASE("did-you-mean knows Dutch usage, and never contradicts itself") {
  for (const char* typed : {"deels", "voldoet gedeeltelijk", "gedeeltelijk", "Gedeeltelijk"}) {
    CAPTURE(typed);
    const auto checked =
        check_yaml(zelfevaluatie_yaml("  A1: {score: " + std::string(typed) + "}\n"));
    CHECK(message_of(checked.diagnostics, "invalid-score") ==
          "score '" + std::string(typed) +
              "' is not on the scale of mini@1 (voldoet / voldoet deels / voldoet niet) (did "
              "you mean 'voldoet deels'?)");
  }
  // Where the scale has a not-applicable value, n.v.t. in any spelling points at it.
  for (const char* typed : {"nvt", "n.v.t.", "niet van toepassing", "NVT"}) {
    CAPTURE(typed);
    const auto checked = check_yaml(
        zelfevaluatie_yaml("  A1: {score: " + std::string(typed) + ", toelichting: t}\n"),
        normset_text("n.v.t"));
    CHECK(message_of(checked.diagnostics, "invalid-score").find("(did you mean 'n.v.t'?)") !=
          std::string::npos);
  }
  // Where it has none, the message that says so.
  CHECK(
      message_of(check_yaml(zelfevaluatie_yaml("  A1: {score: nvt, toelichting: t}\n")).diagnostics,
                 "not-applicable-not-allowed") ==
      "norm set mini@1 does not allow 'nvt'; every norm in scope must be scored: voldoet / "
      "voldoet deels / voldoet niet");
  // A zero-width space is shown, never printed as if the score were right.
  const auto hidden = check_yaml(zelfevaluatie_yaml("  A1: {score: \"voldoet\u200Bdeeels\"}\n"));
  CHECK(message_of(hidden.diagnostics, "invalid-score") ==
        "score 'voldoet<U+200B>deeels' is not on the scale of mini@1 (voldoet / voldoet deels / "
        "voldoet niet) (did you mean 'voldoet deels'?); it contains U+200B, a zero-width space");
  CHECK(dutch_message_of(hidden.diagnostics, "invalid-score") ==
        "score 'voldoet<U+200B>deeels' staat niet op de schaal van mini@1 (voldoet / voldoet "
        "deels / voldoet niet) (bedoelt u 'voldoet deels'?); er staat U+200B in, een spatie "
        "zonder breedte");
}

TEST_CASE("an answered norm with an invalid score is not shown as 'geen antwoord'") {
  const auto checked = check_yaml(zelfevaluatie_yaml("  A1: {score: prima}\n"));
  CHECK(codes(checked.diagnostics) == std::vector<std::string>{"invalid-score"});
  CHECK(checked.report.find("A1     Een — ongeldige score 'prima'") != std::string::npos);
  CHECK(checked.report.find("geen antwoord") == std::string::npos);
}

TEST_CASE("a scope in another case is an error that keeps its norms required") {
  const auto checked = check_yaml(zelfevaluatie_yaml("  A1: {score: voldoet}\n", "[Budgetbeheer]"));
  CHECK(checked.text().find(
            "error[unknown-scope]: scope 'Budgetbeheer' is not declared by mini@1 (did you mean "
            "'budgetbeheer'?); the norms are checked as for 'budgetbeheer'") != std::string::npos);
  // A2 applies to budgetbeheer only: it is still required.
  CHECK(checked.text().find("error[missing-answer]: norm A2 (Twee) has no answer") !=
        std::string::npos);
}

TEST_CASE("organisation: \"\" as the template writes it is not filled in yet") {
  std::string text = zelfevaluatie_yaml("  A1: {score: voldoet}\n");
  text.replace(text.find("organisation: Test"), 18, "organisation: \"\"");
  const auto checked = check_yaml(text);
  CHECK(checked.text() ==
        "z.yaml:3:15: error[empty-text]: 'organisation' is not filled in yet\n"
        " 3 | organisation: \"\"\n"
        "   |               ^\n");
  CHECK(checked.diagnostics[0].message_nl == "'organisation' is nog niet ingevuld");
  std::string csv = zelfevaluatie_csv({{"A1", "Een", "voldoet"}});
  csv.replace(csv.find("organisation;Test"), 17, "organisation;");
  CHECK(codes(check_csv(csv).diagnostics) == std::vector<std::string>{"empty-text"});
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("yaml/reader");

TEST_CASE("a tab in indentation is reported at the tab, with the line") {
  std::string text = zelfevaluatie_yaml("");
  for (int i = 1; i <= 199; ++i)  // 6 header lines, then 2 per answer
    text += "  N" + std::to_string(i) + ":\n    score: voldoet\n";
  text += "  X1:\n    evidence:\n\t- a\n  X2:\n    score: voldoet\n";  // the tab is line 407
  CHECK(parse_errors(text) ==
        "test.yaml:407:1: error[yaml-syntax]: tab in indentation on line 407; indent with "
        "spaces; labeltool read up to line 407 of 409, so nothing in this file was checked\n"
        " 407 | \\t- a\n"
        "     | ^\n");
  Diagnostics diagnostics;
  yaml::parse_yaml("t.yaml", text, {}, diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message_nl ==
        "tab in de inspringing op regel 407; spring in met spaties; labeltool las tot regel 407 "
        "van 409, dus niets in dit bestand is gecontroleerd");
  // A tab inside a block text is text, not indentation.
  CHECK(parse_errors("a: |\n  x\n  \ty\nb: [\n").find("tab") == std::string::npos);
}

TEST_CASE("an unclosed quote is reported where it opens, not where YAML gave up") {
  std::string text = zelfevaluatie_yaml("  A1:\n    score: voldoet\n    toelichting: \"Zie plan\n");
  for (int i = 2; i <= 29; ++i) text += "  A" + std::to_string(i) + ":\n    score: voldoet\n";
  text += "  B1:\n    toelichting: \"ok\"\n";
  CHECK(parse_errors(text).find(
            "test.yaml:9:18: error[yaml-syntax]: this quoted text is not closed on its line: YAML "
            "read on to the next quote, on line 67, and stopped there; add the closing quote "
            "here; labeltool read up to line 67 of 67, so nothing in this file was checked\n"
            " 9 |     toelichting: \"Zie plan\n") == 0);
  // A quoted text over several lines that closes properly is no finding.
  CHECK(parse_errors("a: \"one\n  two\"\nb: c\n") == "");
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/check");

TEST_CASE("the shipped template filled in and saved as Excel saves it: check") {
  using labeltool::testing::run_labeltool;
  const std::string nl = "tests/fixtures/excel/taalhuizen-excel-nl.csv";
  const auto cp1252 = run_labeltool({"check", nl, "--today", "2026-11-01"});
  CHECK(cp1252.exit_code == 1);  // the two-digit year: a finding in a file that was read
  labeltool::testing::check_golden("check-excel-nl.txt", cp1252.out);
  // Saved as "CSV UTF-8" instead: the same findings but the note on the encoding.
  const auto utf8 = run_labeltool(
      {"check", "tests/fixtures/excel/taalhuizen-excel-utf8.csv", "--today", "2026-11-01"});
  std::string expected = cp1252.out;
  const auto note = expected.find(nl + ":3:35: opmerking[read-as-windows-1252]");
  REQUIRE(note != std::string::npos);
  expected.erase(note, expected.find(nl + ":5:6:") - note);
  for (auto at = expected.find(nl); at != std::string::npos; at = expected.find(nl, at))
    expected.replace(at, nl.size(), "tests/fixtures/excel/taalhuizen-excel-utf8.csv");
  CHECK(utf8.out == expected);
}

TEST_CASE("--fail-on warnings fails on a score read loosely, errors does not") {
  using labeltool::testing::run_labeltool;
  const std::string folder = labeltool::testing::temp_dir();
  std::string csv = labeltool::testing::read_text(
      labeltool::testing::source_path("tests/fixtures/excel/taalhuizen-excel-utf8.csv"));
  csv.replace(csv.find("gedeeltelijk"), 12, "voldoet deels");
  csv.replace(csv.find("1-4-27"), 6, "1-4-2027");
  const std::string path = labeltool::testing::write_file(folder, "z.csv", csv);
  const auto lenient = run_labeltool({"check", path, "--today", "2026-11-01"});
  CHECK(lenient.exit_code == 0);  // warnings, notes and a failing verdict: no error
  const auto strict =
      run_labeltool({"check", path, "--today", "2026-11-01", "--fail-on", "warnings"});
  CHECK(strict.exit_code == 1);
  CHECK(strict.out.find("waarschuwing[score-spelling]") != std::string::npos);
}

TEST_CASE("template --csv-dialect comma writes the RFC 4180 form, and check reads both") {
  using labeltool::testing::run_labeltool;
  const auto comma =
      run_labeltool({"template", "taalhuizen@cbct", "--format", "csv", "--csv-dialect", "comma"});
  CHECK(comma.exit_code == 0);
  CHECK(comma.out.find("labeltool,zelfevaluatie/1\r\nnormset,taalhuizen@cbct\r\n") == 0);
  const auto excel = run_labeltool({"template", "taalhuizen@cbct", "--format", "csv"});
  CHECK(excel.out.find("\xEF\xBB\xBFlabeltool;zelfevaluatie/1\r\n") == 0);
  const std::string folder = labeltool::testing::temp_dir();
  for (const auto* out : {&comma.out, &excel.out}) {
    const auto checked =
        run_labeltool({"check", labeltool::testing::write_file(folder, "t.csv", *out)});
    CHECK(checked.exit_code == 1);  // unanswered, organisation not filled in: findings only
    CHECK(checked.out.find("fout[empty-text]: 'organisation' is nog niet ingevuld") !=
          std::string::npos);
  }
}

TEST_SUITE_END();
