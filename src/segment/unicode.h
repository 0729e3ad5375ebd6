// UTF-8 decoding and the character classes the tokenizer needs.  Never
// fails: an invalid or truncated sequence decodes as U+FFFD with length 1,
// so every byte of the input is consumed exactly once.
//
// Thread safety: pure functions.
#ifndef KHALDUN_SEGMENT_UNICODE_H_
#define KHALDUN_SEGMENT_UNICODE_H_

#include <cstddef>
#include <cstdint>

namespace khaldun::segment {

constexpr uint32_t kReplacementChar = 0xFFFD;

// Decodes the code point at p (p < end); *len receives its byte length.
inline uint32_t DecodeUtf8(const char* p, const char* end, int* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  unsigned char c = s[0];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  size_t avail = static_cast<size_t>(end - p);
  auto cont = [&](size_t i) { return i < avail && (s[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *len = 2;
    return ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    uint32_t cp = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      *len = 3;
      return cp;
    }
  } else if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    uint32_t cp = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) |
                  ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      *len = 4;
      return cp;
    }
  }
  *len = 1;
  return kReplacementChar;
}

enum class CharClass : uint8_t {
  kSpace,    // horizontal white space (incl. NBSP, thin spaces, BOM)
  kNewline,  // \n, U+0085, U+2028, U+2029 (\r is kSpace)
  kUpper,    // upper-case letter (ASCII and Latin-1/Latin Extended-A)
  kLower,    // lower-case letter (same ranges)
  kLetter,   // other letters and marks (no case known): Arabic, CJK, ...
  kDigit,    // 0-9
  kPunct,    // punctuation: split off as its own token
  kSymbol,   // symbols, emoji, U+FFFD: each its own token
};

namespace internal {
// ASCII table, built at compile time.
struct AsciiTable {
  CharClass c[128];
  constexpr AsciiTable() : c() {
    for (int i = 0; i < 128; ++i) {
      if (i >= 'A' && i <= 'Z') {
        c[i] = CharClass::kUpper;
      } else if (i >= 'a' && i <= 'z') {
        c[i] = CharClass::kLower;
      } else if (i >= '0' && i <= '9') {
        c[i] = CharClass::kDigit;
      } else if (i == '\n') {
        c[i] = CharClass::kNewline;
      } else if (i == ' ' || i == '\t' || i == '\r' || i == '\v' || i == '\f' ||
                 i == 0) {
        c[i] = CharClass::kSpace;
      } else if (i < 32 || i == 127) {
        c[i] = CharClass::kSpace;  // other control characters
      } else {
        c[i] = CharClass::kPunct;
      }
    }
  }
};
inline constexpr AsciiTable kAscii;
}  // namespace internal

inline CharClass Classify(uint32_t cp) {
  if (cp < 128) return internal::kAscii.c[cp];
  if (cp < 0x100) {
    if (cp == 0x85) return CharClass::kNewline;
    if (cp <= 0xA0) return CharClass::kSpace;   // C1 controls, NBSP
    if (cp == 0xAD) return CharClass::kLetter;  // soft hyphen: inside words
    if (cp == 0xAA || cp == 0xBA || cp == 0xB5) return CharClass::kLower;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return CharClass::kUpper;
    if (cp >= 0xDF && cp != 0xF7) return CharClass::kLower;
    if (cp == 0xA1 || cp == 0xA7 || cp == 0xAB || cp == 0xB6 || cp == 0xB7 ||
        cp == 0xBB || cp == 0xBF)
      return CharClass::kPunct;
    return CharClass::kSymbol;  // currency, (c), (r), degree, +-, x, ...
  }
  if (cp < 0x180) return (cp & 1) ? CharClass::kLower : CharClass::kUpper;
  if (cp < 0x2000) return CharClass::kLetter;  // Greek, Cyrillic, Arabic, ...
  if (cp <= 0x200B || cp == 0x202F || cp == 0x205F) return CharClass::kSpace;
  if (cp == 0x2028 || cp == 0x2029) return CharClass::kNewline;
  if (cp == 0x200C || cp == 0x200D) return CharClass::kLetter;  // ZWNJ, ZWJ
  if (cp >= 0x202A && cp <= 0x202E) return CharClass::kSpace;   // bidi marks
  if (cp >= 0x2010 && cp <= 0x205E) return CharClass::kPunct;
  if (cp < 0x2070) return CharClass::kSpace;   // invisible formatting chars
  if (cp < 0x20A0) return CharClass::kLetter;  // super/subscripts
  if (cp < 0x3000) return CharClass::kSymbol;  // currency, arrows, math, ...
  if (cp == 0x3000) return CharClass::kSpace;
  if (cp <= 0x3003 || (cp >= 0x3008 && cp <= 0x3011)) return CharClass::kPunct;
  if (cp == 0xFEFF) return CharClass::kSpace;
  if (cp >= 0xFF01 && cp <= 0xFF0F) return CharClass::kPunct;
  if (cp == kReplacementChar || (cp >= 0xFFF0 && cp <= 0xFFFF))
    return CharClass::kSymbol;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return CharClass::kSymbol;  // emoji
  return CharClass::kLetter;
}

inline bool IsSpaceOrNewline(CharClass c) {
  return c == CharClass::kSpace || c == CharClass::kNewline;
}
inline bool IsLetter(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower ||
         c == CharClass::kLetter;
}
inline bool IsAlnum(CharClass c) {
  return IsLetter(c) || c == CharClass::kDigit;
}

// Apostrophe-like code points: ' U+2019 (right single quote).
inline bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }

}  // namespace khaldun::segment

#endif  // KHALDUN_SEGMENT_UNICODE_H_
