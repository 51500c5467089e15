// Issue 16's workbooks and groups: the plan as a workbook (report/plan_xlsx.cpp), the audit
// form as a workbook (report/audit_xlsx.cpp) read back by the one audit reader for CSV and
// sheets (read/audit_reader.cpp), and the organisation's own groups (read/groups_reader.cpp,
// analysis/groups.cpp, and the commands that take --groups).
#include <doctest/doctest.h>

#include <algorithm>

#include "analysis/groups.hpp"
#include "analysis/plan.hpp"
#include "input/input.hpp"
#include "read/groups_reader.hpp"
#include "report/audit_xlsx.hpp"
#include "report/diagnostics.hpp"
#include "report/plan_xlsx.hpp"
#include "support/helpers.hpp"
#include "support/zip_builder.hpp"
#include "test_report_models.hpp"
#include "util/text.hpp"
#include "xlsx/workbook.hpp"

using namespace labeltool;
using labeltool::testing::inline_row;
using labeltool::testing::temp_dir;
using labeltool::testing::workbook_parts;
using labeltool::testing::zip_of;

namespace {

/// The workbook at `path` as labeltool's own reader sees it.
xlsx::Workbook read_back(const std::string& path) {
  Diagnostics diagnostics;
  const std::string bytes = testing::read_text(path);
  auto book = xlsx::read_workbook(path, bytes, {}, diagnostics);
  REQUIRE(book);
  CHECK(diagnostics.empty());
  return std::move(*book);
}

/// The text of cell `name` ("B4") of `sheet`, "" when empty.
std::string cell(const xlsx::Sheet& sheet, const std::string& name) {
  for (const auto& c : sheet.cells)
    if (cell_name(c.position) == name) return c.text;
  return {};
}

/// A norm set as shipped, read through the input module.
model::NormSet shipped(const std::string& file) {
  auto in = input::read_input(testing::source_path("normsets/" + file), {});
  REQUIRE(in.normset());
  return std::move(*in.normset());
}

/// A filled audit form sheet named Audit, as a person or another program leaves it.
std::string audit_workbook(const std::string& rows) {
  auto parts = workbook_parts(rows);
  for (auto& [name, content] : parts)
    if (name == "xl/workbook.xml") {
      const auto at = content.find("name=\"Zelfevaluatie\"");
      REQUIRE(at != std::string::npos);
      content.replace(at, std::string("name=\"Zelfevaluatie\"").size(), "name=\"Audit\"");
    }
  return zip_of(parts);
}

model::Groups groups_of(const std::string& text, Diagnostics& diagnostics) {
  auto document = yaml::parse_yaml("groups.yaml", text, {}, diagnostics);
  REQUIRE(document);
  return read::read_groups(*document, diagnostics);
}

/// a@1 and b@1 with their crosswalk, planned (the plan points into them).
struct SmallPlan {
  model::NormSet a = testing::set_a1(), b = testing::set_b1();
  model::Crosswalk crosswalk = testing::crosswalk_a_b();
  analysis::Plan plan;

  SmallPlan() {
    crosswalk.file = std::make_shared<const SourceFile>("cw.yaml", "");
    analysis::PlanRequest request;
    request.a = &a;
    request.b = &b;
    request.crosswalk = &crosswalk;
    plan = analysis::make_plan(request);
  }
};

/// `plan` written by plan --format xlsx (in Dutch) and read back.
xlsx::Workbook plan_workbook(const analysis::Plan& plan) {
  const std::string path = temp_dir() + "/plan.xlsx";
  {
    xlsx::WorkbookWriter book(path);
    report::write_plan_xlsx(book, plan, report::Lang::Nl);
    REQUIRE(book.commit().empty());
  }
  return read_back(path);
}

}  // namespace

TEST_SUITE_BEGIN("report/plan_xlsx");

