// Transition-based dependency parser: arc-hybrid (Kuhlmann et al. 2011) with
// the root at the end of the buffer, trained with Goldberg & Nivre's dynamic
// oracle and error exploration; a greedy averaged perceptron picks the
// unlabeled transition (SHIFT, LEFT, RIGHT) from ~60 hashed Zhang & Nivre
// (2011) style features, and a second perceptron labels each arc when it is
// made (UD relations with subtypes, e.g. nsubj:pass, obl:tmod).  Both can
// use the tagger's distributional word classes (Koo et al. 2008).  A model
// trained with TrainOptions::parser_beam > 1 decodes with a beam instead
// (parse/beam.h); one trained with TrainOptions::parser_nn scores the
// transitions and labels with a BiLSTM and MLPs (parse/nn_parser.h).
//
//   Parser p;  // Parser::Train or Load
//   ParserScratch sc;
//   p.Parse(&sentence, &sc);   // needs upos/xpos; fills head and deprel
//
// The transition model stores its 3 weights inline in the hash slot (one
// cache line per feature) and prefetches all of a state's features before
// scoring, which keeps parsing memory-latency bound but fast.
//
// Thread safety: a trained Parser is immutable; Parse() may run in many
// threads with one ParserScratch each.
#ifndef KHALDUN_PARSE_PARSER_H_
#define KHALDUN_PARSE_PARSER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"
#include "tag/binary_io.h"
#include "tag/perceptron.h"
#include "tag/tagger.h"

namespace khaldun {

// A hashed model whose rows are dense and short (<= 4 classes), stored in
// the slot next to the key.
class SmallDenseModel {
 public:
  static constexpr int kMaxClasses = 4;
  void Prefetch(const uint64_t* feats, size_t n) const {
    for (size_t i = 0; i < n; ++i)
      __builtin_prefetch(&slots_[feats[i] & mask_]);
  }
  // Drops from feats[0, n) the features that the presence filter proves
  // absent from the table (they add nothing), prefetches the slots of the
  // others and returns their number.  Without a filter: Prefetch, n.
  size_t FilterPrefetch(uint64_t* feats, size_t n) const {
    if (filter_.empty()) {
      Prefetch(feats, n);
      return n;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t key = feats[i];
      const uint64_t bit = (key >> kFilterShift) & kFilterMask;
      if (!(filter_[bit >> 6] >> (bit & 63) & 1)) continue;
      __builtin_prefetch(&slots_[key & mask_]);
      feats[m++] = key;
    }
    return m;
  }
  void Score(const uint64_t* feats, size_t n, int32_t* scores) const {
    for (size_t i = 0; i < n; ++i) {
      const uint64_t key = feats[i];
      size_t pos = key & mask_;
      while (true) {
        const Slot& s = slots_[pos];
        if (s.key == key) {
          for (int c = 0; c < kMaxClasses; ++c) scores[c] += s.w[c];
          break;
        }
        if (s.key == 0) break;
        pos = (pos + 1) & mask_;
      }
    }
  }
  // Builds from a compact model with <= 4 classes, keeping at most
  // max_features rows (those with the largest L1 norm).
  static SmallDenseModel From(const ml::CompactModel& m,
                              size_t max_features = kDefaultMaxFeatures);
  // The same model keeping only the max_features rows of largest L1 norm
  // (identical to From(m, max_features) for the m this was built from).
  SmallDenseModel Pruned(size_t max_features) const;
  // 367,000 rows fill 2^19 slots (8 MB) at a load factor <= 0.7.
  static constexpr size_t kDefaultMaxFeatures = 367000;
  size_t bytes() const { return slots_.size() * sizeof(Slot); }
  size_t num_features() const { return num_features_; }
  void Save(ml::BinaryWriter* w) const;
  Status Load(ml::BinaryReader* r);

 private:
  struct Slot {
    uint64_t key = 0;
    int16_t w[kMaxClasses] = {};
  };
  struct Row {
    int16_t w[kMaxClasses];
  };
  static SmallDenseModel Build(std::map<uint64_t, Row> rows,
                               size_t max_features);
  // Re-inserts the rows into a table with `factor` times as many slots
  // (in memory only: Save writes the canonical table of Build).
  void Spread(size_t factor);
  // The presence filter (in memory only): bit (key >> kFilterShift) &
  // kFilterMask is set for every key of the table, so a clear bit proves a
  // key absent.  1 MB (fits in L2) against the table's 16: most features
  // of a state are absent from the table.
  static constexpr int kFilterShift = 32;
  static constexpr uint64_t kFilterMask = (uint64_t{1} << 23) - 1;
  void BuildFilter();
  std::vector<uint64_t> filter_;
  size_t mask_ = 0;
  size_t num_features_ = 0;
  ml::HugeVector<Slot> slots_;  // huge pages: probed at random
};

struct BeamScratch;  // parse/beam.h
namespace nn {       // parse/nn_parser.h
class Model;
class Inference;  // parse/nn_infer.h
struct Scratch;
}  // namespace nn

struct ParserScratch {
  std::vector<uint64_t> w, t, wt;  // per token (+ root at n)
  std::vector<uint32_t> c;         // word classes (WordClusters packing)
  std::vector<int> stack, head, label, l1, l2, r1, r2, nl, nr;
  std::vector<int> punct;  // punct[i]: punctuation tokens before i (n + 2)
  std::vector<uint64_t> lset, rset;
  std::vector<uint64_t> feats, lfeats;
  std::vector<int32_t> lscores;
  std::string lower;
  // Per sentence: the transition scores of each (role, token) (kNumRoles x
  // (n + 2) x 4; token n + 1 = none) and whether they are computed yet.
  std::vector<int32_t> role_scores;
  std::vector<uint8_t> role_have;
  std::vector<uint64_t> rfeats;
  // The beam's states (beam search only; grown on first use).
  std::shared_ptr<BeamScratch> beam;
  // The neural scorer's activations (grown on first use).
  std::shared_ptr<nn::Scratch> nn;
};

class Parser {
 public:
  enum Move { kShift = 0, kLeft = 1, kRight = 2, kNumMoves = 3 };

