// SyntaxModel: the tagger, lemmatizer and parser in one file.
//
// File layout (little-endian):
//   "KHSYNTAX"  8-byte magic
//   uint32      format version (SyntaxModel::kFormatVersion)
//   string      header: JSON (training data, options, sizes); uint32 length
//   uint64      length of the body
//   body        tagger, lemmatizer, parser sections
//   uint64      FNV-1a hash of the body
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "io/conllu.h"
#include "io/file_util.h"
#include "khaldun/syntax.h"
#include "parse/parser.h"
#include "tag/finite_verb.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"

namespace khaldun {
namespace {

constexpr char kMagic[8] = {'K', 'H', 'S', 'Y', 'N', 'T', 'A', 'X'};

uint64_t Fnv(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string JsonEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

struct Scratch {
  TaggerScratch tag;
  ParserScratch parse;
  std::string lemma;
  std::vector<Sentence*> batch;
};

Scratch& ThreadScratch() {
  static thread_local Scratch s;
  return s;
}

// The jackknifed tags of the parser's training sentences: a first line
// "khaldun-jackknife 1 <sentences> <tokens>", then one line per sentence of
// tab-separated "<upos number> <xpos>" pairs.
Status WriteJackknifeCache(const std::string& path,
                           const std::vector<Sentence>& sents) {
  std::ostringstream o;
  size_t ntok = 0;
  for (const Sentence& s : sents) ntok += s.tokens.size();
  o << "khaldun-jackknife 1 " << sents.size() << " " << ntok << "\n";
  for (const Sentence& s : sents) {
    for (size_t i = 0; i < s.tokens.size(); ++i)
      o << (i ? "\t" : "") << static_cast<int>(s.tokens[i].upos) << " "
        << s.tokens[i].xpos;
    o << "\n";
  }
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << o.str();
  f.close();
  if (!f) return Status::IOError(path + ": cannot write");
  return Status::OK();
}

Status ReadJackknifeCache(const std::string& path,
                          std::vector<Sentence>* sents) {
  std::string data;
  Status st = ReadFileToString(path, &data);
  if (!st.ok()) return st;
  std::istringstream in(data);
  std::string magic;
  int version = 0;
  size_t ns = 0, nt = 0, ntok = 0;
  in >> magic >> version >> ns >> nt;
  for (const Sentence& s : *sents) ntok += s.tokens.size();
  if (magic != "khaldun-jackknife" || version != 1 || ns != sents->size() ||
      nt != ntok)
    return Status::InvalidArgument(path +
                                   ": not the jackknife cache of this data");
  for (Sentence& s : *sents)
    for (Token& t : s.tokens) {
      int u = -1;
      if (!(in >> u >> t.xpos) || u < 0)
        return Status::DataLoss(path + ": truncated jackknife cache");
      t.upos = static_cast<UPos>(u);
    }
  return Status::OK();
}

// The tagger's optional backward pass and model size limits.
void SetTaggerBackwardOptions(const SyntaxTrainOptions& o, TrainOptions* to) {
  const size_t all = static_cast<size_t>(-1);
  to->tagger_max_features = o.tagger_max_features ? o.tagger_max_features : all;
  to->tagger_backward = o.tagger_backward;
  to->backward_threshold = o.tagger_backward_threshold;
  to->backward_max_features =
      o.tagger_backward_max_features ? o.tagger_backward_max_features : all;
}

// The header's description of the tagger's backward pass ("" without one,
// so that models without it keep their bytes).
std::string BackwardHeader(const Tagger& t) {
  if (!t.backward()) return "";
  std::ostringstream h;
  h << ", \"backward_pass\": {\"threshold\": " << t.backward_threshold() << "}";
  return h.str();
}

// The header's description of the neural scorer ("" without it, so that
// other models keep their bytes).
std::string NnHeader(const NnParserOptions& nn) {
  if (!nn.enabled) return "";
  std::ostringstream h;
  h << ", \"scorer\": {\"model\": \"bilstm\", \"epochs\": " << nn.epochs
    << ", \"lstm\": [" << nn.lstm_layers << ", " << nn.lstm_dim
    << "], \"embeddings\": [" << nn.word_dim << ", " << nn.tag_dim << ", "
    << nn.class_dim << "], \"hidden\": [" << nn.hidden << ", "
    << nn.label_hidden << "], \"dropout\": [" << nn.dropout_in << ", "
    << nn.dropout_out << "], \"average\": " << nn.average << "}";
  return h.str();
}

}  // namespace

struct SyntaxModel::Impl {
  std::string header;
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;

