#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>

#include "io/conllu.h"
#include "tag/flat_map.h"
#include "tag/lemmatizer.h"
#include "tag/perceptron.h"
#include "tag/tagger.h"
#include "tag/word_clusters.h"
#include "testing.h"

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
  // One file per test: ctest runs the tests of this binary in parallel.
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string path =
      ::khaldun::testing::TempDir() + "/tag_tiny_" + info->name() + ".conllu";
  {
    std::ofstream f(path);
    f << text;
  }
  std::vector<Document> docs;
  Status s = ReadConlluFile(path, &docs);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return docs;
}

TEST(FlatMapTest, MatchesStdMapThroughGrowthAndTheZeroKey) {
  ml::FlatMap64<uint32_t> m;
  std::map<uint64_t, uint32_t> ref;
  EXPECT_EQ(m.find(5), nullptr);
  EXPECT_TRUE(m.begin() == m.end());
  uint64_t x = 1;
  for (uint32_t i = 0; i < 5000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    // Small keys (badly mixed), hashes, and 0 (the empty-slot marker).
    const uint64_t key = i % 3 == 0 ? i / 3 : (i == 7 ? 0 : x);
    m[key] = i;
    ref[key] = i;
  }
  ASSERT_EQ(m.size(), ref.size());
  for (const auto& [k, v] : ref) {
    const uint32_t* got = m.find(k);
    ASSERT_NE(got, nullptr) << k;
    EXPECT_EQ(*got, v);
  }
  EXPECT_EQ(m.find(0xdeadbeefcafeULL), nullptr);
  EXPECT_EQ(m.count(0), 1u);
  std::map<uint64_t, uint32_t> seen(m.begin(), m.end());
  EXPECT_EQ(seen, ref);
  m.clear();
  EXPECT_TRUE(m.empty());
  EXPECT_EQ(m.find(0), nullptr);
}

TEST(FlatMapTest, HugeVectorHoldsLargeAndSmallBuffers) {
  ml::HugeVector<uint64_t> big(3 << 20, 7), small(10, 3);
  big.back() = 9;
  EXPECT_EQ(big[12345], 7u);
  EXPECT_EQ(big.back(), 9u);
  EXPECT_EQ(small[9], 3u);
  big.resize(5);  // shrink keeps contents
  EXPECT_EQ(big[4], 7u);
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
  // Vectors, not arrays: GCC 12 warns (-Warray-bounds) about the SSE2 path
  // of AddDenseRow, which cannot run for 3 classes.
  std::vector<int32_t> sa(3), sb(3);
  m.Score(a, 2, sa.data());
  m.Score(b, 2, sb.data());
  EXPECT_EQ(std::max_element(sa.begin(), sa.end()) - sa.begin(), 1);
  EXPECT_EQ(std::max_element(sb.begin(), sb.end()) - sb.begin(), 2);

  std::string bytes;
  ml::BinaryWriter w(&bytes);
  m.Save(&w);
  ml::CompactModel m2;
  ml::BinaryReader r(bytes, "test");
  ASSERT_TRUE(m2.Load(&r).ok());
  std::vector<int32_t> sa2(3);
  m2.Score(a, 2, sa2.data());
  EXPECT_EQ(sa, sa2);
  // Loading spreads the table in memory; saving restores the file's bytes.
  std::string again;
  ml::BinaryWriter w2(&again);
  m2.Save(&w2);
  EXPECT_EQ(again, bytes);
  // Truncated input is reported, not read past.
  ml::BinaryReader cut(std::string_view(bytes).substr(0, bytes.size() - 3),
                       "test");
  ml::CompactModel m3;
  EXPECT_EQ(m3.Load(&cut).code(), Status::Code::kDataLoss);
}

// Finalize(max_features) keeps the rows of largest L1 norm.
TEST(PerceptronTest, FinalizeKeepsTheStrongestFeatures) {
  ml::PerceptronTrainer t(3);
  const uint64_t strong = ml::HashFeature(1, 1), weak = ml::HashFeature(1, 2);
  for (int i = 0; i < 5; ++i) {
    t.Update(&strong, 1, 1, 0);
    t.Tick();
  }
  t.Update(&weak, 1, 2, 0);
  t.Tick();
  EXPECT_EQ(t.Finalize().num_features(), 2u);
  ml::CompactModel m = t.Finalize(1);
  EXPECT_EQ(m.num_features(), 1u);
  // 8 elements: GCC 12 warns (-Warray-bounds) about the SSE2 path of
  // AddDenseRow on a smaller buffer, though it cannot run for 3 classes.
  std::vector<int32_t> s(8);
  m.Score(&weak, 1, s.data());
  EXPECT_EQ(s, std::vector<int32_t>(8, 0));
  m.Score(&strong, 1, s.data());
  EXPECT_GT(s[1], 0);
}

