#include "io/utf8.h"

#include <cstdint>
#include <cstring>

namespace khaldun {
namespace {

// Length of the well-formed sequence starting at s[i] (1..4), or 0 when the
// sequence is ill-formed; *consumed is then the length of its maximal
// subpart (>= 1): the bytes to replace by one U+FFFD.
inline int SequenceLength(const unsigned char* s, size_t n, size_t i,
                          int* consumed) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  int need;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c == 0xE0) {
    need = 2;
    lo = 0xA0;
  } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
    need = 2;
  } else if (c == 0xED) {
    need = 2;
    hi = 0x9F;  // no surrogates
  } else if (c == 0xF0) {
    need = 3;
    lo = 0x90;  // no overlongs
  } else if (c >= 0xF1 && c <= 0xF3) {
    need = 3;
  } else if (c == 0xF4) {
    need = 3;
    hi = 0x8F;  // <= U+10FFFF
  } else {
    *consumed = 1;  // 0x80..0xC1, 0xF5..0xFF
    return 0;
  }
  int k = 1;
  for (; k <= need; ++k) {
    if (i + k >= n) break;
    unsigned char b = s[i + k];
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) break;
  }
  if (k > need) return need + 1;
  *consumed = k;
  return 0;
}

// Skips ASCII eight bytes at a time.
inline size_t SkipAscii(const unsigned char* s, size_t n, size_t i) {
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < n && s[i] < 0x80) ++i;
  return i;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view sv) {
  const auto* s = reinterpret_cast<const unsigned char*>(sv.data());
  size_t n = sv.size();
  size_t i = 0;
  for (;;) {
    i = SkipAscii(s, n, i);
    if (i >= n) return std::string_view::npos;
    int consumed;
    int len = SequenceLength(s, n, i, &consumed);
    if (len == 0) return i;
    i += len;
  }
}

int ReplaceInvalidUtf8(std::string* str, size_t* first_bad) {
  size_t bad = FindInvalidUtf8(*str);
  if (first_bad) *first_bad = bad;
  if (bad == std::string_view::npos) return 0;
  static constexpr char kReplacement[] = "\xEF\xBF\xBD";
  const auto* s = reinterpret_cast<const unsigned char*>(str->data());
  size_t n = str->size();
  std::string out;
  out.reserve(n + 16);
  out.append(*str, 0, bad);
  int count = 0;
  size_t i = bad;
  while (i < n) {
    size_t j = SkipAscii(s, n, i);
    out.append(reinterpret_cast<const char*>(s + i), j - i);
    i = j;
    if (i >= n) break;
    int consumed;
    int len = SequenceLength(s, n, i, &consumed);
    if (len > 0) {
      out.append(reinterpret_cast<const char*>(s + i), len);
      i += len;
    } else {
      out.append(kReplacement, 3);
      ++count;
      i += consumed;
    }
  }
  str->swap(out);
  return count;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace khaldun
