// CISO Assistant libraries: frameworks into norm sets, requirement mapping sets into
// crosswalks, and the lint rules for them. The real-file tests read the shared fixtures in
// ../shared/fixtures/ciso-assistant/ (see its README) and skip, saying so, when it is absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_set>

#include "analysis/integrity.hpp"
#include "input/lint.hpp"
#include "read/ciso_reader.hpp"
#include "read/crosswalk_reader.hpp"
#include "read/normset_reader.hpp"
#include "report/diagnostics.hpp"
#include "support/helpers.hpp"

using namespace labeltool;
using labeltool::testing::codes;
using labeltool::testing::render;
using model::Relation;

namespace {

const std::string fixture_dir = LABELTOOL_SOURCE_DIR "/../shared/fixtures/ciso-assistant";

bool have_fixtures() {
  for (const auto* name :
       {"iso27001-2013.yaml", "iso27001-2022.yaml", "mapping-iso27001-2013-to-iso27001-2022.yaml"})
    if (!std::filesystem::is_regular_file(fixture_dir + "/" + name)) return false;
  return true;
}

#define SKIP_WITHOUT_FIXTURES()                                                           \
  do {                                                                                    \
    if (!have_fixtures()) {                                                               \
      MESSAGE("skipped: the CISO Assistant fixtures are absent (" << fixture_dir << ")"); \
      return;                                                                             \
    }                                                                                     \
  } while (false)

std::string name_of(Code code) { return std::string(code_name(code)); }

/// A real fixture file, parsed (its parse must be clean).
yaml::Document fixture(const std::string& name) {
  Diagnostics diagnostics;
  auto document = yaml::read_yaml_file(fixture_dir + "/" + name, {}, diagnostics);
  REQUIRE(document);
  REQUIRE(render(diagnostics) == "");
  return std::move(*document);
}

/// Counts per relation of a crosswalk.
std::map<Relation, int> relation_counts(const model::Crosswalk& crosswalk) {
  std::map<Relation, int> counts;
  for (const auto& mapping : crosswalk.mappings) ++counts[mapping.relation];
  return counts;
}

const model::Mapping* find_mapping(const model::Crosswalk& crosswalk, const std::string& source,
                                   const std::string& target) {
  for (const auto& mapping : crosswalk.mappings)
    if (mapping.source == source && mapping.target == target) return &mapping;
  return nullptr;
}

// ---------------------------------------------------------------------------------------
// Small inline libraries.

/// Framework "fa": section S1 > subsection S1.1 > R1; S1 > R2; extra nodes appended.
std::string framework_a(const std::string& extra_nodes = "") {
  return R"(urn: urn:test:risk:library:fa
locale: en
ref_id: FA 1.0/beta
name: Framework A
version: 3
copyright: Test text, see https://example.org/fa.
provider: Tester
packager: Tester
objects:
  framework:
    urn: urn:test:risk:framework:fa
    ref_id: FA
    name: Framework A
    requirement_nodes:
    - urn: urn:test:risk:req_node:fa:s1
      assessable: false
      depth: 1
      ref_id: S1
      name: Section one
    - urn: urn:test:risk:req_node:fa:s1.1
      assessable: false
      depth: 2
      parent_urn: urn:test:risk:req_node:fa:s1
      ref_id: S1.1
      name: Subsection
    - urn: urn:test:risk:req_node:fa:r1
      assessable: true
      depth: 3
      parent_urn: urn:test:risk:req_node:fa:s1.1
      ref_id: R1
      name: First requirement
      description: Do the first thing.
    - urn: urn:test:risk:req_node:fa:r2
      assessable: true
      depth: 2
      parent_urn: urn:test:risk:req_node:fa:s1
      ref_id: R2
      name: Second requirement
)" + extra_nodes;
}

/// Framework "fb": section T1 > Q1, Q2.
std::string framework_b() {
  return R"(urn: urn:test:risk:library:fb
locale: en
ref_id: FB
name: Framework B
version: 1
provider: Other
packager: Tester
objects:
  framework:
    urn: urn:test:risk:framework:fb
    ref_id: FB
    name: Framework B
    requirement_nodes:
    - urn: urn:test:risk:req_node:fb:t1
      assessable: false
      depth: 1
      ref_id: T1
      name: Topic one
    - urn: urn:test:risk:req_node:fb:q1
      assessable: true
      depth: 2
      parent_urn: urn:test:risk:req_node:fb:t1
      ref_id: Q1
      name: Question one
      description: Answer question one.
    - urn: urn:test:risk:req_node:fb:q2
      assessable: true
      depth: 2
      parent_urn: urn:test:risk:req_node:fb:t1
      ref_id: Q2
      name: Question two
      description: Answer question two.
)";
}

/// A mapping library fa → fb with these rows (each "    - ..." lines).
std::string mapping_text(const std::string& rows) {
  return R"(urn: urn:test:risk:library:mapping-fa-fb
locale: en
ref_id: mapping-fa-fb
name: FA -> FB
version: 1
provider: Tester
packager: Tester
objects:
  requirement_mapping_set:
    urn: urn:test:risk:req_mapping_set:fa-fb
    ref_id: mapping-fa-fb
    name: FA -> FB
    source_framework_urn: urn:test:risk:framework:fa
    target_framework_urn: urn:test:risk:framework:fb
    requirement_mappings:
)" + rows;
}

std::string row(const std::string& source, const std::string& target,
                const std::string& relationship, const std::string& extra = "") {
  return "    - source_requirement_urn: urn:test:risk:req_node:fa:" + source +
         "\n      target_requirement_urn: urn:test:risk:req_node:fb:" + target +
         "\n      relationship: " + relationship + "\n" + extra;
}

struct Parsed {
  Diagnostics diagnostics;
  std::optional<yaml::Document> document;
  explicit Parsed(const std::string& text, const std::string& path = "lib.yaml") {
    document = yaml::parse_yaml(path, text, {}, diagnostics);
    REQUIRE(document);
    REQUIRE(render(diagnostics) == "");
  }
};

