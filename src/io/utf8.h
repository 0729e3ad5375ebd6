// UTF-8 validation and repair.  Input text is untrusted: every reader passes
// what it read through ReplaceInvalidUtf8() so that the rest of the pipeline
// may assume well-formed UTF-8.  Reentrant.
#ifndef KHALDUN_IO_UTF8_H_
#define KHALDUN_IO_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace khaldun {

// Byte offset of the first ill-formed UTF-8 sequence in `s` (overlong forms,
// surrogates, code points above U+10FFFF, stray or missing continuation
// bytes), or std::string_view::npos when `s` is well-formed.
size_t FindInvalidUtf8(std::string_view s);

inline bool IsValidUtf8(std::string_view s) {
  return FindInvalidUtf8(s) == std::string_view::npos;
}

// Replaces every maximal ill-formed subsequence of *s with U+FFFD (the
// Unicode "substitution of maximal subparts" practice) and returns the
// number of replacements; 0 (and no allocation) when *s is well-formed.
// When `first_bad` is non-null it receives the offset of the first bad
// byte in the original string.
int ReplaceInvalidUtf8(std::string* s, size_t* first_bad = nullptr);

// Appends the UTF-8 encoding of code point `cp`; NUL, surrogates and values
// above U+10FFFF become U+FFFD.
void AppendUtf8(uint32_t cp, std::string* out);

}  // namespace khaldun

#endif  // KHALDUN_IO_UTF8_H_
