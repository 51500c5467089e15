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
inline constexpr Phrase kWithoutAnswer{"zonder antwoord", "without an answer"};
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

// ── HTML reports (issue 15): chart titles, table heads, report names ─────────────────────
inline constexpr Phrase kOpen{"open", "open"};
inline constexpr Phrase kLate{"te laat", "late"};
inline constexpr Phrase kScore{"Score", "Score"};
inline constexpr Phrase kNormText{"Normtekst", "Norm text"};
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
    &kWithoutAnswer,
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
    // HTML reports (issue 15)
    &kOpen,
    &kLate,
    &kScore,
    &kNormText,
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
};

}  // namespace labeltool::report
