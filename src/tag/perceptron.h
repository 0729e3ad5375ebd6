// Averaged perceptron over hashed features, shared by the tagger, the
// lemmatizer's fallback and the parser.
//
// Features are 64-bit hashes (see HashFeature); a class score is the sum of
// the weights of the sentence's features for that class.  Training uses
// PerceptronTrainer (sparse rows of float weights with lazy averaging);
// Finalize() turns it into a CompactModel: averaged weights quantised to
// int16 with one scale, zero weights dropped, rows stored sparsely
// ((class, weight) pairs) or, when at least half the classes have a weight,
// densely (one int16 per class: smaller, and summed without scattering),
// behind an open-addressing table keyed by the feature hash.  A CompactModel
// is immutable and thread-safe.
//
//   PerceptronTrainer t(/*num_classes=*/3);
//   t.Update(feats.data(), feats.size(), /*truth=*/1, /*guess=*/2);
//   t.Tick();
//   CompactModel m = t.Finalize();
//   int32_t scores[3] = {};
//   m.Score(feats.data(), feats.size(), scores);
#ifndef KHALDUN_TAG_PERCEPTRON_H_
#define KHALDUN_TAG_PERCEPTRON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "khaldun/status.h"
#include "tag/binary_io.h"
#include "tag/flat_map.h"

namespace khaldun::ml {

// 64-bit mixing (the murmur3 finaliser).
inline uint64_t Mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// Hash of a string (FNV-1a then mixed); stable across platforms.
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix64(h);
}

// A feature: template id plus up to three values (themselves hashes or
// small integers).  Well mixed (the low bits index hash tables) and never 0.
inline uint64_t HashFeature(uint64_t tmpl, uint64_t a, uint64_t b = 0,
                            uint64_t c = 0) {
  uint64_t h =
      Mix64((tmpl * 0xd6e8feb86659fd93ULL) ^ (a * 0x9e3779b97f4a7c15ULL) ^
            ((b + 0x632be59bd9b4e019ULL) * 0xc2b2ae3d27d4eb4fULL) ^
            ((c + 0x8cb92ba72f3d8dd7ULL) * 0x165667b19e3779f9ULL));
  return h == 0 ? 1 : h;
}

// scores[c] += row[c] for c < n (SSE2 when available: 8 classes a step).
inline void AddDenseRow(const int16_t* row, int n, int32_t* scores) {
  int c = 0;
#if defined(__SSE2__)
  for (; c + 8 <= n; c += 8) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + c));
    const __m128i sign = _mm_srai_epi16(v, 15);
    __m128i* s = reinterpret_cast<__m128i*>(scores + c);
    _mm_storeu_si128(
        s, _mm_add_epi32(_mm_loadu_si128(s), _mm_unpacklo_epi16(v, sign)));
    _mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1),
                                          _mm_unpackhi_epi16(v, sign)));
  }
#endif
  for (; c < n; ++c) scores[c] += row[c];
}

// The pruning of PerceptronTrainer::Finalize and SmallDenseModel: which of
// the rows to keep so that at most max_rows remain, those of largest L1 norm
// (l1[i] is row i's), a tie going to the earlier row.  keep[i] for each
// row: all true when the rows fit.
std::vector<bool> RowsOfLargestL1(const std::vector<long>& l1, size_t max_rows);

