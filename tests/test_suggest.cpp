// suggest: text analysis per language, ranking, containment direction and --existing rules.
#include <doctest/doctest.h>

#include <algorithm>

#include "analysis/suggest.hpp"
#include "analysis/terms.hpp"

using namespace labeltool;
using analysis::TermAnalyzer;
using analysis::TextLanguage;
using model::Relation;

namespace {

std::vector<std::string> keys(const std::vector<analysis::Term>& terms, analysis::TermKind kind) {
  std::vector<std::string> out;
  for (const auto& term : terms)
    if (term.kind == kind) out.push_back(term.key);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

/// A norm set with one theme per entry of `themes`, each norm {id, title, text}.
struct NormSpec {
  std::string id, title, text;
};
model::NormSet make_set(const std::string& id, const std::string& language,
                        const std::vector<std::vector<NormSpec>>& themes) {
  model::NormSet set;
  set.id = id;
  set.version = "1";
  set.language = language;
  int t = 0;
  for (const auto& specs : themes) {
    model::Theme theme;
    theme.id = "T" + std::to_string(++t);
    for (const auto& spec : specs) {
      model::Norm norm;
      norm.id = spec.id;
      norm.title = spec.title;
      norm.text = spec.text;
      norm.theme_id = theme.id;
      theme.norms.push_back(norm);
    }
    set.themes.push_back(theme);
  }
  return set;
}

}  // namespace

TEST_SUITE_BEGIN("analysis/terms");

TEST_CASE("the language of a set picks its stemmer and stop words") {
  CHECK(analysis::text_language_of("nl") == TextLanguage::Dutch);
  CHECK(analysis::text_language_of("NL-be") == TextLanguage::Dutch);
  CHECK(analysis::text_language_of("en-GB") == TextLanguage::English);
  CHECK(analysis::text_language_of("fr") == TextLanguage::Other);
  CHECK(analysis::text_language_of("") == TextLanguage::Other);
}

TEST_CASE("Dutch: Snowball stems, our stop words left out") {
  const TermAnalyzer dutch(TextLanguage::Dutch);
  CHECK(dutch.stem("medewerkers") == dutch.stem("medewerker"));
  CHECK(dutch.stem("klachten") == dutch.stem("klacht"));
  CHECK(analysis::is_stop_word(TextLanguage::Dutch, "de"));
  CHECK(analysis::is_stop_word(TextLanguage::Dutch, "worden"));
  CHECK_FALSE(analysis::is_stop_word(TextLanguage::Dutch, "niet"));  // it changes a requirement
  CHECK_FALSE(analysis::is_stop_word(TextLanguage::English, "de"));
  const auto words =
      keys(dutch.terms("De medewerkers worden bij het werk begeleid."), analysis::TermKind::Word);
  CHECK(words == std::vector<std::string>{dutch.stem("medewerkers"), dutch.stem("werk"),
                                          dutch.stem("begeleid")});
}

TEST_CASE("Dutch: a short stem is not used, so weten (to know) and wet (law) stay apart") {
  const TermAnalyzer dutch(TextLanguage::Dutch);
  // Snowball joins them: the rule below is what keeps them apart.
  REQUIRE(dutch.stem("weten") == dutch.stem("wet"));
  REQUIRE(dutch.stem("weten").size() < analysis::kDutchMinStemLength);
  const auto key_of = [&](const char* word) {
    return keys(dutch.terms(word), analysis::TermKind::Word).at(0);
  };
  CHECK(key_of("weten") == "weten");
  CHECK(key_of("wet") == "wet");
  CHECK(key_of("weet") == "weet");
  CHECK(key_of("gaat") != key_of("gat"));
  // Longer stems are used as before.
  CHECK(key_of("medewerkers") == key_of("medewerker"));
  // English keeps its short stems ("uses" and "use" meet).
  const TermAnalyzer english(TextLanguage::English);
  CHECK(keys(english.terms("uses"), analysis::TermKind::Word) ==
        keys(english.terms("use"), analysis::TermKind::Word));
}

TEST_CASE("English: Snowball stems, our stop words left out") {
  const TermAnalyzer english(TextLanguage::English);
  CHECK(english.stem("controls") == "control");
  CHECK(english.stem("managing") == english.stem("managed"));
  CHECK(analysis::is_stop_word(TextLanguage::English, "the"));
  CHECK_FALSE(analysis::is_stop_word(TextLanguage::English, "not"));
  const auto words =
      keys(english.terms("The organization shall manage the risks"), analysis::TermKind::Word);
  CHECK(words == std::vector<std::string>{"organ", "manag", "risk"});
  // Another language: words as written, no stemming, no stop words.
  const TermAnalyzer other(TextLanguage::Other);
  CHECK(keys(other.terms("Les risques"), analysis::TermKind::Word) ==
        std::vector<std::string>{"les", "risques"});
}

TEST_CASE("Dutch compounds share character grams: schuldhulpverlening ~ schuldhulp") {
  const TermAnalyzer dutch(TextLanguage::Dutch);
  const auto long_word = keys(dutch.terms("schuldhulpverlening"), analysis::TermKind::Gram);
  const auto short_word = keys(dutch.terms("schuldhulp"), analysis::TermKind::Gram);
  REQUIRE_FALSE(long_word.empty());
  REQUIRE_FALSE(short_word.empty());
  for (const auto& gram : short_word) CHECK(has(long_word, gram));
  // Short words are not split, and English is never split.
  CHECK(keys(dutch.terms("klacht"), analysis::TermKind::Gram).empty());
  const TermAnalyzer english(TextLanguage::English);
  CHECK(keys(english.terms("responsibilities"), analysis::TermKind::Gram).empty());
  // The grams of one word together weigh kGramShare.
  double total = 0;
  for (const auto& term : dutch.terms("schuldhulpverlening"))
    if (term.kind == analysis::TermKind::Gram) total += term.weight;
  CHECK(total == doctest::Approx(analysis::kGramShare));
}

TEST_SUITE_END();
TEST_SUITE_BEGIN("analysis/suggest");

TEST_CASE("containment direction: equal, subset, superset, intersects") {
  CHECK(analysis::relation_from_coverage(0.9, 0.85, 0.9) == Relation::Equal);
  CHECK(analysis::relation_from_coverage(0.9, 0.85, 0.3) == Relation::Intersects);  // unlike
  CHECK(analysis::relation_from_coverage(0.9, 0.3, 0.7) == Relation::Subset);
  CHECK(analysis::relation_from_coverage(0.3, 0.8, 0.5) == Relation::Superset);
  CHECK(analysis::relation_from_coverage(0.4, 0.45, 0.4) == Relation::Intersects);
}

TEST_CASE("numbered as a part: the whole's ID and one more dotted part") {
  CHECK(analysis::numbered_as_part_of("9.2.1", "9.2"));
  CHECK(analysis::numbered_as_part_of("A.5.1.1", "A.5.1"));
  CHECK_FALSE(analysis::numbered_as_part_of("9.2.1.4", "9.2"));  // a grandchild
  CHECK_FALSE(analysis::numbered_as_part_of("9.21", "9.2"));
  CHECK_FALSE(analysis::numbered_as_part_of("9.2", "9.2"));
  CHECK_FALSE(analysis::numbered_as_part_of("9.2.", "9.2"));
  CHECK_FALSE(analysis::numbered_as_part_of("9.2", "9.2.1"));
  CHECK_FALSE(analysis::numbered_as_part_of("O16", "O1"));
  CHECK_FALSE(analysis::numbered_as_part_of("1.2", ""));
}

TEST_CASE("a norm split into numbered sub-clauses is a superset of each, merged parts a subset") {
  // 9.2 says little beyond its title, so containment alone calls each sub-clause broader
  // (subset or intersects); B numbers them 9.2.1 and 9.2.2 and has no 9.2 of its own: the
  // clause was split, so 9.2 is broader than each part.
  const auto a =
      make_set("a", "en",
               {{{"9.2", "Internal audit",
                  "The organization shall conduct internal audits at planned intervals."},
                 {"A.1.1", "Policies", "Policies for information security."}}});
  const auto b = make_set(
      "b", "en",
      {{{"9.2.1", "General",
         "The organization shall conduct internal audits at planned intervals to provide "
         "information on whether the management system conforms to its requirements."},
        {"9.2.2", "Internal audit programme",
         "The organization shall plan, establish, implement and maintain an internal audit "
         "programme, including the frequency, methods, responsibilities and reporting."},
        {"A.1", "Policies for information security",
         "Information security policy and topic-specific policies shall be defined, approved "
         "by management, published and reviewed."}}});
  const auto result = analysis::suggest(a, b, {3, 0.01, 1});
  const auto find = [](const std::vector<analysis::Candidate>& list, const std::string& id) {
    const auto it = std::find_if(list.begin(), list.end(), [&](auto& c) { return c.target == id; });
    REQUIRE(it != list.end());
    return *it;
  };
  for (const char* part : {"9.2.1", "9.2.2"}) {
    const auto c = find(result.norms[0].candidates, part);
    CAPTURE(part);
    // What the old rule said from the figures alone: never superset here.
    CHECK(analysis::relation_from_coverage(c.source_covered, c.target_covered, c.similarity) !=
          Relation::Superset);
    CHECK(c.relation == Relation::Superset);
    CHECK(c.relation_basis == analysis::RelationBasis::Numbering);
  }
  // The mirror: A's A.1.1 is a numbered part of B's A.1, and A has no A.1 of its own.
  const auto merged = find(result.norms[1].candidates, "A.1");
  CHECK(merged.relation == Relation::Subset);
  CHECK(merged.relation_basis == analysis::RelationBasis::Numbering);
  // When B keeps the whole under the same number, the parts say nothing: containment decides.
  auto b_with_whole = b;
  model::Norm whole;
  whole.id = "9.2";
  whole.title = "Internal audit";
  whole.text = "Internal audits.";
  b_with_whole.themes[0].norms.push_back(whole);
  const auto kept = analysis::suggest(a, b_with_whole, {4, 0.01, 1});
  for (const auto& c : kept.norms[0].candidates) {
    CAPTURE(c.target);
    CHECK(c.relation_basis == analysis::RelationBasis::Containment);
    CHECK(c.relation ==
          analysis::relation_from_coverage(c.source_covered, c.target_covered, c.similarity));
  }
}

TEST_CASE("containment direction on hand-made pairs of norms") {
  const auto a = make_set(
      "a", "nl",
      {{{"A1", "Klachten", "De organisatie heeft een klachtenregeling."},
        {"A2", "Privacy en klachten",
         "De organisatie beschermt persoonsgegevens van cliënten, heeft een klachtenregeling, "
         "meldt datalekken en bewaart dossiers veilig."},
        {"A3", "Scholing", "Medewerkers volgen jaarlijks scholing over schuldhulpverlening."}}});
  const auto b =
      make_set("b", "nl",
               {{{"B1", "Klachten en privacy",
                  "De organisatie heeft een klachtenregeling en beschermt persoonsgegevens van "
                  "cliënten; zij meldt datalekken."},
                 {"B2", "Klachten", "De organisatie heeft een klachtenregeling."},
                 {"B3", "Deskundigheid", "Medewerkers zijn deskundig in schuldhulp."}}});
  const auto result = analysis::suggest(a, b, {3, 0.05, 1});
  REQUIRE(result.norms.size() == 3);
  const auto& a1 = result.norms[0].candidates;
  REQUIRE_FALSE(a1.empty());
  CHECK(a1[0].target == "B2");
  CHECK(a1[0].relation == Relation::Equal);
  // A1 is narrower than B1: B1 has everything A1 asks, and more.
  const auto b1 = std::find_if(a1.begin(), a1.end(), [](auto& c) { return c.target == "B1"; });
  REQUIRE(b1 != a1.end());
  CHECK(b1->relation == Relation::Subset);
  CHECK(b1->source_covered > b1->target_covered);
  // A2 asks more than B2 does.
  const auto& a2 = result.norms[1].candidates;
  REQUIRE_FALSE(a2.empty());
  CHECK(a2[0].target == "B1");
  const auto b2 = std::find_if(a2.begin(), a2.end(), [](auto& c) { return c.target == "B2"; });
  REQUIRE(b2 != a2.end());
  CHECK(b2->relation == Relation::Superset);
  // A3 reaches B3 through the compound "schuldhulpverlening ~ schuldhulp" too.
  const auto& a3 = result.norms[2].candidates;
  REQUIRE_FALSE(a3.empty());
  CHECK(a3[0].target == "B3");
  CHECK(has(a3[0].terms, "schuldhulpverlening ~ schuldhulp"));
  CHECK(has(a3[0].source_words, "schuldhulpverlening"));
  CHECK(has(a3[0].target_words, "schuldhulp"));
}

TEST_CASE("guidance weighs more when both sets have it") {
  // A1 and B1 share only a guidance word. B has guidance on one norm of three (one-sided:
  // kGuidanceWeight), then on two of three (both sets guided: kSharedGuidanceWeight); the
  // extra guidance word of B2 is nowhere else, so only the weight changes.
  const auto with_guidance = [](model::NormSet set, const std::vector<std::string>& texts) {
    for (std::size_t n = 0; n < texts.size(); ++n) set.themes[0].norms[n].guidance = texts[n];
    return set;
  };
  const auto a =
      with_guidance(make_set("a", "nl", {{{"A1", "Scholing", "Medewerkers volgen scholing."}}}),
                    {"Een opleidingsplan."});
  const auto b = make_set("b", "nl",
                          {{{"B1", "Begroting", "Een begroting per jaar."},
                            {"B2", "Klachten", "Een klachtenregeling."},
                            {"B3", "Dossier", "Het dossier is actueel."}}});
  const auto one_sided = analysis::suggest(a, with_guidance(b, {"Een opleidingsplan."}), {3, 0, 1});
  const auto both =
      analysis::suggest(a, with_guidance(b, {"Een opleidingsplan.", "Toezicht."}), {3, 0, 1});
  REQUIRE(one_sided.norms[0].candidates.size() == 1);
  REQUIRE(both.norms[0].candidates.size() == 1);
  CHECK(both.norms[0].candidates[0].target == "B1");
  CHECK(both.norms[0].candidates[0].similarity > one_sided.norms[0].candidates[0].similarity);
}

TEST_CASE("no overlap means no proposal: never not-related") {
  const auto a = make_set("a", "nl", {{{"A1", "Financiën", "Een begroting per jaar."}}});
  const auto b = make_set("b", "nl", {{{"B1", "Klachten", "Een klachtenregeling."}}});
  const auto result = analysis::suggest(a, b, {});
  REQUIRE(result.norms.size() == 1);
  CHECK(result.norms[0].candidates.empty());
  CHECK(analysis::proposed_rows(result).empty());
}

TEST_CASE("the theme structure is a prior, never a filter") {
  // Two equally similar targets; the one under the related theme ranks first, and the other
  // is still proposed.
  const auto a = make_set("a", "nl",
                          {{{"A1", "Dossier", "Het dossier is actueel."},
                            {"A2", "Privacy dossier", "Dossiers zijn beveiligd en privacy."}}});
  const auto b = make_set(
      "b", "nl",
      {{{"B1", "Dossier", "Het dossier is actueel."},
        {"B3", "Beveiliging", "Beveiligd en privacy."}},
       {{"B2", "Dossier", "Het dossier is actueel."}, {"B4", "Begroting", "Een begroting."}}});
  const auto result = analysis::suggest(a, b, {4, 0.01, 1});
  const auto& c = result.norms[0].candidates;
  REQUIRE(c.size() >= 2);
  CHECK(c[0].target == "B1");
  CHECK(c[0].theme_similarity > c[1].theme_similarity);
  CHECK(std::any_of(c.begin(), c.end(), [](auto& x) { return x.target == "B2"; }));
}

TEST_CASE("the same input gives the same result on any number of threads") {
  std::vector<NormSpec> norms_a, norms_b;
  const char* words[] = {"klacht", "privacy", "dossier",  "scholing",     "begroting",
                         "cliënt", "beleid",  "toezicht", "samenwerking", "schuldhulpverlening"};
  for (int i = 0; i < 60; ++i) {
    std::string text, other;
    for (int k = 0; k < 6; ++k) text += std::string(words[(i * 7 + k * 3) % 10]) + " ";
    for (int k = 0; k < 5; ++k) other += std::string(words[(i * 5 + k * 7) % 10]) + " ";
    norms_a.push_back({"A" + std::to_string(i), "Norm", text});
    norms_b.push_back({"B" + std::to_string(i), "Norm", other});
  }
  const auto a = make_set("a", "nl", {norms_a});
  const auto b = make_set("b", "nl", {norms_b});
  const auto one = analysis::suggest(a, b, {5, 0.0, 1});
  const auto four = analysis::suggest(a, b, {5, 0.0, 4});
  REQUIRE(one.norms.size() == four.norms.size());
  for (std::size_t n = 0; n < one.norms.size(); ++n) {
    REQUIRE(one.norms[n].candidates.size() == four.norms[n].candidates.size());
    for (std::size_t k = 0; k < one.norms[n].candidates.size(); ++k) {
      CHECK(one.norms[n].candidates[k].target == four.norms[n].candidates[k].target);
      CHECK(one.norms[n].candidates[k].score == four.norms[n].candidates[k].score);
    }
  }
}

TEST_CASE("the top K are the first K of the full ranking, ties in B's order") {
  // B1..B4 match A1 equally well (same text), B5 less: any K gives a prefix of one order.
  const auto a = make_set("a", "nl", {{{"A1", "Dossier", "Het dossier is actueel."}}});
  const auto b = make_set("b", "nl",
                          {{{"B1", "Dossier", "Het dossier is actueel."},
                            {"B2", "Dossier", "Het dossier is actueel."},
                            {"B3", "Dossier", "Het dossier is actueel."},
                            {"B4", "Dossier", "Het dossier is actueel."},
                            {"B5", "Dossier", "Het dossier is bewaard."}}});
  const auto all = analysis::suggest(a, b, {5, 0, 1}).norms[0].candidates;
  REQUIRE(all.size() == 5);
  CHECK(all[0].target == "B1");
  CHECK(all[3].target == "B4");
  CHECK(all[4].target == "B5");
  for (std::size_t k = 1; k <= 5; ++k) {
    const auto top = analysis::suggest(a, b, {k, 0, 2}).norms[0].candidates;
    REQUIRE(top.size() == k);
    for (std::size_t i = 0; i < k; ++i) CHECK(top[i].target == all[i].target);
  }
}

TEST_CASE("--existing: decided rows kept, only unmapped norms suggested, contradictions listed") {
  const auto a = make_set("a", "nl",
                          {{{"A1", "Klachten", "De organisatie heeft een klachtenregeling."},
                            {"A2", "Privacy", "Persoonsgegevens worden beschermd."},
                            {"A3", "Dossier", "Het dossier is actueel."},
                            {"A4", "Scholing", "Medewerkers volgen scholing."}}});
  const auto b = make_set("b", "nl",
                          {{{"B1", "Klachten", "De organisatie heeft een klachtenregeling."},
                            {"B2", "Privacy", "Persoonsgegevens worden beschermd."},
                            {"B3", "Dossier", "Het dossier is actueel."},
                            {"B4", "Scholing", "Medewerkers volgen scholing."}}});
  const auto found = analysis::suggest(a, b, {2, 0.05, 1});
  model::Crosswalk existing;
  const auto row = [](std::string s, std::string t, Relation r, model::Review review) {
    model::Mapping m;
    m.source = std::move(s);
    m.target = std::move(t);
    m.relation = r;
    m.review = review;
    return m;
  };
  existing.mappings = {row("A1", "B1", Relation::Equal, model::Review::Decided),
                       row("A2", "B3", Relation::Intersects, model::Review::Decided),
                       row("A3", "B3", Relation::Subset, model::Review::Decided),
                       row("A4", "B4", Relation::Equal, model::Review::Proposed)};
  const auto reconciled = analysis::reconcile(found, existing);
  CHECK(reconciled.kept.size() == 3);  // the proposed row is not a decision
  CHECK(reconciled.mapped_sources == 3);
  // Only A4 (mapped by a proposed row only) gets suggestions.
  CHECK(reconciled.fresh.norms[0].candidates.empty());
  CHECK(reconciled.fresh.norms[1].candidates.empty());
  CHECK(reconciled.fresh.norms[2].candidates.empty());
  REQUIRE_FALSE(reconciled.fresh.norms[3].candidates.empty());
  CHECK(reconciled.fresh.norms[3].candidates[0].target == "B4");
  // A1 → B1 equal agrees; A2 → B3 points elsewhere; A3 → B3 subset is another relation.
  REQUIRE(reconciled.contradictions.size() == 2);
  CHECK(reconciled.contradictions[0].expert.source == "A2");
  CHECK(reconciled.contradictions[0].kind == analysis::Contradiction::Kind::OtherTarget);
  CHECK(reconciled.contradictions[0].suggested.target == "B2");
  CHECK(reconciled.contradictions[1].expert.source == "A3");
  CHECK(reconciled.contradictions[1].kind == analysis::Contradiction::Kind::OtherRelation);
  const auto rows = analysis::proposed_rows(reconciled.fresh);
  REQUIRE_FALSE(rows.empty());
  CHECK(rows[0].review == model::Review::Proposed);
  CHECK(rows[0].score.has_value());
}

TEST_SUITE_END();
