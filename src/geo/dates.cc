// Event dates from temporal expressions (see khaldun/dates.h).
#include "khaldun/dates.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string_view>

#include "util/calendar.h"

namespace khaldun {

long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void CivilFromDays(long z, int* y, int* m, int* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long yy = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yy + (*m <= 2));
}

int Weekday(int y, int m, int d) {
  long z = DaysFromCivil(y, m, d);
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

namespace {

using calendar::kWeekdays;

// Lower-case ASCII copy of a short word into buf (without a final '.').
std::string_view Lower(std::string_view s, std::array<char, 24>* buf) {
  if (s.size() > 1 && s.back() == '.') s.remove_suffix(1);
  size_t n = std::min(s.size(), buf->size());
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    (*buf)[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::string_view(buf->data(), s.size() > buf->size() ? 0 : n);
}

bool IsCapitalised(std::string_view s) {
  return !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
}

int MonthOf(std::string_view form) {
  std::array<char, 24> buf;
  std::string_view w = Lower(form, &buf);
  return calendar::MonthNumber(w, /*abbreviations=*/true);
}

int WeekdayOf(std::string_view form) {
  std::array<char, 24> buf;
  std::string_view w = Lower(form, &buf);
  for (size_t i = 0; i < kWeekdays.size(); ++i)
    if (kWeekdays[i] == w || (w.size() >= 3 && w.size() <= 4 &&
                              kWeekdays[i].substr(0, w.size()) == w &&
                              w != "sat" && w != "sun" && w != "wed"))
      return static_cast<int>(i);
  return -1;
}

// "5", "5th", "21st" -> 5, 21; 0 when not a day of month.
int DayNumber(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > 2) return 0;
  std::string_view rest = s.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" &&
      rest != "th")
    return 0;
  int d = std::atoi(std::string(s.substr(0, n)).c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int YearNumber(std::string_view s) {
  if (s.size() != 4) return 0;
  for (char c : s)
    if (c < '0' || c > '9') return 0;
  int y = std::atoi(std::string(s).c_str());
  return y >= 1900 && y <= 2100 ? y : 0;
}

int NumberWord(std::string_view form) {
  static constexpr std::string_view kWords[] = {
      "zero",  "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  std::array<char, 24> buf;
  std::string_view w = Lower(form, &buf);
  for (size_t i = 0; i < std::size(kWords); ++i)
    if (kWords[i] == w) return static_cast<int>(i);
  if (w == "a" || w == "an") return 1;
  if (w == "several" || w == "few") return 3;
  int d = 0;
  for (char c : w) {
    if (c < '0' || c > '9' || d > 1000) return -1;
    d = d * 10 + (c - '0');
  }
  return w.empty() ? -1 : d;
}

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

Date DayDate(long z) {
  Date d;
  CivilFromDays(z, &d.year, &d.month, &d.day);
  d.precision = Date::Precision::kDay;
  return d;
}

Date MonthDate(int y, int m) {
  while (m < 1) {
    m += 12;
    --y;
  }
  while (m > 12) {
    m -= 12;
    ++y;
  }
  Date d;
  d.year = y;
  d.month = m;
  d.precision = Date::Precision::kMonth;
  return d;
}

Date YearDate(int y) {
  Date d;
  d.year = y;
  d.precision = Date::Precision::kYear;
  return d;
}

class Finder {
 public:
  Finder(const Sentence& s, const Date& doc, bool future)
      : s_(s), doc_(doc), future_(future) {
    has_day_ = doc.known() && doc.precision == Date::Precision::kDay;
    has_month_ = doc.known() && doc.precision >= Date::Precision::kMonth;
    if (has_day_) z_ = DaysFromCivil(doc.year, doc.month, doc.day);
  }

  // Finds the expression starting at token i; fills r and returns the
  // index after it, or i when none starts there.
  int At(int i, DateResolution* r) {
    const int n = static_cast<int>(s_.tokens.size());
    std::array<char, 24> buf;
    std::string_view w = Lower(Tok(i), &buf);
    std::string_view next = i + 1 < n ? Tok(i + 1) : std::string_view();
    std::array<char, 24> buf2;
    std::string_view nw = Lower(next, &buf2);
    r->first = i;
    r->last = i;
    if (w == "today" || w == "tonight") return Day(i, 0, "today", r);
    if (w == "yesterday") return Day(i, -1, "yesterday", r);
    if (w == "tomorrow") return Day(i, 1, "tomorrow", r);
    if (w == "overnight") return Day(i, 0, "today", r);
    if (w == "this" &&
        (nw == "morning" || nw == "afternoon" || nw == "evening")) {
      r->last = i + 1;
      return Day(i + 1, 0, "today", r);
    }
    if (w == "last" && nw == "night") {
      r->last = i + 1;
      return Day(i + 1, -1, "yesterday", r);
    }
    // Weekdays, with an optional last/next/this before.
    if (int wd = WeekdayOf(Tok(i)); wd >= 0 && IsCapitalised(Tok(i)))
      return Weekday(i, i, wd, 0, r);
    if ((w == "last" || w == "next" || w == "this" || w == "on" ||
         w == "past") &&
        i + 1 < n) {
      if (int wd = WeekdayOf(next); wd >= 0 && IsCapitalised(next)) {
        int dir = w == "last" || w == "past" ? -1 : w == "next" ? 1 : 0;
        return Weekday(i, i + 1, wd, dir, r);
      }
      if (w != "on") {
        int dir = w == "last" || w == "past" ? -1 : w == "next" ? 1 : 0;
        if (nw == "week") return Relative(i, i + 1, 7 * dir, 'd', "week", r);
        if (nw == "month") return Relative(i, i + 1, dir, 'm', "month", r);
        if (nw == "year") return Relative(i, i + 1, dir, 'y', "year", r);
      }
    }
    // "earlier this month", "later this year".
    if ((w == "earlier" || w == "later") && i + 2 < n &&
        Lower(Tok(i + 1), &buf2) == "this") {
      std::array<char, 24> b3;
      std::string_view u = Lower(Tok(i + 2), &b3);
      if (u == "week") return Relative(i, i + 2, 0, 'd', "week", r);
      if (u == "month") return Relative(i, i + 2, 0, 'm', "month", r);
      if (u == "year") return Relative(i, i + 2, 0, 'y', "year", r);
    }
    // "N days ago".
    if (i + 2 < n && Lower(Tok(i + 2), &buf2) == "ago") {
      int k = NumberWord(Tok(i));
      std::array<char, 24> b3;
      std::string_view u = Lower(Tok(i + 1), &b3);
      if (k > 0) {
        if (u == "day" || u == "days")
          return Relative(i, i + 2, -k, 'd', "ago", r);
        if (u == "week" || u == "weeks")
          return Relative(i, i + 2, -7 * k, 'd', "ago", r);
        if (u == "month" || u == "months")
          return Relative(i, i + 2, -k, 'm', "ago", r);
        if (u == "year" || u == "years")
          return Relative(i, i + 2, -k, 'y', "ago", r);
      }
    }
    // Month names.
    if (int m = MonthOf(Tok(i)); m > 0 && IsCapitalised(Tok(i)))
      return MonthExpr(i, m, r);
    // Day before month: "5 January (2019)".
    if (int d = DayNumber(Tok(i)); d > 0 && i + 1 < n) {
      if (int m = MonthOf(next); m > 0 && IsCapitalised(next)) {
        int y = 0;
        int last = i + 1;
        if (i + 2 < n && (y = YearNumber(Tok(i + 2))) > 0) last = i + 2;
        return MonthDay(i, last, y, m, d, r);
      }
    }
    // "in 2019".
    if (int y = YearNumber(Tok(i)); y > 0 && i > 0) {
      std::array<char, 24> b3;
      std::string_view p = Lower(Tok(i - 1), &b3);
      if (p == "in" || p == "during" || p == "since" || p == "of") {
        r->date = YearDate(y);
        r->rule = "year";
        return i + 1;
      }
    }
    return i;
  }

 private:
  std::string_view Tok(int i) const {
    return s_.tokens[i].norm.empty() ? s_.tokens[i].form : s_.tokens[i].norm;
  }

  int Day(int last, int offset, const char* rule, DateResolution* r) {
    r->last = last;
    r->rule = rule;
    if (has_day_) r->date = DayDate(z_ + offset);
    return last + 1;
  }

  int Weekday(int first, int last, int wd, int dir, DateResolution* r) {
    r->first = first;
    r->last = last;
    r->rule = "weekday";
    if (!has_day_) return last + 1;
    int w0 = khaldun::Weekday(doc_.year, doc_.month, doc_.day);
    long delta;
    bool fut = dir > 0 || (dir == 0 && future_);
    if (fut) {
      delta = (wd - w0 + 7) % 7;
      if (dir > 0 && delta == 0) delta = 7;
    } else {
      delta = -((w0 - wd + 7) % 7);
      if (dir < 0 && delta == 0) delta = -7;
    }
    r->date = DayDate(z_ + delta);
    return last + 1;
  }

  int Relative(int first, int last, int amount, char unit, const char* rule,
               DateResolution* r) {
    r->first = first;
    r->last = last;
    r->rule = rule;
    if (unit == 'd') {
      if (!has_day_) return last + 1;
      Date d = DayDate(z_ + amount);
      // A week-relative expression names a week, not a day.
      if (std::string_view(rule) == "week") {
        d.precision = Date::Precision::kMonth;
        d.day = 0;
      }
      r->date = d;
    } else if (unit == 'm') {
      if (!has_month_) return last + 1;
      r->date = MonthDate(doc_.year, doc_.month + amount);
    } else {
      if (!doc_.known()) return last + 1;
      r->date = YearDate(doc_.year + amount);
    }
    return last + 1;
  }

  // A month name at i: "January 5(, 2019)", "January 2019", "(in) January".
  int MonthExpr(int i, int m, DateResolution* r) {
    const int n = static_cast<int>(s_.tokens.size());
    if (i + 1 < n) {
      if (int d = DayNumber(Tok(i + 1)); d > 0) {
        int last = i + 1, y = 0;
        if (i + 3 < n && Tok(i + 2) == "," && (y = YearNumber(Tok(i + 3))) > 0)
          last = i + 3;
        else if (i + 2 < n && (y = YearNumber(Tok(i + 2))) > 0)
          last = i + 2;
        return MonthDay(i, last, y, m, d, r);
      }
      if (int y = YearNumber(Tok(i + 1)); y > 0) {
        r->last = i + 1;
        r->rule = "month";
        r->date = MonthDate(y, m);
        return i + 2;
      }
    }
    // A month alone must follow a preposition or a time adverb ("May" and
    // "March" are words too).
    if (i == 0) return i;
    std::array<char, 24> buf;
    std::string_view p = Lower(Tok(i - 1), &buf);
    if (p != "in" && p != "during" && p != "since" && p != "until" &&
        p != "early" && p != "late" && p != "mid" && p != "last" &&
        p != "next" && p != "this" && p != "by")
      return i;
    r->rule = "month";
    if (!has_month_) return i + 1;
    int y = doc_.year;
    bool fut = p == "next" || (future_ && p != "last");
    if (p == "last" && m >= doc_.month)
      --y;
    else if (p == "next" && m <= doc_.month)
      ++y;
    else if (!fut && m > doc_.month)
      --y;
    else if (fut && m < doc_.month)
      ++y;
    r->date = MonthDate(y, m);
    return i + 1;
  }

  int MonthDay(int first, int last, int y, int m, int d, DateResolution* r) {
    r->first = first;
    r->last = last;
    r->rule = "month-day";
    if (y == 0) {
      if (!has_month_) return last + 1;
      y = doc_.year;
      // The nearest such day: a day well after the article is last year's
      // (for a past event), one well before it next year's (future).
      if (has_day_) {
        long z = DaysFromCivil(y, m, std::min(d, DaysInMonth(y, m)));
        if (!future_ && z > z_ + 31) --y;
        if (future_ && z < z_ - 31) ++y;
      }
    }
    if (d > DaysInMonth(y, m)) return last + 1;
    r->date.year = y;
    r->date.month = m;
    r->date.day = d;
    r->date.precision = Date::Precision::kDay;
    return last + 1;
  }

  const Sentence& s_;
  const Date& doc_;
  bool future_;
  bool has_day_ = false, has_month_ = false;
  long z_ = 0;
};

std::vector<DateResolution> FindAll(const Sentence& s, const Date& doc,
                                    bool future) {
  std::vector<DateResolution> out;
  Finder f(s, doc, future);
  const int n = static_cast<int>(s.tokens.size());
  for (int i = 0; i < n;) {
    DateResolution r;
    int next = f.At(i, &r);
    if (next > i) {
      out.push_back(std::move(r));
      i = next;
    } else {
      ++i;
    }
  }
  return out;
}

bool IsFutureAux(std::string_view w) {
  return w == "will" || w == "shall" || w == "'ll" || w == "Will";
}

// Does the predicate look future ("will meet")?
bool FuturePredicate(const Sentence& s, int p) {
  const int n = static_cast<int>(s.tokens.size());
  if (s.parsed) {
    for (int i = 0; i < n; ++i)
      if (s.tokens[i].head == p && IsFutureAux(s.tokens[i].form)) return true;
    return false;
  }
  for (int i = std::max(0, p - 3); i < p; ++i)
    if (IsFutureAux(s.tokens[i].form)) return true;
  return false;
}

bool ClausalRel(std::string_view rel) {
  return rel.starts_with("ccomp") || rel.starts_with("advcl") ||
         rel.starts_with("acl") || rel.starts_with("parataxis") ||
         rel.starts_with("csubj") || rel.starts_with("xcomp") ||
         rel.starts_with("conj");
}

// Is the expression [first, last] attached to predicate p in the tree?
bool Attached(const Sentence& s, const DateResolution& r, int p) {
  const int n = static_cast<int>(s.tokens.size());
  for (int h = r.first; h <= r.last; ++h) {
    int head = s.tokens[h].head;
    if (head >= r.first && head <= r.last) continue;  // internal token
    // Walk up from the expression's head.
    int cur = head;
    int prev = h;
    for (int depth = 0; depth < 5 && cur >= 0 && cur < n; ++depth) {
      if (cur == p) return true;
      // Crossing into another clause: the expression dates that clause.
      if (ClausalRel(s.tokens[prev].deprel) && prev != h) return false;
      if (s.tokens[cur].upos == UPos::kVERB) return false;
      prev = cur;
      cur = s.tokens[cur].head;
    }
    return false;
  }
  return false;
}

}  // namespace

std::vector<DateResolution> FindDateExpressions(const Sentence& sentence,
                                                const Date& doc_date) {
  return FindAll(sentence, doc_date, false);
}

Date ResolveEventDate(const Sentence& sentence, int predicate,
                      const Date& doc_date, DateResolution* why) {
  DateResolution best;
  best.date = doc_date;
  best.rule = "article";
  const int n = static_cast<int>(sentence.tokens.size());
  if (predicate >= 0 && predicate < n) {
    bool future = FuturePredicate(sentence, predicate);
    std::vector<DateResolution> all = FindAll(sentence, doc_date, future);
    int best_dist = 1 << 30;
    for (DateResolution& r : all) {
      if (sentence.parsed && !Attached(sentence, r, predicate)) continue;
      int dist = r.first > predicate ? r.first - predicate : predicate - r.last;
      if (dist < best_dist) {
        best_dist = dist;
        best = std::move(r);
      }
    }
  }
  // An expression that could not be resolved (no article date) leaves the
  // date unknown, never the article's date or today's.
  if (why) *why = best;
  return best.date;
}

bool IsHistory(const Date& event, const Date& article, int days) {
  using P = Date::Precision;
  if (!event.known() || !article.known() || event.precision == P::kUnknown)
    return false;
  long last;
  if (event.precision == P::kDay && event.month > 0 && event.day > 0) {
    last = DaysFromCivil(event.year, event.month, event.day);
  } else if (event.precision != P::kYear && event.month > 0) {
    int y = event.year + (event.month == 12), m = event.month % 12 + 1;
    last = DaysFromCivil(y, m, 1) - 1;
  } else {
    last = DaysFromCivil(event.year + 1, 1, 1) - 1;
  }
  long first =
      DaysFromCivil(article.year, article.month > 0 ? article.month : 1,
                    article.day > 0 ? article.day : 1);
  return last < first - days;
}

void AnnotateEventDates(const Document& doc, std::vector<Event>* events) {
  for (Event& e : *events) {
    e.date = doc.date;
    if (e.sentence < 0 || e.sentence >= static_cast<int>(doc.sentences.size()))
      continue;
    const Sentence& s = doc.sentences[e.sentence];
    int p = -1;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Span& sp = s.tokens[i].span;
      if (sp.begin >= e.evidence.predicate.begin &&
          sp.end <= e.evidence.predicate.end && !sp.empty()) {
        p = static_cast<int>(i);
        break;
      }
    }
    if (p < 0) continue;
    e.date = ResolveEventDate(s, p, doc.date);
  }
}

}  // namespace khaldun
