#pragma once
/// The rules for single values — IDs, references, dates, numbers, vocabularies and texts —
/// and their one wording. The YAML validator and the CSV and CISO Assistant readers all check
/// values here, so the same bad value reads the same whichever form of file it came from.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "diag/diagnostic.hpp"

namespace labeltool::read {

struct FieldSchema;

/// The ID and reference patterns as regular expressions (for JSON Schema).
extern const std::string_view kIdPattern;
extern const std::string_view kReferencePattern;
extern const std::string_view kDatePattern;

/// The longest ID labeltool accepts, in characters.
inline constexpr std::size_t kLongestId = 128;

/// True when `text` is a valid ID: 1 to 128 letters, digits and . _ - only.
bool is_valid_id(std::string_view text);

/// Parses a whole number or decimal (as YAML writes them) into `out`; a finite one only
/// ("nan" and "inf" are not numbers in a norm set).
bool parse_number(std::string_view text, double& out);

/// The largest whole number labeltool accepts (15 digits): every whole number up to it is
/// exact in a double, and converting it to an integer is always defined.
inline constexpr double kLargestWholeNumber = 999'999'999'999'999.0;

/// `value` as an integer when it is a whole number of at most 15 digits; else nothing. The
/// one way labeltool turns a parsed number into an integer.
std::optional<long long> whole_number(double value);

/// Splits "id@version"; nullopt when it is not a valid reference.
std::optional<std::pair<std::string, std::string>> split_reference(std::string_view reference);

/// What a number must be when `value` lies outside the range `field` allows ("at least 1",
/// "from 0 to 100", in both languages), or nullopt when it lies inside.
std::optional<Message> out_of_range(const FieldSchema& field, double value);

/// How a value was written. In YAML quotes make text of what looks like a number; a CSV cell
/// is always plain.
enum class Quoting { Plain, Quoted };

/// What is wrong with one value: a stable code, the message, and how many characters of the
/// value to underline.
struct ValueProblem {
  Code code;
  Message message;
  std::uint32_t span = 1;
  /// The message in both languages, for make_diagnostic.
  const Message& both() const { return message; }
};

/// Checks the text of one value (or of one item of a list) against `field`: its vocabulary
/// (with "did you mean"), then its type: ID, date, reference, or number within its range.
/// nullopt when the value is valid, or when its type has no rule (free text).
std::optional<ValueProblem> check_value(const FieldSchema& field, std::string_view text,
                                        Quoting quoting = Quoting::Plain);

/// The problem of a date that is not YYYY-MM-DD or not in the calendar, in the words of what
/// it is: "not a real date (February 2026 has 28 days)", "a two-digit year", or a Dutch
/// spreadsheet date with its ISO form suggested (a YAML file is never read otherwise).
ValueProblem date_problem(std::string_view name, std::string_view text);

/// The problem of a required `field` that holds nothing: "'name' is empty".
ValueProblem empty_value(const FieldSchema& field);

/// The problem of a value under `key` that is a list or mapping where text belongs;
/// `kind` says what it is instead (yaml::kind_in_words).
ValueProblem not_text(std::string_view key, const Message& kind);

}  // namespace labeltool::read
