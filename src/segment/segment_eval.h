// Evaluation of sentence segmentation and tokenisation in the style of the
// CoNLL 2018 shared task: gold and system segment the same text, and units
// are aligned by character offsets.
// - tokens: surface tokens (a multi-word token such as "don't" counts once);
// - words: syntactic words ("do", "n't");
// - sentences: a sentence is correct when its first and last characters
//   match a gold sentence's.
// Precision = correct / system, recall = correct / gold.
//
//   SegmentEval eval;
//   Segmenter segmenter;
//   KHALDUN_RETURN_IF_ERROR(EvaluateOnConllu(segmenter,
//   "en_ewt-ud-test.conllu",
//                                            {}, &eval));
//   std::cout << eval.Table();
//
// A dateline found by the system counts as one sentence (EWT annotates
// "TEHRAN (AFP) -" as a sentence of its own) and its tokens count.
//
// Thread safety: plain values and pure functions.
#ifndef KHALDUN_SEGMENT_SEGMENT_EVAL_H_
#define KHALDUN_SEGMENT_SEGMENT_EVAL_H_

#include <cstdint>
#include <functional>
#include <string>

#include "khaldun/document.h"
#include "khaldun/segmenter.h"
#include "khaldun/status.h"

namespace khaldun::segment {

struct Prf {
  int64_t gold = 0;
  int64_t system = 0;
  int64_t correct = 0;
  double precision() const { return system ? double(correct) / system : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    return gold + system ? 2.0 * double(correct) / double(gold + system) : 0;
  }
};

struct SegmentEval {
  Prf tokens, words, sentences;
  int64_t documents = 0;
  // The CoNLL 2018 style table (percentages) with counts.
  std::string Table() const;
};

// Adds the comparison of `system` with `gold` (same text) to *eval.
void CompareSegmentation(const Document& gold, const Document& system,
                         SegmentEval* eval);

struct EvalOptions {
  // Called for each gold document with the system's document, e.g. to print
  // errors; may be empty.
  std::function<void(const Document& gold, const Document& system)> inspect;
};

// Reads every document of a CoNLL-U file (text rebuilt from the tokens and
// SpaceAfter, paragraphs and documents separated by blank lines), segments
// its text with `segmenter` and compares.
Status EvaluateOnConllu(const Segmenter& segmenter, const std::string& path,
                        const EvalOptions& options, SegmentEval* eval);

}  // namespace khaldun::segment

#endif  // KHALDUN_SEGMENT_SEGMENT_EVAL_H_
