// The PETRARCH and CAMEO-manual evaluations on ../shared: the inputs parse
// as documented and the evaluations and their commands run end to end.
// The targets (85% of records, 70% root match) are not asserted
// here: `khaldun eval petrarch|examples --check` does that.
#include <gtest/gtest.h>

#include <numeric>

#include "eval/examples.h"
#include "eval/petrarch.h"
#include "khaldun/syntax.h"
#include "testing.h"

namespace khaldun::eval {
namespace {

using ::khaldun::testing::DataDir;
using ::khaldun::testing::FileExists;

#define KHALDUN_REQUIRE_MODEL()                      \
  if (!FileExists(SyntaxModel::PathIn(DataDir()))) { \
    GTEST_SKIP() << "needs the syntax model "        \
                 << SyntaxModel::PathIn(DataDir())   \
                 << " (built by `make train`)";      \
  }

TEST(PetrarchSharedTest, SuiteParses) {
  KHALDUN_REQUIRE_SHARED(path, "data/petrarch2/PETR.UnitTest.records.xml");
  PetrarchSuite suite;
  Status s = ReadPetrarchSuite(path, &suite);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(suite.verbfile, "PETR.Validate.verbs.txt");
  EXPECT_EQ(suite.discardfile, "PETR.Validate.discards.txt");
  for (const std::string& d : suite.DictionaryPaths())
    EXPECT_TRUE(FileExists(d)) << d;
  // ../shared/README.md: 284 sentences, 385 <EventCoding> elements (359
  // codings, the rest noevents/error markers).
  ASSERT_EQ(suite.records.size(), 284u);
  size_t codings = 0, nothing = 0;
  for (const PetrarchRecord& r : suite.records) {
    codings += r.expected.size();
    nothing += (r.no_events || !r.error.empty()) ? 1 : 0;
    EXPECT_FALSE(r.text.empty()) << r.id;
    EXPECT_FALSE(r.category.empty()) << r.id;
    EXPECT_EQ(r.text.find('\n'), std::string::npos) << r.id;
  }
  EXPECT_EQ(codings, 359u);
  EXPECT_EQ(nothing, 26u);
  EXPECT_EQ(suite.records[0].id, "DEMO-00");
  EXPECT_EQ(suite.records[0].text.substr(0, 27), "Arnor is about to restore f");
}

TEST(PetrarchSharedTest, EvaluationRunsOnEveryRecord) {
  KHALDUN_REQUIRE_SHARED(path, "data/petrarch2/PETR.UnitTest.records.xml");
  KHALDUN_REQUIRE_MODEL();
  PetrarchSuite suite;
  ASSERT_TRUE(ReadPetrarchSuite(path, &suite).ok());
  PetrarchEvalOptions opts;
  opts.data_dir = DataDir();
  PetrarchReport report;
  Status s = EvaluatePetrarch(suite, opts, &report);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(report.results.size(), suite.records.size());
  EXPECT_EQ(report.overall.records, 284);
  EXPECT_EQ(report.overall.expected, 359);
  int sum = 0;
  for (const PetrarchTally& t : report.categories) sum += t.records;
  EXPECT_EQ(sum, 284);
  for (const PetrarchResult& r : report.results) {
    // Every record was parsed and coded by Khaldun (the explanation starts
    // with the sentence and its tokens), and failures carry a diagnosis.
    EXPECT_NE(r.explain.find("sentence 0: "), std::string::npos)
        << suite.records[r.record].id;
    if (!r.score.passed) {
      EXPECT_FALSE(r.hints.empty());
    }
  }
}

TEST(ExamplesSharedTest, ExamplesAreReadFromTheManual) {
  KHALDUN_REQUIRE_SHARED(tsv, "data/cameo/cameo_codebook_from_manual.tsv");
  std::vector<CodebookExample> ex;
  std::vector<std::string> notes;
  Status s = ReadCodebookExamples(tsv, "", &ex, &notes);
  ASSERT_TRUE(s.ok()) << s.ToString();
  // The manual's verb codebook has 384 "Example" fields besides the
  // "Example Note"s, one of them a "NEED EXAMPLE." placeholder.
  EXPECT_GT(ex.size(), 370u);
  EXPECT_LT(ex.size(), 400u);
  int roots[21] = {};
  for (const CodebookExample& e : ex) {
    EXPECT_FALSE(e.name.empty()) << e.where;
    EXPECT_EQ(e.text.find("  "), std::string::npos) << e.where;
    EXPECT_EQ(e.text.find("CHAPTER"), std::string::npos) << e.where;
    int r = std::stoi(e.code.substr(0, 2));
    ASSERT_TRUE(r >= 1 && r <= 20) << e.where;
    ++roots[r];
  }
  for (int r = 1; r <= 20; ++r) EXPECT_GT(roots[r], 0) << "root " << r;
}

TEST(ExamplesSharedTest, EvaluationRuns) {
  KHALDUN_REQUIRE_SHARED(tsv, "data/cameo/cameo_codebook_from_manual.tsv");
  KHALDUN_REQUIRE_MODEL();
  std::vector<CodebookExample> ex;
  ASSERT_TRUE(ReadCodebookExamples(tsv, "", &ex, nullptr).ok());
  ExamplesEvalOptions opts;
  opts.data_dir = DataDir();
  ExamplesReport report;
  Status s = EvaluateExamples(ex, opts, &report);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(report.all.examples, static_cast<int>(ex.size()));
  EXPECT_LE(report.dyadic.examples, report.all.examples);
  EXPECT_LE(report.all.exact, report.all.root);
  for (const ExampleResult& r : report.results)
    EXPECT_EQ(r.dyadic, r.actors.size() >= 2);
}

TEST(EvalCommandsTest, CommandsPrintTheirFigures) {
  KHALDUN_REQUIRE_SHARED(xml, "data/petrarch2/PETR.UnitTest.records.xml");
  KHALDUN_REQUIRE_SHARED(tsv, "data/cameo/cameo_codebook_from_manual.tsv");
  KHALDUN_REQUIRE_MODEL();
  if (!FileExists(::khaldun::testing::CliPath()))
    GTEST_SKIP() << "the khaldun command is not built";
  std::string out;
  std::string cli = ::khaldun::testing::CliPath() + " --data " + DataDir();
  int rc =
      ::khaldun::testing::Run(cli + " eval petrarch " + xml + " 2>&1", &out);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("\noverall          284 "), std::string::npos) << out;
  EXPECT_NE(out.find("\nSYNSET "), std::string::npos) << out;
  EXPECT_NE(out.find("target: >= 85% of records pass: "), std::string::npos);
  EXPECT_NE(out.find("failures by cause"), std::string::npos) << out;
  rc = ::khaldun::testing::Run(
      cli + " eval petrarch " + xml + " --record DEMO-00 2>&1", &out);
  EXPECT_EQ(rc, 0);
  EXPECT_NE(out.find("== DEMO-00 (DEMO)"), std::string::npos) << out;
  EXPECT_NE(out.find("  ARN -> GON 064"), std::string::npos) << out;
  rc = ::khaldun::testing::Run(cli + " eval examples " + tsv + " 2>&1", &out);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("source and target (>=2)"), std::string::npos) << out;
  EXPECT_NE(out.find("misses with source and target, by cause:"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("target: root match >= 70% on examples"),
            std::string::npos);
}

}  // namespace
}  // namespace khaldun::eval
