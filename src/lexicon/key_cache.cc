#include "lexicon/key_cache.h"

#include <unordered_map>

namespace khaldun::lex {
namespace {

struct Hash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>()(s);
  }
};

struct Cache {
  KeyFunction key = nullptr;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> map;
};

}  // namespace

const std::string& CachedKey(std::string_view text, KeyFunction key) {
  static thread_local Cache cache;
  if (cache.key != key) {  // another key function: start afresh
    cache.map.clear();
    cache.key = key;
  }
  auto it = cache.map.find(text);
  if (it != cache.map.end()) return it->second;
  if (cache.map.size() >= kMaxKeyCacheEntries) cache.map.clear();
  return cache.map.emplace(std::string(text), key(text)).first->second;
}

}  // namespace khaldun::lex