/// The two inline frameworks, read cleanly.
struct Frameworks {
  Parsed a{framework_a(), "fa.yaml"}, b{framework_b(), "fb.yaml"};
  read::CisoFramework fa, fb;
  Frameworks() {
    Diagnostics diagnostics;
    auto ra = read::read_ciso_framework(*a.document, diagnostics);
    auto rb = read::read_ciso_framework(*b.document, diagnostics);
    REQUIRE(ra);
    REQUIRE(rb);
    REQUIRE(render(diagnostics) == "");
    fa = std::move(*ra);
    fb = std::move(*rb);
  }
};

/// Reads `rows` as a mapping fa → fb; returns the findings (and the crosswalk in `out`).
Diagnostics mapping_findings(const std::string& rows,
                             std::optional<model::Crosswalk>* out = nullptr) {
  Frameworks sets;
  Parsed mapping(mapping_text(rows), "map.yaml");
  Diagnostics diagnostics;
  auto crosswalk = read::read_ciso_mapping_set(*mapping.document, &sets.fa, &sets.fb, diagnostics);
  // As lint does: the rows among themselves are checked by the rule for every crosswalk.
  if (crosswalk) analysis::check_mapping_rows(*crosswalk, diagnostics);
  if (out) *out = std::move(crosswalk);
  return diagnostics;
}

