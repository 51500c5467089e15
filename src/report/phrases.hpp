#pragma once
/// Every word the reports put in front of a person, Dutch beside English, one named phrase
/// per meaning. Machine names (JSON keys, CSV headers, change kinds) are not phrases: they live
/// beside their enums (analysis/, model/) and never change with a report's wording.
/// A new phrase goes into kAllPhrases at the end too; tests/test_report_phrases.cpp checks it.
#include "util/phrase.hpp"

namespace labeltool::report {

using Lang = util::Lang;
using util::Phrase;

// ── Norm sets ───────────────────────────────────────────────────────────────────────────
inline constexpr Phrase kNorms{"normen", "norms"};
inline constexpr Phrase kNormOne{"norm", "norm"};
inline constexpr Phrase kThemes{"thema's", "themes"};
inline constexpr Phrase kGuidance{"Toelichting", "Guidance"};
inline constexpr Phrase kEvidence{"Bewijs", "Evidence"};
inline constexpr Phrase kAppliesTo{"Geldt voor", "Applies to"};
inline constexpr Phrase kDiscipline{"Gesprek met", "Interviewed"};
inline constexpr Phrase kStatus{"Status", "Status"};
inline constexpr Phrase kOwner{"Eigenaar", "Owner"};
inline constexpr Phrase kValidFrom{"Geldig vanaf", "Valid from"};
inline constexpr Phrase kSources{"Bronnen", "Sources"};
inline constexpr Phrase kExtends{"Variant van", "Variant of"};
inline constexpr Phrase kScale{"Schaal", "Scale"};
inline constexpr Phrase kVerdictRule{"Beslisregel", "Verdict rule"};
inline constexpr Phrase kIllustrative{"ILLUSTRATIEF", "ILLUSTRATIVE"};
inline constexpr Phrase kDraft{"CONCEPT", "DRAFT"};
/// Short banner of a draft set: its status word, then the set's reference.
inline constexpr Phrase kDraftBanner{
    "{}: dit normenkader is niet als officieel vastgesteld; waar het vandaan komt, staat in "
    "'labeltool show {}'.",
    "{}: this norm set is not confirmed as official; where it comes from is in 'labeltool show "
    "{}'."};
/// Short banner of an illustrative set: its status word, then the set's reference.
inline constexpr Phrase kIllustrativeBanner{
    "{}: dit is niet het officiële normenkader; wat echt is en wat niet, staat in 'labeltool "
    "show {}'.",
    "{}: this is not the official norm set; what is real and what is not is in 'labeltool show "
    "{}'."};

// ── check ───────────────────────────────────────────────────────────────────────────────
inline constexpr Phrase kZelfevaluatie{"Zelfevaluatie", "Self-assessment"};
inline constexpr Phrase kNormSet{"Normenkader", "Norm set"};
inline constexpr Phrase kScope{"Scope", "Scope"};
inline constexpr Phrase kAllScopes{"alle", "all"};
inline constexpr Phrase kDate{"Datum", "Date"};
inline constexpr Phrase kFilledInBy{"Ingevuld door", "Filled in by"};
inline constexpr Phrase kStanding{"Stand per thema", "Standing per theme"};
inline constexpr Phrase kTheme{"thema", "theme"};
inline constexpr Phrase kTotal{"Totaal", "Total"};
inline constexpr Phrase kPercentMet{"% voldoet", "% met"};
inline constexpr Phrase kOf{"van", "of"};
inline constexpr Phrase kVerdictPass{"voldoet aan de regel", "meets the rule"};
inline constexpr Phrase kVerdictFail{"nog niet", "not yet"};
inline constexpr Phrase kVerdictIncomplete{"onvolledig", "incomplete"};
inline constexpr Phrase kAllowed{"toegestaan", "allowed"};
inline constexpr Phrase kAtLeast{"minimaal", "at least"};
inline constexpr Phrase kGaps{"Verbeterpunten", "Gaps"};
inline constexpr Phrase kNoGaps{"Geen verbeterpunten.", "No gaps."};
inline constexpr Phrase kAction{"Actie", "Action"};
inline constexpr Phrase kDue{"uiterlijk", "due"};
inline constexpr Phrase kNoAnswer{"geen antwoord", "no answer"};
inline constexpr Phrase kInvalidScoreLabel{"ongeldige score", "invalid score"};
inline constexpr Phrase kMissingEvidence{"Bewijs nog niet genoemd", "Evidence not yet named"};
inline constexpr Phrase kExpected{"verwacht", "expected"};
inline constexpr Phrase kFindings{"Bevindingen", "Findings"};
inline constexpr Phrase kNone{"geen", "none"};
inline constexpr Phrase kOutcome{"Oordeel", "Verdict"};
// Column heads of the standing table, one per meaning of a scale value.
inline constexpr Phrase kMetShort{"voldoet", "met"};
inline constexpr Phrase kPartlyMetShort{"deels", "partly"};
inline constexpr Phrase kNotMetShort{"niet", "not"};
inline constexpr Phrase kNotApplicableShort{"n.v.t.", "n/a"};
// How far the form is filled in, and the norms still to answer: a to-do list, not errors.
inline constexpr Phrase kAnswered{"ingevuld", "answered"};
inline constexpr Phrase kAnsweredOfApplicable{"{} van {} normen die voor deze scope gelden",
                                              "{} of {} norms that apply to this scope"};
inline constexpr Phrase kOpenNotCounted{"{} open niet meegeteld", "{} open not counted"};
// Counts written in the check report, singular and plural (issue 12: "1 normen zonder antwoord").
inline constexpr Phrase kAnsweredOfApplicableOne{"{} van {} norm die voor deze scope geldt",
                                                 "{} of {} norm that applies to this scope"};
inline constexpr Phrase kNormsWithoutAnswer{"{} normen zonder antwoord",
                                            "{} norms without an answer"};
inline constexpr Phrase kNormWithoutAnswer{"{} norm zonder antwoord", "{} norm without an answer"};
/// The verdict names answers whose score is not on the scale apart from the open norms, as the
/// to-do list does: they were answered, and need a correction, not an answer.
inline constexpr Phrase kNormsWithInvalidScore{
    "{} normen met een score die niet op de schaal staat",
    "{} norms with a score that is not on the scale"};
inline constexpr Phrase kNormWithInvalidScore{"{} norm met een score die niet op de schaal staat",
                                              "{} norm with a score that is not on the scale"};
inline constexpr Phrase kNotYetAnswered{"Nog niet beantwoord", "Not yet answered"};
inline constexpr Phrase kAnswerToelichting{"Toelichting", "Explanation"};
inline constexpr Phrase kNoActionYet{"Nog geen actie", "No action yet"};
// The Markdown report's annex with the norm set's full status note.
inline constexpr Phrase kAboutNormSet{"Over dit normenkader", "About this norm set"};
/// Short banner of an illustrative set in a document: its status word; the note is in the annex.
inline constexpr Phrase kIllustrativeBannerAnnex{
    "{}: dit is niet het officiële normenkader; wat echt is en wat niet, staat in de bijlage "
    "'Over dit normenkader'.",
    "{}: this is not the official norm set; what is real and what is not is in the annex "
    "'About this norm set'."};
/// Short banner of a draft set in a document: its status word; the note is in the annex.
inline constexpr Phrase kDraftBannerAnnex{
    "{}: dit normenkader is niet als officieel vastgesteld; waar het vandaan komt, staat in de "
    "bijlage 'Over dit normenkader'.",
    "{}: this norm set is not confirmed as official; where it comes from is in the annex 'About "
    "this norm set'."};

// ── findings ────────────────────────────────────────────────────────────────────────────
// Severity words of reports for people; CI formats and lint keep the machine names.
inline constexpr Phrase kSeverityError{"fout", "error"};
inline constexpr Phrase kSeverityWarning{"waarschuwing", "warning"};
inline constexpr Phrase kSeverityNote{"opmerking", "note"};
/// The note after the last finding shown: how many more, and the limit.
inline constexpr Phrase kMoreFindings{"nog {} bevinding(en) niet getoond (--max-findings {})",
                                      "{} more finding(s) not shown (--max-findings {})"};
inline constexpr Phrase kMoreOfKind{
    "en nog {} bevindingen van deze soort [{}] in dit bestand (alle staan in --format json en "
    "sarif)",
    "and {} more findings of this kind [{}] in this file (every one is in --format json and "
    "sarif)"};
// The summary line: "2 fouten, 1 waarschuwing in 5 bestanden"; one of each is a severity word.
inline constexpr Phrase kErrorMany{"fouten", "errors"};
inline constexpr Phrase kWarningMany{"waarschuwingen", "warnings"};
inline constexpr Phrase kFileOne{"bestand", "file"};
inline constexpr Phrase kFileMany{"bestanden", "files"};
inline constexpr Phrase kNoProblemsIn{"geen problemen in {}", "no problems in {}"};
inline constexpr Phrase kCountsIn{"{}, {} in {}", "{}, {} in {}"};

// ── progress ────────────────────────────────────────────────────────────────────────────
inline constexpr Phrase kChanges{"Wijzigingen", "Changes"};
inline constexpr Phrase kBetter{"beter", "better"};
inline constexpr Phrase kWorse{"slechter", "worse"};
inline constexpr Phrase kNewAnswer{"nieuw", "new"};
inline constexpr Phrase kSameScore{"gelijk", "unchanged"};
inline constexpr Phrase kRemoved{"vervallen", "removed"};

// ── diff: two versions ──────────────────────────────────────────────────────────────────
inline constexpr Phrase kUnchanged{"ongewijzigd", "unchanged"};
inline constexpr Phrase kChanged{"gewijzigd", "changed"};
inline constexpr Phrase kAdded{"nieuw", "added"};
inline constexpr Phrase kRenumbered{"nieuw nummer", "renumbered"};
inline constexpr Phrase kMoved{"ander thema", "moved"};
inline constexpr Phrase kReworded{"herschreven", "reworded"};
inline constexpr Phrase kRetitled{"nieuwe titel", "retitled"};
inline constexpr Phrase kAnswersOfZelfevaluatie{"Antwoorden uit de zelfevaluatie",
                                                "Answers of the zelfevaluatie"};
// What happens to one answer, and to how many.
inline constexpr Phrase kCarriesOver{"gaat mee", "carries over"};
inline constexpr Phrase kNeedsReview{"opnieuw bekijken", "needs review"};
inline constexpr Phrase kIsLost{"vervalt", "lost"};
inline constexpr Phrase kCarryOver{"gaan mee", "carry over"};
inline constexpr Phrase kNeedReview{"opnieuw bekijken", "need review"};
inline constexpr Phrase kAreLost{"vervallen", "lost"};
// Why; some are followed by the successor's ID.
inline constexpr Phrase kNormRemoved{"de norm is vervallen", "the norm was removed"};
inline constexpr Phrase kSameTextNow{"zelfde tekst, nu", "same text, now"};
inline constexpr Phrase kSplit{"verdeeld over meer normen", "split over several norms"};
inline constexpr Phrase kMergedInto{"opgegaan in de bredere norm", "merged into the broader norm"};
inline constexpr Phrase kOverlapsWith{"overlapt met", "overlaps with"};

// ── diff: two labels ────────────────────────────────────────────────────────────────────
inline constexpr Phrase kCrosswalk{"Crosswalk", "Crosswalk"};
inline constexpr Phrase kUnmappedMeansUnknown{
    "Niet gemapt betekent onbekend: geen gat en niet gedekt.",
    "Unmapped means unknown: neither a gap nor covered."};
inline constexpr Phrase kCoveredBy{"gedekt door", "covered by"};
inline constexpr Phrase kPerNormOf{"Per norm van", "Per norm of"};
inline constexpr Phrase kThemesByThemes{"Thema's × thema's", "Themes × themes"};
inline constexpr Phrase kRows{"rijen", "rows"};
inline constexpr Phrase kColumns{"kolommen", "columns"};
inline constexpr Phrase kOutsideDenominator{"buiten de noemer", "outside the denominator"};
inline constexpr Phrase kCoverageFull{"volledig", "full"};
inline constexpr Phrase kCoveragePartial{"gedeeltelijk", "partial"};
inline constexpr Phrase kCoverageNotRelated{"niet gerelateerd", "not related"};
inline constexpr Phrase kCoverageUnmapped{"onbekend (niet gemapt)", "unknown (unmapped)"};
inline constexpr Phrase kCoverageNotApplicable{"niet van toepassing", "not applicable"};

// ── gap ─────────────────────────────────────────────────────────────────────────────────
inline constexpr Phrase kCarried{"overgenomen", "carried"};
inline constexpr Phrase kToVerify{"te verifiëren", "to verify"};
inline constexpr Phrase kNoSourceCount{"zonder bron (nog te doen)", "no source (work to do)"};
inline constexpr Phrase kNoSourceHeading{"Zonder bron: nog te doen", "No source: work to do"};
inline constexpr Phrase kFrom{"uit", "from"};
inline constexpr Phrase kDecisive{"beslissend", "decisive"};
inline constexpr Phrase kNothingToCarry{"niets over te nemen, verifiëren",
                                        "nothing to carry, verify"};
inline constexpr Phrase kChainsToReview{"Ketens om te beoordelen", "Chains to review"};
inline constexpr Phrase kCannotCompose{"niet samen te stellen, niet gebruikt",
                                       "cannot be composed, not used"};
// The transfer rules (analysis::TransferSource::Rule) and the strictest source that decided.
inline constexpr Phrase kScoreCarries{"score gaat mee", "the score carries over"};
inline constexpr Phrase kAtMostPartlyMet{"hoogstens deels, verifiëren",
                                         "at most partly met, verify"};
inline constexpr Phrase kOffScale{"score '{}' staat niet op de schaal: niets overgenomen",
                                  "score '{}' is not on the scale: nothing carried"};
inline constexpr Phrase kNotApplicableThere{"daar niet van toepassing: nagaan of het hier geldt",
                                            "not applicable there: verify whether it applies here"};
inline constexpr Phrase kStrictestSource{"strengste bron", "strictest source"};
// The pre-filled zelfevaluatie written by gap -o.
inline constexpr Phrase kPrefilledFrom{
    "# Vooringevuld door labeltool gap uit {} ({}) via een crosswalk.",
    "# Pre-filled by labeltool gap from {} ({}) through a crosswalk."};
inline constexpr Phrase kPrefilledCheck{
    "# Controleer elk antwoord; 'verify' in carried_from betekent: nog verifiëren.",
    "# Check every answer; 'verify' in carried_from means: still to verify."};
inline constexpr Phrase kToVerifyMark{"TE VERIFIËREN.", "TO VERIFY."};
inline constexpr Phrase kCarriedOverFrom{"Overgenomen uit", "Carried over from"};

// ── plan ────────────────────────────────────────────────────────────────────────────────
inline constexpr Phrase kCombinedAudit{"Gecombineerde audit", "Combined audit"};
inline constexpr Phrase kNormsOf{"normen van", "norms of"};
inline constexpr Phrase kOverlappingPairs{"overlappende paren (één keer gevraagd)",
                                          "overlapping pairs (asked once)"};
inline constexpr Phrase kNoInterviewGroup{"(geen gespreksgroep)", "(no interview group)"};
inline constexpr Phrase kShared{"gedeeld", "shared"};
inline constexpr Phrase kOnly{"alleen", "only"};

// ── plan as an interview guide (issue 16) ──────────────────────────────────────────────
// plan --only: a guide for some of the interviews
inline constexpr Phrase kPlanOnlyGroups{
    "Deze gids is alleen voor {}; de andere groepen ({}) staan in de volledige gids.",
    "This guide is only for {}; the other groups ({}) are in the full guide."};
inline constexpr Phrase kPlanCounts{
    "{} normen van {}, {} normen van {}, {} gerelateerde paren (elke norm met al haar "
    "gerelateerde normen)",
    "{} norms of {}, {} norms of {}, {} related pairs (each norm with all its related norms)"};
inline constexpr Phrase kRelationsRead{
    "Een relatie leest van de norm naar de gerelateerde norm: equal gelijk, subset smaller, "
    "superset ruimer, intersects gedeeltelijke overlap.",
    "A relation reads from the norm to the related norm: equal the same, subset narrower, "
    "superset broader, intersects partial overlap."};
/// A group's heading detail: norms of A, of B, and how many are shared with another group.
inline constexpr Phrase kGroupCounts{"{} {}, {} {}; {} gedeeld met een andere groep",
                                     "{} {}, {} {}; {} shared with another group"};
inline constexpr Phrase kSharedAlsoIn{"gedeeld, ook bij {}", "shared, also in {}"};
inline constexpr Phrase kHereForRelated{"hier om een gerelateerde norm", "here for a related norm"};
inline constexpr Phrase kRelatedNorms{"Gerelateerd", "Related"};
inline constexpr Phrase kNoRelatedNorm{"geen (de crosswalk noemt geen gerelateerde norm)",
                                       "none (the crosswalk names no related norm)"};
inline constexpr Phrase kHere{"hier", "here"};
inline constexpr Phrase kAskedIn{"bij {}", "in {}"};
inline constexpr Phrase kAskAbout{"Vraag naar", "Ask about"};
inline constexpr Phrase kEvidenceToRequest{"Bewijs opvragen", "Evidence to request"};
inline constexpr Phrase kNormTextLabel{"Normtekst", "Norm text"};
// The crosswalk a report used: its file, method and status, one short banner, the annex.
inline constexpr Phrase kCrosswalkLine{"Crosswalk: {} (methode: {}; status: {})",
                                       "Crosswalk: {} (method: {}; status: {})"};
inline constexpr Phrase kComposedOf{"samengesteld uit {}", "composed of {}"};
inline constexpr Phrase kMethodExpert{"expertanalyse", "expert analysis"};
inline constexpr Phrase kMethodSuggested{"voorstel van labeltool, niet beoordeeld",
                                         "suggested by labeltool, not reviewed"};
inline constexpr Phrase kStatusOfficialWord{"officieel", "official"};
inline constexpr Phrase kStatusDraftWord{"concept", "draft"};
inline constexpr Phrase kStatusIllustrativeWord{"illustratief", "illustrative"};
inline constexpr Phrase kCrosswalkIllustrativeBanner{
    "{}: deze crosswalk is geen officiële koppeling; wat hij wel is, staat in de bijlage 'Over "
    "de crosswalk'.",
    "{}: this crosswalk is not an official mapping; what it is, is in the annex 'About the "
    "crosswalk'."};
inline constexpr Phrase kCrosswalkDraftBanner{
    "{}: deze crosswalk is niet als officieel vastgesteld; waar hij vandaan komt, staat in de "
    "bijlage 'Over de crosswalk'.",
    "{}: this crosswalk is not confirmed as official; where it comes from is in the annex "
    "'About the crosswalk'."};
inline constexpr Phrase kAboutCrosswalk{"Over de crosswalk", "About the crosswalk"};
// gap: which target scopes were used, and why (analysis::TargetScope::Reason).
inline constexpr Phrase kScopeGiven{"Scope van {}: {} (opgegeven met --scope)",
                                    "Scope of {}: {} (given with --scope)"};
inline constexpr Phrase kScopeSame{"Scope van {}: {} (dezelfde als in de zelfevaluatie)",
                                   "Scope of {}: {} (the same as in the zelfevaluatie)"};
inline constexpr Phrase kScopePart{
    "Scope van {}: {} (uit de scope van de zelfevaluatie; {} is geen scope van {})",
    "Scope of {}: {} (from the zelfevaluatie's scope; {} is not a scope of {})"};
inline constexpr Phrase kScopeNoneInCommon{
    "Scope van {}: alle scopes, want geen scope van de zelfevaluatie ({}) is een scope van {}; "
    "kies er een met --scope ({})",
    "Scope of {}: every scope, as no scope of the zelfevaluatie ({}) is a scope of {}; choose "
    "one with --scope ({})"};
inline constexpr Phrase kScopeAllScopes{
    "Scope van {}: alle scopes (de zelfevaluatie geldt voor alle scopes)",
    "Scope of {}: every scope (the zelfevaluatie applies to every scope)"};

// ── template ────────────────────────────────────────────────────────────────────────────
inline constexpr Phrase kTemplateFor{"# Zelfevaluatie voor {} ({})",
                                     "# Self-assessment for {} ({})"};
inline constexpr Phrase kTemplatePerNorm{
    "# Per norm: score ({}), toelichting, evidence,\n"
    "# en bij alles wat niet volledig voldoet: action, owner en due (JJJJ-MM-DD).",
    "# Per norm: score ({}), toelichting, evidence,\n"
    "# and for anything not fully met: action, owner and due (YYYY-MM-DD)."};
inline constexpr Phrase kTemplateCheckWith{"# Controleer met: labeltool check <dit bestand>",
                                           "# Check with: labeltool check <this file>"};
inline constexpr Phrase kTemplateEvidence{"bewijs", "evidence"};

// ── suggest: draft crosswalks from the norm texts ──────────────────────────────────────
inline constexpr Phrase kSuggestTitle{"Voorstel voor een koppeling: {} → {}",
                                      "Suggested crosswalk: {} → {}"};
inline constexpr Phrase kSuggestNotice{
    "Voorstellen op grond van de normteksten, niet beslist: een deskundige neemt elke rij over "
    "of verwerpt hem.",
    "Proposals from the norm texts, not decisions: an expert accepts or rejects every row."};
inline constexpr Phrase kSuggestSummary{
    "{} voorgestelde rijen voor {} van {} normen; {} zonder voorstel",
    "{} proposed rows for {} of {} norms; {} without a proposal"};
inline constexpr Phrase kSuggestCandidates{"Kandidaten per norm", "Candidates per norm"};
inline constexpr Phrase kSuggestNoCandidate{"geen voorstel (blijft ongekoppeld)",
                                            "no proposal (stays unmapped)"};
inline constexpr Phrase kSuggestUnmapped{"Zonder voorstel (blijven ongekoppeld)",
                                         "Without a proposal (stay unmapped)"};
inline constexpr Phrase kSuggestScore{"score", "score"};
inline constexpr Phrase kSuggestSharedTerms{"gedeelde termen", "shared terms"};
/// Containment: how much of each norm's weighted terms the other has.
inline constexpr Phrase kSuggestCoverage{
    "{} heeft {}% van de termen van {}; {} heeft {}% van die van {}",
    "{} has {}% of the terms of {}; {} has {}% of those of {}"};
inline constexpr Phrase kSuggestEqual{"gelijk", "equal"};
inline constexpr Phrase kSuggestSubset{"smaller dan (subset)", "narrower than (subset)"};
inline constexpr Phrase kSuggestSuperset{"ruimer dan (superset)", "broader than (superset)"};
inline constexpr Phrase kSuggestIntersects{"overlapt deels (intersects)",
                                           "overlaps in part (intersects)"};
inline constexpr Phrase kSuggestNotRelated{"niet verwant (not-related)",
                                           "not related (not-related)"};
inline constexpr Phrase kSuggestKept{
    "{} rijen uit {} overgenomen zoals ze zijn ({} normen al gekoppeld)",
    "{} rows kept as they are from {} ({} norms already mapped)"};
inline constexpr Phrase kSuggestContradictions{
    "Tegenstrijdig met een beslissing van een deskundige", "Contradicting an expert's decision"};
inline constexpr Phrase kSuggestExpertSays{
    "deskundige: {} → {} ({}); tekst wijst naar: {} ({}, score {})",
    "expert: {} → {} ({}); the texts point to: {} ({}, score {})"};
inline constexpr Phrase kSuggestCatalogHas{
    "De normenmappen hebben al een koppeling {} → {} met {} rijen; met --existing zou suggest er "
    "{} voorstellen aan toevoegen (voor normen die daar nog niet gekoppeld zijn).",
    "The norm-set folders already hold a crosswalk {} → {} with {} rows; with --existing, "
    "suggest would add {} proposed rows to it (for norms it does not map yet)."};
inline constexpr Phrase kSuggestWritten{
    "Concept geschreven naar {} ({} voorgestelde rijen); controleer met: labeltool lint {}",
    "Draft written to {} ({} proposed rows); check it with: labeltool lint {}"};
inline constexpr Phrase kSuggestDraftNote{
    "Voorgesteld door labeltool suggest op grond van de normteksten (TF-IDF en overlap van "
    "termen). Geen enkele rij met 'review: proposed' is door een deskundige bekeken; gap en diff "
    "gebruiken ze pas na controle (of met --accept-proposed).",
    "Proposed by labeltool suggest from the norm texts (TF-IDF and term overlap). No row marked "
    "'review: proposed' has been looked at by an expert; gap and diff use them only once "
    "reviewed (or with --accept-proposed)."};
// ── end suggest ─────────────────────────────────────────────────────────────────────────
// ── xlsx writer (issue 13): the workbook form of template --format xlsx and gap -o ─────────
inline constexpr Phrase kWorkbookTitle{"Zelfevaluatie {} ({})", "Self-assessment {} ({})"};
inline constexpr Phrase kWorkbookSubject{
    "Zelfevaluatie om in te vullen; controleer met labeltool check",
    "Self-assessment to fill in; check with labeltool check"};
inline constexpr Phrase kScoreInputMessage{"Kies uit de lijst: {}", "Choose from the list: {}"};
inline constexpr Phrase kScoreErrorTitle{"Geen score van de schaal", "Not a score of the scale"};
inline constexpr Phrase kScoreErrorMessage{
    "Deze score staat niet op de schaal van {}. Kies uit de lijst: {}",
    "This score is not on the scale of {}. Choose from the list: {}"};
inline constexpr Phrase kDateInputMessage{"Een datum, bijvoorbeeld {}.", "A date, for example {}."};
inline constexpr Phrase kDateErrorTitle{"Geen datum", "Not a date"};
inline constexpr Phrase kDateErrorMessage{"Vul een datum in tussen 2000 en 2100, bijvoorbeeld {}.",
                                          "Enter a date between 2000 and 2100, for example {}."};
inline constexpr Phrase kStandingLive{"Deze cijfers rekenen mee terwijl u het blad {} invult.",
                                      "These figures follow the sheet {} while you fill it in."};
inline constexpr Phrase kStandingNorms{"Normen", "Norms"};
inline constexpr Phrase kStandingOpen{"Open (nog geen score)", "Open (no score yet)"};
inline constexpr Phrase kStandingShareMet{"Aandeel voldoet", "Share met"};
inline constexpr Phrase kStandingShareNote{
    "Aandeel voldoet: de normen met een score die als voldaan telt, van alle normen die een "
    "score hebben en van toepassing zijn.",
    "Share met: the norms with a score that counts as met, of all norms that have a score and "
    "apply."};
inline constexpr Phrase kExplanationTitle{"Uitleg bij de zelfevaluatie {} ({})",
                                          "About the self-assessment {} ({})"};
inline constexpr Phrase kHowToFill{"Zo vult u dit formulier in", "How to fill in this form"};
inline constexpr Phrase kFillMetadata{
    "Vul bovenaan het blad {} de organisatie, de scope, de datum en wie het invullen (één per "
    "regel, Alt+Enter) in.",
    "At the top of the sheet {}, fill in the organisation, the scope, the date and who fill it "
    "in (one per line, Alt+Enter)."};
inline constexpr Phrase kFillScore{
    "Kies per norm in de kolom Score een waarde uit de keuzelijst; een andere waarde weigert "
    "het blad.",
    "For each norm, choose a value from the drop-down list in the Score column; the sheet "
    "refuses any other value."};
inline constexpr Phrase kFillExplain{
    "Licht de score toe in Toelichting en noem in Bewijs de documenten, één per regel "
    "(Alt+Enter). Gevraagd bewijs zegt waar een auditor naar vraagt.",
    "Explain the score in Toelichting and name the documents in Bewijs, one per line "
    "(Alt+Enter). Gevraagd bewijs says what an auditor will ask for."};
inline constexpr Phrase kFillAction{
    "Schrijf bij een norm die (nog) niet voldoet een verbeteractie, met een eigenaar en de datum "
    "waarop het gereed is.",
    "For a norm that is not (yet) met, write an improvement action, with an owner and the date "
    "it is due."};
inline constexpr Phrase kFillLocked{
    "De grijze cellen (norm, thema, titel, normtekst, gevraagd bewijs) zijn beveiligd tegen "
    "per ongeluk wijzigen; de beveiliging heeft geen wachtwoord.",
    "The grey cells (norm, theme, title, norm text, evidence asked for) are protected against "
    "changes by accident; the protection has no password."};
inline constexpr Phrase kFillStanding{
    "Het blad {} laat per thema zien waar u staat, terwijl u invult.",
    "The sheet {} shows where you stand per theme while you fill in."};
inline constexpr Phrase kScoresMean{"Wat de scores betekenen", "What the scores mean"};
inline constexpr Phrase kMeansMet{"telt als voldaan", "counts as met"};
inline constexpr Phrase kMeansPartlyMet{"telt als deels voldaan", "counts as partly met"};
inline constexpr Phrase kMeansNotMet{"telt als niet voldaan", "counts as not met"};
inline constexpr Phrase kMeansNotApplicable{
    "niet van toepassing: telt niet mee in het aandeel voldoet",
    "not applicable: not counted in the share met"};
inline constexpr Phrase kScorePoints{"score {}", "score {}"};
inline constexpr Phrase kCheckWithLabeltool{"Controleren met labeltool", "Checking with labeltool"};
inline constexpr Phrase kCheckExplains{
    "labeltool noemt per cel (blad!cel) wat ontbreekt of niet klopt, geeft de stand per thema "
    "en het oordeel volgens de beslisregel van het normenkader.",
    "labeltool names per cell (sheet!cell) what is missing or wrong, and gives the standing "
    "per theme and the verdict by the norm set's rule."};
inline constexpr Phrase kNormSetStatus{"Status van het normenkader", "Status of the norm set"};
inline constexpr Phrase kPrefilledWorkbook{
    "Vooringevuld door labeltool gap uit {} ({}). Gele cellen met TE VERIFIËREN: eerst "
    "nagaan, dan overnemen.",
    "Pre-filled by labeltool gap from {} ({}). Yellow cells marked TO VERIFY: check them "
    "before you keep them."};
inline constexpr Phrase kOriginNote{"{} {} ({}, score '{}'): {}", "{} {} ({}, score '{}'): {}"};
// ── end xlsx writer
// ── audit (audit/1, labeltool audit and template --audit) ───────────────────────────────
inline constexpr Phrase kAudit{"Audit", "Audit"};
inline constexpr Phrase kAuditors{"Auditor(en)", "Auditor(s)"};
inline constexpr Phrase kInterviews{"Gesprekken", "Interviews"};
inline constexpr Phrase kInterviewGroup{"groep", "group"};
/// The one line for the sets of an audit that are not official: their references, then where
/// to read more. One set, or several.
inline constexpr Phrase kAuditIllustrativeOne{
    "ILLUSTRATIEF: {} is niet het officiële normenkader; wat echt is en wat niet, staat in {}.",
    "ILLUSTRATIVE: {} is not the official norm set; what is real and what is not is in {}."};
inline constexpr Phrase kAuditIllustrativeMany{
    "ILLUSTRATIEF: {} zijn niet de officiële normenkaders; wat echt is en wat niet, staat in {}.",
    "ILLUSTRATIVE: {} are not the official norm sets; what is real and what is not is in {}."};
inline constexpr Phrase kAuditAnnexName{"de bijlage 'Over deze normenkaders'",
                                        "the annex 'About these norm sets'"};
inline constexpr Phrase kAboutNormSets{"Over deze normenkaders", "About these norm sets"};
inline constexpr Phrase kHeardCount{"gehoord", "heard"};
inline constexpr Phrase kCarriedFromCount{"overgenomen uit het andere label",
                                          "carried from the other label"};
inline constexpr Phrase kUncoveredCount{"door geen gesprek gedekt", "covered by no interview"};
inline constexpr Phrase kDisagreements{"Gesprekken oneens (het strengste oordeel telt)",
                                       "Interviews disagree (the strictest judgement counts)"};
inline constexpr Phrase kJudgementsPerNorm{"Oordeel per norm", "Judgement per norm"};
inline constexpr Phrase kUncovered{"Door geen gesprek gedekt", "Covered by no interview"};
inline constexpr Phrase kCarriedMark{"overgenomen uit {} {} ({})", "carried from {} {} ({})"};
inline constexpr Phrase kHeardIn{"gehoord in {}", "heard in {}"};
inline constexpr Phrase kSelfAssessment{"Zelfevaluatie naast de auditor",
                                        "Self-assessment beside the auditor"};
inline constexpr Phrase kSelfHigher{"zelf hoger", "self higher"};
inline constexpr Phrase kSelfLower{"zelf lager", "self lower"};
inline constexpr Phrase kSelfScore{"zelf: {}", "self: {}"};
inline constexpr Phrase kAuditorScore{"auditor: {}", "auditor: {}"};
inline constexpr Phrase kNoZelfevaluatie{"geen zelfevaluatie gegeven", "no self-assessment given"};
inline constexpr Phrase kSelfSummary{"{} × zelf hoger dan de auditor, {} × zelf lager",
                                     "{} × self higher than the auditor, {} × self lower"};
inline constexpr Phrase kColumnJudgement{"Oordeel", "Judgement"};
inline constexpr Phrase kColumnFrom{"Bron", "Source"};
inline constexpr Phrase kAuditTemplateFor{"# Audit van {}", "# Audit of {}"};
inline constexpr Phrase kAuditTemplatePerNorm{
    "# Per gesprek en per norm: judgement (de schaal van dat normenkader), observation\n"
    "# (wat gehoord of gezien is) en evidence (ingeziene documenten). Leeg = niet beoordeeld.",
    "# Per interview and norm: judgement (that norm set's scale), observation (what was\n"
    "# heard or seen) and evidence (documents seen). Empty = not judged."};
inline constexpr Phrase kAuditTemplateCheckWith{
    "# Breng samen met: labeltool audit <dit bestand>",
    "# Bring together with: labeltool audit <this file>"};
inline constexpr Phrase kAuditTemplateScale{"schaal", "scale"};
// ── audit workbooks (issue 16): plan --format xlsx, the audit form as a workbook ─────────
inline constexpr Phrase kPlanWorkbookTitle{"Gecombineerde audit: {} + {}",
                                           "Combined audit: {} + {}"};
inline constexpr Phrase kPlanWorkbookSubject{"Gespreksleidraad voor een gecombineerde audit",
                                             "Interview guide for a combined audit"};
inline constexpr Phrase kPlanAboutSheet{"Over deze planning", "About this plan"};
inline constexpr Phrase kPlanSheetBanner{
    "Niet alles hierin is officieel (normenkaders of crosswalk); wat echt is en wat niet, staat "
    "op het blad '{}'.",
    "Not everything here is official (norm sets or crosswalk); what is real and what is not is "
    "on the sheet '{}'."};
inline constexpr Phrase kPlanColumnTitle{"Titel", "Title"};
inline constexpr Phrase kPlanColumnShared{"Gedeeld", "Shared"};
inline constexpr Phrase kPlanColumnSheet{"Blad", "Sheet"};
inline constexpr Phrase kAuditWorkbookTitle{"Audit van {}", "Audit of {}"};
inline constexpr Phrase kAuditWorkbookSubject{
    "Auditformulier om in te vullen; breng samen met labeltool audit",
    "Audit form to fill in; bring together with labeltool audit"};
inline constexpr Phrase kAuditSheetNamed{"het blad '{}'", "the sheet '{}'"};
inline constexpr Phrase kAuditFillTop{
    "Vul bovenaan het blad Audit de organisatie en de auditor(en) in (één per regel, Alt+Enter).",
    "At the top of the sheet Audit, fill in the organisation and the auditor(s) (one per line, "
    "Alt+Enter)."};
inline constexpr Phrase kAuditFillInterview{
    "Elk gesprek begint op de regel met zijn datum: vul daar de datum in en wie er gehoord is, "
    "per rol (geen namen nodig), één per regel.",
    "Each interview starts on the row with its date: fill in the date there and who was heard, "
    "by role (no names needed), one per line."};
inline constexpr Phrase kAuditFillJudgement{
    "Kies per norm in de kolom Oordeel een waarde van de schaal van dat normenkader; leeg "
    "betekent niet beoordeeld in dit gesprek.",
    "For each norm, choose a value of that norm set's scale in the Judgement column; empty "
    "means not judged in this interview."};
inline constexpr Phrase kAuditFillObservation{
    "Schrijf in Waarneming wat gehoord of gezien is, en in Ingezien bewijs de documenten, één "
    "per regel (Alt+Enter).",
    "Write what was heard or seen in Observation, and the documents in Evidence seen, one per "
    "line (Alt+Enter)."};
inline constexpr Phrase kAuditFillLocked{
    "De grijze cellen (gesprek, groep, normenkader, norm, titel, normtekst, gevraagd bewijs) zijn "
    "beveiligd tegen per ongeluk wijzigen; de beveiliging heeft geen wachtwoord.",
    "The grey cells (interview, group, norm set, norm, title, norm text, evidence asked for) are "
    "protected against changes by accident; the protection has no password."};
inline constexpr Phrase kAuditScaleOf{"Schaal van {}", "Scale of {}"};
inline constexpr Phrase kAuditBringTogether{"Samenbrengen met labeltool",
                                            "Bringing together with labeltool"};
inline constexpr Phrase kAuditTemplateAskedTogether{"samen gevraagd: {}", "asked together: {}"};
// ── end audit workbooks
// ── HTML reports (issue 15): chart titles, table heads, report names ─────────────────────
inline constexpr Phrase kOpen{"open", "open"};
inline constexpr Phrase kLate{"te laat", "late"};
inline constexpr Phrase kScore{"Score", "Score"};
inline constexpr Phrase kNorm{"Norm", "Norm"};
inline constexpr Phrase kDueDate{"Uiterlijk", "Due"};
inline constexpr Phrase kPlace{"Plaats", "Place"};
inline constexpr Phrase kSeverity{"Ernst", "Severity"};
inline constexpr Phrase kCode{"Code", "Code"};
inline constexpr Phrase kMessage{"Melding", "Message"};
inline constexpr Phrase kRestsOn{"Dit oordeel rust op", "This verdict rests on"};
inline constexpr Phrase kAnnexAllNorms{"Bijlage: alle normen", "Annex: every norm"};
inline constexpr Phrase kChartStanding{
    "Stand per thema: aantal normen voldoet, deels, niet en open",
    "Standing per theme: norms met, partly, not met and open"};
inline constexpr Phrase kChartWheel{"Wiel: % voldoet per thema", "Wheel: % met per theme"};
inline constexpr Phrase kChartAsTable{"Dezelfde cijfers als tabel", "The same figures as a table"};
inline constexpr Phrase kMetBefore{"voldoet eerst", "met before"};
inline constexpr Phrase kMetAfter{"voldoet nu", "met now"};
inline constexpr Phrase kChartProgress{"Voldoet per thema: eerst en nu",
                                       "Met per theme: before and now"};
inline constexpr Phrase kChartChanges{"Wijzigingen per thema", "Changes per theme"};
inline constexpr Phrase kPerNorm{"Per norm", "Per norm"};
inline constexpr Phrase kBefore{"Eerst", "Before"};
inline constexpr Phrase kNow{"Nu", "Now"};
inline constexpr Phrase kChartCoverage{"Dekking per thema van", "Coverage per theme of"};
inline constexpr Phrase kChartTransfer{"Per thema: overgenomen, te verifiëren, nog te doen",
                                       "Per theme: carried, to verify, to do"};
inline constexpr Phrase kWhereFrom{"Waar het antwoord vandaan komt", "Where the answer came from"};
inline constexpr Phrase kVersionDiff{"Versies vergeleken", "Versions compared"};
inline constexpr Phrase kLabelDiff{"Labels vergeleken", "Labels compared"};
inline constexpr Phrase kGapReport{"Overname van antwoorden", "Answers carried over"};
inline constexpr Phrase kProgressReport{"Voortgang", "Progress"};
inline constexpr Phrase kWordChanges{"Woordwijzigingen", "Word changes"};
inline constexpr Phrase kGroup{"Gespreksgroep", "Interview group"};
inline constexpr Phrase kAsked{"Gevraagd", "Asked"};

// ── suggest as HTML (issue 17 item 6) ────────────────────────────────────────────────────
inline constexpr Phrase kSuggestSourceSet{"Bron (A)", "Source (A)"};
inline constexpr Phrase kSuggestTargetSet{"Doel (B)", "Target (B)"};
inline constexpr Phrase kSuggestSetLine{"{} ({}), status: {}", "{} ({}), status: {}"};
inline constexpr Phrase kSuggestSettings{"Instellingen", "Settings"};
inline constexpr Phrase kSuggestSettingsLine{"hoogstens {} kandidaten per norm, score minstens {}",
                                             "at most {} candidates per norm, score at least {}"};
inline constexpr Phrase kSuggestTextAnalysis{"Tekstanalyse", "Text analysis"};
inline constexpr Phrase kSuggestAnalysisDutch{
    "Nederlands: Snowball-stemmer (dutch), eigen stopwoorden, lange woorden ook in stukjes van "
    "6 tekens",
    "Dutch: Snowball stemmer (dutch), our own stop words, long words also in pieces of 6 "
    "characters"};
inline constexpr Phrase kSuggestAnalysisEnglish{
    "Engels: Snowball-stemmer (english), eigen stopwoorden",
    "English: Snowball stemmer (english), our own stop words"};
inline constexpr Phrase kSuggestAnalysisOther{
    "andere taal: woorden zoals geschreven, zonder stemmer of stopwoorden",
    "another language: words as written, no stemmer or stop words"};
inline constexpr Phrase kSuggestSummaryHeading{"Samenvatting", "Summary"};
inline constexpr Phrase kSuggestCount{"Aantal", "Count"};
inline constexpr Phrase kSuggestNormsIn{"Normen in {}", "Norms in {}"};
inline constexpr Phrase kSuggestExistingHead{"Bestaande koppeling", "Existing crosswalk"};
inline constexpr Phrase kSuggestAlreadyMapped{"Normen van {} die ze al koppelt",
                                              "Norms of {} it already maps"};
inline constexpr Phrase kSuggestWithProposal{"Met een voorstel", "With a proposal"};
inline constexpr Phrase kSuggestRowsTotal{"Voorgestelde rijen", "Proposed rows"};
inline constexpr Phrase kSuggestKeptFrom{"Rijen overgenomen uit {}", "Rows kept from {}"};
inline constexpr Phrase kSuggestRank{"Rang", "Rank"};
inline constexpr Phrase kSuggestNormIn{"Norm in {}", "Norm in {}"};
inline constexpr Phrase kSuggestRelation{"Voorgestelde relatie", "Proposed relation"};
inline constexpr Phrase kSuggestCoverageHead{"Dekking", "Coverage"};
inline constexpr Phrase kSuggestHasShare{"{} heeft {}% van de termen van {}",
                                         "{} has {}% of the terms of {}"};
inline constexpr Phrase kSuggestCandidatesFor{"Kandidaten in {} voor {}",
                                              "Candidates in {} for {}"};
inline constexpr Phrase kSuggestMarked{
    "Gemarkeerd: de woorden die beide normen delen (ook in een andere vorm of als deel van een "
    "samengesteld woord). Een relatie leest van de norm in {} naar de kandidaat in {}.",
    "Marked: the words both norms share (also in another form or as part of a compound). A "
    "relation reads from the norm in {} to the candidate in {}."};
inline constexpr Phrase kSuggestExpertRow{"Beslissing van de deskundige", "Expert's decision"};
inline constexpr Phrase kSuggestTextsPoint{"De teksten wijzen naar", "The texts point to"};
inline constexpr Phrase kSuggestKind{"Soort", "Kind"};
inline constexpr Phrase kSuggestOtherTarget{"ander doel", "another target"};
inline constexpr Phrase kSuggestOtherRelation{"andere relatie", "another relation"};
inline constexpr Phrase kSuggestExpertNotRelated{"deskundige zegt niet verwant",
                                                 "expert says not related"};
inline constexpr Phrase kDraftSetsLine{
    "CONCEPT: {} niet als officieel vastgesteld; waar het vandaan komt, staat in {}.",
    "DRAFT: {} not confirmed as official; where it comes from is in {}."};

// ── suggest: a relation read from the numbering (issue 17) ─────────────────────────────
/// A subset/superset row whose relation comes from the numbering, not from the terms:
/// part, whole, and the set that holds the parts but not the whole.
inline constexpr Phrase kSuggestByNumbering{
    "relatie uit de nummering: {} is een onderdeel van {}, dat {} zelf niet als norm heeft",
    "relation from the numbering: {} is a sub-clause of {}, which {} does not hold as a norm"};
// ── end suggest numbering ──────────────────────────────────────────────────────────────

/// Every phrase above, so that a test can hold each to both languages.
inline constexpr const Phrase* kAllPhrases[] = {
    &kNorms,
    &kNormOne,
    &kThemes,
    &kGuidance,
    &kEvidence,
    &kAppliesTo,
    &kDiscipline,
    &kStatus,
    &kOwner,
    &kValidFrom,
    &kSources,
    &kExtends,
    &kScale,
    &kVerdictRule,
    &kIllustrative,
    &kDraft,
    &kDraftBanner,
    &kIllustrativeBanner,
    &kZelfevaluatie,
    &kNormSet,
    &kScope,
    &kAllScopes,
    &kDate,
    &kFilledInBy,
    &kStanding,
    &kTheme,
    &kTotal,
    &kPercentMet,
    &kOf,
    &kVerdictPass,
    &kVerdictFail,
    &kVerdictIncomplete,
    &kAllowed,
    &kAtLeast,
    &kGaps,
    &kNoGaps,
    &kAction,
    &kDue,
    &kNoAnswer,
    &kInvalidScoreLabel,
    &kMissingEvidence,
    &kExpected,
    &kFindings,
    &kNone,
    &kOutcome,
    &kMetShort,
    &kPartlyMetShort,
    &kNotMetShort,
    &kNotApplicableShort,
    &kAnswered,
    &kAnsweredOfApplicable,
    &kOpenNotCounted,
    &kAnsweredOfApplicableOne,
    &kNormsWithoutAnswer,
    &kNormWithoutAnswer,
    &kNormsWithInvalidScore,
    &kNormWithInvalidScore,
    &kNotYetAnswered,
    &kAnswerToelichting,
    &kNoActionYet,
    &kAboutNormSet,
    &kIllustrativeBannerAnnex,
    &kDraftBannerAnnex,
    &kSeverityError,
    &kSeverityWarning,
    &kSeverityNote,
    &kMoreFindings,
    &kMoreOfKind,
    &kErrorMany,
    &kWarningMany,
    &kFileOne,
    &kFileMany,
    &kNoProblemsIn,
    &kCountsIn,
    &kChanges,
    &kBetter,
    &kWorse,
    &kNewAnswer,
    &kSameScore,
    &kRemoved,
    &kUnchanged,
    &kChanged,
    &kAdded,
    &kRenumbered,
    &kMoved,
    &kReworded,
    &kRetitled,
    &kAnswersOfZelfevaluatie,
    &kCarriesOver,
    &kNeedsReview,
    &kIsLost,
    &kCarryOver,
    &kNeedReview,
    &kAreLost,
    &kNormRemoved,
    &kSameTextNow,
    &kSplit,
    &kMergedInto,
    &kOverlapsWith,
    &kCrosswalk,
    &kUnmappedMeansUnknown,
    &kCoveredBy,
    &kPerNormOf,
    &kThemesByThemes,
    &kRows,
    &kColumns,
    &kOutsideDenominator,
    &kCoverageFull,
    &kCoveragePartial,
    &kCoverageNotRelated,
    &kCoverageUnmapped,
    &kCoverageNotApplicable,
    &kCarried,
    &kToVerify,
    &kNoSourceCount,
    &kNoSourceHeading,
    &kFrom,
    &kDecisive,
    &kNothingToCarry,
    &kChainsToReview,
    &kCannotCompose,
    &kScoreCarries,
    &kAtMostPartlyMet,
    &kOffScale,
    &kNotApplicableThere,
    &kStrictestSource,
    &kPrefilledFrom,
    &kPrefilledCheck,
    &kToVerifyMark,
    &kCarriedOverFrom,
    &kCombinedAudit,
    &kNormsOf,
    &kOverlappingPairs,
    &kNoInterviewGroup,
    &kShared,
    &kOnly,
    &kTemplateFor,
    &kTemplatePerNorm,
    &kTemplateCheckWith,
    &kTemplateEvidence,
    // plan as an interview guide (issue 16)
    &kPlanCounts,
    &kPlanOnlyGroups,
    &kRelationsRead,
    &kGroupCounts,
    &kSharedAlsoIn,
    &kHereForRelated,
    &kRelatedNorms,
    &kNoRelatedNorm,
    &kHere,
    &kAskedIn,
    &kAskAbout,
    &kEvidenceToRequest,
    &kNormTextLabel,
    &kCrosswalkLine,
    &kComposedOf,
    &kMethodExpert,
    &kMethodSuggested,
    &kStatusOfficialWord,
    &kStatusDraftWord,
    &kStatusIllustrativeWord,
    &kCrosswalkIllustrativeBanner,
    &kCrosswalkDraftBanner,
    &kAboutCrosswalk,
    &kScopeGiven,
    &kScopeSame,
    &kScopePart,
    &kScopeNoneInCommon,
    &kScopeAllScopes,
    // suggest
    &kSuggestTitle,
    &kSuggestNotice,
    &kSuggestSummary,
    &kSuggestCandidates,
    &kSuggestNoCandidate,
    &kSuggestUnmapped,
    &kSuggestScore,
    &kSuggestSharedTerms,
    &kSuggestCoverage,
    &kSuggestEqual,
    &kSuggestSubset,
    &kSuggestSuperset,
    &kSuggestIntersects,
    &kSuggestNotRelated,
    &kSuggestKept,
    &kSuggestContradictions,
    &kSuggestExpertSays,
    &kSuggestCatalogHas,
    &kSuggestWritten,
    &kSuggestDraftNote,
    // xlsx writer (issue 13)
    &kWorkbookTitle,
    &kWorkbookSubject,
    &kScoreInputMessage,
    &kScoreErrorTitle,
    &kScoreErrorMessage,
    &kDateInputMessage,
    &kDateErrorTitle,
    &kDateErrorMessage,
    &kStandingLive,
    &kStandingNorms,
    &kStandingOpen,
    &kStandingShareMet,
    &kStandingShareNote,
    &kExplanationTitle,
    &kHowToFill,
    &kFillMetadata,
    &kFillScore,
    &kFillExplain,
    &kFillAction,
    &kFillLocked,
    &kFillStanding,
    &kScoresMean,
    &kMeansMet,
    &kMeansPartlyMet,
    &kMeansNotMet,
    &kMeansNotApplicable,
    &kScorePoints,
    &kCheckWithLabeltool,
    &kCheckExplains,
    &kNormSetStatus,
    &kPrefilledWorkbook,
    &kOriginNote,
    // audit
    &kAudit,
    &kAuditors,
    &kInterviews,
    &kInterviewGroup,
    &kAuditIllustrativeOne,
    &kAuditIllustrativeMany,
    &kAuditAnnexName,
    &kAboutNormSets,
    &kHeardCount,
    &kCarriedFromCount,
    &kUncoveredCount,
    &kDisagreements,
    &kJudgementsPerNorm,
    &kUncovered,
    &kCarriedMark,
    &kHeardIn,
    &kSelfAssessment,
    &kSelfHigher,
    &kSelfLower,
    &kSelfScore,
    &kAuditorScore,
    &kNoZelfevaluatie,
    &kSelfSummary,
    &kColumnJudgement,
    &kColumnFrom,
    &kAuditTemplateFor,
    &kAuditTemplatePerNorm,
    &kAuditTemplateCheckWith,
    &kAuditTemplateScale,
    // HTML reports (issue 15)
    &kOpen,
    &kLate,
    &kScore,
    &kNorm,
    &kDueDate,
    &kPlace,
    &kSeverity,
    &kCode,
    &kMessage,
    &kRestsOn,
    &kAnnexAllNorms,
    &kChartStanding,
    &kChartWheel,
    &kChartAsTable,
    &kMetBefore,
    &kMetAfter,
    &kChartProgress,
    &kChartChanges,
    &kPerNorm,
    &kBefore,
    &kNow,
    &kChartCoverage,
    &kChartTransfer,
    &kWhereFrom,
    &kVersionDiff,
    &kLabelDiff,
    &kGapReport,
    &kProgressReport,
    &kWordChanges,
    &kGroup,
    &kAsked,
    // suggest as HTML (issue 17 item 6)
    &kSuggestSourceSet,
    &kSuggestTargetSet,
    &kSuggestSetLine,
    &kSuggestSettings,
    &kSuggestSettingsLine,
    &kSuggestTextAnalysis,
    &kSuggestAnalysisDutch,
    &kSuggestAnalysisEnglish,
    &kSuggestAnalysisOther,
    &kSuggestSummaryHeading,
    &kSuggestCount,
    &kSuggestNormsIn,
    &kSuggestExistingHead,
    &kSuggestAlreadyMapped,
    &kSuggestWithProposal,
    &kSuggestRowsTotal,
    &kSuggestKeptFrom,
    &kSuggestRank,
    &kSuggestNormIn,
    &kSuggestRelation,
    &kSuggestCoverageHead,
    &kSuggestHasShare,
    &kSuggestCandidatesFor,
    &kSuggestMarked,
    &kSuggestExpertRow,
    &kSuggestTextsPoint,
    &kSuggestKind,
    &kSuggestOtherTarget,
    &kSuggestOtherRelation,
    &kSuggestExpertNotRelated,
    &kDraftSetsLine,
    // audit workbooks (issue 16)
    &kPlanWorkbookTitle,
    &kPlanWorkbookSubject,
    &kPlanAboutSheet,
    &kPlanSheetBanner,
    &kPlanColumnTitle,
    &kPlanColumnShared,
    &kPlanColumnSheet,
    &kAuditWorkbookTitle,
    &kAuditWorkbookSubject,
    &kAuditSheetNamed,
    &kAuditFillTop,
    &kAuditFillInterview,
    &kAuditFillJudgement,
    &kAuditFillObservation,
    &kAuditFillLocked,
    &kAuditScaleOf,
    &kAuditBringTogether,
    &kAuditTemplateAskedTogether,
    &kSuggestByNumbering,  // suggest numbering (issue 17)
};

}  // namespace labeltool::report
