#include "diag/diagnostic.hpp"

#include <algorithm>
#include <cassert>
#include <tuple>

#include "util/text.hpp"

namespace labeltool {

const std::vector<CodeInfo>& code_table() {
  using S = Severity;
  static const std::vector<CodeInfo> table = {
      {Code::FileNotFound, "file-not-found", S::Error, "The file does not exist.",
       "Het bestand bestaat niet."},
      {Code::FileUnreadable, "file-unreadable", S::Error,
       "The file exists but cannot be read (permissions, or not a regular file).",
       "Het bestand bestaat, maar is niet te lezen (rechten, of geen gewoon bestand)."},
      {Code::IsDirectory, "is-directory", S::Error, "A folder was given where a file was expected.",
       "Er is een map opgegeven waar een bestand werd verwacht."},
      {Code::FileTooLarge, "file-too-large", S::Error,
       "The file is larger than the size limit (--max-file-size).",
       "Het bestand is groter dan de grens (--max-file-size)."},
      {Code::EmptyFile, "empty-file", S::Error, "The file is empty or holds only comments.",
       "Het bestand is leeg of bevat alleen commentaar."},
      {Code::InvalidUtf8, "invalid-utf8", S::Error, "The file is not valid UTF-8.",
       "Het bestand is niet als UTF-8 opgeslagen."},
      {Code::NulByte, "nul-byte", S::Error, "The file contains a NUL byte (binary data?).",
       "Het bestand bevat een NUL-byte (is het een binair bestand?)."},
      {Code::YamlSyntax, "yaml-syntax", S::Error, "The file is not well-formed YAML.",
       "Het bestand is geen geldige YAML."},
      {Code::MultipleDocuments, "multiple-documents", S::Error,
       "The file holds more than one YAML document ('---'); labeltool reads exactly one.",
       "Het bestand bevat meer dan één YAML-document ('---'); labeltool leest er precies één."},
      {Code::NestingTooDeep, "nesting-too-deep", S::Error,
       "Mappings and sequences are nested deeper than the limit (--max-depth).",
       "Lijsten en mappings zijn dieper genest dan de grens (--max-depth)."},
      {Code::AliasLimit, "alias-limit", S::Error,
       "Aliases (*name) expand to more nodes than the limit (--max-alias-nodes).",
       "Aliassen (*naam) worden groter dan de grens (--max-alias-nodes)."},
      {Code::DuplicateKey, "duplicate-key", S::Error,
       "A mapping has the same key twice; YAML tools silently keep one of the two.",
       "Een sleutel staat twee keer in dezelfde mapping; andere programma's houden er stilzwijgend "
       "één."},
      {Code::ComplexKey, "complex-key", S::Error, "A mapping key is not a plain text value.",
       "Een sleutel is geen gewone tekst."},
      {Code::MissingHeader, "missing-header", S::Error,
       "The first key is not 'labeltool: KIND/1', so the kind of file is unknown.",
       "De eerste regel is niet 'labeltool: SOORT/1', dus het soort bestand is onbekend."},
      {Code::UnknownKind, "unknown-kind", S::Error,
       "The 'labeltool:' header names a kind or format version labeltool does not know.",
       "De kop 'labeltool:' noemt een soort bestand of versie die labeltool niet kent."},
      {Code::RootNotMapping, "root-not-mapping", S::Error,
       "The document is not a mapping of keys to values.",
       "Het document is geen lijst van sleutels met waarden."},
      {Code::MissingKey, "missing-key", S::Error, "A required key is absent.",
       "Een verplicht veld ontbreekt."},
      {Code::UnknownKey, "unknown-key", S::Error, "A key that this kind of file does not define.",
       "Een veld dat dit soort bestand niet kent."},
      {Code::WrongType, "wrong-type", S::Error,
       "A value has the wrong type (e.g. a list where text is expected).",
       "Een waarde heeft de verkeerde vorm (bijvoorbeeld een lijst waar tekst hoort)."},
      {Code::InvalidValue, "invalid-value", S::Error,
       "A value is outside the allowed vocabulary or range.",
       "Een waarde valt buiten wat is toegestaan."},
      {Code::InvalidId, "invalid-id", S::Error,
       "An ID is empty or has characters other than letters, digits and . _ -",
       "Een ID is leeg of bevat andere tekens dan letters, cijfers en . _ -"},
      {Code::InvalidDate, "invalid-date", S::Error, "A date is not a real date in YYYY-MM-DD form.",
       "Een datum is geen echte datum in de vorm JJJJ-MM-DD."},
      {Code::EmptyText, "empty-text", S::Error, "A title or text is empty.",
       "Een titel of tekst is leeg."},
      {Code::DuplicateId, "duplicate-id", S::Error, "Two themes, norms or values share one ID.",
       "Twee thema's, normen of waarden hebben hetzelfde ID."},
      {Code::DuplicateTitle, "duplicate-title", S::Warning, "Two norms have the same title.",
       "Twee normen hebben dezelfde titel."},
      {Code::UnknownScope, "unknown-scope", S::Error,
       "A scope is named that the norm set does not declare.",
       "Een scope die het normenkader niet kent."},
      {Code::UnknownDiscipline, "unknown-discipline", S::Error,
       "A discipline is named that the norm set does not declare.",
       "Een discipline die het normenkader niet kent."},
      {Code::ScaleWithoutMet, "scale-without-met", S::Error,
       "The answer scale has no value meaning 'met', so nothing can pass.",
       "De schaal heeft geen waarde die 'voldoet' betekent, dus niets kan voldoen."},
      {Code::VerdictUnusable, "verdict-unusable", S::Warning,
       "The verdict rule refers to a meaning the scale does not have, or sets no limit.",
       "De beslisregel verwijst naar een betekenis die de schaal niet heeft, of stelt geen grens."},
      {Code::InvalidReference, "invalid-reference", S::Error,
       "A norm-set reference is not of the form id@version.",
       "Een verwijzing naar een normenkader heeft niet de vorm id@versie."},
      {Code::UnresolvedReference, "unresolved-reference", S::Error,
       "No norm set with that id@version was found in the norm-set folders.",
       "Er is geen normenkader met dat id@versie gevonden in de mappen met normenkaders."},
      {Code::ExtendsLoop, "extends-loop", S::Error, "Variants extend each other in a loop.",
       "Varianten bouwen in een kring op elkaar voort."},
      {Code::UnknownNorm, "unknown-norm", S::Error, "A norm ID that the norm set does not have.",
       "Een norm-ID dat het normenkader niet heeft."},
      {Code::UnknownTheme, "unknown-theme", S::Error, "A theme ID that the norm set does not have.",
       "Een thema-ID dat het normenkader niet heeft."},
      {Code::TooManyFindings, "too-many-findings", S::Note,
       "More findings than --max-findings; the rest were counted but not shown.",
       "Meer bevindingen dan --max-findings; de rest is geteld maar niet getoond."},
      {Code::CsvSyntax, "csv-syntax", S::Error,
       "A CSV file is malformed (an unclosed quote, text after a closing quote).",
       "Een CSV-bestand klopt niet (een aanhalingsteken dat niet gesloten wordt, tekst na een "
       "sluitend aanhalingsteken)."},
      {Code::MissingAnswer, "missing-answer", S::Error,
       "A norm that applies to the zelfevaluatie's scope has no answer.",
       "Een norm die voor de scope van de zelfevaluatie geldt, is nog niet beantwoord."},
      {Code::InvalidScore, "invalid-score", S::Error,
       "A score that is not a value of the norm set's scale.",
       "Een score die niet op de schaal van het normenkader staat."},
      {Code::NotApplicableNotAllowed, "not-applicable-not-allowed", S::Error,
       "'Not applicable' is used, but the norm set's scale has no such value.",
       "'Niet van toepassing' is gebruikt, maar de schaal van het normenkader kent dat niet."},
      {Code::MissingToelichting, "missing-toelichting", S::Error,
       "An answer that is not fully met has no toelichting (explanation).",
       "Een antwoord dat niet volledig voldoet, heeft geen toelichting."},
      {Code::MissingEvidence, "missing-evidence", S::Warning,
       "No evidence is named where the norm lists evidence an auditor will ask for.",
       "Er is geen bewijs genoemd, terwijl de auditor bij deze norm naar bewijs zal vragen."},
      {Code::MissingAction, "missing-action", S::Warning,
       "A gap (partly or not met) has no improvement action, owner or due date.",
       "Een verbeterpunt (voldoet deels of niet) heeft geen actie, eigenaar of einddatum."},
      {Code::DueInPast, "due-in-past", S::Warning, "An action's due date has passed.",
       "De einddatum van een actie is voorbij."},
      {Code::OutOfScope, "out-of-scope", S::Warning,
       "An answer for a norm that does not apply to any scope of the zelfevaluatie.",
       "Een antwoord op een norm die niet geldt voor de scope van de zelfevaluatie."},
      {Code::MappingOntoTheme, "mapping-onto-theme", S::Error,
       "A crosswalk row names a theme where a norm is expected.",
       "Een regel van een crosswalk noemt een thema waar een norm hoort."},
      {Code::DuplicateMapping, "duplicate-mapping", S::Warning,
       "A crosswalk maps the same pair of norms twice with the same relation.",
       "Een crosswalk koppelt hetzelfde paar normen twee keer met dezelfde relatie."},
      {Code::ConflictingRelation, "conflicting-relation", S::Error,
       "A crosswalk gives one pair of norms two different relations.",
       "Een crosswalk geeft één paar normen twee verschillende relaties."},
      {Code::StrengthMismatch, "strength-mismatch", S::Warning,
       "A strength that contradicts the relation (equal is 10, not-related is 0).",
       "Een sterkte die niet past bij de relatie (equal is 10, not-related is 0)."},
      {Code::ReverseMismatch, "reverse-mismatch", S::Error,
       "Crosswalks in both directions disagree (A subset B needs B superset A).",
       "Crosswalks in beide richtingen spreken elkaar tegen (A subset B vraagt B superset A)."},
      {Code::MappingOntoSection, "mapping-onto-section", S::Error,
       "A CISO Assistant mapping row names a requirement node that is not assessable (a section).",
       "Een koppeling in een CISO Assistant-bibliotheek noemt een kopje in plaats van een eis."},
      {Code::RequirementWithoutText, "requirement-without-text", S::Error,
       "An assessable CISO Assistant requirement node has neither a name nor a description.",
       "Een eis in een CISO Assistant-bibliotheek heeft geen naam en geen beschrijving."},
      {Code::InconsistentDepth, "inconsistent-depth", S::Warning,
       "A CISO Assistant node's 'depth' disagrees with its place under 'parent_urn'.",
       "De 'depth' van een CISO Assistant-eis past niet bij de plaats onder 'parent_urn'."},
      {Code::ReadAsWindows1252, "read-as-windows-1252", S::Note,
       "A CSV file that is not UTF-8 was read as Windows-1252, as Excel saves it.",
       "Een CSV-bestand dat geen UTF-8 is, is gelezen als Windows-1252, zoals Excel het opslaat."},
      {Code::ScoreSpelling, "score-spelling", S::Warning,
       "A score written otherwise than the scale (capitals, extra or special spaces) was read "
       "as the scale value.",
       "Een score die anders geschreven is dan op de schaal (hoofdletters, extra of bijzondere "
       "spaties) is gelezen als de waarde van de schaal."},
      {Code::SpreadsheetDate, "spreadsheet-date", S::Note,
       "A CSV date as Excel NL writes it (1-12-2026) was read as the ISO date.",
       "Een datum zoals Excel die schrijft (1-12-2026) is gelezen als de datum die bedoeld is."},
      {Code::IgnoredColumn, "ignored-column", S::Note,
       "A CSV column labeltool does not read (e.g. opmerking) was ignored.",
       "Een kolom die labeltool niet leest (bijvoorbeeld opmerking) is overgeslagen."},
      // suggest
      {Code::ProposedRows, "proposed-rows", S::Error,
       "A crosswalk has rows proposed by labeltool suggest that nobody has reviewed yet "
       "(review: proposed); gap and diff refuse them unless given --accept-proposed, lint "
       "counts them as a note.",
       "Een koppeling heeft rijen die labeltool suggest heeft voorgesteld en die nog niemand "
       "heeft bekeken (review: proposed); gap en diff weigeren ze zonder --accept-proposed, lint "
       "telt ze als opmerking."},
      // Workbooks (.xlsx), from the xlsx reader
      {Code::NotAWorkbook, "not-a-workbook", S::Error,
       "The file is a zip archive but not an Excel workbook (.xlsx), or a part it needs is "
       "missing.",
       "Het bestand is een zip-archief maar geen Excel-werkmap (.xlsx), of er ontbreekt een "
       "onderdeel."},
      {Code::PasswordProtected, "password-protected", S::Error,
       "The workbook is password-protected (encrypted) or an old .xls file; save it as .xlsx "
       "without a password.",
       "De werkmap is met een wachtwoord beveiligd (versleuteld) of een oud .xls-bestand; sla "
       "hem op als .xlsx zonder wachtwoord."},
      {Code::XlsxSyntax, "xlsx-syntax", S::Error,
       "A part of the workbook is not well-formed XML or refers to something that is not there.",
       "Een onderdeel van de werkmap is geen geldige XML of verwijst naar iets dat er niet is."},
      {Code::XlsxUnsafe, "xlsx-unsafe", S::Error,
       "The workbook holds what labeltool refuses: a DOCTYPE or entity declaration, or a part "
       "named with ../ or an absolute path.",
       "De werkmap bevat iets wat labeltool weigert: een DOCTYPE of entiteit, of een onderdeel "
       "met ../ of een absoluut pad in de naam."},
      {Code::XlsxLimit, "xlsx-limit", S::Error,
       "The workbook is over a limit (uncompressed size, compression ratio, parts, cells, size "
       "of a cell).",
       "De werkmap gaat over een grens (uitgepakte grootte, compressie, onderdelen, cellen, "
       "grootte van een cel)."},
      // audit/1
      {Code::UnauditedNormset, "unaudited-normset", S::Error,
       "An interview judges norms of a norm set that the audit's 'normsets' does not list.",
       "Een gesprek beoordeelt normen van een normenkader dat niet onder 'normsets' staat."},
      {Code::NormOutsideGroup, "norm-outside-group", S::Note,
       "An interview judges a norm that its norm set gives to other interview groups (fine, "
       "but noted).",
       "Een gesprek beoordeelt een norm die het normenkader bij andere gespreksgroepen legt "
       "(mag, maar valt op)."},
      {Code::DuplicateJudgement, "duplicate-judgement", S::Error,
       "One interview judges the same norm twice (under two entries for one norm set).",
       "Eén gesprek beoordeelt dezelfde norm twee keer (onder twee regels voor één normenkader)."},
      // groups/1 (issue 16)
      {Code::GroupMergedTwice, "group-merged-twice", S::Error,
       "A groups file puts one interview group of the norm sets into two groups (or twice "
       "into one).",
       "Een bestand met gespreksgroepen zet één gespreksgroep van de normenkaders in twee "
       "groepen (of twee keer in één)."},
  };
  assert(table.size() == static_cast<std::size_t>(Code::Count_));
  return table;
}

Message meant(std::string_view candidate) {
  // The English as util::did_you_mean spells it, the Dutch beside it.
  const std::string shown = util::escape_control(candidate);
  return {" (did you mean '" + shown + "'?)", " (bedoelt u '" + shown + "'?)"};
}

Message did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const auto match = util::closest_match(word, candidates);
  return match ? meant(*match) : Message{};
}