TEST_CASE("one sheet per group after 'Over deze planning', every related norm in its row") {
  const SmallPlan small;
  const auto& plan = small.plan;
  const auto book = plan_workbook(plan);
  REQUIRE(book.sheet_names.size() == 1 + plan.groups.size());
  CHECK(book.sheet_names[0] == "Over deze planning");
  CHECK(book.sheet_names[1] == "Bestuur");
  REQUIRE(book.find(book.sheet_names[1]));
  const xlsx::Sheet& bestuur = *book.find(book.sheet_names[1]);
  CHECK(cell(bestuur, "A3") == "Normenkader");
  CHECK(cell(bestuur, "G3") == "Gerelateerd");
  // K1 is related to B1 (equal) and B2 (intersects): both in its row, one per line.
  std::string k1_related;
  for (std::uint32_t row = 4; row < 12; ++row)
    if (cell(bestuur, "B" + std::to_string(row)) == "K1")
      k1_related = cell(bestuur, "G" + std::to_string(row));
  CHECK(k1_related == "a B1 Visie (equal, hier)\na B2 Plan (intersects, hier)");
  REQUIRE(book.find("Over deze planning"));
  const xlsx::Sheet& about = *book.find("Over deze planning");
  CHECK(cell(about, "A1") == "Gecombineerde audit: a@1 + b@1");
  CHECK(cell(about, "B5") == "Crosswalk: cw.yaml (methode: expertanalyse; status: officieel)");
}

TEST_CASE("plan --only as a workbook: the sheets of the kept groups, the others named, wrapped") {
  SmallPlan small;
  analysis::keep_groups(small.plan, {"team"});
  const auto book = plan_workbook(small.plan);
  CHECK(book.sheet_names == std::vector<std::string>{"Over deze planning", "Team"});
  REQUIRE(book.find("Over deze planning"));
  const xlsx::Sheet& about = *book.find("Over deze planning");
  // Beside a label, in the wrapped value column, not one long line across the printed page.
  std::string note;
  for (std::uint32_t row = 1; row < 20 && note.empty(); ++row)
    if (cell(about, "A" + std::to_string(row)) == "Gespreksgroep")
      note = cell(about, "B" + std::to_string(row));
  CHECK(note ==
        "Deze gids is alleen voor Team; de andere groepen (Bestuur) staan in de volledige "
        "gids.");
}

