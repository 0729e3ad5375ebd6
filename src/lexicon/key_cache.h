// A per-thread memo of the lexicon's lookup key of a word or phrase
// (Compiled::Key in lexicon.cc: the name tokenizer, lowercasing and hyphen
// splitting, i.e. a run of the segmenter's tokenizer per call).  The coder
// asks for the key of the same few thousand lemmas millions of times
// (Lexicon::InSynset for every word-class element of every pattern tried),
// so the key is computed once per thread and lemma.
//
// Thread safety: each thread has its own cache (thread_local); the key
// function must be pure.  The cache is emptied when it holds more than
// kMaxEntries keys, so its memory stays bounded on any input.
#ifndef KHALDUN_LEXICON_KEY_CACHE_H_
#define KHALDUN_LEXICON_KEY_CACHE_H_

#include <string>
#include <string_view>

namespace khaldun::lex {

using KeyFunction = std::string (*)(std::string_view);

constexpr size_t kMaxKeyCacheEntries = 1 << 16;

// key(text), memoised per thread (the same key function on every call from
// a given call site).  The reference is valid until the next call.
const std::string& CachedKey(std::string_view text, KeyFunction key);

}  // namespace khaldun::lex

#endif  // KHALDUN_LEXICON_KEY_CACHE_H_
