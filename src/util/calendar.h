// Calendar words (weekday and month names, lowercase) shared by the date
// finder (geo/dates.cc), the geocoder's list of capitalised words that are
// no place, and the coder's time words and tree repairs.  Each user keeps
// its own exceptions: "may" is a modal verb to the coder; the date finder
// and the geocoder's check of the words after a name take abbreviations,
// its list of non-place names full names only.
//
// Thread safety: constant tables and pure functions.
#ifndef KHALDUN_UTIL_CALENDAR_H_
#define KHALDUN_UTIL_CALENDAR_H_

#include <array>
#include <string_view>

namespace khaldun::calendar {

// Monday first (index 0), as khaldun::Weekday counts.
inline constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday",  "wednesday", "thursday",
    "friday", "saturday", "sunday"};

struct MonthName {
  std::string_view name;
  int month;          // 1..12
  bool abbreviation;  // "jan", "sept", ...
};
inline constexpr MonthName kMonths[] = {
    {"january", 1, false},   {"jan", 1, true},        {"february", 2, false},
    {"feb", 2, true},        {"march", 3, false},     {"mar", 3, true},
    {"april", 4, false},     {"apr", 4, true},        {"may", 5, false},
    {"june", 6, false},      {"jun", 6, true},        {"july", 7, false},
    {"jul", 7, true},        {"august", 8, false},    {"aug", 8, true},
    {"september", 9, false}, {"sept", 9, true},       {"sep", 9, true},
    {"october", 10, false},  {"oct", 10, true},       {"november", 11, false},
    {"nov", 11, true},       {"december", 12, false}, {"dec", 12, true}};

// 0 (Monday) .. 6 (Sunday) for a lowercase weekday name, else -1.
constexpr int WeekdayIndex(std::string_view lower) {
  for (size_t i = 0; i < kWeekdays.size(); ++i)
    if (kWeekdays[i] == lower) return static_cast<int>(i);
  return -1;
}

// 1..12 for a lowercase month name (with `abbreviations`, also "jan",
// "sept", ...), else 0.
constexpr int MonthNumber(std::string_view lower, bool abbreviations) {
  for (const MonthName& m : kMonths)
    if (m.name == lower && (abbreviations || !m.abbreviation)) return m.month;
  return 0;
}

}  // namespace khaldun::calendar

#endif  // KHALDUN_UTIL_CALENDAR_H_
