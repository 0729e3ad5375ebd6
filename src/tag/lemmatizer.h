// Lemmatizer: a lexicon learned from the training data ((form, XPOS) ->
// most frequent lemma, then (lowercase form, XPOS)), WordNet's irregular
// forms (noun.exc, verb.exc, adj.exc, adv.exc from Debian's wordnet-base,
// read at training time and stored in the model), and suffix rewrite rules
// learned from the training data for unseen words: for the longest suffix
// (up to 6 bytes) of the word seen with its XPOS, the most frequent
// "strip k bytes, append s" rule, preferring the longest suffix whose rule
// yields a known lemma (a training lemma or a WordNet index word:
// "bombed" -> "bomb", not "bombe" as "described" -> "describe" suggests).
// Proper nouns keep their case; other words are lowercased (the EWT
// convention).
//
//   Lemmatizer lem;  // Train or Load
//   lem.Lemmatize(&sentence, &scratch);  // needs xpos/upos; fills lemma
//
// Thread safety: immutable once trained; Lemmatize() is reentrant with one
// scratch string per thread.
#ifndef KHALDUN_TAG_LEMMATIZER_H_
#define KHALDUN_TAG_LEMMATIZER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"
#include "tag/binary_io.h"
#include "tag/flat_map.h"

namespace khaldun {

class Lemmatizer {
 public:
  // `wordnet_dir` (e.g. /usr/share/wordnet) may be empty or missing: the
  // exception lists are then simply not used.
  static Lemmatizer Train(const std::vector<const Sentence*>& train,
                          const std::string& wordnet_dir, int* wordnet_entries);

  void Lemmatize(Sentence* s, std::string* scratch) const;
  // The lemma of one word.
  void LemmaOf(std::string_view form, UPos upos, std::string_view xpos,
               std::string* scratch, std::string* lemma) const;

  void Save(ml::BinaryWriter* w) const;
  Status Load(ml::BinaryReader* r);
  size_t bytes() const;

 private:
  struct Rule {
    uint32_t cut;
    uint32_t add;  // index in strings_
  };
  uint32_t Intern(const std::string& s,
                  std::unordered_map<std::string, uint32_t>* index);

  std::vector<std::string> strings_;
  ml::FlatMap64<uint32_t> exact_;  // hash(form, xpos)
  ml::FlatMap64<uint32_t> lower_;  // hash(lower, xpos)
  ml::FlatMap64<uint32_t> exc_;    // hash(lower, wn pos)
  ml::FlatMap64<Rule> rules_;      // hash(xpos, suffix)
  // Known lemmas (training lemmas and WordNet index words), by hash: a rule
  // whose output is a known lemma is preferred to a longer-suffix rule.
  std::vector<uint64_t> known_;  // sorted
};

}  // namespace khaldun

#endif  // KHALDUN_TAG_LEMMATIZER_H_