  // `hashes`, when given, are the tagger's hashes of s (Tagger::
  // ComputeHashes): their word classes save a lookup per token.
  void Parse(Sentence* s, ParserScratch* sc,
             const std::vector<TokenHashes>* hashes = nullptr) const;
  // Parses count sentences, each to the tree Parse gives it alone; the
  // neural scorer runs the BiLSTM steps of up to kBatchSentences of them
  // together (each weight read serves all of them).
  void ParseBatch(Sentence* const* s, int count, ParserScratch* sc) const;
  static constexpr int kBatchSentences = 32;

  // Trains on gold trees (tags as in the data: pass sentences re-tagged by
  // the tagger to train on predicted tags).
  static Parser Train(const std::vector<const Sentence*>& train,
                      const std::vector<Document>& dev,
                      const TrainOptions& opt);

  const std::vector<std::string>& labels() const { return labels_; }
  // Whether the model has word-class features; they read the classes from
  // `c` (the tagger's table, which must outlive the parser).
  bool uses_clusters() const { return use_clusters_; }
  void set_clusters(const WordClusters* c) { clusters_ = c; }
  void Save(ml::BinaryWriter* w) const;
  Status Load(ml::BinaryReader* r);
  size_t bytes() const;
  // Whether the model has the neural transition scorer (parse/nn_parser.h).
  bool neural() const { return nn_ != nullptr; }
  // Beam width of the decoder (1 = greedy); stored in the model by
  // training with TrainOptions::parser_beam.  set_beam decodes with
  // another width (for experiments).
  int beam() const { return beam_; }
  void set_beam(int k) { beam_ = k < 1 ? 1 : k; }
  // Keeps the max_features strongest transition features.
  void PruneMoves(size_t max_features) { moves_ = moves_.Pruned(max_features); }

