// The tokenizer: splits a byte range of text into light-weight RawTokens
// (spans plus the facts the sentence splitter needs).  Public behaviour is
// described in include/khaldun/segmenter.h.
//
//   std::vector<RawToken> toks;
//   TokenizeRange(text, 0, text.size(), TokenizerOptions{}, &toks);
//
// Thread safety: pure function of its arguments.
#ifndef KHALDUN_SEGMENT_TOKENIZER_H_
#define KHALDUN_SEGMENT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace khaldun::segment {

enum class TokKind : uint8_t {
  kWord,          // letters (maybe with digits, internal . ' - &)
  kNumber,        // starts with a digit
  kAbbrev,        // word with an attached final period: U.S., Gen., J.
  kPeriod,        // "."
  kEllipsis,      // "..", "...", "....", "…"
  kQmark,         // "?", "!", "?!", "!!!" (sentence-final other than ".")
  kOpenQuote,     // " ' “ ‘ « `` opening
  kCloseQuote,    // " ' ” ’ » '' closing
  kOpenBracket,   // ( [ {
  kCloseBracket,  // ) ] }
  kDash,          // -, --, —, –
  kPunct,         // other punctuation: , ; : / etc.
  kSymbol,        // $ % & # + = < > ~ ^ | © ... emoji, U+FFFD
  kUrl,
  kEmail,
  kEmoticon,  // :) ;-) <3
};

// Classes of abbreviations (kAbbrev tokens).
enum class AbbrevKind : uint8_t {
  kNone,
  kTitle,    // Mr. Gen. Dr. St. No. vs. e.g. -- precede what follows
  kInitial,  // single letter: J.
  kMonth,    // Jan. Sept.
  kOther,    // U.S. Inc. etc. a.m. -- may end a sentence
};

struct RawToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokKind kind = TokKind::kWord;
  AbbrevKind abbrev = AbbrevKind::kNone;
  uint8_t newlines_before = 0;   // 0, 1, or 2 (= a blank line or more)
  bool space_before = false;     // white space (or text start) before
  bool fused_with_next = false;  // a clitic split: same surface token
  bool upper_initial = false;    // first char is an upper-case letter
  bool lower_initial = false;    // first char is a lower-case letter
};

struct TokenizerOptions {
  bool split_hyphens = false;
  bool split_clitics = true;
};

// Appends the tokens of text[begin, end) to *out.  `begin` is treated as the
// start of a line.
void TokenizeRange(std::string_view text, uint32_t begin, uint32_t end,
                   const TokenizerOptions& options, std::vector<RawToken>* out);

}  // namespace khaldun::segment

#endif  // KHALDUN_SEGMENT_TOKENIZER_H_