/// Reads `text` as a framework; returns the findings.
Diagnostics framework_findings(const std::string& text,
                               std::optional<read::CisoFramework>* out = nullptr) {
  Parsed parsed(text);
  Diagnostics diagnostics;
  auto framework = read::read_ciso_framework(*parsed.document, diagnostics);
  if (out) *out = std::move(framework);
  return diagnostics;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// The real files. Every number below was counted from the fixtures with /usr/bin/python3 and
// PyYAML (yaml.safe_load; assessable = nodes with `assessable: true`; themes = nodes without
// parent_urn; rows = entries of objects.requirement_mapping_set.requirement_mappings,
// counted with collections.Counter on `relationship`), not taken from labeltool's output.

TEST_SUITE_BEGIN("read/ciso_reader");

TEST_CASE("CISO: ISO/IEC 27001:2013 is read as a draft norm set") {
  SKIP_WITHOUT_FIXTURES();
  const auto document = fixture("iso27001-2013.yaml");
  CHECK(read::is_ciso_library(document));
  CHECK(read::ciso_library_content(document) == read::CisoContent::Framework);
  Diagnostics diagnostics;
  const auto framework = read::read_ciso_framework(document, diagnostics);
  REQUIRE(framework);
  const model::NormSet& set = framework->set;

  CHECK(set.reference() == "ISO-IEC-27001-2013@1");
  CHECK(set.name == "International standard ISO/IEC 27001:2013");
  CHECK(set.owner == "ISO/IEC (packaged by intuitem)");
  CHECK(set.language == "en");
  CHECK(set.status == model::Status::Draft);
  CHECK(set.status_note ==
        "Read from a CISO Assistant library (urn:intuitem:risk:library:iso27001-2013); texts as "
        "published "
        "there, see its copyright field.");
  CHECK(set.sources == std::vector<std::string>{"https://www.iso.org/standard/27001"});
  CHECK(framework->urn == "urn:intuitem:risk:framework:iso27001-2013");

  // 200 nodes: 140 assessable, 60 not; 2 top-level nodes (Core, Annex A) with 26 and 114.
  CHECK(set.norm_count() == 140);
  CHECK(framework->norm_of_urn.size() == 140);
  CHECK(framework->non_assessable_urns.size() == 60);
  REQUIRE(set.themes.size() == 2);
  CHECK(set.themes[0].id == "core");
  CHECK(set.themes[0].title == "Core");
  CHECK(set.themes[0].norms.size() == 26);
  CHECK(set.themes[1].id == "annex-a");
  CHECK(set.themes[1].title == "Annex A");
  CHECK(set.themes[1].norms.size() == 114);

  const auto* first = set.find_norm("4.1");
  REQUIRE(first);
  CHECK(first->title == "Understanding the organization and its context");
  CHECK(first->text == "Understand the context and the organization.");
  CHECK(first->theme_id == "core");
  CHECK(framework->section_of_norm.at("4.1") == "4 Context of the organization");
  // Annex A controls have a name but no description here: the name is the text.
  const auto* policies = set.find_norm("A.5.1.1");
  REQUIRE(policies);
  CHECK(policies->title == "Policies for information security");
  CHECK(policies->text == "Policies for information security");
  CHECK(policies->theme_id == "annex-a");
  CHECK(framework->section_of_norm.at("A.5.1.1") ==
        "A.5.1 Management direction for information security");
  // ' Terms and conditions of employment' is written with a leading space.
  CHECK(set.find_norm("A.7.1.2")->title == "Terms and conditions of employment");
  CHECK(framework->norm_of_urn.at("urn:intuitem:risk:req_node:iso27001-2013:a.18.2.3") ==
        "A.18.2.3");
  CHECK_FALSE(set.find_norm("A.5.1"));  // a section, not a requirement
  CHECK(framework->non_assessable_urns.count("urn:intuitem:risk:req_node:iso27001-2013:a.5.1"));

  // The only finding: every `depth` is one less than the node's level under parent_urn (the
  // two top-level nodes have none; '4' under 'core' says depth 1), reported once.
  REQUIRE(diagnostics.size() == 1);
  CHECK(name_of(diagnostics[0].code) == name_of(read::ciso_code::inconsistent_depth));
  CHECK(diagnostics[0].severity == Severity::Warning);
  CHECK(diagnostics[0].position.line == 27);
  CHECK(diagnostics[0].message ==
        "node '4' has depth 1 but is at level 2 under its parent_urn chain; 198 of the 198 nodes "
        "with a "
        "depth disagree with the tree (labeltool follows parent_urn)");

  // The norm-set integrity rules add only duplicate titles: ISO's headings 'General' (6.1.1,
  // 7.5.1) and 'Information security risk treatment' (6.1.3, 8.3).
  Diagnostics integrity;
  analysis::check_normset(set, integrity);
  CHECK(codes(integrity) == std::vector<std::string>{"duplicate-title", "duplicate-title"});
}

TEST_CASE("CISO: ISO/IEC 27001:2022 is read as a draft norm set") {
  SKIP_WITHOUT_FIXTURES();
  const auto document = fixture("iso27001-2022.yaml");
  Diagnostics diagnostics;
  const auto framework = read::read_ciso_framework(document, diagnostics);
  REQUIRE(framework);
  const model::NormSet& set = framework->set;
  CHECK(render(diagnostics) == "");  // the 2022 file breaks none of the rules

  CHECK(set.reference() == "ISO-IEC-27001-2022@18");
  CHECK(set.owner == "ISO/IEC (packaged by intuitem)");
  // 140 nodes: 123 assessable, 17 not; top-level 'core' (Clauses, 30) and 'annex-a' (93).
  CHECK(set.norm_count() == 123);
  CHECK(framework->non_assessable_urns.size() == 17);
  REQUIRE(set.themes.size() == 2);
  CHECK(set.themes[0].id == "core");
  CHECK(set.themes[0].title == "Clauses");
  CHECK(set.themes[0].norms.size() == 30);
  CHECK(set.themes[1].id == "annex-a");
  CHECK(set.themes[1].title == "Statement of Applicability");
  CHECK(set.themes[1].norms.size() == 93);

  CHECK(set.find_norm("6.3")->title == "Planning for changes");  // new in 2022
  CHECK(set.find_norm("A.5.23")->title == "Information security for use of cloud services");
  CHECK(set.find_norm("A.8.28")->title == "Secure coding");
  CHECK(set.find_norm("A.8.34")->title == "Protection of information systems during audit testing");
  CHECK(framework->section_of_norm.at("A.5.23") == "A.5 Organisational controls");
  CHECK(set.find_norm("A.5.23")->text.rfind("This control ensures the secure use of cloud services",
                                            0) == 0);

  // Duplicate headings: 'General' (6.1.1, 7.5.1, 9.2.1, 9.3.1), 'Information security risk
  // treatment' (6.1.3, 8.3).
  Diagnostics integrity;
  analysis::check_normset(set, integrity);
  CHECK(codes(integrity) == std::vector<std::string>(4, "duplicate-title"));
}

TEST_CASE("CISO: the publisher's 2013 → 2022 mapping set is read as a crosswalk") {
  SKIP_WITHOUT_FIXTURES();
  const auto old_doc = fixture("iso27001-2013.yaml");
  const auto new_doc = fixture("iso27001-2022.yaml");
  const auto map_doc = fixture("mapping-iso27001-2013-to-iso27001-2022.yaml");
  CHECK(read::ciso_library_content(map_doc) == read::CisoContent::MappingSet);
  const auto urns = read::ciso_mapping_framework_urns(map_doc);
  CHECK(urns.first == "urn:intuitem:risk:framework:iso27001-2013");
  CHECK(urns.second == "urn:intuitem:risk:framework:iso27001-2022");

  Diagnostics ignored;
  const auto old_set = read::read_ciso_framework(old_doc, ignored);
  const auto new_set = read::read_ciso_framework(new_doc, ignored);
  REQUIRE(old_set);
  REQUIRE(new_set);
  CHECK(old_set->urn == urns.first);
  CHECK(new_set->urn == urns.second);

  Diagnostics diagnostics;
  const auto crosswalk = read::read_ciso_mapping_set(map_doc, &*old_set, &*new_set, diagnostics);
  REQUIRE(crosswalk);
  CHECK(render(diagnostics) == "");  // every row passes every rule
  CHECK(crosswalk->source == "ISO-IEC-27001-2013@1");
  CHECK(crosswalk->target == "ISO-IEC-27001-2022@18");
  CHECK(crosswalk->status == model::Status::Draft);

  // 134 rows: 77 equal, 48 subset, 6 superset, 3 intersect; all 'syntactic', no strength.
  CHECK(crosswalk->mappings.size() == 134);
  const auto counts = relation_counts(*crosswalk);
  CHECK(counts.at(Relation::Equal) == 77);
  CHECK(counts.at(Relation::Subset) == 48);
  CHECK(counts.at(Relation::Superset) == 6);
  CHECK(counts.at(Relation::Intersects) == 3);
  CHECK(counts.count(Relation::NotRelated) == 0);
  for (const auto& mapping : crosswalk->mappings) {
    CHECK(mapping.rationale == "syntactic");
    CHECK_FALSE(mapping.strength);
  }
  REQUIRE(find_mapping(*crosswalk, "A.6.2.2", "A.6.7"));
  CHECK(find_mapping(*crosswalk, "A.6.2.2", "A.6.7")->relation == Relation::Equal);  // teleworking
  CHECK(find_mapping(*crosswalk, "9.3", "9.3.3")->relation == Relation::Superset);
  CHECK(find_mapping(*crosswalk, "A.16.1.3", "A.6.8")->relation == Relation::Intersects);
  CHECK(find_mapping(*crosswalk, "A.18.2.3", "A.5.36")->relation == Relation::Subset);

  // 131 distinct 2013 requirements are mapped (9 of 140 are not), onto 107 distinct 2022
  // requirements (16 of 123 are not, e.g. the new A.5.7 threat intelligence).
  std::set<std::string> sources, targets;
  for (const auto& mapping : crosswalk->mappings) {
    sources.insert(mapping.source);
    targets.insert(mapping.target);
  }
  CHECK(sources.size() == 131);
  CHECK(targets.size() == 107);
  CHECK_FALSE(targets.count("A.5.7"));

  // labeltool's own crosswalk rules find nothing more in the result.
  Diagnostics more;
  analysis::check_crosswalk(*crosswalk, old_set->set, new_set->set, more);
  CHECK(render(more) == "");
}

TEST_CASE("CISO: a mapping set without its frameworks is still checked, but gives no crosswalk") {
  SKIP_WITHOUT_FIXTURES();
  const auto map_doc = fixture("mapping-iso27001-2013-to-iso27001-2022.yaml");
  Diagnostics diagnostics;
  CHECK_FALSE(read::read_ciso_mapping_set(map_doc, nullptr, nullptr, diagnostics));
  CHECK(codes(diagnostics) ==
        std::vector<std::string>{"unresolved-reference", "unresolved-reference"});
  CHECK(diagnostics[0].position.line == 22);
}

// ---------------------------------------------------------------------------------------
// Reading, on small inline libraries.

TEST_CASE("CISO: a small framework becomes themes, norms and sections") {
  Frameworks sets;
  const auto& set = sets.fa.set;
  CHECK(set.reference() == "FA-1.0-beta@3");  // ref_id 'FA 1.0/beta' made an ID
  CHECK(set.owner == "Tester");
  CHECK(set.sources == std::vector<std::string>{"https://example.org/fa"});
  REQUIRE(set.themes.size() == 1);
  CHECK(set.themes[0].id == "S1");
  CHECK(set.themes[0].title == "Section one");
  REQUIRE(set.themes[0].norms.size() == 2);
  CHECK(set.themes[0].norms[0].id == "R1");
  CHECK(set.themes[0].norms[0].text == "Do the first thing.");
  CHECK(set.themes[0].norms[1].id == "R2");
  CHECK(set.themes[0].norms[1].text == "Second requirement");  // no description: the name
  CHECK(sets.fa.section_of_norm.at("R1") == "S1.1 Subsection");
  CHECK_FALSE(sets.fa.section_of_norm.count("R2"));  // directly under its theme
  CHECK(sets.fa.non_assessable_urns == std::unordered_set<std::string>{
                                           "urn:test:risk:req_node:fa:s1",
                                           "urn:test:risk:req_node:fa:s1.1"});
  CHECK(sets.fb.set.owner == "Other (packaged by Tester)");
  CHECK_FALSE(read::is_ciso_library(*Parsed("labeltool: normset/1\nid: x\n").document));
  CHECK(read::ciso_library_content(*sets.a.document) == read::CisoContent::Framework);
}

TEST_CASE("CISO: duplicate or missing ref_ids fall back to the URN's last part") {
  std::optional<read::CisoFramework> framework;
  const auto diagnostics = framework_findings(framework_a(R"(    - urn: urn:test:risk:req_node:fa:x7
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:s1
      ref_id: R9
      name: One R9
    - urn: urn:test:risk:req_node:fa:x8
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:s1
      ref_id: R9
      name: Another R9
    - urn: urn:test:risk:req_node:fa:x9
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:s1
      name: No ref_id
)"),
                                              &framework);
  CHECK(render(diagnostics) == "");
  REQUIRE(framework);
  CHECK(framework->norm_of_urn.at("urn:test:risk:req_node:fa:x7") == "x7");
  CHECK(framework->norm_of_urn.at("urn:test:risk:req_node:fa:x8") == "x8");
  CHECK(framework->norm_of_urn.at("urn:test:risk:req_node:fa:x9") == "x9");
  CHECK(framework->set.find_norm("x9")->title == "No ref_id");
}

namespace {
/// A flat framework 'flat' (every requirement assessable at the top) with `nodes`.
std::string flat_framework(const std::string& nodes) {
  return R"(urn: urn:test:lib:flat
locale: fr
ref_id: flat
version: 2
objects:
  frameworks:
  - urn: urn:test:framework:flat
    ref_id: flat
    name: Flat
    requirement_nodes:
)" + nodes;
}
}  // namespace