  // Annotate's steps before parsing.
  void TagAndLemmatize(Sentence* s, Scratch* sc) const {
    tagger.Tag(s, &sc->tag);
    tag::RepairFiniteVerbs(s);  // "Rebels attacked the town": VBD, not VBN
    lemmatizer.Lemmatize(s, &sc->lemma);
  }
};

SyntaxModel::SyntaxModel() : impl_(new Impl) {}
SyntaxModel::~SyntaxModel() = default;

std::string SyntaxModel::PathIn(const std::string& data_dir) {
  if (data_dir.empty()) return DefaultPath();
  return data_dir + "/models/en_ewt.syntax";
}

std::string SyntaxModel::DefaultPath() {
  const char* env = std::getenv("KHALDUN_DATA");
  std::string dir = env && *env ? env : KHALDUN_DATA_DIR;
  return dir + "/models/en_ewt.syntax";
}

const std::string& SyntaxModel::header() const { return impl_->header; }

int SyntaxModel::parser_beam() const { return impl_->parser.beam(); }
void SyntaxModel::set_parser_beam(int k) { impl_->parser.set_beam(k); }

size_t SyntaxModel::bytes() const {
  return impl_->tagger.bytes() + impl_->lemmatizer.bytes() +
         impl_->parser.bytes();
}

void SyntaxModel::Tag(Sentence* s) const {
  impl_->tagger.Tag(s, &ThreadScratch().tag);
  tag::RepairFiniteVerbs(s);  // as Annotate does
}

void SyntaxModel::Lemmatize(Sentence* s) const {
  impl_->lemmatizer.Lemmatize(s, &ThreadScratch().lemma);
}

void SyntaxModel::Parse(Sentence* s) const {
  impl_->parser.Parse(s, &ThreadScratch().parse);
}

void SyntaxModel::Parse(Sentence* const* s, int count) const {
  impl_->parser.ParseBatch(s, count, &ThreadScratch().parse);
}

void SyntaxModel::Annotate(Sentence* s) const {
  if (s->tokens.empty()) return;
  Scratch& sc = ThreadScratch();
  impl_->TagAndLemmatize(s, &sc);
  // The tagger's per-token word classes (same words, same table).
  impl_->parser.Parse(s, &sc.parse, &sc.tag.tok);
}

void SyntaxModel::Annotate(Document* doc) const {
  if (!impl_->parser.neural()) {
    for (Sentence& s : doc->sentences) Annotate(&s);
    return;
  }
  // The neural parser runs several sentences' BiLSTM steps together: tag
  // and lemmatise all, then parse them as a batch (the same trees).
  Scratch& sc = ThreadScratch();
  std::vector<Sentence*>& batch = sc.batch;
  batch.clear();
  for (Sentence& s : doc->sentences) {
    if (s.tokens.empty()) continue;
    impl_->TagAndLemmatize(&s, &sc);
    batch.push_back(&s);
  }
  impl_->parser.ParseBatch(batch.data(), static_cast<int>(batch.size()),
                           &sc.parse);
}

std::string SyntaxModel::Serialize() const {
  std::string body;
  ml::BinaryWriter bw(&body);
  impl_->tagger.Save(&bw);
  impl_->lemmatizer.Save(&bw);
  impl_->parser.Save(&bw);
  std::string out(kMagic, sizeof(kMagic));
  ml::BinaryWriter w(&out);
  w.Put<uint32_t>(kFormatVersion);
  w.PutString(impl_->header);
  w.Put<uint64_t>(body.size());
  out += body;
  w.Put<uint64_t>(Fnv(body));
  return out;
}

Status SyntaxModel::Save(const std::string& path) const {
  std::string data = Serialize();
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return Status::IOError(path + ": cannot write");
  f.write(data.data(), static_cast<std::streamsize>(data.size()));
  f.close();
  if (!f) return Status::IOError(path + ": write failed");
  return Status::OK();
}

Status SyntaxModel::Load(const std::string& path,
                         std::unique_ptr<SyntaxModel>* out) {
  std::string data;
  Status st = ReadFileToString(path, &data);
  if (!st.ok()) return Status::NotFound("syntax model " + st.message());
  if (data.size() < sizeof(kMagic) + 4 ||
      data.compare(0, sizeof(kMagic), kMagic, sizeof(kMagic)) != 0)
    return Status::DataLoss(path + ": not a Khaldun syntax model (bad magic)");
  ml::BinaryReader r(std::string_view(data).substr(sizeof(kMagic)), path);
  uint32_t version = 0;
  KHALDUN_ML_TRY(r.Get(&version));
  if (version != kFormatVersion)
    return Status::DataLoss(path + ": syntax model format version " +
                            std::to_string(version) + ", this build reads " +
                            std::to_string(kFormatVersion) +
                            " (retrain with `khaldun train`)");
  std::unique_ptr<SyntaxModel> m(new SyntaxModel());
  KHALDUN_ML_TRY(r.GetString(&m->impl_->header));
  uint64_t body_size = 0;
  KHALDUN_ML_TRY(r.Get(&body_size));
  size_t body_begin = sizeof(kMagic) + 4 + 4 + m->impl_->header.size() + 8;
  if (data.size() < body_begin || data.size() - body_begin < body_size + 8)
    return Status::DataLoss(path + ": truncated model file");
  std::string_view body = std::string_view(data).substr(body_begin, body_size);
  uint64_t sum;
  std::memcpy(&sum, data.data() + body_begin + body_size, 8);
  if (sum != Fnv(body))
    return Status::DataLoss(path + ": checksum mismatch (corrupt model)");
  ml::BinaryReader br(body, path);
  KHALDUN_ML_TRY(m->impl_->tagger.Load(&br));
  KHALDUN_ML_TRY(m->impl_->lemmatizer.Load(&br));
  KHALDUN_ML_TRY(m->impl_->parser.Load(&br));
  m->impl_->parser.set_clusters(&m->impl_->tagger.clusters());
  if (!br.done()) return br.Corrupt("trailing bytes");
  *out = std::move(m);
  return Status::OK();
}

Status SyntaxModel::Train(const std::vector<Document>& train,
                          const std::vector<Document>& dev,
                          const SyntaxTrainOptions& o,
                          std::unique_ptr<SyntaxModel>* out) {
  auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  };
  std::vector<const Sentence*> sents;
  for (const Document& d : train)
    for (const Sentence& s : d.sentences)
      if (s.tagged && s.parsed && !s.tokens.empty()) sents.push_back(&s);
  if (sents.empty())
    return Status::InvalidArgument("no tagged and parsed training sentences");
  TrainOptions to;
  to.tagger_epochs = o.tagger_epochs;
  to.parser_epochs = o.parser_epochs;
  to.seed = o.seed;
  to.verbose = o.verbose;
  to.parser_clusters = o.parser_clusters;
  to.parser_label_features = o.parser_label_features;
  to.parser_beam = o.parser_beam;
  to.parser_beam_early = o.parser_beam_early;
  to.parser_nn = o.parser_nn;
  SetTaggerBackwardOptions(o, &to);
  std::unique_ptr<SyntaxModel> m(new SyntaxModel());
  Impl& im = *m->impl_;
  const bool parser_only = !o.base_model.empty();
  if (parser_only && o.jackknife_cache.empty())
    return Status::InvalidArgument(
        "training the parser alone needs the jackknife cache");