 private:
  friend struct ParserTrainer;
  // Beam search and its global training (parse/beam.cc).
  void BeamParse(Sentence* s, ParserScratch* sc,
                 const std::vector<TokenHashes>* hashes) const;
  static Parser TrainBeam(const std::vector<const Sentence*>& train,
                          const std::vector<Document>& dev,
                          const TrainOptions& opt);
  // The neural scorer: parsing and training (parse/nn_parser.cc).
  void NnParse(Sentence* s, ParserScratch* sc,
               const std::vector<TokenHashes>* hashes) const;
  static Parser TrainNn(const std::vector<const Sentence*>& train,
                        const std::vector<Document>& dev,
                        const TrainOptions& opt);
  // The embedding ids of the sentence whose hashes Init or InitHashes put in sc
  // (word dropout with `dropout`, training only) into ns's items at..at + n
  // (the sentence's root last); ns->n1 becomes at + n + 1.
  void NnIds(const ParserScratch& sc, int n, nn::Scratch* ns,
             std::mt19937_64* dropout, int at = 0) const;
  // The transitions of s (after InitState) from the neural scores of the
  // sentence that sc->nn holds (after Forward, or Encode and Select).
  void NnDecode(Sentence* s, ParserScratch* sc) const;
  // The valid moves (a bit mask of Move) with ns words on the stack and
  // the buffer at b of n (the root is n, at the end of the buffer).
  static int ValidMoves(int ns, int b, int n) {
    int v = 0;
    if (b < n) v |= 1 << kShift;
    if (ns >= 1 && (b < n || ns == 1)) v |= 1 << kLeft;
    if (ns >= 2) v |= 1 << kRight;
    return v;
  }
  // The valid move (bit of `valid`) with the highest score (ties: the
  // lower move).
  template <typename T>
  static int BestValidMove(int valid, const T* scores) {
    int move = -1;
    for (int m = 0; m < kNumMoves; ++m)
      if ((valid >> m & 1) && (move < 0 || scores[m] > scores[move])) move = m;
    return move;
  }
  // The best label other than root by score(l) (ties: the lower label);
  // root for an arc from the root.
  template <typename Score>
  static int BestLabel(int nl, int root, bool is_root, Score score) {
    if (is_root) return root;
    int best = -1;
    for (int l = 0; l < nl; ++l)
      if (l != root && (best < 0 || score(l) > score(best))) best = l;
    return best;
  }
  // Train and TrainBeam: the model's settings from opt and its label set
  // (every relation of the training data, and root); returns each
  // label's index.
  std::map<std::string, int> InitForTraining(
      const std::vector<const Sentence*>& train, const TrainOptions& opt);
  // The trainers' averaged weights, quantised (the transition table capped).
  void TakeWeights(const ml::PerceptronTrainer& moves,
                   const ml::PerceptronTrainer& labels);
  // The label of the arc that `move` makes in st (-1 for a shift; root for
  // an arc from the root, unscored), from the label model; sc's label
  // buffers are the scratch (sc may be &st).
  int ArcLabel(const ParserScratch& st, int move, int b, int n,
               ParserScratch* sc) const;
  // The same while training, from the label trainer's current weights,
  // ranked in the quantised model's 1/1024 steps; the features are left in
  // *lf (for the update), the scores in *scores (one per label).
  int TrainingArcLabel(const ml::PerceptronTrainer& labels,
                       const ParserScratch& st, int move, int b, int n,
                       std::vector<uint64_t>* lf,
                       std::vector<float>* scores) const;
  // Writes st's arcs to s's tokens (head, deprel) and marks s parsed.
  void WriteTree(const ParserScratch& st, Sentence* s) const;
  // UAS and LAS (percent, relations with subtypes) of parsing dev's
  // sentences (on their tags) with this parser as it stands.
  void DevScores(const std::vector<Document>& dev, ParserScratch* sc,
                 double* uas, double* las) const;
  // The per-epoch report of Train and TrainBeam: takes the trainers'
  // averaged weights and prints (to stderr) DevScores.
  void ReportDev(const ml::PerceptronTrainer& moves,
                 const ml::PerceptronTrainer& labels,
                 const std::vector<Document>& dev, ParserScratch* sc);
  // Resets sc for s: token hashes (word classes from `hashes` when they are
  // s's, i.e. one per token), empty stack and arcs.
  void Init(const Sentence& s, ParserScratch* sc,
            const std::vector<TokenHashes>* hashes = nullptr) const;
  // Init's two halves: the token hashes, and the empty stack and arcs.
  void InitHashes(const Sentence& s, ParserScratch* sc,
                  const std::vector<TokenHashes>* hashes = nullptr) const;
  void InitState(const Sentence& s, ParserScratch* sc) const;
  // cached: without the features of one token's fixed attributes (the
  // role features that Parse adds from ParserScratch::role_scores).
  void MoveFeatures(const ParserScratch& sc, int b, int n,
                    std::vector<uint64_t>* out, bool cached = false) const;
  // Empties the role-score cache of sc for a sentence of n words.
  void ResetRoleCache(ParserScratch* sc, int n) const;
  // Adds the transition scores of the role features of the state (b, stack
  // of st), cached per (role, token) in `cache` (which may be st; a child
  // role's entry is valid for the child's label it was computed with).
  void AddRoleScores(const ParserScratch& st, ParserScratch* cache, int b,
                     int n, int32_t* scores) const;
  void LabelFeatures(const ParserScratch& sc, int h, int d, int n,
                     std::vector<uint64_t>* out) const;
  void Apply(ParserScratch* sc, int move, int* b, int label) const;

  std::vector<std::string> labels_;
  int root_ = 0;  // index of "root" in labels_
  bool use_clusters_ = false;
  // Label feature sets added since format 3 (bits, stored with the flags;
  // a model without them parses as before).
  static constexpr uint8_t kLabelsHead = 1;     // siblings, first children
  static constexpr uint8_t kLabelsBetween = 2;  // punctuation between
  static constexpr uint8_t kAllFeatureSets = 3;
  uint8_t ext_ = 0;
  // Flags bit 7: a beam width (uint8) follows the flags byte.
  static constexpr uint8_t kHasBeam = 0x80;
  // Flags bit 6: the neural scorer's section replaces the transition table
  // and the label model.
  static constexpr uint8_t kHasNn = 0x40;
  // The label model keeps at most this many features (largest L1 norms):
  // its table stays at 2^19 slots and the model file under 30 MB.
  static constexpr size_t kMaxLabelFeatures = 280000;
  int beam_ = 1;
  const WordClusters* clusters_ = nullptr;
  SmallDenseModel moves_;
  ml::CompactModel label_model_;
  std::shared_ptr<const nn::Model> nn_;
  // Its run-time form, which NnParse uses when set (after Load and at the
  // end of training; the trainer's dev evaluations use nn_ itself).
  std::shared_ptr<const nn::Inference> nn_fast_;
};

}  // namespace khaldun

#endif  // KHALDUN_PARSE_PARSER_H_