TEST_CASE("CISO: a flat framework (assessable top-level nodes) gets one theme") {
  std::optional<read::CisoFramework> framework;
  const auto diagnostics = framework_findings(
      flat_framework(
          R"(    - {urn: "urn:test:node:flat:1", assessable: true, ref_id: "1", name: Un}
    - {urn: "urn:test:node:flat:2", assessable: true, ref_id: "2", description: Deux}
)"),
      &framework);
  CHECK(render(diagnostics) == "");
  REQUIRE(framework);
  REQUIRE(framework->set.themes.size() == 1);
  CHECK(framework->set.themes[0].id == "requirements");
  CHECK(framework->set.themes[0].norms.size() == 2);
  CHECK(framework->set.find_norm("2")->title == "2");  // no name: the ref_id
  CHECK(framework->set.find_norm("2")->text == "Deux");
  CHECK(framework->set.language == "fr");
}

TEST_CASE("CISO: in a flat framework a requirement named 'requirements' keeps that ID") {
  // The norm takes its ID before its theme is made, so the theme gives way.
  std::optional<read::CisoFramework> framework;
  const auto diagnostics = framework_findings(
      flat_framework(
          "    - {urn: \"urn:test:node:flat:1\", assessable: true, ref_id: requirements, name: Un}\n"),
      &framework);
  CHECK(render(diagnostics) == "");
  REQUIRE(framework);
  REQUIRE(framework->set.themes.size() == 1);
  CHECK(framework->set.themes[0].norms.at(0).id == "requirements");
  CHECK(framework->set.themes[0].id == "flat-requirements");
}

// ---------------------------------------------------------------------------------------
// Lint rules, one by one.