  // Word clusters from unlabeled text, shared by all the taggers below.
  WordClusters clusters;
  size_t cluster_tokens = 0;
  std::vector<Sentence> retagged;
  retagged.reserve(sents.size());
  for (const Sentence* s : sents) retagged.push_back(*s);
  int wn = 0;
  if (parser_only) {
    std::unique_ptr<SyntaxModel> base;
    Status bs = Load(o.base_model, &base);
    if (!bs.ok()) return bs;
    // The header's figures of the parts kept, as the full training wrote
    // them.
    auto number = [&](const std::string& key) -> uint64_t {
      const std::string& bh = base->impl_->header;
      const size_t at = bh.find("\"" + key + "\": ");
      if (at == std::string::npos) return 0;
      return std::strtoull(bh.c_str() + at + key.size() + 4, nullptr, 10);
    };
    cluster_tokens = number("corpus_tokens");
    wn = static_cast<int>(number("wordnet_exceptions"));
    im.tagger = std::move(base->impl_->tagger);
    im.lemmatizer = std::move(base->impl_->lemmatizer);
    bs = ReadJackknifeCache(o.jackknife_cache, &retagged);
    if (!bs.ok()) return bs;
    if (!im.tagger.clusters().empty()) to.clusters = &im.tagger.clusters();
    if (o.verbose)
      std::cerr << "parser only: tagger and lemmatizer of " << o.base_model
                << ", tags from " << o.jackknife_cache << "\n";
  }
  if (!parser_only && !o.corpora_dir.empty()) {
    WordCorpus corpus;
    int files = 0;
    Status cs = corpus.AddDirectory(o.corpora_dir, &files);
    if (!cs.ok()) return cs;
    if (corpus.num_tokens() == 0)
      return Status::InvalidArgument(o.corpora_dir +
                                     ": no text for the word clusters");
    cluster_tokens = corpus.num_tokens();
    if (o.verbose)
      std::cerr << "word clusters: read " << files << " files (" << elapsed()
                << " s)\n";
    WordClusterOptions wo;
    wo.verbose = o.verbose;
    clusters = WordClusters::Build(corpus, wo);
    to.clusters = &clusters;
    if (o.verbose)
      std::cerr << "word clusters: " << clusters.size() << " words ("
                << elapsed() << " s)\n";
  }

