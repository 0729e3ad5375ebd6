#include "segment/boundary_model.h"

#include <utility>

#include "segment/abbreviations.h"

namespace khaldun::segment {
namespace {

struct BoundaryWeight {
  uint32_t bucket;
  int32_t weight;
};

#include "segment/boundary_weights.inc"

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

// FNV-1a of a token's lower-cased form (ASCII letters lowered; at most 24
// bytes).
uint64_t HashLower(std::string_view text, const RawToken& t) {
  uint64_t h = kFnvOffset;
  uint32_t end = t.end - t.begin > 24 ? t.begin + 24 : t.end;
  for (uint32_t k = t.begin; k < end; ++k) {
    char c = text[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    h = (h ^ static_cast<uint8_t>(c)) * kFnvPrime;
  }
  return h;
}

// FNV-1a of a compressed shape: runs of upper-case letters X, lower-case
// x, digits d, non-ASCII bytes u, other characters as themselves; at most 6
// symbols.
uint64_t HashShape(std::string_view text, const RawToken& t) {
  uint64_t h = kFnvOffset;
  char prev = 0;
  int n = 0;
  for (uint32_t k = t.begin; k < t.end && n < 6; ++k) {
    char c = text[k];
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
    } else if (c >= '0' && c <= '9') {
      s = 'd';
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      s = 'u';
    } else {
      s = c;
    }
    if (s == prev && (s == 'X' || s == 'x' || s == 'd' || s == 'u')) continue;
    h = (h ^ static_cast<uint8_t>(s)) * kFnvPrime;
    prev = s;
    ++n;
  }
  return h;
}

// A feature's bucket: template number and up to three values, mixed.
inline uint32_t Bucket(uint64_t templ, uint64_t a = 0, uint64_t b = 0,
                       uint64_t c = 0) {
  uint64_t h = (templ + 1) * 0x9E3779B97F4A7C15ull;
  h = (h ^ a) * 0xff51afd7ed558ccdull;
  h = (h ^ (h >> 32) ^ b) * 0xc4ceb9fe1a85ec53ull;
  h = (h ^ (h >> 29) ^ c) * 0x9E3779B97F4A7C15ull;
  return static_cast<uint32_t>(h >> 40) & (kBoundaryBuckets - 1);
}

uint32_t LengthBucket(uint32_t n) {
  if (n <= 4) return n;
  if (n <= 6) return 5;
  if (n <= 10) return 6;
  if (n <= 15) return 7;
  if (n <= 25) return 8;
  return 9;
}

}  // namespace

void GapFeatures(std::string_view text, const std::vector<RawToken>& toks,
                 uint32_t start, uint32_t i, const SentenceSoFar& so_far,
                 std::vector<uint32_t>* out) {
  out->clear();
  const uint32_t n = static_cast<uint32_t>(toks.size());
  const RawToken& t = toks[i];
  const RawToken& nx = toks[i + 1];
  const bool has_prev = i > start;
  const bool has_nn = i + 2 < n && toks[i + 2].newlines_before < 2;
  // Per-token hashes (the start and end of the sentence or paragraph have
  // their own values).
  const uint64_t lt = HashLower(text, t), ln = HashLower(text, nx);
  const uint64_t st = HashShape(text, t), sn = HashShape(text, nx);
  const uint64_t lp = has_prev ? HashLower(text, toks[i - 1]) : 1;
  const uint64_t sp = has_prev ? HashShape(text, toks[i - 1]) : 1;
  const uint64_t lnn = has_nn ? HashLower(text, toks[i + 2]) : 2;
  const uint64_t snn = has_nn ? HashShape(text, toks[i + 2]) : 2;
  const uint32_t len = LengthBucket(i - start + 1);
  const bool lower_word = so_far.lower_word;
  const bool colon = so_far.colon;
  const bool para_start = start == 0 || toks[start].newlines_before >= 2;
  uint32_t rest = 0;
  while (i + 1 + rest < n && rest < 30 &&
         (rest == 0 || toks[i + 1 + rest].newlines_before < 2))
    ++rest;
  const uint32_t kinds =
      static_cast<uint32_t>(t.kind) * 32 + static_cast<uint32_t>(nx.kind);
  const bool starter = nx.upper_initial && IsSentenceStarter(text.substr(
                                               nx.begin, nx.end - nx.begin));

  out->resize(27);
  uint32_t* f = out->data();
  f[0] = Bucket(0);
  f[1] = Bucket(1, lt);
  f[2] = Bucket(2, ln);
  f[3] = Bucket(3, lp);
  f[4] = Bucket(4, lnn);
  f[5] = Bucket(5, st);
  f[6] = Bucket(6, sn);
  f[7] = Bucket(7, sp);
  f[8] = Bucket(8, snn);
  f[9] = Bucket(9, st, sn);
  f[10] = Bucket(10, sp, st, sn);
  f[11] = Bucket(11, st, sn, snn);
  f[12] = Bucket(12, lt, sn);
  f[13] = Bucket(13, st, ln);
  f[14] = Bucket(14, lt, ln);
  f[15] = Bucket(15, kinds);
  f[16] = Bucket(16, len);
  f[17] = Bucket(17, len, st);
  f[18] = Bucket(18, len, sn);
  f[19] = Bucket(19, len * 2 + lower_word);
  f[20] = Bucket(20, len * 2 + para_start);
  f[21] = Bucket(21, LengthBucket(rest));
  f[22] = Bucket(22, starter, st);
  f[23] = Bucket(23, lp, lt);
  f[24] = Bucket(24, ln, lnn);
  f[25] = Bucket(25, colon, st);
  f[26] = Bucket(26, lower_word, st, sn);
}

BoundaryModel::BoundaryModel() = default;

BoundaryModel::BoundaryModel(std::vector<int32_t> weights, int32_t threshold)
    : weights_(std::move(weights)), threshold_(threshold) {}

const BoundaryModel& BoundaryModel::Builtin() {
  static const BoundaryModel* model = [] {
    if (sizeof(kBoundaryWeights) / sizeof(kBoundaryWeights[0]) <= 1)
      return new BoundaryModel();
    std::vector<int32_t> w(kBoundaryBuckets, 0);
    for (const BoundaryWeight& b : kBoundaryWeights)
      if (b.bucket < kBoundaryBuckets) w[b.bucket] = b.weight;
    return new BoundaryModel(std::move(w), kBoundaryThreshold);
  }();
  return *model;
}

}  // namespace khaldun::segment