TEST_CASE("CISO lint: an assessable node with neither name nor description") {
  const auto diagnostics = framework_findings(framework_a(R"(    - urn: urn:test:risk:req_node:fa:r3
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:s1
      ref_id: R3
)"));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == read::ciso_code::requirement_without_text);
  CHECK(diagnostics[0].position.line == 39);
  CHECK(diagnostics[0].message ==
        "requirement 'R3' is assessable but has no 'name', 'description' or 'questions' text: "
        "there is nothing to assess");
}

TEST_CASE("CISO lint: structure of the requirement nodes") {
  SUBCASE("a URN defined twice (ignoring case)") {
    const auto diagnostics =
        framework_findings(framework_a(R"(    - urn: URN:test:risk:req_node:fa:R1
      assessable: true
      name: Again
)"));
    CHECK(codes(diagnostics) == std::vector<std::string>{"duplicate-id"});
    CHECK(diagnostics[0].related.size() == 1);
  }
  SUBCASE("a parent_urn that does not exist") {
    const auto diagnostics =
        framework_findings(framework_a(R"(    - urn: urn:test:risk:req_node:fa:r4
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:s1.2
      name: Orphan
)"));
    REQUIRE(codes(diagnostics) == std::vector<std::string>{"unknown-norm"});
    CHECK(diagnostics[0].message.find("did you mean 'urn:test:risk:req_node:fa:s1.1'?") !=
          std::string::npos);
  }
  SUBCASE("parent_urn loops end, reported once per loop") {
    std::optional<read::CisoFramework> framework;
    const auto diagnostics =
        framework_findings(framework_a(R"(    - urn: urn:test:risk:req_node:fa:l1
      assessable: false
      parent_urn: urn:test:risk:req_node:fa:l2
      name: Loop one
    - urn: urn:test:risk:req_node:fa:l2
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:l1
      name: Loop two
    - urn: urn:test:risk:req_node:fa:self
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:self
      name: Itself
)"),
                           &framework);
    CHECK(codes(diagnostics) == std::vector<std::string>{"invalid-value", "invalid-value"});
    REQUIRE(framework);
    CHECK(framework->norm_of_urn.count("urn:test:risk:req_node:fa:l2"));
  }
  SUBCASE("'assessable' as quoted text") {
    const auto diagnostics =
        framework_findings(framework_a(R"(    - urn: urn:test:risk:req_node:fa:r5
      assessable: "false"
      parent_urn: urn:test:risk:req_node:fa:s1
      name: Quoted
)"));
    CHECK(codes(diagnostics) == std::vector<std::string>{"wrong-type"});
  }
  SUBCASE("depth that disagrees with the tree") {
    const auto diagnostics =
        framework_findings(framework_a(R"(    - urn: urn:test:risk:req_node:fa:r6
      assessable: true
      depth: 5
      parent_urn: urn:test:risk:req_node:fa:s1
      name: Deep
)"));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == read::ciso_code::inconsistent_depth);
    CHECK(diagnostics[0].severity == Severity::Warning);
    CHECK(diagnostics[0].position.line == 41);
  }
  SUBCASE("a library without a framework") {
    Parsed parsed(mapping_text(row("r1", "q1", "equal")));
    Diagnostics diagnostics;
    CHECK_FALSE(read::read_ciso_framework(*parsed.document, diagnostics));
    CHECK(codes(diagnostics) == std::vector<std::string>{"missing-key"});
  }
}

TEST_CASE("CISO lint: a clean mapping set") {
  std::optional<model::Crosswalk> crosswalk;
  const auto diagnostics = mapping_findings(
      row("r1", "q1", "equal", "      rationale: Semantic\n      strength_of_relationship: 10\n") +
          row("r2", "q1", "intersect",
              "      strength_of_relationship: 4\n      annotation: Partly.\n") +
          row("R2", "Q2", "not_related",
              "      strength_of_relationship: null\n      rationale: null\n"),
      &crosswalk);
  CHECK(render(diagnostics) == "");
  REQUIRE(crosswalk);
  CHECK(crosswalk->source == "FA-1.0-beta@3");
  CHECK(crosswalk->target == "FB@1");
  REQUIRE(crosswalk->mappings.size() == 3);
  CHECK(crosswalk->mappings[0].relation == Relation::Equal);
  CHECK(crosswalk->mappings[0].rationale == "semantic");
  CHECK(crosswalk->mappings[0].strength == 10);
  CHECK(crosswalk->mappings[1].relation == Relation::Intersects);
  CHECK(crosswalk->mappings[1].note == "Partly.");
  CHECK(crosswalk->mappings[2].source == "R2");  // URNs match ignoring case, as in CISO Assistant
  CHECK(crosswalk->mappings[2].relation == Relation::NotRelated);
  CHECK_FALSE(crosswalk->mappings[2].strength);
}

TEST_CASE("CISO lint: a row onto a URN that does not exist") {
  std::optional<model::Crosswalk> crosswalk;
  const auto diagnostics =
      mapping_findings(row("r1", "q1x", "equal") + row("r1", "q2", "subset"), &crosswalk);
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"unknown-norm"});
  CHECK(diagnostics[0].position.line == 17);
  CHECK(diagnostics[0].message ==
        "target requirement 'urn:test:risk:req_node:fb:q1x' is not a requirement of FB@1 (did you "
        "mean "
        "'urn:test:risk:req_node:fb:q1'?)");
  REQUIRE(crosswalk);
  CHECK(crosswalk->mappings.size() == 1);  // the bad row is left out
}

TEST_CASE("CISO lint: source and target swapped") {
  const auto diagnostics = mapping_findings(
      "    - source_requirement_urn: urn:test:risk:req_node:fb:q1\n"
      "      target_requirement_urn: urn:test:risk:req_node:fa:r1\n      relationship: equal\n");
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"unknown-norm", "unknown-norm"});
  CHECK(diagnostics[0].message.find("(source and target swapped?)") != std::string::npos);
}

TEST_CASE("CISO lint: a row onto a non-assessable node") {
  const auto diagnostics =
      mapping_findings(row("s1.1", "q1", "superset") + row("r1", "t1", "subset"));
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == read::ciso_code::mapping_onto_section);
  CHECK(diagnostics[0].message ==
        "source requirement 'urn:test:risk:req_node:fa:s1.1' is a section of FA-1.0-beta@3, not an "
        "assessable "
        "requirement; map the requirements under it");
  CHECK(diagnostics[1].code == read::ciso_code::mapping_onto_section);
  CHECK(diagnostics[1].position.line == 20);
}

TEST_CASE("CISO lint: the same pair twice") {
  std::optional<model::Crosswalk> crosswalk;
  const auto diagnostics =
      mapping_findings(row("r1", "q1", "equal") + row("R1", "q1", "equal"), &crosswalk);
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"duplicate-mapping"});
  CHECK(diagnostics[0].severity == Severity::Warning);
  CHECK(diagnostics[0].position.line == 19);
  REQUIRE(diagnostics[0].related.size() == 1);
  CHECK(diagnostics[0].related[0].position.line == 16);
  REQUIRE(crosswalk);
  // Both rows are kept, as from a crosswalk/1 file: check_mapping_rows warns about the second.
  CHECK(crosswalk->mappings.size() == 2);
}

