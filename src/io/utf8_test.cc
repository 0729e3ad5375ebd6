#include "io/utf8.h"

#include <gtest/gtest.h>

namespace khaldun {
namespace {

TEST(Utf8, ValidStringsAreUntouched) {
  for (std::string s : {std::string(""), std::string("plain ascii text"),
                        std::string("al-Sudani\xE2\x80\x99s \xE2\x80\x9C"
                                    "exit\xE2\x80\x9D"),
                        std::string("\xF0\x9F\x98\x80 emoji"),
                        std::string("\xC3\xA9\xE4\xB8\xAD\xF4\x8F\xBF\xBF")}) {
    EXPECT_TRUE(IsValidUtf8(s)) << s;
    std::string copy = s;
    size_t bad = 0;
    EXPECT_EQ(ReplaceInvalidUtf8(&copy, &bad), 0);
    EXPECT_EQ(copy, s);
    EXPECT_EQ(bad, std::string_view::npos);
  }
}

TEST(Utf8, FindsFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xFFxyz"), 10u);
  EXPECT_EQ(FindInvalidUtf8("\x80"), 0u);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);            // truncated
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("\xE0\x80\xAF"), 0u);      // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);     // surrogate D800
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // > U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xF5\x80\x80\x80"), 0u);
}

TEST(Utf8, ReplacesMaximalSubparts) {
  const std::string kR = "\xEF\xBF\xBD";
  std::string s =
      "a\xFF"
      "b";
  size_t bad;
  EXPECT_EQ(ReplaceInvalidUtf8(&s, &bad), 1);
  EXPECT_EQ(bad, 1u);
  EXPECT_EQ(s, "a" + kR + "b");

  // A truncated 3-byte sequence is one replacement, not two.
  s = "x\xE2\x80y";
  EXPECT_EQ(ReplaceInvalidUtf8(&s), 1);
  EXPECT_EQ(s, "x" + kR + "y");

  // Two stray continuation bytes are two replacements.
  s = "\x80\x80";
  EXPECT_EQ(ReplaceInvalidUtf8(&s), 2);
  EXPECT_EQ(s, kR + kR);

  // Truncated at the end of the string.
  s = "end\xF0\x9F\x98";
  EXPECT_EQ(ReplaceInvalidUtf8(&s), 1);
  EXPECT_EQ(s, "end" + kR);

  // Latin-1 text: every accented byte is replaced; the result is valid.
  s = "caf\xE9 cr\xE8me, long enough to use the eight-byte path \xE0 la";
  EXPECT_EQ(ReplaceInvalidUtf8(&s), 3);
  EXPECT_TRUE(IsValidUtf8(s));
}

}  // namespace
}  // namespace khaldun
