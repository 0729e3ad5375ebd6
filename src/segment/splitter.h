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

#include "segment/tokenizer.h"

namespace khaldun::segment {

struct SentenceRange {
  uint32_t first = 0;  // token indices [first, last)
  uint32_t last = 0;
  bool heading = false;
};

// Appends the sentences of `tokens` (tokens of `text`) to *out.
// `first_at_line_start`: whether tokens[0] starts a line (false right after
// a dateline).
void SplitSentences(std::string_view text, const std::vector<RawToken>& tokens,
                    bool first_at_line_start, std::vector<SentenceRange>* out);

// True when most line breaks of the document fall inside sentences (text
// wrapped at a fixed width), so that single line breaks are not boundaries.
bool IsHardWrapped(std::string_view text, const std::vector<RawToken>& tokens);

}  // namespace khaldun::segment

#endif  // KHALDUN_SEGMENT_SPLITTER_H_