TEST_CASE("CISO lint: one pair with two relations") {
  const auto diagnostics = mapping_findings(row("r1", "q1", "equal") + row("r1", "q1", "subset"));
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"conflicting-relation"});
  CHECK(diagnostics[0].position.line == 21);
  CHECK(diagnostics[0].message == "the pair R1 → Q1 is 'subset' here but 'equal' before; keep one");
}

TEST_CASE("CISO lint: strength outside 0–10, or contradicting the relation") {
  auto diagnostics =
      mapping_findings(row("r1", "q1", "intersect", "      strength_of_relationship: 11\n"));
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"invalid-value"});
  CHECK(diagnostics[0].position.line == 19);
  CHECK(diagnostics[0].message == "'strength_of_relationship' is 11; it must be from 0 to 10");
  // Quoted, it is text (as PyYAML reads it), not a number: wrong-type, as in YAML.
  diagnostics =
      mapping_findings(row("r1", "q1", "intersect", "      strength_of_relationship: \"5\"\n"));
  CHECK(codes(diagnostics) == std::vector<std::string>{"wrong-type"});
  CHECK(diagnostics[0].message ==
        "'strength_of_relationship' must be a whole number of at most 15 digits, not '5'");
  diagnostics = mapping_findings(row("r1", "q1", "equal", "      strength_of_relationship: 7\n"));
  CHECK(codes(diagnostics) == std::vector<std::string>{"strength-mismatch"});
}

TEST_CASE("CISO lint: rationale and relationship outside the vocabulary") {
  auto diagnostics = mapping_findings(row("r1", "q1", "equal", "      rationale: vibes\n"));
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"invalid-value"});
  CHECK(diagnostics[0].message ==
        "'rationale' is 'vibes'; allowed: syntactic, semantic, functional");
  diagnostics = mapping_findings(row("r1", "q1", "intersects"));
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"invalid-value"});
  CHECK(diagnostics[0].message ==
        "'relationship' is 'intersects'; allowed: equal, subset, superset, intersect, not_related "
        "(did you mean 'intersect'?)");
  diagnostics = mapping_findings(
      "    - source_requirement_urn: urn:test:risk:req_node:fa:r1\n      relationship: equal\n");
  CHECK(codes(diagnostics) == std::vector<std::string>{"missing-key"});
}

TEST_CASE("CISO: the matching set is chosen from requirement_mapping_sets") {
  Frameworks sets;
  const std::string text = R"(urn: urn:test:risk:library:both
locale: en
ref_id: both
version: 1
objects:
  requirement_mapping_sets:
  - urn: urn:test:risk:req_mapping_set:fb-fa
    name: FB -> FA
    source_framework_urn: urn:test:risk:framework:fb
    target_framework_urn: urn:test:risk:framework:fa
    requirement_mappings:
    - source_requirement_urn: urn:test:risk:req_node:fb:q1
      target_requirement_urn: urn:test:risk:req_node:fa:r1
      relationship: superset
  - urn: urn:test:risk:req_mapping_set:fa-fb
    name: FA -> FB
    source_framework_urn: urn:test:risk:framework:fa
    target_framework_urn: urn:test:risk:framework:fb
    requirement_mappings:
    - source_requirement_urn: urn:test:risk:req_node:fa:r1
      target_requirement_urn: urn:test:risk:req_node:fb:q1
      relationship: subset
)";
  Parsed parsed(text);
  CHECK(read::ciso_mapping_framework_urns(*parsed.document).first == "urn:test:risk:framework:fb");
  Diagnostics diagnostics;
  const auto crosswalk =
      read::read_ciso_mapping_set(*parsed.document, &sets.fa, &sets.fb, diagnostics);
  CHECK(render(diagnostics) == "");
  REQUIRE(crosswalk);
  REQUIRE(crosswalk->mappings.size() == 1);
  CHECK(crosswalk->mappings[0].relation == Relation::Subset);
  // The wrong framework for a side is reported, and no crosswalk is made.
  diagnostics.clear();
  CHECK_FALSE(read::read_ciso_mapping_set(*Parsed(mapping_text(row("r1", "q1", "equal"))).document,
                                          &sets.fb, &sets.fb, diagnostics));
  CHECK(codes(diagnostics) == std::vector<std::string>{"unresolved-reference"});
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("cli/main");

TEST_CASE("lint, show and diff work on the CISO Assistant fixtures from the command line") {
  const std::string folder =
      std::string(LABELTOOL_SOURCE_DIR) + "/../shared/fixtures/ciso-assistant";
  if (!std::filesystem::is_directory(folder)) {
    MESSAGE("skipped: the CISO Assistant fixtures are absent (" << folder << ")");
    return;
  }
  using labeltool::testing::run_labeltool;
  // The three files this test was written for; the folder holds more fixtures now.
  const auto lint =
      run_labeltool({"lint", folder + "/iso27001-2013.yaml", folder + "/iso27001-2022.yaml",
                     folder + "/mapping-iso27001-2013-to-iso27001-2022.yaml"});
  CHECK(lint.exit_code == 0);
  CHECK(lint.out.find("iso27001-2013.yaml:27:14: warning[inconsistent-depth]") !=
        std::string::npos);
  CHECK(lint.out.find("0 errors, 1 warning in 3 files") != std::string::npos);

  const auto show = run_labeltool({"show", folder + "/iso27001-2022.yaml"});
  CHECK(show.exit_code == 0);
  CHECK(show.out.find("(ISO-IEC-27001-2022@18)") != std::string::npos);
  CHECK(show.out.find("2 thema's, 123 normen") != std::string::npos);

  const std::string mapping = folder + "/mapping-iso27001-2013-to-iso27001-2022.yaml";
  const auto versions =
      run_labeltool({"diff", "--as", "versions", "--format", "json", folder + "/iso27001-2013.yaml",
                     folder + "/iso27001-2022.yaml", "--crosswalk", mapping});
  CHECK(versions.exit_code == 0);
  CHECK(versions.out.find("\"kind\": \"versions\"") != std::string::npos);
  // 131 mapped 2013 requirements in 134 rows; 16 of 2022 new; 9 of 2013 without successor.
  const auto labels = run_labeltool({"diff", "--format", "json", folder + "/iso27001-2013.yaml",
                                     folder + "/iso27001-2022.yaml", "--crosswalk", mapping});
  CHECK(labels.exit_code == 0);
  CHECK(labels.out.find("\"kind\": \"labels\"") != std::string::npos);
  const auto text = run_labeltool({"diff", "--as", "versions", folder + "/iso27001-2013.yaml",
                                   folder + "/iso27001-2022.yaml", "--crosswalk", mapping});
  CHECK(text.out.find("nieuw: 16, vervallen: 9") != std::string::npos);
}

