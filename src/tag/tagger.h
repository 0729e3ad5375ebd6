// Part-of-speech tagger: a greedy left-to-right averaged perceptron over
// hashed lexical and context features, predicting a (UPOS, PTB XPOS) pair,
// with a tag dictionary for frequent unambiguous words.
//
//   Tagger t;                       // trained with Tagger::Train or Load
//   t.Tag(doc, &sentence, &scratch);  // fills upos and xpos
//
// Features of token i (w = word, l = lowercase, t = predicted tag): bias,
// w_i, l_i, prefixes 1-3 and suffixes 1-4 of l_i, shape_i, ambiguity class
// (set of tags seen in training) of i-1, i, i+1, l_{i-2..i+2}, suffix3 of
// i-1 and i+1, t_{i-1}, t_{i-1}t_{i-2}, t_{i-1}+l_i, l_{i-1}+l_i, l_i+l_{i+1},
// shape_{i+1}, t_{i-1}+ambiguity_i, and sentence-initial capitalisation.
//
// Thread safety: a trained Tagger is immutable; Tag() may be called from many
// threads with one TaggerScratch each.
#ifndef KHALDUN_TAG_TAGGER_H_
#define KHALDUN_TAG_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"
#include "khaldun/syntax.h"
#include "tag/binary_io.h"
#include "tag/flat_map.h"
#include "tag/perceptron.h"
#include "tag/word_clusters.h"

namespace khaldun {

// Per-token hashes shared by the tagger and parser feature extractors.
struct TokenHashes {
  uint64_t word = 0, lower = 0, shape = 0, amb = 0;
  uint64_t suffix[4] = {}, prefix[3] = {};
  uint32_t flags = 0;
  // Distributional word classes (WordClusters packing; 0 = unknown word).
  uint32_t cluster = 0;
};

// A per-thread cache of what the tagger computes from a word form alone (its
// TokenHashes and the first-pass scores of its context-free features),
// direct-mapped by the form's hash.  Valid for one loaded Tagger
// (Tagger::cache_id()); integer scores, so tagging is unchanged.
struct TaggerWordCache {
  static constexpr size_t kSlots = 1 << 14;
  struct Entry {
    uint64_t key = 0;  // TokenHashes::word
    uint32_t len = 0;  // form length (guards against hash collisions)
    bool filled = false;
    bool scored = false;  // scores of this entry are valid
    TokenHashes h;
  };
  uint64_t owner = 0;  // Tagger::cache_id() the entries belong to
  std::vector<Entry> entries;
  std::vector<int32_t> scores;  // kSlots * num_classes
};

struct TaggerScratch {
  std::vector<TokenHashes> tok;
  std::vector<uint32_t> len;  // form length per token
  std::vector<int> cls;
  std::vector<uint8_t> fixed;         // class set by the tag dictionary
  std::vector<int> cls2;              // second-pass classes
  std::vector<int> fin, pverb, subj;  // refiner: per-token sentence facts
  // Backward pass (Tagger::backward()): per token, whether its first-pass
  // score margin is below the threshold (never for tokens of the tag
  // dictionary), the first-pass scores of those tokens (n * num_classes),
  // and the sentence reversed.
  std::vector<uint8_t> unsure;
  std::vector<int32_t> fwd_scores;
  std::unique_ptr<TaggerScratch> rev;
  std::vector<uint64_t> feats;
  std::vector<int32_t> scores;
  std::string lower;
  TaggerWordCache cache;
};

struct TrainOptions {
  int tagger_epochs = 10;
  int parser_epochs = 15;
  uint64_t seed = 42;
  bool verbose = true;
  // Word classes to use as features (copied into the tagger); may be null.
  const WordClusters* clusters = nullptr;
  // The parser uses the word classes too.
  bool parser_clusters = true;
  // The labeller's richer features (Parser kLabels* sets).
  bool parser_label_features = false;
  // Beam width of the parser (> 1: beam search, trained globally with the
  // structured perceptron; parse/beam.h); early update instead of
  // max-violation.
  int parser_beam = 1;
  bool parser_beam_early = false;
  // The neural transition scorer (parse/nn_parser.h) when enabled.
  NnParserOptions parser_nn;
  // At most this many feature rows in the tagger's model (largest L1
  // norms; default: all).
  size_t tagger_max_features = static_cast<size_t>(-1);
  // Backward pass: also train a right-to-left model (the same features on
  // the reversed sentence) with at most backward_max_features rows; its
  // scores are added to the first pass's for the tokens whose first-pass
  // margin is below backward_threshold.
  bool tagger_backward = false;
  size_t backward_max_features = static_cast<size_t>(-1);
  float backward_threshold = 1e30f;
};

class Tagger;

// Second tagging pass (stacking): re-tags the tokens whose first-pass class
// is a verb class that is often wrong (chosen in training: VBD, VBN, VB,
// VBP, ...) from the
// first-pass classes of both sides and sentence-level facts (is there a
// finite verb before / after the token, the nearest verb before it), which
// the left-to-right first pass cannot see.  Trained on the first-pass output
// of jackknifed taggers, so it learns the first pass's real errors.
//
// Thread safety: immutable once trained or loaded.
class TagRefiner {
 public:
  bool empty() const { return model_.num_classes() == 0; }
  // Rewrites sc->cls2 (from sc->cls, sc->fixed and sc->tok).
  void Apply(TaggerScratch* sc, std::vector<uint64_t>* feats,
             std::vector<int32_t>* scores) const;
  // first[k]: first-pass classes of *sents[k] (jackknifed), in t's classes.
  static TagRefiner Train(const Tagger& t,
                          const std::vector<const Sentence*>& sents,
                          const std::vector<std::vector<int>>& first,
                          int epochs, uint64_t seed, bool verbose);
  // Number of first-pass classes that are re-tagged.
  int num_active() const;
  size_t bytes() const { return model_.bytes() + active_.size(); }
  void Save(ml::BinaryWriter* w) const;
  // `present`: the first byte Save wrote (read by Tagger::Load).
  Status Load(ml::BinaryReader* r, const Tagger& t, uint8_t present);