// The shared pruning: the rows of largest L1 norm, ties to the earlier row.
TEST(PerceptronTest, RowsOfLargestL1) {
  const std::vector<long> l1 = {3, 7, 0, 3, 7, 1};
  EXPECT_EQ(ml::RowsOfLargestL1(l1, 6), std::vector<bool>(6, true));
  EXPECT_EQ(ml::RowsOfLargestL1(l1, 9), std::vector<bool>(6, true));
  EXPECT_EQ(ml::RowsOfLargestL1(l1, 0), std::vector<bool>(6, false));
  EXPECT_EQ(ml::RowsOfLargestL1(l1, 1),
            (std::vector<bool>{false, true, false, false, false, false}));
  EXPECT_EQ(ml::RowsOfLargestL1(l1, 3),
            (std::vector<bool>{true, true, false, false, true, false}));
  EXPECT_EQ(ml::RowsOfLargestL1(l1, 5),
            (std::vector<bool>{true, true, false, true, true, true}));
}

TEST(PerceptronTest, DenseAndSparseRowsScoreAlike) {
  // Feature 1 gets weights for all 8 classes (a dense row), feature 2 for one
  // (a sparse row); Score and ForEachWeight must agree on both.
  constexpr int kClasses = 8;
  ml::PerceptronTrainer t(kClasses);
  const uint64_t common = ml::HashFeature(1, 1);
  for (int c = 0; c < kClasses; ++c) {
    const uint64_t f[] = {common, ml::HashFeature(2, c)};
    t.Update(f, 2, c, (c + 1) % kClasses);
    t.Tick();
  }
  ml::CompactModel m = t.Finalize();
  std::map<std::pair<uint64_t, int>, int> w;
  m.ForEachWeight([&](uint64_t key, uint16_t cls, int16_t v) {
    w[{key, cls}] += v;
  });
  for (int c = 0; c < kClasses; ++c) {
    const uint64_t f[] = {common, ml::HashFeature(2, c)};
    int32_t s[kClasses] = {};
    m.Score(f, 2, s);
    for (int k = 0; k < kClasses; ++k)
      EXPECT_EQ(s[k], (w[{f[0], k}] + w[{f[1], k}])) << c << " " << k;
    // The feature seen with class c as the truth votes for c.
    EXPECT_GT((w[{f[1], c}]), 0);
  }
  std::string bytes;
  ml::BinaryWriter bw(&bytes);
  m.Save(&bw);
  ml::CompactModel m2;
  ml::BinaryReader r(bytes, "test");
  ASSERT_TRUE(m2.Load(&r).ok());
  int32_t s1[kClasses] = {}, s2[kClasses] = {};
  m.Score(&common, 1, s1);
  m2.Score(&common, 1, s2);
  EXPECT_TRUE(std::equal(s1, s1 + kClasses, s2));
  EXPECT_NE(s1[0], 0);
}

TEST(WordClustersTest, Tokenizer) {
  EXPECT_EQ(ClusterTokens("The U.S. army didn't attack (Baghdad's) "
                          "\xe2\x80\x9c"
                          "city\xe2\x80\x9d."),
            (std::vector<std::string>{"the", "u.s.", "army", "did", "n't",
                                      "attack", "(", "baghdad", "'s", ")", "\"",
                                      "city", "\"", "."}));
}

// A toy language where determiners precede nouns and nouns precede verbs: the
// exchange algorithm must separate the three word sets.
std::string ToyCorpus() {
  const char* dets[] = {"the", "a", "this", "that"};
  const char* nouns[] = {"army", "city", "rebel", "town", "police", "court"};
  const char* verbs[] = {"attacked", "left", "won", "lost", "fled", "ruled"};
  std::string text;
  uint64_t r = 7;
  for (int i = 0; i < 3000; ++i) {
    r = ml::Mix64(r + i);
    text += dets[r % 4];
    text += ' ';
    text += nouns[(r >> 8) % 6];
    text += ' ';
    text += verbs[(r >> 16) % 6];
    text += i % 5 == 4 ? " .\n" : " ";
  }
  return text;
}

