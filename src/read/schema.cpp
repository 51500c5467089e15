#include "read/schema.hpp"

#include <memory>
#include <string>

#include "util/text.hpp"

namespace labeltool::read {

namespace {

using T = ValueType;
constexpr bool required = true;
constexpr bool optional = false;

const std::vector<std::string_view> statuses = {"official", "draft", "illustrative"};
const std::vector<std::string_view> meanings = {"met", "partly-met", "not-met", "not-applicable"};
const std::vector<std::string_view> relations = {"equal", "subset", "superset", "intersects",
                                                 "not-related"};

const ObjectSchema& norm_schema() {
  static const ObjectSchema schema{
      "norm",
      "One requirement of a norm set.",
      {
          {"id", T::Id, required, "Unique ID of the norm within the norm set, e.g. V1 or 4.2."},
          {"title", T::Text, required, "Short title."},
          {"text", T::Text, required, "The requirement itself."},
          {"guidance", T::Text, optional, "How to read the norm; what good looks like."},
          {"evidence", T::TextList, optional, "Documents an auditor will ask to see."},
          {"applies_to", T::IdList, optional,
           "Scope IDs this norm applies to; absent means every scope."},
          {"discipline", T::IdList, optional, "Discipline IDs (interview groups) that answer it."},
      }};
  return schema;
}

const ObjectSchema& theme_schema() {
  static const ObjectSchema schema{
      "theme",
      "A group of norms (area, prestatiegebied).",
      {
          {"id", T::Id, required, "Unique ID of the theme."},
          {"title", T::Text, required, "Title of the theme."},
          {"description", T::Text, optional, "What the theme is about."},
          {"norms", T::ObjectList, required, "The norms of this theme.", &norm_schema()},
      }};
  return schema;
}

const ObjectSchema& scale_value_schema() {
  static const ObjectSchema schema{
      "scale value",
      "One answer value of the scale.",
      {
          {"value", T::Text, required, "The answer as written in a zelfevaluatie."},
          {"meaning", T::Text, required, "What the answer means for the verdict.", nullptr,
           meanings},
          {"score", T::Number, optional, "A number for averages."},
      }};
  return schema;
}

const ObjectSchema& verdict_schema() {
  static const ObjectSchema schema{
      "verdict",
      "The pass rule, as data.",
      {
          {"max_not_met",
           T::Integer,
           optional,
           "At most this many norms scored not-met.",
           nullptr,
           {},
           0.0},
          {"max_partly_met",
           T::Integer,
           optional,
           "At most this many norms scored partly-met.",
           nullptr,
           {},
           0.0},
          {"min_met_percent",
           T::Number,
           optional,
           "At least this percentage of the applicable norms met.",
           nullptr,
           {},
           0.0,
           100.0},
          {"description", T::Text, required, "The rule in words; say when it is not official."},
      }};
  return schema;
}

const ObjectSchema& named_id_schema(std::string_view name, std::string_view description) {
  // Scopes and disciplines share one shape; each gets its own schema object for its name.
  static std::vector<std::unique_ptr<ObjectSchema>> made;
  made.push_back(std::make_unique<ObjectSchema>(
      ObjectSchema{name,
                   description,
                   {
                       {"id", T::Id, required, "Unique ID."},
                       {"name", T::Text, required, "Name as people say it."},
                   }}));
  return *made.back();
}

const ObjectSchema& scope_schema() {
  static const ObjectSchema& schema =
      named_id_schema("scope", "A service or part of the organisation that norms can apply to.");
  return schema;
}

const ObjectSchema& discipline_schema() {
  static const ObjectSchema& schema =
      named_id_schema("discipline", "An interview group that answers norms in an audit.");
  return schema;
}

const ObjectSchema& maturity_level_schema() {
  static const ObjectSchema schema{
      "maturity level",
      "A development level (ontwikkelniveau).",
      {
          {"level", T::Integer, required, "The level number.", nullptr, {}, 1.0},
          {"name", T::Text, optional, "Its name, where known."},
      }};
  return schema;
}

const ObjectSchema& remove_schema() {
  static const ObjectSchema schema{"removal",
                                   "A norm of the base that does not hold in the variant.",
                                   {
                                       {"norm", T::Id, required, "ID of the norm to remove."},
                                       {"reason", T::Text, required, "Why it does not hold."},
                                   }};
  return schema;
}

const ObjectSchema& modify_schema() {
  static const ObjectSchema schema{"modification",
                                   "New values for fields of a norm of the base.",
                                   {
                                       {"norm", T::Id, required, "ID of the norm to change."},
                                       {"title", T::Text, optional, "New title."},
                                       {"text", T::Text, optional, "New text."},
                                       {"guidance", T::Text, optional, "New guidance."},
                                       {"evidence", T::TextList, optional, "New evidence list."},
                                       {"applies_to", T::IdList, optional, "New scope list."},
                                       {"discipline", T::IdList, optional, "New discipline list."},
                                   }};
  return schema;
}

const ObjectSchema& add_schema() {
  static const ObjectSchema schema{
      "addition",
      "Norms added to a theme of the base, or a new theme.",
      {
          {"theme", T::Id, required, "ID of an existing theme, or of a new one."},
          {"title", T::Text, optional, "Title, for a new theme."},
          {"description", T::Text, optional, "Description, for a new theme."},
          {"norms", T::ObjectList, required, "The norms to add.", &norm_schema()},
      }};
  return schema;
}

const ObjectSchema& carried_from_schema() {
  static const ObjectSchema schema{
      "carried-from entry",
      "Where labeltool gap took an answer from.",
      {
          {"normset", T::Reference, required, "The source norm set, id@version."},
          {"norm", T::Id, required, "The source norm."},
          {"relation", T::Text, required, "Source norm → this norm.", nullptr, relations},
          {"score", T::Text, required, "The source answer's score."},
          {"rule", T::Text, required, "The transfer rule that applied."},
      }};
  return schema;
}

const ObjectSchema& answer_schema() {
  static const ObjectSchema schema{
      "answer",
      "The organisation's answer for one norm.",
      {
          {"score", T::Text, optional,
           "A value of the norm set's scale; empty means not answered yet."},
          {"toelichting", T::Text, optional, "Explanation; required unless the norm is met."},
          {"evidence", T::TextList, optional, "Documents that show it."},
          {"action", T::Text, optional, "Improvement action, for anything not fully met."},
          {"owner", T::Text, optional, "Who carries out the action."},
          {"due", T::Date, optional, "When the action is due."},
          {"carried_from", T::ObjectList, optional,
           "Written by labeltool gap: the answers this one was carried over from.",
           &carried_from_schema()},
      }};
  return schema;
}

// suggest: the evidence of a proposed row.
const ObjectSchema& evidence_schema() {
  static const ObjectSchema schema{
      "evidence",
      "Why labeltool suggest proposed a row.",
      {
          {"terms", T::TextList, optional, "The shared terms that weighed most."},
          {"source_covered",
           T::Number,
           optional,
           "Share of the source norm's weighted terms that the target has, 0 to 1.",
           nullptr,
           {},
           0.0,
           1.0},
          {"target_covered",
           T::Number,
           optional,
           "Share of the target norm's weighted terms that the source has, 0 to 1.",
           nullptr,
           {},
           0.0,
           1.0},
      }};
  return schema;
}

const ObjectSchema& mapping_schema() {
  static const ObjectSchema schema{
      "mapping",
      "A relation from a norm of the source set to a norm of the target set.",
      {
          {"source", T::Id, required, "Norm ID in the source norm set."},
          {"target", T::Id, required, "Norm ID in the target norm set."},
          {"relation", T::Text, required, "Set-theory relation (NIST IR 8477).", nullptr,
           relations},
          {"strength", T::Integer, optional, "0 (weak) to 10 (equal).", nullptr, {}, 0.0, 10.0},
          {"rationale",
           T::Text,
           optional,
           "Why they relate.",
           nullptr,
           {"syntactic", "semantic", "functional"}},
          {"note", T::Text, optional, "Free text."},
          // suggest: what `labeltool suggest` writes; gap and diff refuse proposed rows.
          {"review",
           T::Text,
           optional,
           "proposed (by labeltool suggest, not yet reviewed) or decided (the default).",
           nullptr,
           {"proposed", "decided"}},
          {"score",
           T::Number,
           optional,
           "suggest: how well the texts match, 0 to 1.",
           nullptr,
           {},
           0.0,
           1.0},
          {"evidence", T::Object, optional, "suggest: why the row was proposed.",
           &evidence_schema()},
      }};
  return schema;
}

// ── audit/1 (labeltool audit) ──

const ObjectSchema& audited_set_schema() {
  static const ObjectSchema schema{
      "audited norm set",
      "A norm set the audit covers, with the scopes audited.",
      {
          {"normset", T::Reference, required, "The norm set, id@version."},
          {"scope", T::IdList, optional, "Scope IDs audited; absent means every scope."},
      }};
  return schema;
}

const ObjectSchema& judgement_schema() {
  static const ObjectSchema schema{
      "judgement",
      "The auditor's judgement of one norm in one interview.",
      {
          {"judgement", T::Text, optional,
           "A value of the norm set's scale; empty means not judged (yet)."},
          {"observation", T::Text, optional, "What the auditor heard or saw."},
          {"evidence", T::TextList, optional, "Documents seen."},
      }};
  return schema;
}

const ObjectSchema& label_judgements_schema() {
  static const ObjectSchema schema{
      "label judgements",
      "The judgements of one interview on the norms of one norm set.",
      {
          {"normset", T::Reference, required, "The norm set, id@version (one of 'normsets')."},
          {"judgements", T::ObjectMap, required, "Judgements keyed by norm ID.",
           &judgement_schema()},
      }};
  return schema;
}

const ObjectSchema& interview_schema() {
  static const ObjectSchema schema{
      "interview",
      "One interview of the audit.",
      {
          {"id", T::Id, required, "Unique ID of the interview."},
          {"date", T::Date, required, "Date of the interview."},
          {"group", T::Id, required, "The interview group: a discipline of the audited sets."},
          {"also_groups", T::IdList, optional,
           "Other disciplines asked in the same interview (groups merged with --groups)."},
          {"heard", T::TextList, optional, "The people heard, by role (no names needed)."},
          {"labels", T::ObjectList, required, "Judgements per norm set.",
           &label_judgements_schema()},
      }};
  return schema;
}

// ── groups/1 (issue 16): an organisation's own interview groups ──

const ObjectSchema& group_merge_schema() {
  static const ObjectSchema schema{
      "interview group",
      "One interview group of the organisation: the groups of the norm sets asked together.",
      {
          {"title", T::Text, optional,
           "The name shown for the group; absent means its ID, or the one group's own name "
           "when it only renames."},
          {"from", T::IdList, required,
           "The interview groups (disciplines) of the norm sets asked in this group."},
      }};
  return schema;
}

}  // namespace

const ObjectSchema& normset_schema() {
  static const ObjectSchema schema{
      "normset",
      "A norm set (normenkader), or a variant of one.",
      {
          {"labeltool", T::Text, required, "File kind and format version.", nullptr, {"normset/1"}},
          {"id", T::Id, required, "ID of the norm set, e.g. kssw."},
          {"version", T::Id, required, "Version, e.g. \"2019\" (quote it)."},
          {"name", T::Text, required, "Full name."},
          {"owner", T::Text, required, "Who owns the norm set."},
          {"valid_from", T::Date, optional, "First day it is valid."},
          {"valid_until", T::Date, optional, "Last day it is valid."},
          {"language", T::Text, required, "Language of the texts (BCP 47), e.g. nl."},
          {"status", T::Text, required, "official, draft, or illustrative (texts written by us).",
           nullptr, statuses},
          {"status_note", T::Text, optional,
           "What is real and what is not; required unless status is official."},
          {"source", T::TextList, optional, "URLs the real facts come from."},
          {"extends", T::Reference, optional, "For a variant: the base norm set, id@version."},
          {"scale", T::ObjectList, optional, "Answer values, best first (required unless extends).",
           &scale_value_schema()},
          {"verdict", T::Object, optional, "The pass rule (required unless extends).",
           &verdict_schema()},
          {"scopes", T::ObjectList, optional, "Services that norms can apply to.", &scope_schema()},
          {"disciplines", T::ObjectList, optional, "Interview groups.", &discipline_schema()},
          {"maturity_levels", T::ObjectList, optional, "Development levels.",
           &maturity_level_schema()},
          {"themes", T::ObjectList, optional, "Themes with their norms (not in a variant).",
           &theme_schema()},
          {"remove", T::ObjectList, optional, "Variant: norms removed.", &remove_schema()},
          {"modify", T::ObjectList, optional, "Variant: norms changed.", &modify_schema()},
          {"add", T::ObjectList, optional, "Variant: norms added.", &add_schema()},
      },
      {
          {"status",
           Condition::When::NotEqual,
           "official",
           {"status_note"},
           {},
           "a norm set that is not official says what is real and what is not",
           "een normenkader dat niet officieel is, zegt wat echt is en wat niet"},
          {"extends",
           Condition::When::Absent,
           "",
           {"scale", "verdict", "themes"},
           {"remove", "modify", "add"},
           "a norm set that does not 'extends' another defines its own",
           "een normenkader dat niet op een ander voortbouwt ('extends'), legt die zelf vast"},
          {"extends",
           Condition::When::Present,
           "",
           {},
           {"themes"},
           "a variant changes its base with 'add', 'modify' and 'remove'",
           "een variant verandert zijn basis met 'add', 'modify' en 'remove'"},
      }};
  return schema;
}

const ObjectSchema& zelfevaluatie_schema() {
  static const ObjectSchema schema{
      "zelfevaluatie",
      "An organisation's self-assessment against a norm set.",
      {
          {"labeltool",
           T::Text,
           required,
           "File kind and format version.",
           nullptr,
           {"zelfevaluatie/1"}},
          {"normset", T::Reference, required, "The norm set, id@version."},
          {"organisation", T::Text, required, "Name of the organisation."},
          {"scope", T::IdList, optional, "Scope IDs in the audit; absent means every scope."},
          {"date", T::Date, required, "Date of the self-assessment."},
          {"filled_in_by", T::TextList, optional, "People or teams who filled it in."},
          {"answers", T::ObjectMap, required, "Answers keyed by norm ID.", &answer_schema()},
      }};
  return schema;
}

const ObjectSchema& crosswalk_schema() {
  static const ObjectSchema schema{
      "crosswalk",
      "Relations between the norms of two norm sets.",
      {
          {"labeltool",
           T::Text,
           required,
           "File kind and format version.",
           nullptr,
           {"crosswalk/1"}},
          {"source", T::Reference, required, "Source norm set, id@version."},
          {"target", T::Reference, required, "Target norm set, id@version."},
          {"method",
           T::Text,
           required,
           "expert (people decided) or suggested (computed).",
           nullptr,
           {"expert", "suggested"}},
          {"status", T::Text, required, "official, draft, or illustrative.", nullptr, statuses},
          {"status_note", T::Text, optional, "Who made it and on what basis."},
          {"mappings", T::ObjectList, required, "The relations.", &mapping_schema()},
      },
      {
          {"status",
           Condition::When::NotEqual,
           "official",
           {"status_note"},
           {},
           "a crosswalk that is not official says who made it and on what basis",
           "een crosswalk die niet officieel is, zegt wie hem maakte en waarop die steunt"},
      }};
  return schema;
}

const ObjectSchema& audit_schema() {
  static const ObjectSchema schema{
      "audit",
      "What an auditor heard in an audit of one or more norm sets.",
      {
          {"labeltool", T::Text, required, "File kind and format version.", nullptr, {"audit/1"}},
          {"organisation", T::Text, required, "Name of the organisation audited."},
          {"auditors", T::TextList, optional, "The auditor(s)."},
          {"normsets", T::ObjectList, required, "The norm sets audited.", &audited_set_schema()},
          {"interviews", T::ObjectList, required, "The interviews.", &interview_schema()},
      }};
  return schema;
}

// groups/1 (issue 16)
const ObjectSchema& groups_schema() {
  static const ObjectSchema schema{
      "groups",
      "An organisation's own interview groups for plan and template --audit: each new group "
      "asks the groups of the norm sets listed in its 'from'.",
      {
          {"labeltool", T::Text, required, "File kind and format version.", nullptr, {"groups/1"}},
          {"normsets", T::TextList, optional,
           "The norm sets (id@version) whose interview groups these are; lint checks the groups "
           "against them."},
          {"groups", T::ObjectMap, required, "The new groups, keyed by their ID.",
           &group_merge_schema()},
      }};
  return schema;
}

const std::vector<FileKind>& file_kinds() {
  static const std::vector<FileKind> kinds = {
      {"normset/1", &normset_schema()},     {"zelfevaluatie/1", &zelfevaluatie_schema()},
      {"crosswalk/1", &crosswalk_schema()}, {"audit/1", &audit_schema()},
      {"groups/1", &groups_schema()},  // issue 16
  };
  return kinds;
}

std::string_view synonym_key(const ObjectSchema& schema, std::string_view word) {
  struct Synonym {
    std::string_view object, word, key;
  };
  // Beside the schema, so a key added there is easy to give its Dutch words here. Only
  // words that cannot mean another key of the same object.
  static constexpr Synonym kSynonyms[] = {
      {"zelfevaluatie", "normenkader", "normset"},
      {"zelfevaluatie", "normen", "normset"},
      {"zelfevaluatie", "organisatie", "organisation"},
      {"zelfevaluatie", "reikwijdte", "scope"},
      {"zelfevaluatie", "datum", "date"},
      {"zelfevaluatie", "ingevuld_door", "filled_in_by"},
      {"zelfevaluatie", "ingevuld door", "filled_in_by"},
      {"zelfevaluatie", "antwoorden", "answers"},
      {"answer", "oordeel", "score"},
      {"answer", "beoordeling", "score"},
      {"answer", "uitleg", "toelichting"},
      {"answer", "bewijs", "evidence"},
      {"answer", "bewijsstuk", "evidence"},
      {"answer", "bewijsstukken", "evidence"},
      {"answer", "documenten", "evidence"},
      {"answer", "actie", "action"},
      {"answer", "verbeteractie", "action"},
      {"answer", "maatregel", "action"},
      {"answer", "eigenaar", "owner"},
      {"answer", "verantwoordelijke", "owner"},
      {"answer", "deadline", "due"},
      {"answer", "uiterlijk", "due"},
      {"answer", "einddatum", "due"},
      {"answer", "termijn", "due"},
      // audit/1
      {"audit", "organisatie", "organisation"},
      {"audit", "auditoren", "auditors"},
      {"audit", "auditor", "auditors"},
      {"audit", "normenkaders", "normsets"},
      {"audit", "gesprekken", "interviews"},
      {"audited norm set", "normenkader", "normset"},
      {"audited norm set", "reikwijdte", "scope"},
      {"interview", "datum", "date"},
      {"interview", "groep", "group"},
      {"interview", "gespreksgroep", "group"},
      {"interview", "discipline", "group"},
      {"interview", "gehoord", "heard"},
      {"interview", "gesproken", "heard"},
      {"interview", "deelnemers", "heard"},
      {"label judgements", "normenkader", "normset"},
      {"label judgements", "oordelen", "judgements"},
      {"judgement", "oordeel", "judgement"},
      {"judgement", "score", "judgement"},
      {"judgement", "waarneming", "observation"},
      {"judgement", "bevinding", "observation"},
      {"judgement", "toelichting", "observation"},
      {"judgement", "bewijs", "evidence"},
      {"judgement", "bewijsstukken", "evidence"},
      {"judgement", "documenten", "evidence"},
  };
  const std::string lowered = util::ascii_lower(util::trim(word));
  for (const auto& synonym : kSynonyms)
    if (synonym.object == schema.name && synonym.word == lowered) return synonym.key;
  return {};
}

const FieldSchema* ObjectSchema::field(std::string_view key) const {
  for (const auto& f : fields)
    if (f.name == key) return &f;
  return nullptr;
}

std::string_view ObjectSchema::name_nl() const {
  // Beside the names above rather than in each schema, so the schemas stay one table of keys.
  static const std::pair<std::string_view, std::string_view> dutch[] = {
      {"norm", "de norm"},
      {"theme", "het thema"},
      {"scale value", "de schaalwaarde"},
      {"verdict", "de beslisregel (verdict)"},
      {"scope", "de scope"},
      {"discipline", "de discipline"},
      {"maturity level", "het ontwikkelniveau"},
      {"removal", "de verwijdering (remove)"},
      {"modification", "de wijziging (modify)"},
      {"addition", "de toevoeging (add)"},
      {"carried-from entry", "de overgenomen norm (carried_from)"},
      {"answer", "het antwoord"},
      {"mapping", "de koppeling"},
      {"normset", "het normenkader"},
      {"zelfevaluatie", "de zelfevaluatie"},
      {"crosswalk", "de crosswalk"},
      {"interview group", "de gespreksgroep"},  // groups/1
      {"groups", "het bestand met gespreksgroepen"},
  };
  for (const auto& [en, nl] : dutch)
    if (en == name) return nl;
  return name;
}

}  // namespace labeltool::read