TEST_SUITE_END();

// ---------------------------------------------------------------------------------------
// Libraries in full: every mapping set, a set against its reverse, the did-you-mean.

TEST_SUITE_BEGIN("read/ciso_mapping_sets");

namespace {

/// A library holding `sets` (each "  - urn: …" items of requirement_mapping_sets).
std::string library_with_sets(const std::string& sets) {
  return "urn: urn:test:risk:library:mapping-fa-fb\nlocale: en\nref_id: mapping-fa-fb\n"
         "name: FA <-> FB\nversion: 1\nobjects:\n  requirement_mapping_sets:\n" +
         sets;
}

/// One item of requirement_mapping_sets between the two inline frameworks.
std::string set_item(const std::string& urn_tail, const std::string& from, const std::string& to,
                     const std::string& rows) {
  return "  - urn: urn:test:risk:req_mapping_set:" + urn_tail + "\n    name: FA <-> FB\n" +
         "    source_framework_urn: urn:test:risk:framework:" + from + "\n" +
         "    target_framework_urn: urn:test:risk:framework:" + to + "\n" +
         "    requirement_mappings:\n" + rows;
}

/// A row from `from`'s node to `to`'s node (framework letters a/b).
std::string urn_row(const std::string& from, const std::string& to, const std::string& relation) {
  return "    - source_requirement_urn: urn:test:risk:req_node:" + from +
         "\n      target_requirement_urn: urn:test:risk:req_node:" + to +
         "\n      relationship: " + relation + "\n";
}

/// Lints the two inline frameworks and `library` together, as `labeltool lint` does.
input::LintResult lint_with_frameworks(const std::string& library) {
  const std::string folder = testing::temp_dir();
  const std::vector<std::string> files = {testing::write_file(folder, "fa.yaml", framework_a()),
                                          testing::write_file(folder, "fb.yaml", framework_b()),
                                          testing::write_file(folder, "map.yaml", library)};
  input::Catalog catalog({}, {});
  return input::lint_files(files, catalog, {}, 1, "2026-11-23");
}

/// The findings of lint_with_frameworks() in map.yaml only.
Diagnostics in_mapping_file(const input::LintResult& result) {
  Diagnostics found;
  for (const auto& d : result.diagnostics)
    if (d.file.size() >= 8 && d.file.compare(d.file.size() - 8, 8, "map.yaml") == 0)
      found.push_back(d);
  return found;
}

}  // namespace

TEST_CASE("CISO lint: every set of requirement_mapping_sets is read, each under its own name") {
  // Both sets have a row onto a URN that does not exist; before, only the first was read.
  const auto result = lint_with_frameworks(library_with_sets(
      set_item("fa-fb", "fa", "fb",
               urn_row("fa:r1", "fb:q1", "equal") + urn_row("fa:r1", "fb:nope", "subset")) +
      set_item("fa-fb-revert", "fb", "fa",
               urn_row("fb:q1", "fa:r1", "equal") + urn_row("fb:q9", "fa:r2", "subset"))));
  CHECK(result.summary.crosswalks == 2);
  const auto found = in_mapping_file(result);
  REQUIRE(codes(found) == std::vector<std::string>{"unknown-norm", "unknown-norm"});
  CHECK(found[0].position.line == 17);
  CHECK(found[1].position.line == 27);
  CHECK(found[1].message.find("source requirement 'urn:test:risk:req_node:fb:q9'") == 0);
}

TEST_CASE("CISO lint: a reverse set must mirror its forward set") {
  const auto result = lint_with_frameworks(library_with_sets(
      set_item("fa-fb", "fa", "fb",
               urn_row("fa:r1", "fb:q1", "subset") + urn_row("fa:r2", "fb:q2", "equal")) +
      set_item("fa-fb-revert", "fb", "fa",
               urn_row("fb:q1", "fa:r1", "subset") + urn_row("fb:q1", "fa:r2", "intersect"))));
  const auto found = in_mapping_file(result);
  REQUIRE(codes(found) ==
          std::vector<std::string>{"reverse-mismatch", "reverse-mismatch", "reverse-mismatch"});
  // R2 → Q2 has no mirror in the reverse set.
  CHECK(found[0].position.line == 16);
  CHECK(found[0].message ==
        "the pair R2 → Q2 in mapping set 'fa-fb' has no row Q2 → R2 in its reverse set "
        "'fa-fb-revert'");
  // Q1 → R1 must be superset, since R1 → Q1 is subset (the crosswalk/1 rule).
  CHECK(found[1].position.line == 26);
  CHECK(found[1].message.find("which makes this 'superset'") != std::string::npos);
  CHECK(found[2].position.line == 27);
  CHECK(found[2].message.find("'fa-fb-revert' has no row R2 → Q1 in its reverse set 'fa-fb'") !=
        std::string::npos);
}

TEST_CASE("CISO lint: the singular and the plural mapping set together are an error") {
  std::string text =
      library_with_sets(set_item("fa-fb", "fa", "fb", urn_row("fa:r1", "fb:q1", "equal")));
  text += "  requirement_mapping_set:\n    urn: urn:test:risk:req_mapping_set:other\n";
  const auto found = in_mapping_file(lint_with_frameworks(text));
  REQUIRE(codes(found) == std::vector<std::string>{"duplicate-key"});
  CHECK(found[0].position.line == 16);
  CHECK(found[0].message.find("CISO Assistant refuses such a library") != std::string::npos);
  REQUIRE(found[0].related.size() == 1);
  CHECK(found[0].related[0].position.line == 7);
}