TEST(WordClustersTest, SeparatesWordClassesDeterministically) {
  WordCorpus corpus;
  corpus.AddText(ToyCorpus());
  WordClusterOptions o;
  o.fine_classes = 8;
  o.coarse_classes = 4;
  o.min_count = 1;
  WordClusters wc = WordClusters::Build(corpus, o);
  EXPECT_EQ(wc.size(), 17u);  // 16 words and "."
  auto fine = [&](const char* w) {
    return WordClusters::Fine(wc.Lookup(ml::HashString(w)));
  };
  auto coarse = [&](const char* w) {
    return WordClusters::Coarse(wc.Lookup(ml::HashString(w)));
  };
  EXPECT_EQ(wc.Lookup(ml::HashString("unseen")), 0u);
  for (const char* n : {"city", "rebel", "town", "police", "court"}) {
    EXPECT_EQ(coarse(n), coarse("army")) << n;
    EXPECT_NE(coarse(n), coarse("the")) << n;
    EXPECT_NE(coarse(n), coarse("attacked")) << n;
  }
  for (const char* v : {"left", "won", "lost", "fled", "ruled"})
    EXPECT_EQ(coarse(v), coarse("attacked")) << v;
  EXPECT_NE(fine("the"), fine("army"));
  EXPECT_GT(fine("the"), 0u);
  // Same input, same bytes; and the bytes round-trip.
  WordClusters again = WordClusters::Build(corpus, o);
  std::string b1, b2, b3;
  ml::BinaryWriter w1(&b1), w2(&b2);
  wc.Save(&w1);
  again.Save(&w2);
  EXPECT_EQ(b1, b2);
  WordClusters loaded;
  ml::BinaryReader r(b1, "test");
  ASSERT_TRUE(loaded.Load(&r).ok());
  ml::BinaryWriter w3(&b3);
  loaded.Save(&w3);
  EXPECT_EQ(b1, b3);
}

TEST(WordClustersTest, ReadsDirectoriesAndReportsMissingOnes) {
  std::string dir = ::khaldun::testing::TempDir() + "/wc_corpus";
  ASSERT_EQ(std::system(("mkdir -p " + dir + "/sub").c_str()), 0);
  {
    std::ofstream(dir + "/a.sgm") << "<BODY>Rebels &lt;attacked&gt; the "
                                     "town</BODY>";
    std::ofstream(dir + "/sub/b.txt") << "Troops fled.";
    std::ofstream(dir + "/README.txt") << "not text of the corpus";
  }
  WordCorpus c;
  int files = 0;
  ASSERT_TRUE(c.AddDirectory(dir, &files).ok());
  EXPECT_EQ(files, 2);
  // rebels attacked the town | troops fled . (and boundaries)
  EXPECT_EQ(c.vocab_size(), 1u + 7u);
  WordCorpus missing;
  EXPECT_FALSE(missing.AddDirectory(dir + "/nope").ok());
}

TEST(TaggerTest, ClustersGeneraliseToUnseenWords) {
  // "bombed" never occurs in the tagged data, but shares a word class with
  // "attacked"; "villages" shares one with "city".
  std::vector<Document> docs = ReadSample(kTiny);
  WordCorpus corpus;
  std::string text = ToyCorpus();
  for (auto [from, to] : {std::pair<std::string, std::string>{"won", "bombed"},
                          {"police", "villages"}}) {
    for (size_t p; (p = text.find(" " + from + " ")) != std::string::npos;)
      text.replace(p + 1, from.size(), to);
  }
  corpus.AddText(text);
  WordClusterOptions wo;
  wo.fine_classes = 8;
  wo.coarse_classes = 4;
  wo.min_count = 1;
  WordClusters wc = WordClusters::Build(corpus, wo);
  ASSERT_EQ(WordClusters::Coarse(wc.Lookup(ml::HashString("bombed"))),
            WordClusters::Coarse(wc.Lookup(ml::HashString("attacked"))));
  TrainOptions o;
  o.verbose = false;
  o.clusters = &wc;
  Tagger t = Tagger::Train(docs, {}, o);
  EXPECT_EQ(t.clusters().size(), wc.size());
  ASSERT_FALSE(docs.empty());
  ASSERT_EQ(docs[0].sentences[0].tokens.size(), 5u);
  TaggerScratch sc;
  t.ComputeHashes(docs[0].sentences[0], &sc);
  EXPECT_EQ(sc.tok[2].cluster, wc.Lookup(ml::HashString("attacked")));
  std::string bytes;
  ml::BinaryWriter w(&bytes);
  t.Save(&w);
  Tagger t2;
  ml::BinaryReader r(bytes, "test");
  ASSERT_TRUE(t2.Load(&r).ok());
  EXPECT_EQ(t2.clusters().size(), wc.size());

  ASSERT_NE(t2.cache_id(), 0u);
  // Tagging through the cache (t2, loaded) equals tagging without it (t,
  // trained: no cache id), also when the sentences repeat.
  Tagger uncached = t2;
  uncached.set_word_cache(false);
  TaggerScratch sc1, sc2;
  for (int round = 0; round < 2; ++round)
    for (const Document& d : docs)
      for (const Sentence& s : d.sentences) {
        Sentence a = s, b = s;
        t2.Tag(&a, &sc1);
        uncached.Tag(&b, &sc2);
        for (size_t i = 0; i < a.tokens.size(); ++i)
          EXPECT_EQ(a.tokens[i].xpos, b.tokens[i].xpos);
      }
}

