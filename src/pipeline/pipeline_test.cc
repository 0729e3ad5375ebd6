#include "khaldun/pipeline.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "testing.h"

namespace khaldun {
namespace {

// A data directory with no model: the pipeline segments only.
std::unique_ptr<Pipeline> LoadWithoutModel() {
  PipelineOptions opts;
  opts.data_dir = ::khaldun::testing::TempDir() + "/no-such-data-dir";
  std::unique_ptr<Pipeline> p;
  Status s = Pipeline::Load(opts, &p);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return p;
}

TEST(Pipeline, WithoutModelSegmentsAndInventsNoEvents) {
  std::unique_ptr<Pipeline> p = LoadWithoutModel();
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->stages().segment);
  EXPECT_FALSE(p->stages().syntax);
  EXPECT_FALSE(p->stages().code);
  EXPECT_NE(p->Describe().find("no model at"), std::string::npos)
      << p->Describe();
  Document doc;
  doc.id = "d";
  doc.text =
      "Iraq Condemns Attack\n\nBAGHDAD: Iraq condemned the attack on "
      "Monday. Iran denied any role.";
  std::vector<Event> events;
  ASSERT_TRUE(p->Process(&doc, &events).ok());
  EXPECT_TRUE(events.empty());
  EXPECT_EQ(doc.dateline.place, "BAGHDAD");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_TRUE(doc.sentences[0].is_heading);
  EXPECT_FALSE(doc.sentences[1].tokens.empty());
}

TEST(Pipeline, KeepsSentencesThatArriveSegmented) {
  std::unique_ptr<Pipeline> p = LoadWithoutModel();
  ASSERT_NE(p, nullptr);
  Document doc;
  doc.text = "Iraq protested. Iran too.";
  Sentence s;
  s.span = {0, static_cast<uint32_t>(doc.text.size())};  // one sentence
  Token t;
  t.span = s.span;
  s.tokens.push_back(t);
  doc.sentences.push_back(s);
  doc.RebaseViews();
  std::vector<Event> events;
  ASSERT_TRUE(p->Process(&doc, &events).ok());
  ASSERT_EQ(doc.sentences.size(), 1u);  // not re-segmented
  EXPECT_EQ(doc.sentences[0].tokens.size(), 1u);
}

TEST(Pipeline, DataDirFromOptions) {
  std::unique_ptr<Pipeline> p = LoadWithoutModel();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->data_dir(), ::khaldun::testing::TempDir() + "/no-such-data-dir");
}

}  // namespace
}  // namespace khaldun
