#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "io/conllu.h"
#include "khaldun/syntax.h"
#include "parse/beam.h"
#include "testing.h"

namespace khaldun {
namespace {

// Four small gold trees (EWT style).
constexpr char kTiny[] =
    "# newdoc id = a\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = b\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcity\tcity\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\trebels\trebel\tNOUN\tNNS\t_\t4\tobl:agent\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = c\n"
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\trebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "4\tfled\tflee\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\thid\thide\tVERB\tVBD\t_\t4\tconj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = d\n"
    "1\tIran\tIran\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\treply\treply\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

std::vector<Document> ReadSample() {
  std::string path = ::khaldun::testing::TempDir() + "/parse_tiny.conllu";
  {
    std::ofstream f(path);
    f << kTiny;
  }
  std::vector<Document> docs;
  Status s = ReadConlluFile(path, &docs);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return docs;
}

// Options for a tiny training run that must overfit the sample.
SyntaxTrainOptions TinyOptions() {
  SyntaxTrainOptions o;
  o.tagger_epochs = 10;
  o.parser_epochs = 20;
  o.jackknife_folds = 1;
  o.wordnet_dir = "";
  o.verbose = false;
  return o;
}

std::unique_ptr<SyntaxModel> TrainTiny() {
  SyntaxTrainOptions o = TinyOptions();
  o.data_description = "test";
  std::unique_ptr<SyntaxModel> m;
  Status s = SyntaxModel::Train(ReadSample(), {}, o, &m);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return m;
}

Document Stripped(const Document& gold) {
  Document d = gold;
  for (Sentence& s : d.sentences) {
    for (Token& t : s.tokens) {
      t.upos = UPos::kX;
      t.xpos.clear();
      t.lemma.clear();
      t.head = -1;
      t.deprel.clear();
    }
    s.tagged = s.parsed = false;
  }
  return d;
}

// A directory of unlabeled text for the word classes: `line` five times in
// TempDir()/name/news.txt.
constexpr const char* kTinyNews =
    "The army attacked the villages . The city was shelled by rebels . "
    "Officials said rebels fled and hid .";
std::string WriteTinyCorpus(const std::string& name, const std::string& line) {
  const std::string dir = ::khaldun::testing::TempDir() + "/" + name;
  EXPECT_EQ(std::system(("mkdir -p " + dir).c_str()), 0);
  std::ofstream f(dir + "/news.txt");
  for (int i = 0; i < 5; ++i) f << line << "\n";
  return dir;
}

// Saves `m` under `name`, reloads it, checks the bytes survive, and checks
// that both the trained and the reloaded model reproduce the heads and
// labels of the training sample (a tiny model must overfit it).
void ExpectRoundTripFitsSample(const SyntaxModel& m, const std::string& name) {
  const std::string path = ::khaldun::testing::TempDir() + "/" + name;
  ASSERT_TRUE(m.Save(path).ok());
  std::unique_ptr<SyntaxModel> m2;
  Status s = SyntaxModel::Load(path, &m2);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(m2->Serialize() == m.Serialize());
  for (const Document& gold : ReadSample()) {
    Document a = Stripped(gold), b = Stripped(gold);
    m.Annotate(&a);
    m2->Annotate(&b);
    for (size_t si = 0; si < a.sentences.size(); ++si)
      for (size_t i = 0; i < a.sentences[si].tokens.size(); ++i) {
        const Token& g = gold.sentences[si].tokens[i];
        EXPECT_EQ(a.sentences[si].tokens[i].head, g.head) << g.form;
        EXPECT_EQ(a.sentences[si].tokens[i].deprel, g.deprel) << g.form;
        EXPECT_EQ(b.sentences[si].tokens[i].head, g.head) << g.form;
        EXPECT_EQ(b.sentences[si].tokens[i].deprel, g.deprel) << g.form;
      }
  }
}

TEST(SyntaxModelTest, TinyTrainingOverfits) {
  std::unique_ptr<SyntaxModel> m = TrainTiny();
  ASSERT_TRUE(m);
  for (const Document& gold : ReadSample()) {
    Document d = Stripped(gold);
    m->Annotate(&d);
    for (size_t si = 0; si < d.sentences.size(); ++si) {
      EXPECT_TRUE(d.sentences[si].tagged);
      EXPECT_TRUE(d.sentences[si].parsed);
      for (size_t i = 0; i < d.sentences[si].tokens.size(); ++i) {
        const Token& g = gold.sentences[si].tokens[i];
        const Token& t = d.sentences[si].tokens[i];
        EXPECT_EQ(t.upos, g.upos) << g.form;
        EXPECT_EQ(t.xpos, g.xpos) << g.form;
        EXPECT_EQ(t.lemma, g.lemma) << g.form;
        EXPECT_EQ(t.head, g.head) << g.form;
        EXPECT_EQ(t.deprel, g.deprel) << g.form;
      }
    }
  }
}

// With unlabeled text the parser gets word-class features; the model still
// fits its training trees, says so in its header and round-trips.
TEST(SyntaxModelTest, WordClassFeatures) {
  const std::string dir = WriteTinyCorpus(
      "parse_corpus", std::string(kTinyNews) + " Iran did n't reply .");
  SyntaxTrainOptions o = TinyOptions();
  o.corpora_dir = dir;
  o.verbose = false;
  std::unique_ptr<SyntaxModel> m;
  Status s = SyntaxModel::Train(ReadSample(), {}, o, &m);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_NE(m->header().find("\"word_classes\": true"), std::string::npos)
      << m->header();
  ExpectRoundTripFitsSample(*m, "tiny_wc.syntax");
  // Without them: the flag is recorded.
  o.parser_clusters = false;
  ASSERT_TRUE(SyntaxModel::Train(ReadSample(), {}, o, &m).ok());
  EXPECT_NE(m->header().find("\"word_classes\": false"), std::string::npos);
}

// The experimental options (label features, gold-tag copies): the model
// still fits its training trees, and the label feature flag survives a
// file round trip (the reloaded model parses alike).
TEST(SyntaxModelTest, LabelFeaturesAndGoldTagCopies) {
  SyntaxTrainOptions o = TinyOptions();
  o.parser_label_features = true;
  o.parser_gold_tags = true;
  std::unique_ptr<SyntaxModel> m;
  ASSERT_TRUE(SyntaxModel::Train(ReadSample(), {}, o, &m).ok());
  ExpectRoundTripFitsSample(*m, "tiny_labels.syntax");
  std::unique_ptr<SyntaxModel> plain = TrainTiny();
  EXPECT_FALSE(plain->Serialize() == m->Serialize());
}

// Uptraining: the sentences of parser_extra (automatically parsed text)
// join the parser's training data only.  "obl:tmod" occurs in no training
// tree, so only a parser that learnt from the extra file can produce it.
TEST(SyntaxModelTest, UptrainingAddsTheExtraTrees) {
  const std::string extra = ::khaldun::testing::TempDir() + "/extra.conllu";
  {
    std::ofstream f(extra);
    f << "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
         "2\tfled\tflee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
         "3\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl:tmod\t_\t_\n"
         "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  }
  std::vector<Document> gold_extra;
  ASSERT_TRUE(ReadConlluFile(extra, &gold_extra).ok());
  auto parse_extra = [&](const SyntaxModel& m) {
    Sentence s = gold_extra[0].sentences[0];
    for (Token& t : s.tokens) t.head = -1, t.deprel.clear();
    s.parsed = false;
    m.Parse(&s);  // on the file's tags
    return s;
  };
  SyntaxTrainOptions o = TinyOptions();
  o.parser_extra = extra;
  std::unique_ptr<SyntaxModel> m;
  Status st = SyntaxModel::Train(ReadSample(), {}, o, &m);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_NE(m->header().find("\"uptraining_sentences\": 1"), std::string::npos)
      << m->header();
  const Sentence up = parse_extra(*m);
  const Sentence& g = gold_extra[0].sentences[0];
  for (size_t i = 0; i < g.tokens.size(); ++i) {
    EXPECT_EQ(up.tokens[i].head, g.tokens[i].head) << g.tokens[i].form;
    EXPECT_EQ(up.tokens[i].deprel, g.tokens[i].deprel) << g.tokens[i].form;
  }
  ExpectRoundTripFitsSample(*m, "tiny_uptrained.syntax");
  EXPECT_NE(parse_extra(*TrainTiny()).tokens[2].deprel, "obl:tmod");

  // A missing file, or one without trees, is an error naming it.
  o.parser_extra = extra + ".missing";
  st = SyntaxModel::Train(ReadSample(), {}, o, &m);
  EXPECT_EQ(st.code(), Status::Code::kNotFound) << st.ToString();
  const std::string bare = ::khaldun::testing::TempDir() + "/bare.conllu";
  {
    std::ofstream f(bare);
    f << "1\tRebels\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  }
  o.parser_extra = bare;
  st = SyntaxModel::Train(ReadSample(), {}, o, &m);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("bare.conllu"), std::string::npos)
      << st.ToString();
}

// Beam search with global training: the model fits its training trees,
// records its width in the header and the file, and round-trips; both
// updates work, and the width can be overridden for decoding.
TEST(SyntaxModelTest, BeamTrainingOverfits) {
  for (bool early : {false, true}) {
    SyntaxTrainOptions o = TinyOptions();
    o.parser_beam = 4;
    o.parser_beam_early = early;
    std::unique_ptr<SyntaxModel> m;
    ASSERT_TRUE(SyntaxModel::Train(ReadSample(), {}, o, &m).ok());
    EXPECT_EQ(m->parser_beam(), 4);
    EXPECT_NE(m->header().find("\"beam\": 4"), std::string::npos)
        << m->header();
    ExpectRoundTripFitsSample(
        *m, early ? "tiny_beam_early.syntax" : "tiny_beam.syntax");
    std::unique_ptr<SyntaxModel> again;
    ASSERT_TRUE(SyntaxModel::Train(ReadSample(), {}, o, &again).ok());
    EXPECT_TRUE(again->Serialize() == m->Serialize());  // deterministic
    // Greedy decoding of the beam-trained model still gives trees.
    m->set_parser_beam(1);
    Document d = Stripped(ReadSample()[0]);
    m->Annotate(&d);
    int roots = 0;
    for (const Token& t : d.sentences[0].tokens) roots += t.head < 0;
    EXPECT_EQ(roots, 1);
  }
  // Width 1 is the greedy parser: the same bytes as without the option.
  SyntaxTrainOptions o = TinyOptions();
  o.data_description = "test";
  o.parser_beam = 1;
  std::unique_ptr<SyntaxModel> m;
  ASSERT_TRUE(SyntaxModel::Train(ReadSample(), {}, o, &m).ok());
  EXPECT_EQ(m->parser_beam(), 1);
  EXPECT_TRUE(m->Serialize() == TrainTiny()->Serialize());
}

// The neural scorer (--parser-nn): a tiny model fits its training trees,
// says so in its header, round-trips through the file (identical parses
// and bytes) and trains deterministically; without it the bytes are those
// of the perceptron parser.
TEST(SyntaxModelTest, NeuralParserOverfits) {
  SyntaxTrainOptions o = TinyOptions();
  o.parser_nn.enabled = true;
  o.parser_nn.epochs = 60;
  o.parser_nn.word_dim = 16;
  o.parser_nn.tag_dim = 8;
  o.parser_nn.class_dim = 4;
  o.parser_nn.lstm_dim = 16;
  o.parser_nn.lstm_layers = 1;
  o.parser_nn.hidden = 16;
  o.parser_nn.label_hidden = 16;
  o.parser_nn.learning_rate = 0.01f;
  std::unique_ptr<SyntaxModel> m;
  ASSERT_TRUE(SyntaxModel::Train(ReadSample(), {}, o, &m).ok());
  EXPECT_NE(m->header().find("\"scorer\": {\"model\": \"bilstm\""),
            std::string::npos)
      << m->header();
  ExpectRoundTripFitsSample(*m, "tiny_nn.syntax");
  std::unique_ptr<SyntaxModel> again;
  ASSERT_TRUE(SyntaxModel::Train(ReadSample(), {}, o, &again).ok());
  EXPECT_TRUE(again->Serialize() == m->Serialize());
  // Two layers, dropout and weight averaging train too.
  o.parser_nn.lstm_layers = 2;
  o.parser_nn.dropout_in = 0.1f;
  o.parser_nn.dropout_out = 0.1f;
  o.parser_nn.average = 0.9f;
  ASSERT_TRUE(SyntaxModel::Train(ReadSample(), {}, o, &again).ok());
  ExpectRoundTripFitsSample(*again, "tiny_nn2.syntax");
  o.parser_nn.enabled = false;
  o.data_description = "test";
  ASSERT_TRUE(SyntaxModel::Train(ReadSample(), {}, o, &m).ok());
  EXPECT_TRUE(m->Serialize() == TrainTiny()->Serialize());
}

// Projectivisation by lifting, and the static oracle's derivation.
TEST(BeamTest, ProjectivizeAndStaticOracle) {
  // Heads (n = 4 = root): 0 <- 2 (root), 1 <- 3, 3 <- 0.  The arcs 3 -> 1
  // and 0 -> 3 cover the root word 2, which they do not dominate.  The
  // shorter is lifted first (1 to 3's head 0), then 3 to 0's head 2.
  const std::vector<int> h = {2, 3, 4, 0};
  std::vector<int> lifted = h;
  EXPECT_EQ(Projectivize(&lifted), 2);
  EXPECT_EQ(lifted, (std::vector<int>{2, 0, 4, 2}));
  EXPECT_EQ(Projectivize(&lifted), 0);
  // A projective tree is left alone, and the static oracle derives it.
  std::vector<int> p = {1, 5, 3, 1, 1};
  std::vector<int> q = p;
  EXPECT_EQ(Projectivize(&q), 0);
  EXPECT_EQ(q, p);
  const int n = 5;
  std::vector<int> gold = {1, 5, 3, 1, 1, -1};  // p and the root
  std::vector<int> deps(n + 1, 0), done(n + 1, 0), made(n, -1), stack;
  for (int i = 0; i < n; ++i) ++deps[gold[i]];
  int b = 0;
  for (int steps = 0; steps < 2 * n; ++steps) {
    const int m = StaticOracle(stack, b, n, gold, done, deps);
    ASSERT_GE(m, 0);
    if (m == Parser::kShift) {
      stack.push_back(b++);
      continue;
    }
    const int d = stack.back();
    stack.pop_back();
    const int hd = m == Parser::kLeft ? b : stack.back();
    made[d] = hd;
    ++done[hd];
  }
  EXPECT_TRUE(stack.empty());
  EXPECT_EQ(b, n);
  for (int i = 0; i < n; ++i) EXPECT_EQ(made[i], p[i]) << i;
  // The non-projective tree: the oracle gets stuck.
  const int n2 = 4;
  gold = {2, 3, 4, 0, -1};  // h and the root
  deps.assign(n2 + 1, 0);
  done.assign(n2 + 1, 0);
  for (int i = 0; i < n2; ++i) ++deps[gold[i]];
  stack.clear();
  b = 0;
  bool stuck = false;
  for (int steps = 0; steps < 2 * n2 && !stuck; ++steps) {
    const int m = StaticOracle(stack, b, n2, gold, done, deps);
    if (m < 0) {
      stuck = true;
    } else if (m == Parser::kShift) {
      stack.push_back(b++);
    } else {
      stack.pop_back();
      ++done[m == Parser::kLeft ? b : stack.back()];
    }
  }
  EXPECT_TRUE(stuck);
}

// Training the parser alone on the cached jackknifed tags, keeping the
// tagger of a full training, writes the full training's bytes; a cache of
// other data is refused.
TEST(SyntaxModelTest, ParserOnlyTrainingMatchesFullTraining) {
  const std::string dir = WriteTinyCorpus("parse_corpus_po", kTinyNews);
  const std::string tmp = ::khaldun::testing::TempDir();
  SyntaxTrainOptions o;
  o.tagger_epochs = 5;
  o.parser_epochs = 5;
  o.jackknife_folds = 2;
  o.wordnet_dir = "";
  o.corpora_dir = dir;
  o.verbose = false;
  o.jackknife_cache = tmp + "/tiny.jackknife";
  std::remove(o.jackknife_cache.c_str());
  std::unique_ptr<SyntaxModel> full;
  Status s = SyntaxModel::Train(ReadSample(), {}, o, &full);
  ASSERT_TRUE(s.ok()) << s.ToString();
  const std::string path = tmp + "/tiny_full.syntax";
  ASSERT_TRUE(full->Save(path).ok());
  o.base_model = path;
  std::unique_ptr<SyntaxModel> parser_only;
  s = SyntaxModel::Train(ReadSample(), {}, o, &parser_only);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(parser_only->header(), full->header());
  EXPECT_TRUE(parser_only->Serialize() == full->Serialize());
  // Other training data: the cache does not fit.
  std::vector<Document> fewer = ReadSample();
  fewer.pop_back();
  s = SyntaxModel::Train(fewer, {}, o, &parser_only);
  EXPECT_FALSE(s.ok());
  // No cache: refused.
  o.jackknife_cache.clear();
  EXPECT_FALSE(SyntaxModel::Train(ReadSample(), {}, o, &parser_only).ok());
}

TEST(SyntaxModelTest, CommittedModelsSerializeToTheirFileBytes) {
  // Loading spreads the hash tables in memory; saving writes the file's
  // layout again.
  for (const char* name :
       {"en_ewt.syntax", "en_ewt_nn.syntax", "en_ewt_nn_small.syntax"}) {
    const std::string path = ::khaldun::testing::DataDir() + "/models/" + name;
    std::ifstream f(path, std::ios::binary);
    if (!f) {
      ADD_FAILURE() << path << " absent (run `make train`)";
      continue;
    }
    std::stringstream file;
    file << f.rdbuf();
    std::unique_ptr<SyntaxModel> m;
    Status s = SyntaxModel::Load(path, &m);
    ASSERT_TRUE(s.ok()) << s.ToString();
    EXPECT_TRUE(m->Serialize() == file.str()) << name;
  }
}

TEST(SyntaxModelTest, FileRoundTripAndVersionCheck) {
  std::unique_ptr<SyntaxModel> m = TrainTiny();
  ASSERT_TRUE(m);
  std::string path = ::khaldun::testing::TempDir() + "/tiny.syntax";
  ASSERT_TRUE(m->Save(path).ok());
  std::unique_ptr<SyntaxModel> m2;
  Status s = SyntaxModel::Load(path, &m2);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(m2->Serialize(), m->Serialize());
  EXPECT_NE(m2->header().find("\"version\": " +
                              std::to_string(SyntaxModel::kFormatVersion)),
            std::string::npos)
      << m2->header();
  // Same annotations from the reloaded model.
  for (const Document& gold : ReadSample()) {
    Document a = Stripped(gold), b = Stripped(gold);
    m->Annotate(&a);
    m2->Annotate(&b);
    std::string ca, cb;
    WriteConllu(a, &ca);
    WriteConllu(b, &cb);
    EXPECT_EQ(ca, cb);
  }
  // Training again gives the same bytes.
  EXPECT_EQ(TrainTiny()->Serialize(), m->Serialize());

  std::string bytes = m->Serialize();
  auto load_bytes = [&](const std::string& data) {
    std::string p = ::khaldun::testing::TempDir() + "/bad.syntax";
    std::ofstream(p, std::ios::binary) << data;
    std::unique_ptr<SyntaxModel> x;
    return SyntaxModel::Load(p, &x);
  };
  std::string other_version = bytes;
  other_version[8] = 99;  // the uint32 after the 8-byte magic
  s = load_bytes(other_version);
  EXPECT_EQ(s.code(), Status::Code::kDataLoss);
  EXPECT_NE(s.message().find("format version 99"), std::string::npos)
      << s.message();
  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  EXPECT_EQ(load_bytes(bad_magic).code(), Status::Code::kDataLoss);
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x55;
  EXPECT_EQ(load_bytes(flipped).code(), Status::Code::kDataLoss);
  EXPECT_EQ(load_bytes(bytes.substr(0, bytes.size() - 100)).code(),
            Status::Code::kDataLoss);
  std::unique_ptr<SyntaxModel> none;
  EXPECT_EQ(
      SyntaxModel::Load(::khaldun::testing::TempDir() + "/absent.syntax", &none)
          .code(),
      Status::Code::kNotFound);
}

// ---- the committed model on sentences that matter for event coding -------

// The committed models (data/models): the greedy perceptron parser of the
// pipeline, and the BiLSTM parser (`make train` writes both).
constexpr char kPerceptronModel[] = "en_ewt.syntax";
constexpr char kNeuralModel[] = "en_ewt_nn.syntax";
constexpr char kSmallNeuralModel[] = "en_ewt_nn_small.syntax";

class CommittedModelTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    path_ = ::khaldun::testing::DataDir() + "/models/" + GetParam();
    if (!::khaldun::testing::FileExists(path_))
      GTEST_SKIP() << "no committed model at " << path_
                   << " (run `make train`)";
    // Loaded once per model for all the tests.
    static std::map<std::string, std::unique_ptr<SyntaxModel>> loaded;
    std::unique_ptr<SyntaxModel>& m = loaded[path_];
    if (!m) {
      Status s = SyntaxModel::Load(path_, &m);
      ASSERT_TRUE(s.ok()) << s.ToString();
    }
    model_ = m.get();
  }
  // Parses space-separated tokens (EWT tokenisation) as one sentence.
  Document Parse(const std::string& tokens) const {
    Document d;
    d.text = tokens;
    Sentence s;
    std::istringstream in(tokens);
    std::string w;
    size_t pos = 0;
    while (in >> w) {
      pos = d.text.find(w, pos);
      Token t;
      t.span = {static_cast<uint32_t>(pos),
                static_cast<uint32_t>(pos + w.size())};
      t.norm = w;
      s.tokens.push_back(t);
      pos += w.size();
    }
    s.span = {0, static_cast<uint32_t>(d.text.size())};
    d.sentences.push_back(s);
    d.RebaseViews();
    model_->Annotate(&d);
    return d;
  }
  static int Find(const Sentence& s, std::string_view form) {
    for (size_t i = 0; i < s.tokens.size(); ++i)
      if (s.tokens[i].form == form) return static_cast<int>(i);
    return -2;
  }
  // "head of `dep` is `head` with a relation starting with `rel`".
  static ::testing::AssertionResult Arc(const Document& d,
                                        std::string_view head,
                                        std::string_view dep,
                                        std::string_view rel) {
    const Sentence& s = d.sentences[0];
    int h = head == "ROOT" ? -1 : Find(s, head), i = Find(s, dep);
    if (i < 0) return ::testing::AssertionFailure() << "no token " << dep;
    const Token& t = s.tokens[i];
    std::string got = std::string(t.deprel) + "(" +
                      (t.head < 0 ? std::string("ROOT")
                                  : std::string(s.tokens[t.head].form)) +
                      ", " + std::string(dep) + ")";
    std::string conllu;
    WriteConllu(d, &conllu);
    if (t.head != h || t.deprel.compare(0, rel.size(), rel) != 0)
      return ::testing::AssertionFailure()
             << "expected " << rel << "(" << head << ", " << dep << "), got "
             << got << "\n"
             << conllu;
    return ::testing::AssertionSuccess();
  }
  std::string path_;
  const SyntaxModel* model_ = nullptr;
};

INSTANTIATE_TEST_SUITE_P(Models, CommittedModelTest,
                         ::testing::Values(kPerceptronModel, kNeuralModel,
                                           kSmallNeuralModel),
                         [](const ::testing::TestParamInfo<const char*>& p) {
                           const std::string m = p.param;
                           return m == kNeuralModel        ? "BiLstm"
                                  : m == kSmallNeuralModel ? "SmallBiLstm"
                                                           : "Perceptron";
                         });

// Annotating a document (the neural parser batches its sentences) gives
// each sentence the tree it gets alone, across the batch limit of
// Parser::kBatchSentences and with sentences of different lengths.
TEST_P(CommittedModelTest, DocumentGivesEachSentenceItsOwnTree) {
  const std::vector<std::string> texts = {
      "The convoy was attacked by insurgents near Baghdad .",
      "Iran did not attack the embassy .",
      "Officials said rebels attacked the town on Tuesday .",
      "Iraqi Prime Minister Mohammed Shia al-Sudani expressed the country 's "
      "desire for an orderly exit of US - led forces .",
      "Talks resumed .",
      "The minister , who arrived in Cairo late on Monday , met his Egyptian "
      "counterpart and the two sides signed an agreement on trade and "
      "security cooperation .",
      "No ."};
  Document doc;
  std::vector<Document> alone;
  for (int i = 0; i < Parser::kBatchSentences + 9; ++i) {
    const std::string& text = texts[(i * 5) % texts.size()];
    alone.push_back(Parse(text));
    Sentence s = alone.back().sentences[0];
    const uint32_t at = static_cast<uint32_t>(doc.text.size());
    doc.text += text + " ";
    for (Token& t : s.tokens) {
      t.span = {t.span.begin + at, t.span.end + at};
      t.head = -1;
      t.deprel = {};
      t.upos = UPos::kX;
    }
    s.span = {at, at + static_cast<uint32_t>(text.size())};
    doc.sentences.push_back(s);
  }
  doc.RebaseViews();
  model_->Annotate(&doc);
  for (size_t i = 0; i < alone.size(); ++i) {
    const Sentence& a = alone[i].sentences[0];
    const Sentence& b = doc.sentences[i];
    ASSERT_EQ(a.tokens.size(), b.tokens.size());
    for (size_t k = 0; k < a.tokens.size(); ++k) {
      EXPECT_EQ(a.tokens[k].head, b.tokens[k].head) << i << ":" << k;
      EXPECT_EQ(a.tokens[k].deprel, b.tokens[k].deprel) << i << ":" << k;
    }
  }
}

// The header says which parser the file holds (the provenance users see).
TEST_P(CommittedModelTest, HeaderNamesTheParser) {
  const std::string& h = model_->header();
  const bool neural = std::string(GetParam()) != kPerceptronModel;
  EXPECT_EQ(h.find("BiLSTM scorer") != std::string::npos, neural) << h;
  EXPECT_EQ(h.find("\"scorer\": {\"model\": \"bilstm\"") != std::string::npos,
            neural)
      << h;
  EXPECT_NE(h.find("CC BY-SA 4.0"), std::string::npos) << h;
}

TEST_P(CommittedModelTest, PassiveWithByAgent) {
  Document d = Parse("The convoy was attacked by insurgents near Baghdad .");
  EXPECT_TRUE(Arc(d, "ROOT", "attacked", "root"));
  EXPECT_TRUE(Arc(d, "attacked", "convoy", "nsubj:pass"));
  EXPECT_TRUE(Arc(d, "attacked", "was", "aux:pass"));
  EXPECT_TRUE(Arc(d, "attacked", "insurgents", "obl"));
  EXPECT_TRUE(Arc(d, "insurgents", "by", "case"));
  EXPECT_EQ(d.sentences[0].tokens[3].lemma, "attack");
}

TEST_P(CommittedModelTest, Negation) {
  Document d = Parse("Iran did not attack the embassy .");
  EXPECT_TRUE(Arc(d, "ROOT", "attack", "root"));
  EXPECT_TRUE(Arc(d, "attack", "not", "advmod"));
  EXPECT_TRUE(Arc(d, "attack", "Iran", "nsubj"));
  EXPECT_TRUE(Arc(d, "attack", "embassy", "obj"));
}

TEST_P(CommittedModelTest, CoordinatedSubjects) {
  Document d = Parse("Russia and China condemned the air strike .");
  EXPECT_TRUE(Arc(d, "condemned", "Russia", "nsubj"));
  EXPECT_TRUE(Arc(d, "Russia", "China", "conj"));
  EXPECT_TRUE(Arc(d, "China", "and", "cc"));
  EXPECT_TRUE(Arc(d, "condemned", "strike", "obj"));
}

TEST_P(CommittedModelTest, RelativeClause) {
  Document d = Parse("Police arrested the men who attacked the mosque .");
  EXPECT_TRUE(Arc(d, "arrested", "men", "obj"));
  EXPECT_TRUE(Arc(d, "men", "attacked", "acl:relcl"));
  EXPECT_TRUE(Arc(d, "attacked", "who", "nsubj"));
  EXPECT_TRUE(Arc(d, "attacked", "mosque", "obj"));
}

// Formerly a known failure: the tagger tagged "attacked" after "rebels" as
// VBN and the parser read "rebels attacked the town" as a reduced relative.
// tag::RepairFiniteVerbs (src/tag/finite_verb.h) now retags it VBD.
TEST_P(CommittedModelTest, ReportedSpeech) {
  Document d = Parse("Officials said rebels attacked the town on Monday .");
  EXPECT_TRUE(Arc(d, "ROOT", "said", "root"));
  EXPECT_TRUE(Arc(d, "said", "Officials", "nsubj"));
  EXPECT_TRUE(Arc(d, "said", "attacked", "ccomp"));
  EXPECT_TRUE(Arc(d, "attacked", "rebels", "nsubj"));
  EXPECT_TRUE(Arc(d, "attacked", "town", "obj"));
}

// "US-led forces bombed the village" (the pipeline's tokenisation): "bombed"
// was tagged VBN and attached as acl(forces, bombed); RepairFiniteVerbs
// retags it VBD.
TEST_P(CommittedModelTest, UsLedForces) {
  Document u = Parse("US-led forces bombed the village .");
  EXPECT_TRUE(Arc(u, "bombed", "forces", "nsubj"));
  EXPECT_TRUE(Arc(u, "bombed", "village", "obj"));
  const Sentence& s = u.sentences[0];
  EXPECT_EQ(s.tokens[0].head, 1) << s.tokens[0].deprel;
}

// With EWT's split hyphen ("US - led") the perceptron parser makes "led"
// the root although the tags are right (led VBN, bombed VBD): a known
// failure of that model, which the BiLSTM parser does not share.
TEST_P(CommittedModelTest, UsLedForcesSplitHyphen) {
  if (std::string(GetParam()) == kPerceptronModel)
    GTEST_SKIP() << "known failure of the perceptron parser";
  Document d = Parse("US - led forces bombed the village .");
  EXPECT_TRUE(Arc(d, "bombed", "forces", "nsubj"));
  EXPECT_TRUE(Arc(d, "forces", "led", "amod"));
  EXPECT_TRUE(Arc(d, "bombed", "village", "obj"));
}

}  // namespace
}  // namespace khaldun
