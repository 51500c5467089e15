// Issue 12, items 3, 4 and 6: Dutch findings for people, a half-filled form as a to-do list,
// and the Markdown report as a document for management.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "analysis/check.hpp"
#include "input/arguments.hpp"
#include "input/catalog.hpp"
#include "support/helpers.hpp"

using namespace labeltool;
using labeltool::testing::read_text;
using labeltool::testing::run_labeltool;
using labeltool::testing::source_path;
using labeltool::testing::temp_dir;
using labeltool::testing::write_file;

namespace {

const std::vector<std::string> today = {"--today", "2026-11-23"};

std::vector<std::string> args(std::vector<std::string> first) {
  first.insert(first.end(), today.begin(), today.end());
  return first;
}

/// Every finding `labeltool check` has for `path`: reading, resolving the norm set, checking,
/// as the command gathers them.
Diagnostics check_findings(const std::string& path) {
  const yaml::ReadLimits limits;
  input::Catalog catalog({source_path("normsets")}, limits);
  Diagnostics diagnostics;
  const auto z = input::read_zelfevaluatie_argument(path, limits, diagnostics);
  if (!z) return diagnostics;
  const model::NormSet* set =
      catalog.resolve(z->normset, *z->source, z->normset_position, diagnostics);
  if (!set) return diagnostics;
  const auto result = analysis::check_zelfevaluatie(*z, *set, "2026-11-23");
  diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
  return diagnostics;
}

const std::string kHeader =
    "labeltool: zelfevaluatie/1\nnormset: kssw@2019\norganisation: Test\nscope: [sociaal-werk]\n"
    "date: 2026-10-01\n";

/// Files that make `check` say each thing it can say about a zelfevaluatie: its rules, the
/// reader of its CSV form, the YAML reader, file errors and the norm-set lookup.
std::vector<std::string> test_files(const std::string& folder) {
  const auto put = [&](const std::string& name, const std::string& text) {
    return write_file(folder, name, text);
  };
  return {
      // The rules of check.
      put("rules.yaml",
          "labeltool: zelfevaluatie/1\nnormset: kssw@2019\norganisation: Test\n"
          "scope: [sociaal-werk, wijkwerk]\ndate: 2026-10-01\nanswers:\n"
          "  V1: {score: voldoet}\n"
          "  V2: {score: voldoet deels}\n"
          "  V3: {score: voldoet niet, toelichting: t, action: a, owner: o, due: "
          "2026-01-01}\n"
          "  V4: {score: n.v.t.}\n"
          "  V5: {score: voldoet half}\n"
          "  V99: {score: voldoet}\n"
          "  D15: {score: voldoet}\n"),
      // The reader of the CSV form.
      put("no-table.csv",
          "labeltool,zelfevaluatie/1\nnormset,kssw@2019\norganisation,X\n"
          "date,2026-10-01\nscopes,x\n"),
      put("no-score.csv",
          "labeltool,zelfevaluatie/1\nnormset,kssw@2019\norganisation,X\n"
          "date,2026-10-01\n\nnorm,title\nV1,t\n"),
      put("no-date.csv",
          "labeltool,zelfevaluatie/1\nnormset,kssw@2019\norganisation,X\n\n"
          "norm,title,score\nV1,t,voldoet\nV1,t,voldoet\n"),
      put("other.csv", "labeltool,zelfevaluatie/2\n"),
      put("plain.csv", "norm,score\n"),
      // The YAML reader: bytes, syntax, structure.
      put("utf8.yaml", kHeader + "answers:\n  V1: {score: caf\xe9}\n"),
      put("nul.yaml", std::string("labeltool: zelfevaluatie/1\n\0", 28)),
      put("quote.yaml", kHeader + "answers:\n  V1: {score: \"voldoet}\n"),
      put("indent.yaml", kHeader + "answers:\n  V1:\n    score: voldoet\n   toelichting: x\n"),
      put("twice.yaml", kHeader + "answers:\n  V1: {score: voldoet}\n  V1: {score: voldoet}\n"),
      put("two.yaml", kHeader + "answers: {}\n---\na: 1\n"),
      put("list.yaml", "- a\n- b\n"),
      put("empty.yaml", "# nothing yet\n"),
      put("no-header.yaml", "normset: kssw@2019\n"),
      put("late-header.yaml", "normset: kssw@2019\nlabeltool: zelfevaluatie/1\n"),
      put("kind.yaml", "labeltool: zelfevaluatie/2\n"),
      // File errors.
      folder + "/missing.yaml",
      folder,
      // The norm-set lookup.
      put("unknown-set.yaml",
          "labeltool: zelfevaluatie/1\nnormset: kssw@2018\norganisation: X\ndate: "
          "2026-01-01\nanswers: {}\n"),
  };
}

}  // namespace