// "X <verb>ed Y" with no other verb: VBD; "Y were <verb>ed": VBN.  The
// simulated first pass says VBN for both; the refiner must learn from the
// sentence (is there a finite verb before the token?) which one is wrong.
// Saves t, loads it into *loaded, and checks that the whole file was read
// and that saving the loaded tagger gives the same bytes.
::testing::AssertionResult RoundTrip(const Tagger& t, Tagger* loaded) {
  std::string bytes, again;
  ml::BinaryWriter w(&bytes);
  t.Save(&w);
  ml::BinaryReader r(bytes, "test");
  Status st = loaded->Load(&r);
  if (!st.ok()) return ::testing::AssertionFailure() << st.ToString();
  if (!r.done()) return ::testing::AssertionFailure() << "bytes left over";
  ml::BinaryWriter w2(&again);
  loaded->Save(&w2);
  if (again != bytes)
    return ::testing::AssertionFailure() << "saved again: other bytes";
  return ::testing::AssertionSuccess();
}

TEST(TagRefinerTest, LearnsFiniteVerbFromTheSentence) {
  std::string text;
  const char* verbs[] = {"killed",   "attacked", "bombed",   "shelled",
                         "raided",   "seized",   "captured", "blocked",
                         "stormed",  "besieged", "burned",   "looted",
                         "targeted", "invaded",  "hit",      "struck"};
  const char* nouns[] = {"troops", "rebels", "police", "militants"};
  int k = 0;
  for (const char* v : verbs)
    for (int rep = 0; rep < 2; ++rep, ++k) {
      const char* n1 = nouns[k % 4];
      const char* n2 = nouns[(k + 1) % 4];
      text += std::string("1\t") + n1 + "\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
              "2\t" + v + "\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n" + "3\t" + n2 +
              "\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n";
      text += std::string("1\t") + n2 + "\t_\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n" +
              "2\twere\t_\tAUX\tVBD\t_\t3\taux\t_\t_\n" + "3\t" + v +
              "\t_\tVERB\tVBN\t_\t0\troot\t_\t_\n\n";
    }
  std::vector<Document> docs = ReadSample(text);
  TrainOptions o;
  o.verbose = false;
  Tagger t = Tagger::Train(docs, {}, o);
  const int vbd = t.ClassOf(UPos::kVERB, "VBD");
  const int vbn = t.ClassOf(UPos::kVERB, "VBN");
  ASSERT_GE(vbd, 0);
  ASSERT_GE(vbn, 0);
  // Simulated first pass: gold, except every participle-looking verb is VBN.
  std::vector<const Sentence*> sents;
  std::vector<std::vector<int>> first;
  for (const Document& d : docs)
    for (const Sentence& s : d.sentences) {
      sents.push_back(&s);
      std::vector<int> f;
      for (const Token& tok : s.tokens)
        f.push_back(tok.upos == UPos::kVERB ? vbn
                                            : t.ClassOf(tok.upos, tok.xpos));
      first.push_back(f);
    }
  TagRefiner r = TagRefiner::Train(t, sents, first, 10, 42, false);
  ASSERT_FALSE(r.empty());
  EXPECT_GE(r.num_active(), 1);
  TaggerScratch sc;
  std::vector<uint64_t> feats;
  std::vector<int32_t> scores;
  // Unseen verb and nouns.
  std::vector<Document> test = ReadSample(
      "1\tguards\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tarrested\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tprotesters\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n"
      "1\tprotesters\t_\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
      "2\twere\t_\tAUX\tVBD\t_\t3\taux\t_\t_\n"
      "3\tarrested\t_\tVERB\tVBN\t_\t0\troot\t_\t_\n\n");
  ASSERT_EQ(test.size(), 1u);
  ASSERT_EQ(test[0].sentences.size(), 2u);
  const int nns = t.ClassOf(UPos::kNOUN, "NNS");
  const int were = t.ClassOf(UPos::kAUX, "VBD");
  t.SetFirstPass(test[0].sentences[0], {nns, vbn, nns}, &sc);
  r.Apply(&sc, &feats, &scores);
  EXPECT_EQ(sc.cls2[1], vbd);
  EXPECT_EQ(sc.cls2[0], nns);
  t.SetFirstPass(test[0].sentences[1], {nns, were, vbn}, &sc);
  r.Apply(&sc, &feats, &scores);
  EXPECT_EQ(sc.cls2[2], vbn);
  // The refiner is saved with the tagger.
  t.set_refiner(r);
  Tagger t2;
  ASSERT_TRUE(RoundTrip(t, &t2));
  EXPECT_EQ(t2.refiner().num_active(), r.num_active());
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
  Tagger t2;
  EXPECT_TRUE(RoundTrip(t, &t2));
}

