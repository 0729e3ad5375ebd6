// The order in which a trainer visits its examples, reshuffled every epoch
// from a seeded generator.  Fisher-Yates with the raw generator's output
// taken modulo the range (not std::shuffle or a distribution, whose results
// differ between standard libraries), so a training run gives the same
// model bytes on every platform.
//
//   EpochOrder order(examples.size(), seed);
//   for (int epoch = 0; epoch < epochs; ++epoch)
//     for (size_t k : order.Next()) Learn(examples[k]);
//
// Thread safety: none (one per training loop).
#ifndef KHALDUN_UTIL_EPOCH_ORDER_H_
#define KHALDUN_UTIL_EPOCH_ORDER_H_

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace khaldun {

class EpochOrder {
 public:
  // The identity order of n items, and the generator seeded with seed.
  EpochOrder(size_t n, uint64_t seed) : order_(n), rng_(seed) {
    for (size_t i = 0; i < n; ++i) order_[i] = i;
  }
  // Shuffles the current order and returns it.
  const std::vector<size_t>& Next() {
    for (size_t i = order_.size(); i > 1; --i)
      std::swap(order_[i - 1], order_[rng_() % i]);
    return order_;
  }
  // The generator, for a trainer's other random choices (drawn between
  // the epochs' shuffles, so they keep their place in its sequence).
  std::mt19937_64& generator() { return rng_; }

 private:
  std::vector<size_t> order_;
  std::mt19937_64 rng_;
};

}  // namespace khaldun

#endif  // KHALDUN_UTIL_EPOCH_ORDER_H_