TEST_SUITE_BEGIN("report/check-dutch");

TEST_CASE("every code has a summary in English and in Dutch") {
  for (const auto& info : code_table()) {
    CAPTURE(info.name);
    CHECK_FALSE(info.summary.empty());
    CHECK_FALSE(info.summary_nl.empty());
    CHECK(info.summary_nl != info.summary);
    CHECK(info.summary_in(util::Lang::Nl) == info.summary_nl);
    CHECK(info.summary_in(util::Lang::En) == info.summary);
  }
}

TEST_CASE("every finding check gives on the examples and the test files has Dutch text") {
  const std::string folder = temp_dir();
  std::vector<std::string> paths = test_files(folder);
  for (const char* example :
       {"examples/buurtkracht-kssw-2019.yaml", "examples/buurtkracht-kssw-2019.csv",
        "examples/geldwijzer-kssw-2019.yaml", "examples/geldzorg-nvvk-2021.yaml",
        "examples/wijkwerk-kssw-2019-gaps.yaml"})
    paths.push_back(source_path(example));
  std::set<std::string> seen;
  for (const auto& path : paths) {
    for (const auto& d : check_findings(path)) {
      CAPTURE(path);
      CAPTURE(d.message);
      seen.insert(std::string(code_name(d.code)));
      CHECK_FALSE(d.message.empty());
      CHECK_FALSE(d.message_nl.empty());
      CHECK(d.message_nl != d.message);
      for (const auto& related : d.related) CHECK_FALSE(related.message_nl.empty());
    }
  }
  // The files above reach every kind of finding this change gave Dutch text.
  for (const char* code :
       {"missing-answer", "missing-toelichting", "missing-evidence",   "missing-action",
        "due-in-past",    "out-of-scope",        "invalid-score",      "not-applicable-not-allowed",
        "unknown-norm",   "unknown-scope",       "missing-key",        "unknown-key",
        "duplicate-key",  "missing-header",      "unknown-kind",       "invalid-utf8",
        "nul-byte",       "yaml-syntax",         "multiple-documents", "root-not-mapping",
        "empty-file",     "file-not-found",      "is-directory",       "unresolved-reference"}) {
    CAPTURE(std::string(code));
    CHECK(seen.count(code) == 1);
  }
}

TEST_CASE("a Dutch report shows no finding in English only, and --lang en shows no Dutch") {
  const std::string folder = temp_dir();
  for (const auto& path : test_files(folder)) {
    CAPTURE(path);
    const auto nl = run_labeltool(args({"check", path}));
    CHECK(nl.out.find("error[") == std::string::npos);
    CHECK(nl.out.find("warning[") == std::string::npos);
    const auto en = run_labeltool(args({"check", "--lang", "en", path}));
    // Words of the report and of findings only: norm titles and scale values are Dutch in
    // both languages.
    for (const char* dutch : {"fout[", "waarschuwing[", "opmerking[", "Nog niet beantwoord",
                              "Ingevuld", " bestand", "bedoelt u", "ontbreekt"}) {
      CAPTURE(std::string(dutch));
      CHECK(en.out.find(dutch) == std::string::npos);
    }
  }
}

TEST_CASE("a finding cannot be made with English text alone") {
  // Message needs both languages; make_diagnostic takes nothing else (and a debug build
  // stops at an empty Dutch text, so every test run also checks every finding it meets).
  static_assert(!std::is_constructible_v<Message, std::string>);
  static_assert(!std::is_convertible_v<std::string, Message>);
  static_assert(!std::is_convertible_v<const char*, Message>);
  static_assert(std::is_constructible_v<Message, std::string, std::string>);
}