  if (!parser_only) {
    if (o.verbose) std::cerr << "training the tagger\n";
    im.tagger = Tagger::Train(train, dev, to);
  }

  // Predicted tags for the parser's training data (jackknifing), so that it
  // learns from tags as noisy as those it will see.
  const int folds = std::max(1, o.jackknife_folds);
  // First-pass classes of the jackknifed taggers and the fold of each
  // sentence (documents are the unit of the folds).
  std::vector<std::vector<int>> first(sents.size());
  std::vector<int> fold_of(sents.size(), 0);
  if (folds > 1 && !parser_only) {
    TrainOptions fo = to;
    fo.verbose = false;
    TaggerScratch sc;
    for (int k = 0; k < folds; ++k) {
      std::vector<Document> part;
      for (size_t i = 0; i < train.size(); ++i)
        if (static_cast<int>(i % folds) != k) part.push_back(train[i]);
      Tagger t = Tagger::Train(part, {}, fo);
      size_t si = 0;
      for (size_t i = 0; i < train.size(); ++i)
        for (const Sentence& s : train[i].sentences) {
          if (!(s.tagged && s.parsed && !s.tokens.empty())) continue;
          if (static_cast<int>(i % folds) == k) {
            Sentence& rs = retagged[si];
            t.Tag(&rs, &sc);
            fold_of[si] = k;
            first[si].resize(rs.tokens.size());
            for (size_t j = 0; j < rs.tokens.size(); ++j)
              first[si][j] = std::max(
                  0, im.tagger.ClassOf(rs.tokens[j].upos, rs.tokens[j].xpos));
          }
          ++si;
        }
      if (o.verbose)
        std::cerr << "jackknife fold " << k + 1 << "/" << folds << " ("
                  << elapsed() << " s)\n";
    }
  }
  // The second tagging pass learns from the jackknifed first pass; the
  // parser's training tags come from jackknifed second passes (a refiner
  // trained on the other folds' first-pass output).
  if (folds > 1 && o.tag_refiner && !parser_only) {
    im.tagger.set_refiner(TagRefiner::Train(
        im.tagger, sents, first, o.tagger_epochs, o.seed, o.verbose));
    TaggerScratch sc;
    std::vector<uint64_t> feats;
    std::vector<int32_t> scores;
    for (int k = 0; k < folds; ++k) {
      std::vector<const Sentence*> ps;
      std::vector<std::vector<int>> pf;
      for (size_t si = 0; si < sents.size(); ++si)
        if (fold_of[si] != k) ps.push_back(sents[si]), pf.push_back(first[si]);
      TagRefiner r =
          TagRefiner::Train(im.tagger, ps, pf, o.tagger_epochs, o.seed, false);
      for (size_t si = 0; si < sents.size(); ++si) {
        if (fold_of[si] != k) continue;
        im.tagger.SetFirstPass(*sents[si], first[si], &sc);
        r.Apply(&sc, &feats, &scores);
        for (size_t j = 0; j < sc.cls2.size(); ++j) {
          retagged[si].tokens[j].upos = im.tagger.upos_of(sc.cls2[j]);
          retagged[si].tokens[j].xpos = im.tagger.xpos_of(sc.cls2[j]);
        }
      }
    }
    if (o.verbose)
      std::cerr << "tag refiner: trained, jackknifed (" << elapsed() << " s)\n";
  }
  if (!parser_only && !o.jackknife_cache.empty()) {
    Status cs = WriteJackknifeCache(o.jackknife_cache, retagged);
    if (!cs.ok()) return cs;
  }
  std::vector<const Sentence*> parse_train;
  for (const Sentence& s : retagged) parse_train.push_back(&s);
  // Optionally the same sentences with their gold tags: a second view of
  // each tree (EWT dev: UAS +0.28, LAS +0.22).
  if (o.parser_gold_tags)
    for (const Sentence* s : sents) parse_train.push_back(s);
  std::vector<Document> extra;
  size_t extra_sentences = 0;
  if (!o.parser_extra.empty()) {
    Status es = ReadConlluFile(o.parser_extra, &extra);
    if (!es.ok()) return es;
    for (const Document& d : extra)
      for (const Sentence& s : d.sentences) {
        if (!(s.tagged && s.parsed) || s.tokens.empty()) continue;
        parse_train.push_back(&s);
        ++extra_sentences;
      }
    if (extra_sentences == 0)
      return Status::InvalidArgument(o.parser_extra +
                                     ": no tagged and parsed sentences");
    if (o.verbose)
      std::cerr << "parser: " << extra_sentences
                << " more training sentences from " << o.parser_extra << "\n";
  }
  if (!parser_only) {
    im.lemmatizer = Lemmatizer::Train(sents, o.wordnet_dir, &wn);
    if (o.verbose) std::cerr << "lemmatizer: " << wn << " WordNet exceptions\n";
  }

