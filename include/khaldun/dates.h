// Event dates: the date of an event is the article's date unless a temporal
// expression modifying the event's predicate says otherwise.
//
//   khaldun::Date doc_date;
//   khaldun::Date::Parse("2024-01-10", &doc_date);        // a Wednesday
//   // sentence: "Iraq condemned the attack on Monday ." predicate 1
//   khaldun::Date d = khaldun::ResolveEventDate(sentence, 1, doc_date);
//   // d.ToString() == "2024-01-08", d.precision == Date::Precision::kDay
//
// Recognised expressions (case-insensitive, English newswire):
//   today, tonight, this morning/afternoon/evening   -> the article's day
//   yesterday, tomorrow, overnight                   -> day -1 / +1 / 0
//   (on|last|next|this) Monday..Sunday               -> the nearest such day
//       before the article date (after it for "next" or a predicate with
//       "will"/"shall"), the article's day when it is that weekday
//   (on) January 5 / 5 January / Jan. 5 (, 2019)     -> day
//   (in) January (2019)                              -> month (the latest
//       such month not after the article's month unless a year is given)
//   (in) 2019                                        -> year
//   last/this/next week|month|year, earlier this month/year,
//   N days/weeks/months/years ago                    -> day, month or year
// "last week" has no week precision in Date: it gives the month of the day
// seven days before the article (precision kMonth).
//
// Attachment: when the sentence is parsed (Sentence::parsed), only an
// expression whose syntactic head chain reaches the predicate without
// passing through another clause (a verb with its own subject, or a
// clausal relation) counts; otherwise the expression nearest to the
// predicate in the sentence is used.
//
// A document without a date (doc_date.known() == false) gives an unknown
// date for relative expressions; a complete absolute date ("January 5,
// 2019") and a bare year still resolve.  Never today's clock date.
//
// Thread safety: pure functions.
#ifndef KHALDUN_DATES_H_
#define KHALDUN_DATES_H_

#include <string>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/event.h"

namespace khaldun {

// How an event date was obtained, for explanations and tests.
struct DateResolution {
  Date date;
  // The expression's tokens [first, last] in the sentence; -1 when the
  // date is the article's.
  int first = -1, last = -1;
  std::string rule;  // "article", "yesterday", "weekday", "month-day", ...
};

// The date of the event whose predicate is sentence.tokens[predicate],
// given the article's date.  `why`, if not null, receives the details.
Date ResolveEventDate(const Sentence& sentence, int predicate,
                      const Date& doc_date, DateResolution* why = nullptr);

// Every temporal expression of the sentence, resolved against doc_date
// (for `khaldun geocode` output and tests).
std::vector<DateResolution> FindDateExpressions(const Sentence& sentence,
                                                const Date& doc_date);

// Sets Event::date for every event of doc (the predicate token is found
// from Event::evidence.predicate in sentence Event::sentence); events whose
// predicate cannot be found get the article's date.
void AnnotateEventDates(const Document& doc, std::vector<Event>* events);

// Whether an event dated `event` is history for an article dated
// `article`: the last day `event` can stand for (the day; the month's or the
// year's last day) is more than `days` days before the article's first
// possible day.  False when either date is unknown.  CODING_GUIDELINE.md:
// "history older than about a week before the article's date" is not an
// event.
bool IsHistory(const Date& event, const Date& article, int days = 7);

// Calendar helpers: days since 1970-01-01 and back; weekday 0 = Monday.
long DaysFromCivil(int y, int m, int d);
void CivilFromDays(long z, int* y, int* m, int* d);
int Weekday(int y, int m, int d);

}  // namespace khaldun

#endif  // KHALDUN_DATES_H_
