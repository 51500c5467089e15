#pragma once
/// Dates as people and spreadsheets write them. labeltool's files use ISO YYYY-MM-DD; Excel
/// with Dutch settings shows an ISO date as 1-12-2026 and saves it that way in a CSV.
#include <string>
#include <string_view>

namespace labeltool::util {

/// The shape of a date's text, before asking whether the day exists.
enum class DateForm {
  Iso,         ///< YYYY-MM-DD
  DutchLong,   ///< D-M-YYYY or DD-MM-YYYY, as Excel NL writes dates
  DutchShort,  ///< D-M-YY: the century is a guess, so it is never read as a date
  Other,       ///< not a date at all (words, another order, other separators)
};

/// What a date's text means.
struct DateReading {
  DateForm form = DateForm::Other;
  /// The date in YYYY-MM-DD form, for every form but Other; for DutchShort with the century
  /// Excel would choose (00-29 → 20xx, 30-99 → 19xx), only for a message to suggest.
  std::string iso;
  /// True when `iso` is a day in the calendar (no 30 February, no month 13).
  bool exists = false;
};

/// Reads `text` (already trimmed) as a date of one of the forms above.
DateReading read_date(std::string_view text);

/// Why the date `iso` (of the form YYYY-MM-DD) does not exist, in English and in Dutch:
/// "February 2026 has 28 days" / "februari 2026 heeft 28 dagen", "there is no month 13" /
/// "er is geen maand 13". Empty strings for a date that exists.
struct DateProblem {
  std::string en;
  std::string nl;
};
DateProblem why_not_a_date(std::string_view iso);

}  // namespace labeltool::util
