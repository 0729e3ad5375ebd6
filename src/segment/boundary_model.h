// A trained sentence-boundary classifier for the gaps that the splitter's
// rules leave open: two tokens on the same line, the second one starting
// with a capital, a digit or a symbol, and no rule boundary between them
// ("Sean Here you go.", "All: It is my understanding ...", "Talk to you
// later GT").  Such breaks come from e-mail headers, signatures, lists and
// titles whose line breaks were lost.
//
// The model is a binary averaged perceptron over hashed features of the
// tokens around the gap (forms, shapes, kinds, the length of the sentence so
// far, whether it has a lower-case word yet), trained on UD English EWT
// train by `khaldun train-boundary` (src/segment/boundary_train.cc), which
// writes the weights as the generated table boundary_weights.inc.
//
//   std::vector<uint32_t> f;
//   GapFeatures(text, toks, start, i, so_far, &f);
//   bool split = BoundaryModel::Builtin().Split(f);
//
// Thread safety: BoundaryModel is immutable after construction; Builtin()
// is initialised once (function-local static).
#ifndef KHALDUN_SEGMENT_BOUNDARY_MODEL_H_
#define KHALDUN_SEGMENT_BOUNDARY_MODEL_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/tokenizer.h"

namespace khaldun::segment {

// Features are hashed into this many weights (a power of two).
inline constexpr uint32_t kBoundaryBuckets = 1u << 16;

// What the splitter knows of the sentence so far (it began at toks[start]
// and ends at the gap).
struct SentenceSoFar {
  bool lower_word = false;  // a word with a lower-case initial
  bool colon = false;       // a ":"
  bool content = false;     // a word, number, abbreviation, URL or address
};

// Is the gap between `t` and the next token `nx` one the model decides?
// Same line; t no lower-case word, nor a closing quote or bracket with
// nothing but punctuation before it in the sentence; nx starts
// with a capital (not after a capitalised word when the sentence so far has a
// lower-case word), a digit, a quote, a bracket, a dash or a symbol.
inline bool IsGapCandidate(const RawToken& t, const RawToken& nx,
                           const SentenceSoFar& so_far) {
  if (nx.newlines_before != 0) return false;
  // Not after closing quotes or brackets alone ('community. " A
  // spokesman': the stray quote is no sentence of its own).
  if (!so_far.content &&
      (t.kind == TokKind::kCloseQuote || t.kind == TokKind::kCloseBracket))
    return false;
  if (t.kind == TokKind::kOpenQuote || t.kind == TokKind::kOpenBracket)
    return false;
  // After a lower-case word ("said President ..."), the most common gap in
  // news, EWT has few boundaries (82 of 8,508 such train gaps); leaving
  // these gaps out raised dev sentence F1 (90.84 -> 91.01).
  if (t.kind == TokKind::kWord && t.lower_initial) return false;
  // Between two capitalised words ("Prime Minister", "Tony Blair") after a
  // lower-case word: names in running text.  (EWT's breaks there are
  // signatures and headers, which have no lower-case word before them:
  // "Sean Here you go."; leaving these gaps out cost about one dev
  // sentence and saved most of the model's time on news.)
  if (nx.upper_initial) return !(so_far.lower_word && t.kind == TokKind::kWord);
  switch (nx.kind) {
    case TokKind::kNumber:
    case TokKind::kOpenQuote:
    case TokKind::kOpenBracket:
    case TokKind::kDash:
    case TokKind::kSymbol:
    case TokKind::kUrl:
    case TokKind::kEmail:
    case TokKind::kEmoticon:
      return true;
    default:
      return false;
  }
}

// Sets *out to the bucket indices of the features of the gap after toks[i]
// (the sentence so far began at toks[start]).
void GapFeatures(std::string_view text, const std::vector<RawToken>& toks,
                 uint32_t start, uint32_t i, const SentenceSoFar& so_far,
                 std::vector<uint32_t>* out);

class BoundaryModel {
 public:
  // An empty model (every score 0, so never a boundary).
  BoundaryModel();
  // `weights`: kBoundaryBuckets scaled integer weights; a gap is a boundary
  // when the sum of its features' weights exceeds `threshold`.
  BoundaryModel(std::vector<int32_t> weights, int32_t threshold);

  // The model compiled from boundary_weights.inc.
  static const BoundaryModel& Builtin();

  int32_t Score(const std::vector<uint32_t>& features) const {
    int32_t s = 0;
    if (weights_.empty()) return 0;
    for (uint32_t f : features) s += weights_[f];
    return s;
  }
  bool Split(const std::vector<uint32_t>& features) const {
    return !weights_.empty() && Score(features) > threshold_;
  }
  bool empty() const { return weights_.empty(); }
  const std::vector<int32_t>& weights() const { return weights_; }
  int32_t threshold() const { return threshold_; }

 private:
  std::vector<int32_t> weights_;
  int32_t threshold_ = 0;
};

}  // namespace khaldun::segment

#endif  // KHALDUN_SEGMENT_BOUNDARY_MODEL_H_