  std::vector<Document> dev_tagged = dev;
  {
    TaggerScratch sc;
    long up = 0, xp = 0, nt = 0;
    for (Document& d : dev_tagged)
      for (Sentence& s : d.sentences) {
        std::vector<Token> gold = s.tokens;
        im.tagger.Tag(&s, &sc);
        for (size_t i = 0; i < gold.size(); ++i) {
          up += s.tokens[i].upos == gold[i].upos;
          xp += s.tokens[i].xpos == gold[i].xpos;
          ++nt;
        }
      }
    if (o.verbose && nt > 0)
      std::cerr << "tagger (both passes): dev UPOS " << 100.0 * up / nt
                << " XPOS " << 100.0 * xp / nt << "\n";
  }
  if (o.verbose) std::cerr << "training the parser\n";
  im.parser = Parser::Train(parse_train, dev_tagged, to);
  im.parser.set_clusters(&im.tagger.clusters());

  std::ostringstream h;
  h << "{\"format\": \"khaldun-syntax\", \"version\": " << kFormatVersion
    << ", \"language\": \"en\", \"training_data\": \""
    << JsonEscape(o.data_description)
    << "\", \"training_sentences\": " << sents.size()
    << ", \"tagger\": {\"model\": \"averaged perceptron\", "
    << "\"classes\": " << im.tagger.num_classes()
    << ", \"epochs\": " << o.tagger_epochs
    << ", \"second_pass_classes\": " << im.tagger.refiner().num_active()
    << BackwardHeader(im.tagger)
    << ", \"word_clusters\": {\"algorithm\": \"exchange (class bigram)\", "
    << "\"corpus_tokens\": " << cluster_tokens
    << ", \"words\": " << im.tagger.clusters().size() << ", \"classes\": ["
    << WordClusterOptions().fine_classes << ", "
    << WordClusterOptions().coarse_classes << "]}"
    << "}, \"lemmatizer\": {\"wordnet_exceptions\": " << wn
    << "}, \"parser\": {\"system\": \"arc-hybrid, "
    << (im.parser.beam() > 1 ? "beam search, global training"
        : im.parser.neural() ? "dynamic oracle, BiLSTM scorer"
                             : "dynamic oracle")
    << "\", "
    << "\"labels\": " << im.parser.labels().size()
    << ", \"word_classes\": " << (im.parser.uses_clusters() ? "true" : "false")
    << ", \"epochs\": "
    << (im.parser.neural() ? o.parser_nn.epochs : o.parser_epochs)
    << ", \"jackknife_folds\": " << folds
    << (extra_sentences
            ? ", \"uptraining_sentences\": " + std::to_string(extra_sentences)
            : "")
    << (im.parser.beam() > 1 ? ", \"beam\": " + std::to_string(im.parser.beam())
                             : "")
    << NnHeader(o.parser_nn) << "}, \"seed\": " << o.seed
    << ", \"license\": \"CC BY-SA 4.0 (derived from UD English EWT)\"}";
  im.header = h.str();
  if (o.verbose) std::cerr << "trained in " << elapsed() << " s\n";
  *out = std::move(m);
  return Status::OK();
}

}  // namespace khaldun
