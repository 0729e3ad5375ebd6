#include <gtest/gtest.h>

#include <fstream>

#include "io/conllu.h"
#include "tag/lemmatizer.h"
#include "tag/perceptron.h"
#include "tag/tagger.h"

namespace khaldun {
namespace {

constexpr char kTiny[] =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "\n"
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tfled\tflee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tcity\tcity\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tcan\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tcities\tcity\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "\n"
    "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tcivilians\tcivilian\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "\n";

std::vector<Document> ReadSample(const std::string& text) {
  std::string path = ::testing::TempDir() + "/tag_tiny.conllu";
  {
    std::ofstream f(path);
    f << text;
  }
  std::unique_ptr<ConlluReader> r;
  EXPECT_TRUE(ConlluReader::Open(path, true, &r).ok());
  std::vector<Document> docs;
  Document d;
  for (Status s; !(s = r->Next(&d)).IsEndOfInput();) {
    EXPECT_TRUE(s.ok()) << s.ToString();
    docs.push_back(d);
  }
  return docs;
}

TEST(PerceptronTest, LearnsAndRoundTrips) {
  ml::PerceptronTrainer t(3);
  const uint64_t a[] = {ml::HashFeature(1, 10), ml::HashFeature(2, 20)};
  const uint64_t b[] = {ml::HashFeature(1, 11), ml::HashFeature(2, 20)};
  for (int i = 0; i < 20; ++i) {
    float s[3] = {0, 0, 0};
    t.Score(a, 2, s);
    int g = static_cast<int>(std::max_element(s, s + 3) - s);
    t.Update(a, 2, 1, g);
    t.Tick();
    float s2[3] = {0, 0, 0};
    t.Score(b, 2, s2);
    g = static_cast<int>(std::max_element(s2, s2 + 3) - s2);
    t.Update(b, 2, 2, g);
    t.Tick();
  }
  ml::CompactModel m = t.Finalize();
  int32_t sa[3] = {}, sb[3] = {};
  m.Score(a, 2, sa);
  m.Score(b, 2, sb);
  EXPECT_EQ(std::max_element(sa, sa + 3) - sa, 1);
  EXPECT_EQ(std::max_element(sb, sb + 3) - sb, 2);

  std::string bytes;
  ml::BinaryWriter w(&bytes);
  m.Save(&w);
  ml::CompactModel m2;
  ml::BinaryReader r(bytes, "test");
  ASSERT_TRUE(m2.Load(&r).ok());
  int32_t sa2[3] = {};
  m2.Score(a, 2, sa2);
  EXPECT_TRUE(std::equal(sa, sa + 3, sa2));
  // Truncated input is reported, not read past.
  ml::BinaryReader cut(std::string_view(bytes).substr(0, bytes.size() - 3),
                       "test");
  ml::CompactModel m3;
  EXPECT_EQ(m3.Load(&cut).code(), Status::Code::kDataLoss);
}

TEST(TaggerTest, OverfitsTinyData) {
  std::vector<Document> docs = ReadSample(kTiny);
  TrainOptions o;
  o.tagger_epochs = 10;
  o.verbose = false;
  Tagger t = Tagger::Train(docs, {}, o);
  TaggerScratch sc;
  for (const Document& d : docs)
    for (const Sentence& gold : d.sentences) {
      Sentence s = gold;
      for (Token& tok : s.tokens) tok.xpos.clear(), tok.upos = UPos::kX;
      t.Tag(&s, &sc);
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        EXPECT_EQ(s.tokens[i].upos, gold.tokens[i].upos) << gold.tokens[i].form;
        EXPECT_EQ(s.tokens[i].xpos, gold.tokens[i].xpos) << gold.tokens[i].form;
      }
    }
  // Save/Load keeps the behaviour.
  std::string bytes;
  ml::BinaryWriter w(&bytes);
  t.Save(&w);
  Tagger t2;
  ml::BinaryReader r(bytes, "test");
  ASSERT_TRUE(t2.Load(&r).ok());
  EXPECT_TRUE(r.done());
  std::string again;
  ml::BinaryWriter w2(&again);
  t2.Save(&w2);
  EXPECT_EQ(again, bytes);
}

TEST(LemmatizerTest, LexiconRulesAndCase) {
  std::vector<Document> docs = ReadSample(kTiny);
  std::vector<const Sentence*> sents;
  for (const Document& d : docs)
    for (const Sentence& s : d.sentences) sents.push_back(&s);
  Lemmatizer lem = Lemmatizer::Train(sents, "", nullptr);
  std::string scratch, lemma;
  // From the lexicon (irregular, seen).
  lem.LemmaOf("fled", UPos::kVERB, "VBD", &scratch, &lemma);
  EXPECT_EQ(lemma, "flee");
  // Sentence-initial capital: the lowercase entry.
  lem.LemmaOf("Villages", UPos::kNOUN, "NNS", &scratch, &lemma);
  EXPECT_EQ(lemma, "village");
  // Unseen words: learned suffix rules ("-ies" -> "-y", "-ed" -> "").
  lem.LemmaOf("militias", UPos::kNOUN, "NNS", &scratch, &lemma);
  EXPECT_EQ(lemma, "militia");
  lem.LemmaOf("bombed", UPos::kVERB, "VBD", &scratch, &lemma);
  EXPECT_EQ(lemma, "bomb");
  // Proper nouns keep their case.
  lem.LemmaOf("Baghdad", UPos::kPROPN, "NNP", &scratch, &lemma);
  EXPECT_EQ(lemma, "Baghdad");
}

TEST(LemmatizerTest, WordNetExceptions) {
  std::string dir = ::testing::TempDir() + "/wn";
  std::string cmd = "mkdir -p " + dir;
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  {
    std::ofstream f(dir + "/verb.exc");
    f << "fought fight\nslew slay\n";
  }
  std::vector<Document> docs = ReadSample(kTiny);
  std::vector<const Sentence*> sents;
  for (const Document& d : docs)
    for (const Sentence& s : d.sentences) sents.push_back(&s);
  int n = 0;
  Lemmatizer lem = Lemmatizer::Train(sents, dir, &n);
  EXPECT_EQ(n, 2);
  std::string scratch, lemma;
  lem.LemmaOf("fought", UPos::kVERB, "VBD", &scratch, &lemma);
  EXPECT_EQ(lemma, "fight");
  std::string bytes;
  ml::BinaryWriter w(&bytes);
  lem.Save(&w);
  Lemmatizer l2;
  ml::BinaryReader r(bytes, "test");
  ASSERT_TRUE(l2.Load(&r).ok());
  l2.LemmaOf("Slew", UPos::kVERB, "VBD", &scratch, &lemma);
  EXPECT_EQ(lemma, "slay");
}

}  // namespace
}  // namespace khaldun