TEST_CASE("CISO lint: a requirement that only asks questions has text") {
  std::optional<read::CisoFramework> framework;
  const auto diagnostics = framework_findings(framework_a(R"(    - urn: urn:test:risk:req_node:fa:r3
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:s1
      ref_id: R3
      questions:
        urn:test:risk:req_node:fa:r3:question:1:
          type: unique_choice
          text: Is the first thing done?
          choices:
          - urn: urn:test:risk:req_node:fa:r3:question:1:choice:1
            value: 'Yes'
        urn:test:risk:req_node:fa:r3:question:2:
          type: text
          text: Who does it?
)"),
                                              &framework);
  CHECK(render(diagnostics) == "");
  REQUIRE(framework);
  const model::Norm* norm = framework->set.find_norm("R3");
  REQUIRE(norm);
  CHECK(norm->text == "Is the first thing done?\nWho does it?");
}

TEST_CASE(
    "CISO lint: did-you-mean for a URN uses ref_id, the same parent, or says a section is "
    "missing") {
  // Extra nodes of fa: section S2 with R2.1, R2.2 (URN tails unlike their ref_ids), and C7.
  const std::string extra = R"(    - urn: urn:test:risk:req_node:fa:s2
      assessable: false
      ref_id: S2
      name: Section two
    - urn: urn:test:risk:req_node:fa:node12
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:s2
      ref_id: S2.1
      name: Two one
    - urn: urn:test:risk:req_node:fa:s2.2
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:s2
      ref_id: S2.2
      name: Two two
    - urn: urn:test:risk:req_node:fa:s2.2.1
      assessable: true
      parent_urn: urn:test:risk:req_node:fa:s2.2
      ref_id: S2.2.1
      name: Two two one
)";
  Parsed a(framework_a(extra), "fa.yaml"), b(framework_b(), "fb.yaml");
  Diagnostics ignored;
  auto fa = read::read_ciso_framework(*a.document, ignored);
  auto fb = read::read_ciso_framework(*b.document, ignored);
  REQUIRE(fa);
  REQUIRE(fb);
  const auto message_for = [&](const std::string& source_tail) {
    Parsed mapping(mapping_text(row(source_tail, "q1", "equal")), "map.yaml");
    Diagnostics diagnostics;
    read::read_ciso_mapping_set(*mapping.document, &*fa, &*fb, diagnostics);
    REQUIRE(diagnostics.size() == 1);
    return diagnostics[0].message;
  };
  // Written from the ref_id: the node whose URN ends differently is found.
  CHECK(message_for("s2.1").find("(did you mean 'urn:test:risk:req_node:fa:node12', ref_id "
                                 "'s2.1'?)") != std::string::npos);
  // s2.2.7 is under s2.2, whose only child is s2.2.1: not s2.1 or a node elsewhere.
  CHECK(message_for("s2.2.7").find("(did you mean 'urn:test:risk:req_node:fa:s2.2.1'?)") !=
        std::string::npos);
  // s2.1.30 under S2.1, which has nothing under it: S2.1 itself is meant.
  CHECK(message_for("s2.1.30").find("(did you mean 'urn:test:risk:req_node:fa:node12'? it has "
                                    "nothing under it)") != std::string::npos);
  // No node starts with s9: the section is missing, and no neighbour is suggested.
  const std::string missing = message_for("s9.1");
  CHECK(missing.find("did you mean") == std::string::npos);
  CHECK(missing.find("no node of FA-1.0-beta@3 has a URN or ref_id starting with 's9': that "
                     "whole section is missing from the framework") != std::string::npos);
}

TEST_CASE("CISO lint: the whole CISO Assistant library folder, every set") {
  const std::string tarball = fixture_dir + "/libraries-f990d7b1b.tar.xz";
  if (!std::filesystem::is_regular_file(tarball)) {
    MESSAGE("skipped: the CISO Assistant library folder is absent (" << tarball << ")");
    return;
  }
  const std::string folder = testing::temp_dir();
  const std::string command = "tar -xJf '" + tarball + "' -C '" + folder + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder + "/libraries"))
    files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == 288);
  input::Catalog catalog({}, {});
  const auto result = input::lint_files(files, catalog, {}, 2, "2026-11-23");
  // Counted independently by bench/peer_lint.py (PyYAML), which agrees with labeltool row for
  // row (file, line, code). Before every set was read: half of these rows went unchecked, and
  // 477 requirements with only questions were said to have no text.
  std::map<std::string, int> by_code;
  for (const auto& d : result.diagnostics) ++by_code[std::string(code_name(d.code))];
  CHECK(result.summary.crosswalks == 92);
  CHECK(by_code == std::map<std::string, int>{{"conflicting-relation", 4},
                                              {"duplicate-mapping", 1649},
                                              {"inconsistent-depth", 1},
                                              {"invalid-value", 1346},
                                              {"mapping-onto-section", 1296},
                                              {"requirement-without-text", 2},
                                              {"reverse-mismatch", 2},
                                              {"unknown-norm", 359},
                                              {"unresolved-reference", 4}});
  std::filesystem::remove_all(folder);
}

TEST_CASE("text output summarises one finding on many rows of a file, JSON keeps them all") {
  // 14 rows of map.yaml onto a URN that does not exist, 3 onto a section.
  std::string rows;
  for (int i = 0; i < 14; ++i) rows += row("r" + std::to_string(i + 3), "q1", "equal");
  for (int i = 0; i < 3; ++i) rows += row("s1", "q2", "subset");
  const auto diagnostics = mapping_findings(rows);
  REQUIRE(diagnostics.size() == 17);
  const std::string text = report::render_diagnostics_text(diagnostics, report::Colour::Off, 0);
  const auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  CHECK(count("error[unknown-norm]") == 5);
  CHECK(count("map.yaml: note[too-many-findings]: and 9 more findings of this kind [unknown-norm] "
              "in this file") == 1);
  CHECK(count("error[mapping-onto-section]") == 3);  // few enough to show each
  CHECK(count("more findings of this kind") == 1);
  const std::string json = report::render_diagnostics_json(diagnostics, 1);
  std::size_t in_json = 0;
  for (auto at = json.find("\"unknown-norm\""); at != std::string::npos;
       at = json.find("\"unknown-norm\"", at + 1))
    ++in_json;
  CHECK(in_json == 14);
}

TEST_SUITE_END();
