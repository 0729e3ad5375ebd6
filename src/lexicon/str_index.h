// StrIndex: numbers distinct strings 0, 1, 2, ... in the order they are
// first inserted and finds a string's number, in one open-addressing table
// of (hash, number) slots over one buffer of the strings' bytes.  The
// lexicon looks up every sub-token of every sentence (its vocabulary) and
// every content word's lemma (its predicates) in such an index; a
// std::unordered_map<std::string, ...> costs a node chain and a separate
// string per probe there.
//
//   StrIndex ix;
//   uint32_t a = ix.Insert("attack");        // 0
//   ix.Insert("attack");                     // 0 again
//   ix.Find("attack") == a;  ix.Find("x") == StrIndex::kNone;
//
// Thread safety: Find may run concurrently; Insert needs exclusive access.
#ifndef KHALDUN_LEXICON_STR_INDEX_H_
#define KHALDUN_LEXICON_STR_INDEX_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun::lex {

class StrIndex {
 public:
  static constexpr uint32_t kNone = 0xffffffffu;

  size_t size() const { return offsets_.size(); }

  // The number of `s`, or kNone.
  uint32_t Find(std::string_view s) const {
    if (slots_.empty()) return kNone;
    const uint64_t h = Hash(s);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& sl = slots_[i];
      if (sl.id == kNone) return kNone;
      if (sl.hash == h && Equals(sl, s)) return sl.id;
    }
  }

  // The number of `s`, inserted with the next number if new.
  uint32_t Insert(std::string_view s) {
    if ((offsets_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = Hash(s);
    size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      const Slot& sl = slots_[i];
      if (sl.id == kNone) break;
      if (sl.hash == h && Equals(sl, s)) return sl.id;
    }
    const uint32_t id = static_cast<uint32_t>(offsets_.size());
    const uint32_t off = static_cast<uint32_t>(bytes_.size());
    offsets_.push_back(off);
    bytes_.append(s);
    slots_[i] = {h, id, off, static_cast<uint32_t>(s.size())};
    return id;
  }

  // The string numbered `id` (< size()).
  std::string_view Get(uint32_t id) const {
    const uint32_t b = offsets_[id];
    const uint32_t e = id + 1 < offsets_.size()
                           ? offsets_[id + 1]
                           : static_cast<uint32_t>(bytes_.size());
    return std::string_view(bytes_).substr(b, e - b);
  }

  // FNV-1a over 8-byte words, then a 64-bit finaliser (murmur3's fmix64).
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0x100000001b3ull;
    }
    uint64_t w = 0;
    if (i < s.size()) std::memcpy(&w, s.data() + i, s.size() - i);
    h = (h ^ w) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kNone;
    uint32_t off = 0;  // the string: bytes_[off, off + len)
    uint32_t len = 0;
  };

  bool Equals(const Slot& sl, std::string_view s) const {
    return sl.len == s.size() &&
           (s.empty() ||
            std::memcmp(bytes_.data() + sl.off, s.data(), s.size()) == 0);
  }

  void Grow() {
    const size_t n = slots_.empty() ? 16 : slots_.size() * 2;
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    for (const Slot& sl : old) {
      if (sl.id == kNone) continue;
      size_t i = sl.hash & mask_;
      while (slots_[i].id != kNone) i = (i + 1) & mask_;
      slots_[i] = sl;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<uint32_t> offsets_;  // start of string id in bytes_
  std::string bytes_;
};

}  // namespace khaldun::lex

#endif  // KHALDUN_LEXICON_STR_INDEX_H_