const CodeInfo& code_info(Code code) { return code_table()[static_cast<std::size_t>(code)]; }

std::string_view code_name(Code code) { return code_info(code).name; }

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "note";
  }
  return "error";
}

bool is_input_error(Code code) {
  // Only what stops a file from being read at all: the file itself, its bytes, its YAML or
  // CSV syntax, a limit, and its kind. Everything found in a file that was read (unknown
  // keys, wrong types and invalid values included) is a finding a CI job can act on: exit 1.
  // Duplicate keys are found while the whole tree is built and every other finding is still
  // reported, so they are findings too.
  switch (code) {
    case Code::FileNotFound:
    case Code::FileUnreadable:
    case Code::IsDirectory:
    case Code::FileTooLarge:
    case Code::EmptyFile:
    case Code::InvalidUtf8:
    case Code::NulByte:
    case Code::YamlSyntax:
    case Code::MultipleDocuments:
    case Code::NestingTooDeep:
    case Code::AliasLimit:
    case Code::ComplexKey:
    case Code::MissingHeader:
    case Code::UnknownKind:
    case Code::RootNotMapping:
    case Code::CsvSyntax:
    case Code::NotAWorkbook:
    case Code::PasswordProtected:
    case Code::XlsxSyntax:
    case Code::XlsxUnsafe:
    case Code::XlsxLimit:
      return true;
    default:
      return false;
  }
}

