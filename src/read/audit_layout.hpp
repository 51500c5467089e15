#pragma once
/// The audit form (audit/1) as a workbook: its sheets, its metadata rows and its columns, with
/// the machine name (the CSV header) beside the label a person sees. `template --audit
/// --format xlsx` writes these labels and the audit reader reads them back, as the CSV form's
/// machine names, so the round trip is one table's promise (as read/form_layout.hpp is for
/// the zelfevaluatie). docs/workbook.md describes the layout for people.
#include <array>
#include <string_view>

#include "read/form_layout.hpp"

namespace labeltool::read::audit_form {

using form::Field;
using form::Filled;

/// The sheets of the workbook. The reader needs only kFormSheet, the first one.
inline constexpr std::string_view kFormSheet = "Audit";
inline constexpr std::string_view kExplanationSheet = "Uitleg";

/// The form's own header, as in the CSV form: column A "labeltool", column B the kind.
inline constexpr std::string_view kKindKey = "labeltool";
inline constexpr std::string_view kKind = "audit/1";

/// The metadata rows under the kind row. A 'normset' row per audited set: the reference in
/// column B, its scopes in column C (one per line). Rows whose column A is none of these (the
/// title, the illustrative line) are for people and skipped.
inline constexpr std::array<Field, 3> kMetadata{{
    {"organisation", {"Organisatie", "Organisation"}, Filled::ByOrganisation},
    {"auditors", {"Auditor(en)", "Auditor(s)"}, Filled::ByOrganisation},
    {"normset", {"Normenkader", "Norm set"}, Filled::ByTemplate},
}};

/// The columns of the judgement table, in the order the template writes them. The header row
/// is the first row with the interview, norm and judgement columns; "ByOrganisation" here is
/// what the auditor fills in. Date and people heard stand on an interview's first row.
inline constexpr std::array<Field, 12> kColumns{{
    {"interview", {"Gesprek", "Interview"}, Filled::ByTemplate},
    {"date", {"Datum", "Date"}, Filled::ByOrganisation},
    {"group", {"Groep", "Group"}, Filled::ByTemplate},
    {"heard", {"Gehoord", "Heard"}, Filled::ByOrganisation},
    {"normset", {"Normenkader", "Norm set"}, Filled::ByTemplate},
    {"norm", {"Norm", "Norm"}, Filled::ByTemplate},
    {"title", {"Titel", "Title"}, Filled::ByTemplate},
    {"text", {"Normtekst", "Norm text"}, Filled::ByTemplate},
    {"evidence_expected", {"Gevraagd bewijs", "Evidence asked for"}, Filled::ByTemplate},
    {"judgement", {"Oordeel", "Judgement"}, Filled::ByOrganisation},
    {"observation", {"Waarneming", "Observation"}, Filled::ByOrganisation},
    {"evidence", {"Ingezien bewijs", "Evidence seen"}, Filled::ByOrganisation},
}};

/// Columns only the workbook has, for reading while judging; the reader passes them by.
inline constexpr std::array<std::string_view, 2> kWorkbookOnlyColumns{"text", "evidence_expected"};

}  // namespace labeltool::read::audit_form