TEST_CASE("schema findings have Dutch of their own, in the words a coordinator uses") {
  const std::string folder = temp_dir();
  const std::string path = write_file(
      folder, "z.yaml",
      "labeltool: zelfevaluatie/1\nnormset: kssw@2019\norganisation: [X]\ndate: 2026-01-01\n"
      "answers: {}\n");
  const auto nl = run_labeltool(args({"check", path}));
  CHECK(nl.out.find("fout[wrong-type]: bij 'organisation' hoort tekst, niet een lijst") !=
        std::string::npos);
  CHECK(nl.out.find("must be") == std::string::npos);
  const auto en = run_labeltool(args({"check", "--lang", "en", path}));
  CHECK(en.out.find("error[wrong-type]: 'organisation' must be text, not a list") !=
        std::string::npos);
}

TEST_CASE("a half-filled template is a to-do list: grouped, at each norm's row, not a gap") {
  const std::string folder = temp_dir();
  // The comma dialect, so that the rows below can be written as plain strings.
  REQUIRE(run_labeltool({"template", "taalhuizen@cbct", "--format", "csv", "--csv-dialect", "comma",
                         "-o", folder + "/t.csv"})
              .exit_code == 0);
  std::string csv = read_text(folder + "/t.csv");
  const auto date = csv.find("\r\ndate,");
  REQUIRE(date != std::string::npos);
  csv.replace(date, csv.find("\r\n", date + 2) - date, "\r\ndate,2026-11-01");
  const auto fill = [&](const std::string& row, const std::string& answer) {
    const auto at = csv.find(row);
    REQUIRE(at != std::string::npos);
    csv.replace(at, row.size(), answer);
  };
  fill("organisation,\r\n", "organisation,Taalhuis Proefstad\r\n");
  fill("\r\n1,Beleid en financiën,,,,,,\r\n",
       "\r\n1,Beleid en financiën,voldoet,,Jaarplan 2026,,,\r\n");
  fill("\r\n3,Samenwerking,,,,,,\r\n",
       "\r\n3,Samenwerking,voldoet deels,Nog geen convenant met de bibliotheek.,,,,\r\n");
  fill("\r\n4,Mensen,,,,,,\r\n",
       "\r\n4,Mensen,voldoet niet,Er is geen scholingsplan.,,Scholingsplan maken,Coördinator,"
       "2027-03-31\r\n");
  const std::string path = write_file(folder, "half.csv", csv);

  const auto text = run_labeltool(args({"check", path}));
  CHECK(text.exit_code == 1);
  std::string out = text.out;
  for (auto at = out.find(folder); at != std::string::npos; at = out.find(folder))
    out.replace(at, folder.size(), "MAP");
  CHECK(out ==
        "Zelfevaluatie: Taalhuis Proefstad — 2026-11-01 (MAP/half.csv)\n"
        "Normenkader: Normen Taalhuizen (taalhuizen@cbct), status: illustrative\n"
        "ILLUSTRATIEF: dit is niet het officiële normenkader; wat echt is en wat niet, staat in "
        "'labeltool\n"
        "show taalhuizen@cbct'.\n"
        "Scope: alle\n"
        "Ingevuld: 3 van 7 normen die voor deze scope gelden\n"
        "\n"
        "Nog niet beantwoord: 4 normen [missing-answer]\n"
        "  N Normen Taalhuizen (4): 2, 5, 6, 7\n"
        "\n"
        "MAP/half.csv:11:1: waarschuwing[missing-evidence]: bij norm 3 is nog geen bewijs genoemd; "
        "de auditor vraagt naar: Samenwerkingsovereenkomsten met partners; Verwijsafspraken; "
        "Verslagen partneroverleg\n"
        " 11 | 3,Samenwerking,voldoet deels,Nog geen convenant met de bibliotheek.,,,,\n"
        "    | ^\n"
        "MAP/half.csv:11:16: waarschuwing[missing-action]: norm 3 is een verbeterpunt ('voldoet "
        "deels'), maar de actie, de eigenaar en de einddatum ontbreken\n"
        " 11 | 3,Samenwerking,voldoet deels,Nog geen convenant met de bibliotheek.,,,,\n"
        "    |                ^\n"
        "\n"
        "Stand per thema\n"
        "  Thema                  voldoet   deels    niet   ingevuld  % voldoet\n"
        "  N  Normen Taalhuizen         1       1       1    3 van 7  33% (1 van 3; 4 open niet "
        "meegeteld)\n"
        "  Totaal                       1       1       1    3 van 7  33% (1 van 3; 4 open niet "
        "meegeteld)\n"
        "\n"
        "Oordeel: onvolledig: 4 normen zonder antwoord; nog niet: 1 × voldoet niet, toegestaan 0\n"
        "  Beslisregel: Illustratief: de beslisregel van CBCT is niet bekend. labeltool hanteert "
        "hier: geen enkele\n"
        "  norm 'voldoet niet' en hoogstens 2 van de 7 normen 'voldoet deels'.\n"
        "\n"
        "Verbeterpunten (2)\n"
        "  3      Samenwerking — voldoet deels\n"
        "         Nog geen actie\n"
        "  4      Mensen — voldoet niet\n"
        "         Actie: Scholingsplan maken (Coördinator, uiterlijk 2027-03-31)\n"
        "\n"
        "Bewijs nog niet genoemd (1)\n"
        "  3      Samenwerking — verwacht: Samenwerkingsovereenkomsten met partners; "
        "Verwijsafspraken; Verslagen partneroverleg\n"
        "\n"
        "4 fouten, 2 waarschuwingen in 1 bestand\n");

  // Machine formats keep one finding per norm, at the norm's own row.
  const auto github = run_labeltool(args({"check", "--format", "github", path}));
  for (const char* row : {"line=10,", "line=13,", "line=14,", "line=15,"}) {
    CAPTURE(std::string(row));
    CHECK(github.out.find(std::string(row) + "col=1,title=labeltool missing-answer::norm ") !=
          std::string::npos);
  }

  // The Markdown document: short line under the title, file names without folders, the
  // to-do list, gaps with their toelichting and a missing action marked, Dutch findings in a
  // section of their own, the full status note in the annex.
  const auto markdown = run_labeltool(args({"check", "--format", "markdown", path}));
  CHECK(markdown.out.find(folder) == std::string::npos);
  CHECK(
      markdown.out ==
      "# Zelfevaluatie: Taalhuis Proefstad\n"
      "\n"
      "> **ILLUSTRATIEF: dit is niet het officiële normenkader; wat echt is en wat niet, staat "
      "in de bijlage 'Over dit normenkader'.**\n"
      "\n"
      "- Normenkader: Normen Taalhuizen (taalhuizen@cbct), status: illustrative\n"
      "- Datum: 2026-11-01\n"
      "- Scope: alle\n"
      "- Ingevuld: 3 van 7 normen die voor deze scope gelden\n"
      "\n"
      "## Oordeel\n"
      "\n"
      "**onvolledig: 4 normen zonder antwoord; nog niet: 1 × voldoet niet, toegestaan 0**\n"
      "\n"
      "Beslisregel: _Illustratief: de beslisregel van CBCT is niet bekend. labeltool hanteert "
      "hier: geen enkele norm 'voldoet niet' en hoogstens 2 van de 7 normen 'voldoet deels'._\n"
      "\n"
      "## Stand per thema\n"
      "\n"
      "| Thema | voldoet | voldoet deels | voldoet niet | ingevuld | % voldoet |\n"
      "|---|---:|---:|---:|---:|---:|\n"
      "| N Normen Taalhuizen | 1 | 1 | 1 | 3 van 7 | 33% (1 van 3; 4 open niet meegeteld) |\n"
      "| **Totaal** | 1 | 1 | 1 | 3 van 7 | 33% (1 van 3; 4 open niet meegeteld) |\n"
      "\n"
      "## Nog niet beantwoord (4)\n"
      "\n"
      "- N Normen Taalhuizen (4): 2, 5, 6, 7\n"
      "\n"
      "## Verbeterpunten (2)\n"
      "\n"
      "- **3 Samenwerking** — voldoet deels\n"
      "  - Toelichting: Nog geen convenant met de bibliotheek.\n"
      "  - **Nog geen actie**\n"
      "- **4 Mensen** — voldoet niet\n"
      "  - Toelichting: Er is geen scholingsplan.\n"
      "  - Actie: Scholingsplan maken (Coördinator, uiterlijk 2027-03-31)\n"
      "\n"
      "## Bewijs nog niet genoemd (1)\n"
      "\n"
      "- **3 Samenwerking** — verwacht: Samenwerkingsovereenkomsten met partners; "
      "Verwijsafspraken; Verslagen partneroverleg\n"
      "\n"
      "## Bevindingen (2)\n"
      "\n"
      "- `half.csv:11` waarschuwing[missing-evidence]: bij norm 3 is nog geen bewijs genoemd; de "
      "auditor vraagt naar: Samenwerkingsovereenkomsten met partners; Verwijsafspraken; "
      "Verslagen partneroverleg\n"
      "- `half.csv:11` waarschuwing[missing-action]: norm 3 is een verbeterpunt ('voldoet "
      "deels'), maar de actie, de eigenaar en de einddatum ontbreken\n"
      "\n"
      "## Bijlage: alle normen\n"
      "\n"
      "### N Normen Taalhuizen\n"
      "\n"
      "- **1 Beleid en financiën** — Score: voldoet\n"
      "  - Normtekst: Het taalhuis heeft een door de partners gedragen visie en een jaarplan met "
      "doelen voor het bereik en de ondersteuning van laaggeletterden, en een financiering die de "
      "uitvoering voor ten minste het lopende jaar zeker stelt.\n"
      "  - Bewijs: Jaarplan 2026\n"
      "- **2 Middelen** — Score: geen antwoord\n"
      "  - Normtekst: Het taalhuis heeft een herkenbare en toegankelijke plek met vaste "
      "openingstijden, en beschikt over passende leermaterialen en computers waarmee deelnemers "
      "kunnen oefenen.\n"
      "- **3 Samenwerking** — Score: voldoet deels\n"
      "  - Normtekst: Het taalhuis werkt samen met partners die laaggeletterden vinden, "
      "doorverwijzen of scholen, zoals welzijn, gemeente, formeel taalonderwijs en werkgevers, met "
      "vastgelegde afspraken over verwijzing en terugkoppeling.\n"
      "  - Toelichting: Nog geen convenant met de bibliotheek.\n"
      "- **4 Mensen** — Score: voldoet niet\n"
      "  - Normtekst: Het taalhuis heeft een coördinator met voldoende uren, en taalvrijwilligers "
      "die geworven, getraind en begeleid worden en een verklaring omtrent het gedrag hebben.\n"
      "  - Toelichting: Er is geen scholingsplan.\n"
      "- **5 Producten en diensten** — Score: geen antwoord\n"
      "  - Normtekst: Elke deelnemer krijgt een intake met niveaubepaling en een aanbod dat past "
      "bij zijn doel, zoals taal, rekenen of digitale vaardigheden, individueel of in een groep.\n"
      "- **6 Resultaten en maatschappelijk effect** — Score: geen antwoord\n"
      "  - Normtekst: Het taalhuis registreert bereik, voortgang en doorstroom van deelnemers, en "
      "brengt in beeld wat de ondersteuning voor hen en voor hun deelname aan de samenleving heeft "
      "opgeleverd.\n"
      "- **7 Handelen conform (privacy)wetgeving** — Score: geen antwoord\n"
      "  - Normtekst: Het taalhuis verwerkt gegevens van deelnemers volgens de AVG: met een "
      "grondslag of toestemming, niet meer dan nodig, met bewaartermijnen, en zo dat ook "
      "vrijwilligers weten hoe zij met die gegevens omgaan.\n"
      "\n"
      "## Over dit normenkader\n"
      "\n"
      "ILLUSTRATIEF: Echt (zie de bron): CBCT certificeert taalhuizen aan de hand van zeven "
      "normen, in deze volgorde: 1 Beleid en financiën, 2 Middelen, 3 Samenwerking, 4 Mensen, 5 "
      "Producten en diensten, 6 Resultaten en maatschappelijk effect, 7 Handelen conform "
      "(privacy)wetgeving. Certificering vindt eens in de vier jaar plaats; de zelfevaluatie is "
      "uiterlijk zes weken voor de audit klaar en beschrijft per norm de situatie, het eigen "
      "oordeel en voorbeelddocumenten. Door labeltool geschreven en dus niet officieel: de "
      "normteksten, toelichtingen en bewijsstukken, de indeling in één thema, de nummering als "
      "\"1\" tot en met \"7\", de indeling naar disciplines, de antwoordschaal (voldoet / "
      "voldoet deels / voldoet niet) en de beslisregel.\n");
}

TEST_SUITE_END();
