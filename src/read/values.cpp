#include "read/values.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "read/schema.hpp"
#include "util/date.hpp"
#include "util/text.hpp"

namespace labeltool::read {

const std::string_view kIdPattern = "^[A-Za-z0-9._-]{1,128}$";
const std::string_view kReferencePattern = "^[A-Za-z0-9._-]{1,128}@[A-Za-z0-9._-]{1,128}$";
const std::string_view kDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

bool is_valid_id(std::string_view text) {
  if (text.empty() || text.size() > kLongestId) return false;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool parse_number(std::string_view text, double& out) {
  text = util::trim(text);
  if (text.empty()) return false;
  if (text.front() == '+') text.remove_prefix(1);
  const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
  return result.ec == std::errc() && result.ptr == text.data() + text.size() && std::isfinite(out);
}

std::optional<long long> whole_number(double value) {
  if (!(std::fabs(value) <= kLargestWholeNumber) || std::trunc(value) != value) return std::nullopt;
  return static_cast<long long>(value);
}

std::optional<std::pair<std::string, std::string>> split_reference(std::string_view reference) {
  const auto at = reference.find('@');
  if (at == std::string_view::npos) return std::nullopt;
  std::string id(reference.substr(0, at)), version(reference.substr(at + 1));
  if (!is_valid_id(id) || !is_valid_id(version)) return std::nullopt;
  return std::make_pair(std::move(id), std::move(version));
}

std::optional<Message> out_of_range(const FieldSchema& field, double value) {
  if (!(field.minimum && value < *field.minimum) && !(field.maximum && value > *field.maximum))
    return std::nullopt;
  const auto shown = [](double bound) {
    std::string text = std::to_string(bound);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
  };
  if (field.maximum)
    return Message{"from " + shown(*field.minimum) + " to " + shown(*field.maximum),
                   "van " + shown(*field.minimum) + " tot en met " + shown(*field.maximum)};
  return Message{"at least " + shown(*field.minimum), "minstens " + shown(*field.minimum)};
}

namespace {

std::string label(std::string_view name) { return "'" + std::string(name) + "'"; }

std::string quoted(std::string_view text) { return "'" + util::escape_control(text) + "'"; }

std::optional<ValueProblem> check_vocabulary(const FieldSchema& field, std::string_view text) {
  for (auto allowed : field.allowed)
    if (text == allowed) return std::nullopt;
  const std::vector<std::string> options(field.allowed.begin(), field.allowed.end());
  Message message{label(field.name) + " is " + quoted(text) + "; allowed: " + util::join(options),
                  "bij " + label(field.name) + " staat " + quoted(text) +
                      "; dat mag zijn: " + util::join(options)};
  message += did_you_mean(text, options);
  return ValueProblem{Code::InvalidValue, std::move(message),
                      static_cast<std::uint32_t>(util::count_code_points(text))};
}

std::optional<ValueProblem> check_number(const FieldSchema& field, std::string_view text,
                                         Quoting quoting) {
  // The digit count is the constant's, so the message cannot drift from the rule.
  static const std::string digits =
      std::to_string(std::to_string(static_cast<long long>(kLargestWholeNumber)).size());
  const bool whole = field.type == ValueType::Integer;
  double parsed = 0;
  if (quoting == Quoting::Quoted || !parse_number(text, parsed) ||
      (whole && !whole_number(parsed))) {
    return ValueProblem{
        Code::WrongType,
        {label(field.name) + " must be " +
             (whole ? "a whole number of at most " + digits + " digits" : "a number") + ", not " +
             quoted(text),
         "bij " + label(field.name) + " hoort " +
             (whole ? "een heel getal van hoogstens " + digits + " cijfers" : "een getal") +
             ", niet " + quoted(text) +
             (quoting == Quoting::Quoted ? " (zonder aanhalingstekens is het een getal)" : "")}};
  }
  if (auto range = out_of_range(field, parsed)) {
    const std::string shown = util::escape_control(text);
    return ValueProblem{
        Code::InvalidValue,
        {label(field.name) + " is " + shown + "; it must be " + range->en,
         label(field.name) + " is " + shown + ", maar moet " + range->nl + " zijn"}};
  }
  return std::nullopt;
}

}  // namespace

std::optional<ValueProblem> check_value(const FieldSchema& field, std::string_view text,
                                        Quoting quoting) {
  if (!field.allowed.empty()) {
    if (auto problem = check_vocabulary(field, text)) return problem;
  }
  switch (field.type) {
    case ValueType::Id:
    case ValueType::IdList:
      if (is_valid_id(text)) return std::nullopt;
      return ValueProblem{Code::InvalidId,
                          {label(field.name) + " " + quoted(text) +
                               " is not a valid ID (letters, digits and . _ - only, at most " +
                               std::to_string(kLongestId) + ")",
                           label(field.name) + " " + quoted(text) +
                               " is geen geldig ID (alleen letters, cijfers en . _ -, hoogstens " +
                               std::to_string(kLongestId) + " tekens; geen spaties)"}};
    case ValueType::Date:
      if (util::is_iso_date(text)) return std::nullopt;
      return date_problem(field.name, text);
    case ValueType::Reference:
      if (split_reference(text)) return std::nullopt;
      return ValueProblem{Code::InvalidReference,
                          {label(field.name) + " is " + quoted(text) +
                               "; a norm set is named id@version, e.g. kssw@2019",
                           "bij " + label(field.name) + " staat " + quoted(text) +
                               "; een normenkader noem je als id@versie, bijvoorbeeld kssw@2019"}};
    case ValueType::Integer:
    case ValueType::Number:
      return check_number(field, text, quoting);
    case ValueType::Text:
    case ValueType::TextList:
    case ValueType::Object:
    case ValueType::ObjectList:
    case ValueType::ObjectMap:
      return std::nullopt;
  }
  return std::nullopt;
}

ValueProblem date_problem(std::string_view name, std::string_view text) {
  const util::DateReading reading = util::read_date(text);
  const std::string what = label(name) + " is " + quoted(text);
  const std::string wat = label(name) + " is " + quoted(text);
  switch (reading.form) {
    case util::DateForm::Iso:
    case util::DateForm::DutchLong:
      if (!reading.exists) {
        const util::DateProblem why = util::why_not_a_date(reading.iso);
        return ValueProblem{Code::InvalidDate,
                            {what + ", which is not a real date (" + why.en + ")",
                             wat + ", maar dat is geen bestaande datum (" + why.nl + ")"}};
      }
      // A Dutch date in a YAML file: said, never silently read.
      return ValueProblem{Code::InvalidDate,
                          {what + ", not a date in the form YYYY-MM-DD; write " + reading.iso,
                           wat + ", geen datum in de vorm JJJJ-MM-DD; schrijf " + reading.iso}};
    case util::DateForm::DutchShort:
      return ValueProblem{
          Code::InvalidDate,
          {what + ": a two-digit year leaves the century open; write the date as YYYY-MM-DD (" +
               reading.iso + "?)",
           wat +
               ": met een jaartal van twee cijfers is de eeuw niet zeker; schrijf de datum als "
               "JJJJ-MM-DD (" +
               reading.iso + "?)"}};
    case util::DateForm::Other:
      break;
  }
  return ValueProblem{
      Code::InvalidDate,
      {what + ", not a date in the form YYYY-MM-DD", wat + ", geen datum in de vorm JJJJ-MM-DD"}};
}

ValueProblem empty_value(const FieldSchema& field) {
  return {field.type == ValueType::Text ? Code::EmptyText : Code::MissingKey,
          {label(field.name) + " is empty", "bij " + label(field.name) + " is nog niets ingevuld"}};
}

ValueProblem not_text(std::string_view key, const Message& kind) {
  return {Code::WrongType,
          {label(key) + " must be text, not " + kind.en,
           "bij " + label(key) + " hoort tekst, niet " + kind.nl}};
}

}  // namespace labeltool::read
