#include "util/date.hpp"

#include <string>

#include "util/text.hpp"

namespace labeltool::util {
namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

int number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

std::string two(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

std::string four(int value) {
  std::string text = std::to_string(value);
  return std::string(text.size() < 4 ? 4 - text.size() : 0, '0') + text;
}

int days_in(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace

DateReading read_date(std::string_view text) {
  DateReading reading;
  const auto first = text.find('-');
  const auto second = first == std::string_view::npos ? first : text.find('-', first + 1);
  if (second == std::string_view::npos || text.find('-', second + 1) != std::string_view::npos)
    return reading;
  const auto a = text.substr(0, first), b = text.substr(first + 1, second - first - 1),
             c = text.substr(second + 1);
  if (!all_digits(a) || !all_digits(b) || !all_digits(c)) return reading;
  if (a.size() == 4 && b.size() == 2 && c.size() == 2) {
    reading.form = DateForm::Iso;
    reading.iso = std::string(text);
  } else if (a.size() <= 2 && b.size() <= 2 && (c.size() == 4 || c.size() == 2)) {
    int year = number(c);
    if (c.size() == 2) year += year < 30 ? 2000 : 1900;
    reading.form = c.size() == 4 ? DateForm::DutchLong : DateForm::DutchShort;
    reading.iso = four(year) + "-" + two(number(b)) + "-" + two(number(a));
  } else {
    return reading;
  }
  reading.exists = is_iso_date(reading.iso);
  return reading;
}

DateProblem why_not_a_date(std::string_view iso) {
  if (iso.size() != 10 || is_iso_date(iso)) return {};
  static const char* const en[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
  static const char* const nl[] = {"januari",   "februari", "maart",    "april",
                                   "mei",       "juni",     "juli",     "augustus",
                                   "september", "oktober",  "november", "december"};
  const int year = number(iso.substr(0, 4)), month = number(iso.substr(5, 2));
  if (month < 1 || month > 12) {
    const std::string m = std::to_string(month);
    return {"there is no month " + m, "er is geen maand " + m};
  }
  const std::string days = std::to_string(days_in(year, month));
  const std::string y = std::to_string(year);
  if (number(iso.substr(8, 2)) == 0) return {"there is no day 0", "er is geen dag 0"};
  return {std::string(en[month - 1]) + " " + y + " has " + days + " days",
          std::string(nl[month - 1]) + " " + y + " heeft " + days + " dagen"};
}

}  // namespace labeltool::util