namespace {

/// Codes that two layers may each report at the same place (the YAML reader and a kind's
/// reader, say): one defect, however worded. Wider than is_input_error, which decides exit
/// codes only.
bool said_once_per_place(Code code) {
  switch (code) {
    case Code::DuplicateKey:
    case Code::MissingKey:
    case Code::UnknownKey:
    case Code::WrongType:
    case Code::InvalidValue:
    case Code::InvalidId:
    case Code::InvalidDate:
    case Code::InvalidReference:
      return true;
    default:
      return is_input_error(code);
  }
}

}  // namespace

void sort_by_position(Diagnostics& diagnostics) {
  // Sorted as keys and indices, then moved into place along the permutation's cycles: a big
  // file's 200,000 findings are never copied into a second buffer, as std::stable_sort's
  // scratch space would.
  struct Key {
    std::uint32_t line, column, index;
  };
  std::vector<Key> keys(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size(); ++i)
    keys[i] = {diagnostics[i].position.line, diagnostics[i].position.column,
               static_cast<std::uint32_t>(i)};
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.line, a.column, a.index) < std::tie(b.line, b.column, b.index);
  });
  for (std::size_t start = 0; start < keys.size(); ++start) {
    // Position `at` takes the finding from keys[at].index; an index already used is marked
    // by pointing a key at its own place.
    if (keys[start].index == start) continue;
    Diagnostic held = std::move(diagnostics[start]);
    std::size_t at = start;
    while (keys[at].index != start) {
      const std::size_t from = keys[at].index;
      diagnostics[at] = std::move(diagnostics[from]);
      keys[at].index = static_cast<std::uint32_t>(at);
      at = from;
    }
    diagnostics[at] = std::move(held);
    keys[at].index = static_cast<std::uint32_t>(at);
  }
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(),
                                [](const Diagnostic& a, const Diagnostic& b) {
                                  // Two findings about different norms may share a place
                                  // (missing answers are all reported at 'answers:'); an
                                  // input error at one place is one defect, however worded.
                                  return said_once_per_place(a.code) && a.code == b.code &&
                                         a.file == b.file && a.position.line == b.position.line &&
                                         a.position.column == b.position.column;
                                }),
                    diagnostics.end());
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace labeltool