TEST_CASE("sheet names are valid and unique in Excel, and never the first sheet's name") {
  const auto names = report::plan_sheet_names(analysis::Plan{}, report::Lang::Nl);
  CHECK(names.empty());
  CHECK(xlsx::sheet_names({"Bestuur, directie en raad van toezicht", "a/b:c", "Staf", "staf",
                           "'quoted'", "", "Over deze planning"},
                          {"Over deze planning"}) ==
        std::vector<std::string>{"Bestuur, directie en raad van…", "a-b-c", "Staf", "staf (2)",
                                 "quoted", "-", "Over deze planning (2)"});
  for (const auto& name : xlsx::sheet_names({std::string(40, 'x'), std::string(40, 'x')}))
    CHECK(labeltool::util::count_code_points(name) <= 31);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("report/audit_xlsx");

TEST_CASE("the empty audit form is read back as the audit the YAML template describes") {
  const model::NormSet kssw = shipped("kssw-2019.yaml"), nvvk = shipped("nvvk-2021.yaml");
  const std::vector<analysis::FormSet> sets = {{&kssw, {"schuldhulpverlening"}},
                                               {&nvvk, {"schuldhulpverlening"}}};
  const std::string path = temp_dir() + "/audit.xlsx";
  {
    xlsx::WorkbookWriter book(path);
    report::write_audit_template_xlsx(book, sets, "2026-12-01", "audit.xlsx", report::Lang::Nl);
    REQUIRE(book.commit().empty());
  }
  auto in = input::read_input(path, {});
  REQUIRE(in.kind == input::Kind::AuditXlsx);
  const model::Audit& audit = *in.audit();
  CHECK(testing::codes(in.diagnostics).empty());
  REQUIRE(audit.normsets.size() == 2);
  CHECK(audit.normsets[1].normset == "nvvk@2021");
  CHECK(audit.normsets[1].scope == std::vector<std::string>{"schuldhulpverlening"});
  const auto form = analysis::audit_form(sets);
  REQUIRE(audit.interviews.size() == form.size());
  for (std::size_t i = 0; i < form.size(); ++i) {
    CHECK(audit.interviews[i].id == form[i].id);
    CHECK(audit.interviews[i].group == form[i].group.id);
    CHECK(audit.interviews[i].date == "2026-12-01");
    std::size_t judged = 0, asked = 0;
    for (const auto& label : audit.interviews[i].labels) judged += label.judgements.size();
    for (const auto& norms : form[i].norms) asked += norms.size();
    CHECK(judged == asked);
  }
  CHECK(cell_location(audit.source, audit.interviews[0].position).rfind("Audit!A", 0) == 0);
}

TEST_CASE("a filled sheet: labels in Dutch or English, findings at sheet and cell") {
  const std::string rows =
      inline_row(1, {"labeltool", "audit/1"}) + inline_row(2, {"Audit van kssw@2019"}) +
      inline_row(4, {"Organisatie", "Stichting Test"}) +
      inline_row(5, {"Auditor(en)", "auditor A\nauditor B"}) +
      inline_row(6, {"Normenkader", "kssw@2019", "sociaal-werk"}) +
      inline_row(8, {"Gesprek", "Date", "Groep", "Gehoord", "Normenkader", "Norm", "Titel",
                     "Normtekst", "Oordeel", "Waarneming", "Ingezien bewijs", "Notitie"}) +
      inline_row(9, {"dag1", "2026-11-16", "bestuur", "directeur\nteamleider", "kssw@2019", "D2",
                     "Wachttijden", "tekst", "voldoet", "Gehoord", "Rapportage A\nRapportage B",
                     "eigen"}) +
      inline_row(10, {"dag1", "", "bestuur", "", "kssw@2019", "D2", "", "", "voldoet deels"});
  auto in = input::read_input_bytes("audit.xlsx", audit_workbook(rows), {});
  REQUIRE(in.kind == input::Kind::AuditXlsx);
  const model::Audit& audit = *in.audit();
  CHECK(audit.organisation == "Stichting Test");
  CHECK(audit.auditors == std::vector<std::string>{"auditor A", "auditor B"});
  REQUIRE(audit.interviews.size() == 1);
  const auto& interview = audit.interviews[0];
  CHECK(interview.heard == std::vector<std::string>{"directeur", "teamleider"});
  REQUIRE(interview.labels.size() == 1);
  REQUIRE(interview.labels[0].judgements.size() == 2);
  CHECK(interview.labels[0].judgements[0].evidence.size() == 2);
  // The user's own column is passed with a note, the norm text without one; D2 twice is an
  // error at the second row's norm cell.
  std::vector<std::string> found;
  for (const auto& d : in.diagnostics)
    found.push_back(cell_location(d.source, d.position) + " " + std::string(code_name(d.code)));
  CHECK(found == std::vector<std::string>{"Audit!L8 ignored-column", "Audit!F10 duplicate-key"});
}

TEST_CASE("a sheet without the judgement table says how to make one") {
  const std::string rows =
      inline_row(1, {"labeltool", "audit/1"}) + inline_row(4, {"Organisatie", "Stichting Test"});
  auto in = input::read_input_bytes("audit.xlsx", audit_workbook(rows), {});
  REQUIRE(in.kind == input::Kind::AuditXlsx);
  const auto text = testing::render(in.diagnostics);
  CHECK(text.find("audit.xlsx:Audit!A1: error[missing-key]: the sheet has no row 'Norm set'") !=
        std::string::npos);
  CHECK(text.find("no judgement table: no row has the columns 'Interview', 'Norm' and "
                  "'Judgement' (make the workbook with 'labeltool template --audit --format "
                  "xlsx')") != std::string::npos);
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("read/groups_reader");

TEST_CASE("a groups file: new groups with their title and the groups they ask") {
  Diagnostics diagnostics;
  const auto groups = groups_of(
      "labeltool: groups/1\nnormsets: [a@1, b@1]\ngroups:\n  leiding:\n    title: Leiding\n"
      "    from: [bestuur]\n  uitvoering:\n    from: [team]\n",
      diagnostics);
  CHECK(diagnostics.empty());
  CHECK(groups.normsets == std::vector<std::string>{"a@1", "b@1"});
  REQUIRE(groups.groups.size() == 2);
  CHECK(groups.groups[0].id == "leiding");
  CHECK(groups.groups[0].title == "Leiding");
  CHECK(groups.groups[1].from == std::vector<std::string>{"team"});
  CHECK(groups.groups[1].from_positions[0].line == 8);
  CHECK(groups.groups[1].from_positions[0].column == 12);
}

TEST_CASE("a group merged twice is an error at the second place, with the first") {
  Diagnostics diagnostics;
  groups_of(
      "labeltool: groups/1\ngroups:\n  leiding:\n    from: [bestuur, staf]\n  dag1:\n"
      "    from: [staf]\n",
      diagnostics);
  CHECK(testing::render(diagnostics) ==
        "groups.yaml:6:12: error[group-merged-twice]: group 'staf' is put in both 'leiding' and "
        "'dag1'; an interview group is asked in one group only\n"
        " 6 |     from: [staf]\n   |            ^\n"
        "groups.yaml:4:21: note: first put here\n"
        " 4 |     from: [bestuur, staf]\n   |                     ^\n");
}

TEST_CASE("unknown keys and a missing 'from' are schema errors") {
  Diagnostics diagnostics;
  groups_of("labeltool: groups/1\ngroups:\n  leiding:\n    titel: Leiding\n", diagnostics);
  auto codes = testing::codes(diagnostics);
  std::sort(codes.begin(), codes.end());
  CHECK(codes == std::vector<std::string>{"missing-key", "unknown-key"});
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/groups");

TEST_CASE("every group a file merges must be an interview group of the sets") {
  const model::NormSet a = testing::set_a1(), b = testing::set_b1();
  Diagnostics diagnostics;
  const auto groups = groups_of(
      "labeltool: groups/1\ngroups:\n  leiding:\n    from: [bestuur, teams]\n", diagnostics);
  const auto found = analysis::check_groups(groups, {&a, &b});
  REQUIRE(found.size() == 1);
  CHECK(testing::render(found).rfind(
            "groups.yaml:4:21: error[unknown-discipline]: 'teams' is not an interview group of "
            "a@1 and b@1 (did you mean 'team'?); they have: bestuur, team\n",
            0) == 0);
  const auto rules = analysis::group_rules_of(groups);
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].id == "leiding");
  CHECK(rules[0].from == std::vector<std::string>{"bestuur", "teams"});
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/groups");

TEST_CASE("plan --groups asks the merged groups in one interview, as --group does") {
  const auto file = testing::run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--groups",
                                            "examples/geldwijzer-groups.yaml", "--format", "json"});
  const auto flags = testing::run_labeltool(
      {"plan", "kssw@2019", "nvvk@2021", "--group", "leiding=bestuur,staf", "--group",
       "betrokkenen=vrijwilligers,clientenraad", "--format", "json"});
  CHECK(file.exit_code == 0);
  CHECK(file.err == "");
  // The same groups; only the names the file gives differ.
  CHECK(
      file.out.find("\"discipline\": \"leiding\",\n      \"name\": \"Leiding en staf (dag 1)\"") !=
      std::string::npos);
  CHECK(flags.out.find("\"discipline\": \"leiding\",\n      \"name\": \"leiding\"") !=
        std::string::npos);
  CHECK(file.out.find("\"discipline\": \"bestuur\"") == std::string::npos);
}