// Share of kTiny's tokens that `t` tags right (UPOS and XPOS).
double TinyAccuracy(const Tagger& t, const std::vector<Document>& docs) {
  TaggerScratch sc;
  long ok = 0, n = 0;
  for (const Document& d : docs)
    for (const Sentence& gold : d.sentences) {
      Sentence s = gold;
      for (Token& tok : s.tokens) tok.xpos.clear(), tok.upos = UPos::kX;
      t.Tag(&s, &sc);
      for (size_t i = 0; i < s.tokens.size(); ++i, ++n)
        ok += s.tokens[i].upos == gold.tokens[i].upos &&
              s.tokens[i].xpos == gold.tokens[i].xpos;
    }
  return static_cast<double>(ok) / std::max(1L, n);
}

TEST(TaggerTest, BackwardPassRepairsAWeakFirstPass) {
  std::vector<Document> docs = ReadSample(kTiny);
  TrainOptions o;
  o.tagger_epochs = 10;
  o.verbose = false;
  // A first pass of two feature rows cannot tell the words apart ...
  o.tagger_max_features = 2;
  Tagger weak = Tagger::Train(docs, {}, o);
  EXPECT_FALSE(weak.backward());
  const double weak_acc = TinyAccuracy(weak, docs);
  EXPECT_LT(weak_acc, 0.9);
  // ... the right-to-left model (all rows) can: it is consulted for every
  // token, and its scores are read on the reversed sentence.
  o.tagger_backward = true;
  o.backward_threshold = 1e30f;
  Tagger t = Tagger::Train(docs, {}, o);
  ASSERT_TRUE(t.backward());
  EXPECT_EQ(TinyAccuracy(t, docs), 1.0) << "weak first pass: " << weak_acc;
  // With a threshold of 0 it is never consulted: the first pass's tags.
  o.backward_threshold = 0;
  Tagger off = Tagger::Train(docs, {}, o);
  EXPECT_EQ(TinyAccuracy(off, docs), weak_acc);
  // Save/Load keeps the model and its bytes.
  Tagger t2;
  ASSERT_TRUE(RoundTrip(t, &t2));
  EXPECT_TRUE(t2.backward());
  EXPECT_EQ(t2.backward_threshold(), t.backward_threshold());
  EXPECT_EQ(TinyAccuracy(t2, docs), 1.0);
  // A model without the backward pass has no extension: its file ends with
  // the refiner's "absent" byte right after the model.
  std::string bytes, plain;
  ml::BinaryWriter w(&bytes), w3(&plain);
  t.Save(&w);
  weak.Save(&w3);
  ASSERT_FALSE(plain.empty());
  EXPECT_EQ(plain.back(), 0);
  EXPECT_GT(bytes.size(), plain.size());
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
  std::string dir = ::khaldun::testing::TempDir() + "/wn";
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