class CompactModel {
 public:
  CompactModel() = default;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return entries_.size() + dense_.size(); }
  size_t bytes() const {
    return slots_.size() * sizeof(Slot) + entries_.size() * sizeof(Entry) +
           dense_.size() * sizeof(int16_t);
  }

  void Prefetch(const uint64_t* feats, size_t n) const {
    for (size_t i = 0; i < n; ++i)
      __builtin_prefetch(&slots_[feats[i] & mask_]);
  }
  // scores[c] += sum of weights of feats for class c (scores has
  // num_classes() elements).  Finds all rows first and prefetches them, so
  // the cache misses overlap.
  void Score(const uint64_t* feats, size_t n, int32_t* scores) const {
    constexpr size_t kChunk = 64;
    uint32_t offset[kChunk], count[kChunk];
    const int nc = num_classes_;
    for (size_t base = 0; base < n; base += kChunk) {
      const size_t m = n - base < kChunk ? n - base : kChunk;
      size_t nf = 0;
      for (size_t i = 0; i < m; ++i) {
        const uint64_t key = feats[base + i];
        size_t pos = key & mask_;
        while (true) {
          const Slot& s = slots_[pos];
          if (s.key == key) {
            if (s.count & kDense)
              __builtin_prefetch(dense_.data() + s.offset);
            else
              __builtin_prefetch(entries_.data() + s.offset);
            offset[nf] = s.offset;
            count[nf++] = s.count;
            break;
          }
          if (s.key == 0) break;
          pos = (pos + 1) & mask_;
        }
      }
      // Locals, not slot fields: stores to scores cannot alias them.
      for (size_t i = 0; i < nf; ++i) {
        if (count[i] & kDense) {
          AddDenseRow(dense_.data() + offset[i], nc, scores);
        } else {
          const Entry* e = entries_.data() + offset[i];
          for (uint32_t k = 0; k < count[i]; ++k) scores[e[k].cls] += e[k].w;
        }
      }
    }
  }
  // Weight scale: real weight = stored / scale().
  float scale() const { return scale_; }

  void Save(BinaryWriter* w) const;
  Status Load(BinaryReader* r);

  // Calls f(key, class, stored weight) for every weight (key order is the
  // table order: deterministic).
  template <typename F>
  void ForEachWeight(F f) const {
    for (const Slot& s : slots_) {
      if (s.key == 0) continue;
      if (s.count & kDense) {
        for (int c = 0; c < num_classes_; ++c)
          if (dense_[s.offset + c] != 0)
            f(s.key, static_cast<uint16_t>(c), dense_[s.offset + c]);
        continue;
      }
      for (uint32_t k = 0; k < s.count; ++k)
        f(s.key, entries_[s.offset + k].cls, entries_[s.offset + k].w);
    }
  }

 private:
  friend class PerceptronTrainer;
  // count & kDense: offset indexes dense_ (num_classes_ weights); else
  // offset and count delimit the row's (class, weight) pairs in entries_.
  static constexpr uint32_t kDense = 1u << 31;
  struct Slot {
    uint64_t key = 0;
    uint32_t offset = 0;
    uint32_t count = 0;
  };
  struct Entry {
    uint16_t cls;
    int16_t w;
  };
  // Slots of the table of n rows as written to the model file (load factor
  // <= 0.7); in memory the table has kSpread times as many (see Load).
  static size_t CanonicalSlots(size_t n);
  static constexpr size_t kSpread = 2;
  // The slots of the canonical table (as Finalize builds it).
  HugeVector<Slot> CanonicalTable() const;
  // Re-inserts the rows into a table of `slots` slots (in key order: the
  // canonical layout; else in table order, faster).
  void Spread(size_t slots, bool key_order);
  int num_classes_ = 0;
  size_t num_features_ = 0;
  float scale_ = 1;
  size_t mask_ = 0;
  // Huge pages: the rows are probed at random.
  HugeVector<Slot> slots_;
  HugeVector<Entry> entries_;
  HugeVector<int16_t> dense_;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);
  int num_classes() const { return num_classes_; }

  // scores[c] += current (not averaged) weights.
  void Score(const uint64_t* feats, size_t n, float* scores) const;
  // Perceptron update: +1 for truth, -1 for guess (no-op when equal).
  void Update(const uint64_t* feats, size_t n, int truth, int guess);
  // Adds delta to the weight of class cls of each feature (a one-sided
  // update, for structured training: +1 on the truth's features, -1 on the
  // guess's, summed over a whole sequence).
  void Add(const uint64_t* feats, size_t n, int cls, float delta);
  // Advances the averaging clock (call once per training instance).
  void Tick() { ++clock_; }
  size_t num_features() const { return used_; }

  // Averaged, quantised, pruned model: zero weights are dropped, and at
  // most max_features rows are kept (those of largest L1 norm).
  CompactModel Finalize(size_t max_features = static_cast<size_t>(-1)) const;

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double total;
    uint64_t ts;
  };
  int64_t Find(uint64_t key) const;
  uint32_t FindOrAdd(uint64_t key);
  // Adds delta to the weight of cls in row (a new entry if absent), keeping
  // the lazy average up to date.
  void Bump(std::vector<Entry>* row, uint16_t cls, float delta);
  void Grow();

  int num_classes_;
  uint64_t clock_ = 1;
  // Open addressing: keys_[i] == 0 means empty; rows_index_[i] -> rows_.
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> row_of_;
  size_t used_ = 0;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace khaldun::ml

#endif  // KHALDUN_TAG_PERCEPTRON_H_
