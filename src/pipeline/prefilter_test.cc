#include "pipeline/prefilter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "khaldun/segmenter.h"
#include "testing.h"

namespace khaldun::pipeline {
namespace {

// The lexicon engine's fixture (condemn: "111 * TARGET"), plus a verb whose
// pattern needs no target.
std::shared_ptr<const Lexicon> Load() {
  std::string extra = ::khaldun::testing::TempDir() + "/prefilter_notarget.lex";
  {
    std::ofstream f(extra);
    f << "[verb] renounce\n  087  * violence ; notarget\n";
  }
  std::shared_ptr<const Lexicon> lex;
  std::vector<Diagnostic> diags;
  Status s = Lexicon::Load(
      {::khaldun::testing::DataDir() + "/lexicons/test/fixture.lex", extra}, {},
      &lex, &diags);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return lex;
}

struct Tagged {
  std::string lemma;
  UPos upos;
};

// Asks the prefilter about `text` (one sentence) tagged by hand.
bool May(const Lexicon& lex, const std::string& text,
         const std::vector<Tagged>& tags, bool dateline = false,
         bool antecedent = false) {
  Segmenter seg;
  Document doc;
  doc.text = text;
  seg.Segment(&doc);
  EXPECT_EQ(doc.sentences.size(), 1u);
  Sentence& s = doc.sentences[0];
  EXPECT_EQ(s.tokens.size(), tags.size()) << text;
  if (s.tokens.size() != tags.size()) return false;
  for (size_t i = 0; i < tags.size(); ++i) {
    s.tokens[i].lemma = tags[i].lemma;
    s.tokens[i].upos = tags[i].upos;
  }
  s.tagged = true;
  Date date;
  Date::Parse("2024-01-10", &date);
  std::vector<ActorMatch> matches;
  lex.MatchActors(s, date, &matches);
  return MayYieldEvent(lex, s, matches, dateline, antecedent);
}

constexpr UPos kPropn = UPos::kPROPN, kVerb = UPos::kVERB, kNoun = UPos::kNOUN,
               kPron = UPos::kPRON, kDet = UPos::kDET, kAux = UPos::kAUX,
               kAdj = UPos::kADJ, kPunct = UPos::kPUNCT;

TEST(Prefilter, TwoActorsAndAPredicateAreParsed) {
  auto lex = Load();
  ASSERT_NE(lex, nullptr);
  EXPECT_TRUE(May(*lex, "Iraq condemned Hamas.",
                  {{"Iraq", kPropn},
                   {"condemn", kVerb},
                   {"Hamas", kPropn},
                   {".", kPunct}}));
}

TEST(Prefilter, NoPredicateLemmaIsNotParsed) {
  auto lex = Load();
  ASSERT_NE(lex, nullptr);
  EXPECT_FALSE(May(*lex, "Iraq and Hamas were quiet.",
                   {{"Iraq", kPropn},
                    {"and", UPos::kCCONJ},
                    {"Hamas", kPropn},
                    {"be", kAux},
                    {"quiet", kAdj},
                    {".", kPunct}}));
  // The lemma has verb patterns only: as a noun it is no predicate.
  EXPECT_FALSE(May(*lex, "Iraq condemn Hamas.",
                   {{"Iraq", kPropn},
                    {"condemn", kNoun},
                    {"Hamas", kPropn},
                    {".", kPunct}}));
}

TEST(Prefilter, OneMentionNeedsADatelineOrANotargetPattern) {
  auto lex = Load();
  ASSERT_NE(lex, nullptr);
  const std::vector<Tagged> tags = {{"Iraq", kPropn},
                                    {"condemn", kVerb},
                                    {"the", kDet},
                                    {"move", kNoun},
                                    {".", kPunct}};
  EXPECT_FALSE(May(*lex, "Iraq condemned the move.", tags));
  EXPECT_TRUE(May(*lex, "Iraq condemned the move.", tags, /*dateline=*/true));
  EXPECT_TRUE(May(*lex, "Iraq renounced violence.",
                  {{"Iraq", kPropn},
                   {"renounce", kVerb},
                   {"violence", kNoun},
                   {".", kPunct}}));
}

TEST(Prefilter, AnEventNounMayStandForAnEarlierActor) {
  auto lex = Load();
  ASSERT_NE(lex, nullptr);
  // "the accusation" may refer to an earlier accusation and its accuser.
  EXPECT_TRUE(May(*lex, "Iraq condemned the accusation.",
                  {{"Iraq", kPropn},
                   {"condemn", kVerb},
                   {"the", kDet},
                   {"accusation", kNoun},
                   {".", kPunct}}));
}

TEST(Prefilter, ThirdPersonPronounsCountFirstAndSecondDoNot) {
  auto lex = Load();
  ASSERT_NE(lex, nullptr);
  EXPECT_TRUE(May(
      *lex, "He condemned Hamas.",
      {{"he", kPron}, {"condemn", kVerb}, {"Hamas", kPropn}, {".", kPunct}}));
  const std::vector<Tagged> they = {
      {"they", kPron}, {"condemn", kVerb}, {"it", kPron}, {".", kPunct}};
  EXPECT_TRUE(May(*lex, "They condemned it.", they, false,
                  /*antecedent=*/true));
  EXPECT_FALSE(
      May(*lex, "We condemned you.",
          {{"we", kPron}, {"condemn", kVerb}, {"you", kPron}, {".", kPunct}},
          false, /*antecedent=*/true));
  // "who" and "that" never name an actor.
  EXPECT_FALSE(
      May(*lex, "Who condemned that?",
          {{"who", kPron}, {"condemn", kVerb}, {"that", kPron}, {"?", kPunct}},
          false, /*antecedent=*/true));
}

TEST(Prefilter, PronounsNeedAnIdentifiedActorBeforeThem) {
  auto lex = Load();
  ASSERT_NE(lex, nullptr);
  // No actor earlier in the document: "they" and "it" resolve to nothing.
  EXPECT_FALSE(
      May(*lex, "They condemned it.",
          {{"they", kPron}, {"condemn", kVerb}, {"it", kPron}, {".", kPunct}}));
  // An actor in the sentence itself is one too.
  EXPECT_TRUE(May(
      *lex, "Hamas condemned it.",
      {{"Hamas", kPropn}, {"condemn", kVerb}, {"it", kPron}, {".", kPunct}}));
}

TEST(Prefilter, UnidentifiedActorsAloneAreNoSource) {
  auto lex = Load();
  ASSERT_NE(lex, nullptr);
  // "troops" is a role with no country: no source without a modifier.
  EXPECT_FALSE(May(*lex, "Troops condemned the move.",
                   {{"troops", kNoun},
                    {"condemn", kVerb},
                    {"the", kDet},
                    {"move", kNoun},
                    {".", kPunct}},
                   /*dateline=*/true));
}

}  // namespace
}  // namespace khaldun::pipeline
