// Sentence boundary detection over RawTokens (see tokenizer.h).  Rules:
// blank lines are hard boundaries; a single line break ends a segment unless
// the document is hard-wrapped; . ? ! and ellipses end a sentence (with the
// closing quotes and brackets that follow them) unless what follows says
// otherwise; abbreviations end a sentence only before a typical sentence
// starter; a line without final punctuation is a heading.
//
// Thread safety: pure function.
#ifndef KHALDUN_SEGMENT_SPLITTER_H_
#define KHALDUN_SEGMENT_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/boundary_model.h"
#include "segment/tokenizer.h"

namespace khaldun::segment {

struct SentenceRange {
  uint32_t first = 0;  // token indices [first, last)
  uint32_t last = 0;
  bool heading = false;
};

// Decides the gaps that the rules leave open and IsGapCandidate accepts
// (boundary_model.h): the sentence so far began at toks[start], the gap is
// after toks[i].
class GapDecider {
 public:
  virtual ~GapDecider() = default;
  virtual bool Split(std::string_view text, const std::vector<RawToken>& toks,
                     uint32_t start, uint32_t i,
                     const SentenceSoFar& so_far) = 0;
};

// Decides the open gaps with a trained BoundaryModel (not owned).
class ModelGapDecider : public GapDecider {
 public:
  explicit ModelGapDecider(const BoundaryModel& model) : model_(model) {}
  bool Split(std::string_view text, const std::vector<RawToken>& toks,
             uint32_t start, uint32_t i, const SentenceSoFar& so_far) override;

 private:
  const BoundaryModel& model_;
};

// Appends the sentences of `tokens` (tokens of `text`) to *out.
// `first_at_line_start`: whether tokens[0] starts a line (false right after
// a dateline).  Open gaps are decided by BoundaryModel::Builtin().
void SplitSentences(std::string_view text, const std::vector<RawToken>& tokens,
                    bool first_at_line_start, std::vector<SentenceRange>* out);

// The same with another decider for the open gaps (nullptr: rules only).
void SplitSentences(std::string_view text, const std::vector<RawToken>& tokens,
                    bool first_at_line_start, GapDecider* decider,
                    std::vector<SentenceRange>* out);

// True when most line breaks of the document fall inside sentences (text
// wrapped at a fixed width), so that single line breaks are not boundaries.
bool IsHardWrapped(std::string_view text, const std::vector<RawToken>& tokens);

}  // namespace khaldun::segment

#endif  // KHALDUN_SEGMENT_SPLITTER_H_
