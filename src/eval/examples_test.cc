#include "eval/examples.h"

#include <gtest/gtest.h>

#include "eval/petrarch.h"

namespace khaldun::eval {
namespace {

TEST(CodebookTsvTest, ReadsCodesAndOptionalExampleColumn) {
  std::map<std::string, std::string> names;
  std::vector<CodebookExample> ex;
  Status s = ParseCodebookTsv(
      "cameo_code\tname\tdescription\tusage_notes\n"
      "010\tMake statement\tAll statements.\tResidual.\n"
      "0231\tAppeal for economic aid\td\tu\n",
      "c.tsv", &names, &ex);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(names.size(), 2u);
  EXPECT_EQ(names["0231"], "Appeal for economic aid");
  EXPECT_TRUE(ex.empty());

  names.clear();
  s = ParseCodebookTsv(
      "cameo_code\tname\texample\n"
      "010\tMake statement\tIraq said it would talk.\n"
      "011\tDecline comment\t\n",
      "c.tsv", &names, &ex);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(ex.size(), 1u);
  EXPECT_EQ(ex[0].code, "010");
  EXPECT_EQ(ex[0].text, "Iraq said it would talk.");
  EXPECT_EQ(ex[0].where, "c.tsv:2");
}

TEST(CodebookTsvTest, BadCodesNameTheLine) {
  std::map<std::string, std::string> names;
  std::vector<CodebookExample> ex;
  Status s =
      ParseCodebookTsv("cameo_code\tname\n01x\tBad\n", "c.tsv", &names, &ex);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("c.tsv:2"), std::string::npos);
  EXPECT_FALSE(ParseCodebookTsv("name\tx\n", "c.tsv", &names, &ex).ok());
}

// The layout of the manual's verb codebook: fields in a column, page
// furniture between pages, words hyphenated across lines.
constexpr char kManual[] = R"(Chapter 1
 Example         not an example: before the codebook
Chapter 2

VERB CODEBOOK

2.1    MAKE PUBLIC STATEMENT

 CAMEO           015
 Name            Acknowledge or claim responsibility
 Usage Notes     This event form is a verbal act.
 Example         A Damascus-based Palestinian guerrilla group claimed responsibility on Sat-
                 urday for attacks on Israeli troops.

                                                6
CHAPTER 2. VERB CODEBOOK                                                  7


CAMEO         019
Name          Express accord
Example       President Reagan and Egyptian President Hosni Mubarak agreed today
              there was an urgent need for progress.
Example Note  Two reciprocal events (both 019) are coded with actors reversed.
Example       NEED EXAMPLE.
2.2   APPEAL
              indented prose after a heading is not an example
CAMEO         020
Example       Kenya urged Uganda to act, accusing it of
                                              9
CHAPTER 2. VERB CODEBOOK                                                  9
              killing Kenyan policemen.
Chapter 3
CAMEO         021
Example       An actor codebook line.
)";

TEST(ManualExamplesTest, ExtractsVerbCodebookExamples) {
  std::vector<CodebookExample> ex;
  ParseManualExamples(kManual, "m.txt", &ex);
  ASSERT_EQ(ex.size(), 4u);
  EXPECT_EQ(ex[0].code, "015");
  EXPECT_EQ(ex[0].where, "m.txt:12");
  EXPECT_EQ(ex[0].text,
            "A Damascus-based Palestinian guerrilla group claimed "
            "responsibility on Saturday for attacks on Israeli troops.");
  EXPECT_EQ(ex[1].code, "019");
  EXPECT_EQ(ex[1].text,
            "President Reagan and Egyptian President Hosni Mubarak agreed "
            "today there was an urgent need for progress.");
  EXPECT_EQ(ex[2].text, "NEED EXAMPLE.");  // dropped by ReadCodebookExamples
  EXPECT_EQ(ex[3].code, "020");
  EXPECT_EQ(ex[3].text,
            "Kenya urged Uganda to act, accusing it of killing Kenyan "
            "policemen.");
}

TEST(ExampleScoreTest, ExactAndRoot) {
  ExampleMatch m = ScoreExample("0231", {"023", "190"});
  EXPECT_FALSE(m.exact);
  EXPECT_TRUE(m.root);
  m = ScoreExample("0231", {"0231"});
  EXPECT_TRUE(m.exact);
  EXPECT_TRUE(m.root);
  m = ScoreExample("190", {"019", "1"});
  EXPECT_FALSE(m.exact);
  EXPECT_FALSE(m.root);
  m = ScoreExample("10", {});
  EXPECT_FALSE(m.root);
}

TEST(ExampleScoreTest, TalliesDyadicSeparately) {
  std::vector<CodebookExample> ex = {
      {"0231", "", "a", ""}, {"190", "", "b", ""}, {"193", "", "c", ""}};
  ExamplesReport report;
  for (size_t i = 0; i < 3; ++i) {
    ExampleResult r;
    r.example = i;
    r.dyadic = i != 0;
    r.match.root = i != 2;
    r.match.exact = i == 1;
    if (i != 2) r.codes = {"x"};
    report.results.push_back(r);
  }
  TallyExamples(ex, &report);
  EXPECT_EQ(report.all.examples, 3);
  EXPECT_EQ(report.all.root, 2);
  EXPECT_EQ(report.all.exact, 1);
  EXPECT_EQ(report.all.any_event, 2);
  EXPECT_EQ(report.dyadic.examples, 2);
  EXPECT_EQ(report.dyadic.root, 1);
  EXPECT_EQ(report.by_root["19"].examples, 2);
  EXPECT_EQ(report.dyadic_by_root.count("02"), 0u);
}

TEST(ExampleScoreTest, MissCauses) {
  std::vector<PredicateOutcome> preds = {
      {"urged", "0234", "* TARGET (x:1): rejected, no source actor at 'g'"},
      {"send", "", "part of another pattern"},
      {"written", "", "no pattern matched"}};
  EXPECT_EQ(ExampleMissCause("0234", {}, preds), "no-source");
  EXPECT_EQ(ExampleMissCause("0234", {"023"}, preds), "");
  EXPECT_EQ(ExampleMissCause("0234", {"190"}, preds), "other-root");
  EXPECT_EQ(ExampleMissCause("112", {}, preds), "no-match");
  preds.pop_back();
  EXPECT_EQ(ExampleMissCause("112", {}, preds), "no-pattern");
  preds[0].outcome = "* (x:1): rejected, modal ('will')";
  EXPECT_EQ(ExampleMissCause("023", {}, preds), "modal");
}

}  // namespace
}  // namespace khaldun::eval
