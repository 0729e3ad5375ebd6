#include "lexicon/str_index.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

namespace khaldun::lex {
namespace {

TEST(StrIndexTest, NumbersStringsInInsertionOrder) {
  StrIndex ix;
  EXPECT_EQ(ix.Find("attack"), StrIndex::kNone);
  EXPECT_EQ(ix.Insert("attack"), 0u);
  EXPECT_EQ(ix.Insert("meet"), 1u);
  EXPECT_EQ(ix.Insert("attack"), 0u);
  EXPECT_EQ(ix.Insert(""), 2u);
  EXPECT_EQ(ix.size(), 3u);
  EXPECT_EQ(ix.Find("attack"), 0u);
  EXPECT_EQ(ix.Find("meet"), 1u);
  EXPECT_EQ(ix.Find(""), 2u);
  EXPECT_EQ(ix.Find("attac"), StrIndex::kNone);
  EXPECT_EQ(ix.Find("attacks"), StrIndex::kNone);
  EXPECT_EQ(ix.Get(0), "attack");
  EXPECT_EQ(ix.Get(1), "meet");
  EXPECT_EQ(ix.Get(2), "");
}

TEST(StrIndexTest, AgreesWithUnorderedMapThroughGrowth) {
  StrIndex ix;
  std::unordered_map<std::string, uint32_t> ref;
  // Many keys of every length around the 8-byte words of the hash, some
  // sharing prefixes, inserted twice.
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 5000; ++i) {
      std::string k = std::string(i % 19, 'a' + i % 26) + std::to_string(i);
      auto [it, inserted] = ref.emplace(k, static_cast<uint32_t>(ref.size()));
      EXPECT_EQ(ix.Insert(k), it->second) << k;
    }
  }
  ASSERT_EQ(ix.size(), ref.size());
  for (const auto& [k, v] : ref) {
    EXPECT_EQ(ix.Find(k), v) << k;
    EXPECT_EQ(ix.Get(v), k);
    EXPECT_EQ(ix.Find(k + "x"), StrIndex::kNone);
  }
}

TEST(StrIndexTest, HashReadsEveryByte) {
  // Strings that differ in one byte, at any position of a word or the tail.
  const std::string base = "international-relations";
  for (size_t i = 0; i < base.size(); ++i) {
    std::string other = base;
    other[i] ^= 1;
    EXPECT_NE(StrIndex::Hash(base), StrIndex::Hash(other)) << i;
  }
  EXPECT_NE(StrIndex::Hash(std::string_view("ab\0", 3)),
            StrIndex::Hash(std::string_view("ab", 2)));
}

}  // namespace
}  // namespace khaldun::lex
