// Segmentation of the seed article (../shared/eval/seed/article.txt): 16
// segments, the heading alone, the BAGHDAD dateline recognised; and the EWT
// test figures against the targets.  Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "io/file_util.h"
#include "khaldun/segmenter.h"
#include "testing.h"

namespace khaldun {
namespace {

TEST(SegmentSeedTest, SixteenSegmentsHeadingAndDateline) {
  KHALDUN_REQUIRE_SHARED(path, "eval/seed/article.txt");
  Document doc;
  ASSERT_TRUE(ReadFileToString(path, &doc.text).ok());
  Segmenter().Segment(&doc);

  ASSERT_TRUE(doc.dateline.present());
  EXPECT_EQ(doc.dateline.place, "BAGHDAD");
  EXPECT_EQ(doc.slice(doc.dateline.place_span), "BAGHDAD");
  EXPECT_EQ(doc.dateline.agency, "");

  ASSERT_EQ(doc.sentences.size(), 16u);
  // The first sentence starts after the dateline.
  EXPECT_GE(doc.sentences[0].span.begin, doc.dateline.span.end);
  EXPECT_EQ(doc.sentences[0].tokens[0].form, "Iraqi");
  int headings = 0;
  for (const Sentence& s : doc.sentences) {
    if (!s.is_heading) continue;
    ++headings;
    EXPECT_EQ(doc.slice(s.span), "US Strikes on Resistance Groups in Iraq");
  }
  EXPECT_EQ(headings, 1);
  // Every other segment ends with a period.
  for (const Sentence& s : doc.sentences)
    if (!s.is_heading) {
      EXPECT_EQ(s.tokens.back().form, ".");
    }
  // Hyphenated names stay whole; curly apostrophes are normalised.
  bool sudani = false, us_led = false, poss = false;
  for (const Sentence& s : doc.sentences)
    for (const Token& t : s.tokens) {
      sudani = sudani || t.form == "al-Sudani";
      us_led = us_led || t.form == "US-led";
      poss = poss || (t.form == "’s" && t.norm == "'s");
    }
  EXPECT_TRUE(sudani);
  EXPECT_TRUE(us_led);
  EXPECT_TRUE(poss);
}

TEST(SegmentSeedTest, CliShowsSegments) {
  KHALDUN_REQUIRE_SHARED(path, "eval/seed/article.txt");
  std::string out;
  ASSERT_EQ(
      testing::Run(
          testing::CliPath() + " segment --format jsonl '" + path + "'", &out),
      0);
  nlohmann::json j = nlohmann::json::parse(out);
  EXPECT_EQ(j["dateline"]["place"], "BAGHDAD");
  EXPECT_EQ(j["sentences"].size(), 16u);
  ASSERT_EQ(testing::Run(testing::CliPath() + " segment '" + path + "'", &out),
            0);
  EXPECT_NE(out.find("# dateline: BAGHDAD:"), std::string::npos);
  EXPECT_NE(out.find("\tH\tUS Strikes on Resistance Groups in Iraq"),
            std::string::npos);
}

TEST(SegmentEwtTest, EvalMeetsTargetsOnTest) {
  KHALDUN_REQUIRE_SHARED(path, "data/ud/en_ewt-ud-test.conllu");
  std::string out;
  int rc = testing::Run(
      testing::CliPath() + " eval segment --check --gold '" + path + "'", &out);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("Tokens"), std::string::npos);
  EXPECT_NE(out.find("Sentences"), std::string::npos);
  EXPECT_NE(out.find("Words"), std::string::npos);
}

}  // namespace
}  // namespace khaldun
