// Memory helpers for the models' lookup tables, which are read once per
// feature or word and are too large for the caches:
//
//   HugeVector<T>  a std::vector whose buffers of 1 MB or more are 2 MB
//                  aligned and marked for transparent huge pages (madvise),
//                  so that random probes into an 8 MB table do not miss the
//                  TLB; smaller buffers come from std::allocator.
//   FlatMap64<V>   an open-addressing hash map from 64-bit keys (usually
//                  hashes already) to small values: one probe sequence in one
//                  array instead of std::unordered_map's node chains.
//
//   FlatMap64<uint32_t> m;
//   m[key] = 7;
//   if (const uint32_t* v = m.find(key)) use(*v);
//
// Thread safety: like std containers (const members may run concurrently).
#ifndef KHALDUN_TAG_FLAT_MAP_H_
#define KHALDUN_TAG_FLAT_MAP_H_

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace khaldun::ml {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kPage = size_t{2} << 20;
  static constexpr size_t kMinBytes = size_t{1} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kMinBytes) return std::allocator<T>().allocate(n);
    const size_t rounded = (bytes + kPage - 1) / kPage * kPage;
    void* p = std::aligned_alloc(kPage, rounded);
    if (p == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(p, rounded, MADV_HUGEPAGE);  // advisory: failure is harmless
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kMinBytes) {
      std::allocator<T>().deallocate(p, n);
    } else {
      std::free(p);
    }
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

template <typename V>
class FlatMap64 {
 public:
  using value_type = std::pair<uint64_t, V>;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() {
    slots_.clear();
    mask_ = 0;
    size_ = 0;
    has_zero_ = false;
  }
  void reserve(size_t n) {
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    if (cap > capacity()) Rehash(cap);
  }

  const V* find(uint64_t key) const {
    if (key == 0) return has_zero_ ? &slots_[mask_ + 1].second : nullptr;
    if (slots_.empty()) return nullptr;
    for (size_t pos = Home(key);; pos = (pos + 1) & mask_) {
      const value_type& s = slots_[pos];
      if (s.first == key) return &s.second;
      if (s.first == 0) return nullptr;
    }
  }
  size_t count(uint64_t key) const { return find(key) != nullptr; }
  // Brings the key's first slot towards the cache (before a find()).
  void Prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Home(key)]);
  }

  V& operator[](uint64_t key) {
    if ((size_ + 1) * 2 > capacity()) Rehash(capacity() ? capacity() * 2 : 16);
    if (key == 0) {
      if (!has_zero_) {
        has_zero_ = true;
        ++size_;
        slots_[mask_ + 1].second = V();
      }
      return slots_[mask_ + 1].second;
    }
    size_t pos = Home(key);
    while (slots_[pos].first != 0 && slots_[pos].first != key)
      pos = (pos + 1) & mask_;
    if (slots_[pos].first == 0) {
      slots_[pos].first = key;
      slots_[pos].second = V();
      ++size_;
    }
    return slots_[pos].second;
  }

  // Iteration over the entries (table order).
  template <typename M, typename P>
  class Iter {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::remove_const_t<P>;
    using difference_type = std::ptrdiff_t;
    using pointer = P*;
    using reference = P&;
    Iter(M* m, size_t i) : m_(m), i_(i) { Skip(); }
    P& operator*() const { return m_->slots_[i_]; }
    P* operator->() const { return &m_->slots_[i_]; }
    Iter& operator++() {
      ++i_;
      Skip();
      return *this;
    }
    bool operator==(const Iter& o) const { return i_ == o.i_; }
    bool operator!=(const Iter& o) const { return i_ != o.i_; }

   private:
    void Skip() {
      const size_t cap = m_->capacity();
      while (i_ < cap && m_->slots_[i_].first == 0) ++i_;
      if (i_ == cap && !m_->has_zero_) i_ = cap + 1;
    }
    M* m_;
    size_t i_;
  };
  using const_iterator = Iter<const FlatMap64, const value_type>;
  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, capacity() + 1); }

 private:
  size_t capacity() const { return slots_.empty() ? 0 : mask_ + 1; }
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9e3779b97f4a7c15ULL) >> shift_);
  }
  void Rehash(size_t cap) {
    const size_t old_cap = capacity();
    HugeVector<value_type> old;
    old.swap(slots_);
    const bool old_zero = has_zero_;
    slots_.assign(cap + 1, value_type(0, V()));
    mask_ = cap - 1;
    shift_ = 64;
    for (size_t c = cap; c > 1; c >>= 1) --shift_;
    size_ = 0;
    has_zero_ = false;
    for (size_t i = 0; i < old_cap; ++i)
      if (old[i].first != 0) (*this)[old[i].first] = std::move(old[i].second);
    if (old_zero) (*this)[0] = std::move(old[old_cap].second);
  }

  HugeVector<value_type> slots_;  // capacity() slots, then the zero key's
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
  bool has_zero_ = false;
};

}  // namespace khaldun::ml

#endif  // KHALDUN_TAG_FLAT_MAP_H_