TEST_CASE("template --audit --groups writes one interview per group of the organisation") {
  const auto out = testing::run_labeltool({"template", "--audit", "kssw@2019", "nvvk@2021",
                                           "--groups", "examples/geldwijzer-groups.yaml"});
  CHECK(out.exit_code == 0);
  CHECK(out.out.find("  - id: \"leiding\"\n    date: ") != std::string::npos);
  CHECK(out.out.find("  # samen gevraagd: bestuur, staf\n") != std::string::npos);
  CHECK(out.out.find("  - id: \"bestuur\"") == std::string::npos);
}

TEST_CASE("a merged interview names every group it asks, so the fresh form lints clean") {
  // Before also_groups, the form named only the first group of "leiding" (bestuur), and lint
  // noted norm-outside-group for every norm of staf on an empty form of our own.
  const std::string folder = temp_dir();
  for (const std::string format : {"yaml", "csv", "xlsx"}) {
    CAPTURE(format);
    const std::string form = folder + "/audit." + format;
    const auto made =
        testing::run_labeltool({"template", "--audit", "kssw@2019", "nvvk@2021", "--groups",
                                "examples/geldwijzer-groups.yaml", "--format", format, "-o", form});
    REQUIRE(made.exit_code == 0);
    auto in = input::read_input(form, {});
    REQUIRE(in.audit());
    const auto& interviews = in.audit()->interviews;
    const auto leiding = std::find_if(interviews.begin(), interviews.end(),
                                      [](const model::Interview& i) { return i.id == "leiding"; });
    REQUIRE(leiding != interviews.end());
    CHECK(leiding->group == "bestuur");
    CHECK(leiding->also_groups == std::vector<std::string>{"staf"});
    const auto lint = testing::run_labeltool({"lint", form});
    CHECK(lint.exit_code == 0);
    CHECK(lint.out.find("norm-outside-group") == std::string::npos);
  }
}

