#pragma once
// Small models for the renderer tests, built in code: two versions of label A, a label B,
// a crosswalk A → B and zelfevaluaties on A. Small enough that whole outputs fit in a test.
#include <memory>
#include <string>
#include <vector>

#include "diag/source.hpp"
#include "model/crosswalk.hpp"
#include "model/normset.hpp"
#include "model/zelfevaluatie.hpp"

namespace labeltool::testing {

inline model::Norm norm(std::string id, std::string theme, std::string title, std::string text,
                        std::vector<std::string> discipline = {}) {
  model::Norm n;
  n.id = std::move(id);
  n.theme_id = std::move(theme);
  n.title = std::move(title);
  n.text = std::move(text);
  n.discipline = std::move(discipline);
  return n;
}

/// An official set with the three-value scale voldoet / deels / niet.
inline model::NormSet normset(std::string id, std::string version,
                              std::vector<model::Theme> themes) {
  model::NormSet set;
  set.id = std::move(id);
  set.version = std::move(version);
  set.name = "Label " + set.id;
  set.owner = "Stichting";
  set.status = model::Status::Official;
  set.scale = {{"voldoet", model::Meaning::Met, 2, {}},
               {"deels", model::Meaning::PartlyMet, 1, {}},
               {"niet", model::Meaning::NotMet, 0, {}}};
  set.themes = std::move(themes);
  set.disciplines = {{"bestuur", "Bestuur", {}}, {"team", "Team", {}}};
  return set;
}

inline model::Theme theme(std::string id, std::string title, std::vector<model::Norm> norms) {
  model::Theme t;
  t.id = std::move(id);
  t.title = std::move(title);
  t.norms = std::move(norms);
  return t;
}

/// a@1: B1 and B2 in theme B (beleid), U1 in theme U (uitvoering).
inline model::NormSet set_a1() {
  return normset("a", "1",
                 {theme("B", "Beleid",
                        {norm("B1", "B", "Visie", "Er is een visie op het werk", {"bestuur"}),
                         norm("B2", "B", "Plan", "Er is een plan voor vier jaar", {"bestuur"})}),
                  theme("U", "Uitvoering",
                        {norm("U1", "U", "Dossier", "Elk dossier is actueel", {"team"})})});
}

/// a@2: B1 as it was, B2 reworded, U1 gone, U2 new.
inline model::NormSet set_a2() {
  return normset(
      "a", "2",
      {theme("B", "Beleid",
             {norm("B1", "B", "Visie", "Er is een visie op het werk", {"bestuur"}),
              norm("B2", "B", "Plan", "Er is een actueel plan voor vier jaar", {"bestuur"})}),
       theme("U", "Uitvoering",
             {norm("U2", "U", "Klachten", "Klachten krijgen snel antwoord", {"team"})})});
}

/// b@1: one theme, three norms.
inline model::NormSet set_b1() {
  return normset("b", "1",
                 {theme("K", "Kwaliteit",
                        {norm("K1", "K", "Koers", "De koers staat vast", {"bestuur"}),
                         norm("K2", "K", "Dossiers", "Dossiers zijn op orde", {"team"}),
                         norm("K3", "K", "Inkoop", "Inkoop is geregeld", {"bestuur"})})});
}

inline model::Mapping mapping(std::string source, std::string target, model::Relation relation) {
  model::Mapping m;
  m.source = std::move(source);
  m.target = std::move(target);
  m.relation = relation;
  return m;
}

/// a@1 → b@1: B1 equals K1, B2 overlaps K1, U1 is a subset of K2; nothing for K3.
inline model::Crosswalk crosswalk_a_b() {
  model::Crosswalk crosswalk;
  crosswalk.source = "a@1";
  crosswalk.target = "b@1";
  crosswalk.method = "expert";
  crosswalk.status = model::Status::Official;
  crosswalk.mappings = {mapping("B1", "K1", model::Relation::Equal),
                        mapping("B2", "K1", model::Relation::Intersects),
                        mapping("U1", "K2", model::Relation::Subset)};
  return crosswalk;
}

inline model::Answer answer(std::string norm, std::string score, std::string toelichting = "",
                            std::string action = "") {
  model::Answer a;
  a.norm_id = std::move(norm);
  a.score = std::move(score);
  a.toelichting = std::move(toelichting);
  a.action = std::move(action);
  return a;
}

/// A zelfevaluatie on a@1 by "De Wijk".
inline model::Zelfevaluatie zelfevaluatie(std::string date, std::vector<model::Answer> answers) {
  model::Zelfevaluatie z;
  z.source = std::make_shared<const SourceFile>("z.yaml", "");
  z.normset = "a@1";
  z.organisation = "De Wijk";
  z.date = std::move(date);
  z.answers = std::move(answers);
  return z;
}

}  // namespace labeltool::testing
