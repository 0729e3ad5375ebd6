#include "khaldun/dates.h"

#include <gtest/gtest.h>

#include "khaldun/segmenter.h"

namespace khaldun {
namespace {

Date D(const char* s) {
  Date d;
  EXPECT_TRUE(Date::Parse(s, &d)) << s;
  return d;
}

// Segments `text` (one sentence) and returns the date of the event whose
// predicate is the word `pred`.
std::string Resolve(const std::string& text, std::string_view pred,
                    const char* doc_date, std::string* rule = nullptr) {
  Document doc;
  doc.text = text;
  Segmenter().Segment(&doc);
  EXPECT_EQ(doc.sentences.size(), 1u) << text;
  const Sentence& s = doc.sentences[0];
  int p = -1;
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (s.tokens[i].form == pred) p = static_cast<int>(i);
  EXPECT_GE(p, 0) << pred;
  Date dd;
  if (doc_date) dd = D(doc_date);
  DateResolution why;
  Date d = ResolveEventDate(s, p, dd, &why);
  if (rule) *rule = why.rule;
  return d.ToString();
}

TEST(Calendar, RoundTripAndWeekday) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  int y, m, d;
  CivilFromDays(DaysFromCivil(2024, 2, 29) + 1, &y, &m, &d);
  EXPECT_EQ(y, 2024);
  EXPECT_EQ(m, 3);
  EXPECT_EQ(d, 1);
  EXPECT_EQ(Weekday(2024, 1, 10), 2);  // Wednesday
  EXPECT_EQ(Weekday(2000, 1, 1), 5);   // Saturday
}

// 2024-01-10 is a Wednesday.
TEST(IsHistory, MoreThanAWeekBeforeTheArticle) {
  const Date article = D("2024-01-10");
  EXPECT_FALSE(IsHistory(D("2024-01-10"), article));
  EXPECT_FALSE(IsHistory(D("2024-01-03"), article));  // exactly a week
  EXPECT_TRUE(IsHistory(D("2024-01-02"), article));
  EXPECT_FALSE(IsHistory(D("2024-02-01"), article));  // the future
  // A month or a year counts by its last day.
  EXPECT_FALSE(IsHistory(D("2024-01"), article));
  EXPECT_TRUE(IsHistory(D("2023-12"), article));  // Dec 31 is 10 days back
  EXPECT_FALSE(IsHistory(D("2023-12"), D("2024-01-07")));
  EXPECT_TRUE(IsHistory(D("2023"), article));
  EXPECT_FALSE(IsHistory(D("2023"), D("2024-01-05")));
  // Unknown dates are never history.
  EXPECT_FALSE(IsHistory(Date(), article));
  EXPECT_FALSE(IsHistory(D("1985"), Date()));
}

TEST(ResolveEventDate, RelativeDays) {
  EXPECT_EQ(Resolve("Iraq condemned the attack yesterday.", "condemned",
                    "2024-01-10"),
            "2024-01-09");
  EXPECT_EQ(Resolve("Iraq condemned the attack on Monday.", "condemned",
                    "2024-01-10"),
            "2024-01-08");
  EXPECT_EQ(Resolve("Iraq condemned the attack on Wednesday.", "condemned",
                    "2024-01-10"),
            "2024-01-10");
  EXPECT_EQ(Resolve("On Friday, Iraq condemned the attack.", "condemned",
                    "2024-01-10"),
            "2024-01-05");
  EXPECT_EQ(Resolve("Iran will meet Iraq on Friday.", "meet", "2024-01-10"),
            "2024-01-12");
  EXPECT_EQ(Resolve("Iraq condemned the attack last Wednesday.", "condemned",
                    "2024-01-10"),
            "2024-01-03");
  EXPECT_EQ(
      Resolve("Iraq condemned the attack today.", "condemned", "2024-01-10"),
      "2024-01-10");
  EXPECT_EQ(
      Resolve("Police arrested him three days ago.", "arrested", "2024-03-01"),
      "2024-02-27");
}

TEST(ResolveEventDate, MonthsYearsWeeks) {
  EXPECT_EQ(
      Resolve("Iraq signed the deal on January 5.", "signed", "2024-03-10"),
      "2024-01-05");
  EXPECT_EQ(
      Resolve("Iraq signed the deal on Jan. 5, 2019.", "signed", "2024-03-10"),
      "2019-01-05");
  EXPECT_EQ(
      Resolve("Iraq signed the deal on 5 December.", "signed", "2024-01-10"),
      "2023-12-05");
  EXPECT_EQ(
      Resolve("Iraq signed the deal in December.", "signed", "2024-01-10"),
      "2023-12");
  EXPECT_EQ(Resolve("Iraq signed the deal in 2019.", "signed", "2024-01-10"),
            "2019");
  EXPECT_EQ(Resolve("Iraq signed the deal last month.", "signed", "2024-01-10"),
            "2023-12");
  EXPECT_EQ(Resolve("Iraq signed the deal last year.", "signed", "2024-01-10"),
            "2023");
  EXPECT_EQ(Resolve("Iraq signed the deal last week.", "signed", "2024-01-10"),
            "2024-01");
}

TEST(ResolveEventDate, DefaultsAndUnknown) {
  std::string rule;
  EXPECT_EQ(
      Resolve("Iraq condemned the attack.", "condemned", "2024-01-10", &rule),
      "2024-01-10");
  EXPECT_EQ(rule, "article");
  // No article date: relative expressions give no date, never today's.
  EXPECT_EQ(
      Resolve("Iraq condemned the attack yesterday.", "condemned", nullptr),
      "");
  EXPECT_EQ(Resolve("Iraq condemned the attack.", "condemned", nullptr), "");
  // A complete date needs no article date.
  EXPECT_EQ(
      Resolve("Iraq signed the deal on January 5, 2019.", "signed", nullptr),
      "2019-01-05");
  // "May" the modal is not a month.
  EXPECT_EQ(Resolve("Iraq said it May sign the deal.", "sign", "2024-01-10"),
            "2024-01-10");
}

TEST(ResolveEventDate, ParsedTreeAttachment) {
  // "Iraq said on Monday that Iran attacked on Friday": hand-parsed.
  Document doc;
  doc.text = "Iraq said on Monday that Iran attacked on Friday .";
  Segmenter().Segment(&doc);
  Sentence& s = doc.sentences[0];
  ASSERT_EQ(s.tokens.size(), 10u);
  struct Arc {
    int head;
    const char* rel;
    UPos pos;
  };
  const Arc arcs[] = {{1, "nsubj", UPos::kPROPN}, {-1, "root", UPos::kVERB},
                      {3, "case", UPos::kADP},    {1, "obl", UPos::kPROPN},
                      {6, "mark", UPos::kSCONJ},  {6, "nsubj", UPos::kPROPN},
                      {1, "ccomp", UPos::kVERB},  {8, "case", UPos::kADP},
                      {6, "obl", UPos::kPROPN},   {1, "punct", UPos::kPUNCT}};
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    s.tokens[i].head = arcs[i].head;
    s.tokens[i].deprel = arcs[i].rel;
    s.tokens[i].upos = arcs[i].pos;
  }
  s.parsed = s.tagged = true;
  Date doc_date = D("2024-01-10");
  EXPECT_EQ(ResolveEventDate(s, 1, doc_date).ToString(), "2024-01-08");
  EXPECT_EQ(ResolveEventDate(s, 6, doc_date).ToString(), "2024-01-05");
  // Without the tree the nearest expression wins.
  s.parsed = false;
  EXPECT_EQ(ResolveEventDate(s, 6, doc_date).ToString(), "2024-01-05");
}

TEST(AnnotateEventDates, UsesPredicateSpan) {
  Document doc;
  doc.text = "Iraq condemned the attack yesterday.";
  Date::Parse("2024-01-10", &doc.date);
  Segmenter().Segment(&doc);
  std::vector<Event> events(1);
  events[0].sentence = 0;
  events[0].evidence.predicate = doc.sentences[0].tokens[1].span;
  AnnotateEventDates(doc, &events);
  EXPECT_EQ(events[0].date.ToString(), "2024-01-09");
  EXPECT_EQ(events[0].date.precision, Date::Precision::kDay);
}

}  // namespace
}  // namespace khaldun