TEST_CASE("check of a folder leaves audits and groups files to their commands, workbooks too") {
  // A coordinator keeps the audit form beside the zelfevaluatie; `check FOLDER` must check
  // the zelfevaluatie and not call the audit workbook a broken form.
  const std::string folder = temp_dir();
  testing::write_file(
      folder, "zelfevaluatie.yaml",
      testing::read_text(testing::source_path("examples/geldwijzer-kssw-2019.yaml")));
  testing::write_file(folder, "groups.yaml",
                      testing::read_text(testing::source_path("examples/geldwijzer-groups.yaml")));
  for (const std::string format : {"yaml", "xlsx"})
    REQUIRE(testing::run_labeltool({"template", "--audit", "kssw@2019", "nvvk@2021", "--format",
                                    format, "-o", folder + "/audit." + format})
                .exit_code == 0);
  const auto checked = testing::run_labeltool({"check", "--format", "json", folder});
  CHECK(checked.exit_code != 2);
  CHECK(checked.out.find("zelfevaluatie.yaml") != std::string::npos);
  CHECK(checked.out.find("audit.") == std::string::npos);
  CHECK(checked.out.find("groups.yaml") == std::string::npos);

  // Named on the command line, the audit workbook is reported as what it is.
  const auto named = testing::run_labeltool({"check", folder + "/audit.xlsx"});
  CHECK(named.exit_code == 2);
  CHECK(named.out.find("audit") != std::string::npos);
}

TEST_CASE("also_groups: an unknown group is named with its did-you-mean, and shows in JSON") {
  const std::string folder = temp_dir();
  const auto made = testing::run_labeltool({"template", "--audit", "kssw@2019", "nvvk@2021",
                                            "--groups", "examples/geldwijzer-groups.yaml"});
  REQUIRE(made.exit_code == 0);
  std::string text = made.out;
  const auto at = text.find("also_groups: [staf]");
  REQUIRE(at != std::string::npos);
  text.replace(at, std::string("also_groups: [staf]").size(), "also_groups: [stav]");
  const auto lint = testing::run_labeltool({"lint", testing::write_file(folder, "a.yaml", text)});
  CHECK(lint.exit_code == 1);
  CHECK(lint.out.find("error[unknown-discipline]") != std::string::npos);
  CHECK(lint.out.find("(did you mean 'staf'?)") != std::string::npos);
  const auto json =
      testing::run_labeltool({"audit", "examples/geldwijzer-audit.yaml", "--format", "json"});
  CHECK(json.out.find("\"also_groups\": []") != std::string::npos);
}

TEST_CASE("a wrong groups file: exit 2 with file:line:col, and lint says the same") {
  const std::string folder = temp_dir();
  const std::string path = testing::write_file(
      folder, "groups.yaml",
      "labeltool: groups/1\nnormsets: [kssw@2019, nvvk@2021]\ngroups:\n  leiding:\n"
      "    from: [bestuur, staff]\n  dag1:\n    from: [bestuur]\n");
  const auto plan = testing::run_labeltool({"plan", "kssw@2019", "nvvk@2021", "--groups", path});
  CHECK(plan.exit_code == 2);
  CHECK(plan.err.find(path + ":5:21: error[unknown-discipline]: 'staff' is not an interview "
                             "group of kssw@2019 and nvvk@2021 (did you mean 'staf'?)") !=
        std::string::npos);
  CHECK(plan.err.find(path + ":7:12: error[group-merged-twice]: group 'bestuur' is put in both "
                             "'leiding' and 'dag1'") != std::string::npos);
  const auto lint = testing::run_labeltool({"lint", path});
  CHECK(lint.exit_code == 1);
  CHECK(lint.out.find(path + ":5:21: error[unknown-discipline]") != std::string::npos);
  CHECK(lint.out.find(path + ":7:12: error[group-merged-twice]") != std::string::npos);
  const auto shipped = testing::run_labeltool({"lint", "examples/geldwijzer-groups.yaml"});
  CHECK(shipped.exit_code == 0);
  const auto no_audit = testing::run_labeltool({"template", "kssw@2019", "--groups", path});
  CHECK(no_audit.exit_code == 2);
}

TEST_SUITE_END();
