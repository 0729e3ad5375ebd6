// Syntax: part-of-speech tags (UPOS + Penn XPOS), lemmas and UD dependency
// trees for tokenised sentences, from one model file trained on UD English
// EWT (data/models/en_ewt.syntax; see docs/models.md).
//
//   std::unique_ptr<khaldun::SyntaxModel> model;
//   khaldun::Status s = khaldun::SyntaxModel::Load(
//       khaldun::SyntaxModel::DefaultPath(), &model);
//   if (!s.ok()) { std::cerr << s.ToString() << "\n"; return 3; }
//   model->Annotate(&doc);  // every sentence: upos, xpos, lemma, head, deprel
//   // "Iraq was attacked by rebels": tokens[3] (rebels) has deprel "obl",
//   // head 2 (attacked), and a "by" child with deprel "case".
//
// Token::head is the 0-based index of the head in the sentence (-1 for the
// root), Token::deprel a UD relation with EWT's subtypes (nsubj:pass,
// obl:tmod, nmod:poss, compound:prt, ...).  Annotate sets Sentence::tagged and
// Sentence::parsed.
//
// Thread safety: a loaded SyntaxModel is immutable; Annotate() and the other
// const methods may be called from any number of threads at once (each
// thread uses its own scratch memory).
#ifndef KHALDUN_SYNTAX_H_
#define KHALDUN_SYNTAX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

// The experimental neural transition scorer (src/parse/nn_parser.h): a
// BiLSTM over word, tag and word-class embeddings with MLP scorers,
// trained with the dynamic oracle (off unless `enabled`).
struct NnParserOptions {
  bool enabled = false;
  int epochs = 20;
  int word_dim = 100, tag_dim = 24, class_dim = 24;
  int lstm_dim = 125, lstm_layers = 2;
  int hidden = 100, label_hidden = 100;
  float learning_rate = 1e-3f;
  // Follow a wrong prediction with this probability from epoch
  // explore_after + 1 on.
  float explore = 0.9f;
  int explore_after = 1;
  int batch = 1;  // sentences per Adam update
  // Dropout rates of the BiLSTM's inputs and outputs (0 = none).
  float dropout_in = 0, dropout_out = 0;
  // Decay of the weights' moving average per update (0 = none: the last
  // weights); the average is evaluated and kept.
  float average = 0;
};

struct SyntaxTrainOptions {
  int tagger_epochs = 10;
  int parser_epochs = 15;
  int jackknife_folds = 5;  // the parser trains on predicted tags
  // Second tagging pass (stacked on jackknifed first-pass tags; needs
  // jackknife_folds > 1).  Off by default: it did not improve EWT dev (see
  // docs/models.md).
  bool tag_refiner = false;
  // The tagger's backward pass (src/tag/tagger.h, TrainOptions): a
  // right-to-left model consulted for tokens whose first-pass score margin
  // is below tagger_backward_threshold, with at most
  // tagger_backward_max_features rows; 0 = no limit.  tagger_max_features
  // limits the first-pass model (0 = no limit).
  bool tagger_backward = false;
  float tagger_backward_threshold = 15;
  size_t tagger_backward_max_features = 0;
  size_t tagger_max_features = 0;
  // Word-class features in the parser (needs corpora_dir).
  bool parser_clusters = true;
  // Experimental (off by default, see docs/models.md: better on EWT dev and
  // test, but the seed and PETRARCH evaluations lose events): the parser
  // trains on each sentence twice, with jackknifed and with gold tags; the
  // labeller gets richer features.
  bool parser_gold_tags = false;
  bool parser_label_features = false;
  // Beam search for the parser (> 1: the width, trained globally and
  // stored in the model; 1 = greedy).  Early update instead of
  // max-violation (experiments).
  int parser_beam = 1;
  bool parser_beam_early = false;
  NnParserOptions parser_nn;
  // Uptraining (Petrov et al. 2010): a CoNLL-U file of automatically
  // parsed sentences (tags and trees from another parser, e.g. text parsed
  // by a slower, more accurate model) added to the parser's training data
  // ("" = none); the tagger and lemmatizer do not see it.
  std::string parser_extra;
  uint64_t seed = 42;
  // Debian wordnet-base exception lists for the lemmatizer ("" = none).
  std::string wordnet_dir = "/usr/share/wordnet";
  // Unlabeled text (a directory, read recursively) from which the tagger's
  // word clusters are learned ("" = no clusters).
  std::string corpora_dir;
  // Free text stored in the model header (e.g. the training files).
  std::string data_description;
  bool verbose = true;  // progress on stderr
  // For experiments with the parser alone.  jackknife_cache: a file of the
  // jackknifed training tags (the parser's training input); when base_model
  // is empty, training writes it, else it is read instead of jackknifing.
  // base_model: a model file whose tagger, lemmatizer and word classes are
  // kept; only the parser is trained (needs jackknife_cache, written by a
  // full training with the same data, folds, epochs and seed).
  std::string jackknife_cache;
  std::string base_model;
};

class SyntaxModel {
 public:
  // "KHSYNTAX" magic, then the format version.
  static constexpr uint32_t kFormatVersion = 3;

  ~SyntaxModel();

  // <data dir>/models/en_ewt.syntax, where the data dir is $KHALDUN_DATA or
  // the built-in data directory.
  static std::string DefaultPath();
  // Data dir given explicitly (e.g. from --data); "" = DefaultPath().
  static std::string PathIn(const std::string& data_dir);

  // Loads a model file: NotFound when absent, DataLoss when corrupt or of
  // another format version.
  static Status Load(const std::string& path,
                     std::unique_ptr<SyntaxModel>* out);

  // Trains the three models on gold sentences (train) and reports progress
  // against dev (may be empty).  Deterministic for given data and options.
  static Status Train(const std::vector<Document>& train,
                      const std::vector<Document>& dev,
                      const SyntaxTrainOptions& options,
                      std::unique_ptr<SyntaxModel>* out);

  // Writes the model (byte-identical for identical models).
  Status Save(const std::string& path) const;
  std::string Serialize() const;

  // Tags, lemmatises and parses every sentence of doc in place.
  void Annotate(Document* doc) const;
  void Annotate(Sentence* sentence) const;
  // The steps alone (Parse needs tags; Lemmatize needs tags). Tag then
  // Lemmatize then Parse gives the same annotation as Annotate.
  void Tag(Sentence* sentence) const;
  void Lemmatize(Sentence* sentence) const;
  void Parse(Sentence* sentence) const;
  // Parses count tagged sentences, each to the tree Parse gives it; the
  // BiLSTM parser runs up to 32 of them together (several times faster
  // than one at a time).
  void Parse(Sentence* const* sentences, int count) const;

  // The parser's beam width (1 = greedy); set_parser_beam decodes with
  // another width than the trained one (experiments; not thread-safe).
  int parser_beam() const;
  void set_parser_beam(int k);

  // The header: JSON with the training data, options and model sizes.
  const std::string& header() const;
  // Approximate bytes held in memory by the weights.
  size_t bytes() const;

 private:
  SyntaxModel();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace khaldun

#endif  // KHALDUN_SYNTAX_H_
