#include "khaldun/document.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TEST(DateTest, ParsesAndPrints) {
  Date d;
  ASSERT_TRUE(Date::Parse("2024-01-10", &d));
  EXPECT_EQ(d.ToString(), "2024-01-10");
  ASSERT_TRUE(Date::Parse("20240110", &d));
  EXPECT_EQ(d.ToString(), "2024-01-10");
  ASSERT_TRUE(Date::Parse("2024-01-10T08:30:00Z", &d));
  EXPECT_EQ(d.precision, Date::Precision::kDay);
  ASSERT_TRUE(Date::Parse("2024-02", &d));
  EXPECT_EQ(d.ToString(), "2024-02");
  ASSERT_TRUE(Date::Parse("1999", &d));
  EXPECT_EQ(d.ToString(), "1999");
}

TEST(DateTest, RejectsInvalid) {
  Date d;
  EXPECT_FALSE(Date::Parse("2023-02-29", &d));
  EXPECT_TRUE(Date::Parse("2024-02-29", &d));
  EXPECT_FALSE(Date::Parse("2024-13-01", &d));
  EXPECT_FALSE(Date::Parse("yesterday", &d));
  EXPECT_FALSE(Date::Parse("", &d));
  EXPECT_FALSE(Date().known());
}

TEST(DocumentTest, MoveAndCopyKeepViewsValid) {
  Document d;
  d.text = "Hi";  // short: lives in the small-string buffer
  Sentence s;
  Token t;
  t.span = {0, 2};
  s.tokens.push_back(t);
  d.sentences.push_back(s);
  d.RebaseViews();
  Document moved(std::move(d));
  EXPECT_EQ(moved.sentences[0].tokens[0].form, "Hi");
  EXPECT_EQ(moved.sentences[0].tokens[0].form.data(), moved.text.data());
  Document copy = moved;
  EXPECT_EQ(copy.sentences[0].tokens[0].form.data(), copy.text.data());
}

TEST(UPosTest, RoundTrip) {
  for (int i = 0; i < kNumUPos; ++i) {
    UPos p;
    ASSERT_TRUE(ParseUPos(UPosName(static_cast<UPos>(i)), &p));
    EXPECT_EQ(static_cast<int>(p), i);
  }
}

}  // namespace
}  // namespace khaldun
