// Little helpers to write and read the binary model format: fixed-width
// little-endian integers, floats, length-prefixed strings and arrays.  The
// reader checks bounds and reports DataLoss on truncated input.
#ifndef KHALDUN_TAG_BINARY_IO_H_
#define KHALDUN_TAG_BINARY_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::ml {

class BinaryWriter {
 public:
  explicit BinaryWriter(std::string* out) : out_(out) {}
  template <typename T>
  void Put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_->append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_->append(s.data(), s.size());
  }
  template <typename T, typename A>
  void PutVector(const std::vector<T, A>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<uint64_t>(v.size());
    out_->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void PutStrings(const std::vector<std::string>& v) {
    Put<uint32_t>(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) PutString(s);
  }

 private:
  std::string* out_;
};

class BinaryReader {
 public:
  BinaryReader(std::string_view data, std::string what)
      : data_(data), what_(std::move(what)) {}
  template <typename T>
  Status Get(T* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (data_.size() - pos_ < sizeof(T)) return Truncated();
    std::memcpy(v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return Status::OK();
  }
  Status GetString(std::string* s) {
    uint32_t n = 0;
    Status st = Get(&n);
    if (!st.ok()) return st;
    if (data_.size() - pos_ < n) return Truncated();
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return Status::OK();
  }
  template <typename T, typename A>
  Status GetVector(std::vector<T, A>* v) {
    uint64_t n = 0;
    Status st = Get(&n);
    if (!st.ok()) return st;
    if ((data_.size() - pos_) / sizeof(T) < n) return Truncated();
    v->resize(n);
    std::memcpy(v->data(), data_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return Status::OK();
  }
  Status GetStrings(std::vector<std::string>* v) {
    uint32_t n = 0;
    Status st = Get(&n);
    if (!st.ok()) return st;
    if (n > data_.size() - pos_) return Truncated();
    v->resize(n);
    for (auto& s : *v) {
      st = GetString(&s);
      if (!st.ok()) return st;
    }
    return Status::OK();
  }
  bool done() const { return pos_ == data_.size(); }
  Status Corrupt(const std::string& why) const {
    return Status::DataLoss(what_ + ": corrupt model (" + why + ")");
  }

 private:
  Status Truncated() const {
    return Status::DataLoss(what_ + ": truncated model file");
  }
  std::string_view data_;
  size_t pos_ = 0;
  std::string what_;
};

#define KHALDUN_ML_TRY(expr)       \
  do {                             \
    ::khaldun::Status _s = (expr); \
    if (!_s.ok()) return _s;       \
  } while (0)

}  // namespace khaldun::ml

#endif  // KHALDUN_TAG_BINARY_IO_H_
