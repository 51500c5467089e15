#pragma once
/// The zelfevaluatie form as a workbook: its sheets, its metadata rows and its columns, with
/// the machine name (the CSV header and YAML key) beside the label a person sees. The xlsx
/// writer (template, gap -o) writes these labels and the xlsx reader reads them back, so the
/// round trip is one table's promise. docs/workbook.md describes the layout for people.
#include <array>
#include <string_view>

#include "util/phrase.hpp"

namespace labeltool::read::form {

/// The sheets of the workbook. The reader needs only kAnswerSheet; the others are for people.
inline constexpr std::string_view kAnswerSheet = "Zelfevaluatie";
inline constexpr std::string_view kStandingSheet = "Stand";
inline constexpr std::string_view kExplanationSheet = "Uitleg";

/// The form's own header, as in the CSV form: column A "labeltool", column B the kind.
inline constexpr std::string_view kKindKey = "labeltool";
inline constexpr std::string_view kKind = "zelfevaluatie/1";

/// Who fills in a field: the template writes norm information for reading (locked), the
/// organisation writes its answers (editable). The reader reads only the answer fields and
/// accepts the norm information columns without a note.
enum class Filled { ByTemplate, ByOrganisation };

/// One metadata row (column A the label, column B the value) or one column of the answer
/// table (its label in the header row).
struct Field {
  std::string_view key;  ///< machine name: the CSV header, the YAML key
  util::Phrase label;    ///< what the workbook shows; the reader accepts key and both labels
  Filled filled;
};

/// The metadata rows, in the order the template writes them, under the kind row. Rows whose
/// column A is none of these (a title, the illustrative line) are for people and skipped.
inline constexpr std::array<Field, 5> kMetadata{{
    {"normset", {"Normenkader", "Norm set"}, Filled::ByTemplate},
    {"organisation", {"Organisatie", "Organisation"}, Filled::ByOrganisation},
    {"scope", {"Scope", "Scope"}, Filled::ByOrganisation},
    {"date", {"Datum", "Date"}, Filled::ByOrganisation},
    {"filled_in_by", {"Ingevuld door", "Filled in by"}, Filled::ByOrganisation},
}};

/// The columns of the answer table, in the order the template writes them. The header row
/// is the first row that has both the norm and the score column; columns may come in any
/// order and rows may be added, deleted or sorted.
inline constexpr std::array<Field, 11> kColumns{{
    {"norm", {"Norm", "Norm"}, Filled::ByTemplate},
    {"theme", {"Thema", "Theme"}, Filled::ByTemplate},
    {"title", {"Titel", "Title"}, Filled::ByTemplate},
    {"text", {"Normtekst", "Norm text"}, Filled::ByTemplate},
    {"evidence_expected", {"Gevraagd bewijs", "Evidence asked for"}, Filled::ByTemplate},
    {"score", {"Score", "Score"}, Filled::ByOrganisation},
    {"toelichting", {"Toelichting", "Explanation"}, Filled::ByOrganisation},
    {"evidence", {"Bewijs", "Evidence"}, Filled::ByOrganisation},
    {"action", {"Verbeteractie", "Action"}, Filled::ByOrganisation},
    {"owner", {"Eigenaar", "Owner"}, Filled::ByOrganisation},
    {"due", {"Gereed vóór", "Due"}, Filled::ByOrganisation},
}};

/// Several values in one cell (evidence items, filled_in_by, scopes): one per line in the
/// cell (Alt+Enter in Excel); '|' is accepted too, as in the CSV form.
inline constexpr char kItemSeparator = '\n';

}  // namespace labeltool::read::form
