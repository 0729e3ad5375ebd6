#include "segment/boundary_model.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "khaldun/segmenter.h"
#include "segment/boundary_train.h"
#include "segment/splitter.h"
#include "segment/tokenizer.h"
#include "testing.h"

namespace khaldun::segment {
namespace {

// Sentences of `text` as "a b || c d", with the built-in model or rules only.
std::string Split(const std::string& text, bool model) {
  std::vector<RawToken> toks;
  TokenizeRange(text, 0, static_cast<uint32_t>(text.size()), {}, &toks);
  std::vector<SentenceRange> ranges;
  if (model) {
    SplitSentences(text, toks, true, &ranges);
  } else {
    SplitSentences(text, toks, true, nullptr, &ranges);
  }
  std::string out;
  for (const SentenceRange& r : ranges) {
    if (!out.empty()) out += " || ";
    out += text.substr(toks[r.first].begin,
                       toks[r.last - 1].end - toks[r.first].begin);
  }
  return out;
}

TEST(BoundaryModelTest, BuiltinModelIsLoaded) {
  const BoundaryModel& m = BoundaryModel::Builtin();
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m.weights().size(), kBoundaryBuckets);
}

TEST(BoundaryModelTest, BreaksWithoutPunctuation) {
  // E-mail and web text whose line breaks were lost: the rules alone keep
  // each of these as one sentence.
  const char* kTexts[] = {
      "All: It is my understanding that the Gov will act.",
      "Jill: As discussed, attached is a GISB draft for Pioneer.",
  };
  for (const char* t : kTexts) {
    EXPECT_EQ(Split(t, false).find("||"), std::string::npos) << t;
    EXPECT_NE(Split(t, true).find("||"), std::string::npos) << t;
  }
}

TEST(BoundaryModelTest, NewsSentencesStayWhole) {
  const char* kTexts[] = {
      "President George W. Bush met Prime Minister Tony Blair in London on "
      "Monday.",
      "The European Union urged Ankara to show restraint.",
      "Officials in Baghdad said US forces had killed 12 militants, "
      "according to Reuters.",
      "The spokesman said: \"We will not negotiate with the rebels.\"",
  };
  for (const char* t : kTexts) EXPECT_EQ(Split(t, true), t);
}

TEST(BoundaryModelTest, FeaturesAreInRange) {
  std::string text = "Sean Here you go. Talk to you later GT";
  std::vector<RawToken> toks;
  TokenizeRange(text, 0, static_cast<uint32_t>(text.size()), {}, &toks);
  std::vector<uint32_t> f;
  for (uint32_t i = 0; i + 1 < toks.size(); ++i) {
    GapFeatures(text, toks, 0, i, SentenceSoFar(), &f);
    ASSERT_FALSE(f.empty());
    for (uint32_t b : f) EXPECT_LT(b, kBoundaryBuckets);
  }
}

// A tiny CoNLL-U file: one document, two sentences without punctuation
// between them ("Sean" / "Here you go.").
void WriteTiny(const std::string& path) {
  std::ofstream out(path);
  for (int d = 0; d < 3; ++d) {
    out << "# newdoc id = d" << d << "\n# text = Sean\n"
        << "1\tSean\tSean\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n"
        << "# text = Here you go.\n"
        << "1\tHere\there\tADV\tRB\t_\t0\troot\t_\t_\n"
        << "2\tyou\tyou\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
        << "3\tgo\tgo\tVERB\tVBP\t_\t1\tparataxis\t_\tSpaceAfter=No\n"
        << "4\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
  }
}

TEST(BoundaryTrainTest, DeterministicAndLearnsTheBreak) {
  std::string path = testing::TempDir() + "/tiny.conllu";
  WriteTiny(path);
  BoundaryTrainOptions o;
  o.epochs = 3;
  o.thresholds = {0};
  BoundaryTrainResult a, b;
  ASSERT_TRUE(TrainBoundaryModel(path, path, o, &a).ok());
  ASSERT_TRUE(TrainBoundaryModel(path, path, o, &b).ok());
  EXPECT_EQ(a.weights, b.weights);
  BoundaryModel m(a.weights, a.threshold);
  std::string text = "Sean Here you go.";
  std::vector<RawToken> toks;
  TokenizeRange(text, 0, static_cast<uint32_t>(text.size()), {}, &toks);
  std::vector<uint32_t> f;
  GapFeatures(text, toks, 0, 0, SentenceSoFar(), &f);
  EXPECT_TRUE(m.Split(f));

  std::string inc = testing::TempDir() + "/w.inc";
  ASSERT_TRUE(WriteBoundaryTable(a, inc, "test").ok());
  std::ifstream in(inc);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_NE(ss.str().find("kBoundaryThreshold = 0;"), std::string::npos);
  EXPECT_NE(ss.str().find("kBoundaryWeights[] = {"), std::string::npos);
}

// The committed table is what `khaldun train-boundary` makes from EWT.
TEST(BoundaryTrainTest, CommittedTableIsReproducible) {
  KHALDUN_REQUIRE_SHARED(train, "data/ud/en_ewt-ud-train.conllu");
  KHALDUN_REQUIRE_SHARED(dev, "data/ud/en_ewt-ud-dev.conllu");
  BoundaryTrainResult r;
  ASSERT_TRUE(TrainBoundaryModel(train, dev, {}, &r).ok());
  const BoundaryModel& m = BoundaryModel::Builtin();
  EXPECT_EQ(r.threshold, m.threshold());
  EXPECT_TRUE(r.weights == m.weights())
      << "regenerate with `khaldun train-boundary`";
}

}  // namespace
}  // namespace khaldun::segment