 private:
  void Init(const Tagger& t);
  void Features(const TaggerScratch& sc, size_t i, size_t n,
                std::vector<uint64_t>* out) const;
  std::vector<uint8_t> active_;  // per class: re-tag tokens of this class
  std::vector<uint8_t> kind_;    // per class: kFinite | kVerb | kNominal
  ml::CompactModel model_;
};

class Tagger {
 public:
  int num_classes() const { return static_cast<int>(upos_.size()); }
  UPos upos_of(int c) const { return upos_[c]; }
  const std::string& xpos_of(int c) const { return xpos_[c]; }
  const WordClusters& clusters() const { return clusters_; }
  // Class of a (UPOS, XPOS) pair, or -1.
  int ClassOf(UPos u, const std::string& xpos) const;
  // The second pass (empty: first pass only).
  const TagRefiner& refiner() const { return refiner_; }
  void set_refiner(TagRefiner r) { refiner_ = std::move(r); }
  // Whether the model has the backward pass (TrainOptions::tagger_backward).
  bool backward() const { return backward_.num_classes() != 0; }
  float backward_threshold() const { return backward_threshold_; }

  // Tags `s` (whose token forms view into doc text) in place.
  void Tag(Sentence* s, TaggerScratch* scratch) const;

  // Trains on the gold-tagged sentences of `docs` (dev may be empty; when
  // given, accuracy per epoch is printed to stderr).
  static Tagger Train(const std::vector<Document>& train,
                      const std::vector<Document>& dev,
                      const TrainOptions& opt);

  void Save(ml::BinaryWriter* w) const;
  Status Load(ml::BinaryReader* r);

  // Fills scratch->tok for the sentence (used by the parser too).
  void ComputeHashes(const Sentence& s, TaggerScratch* scratch) const;
  // First pass only: fills scratch->tok, cls and fixed.
  void TagFirstPass(const Sentence& s, TaggerScratch* scratch) const;
  // Fills scratch->tok and fixed, and cls from `first` (first-pass classes
  // computed elsewhere, e.g. by a jackknifed tagger), for the refiner.
  void SetFirstPass(const Sentence& s, const std::vector<int>& first,
                    TaggerScratch* scratch) const;
  size_t bytes() const;
  // Identifies the loaded model for TaggerWordCache (0: do not cache).
  uint64_t cache_id() const { return cache_id_; }
  // Turns the use of TaggerWordCache on (a new id) or off (for comparisons).
  void set_word_cache(bool on);

  // Appends the features of token i given the classes predicted so far:
  // those of the word form alone (StaticFeatures, whose scores the word
  // cache keeps), then the others (ContextFeatures).
  void Features(const TaggerScratch& sc, size_t i, size_t n,
                std::vector<uint64_t>* out) const;
  void StaticFeatures(const TokenHashes& h, std::vector<uint64_t>* out) const;
  void ContextFeatures(const TaggerScratch& sc, size_t i, size_t n,
                       std::vector<uint64_t>* out) const;

 private:
  // scores = the first-pass scores of token i's static features (cached).
  void StaticScores(TaggerScratch* sc, size_t i, int32_t* scores) const;
  // Rebuilds lex_ from amb_ and clusters_.
  void BuildLexicon();
  // The backward pass: sc->cls2 = sc->cls, except for the tokens not fixed
  // by the tag dictionary whose first-pass margin is below
  // backward_threshold_: those take the best class of the sum of the first
  // pass's and the right-to-left model's scores (its history: the first
  // pass's classes to the right).
  void BackwardPass(TaggerScratch* sc) const;
  // Trains backward_ (Train with opt.tagger_backward).
  void TrainBackward(const std::vector<Document>& train,
                     const TrainOptions& opt);

  std::vector<UPos> upos_;
  std::vector<std::string> xpos_;
  // Ambiguity class (hash of the set of tags seen) per lowercase word hash.
  std::unordered_map<uint64_t, uint64_t> amb_;
  WordClusters clusters_;
  // Per lowercase word hash: ambiguity class and clusters (one lookup).
  struct WordInfo {
    uint64_t amb = 0;
    uint32_t cluster = 0;
  };
  ml::FlatMap64<WordInfo> lex_;
  // Frequent unambiguous words (by word hash) -> class.
  ml::FlatMap64<int> dict_;
  ml::CompactModel model_;
  TagRefiner refiner_;
  // Right-to-left model (empty: none) and the margin below which it is
  // consulted.
  ml::CompactModel backward_;
  float backward_threshold_ = 0;
  uint64_t cache_id_ = 0;
};

}  // namespace khaldun

#endif  // KHALDUN_TAG_TAGGER_H_
