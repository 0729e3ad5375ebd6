// Distributional word classes learned from unlabeled text, used by the
// tagger (and available to the parser) as features for rare and unknown
// words.
//
// Two flat clusterings of the same vocabulary are learned with the exchange
// algorithm (Kneser & Ney 1993; Martin et al. 1998), which maximises the
// likelihood of a class bigram model: a fine one (default 256 classes) and a
// coarse one (default 32).  Words are lowercased; the corpus reader splits
// text on whitespace and punctuation the way UD/PTB tokenisation does
// (clitics 's and n't are split off).  Everything is single-threaded and in a
// fixed order, so the same corpus gives the same bytes.
//
//   WordCorpus corpus;
//   corpus.AddDirectory("../shared/corpora");   // or AddText(...)
//   WordClusters wc = WordClusters::Build(corpus, {});
//   uint32_t c = wc.Lookup(ml::HashString("attacked"));  // 0 = unknown
//
// Thread safety: a built or loaded WordClusters is immutable; Lookup() may be
// called from many threads.
#ifndef KHALDUN_TAG_WORD_CLUSTERS_H_
#define KHALDUN_TAG_WORD_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "khaldun/status.h"
#include "tag/binary_io.h"
#include "tag/flat_map.h"

namespace khaldun {

// A token stream over a vocabulary (ids in order of first occurrence; id 0
// marks a document boundary).
class WordCorpus {
 public:
  WordCorpus();
  // Tokenises and appends text (one document).
  void AddText(std::string_view text);
  // Adds every text file under dir (recursively, sorted by path): SGML/XML
  // tags and entities are dropped, CoNLL column files contribute their first
  // column; README/LICENSE files are skipped.  Returns the number of files
  // read, or an error when dir cannot be listed.
  Status AddDirectory(const std::string& dir, int* files = nullptr);
  size_t num_tokens() const { return tokens_.size(); }
  size_t vocab_size() const { return words_.size(); }

 private:
  friend class WordClusters;
  uint32_t Id(std::string_view lower_word);
  void Boundary();
  std::vector<uint32_t> tokens_;
  std::vector<std::string> words_;
  std::vector<uint64_t> counts_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};

struct WordClusterOptions {
  int fine_classes = 256;
  int coarse_classes = 32;
  int min_count = 3;          // rarer words are not clustered
  size_t max_vocab = 100000;  // most frequent words clustered
  int iterations = 8;         // exchange passes over the vocabulary
  bool verbose = false;
};

class WordClusters {
 public:
  static WordClusters Build(const WordCorpus& corpus,
                            const WordClusterOptions& opt);

  // Packed classes of a lowercase word hash (ml::HashString of the
  // lowercased form): fine class + 1 in the low 16 bits, coarse class + 1 in
  // the high 16 bits; 0 when the word was not clustered.
  uint32_t Lookup(uint64_t lower_hash) const {
    const uint32_t* c = map_.find(lower_hash);
    return c ? *c : 0;
  }
  static uint32_t Fine(uint32_t packed) { return packed & 0xffff; }
  static uint32_t Coarse(uint32_t packed) { return packed >> 16; }
  size_t size() const { return map_.size(); }
  bool empty() const { return map_.empty(); }
  const ml::FlatMap64<uint32_t>& map() const { return map_; }

  void Save(ml::BinaryWriter* w) const;
  Status Load(ml::BinaryReader* r);

 private:
  ml::FlatMap64<uint32_t> map_;
};

// Lowercased tokens of text as WordCorpus splits it (exposed for tests).
std::vector<std::string> ClusterTokens(std::string_view text);

}  // namespace khaldun

#endif  // KHALDUN_TAG_WORD_CLUSTERS_H_
