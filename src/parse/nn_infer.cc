#include "parse/nn_infer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define KHALDUN_NN_X86 1
#endif

namespace khaldun {
namespace nn {
namespace {

int Round8(int n) { return (n + 7) & ~7; }

// The float product (the first layer's tables, at load).
void PanelPlain(const float* P, int K, int w, const float* X, int xs, int n,
                float* Y, int ys) {
  for (int t = 0; t < n; ++t) {
    const float* x = X + static_cast<size_t>(t) * xs;
    float* y = Y + static_cast<size_t>(t) * ys;
    for (int k = 0; k < K; ++k) {
      const float* row = P + static_cast<size_t>(k) * w;
      for (int j = 0; j < w; ++j) y[j] += x[k] * row[j];
    }
  }
}

constexpr int kInputBits = 13;

// One quantised panel of w columns (see QuantPanels).
void QuantPanelPlain(const int16_t* P, int pairs, int w, const int16_t* XQ,
                     int xqs, int n, const float* scale, float* Y, int ys,
                     bool add) {
  int32_t acc[16];
  for (int t = 0; t < n; ++t) {
    const int16_t* x = XQ + static_cast<size_t>(t) * xqs;
    std::fill(acc, acc + w, 0);
    for (int kp = 0; kp < pairs; ++kp) {
      const int16_t* row = P + static_cast<size_t>(kp) * 2 * w;
      const int32_t x0 = x[2 * kp], x1 = x[2 * kp + 1];
      for (int c = 0; c < w; ++c)
        acc[c] += row[2 * c] * x0 + row[2 * c + 1] * x1;
    }
    float* y = Y + static_cast<size_t>(t) * ys;
    // Fused, as in the AVX2 kernel: the same bits.
    for (int c = 0; c < w; ++c)
      y[c] = add ? std::fma(static_cast<float>(acc[c]), scale[c], y[c])
                 : static_cast<float>(acc[c]) * scale[c];
  }
}

void SigmoidPlain(float* x, int n) {
  for (int i = 0; i < n; ++i) x[i] = Sigmoid(x[i]);
}

// round(clamp(x, -1, 1) * 2^13): a 16-bit input of QuantGemm.
inline int16_t QuantizeInput(float x) {
  return static_cast<int16_t>(
      std::lrint(std::min(1.0f, std::max(-1.0f, x)) * (1 << kInputBits)));
}

void TanhPlain(float* x, int n) {
  for (int i = 0; i < n; ++i) x[i] = std::tanh(x[i]);
}

#ifdef KHALDUN_NN_X86
#define KHALDUN_AVX2 __attribute__((target("avx2,fma")))

// One panel of V x 8 columns: four tokens at a time (4 x V accumulators,
// V weight loads and 4 broadcasts per row), then single tokens.
template <int V>
KHALDUN_AVX2 void PanelAvx2(const float* P, int K, const float* X, int xs,
                            int n, float* Y, int ys) {
  int t = 0;
  for (; t + 4 <= n; t += 4) {
    const float* x = X + static_cast<size_t>(t) * xs;
    float* y = Y + static_cast<size_t>(t) * ys;
    __m256 acc[4][V];
#pragma GCC unroll 4
    for (int r = 0; r < 4; ++r)
#pragma GCC unroll 3
      for (int q = 0; q < V; ++q)
        acc[r][q] = _mm256_loadu_ps(y + static_cast<size_t>(r) * ys + 8 * q);
    const float* w = P;
    for (int k = 0; k < K; ++k, w += 8 * V) {
      __m256 wv[V];
#pragma GCC unroll 3
      for (int q = 0; q < V; ++q) wv[q] = _mm256_loadu_ps(w + 8 * q);
#pragma GCC unroll 4
      for (int r = 0; r < 4; ++r) {
        const __m256 b =
            _mm256_broadcast_ss(x + static_cast<size_t>(r) * xs + k);
#pragma GCC unroll 3
        for (int q = 0; q < V; ++q)
          acc[r][q] = _mm256_fmadd_ps(wv[q], b, acc[r][q]);
      }
    }
#pragma GCC unroll 4
    for (int r = 0; r < 4; ++r)
#pragma GCC unroll 3
      for (int q = 0; q < V; ++q)
        _mm256_storeu_ps(y + static_cast<size_t>(r) * ys + 8 * q, acc[r][q]);
  }
  for (; t < n; ++t) {
    const float* x = X + static_cast<size_t>(t) * xs;
    float* y = Y + static_cast<size_t>(t) * ys;
    __m256 acc[V];
#pragma GCC unroll 3
    for (int q = 0; q < V; ++q) acc[q] = _mm256_loadu_ps(y + 8 * q);
    const float* w = P;
    for (int k = 0; k < K; ++k, w += 8 * V) {
      const __m256 b = _mm256_broadcast_ss(x + k);
#pragma GCC unroll 3
      for (int q = 0; q < V; ++q)
        acc[q] = _mm256_fmadd_ps(_mm256_loadu_ps(w + 8 * q), b, acc[q]);
    }
#pragma GCC unroll 3
    for (int q = 0; q < V; ++q) _mm256_storeu_ps(y + 8 * q, acc[q]);
  }
}

KHALDUN_AVX2 void GemmAvx2(const Panels& W, const float* X, int xs, int n,
                           float* Y, int ys) {
  const int K = W.K, N = W.N;
  const float* P = W.data.data();
  for (int j = 0; j < N; j += 24) {
    const float* panel = P + static_cast<size_t>(j) * K;
    switch (std::min(24, N - j)) {
      case 24:
        PanelAvx2<3>(panel, K, X, xs, n, Y + j, ys);
        break;
      case 16:
        PanelAvx2<2>(panel, K, X, xs, n, Y + j, ys);
        break;
      default:
        PanelAvx2<1>(panel, K, X, xs, n, Y + j, ys);
    }
  }
}

// The input pair (x[0], x[1]) in every 32-bit lane.
KHALDUN_AVX2 inline __m256i Pair(const int16_t* x) {
  int32_t v;
  std::memcpy(&v, x, sizeof v);
  return _mm256_set1_epi32(v);
}

// y[0..8) += acc * scale[0..8) (fused), or = with kAdd false.
template <bool kAdd>
KHALDUN_AVX2 inline void Finish(__m256i acc, const float* scale, float* y) {
  const __m256 a = _mm256_cvtepi32_ps(acc), s = _mm256_loadu_ps(scale);
  _mm256_storeu_ps(y, kAdd ? _mm256_fmadd_ps(a, s, _mm256_loadu_ps(y))
                           : _mm256_mul_ps(a, s));
}

// T tokens (1-4) by one quantised panel of V x 8 columns: T x V
// accumulators; each weight load serves the T tokens.  A single token
// keeps two partial sums per column block over alternating row pairs (one
// chain of dependent adds would wait on each multiply).  Integer sums: any
// order gives the same result.
template <int T, int V, bool kAdd>
KHALDUN_AVX2 void QuantBlockAvx2(const int16_t* P, int pairs, const int16_t* x,
                                 int xqs, const float* scale, float* y,
                                 int ys) {
  constexpr int U = T == 1 ? 2 : 1;  // partial sums per accumulator
  __m256i acc[T * U][V];
#pragma GCC unroll 4
  for (int r = 0; r < T * U; ++r)
#pragma GCC unroll 2
    for (int q = 0; q < V; ++q) acc[r][q] = _mm256_setzero_si256();
  const int16_t* w = P;
  int kp = 0;
  for (; kp + U <= pairs; kp += U) {
#pragma GCC unroll 2
    for (int u = 0; u < U; ++u, w += 16 * V) {
      __m256i wv[V];
#pragma GCC unroll 2
      for (int q = 0; q < V; ++q)
        wv[q] =
            _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + 16 * q));
#pragma GCC unroll 4
      for (int r = 0; r < T; ++r) {
        const __m256i b = Pair(x + static_cast<size_t>(r) * xqs + 2 * (kp + u));
#pragma GCC unroll 2
        for (int q = 0; q < V; ++q)
          acc[r * U + u][q] =
              _mm256_add_epi32(acc[r * U + u][q], _mm256_madd_epi16(wv[q], b));
      }
    }
  }
  for (; kp < pairs; ++kp, w += 16 * V)
#pragma GCC unroll 4
    for (int r = 0; r < T; ++r) {
      const __m256i b = Pair(x + static_cast<size_t>(r) * xqs + 2 * kp);
#pragma GCC unroll 2
      for (int q = 0; q < V; ++q)
        acc[r * U][q] = _mm256_add_epi32(
            acc[r * U][q],
            _mm256_madd_epi16(_mm256_loadu_si256(
                                  reinterpret_cast<const __m256i*>(w + 16 * q)),
                              b));
    }
#pragma GCC unroll 4
  for (int r = 0; r < T; ++r)
#pragma GCC unroll 2
    for (int q = 0; q < V; ++q) {
      __m256i sum = acc[r * U][q];
      if (U == 2) sum = _mm256_add_epi32(sum, acc[r * U + U - 1][q]);
      Finish<kAdd>(sum, scale + 8 * q, y + static_cast<size_t>(r) * ys + 8 * q);
    }
}

template <int V, bool kAdd>
KHALDUN_AVX2 void QuantPanelAvx2(const int16_t* P, int pairs, const int16_t* XQ,
                                 int xqs, int n, const float* scale, float* Y,
                                 int ys) {
  int t = 0;
  for (; t + 4 <= n; t += 4)
    QuantBlockAvx2<4, V, kAdd>(P, pairs, XQ + static_cast<size_t>(t) * xqs, xqs,
                               scale, Y + static_cast<size_t>(t) * ys, ys);
  const int16_t* x = XQ + static_cast<size_t>(t) * xqs;
  float* y = Y + static_cast<size_t>(t) * ys;
  switch (n - t) {
    case 3:
      QuantBlockAvx2<3, V, kAdd>(P, pairs, x, xqs, scale, y, ys);
      break;
    case 2:
      QuantBlockAvx2<2, V, kAdd>(P, pairs, x, xqs, scale, y, ys);
      break;
    case 1:
      QuantBlockAvx2<1, V, kAdd>(P, pairs, x, xqs, scale, y, ys);
      break;
  }
}

// tanh(x) as a rational function of x (odd degree-13 numerator, even
// degree-6 denominator; the approximation Eigen uses, absolute error below
// 1e-6), x clamped to +-7.9053 where it reaches +-1; exactly 0 at 0, so
// zero padding stays zero.  The division is a reciprocal estimate with one
// Newton step.  Short dependency chains and no exponent tricks: about half
// the time of an exp-based tanh.
KHALDUN_AVX2 inline __m256 Tanh8(__m256 x) {
  const __m256 c = _mm256_set1_ps(7.90531110763549805f);
  x = _mm256_min_ps(_mm256_max_ps(x, _mm256_sub_ps(_mm256_setzero_ps(), c)), c);
  const __m256 x2 = _mm256_mul_ps(x, x);
  __m256 p = _mm256_set1_ps(-2.76076847742355e-16f);
  p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(2.00018790482477e-13f));
  p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(-8.60467152213735e-11f));
  p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(5.12229709037114e-08f));
  p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(1.48572235717979e-05f));
  p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(6.37261928875436e-04f));
  p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(4.89352455891786e-03f));
  p = _mm256_mul_ps(x, p);
  __m256 q = _mm256_set1_ps(1.19825839466702e-06f);
  q = _mm256_fmadd_ps(x2, q, _mm256_set1_ps(1.18534705686654e-04f));
  q = _mm256_fmadd_ps(x2, q, _mm256_set1_ps(2.26843463243900e-03f));
  q = _mm256_fmadd_ps(x2, q, _mm256_set1_ps(4.89352518554385e-03f));
  __m256 r = _mm256_rcp_ps(q);
  r = _mm256_mul_ps(r, _mm256_fnmadd_ps(q, r, _mm256_set1_ps(2.0f)));
  return _mm256_mul_ps(p, r);
}

// sigmoid(x) = (1 + tanh(x / 2)) / 2.
KHALDUN_AVX2 inline __m256 Sigmoid8(__m256 x) {
  const __m256 half = _mm256_set1_ps(0.5f);
  return _mm256_fmadd_ps(half, Tanh8(_mm256_mul_ps(half, x)), half);
}

KHALDUN_AVX2 void SigmoidAvx2(float* x, int n) {
  for (int i = 0; i < n; i += 8)
    _mm256_storeu_ps(x + i, Sigmoid8(_mm256_loadu_ps(x + i)));
}

KHALDUN_AVX2 void TanhAvx2(float* x, int n) {
  for (int i = 0; i < n; i += 8)
    _mm256_storeu_ps(x + i, Tanh8(_mm256_loadu_ps(x + i)));
}

// The pre-activation of gates at j: the sum of the n input rows, in
// order.
KHALDUN_AVX2 inline __m256 GateSum(const float* const* in, int n, int j) {
  __m256 g = _mm256_loadu_ps(in[0] + j);
  for (int k = 1; k < n; ++k) g = _mm256_add_ps(g, _mm256_loadu_ps(in[k] + j));
  return g;
}

// One LSTM step on gates (i, f, o, g; hp floats each) whose pre-activations
// are the sum of n rows:
// c = sigmoid(f) c + sigmoid(i) tanh(g), h = sigmoid(o) tanh(c).
KHALDUN_AVX2 void CellAvx2(const float* const* in, int n, int hp, float* c,
                           float* h) {
  for (int j = 0; j < hp; j += 8) {
    const __m256 ig = Sigmoid8(GateSum(in, n, j));
    const __m256 fg = Sigmoid8(GateSum(in, n, hp + j));
    const __m256 og = Sigmoid8(GateSum(in, n, 2 * hp + j));
    const __m256 gg = Tanh8(GateSum(in, n, 3 * hp + j));
    const __m256 cc =
        _mm256_fmadd_ps(fg, _mm256_loadu_ps(c + j), _mm256_mul_ps(ig, gg));
    _mm256_storeu_ps(c + j, cc);
    _mm256_storeu_ps(h + j, _mm256_mul_ps(og, Tanh8(cc)));
  }
}

// s[k] = w_k . a for the three rows w_k (at w + k * n) of the transition
// output layer: three 8-lane sums (n a multiple of 8).
KHALDUN_AVX2 void Dot3Avx2(const float* w, const float* a, int n, float* s) {
  __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0;
  for (int j = 0; j < n; j += 8) {
    const __m256 x = _mm256_loadu_ps(a + j);
    s0 = _mm256_fmadd_ps(_mm256_loadu_ps(w + j), x, s0);
    s1 = _mm256_fmadd_ps(_mm256_loadu_ps(w + n + j), x, s1);
    s2 = _mm256_fmadd_ps(_mm256_loadu_ps(w + 2 * n + j), x, s2);
  }
  alignas(32) float t[3][8];
  _mm256_store_ps(t[0], s0);
  _mm256_store_ps(t[1], s1);
  _mm256_store_ps(t[2], s2);
  for (int k = 0; k < 3; ++k)
    s[k] = ((t[k][0] + t[k][4]) + (t[k][1] + t[k][5])) +
           ((t[k][2] + t[k][6]) + (t[k][3] + t[k][7]));
}

// q[k] = round(clamp(x[k], -1, 1) * 2^13), 16 at a time.
KHALDUN_AVX2 void QuantizeAvx2(const float* x, int K, int16_t* q) {
  const __m256 lo = _mm256_set1_ps(-1.0f), hi = _mm256_set1_ps(1.0f),
               m = _mm256_set1_ps(static_cast<float>(1 << kInputBits));
  int k = 0;
  for (; k + 16 <= K; k += 16) {
    const __m256i a = _mm256_cvtps_epi32(_mm256_mul_ps(
        _mm256_min_ps(hi, _mm256_max_ps(lo, _mm256_loadu_ps(x + k))), m));
    const __m256i b = _mm256_cvtps_epi32(_mm256_mul_ps(
        _mm256_min_ps(hi, _mm256_max_ps(lo, _mm256_loadu_ps(x + k + 8))), m));
    _mm256_storeu_si256(
        reinterpret_cast<__m256i*>(q + k),
        _mm256_permute4x64_epi64(_mm256_packs_epi32(a, b), 0xd8));
  }
  for (; k < K; ++k) q[k] = QuantizeInput(x[k]);
}

std::atomic<bool> plain_kernels{false};

bool HaveAvx2() {
  static const bool have =
      __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return have && !plain_kernels.load(std::memory_order_relaxed);
}
#else
bool HaveAvx2() { return false; }
#endif

void CellPlain(const float* const* in, int n, int hp, float* c, float* h) {
  auto sum = [&](int j) {
    float g = in[0][j];
    for (int k = 1; k < n; ++k) g += in[k][j];
    return g;
  };
  for (int j = 0; j < hp; ++j) {
    const float ig = Sigmoid(sum(j));
    const float fg = Sigmoid(sum(hp + j));
    const float og = Sigmoid(sum(2 * hp + j));
    const float gg = std::tanh(sum(3 * hp + j));
    c[j] = fg * c[j] + ig * gg;
    h[j] = og * std::tanh(c[j]);
  }
}

void QuantizeInputs(const float* x, int K, int16_t* q) {
#ifdef KHALDUN_NN_X86
  if (HaveAvx2()) return QuantizeAvx2(x, K, q);
#endif
  for (int k = 0; k < K; ++k) q[k] = QuantizeInput(x[k]);
}

void Dot3(const float* w, const float* a, int n, float* s) {
#ifdef KHALDUN_NN_X86
  if (HaveAvx2()) return Dot3Avx2(w, a, n, s);
#endif
  for (int k = 0; k < 3; ++k) {
    float acc = 0;
    for (int j = 0; j < n; ++j) acc += w[k * n + j] * a[j];
    s[k] = acc;
  }
}

void Cell(const float* const* in, int n, int hp, float* c, float* h) {
#ifdef KHALDUN_NN_X86
  if (HaveAvx2()) return CellAvx2(in, n, hp, c, h);
#endif
  CellPlain(in, n, hp, c, h);
}

// WT[in(k)][out(o)] = W[o * ld + col0 + k] for o < rows, k < cols; WT has
// kp rows of np floats (the rest zero).
template <class InMap, class OutMap>
std::vector<float> Transposed(const float* W, int ld, int rows, int col0,
                              int cols, int kp, int np, InMap in, OutMap out) {
  std::vector<float> wt(static_cast<size_t>(kp) * np, 0.0f);
  for (int o = 0; o < rows; ++o)
    for (int k = 0; k < cols; ++k)
      wt[static_cast<size_t>(in(k)) * np + out(o)] =
          W[static_cast<size_t>(o) * ld + col0 + k];
  return wt;
}

}  // namespace

Panels Panels::Pack(const std::vector<float>& wt, int K, int N) {
  Panels p;
  p.K = K;
  p.N = N;
  p.data.resize(static_cast<size_t>(K) * N);
  for (int j = 0; j < N; j += 24) {
    const int w = std::min(24, N - j);
    float* panel = &p.data[static_cast<size_t>(j) * K];
    for (int k = 0; k < K; ++k)
      std::memcpy(panel + static_cast<size_t>(k) * w,
                  &wt[static_cast<size_t>(k) * N + j], w * sizeof(float));
  }
  return p;
}

void Gemm(const Panels& W, const float* X, int xs, int n, float* Y, int ys) {
#ifdef KHALDUN_NN_X86
  if (HaveAvx2()) return GemmAvx2(W, X, xs, n, Y, ys);
#endif
  for (int j = 0; j < W.N; j += 24)
    PanelPlain(W.data.data() + static_cast<size_t>(j) * W.K, W.K,
               std::min(24, W.N - j), X, xs, n, Y + j, ys);
}

QuantPanels QuantPanels::Pack(const std::vector<float>& wt, int K, int N) {
  QuantPanels p;
  p.K = K;
  p.N = N;
  p.pairs = (K + 1) / 2;
  p.data.assign(static_cast<size_t>(2 * p.pairs) * N, 0);
  p.scale.assign(N, 0.0f);
  for (int j = 0; j < N; ++j) {
    double l1 = 0, mx = 0;
    for (int k = 0; k < K; ++k) {
      const double a = std::fabs(wt[static_cast<size_t>(k) * N + j]);
      l1 += a;
      mx = std::max(mx, a);
    }
    if (l1 == 0) continue;
    // |sum_k w_k x_k| <= 2^13 * sum_k |w_k| <= 2^31; |w_k| <= 32767.
    const double unit =
        std::max(l1 / std::ldexp(1.0, 31 - kInputBits), mx / 32767.0);
    p.scale[j] = static_cast<float>(unit * std::ldexp(1.0, -kInputBits));
    const int j0 = j / 16 * 16, w = std::min(16, N - j0), c = j - j0;
    int16_t* panel = &p.data[static_cast<size_t>(j0) * 2 * p.pairs];
    for (int k = 0; k < K; ++k)
      panel[static_cast<size_t>(k / 2) * 2 * w + 2 * c + k % 2] =
          static_cast<int16_t>(
              std::lrint(wt[static_cast<size_t>(k) * N + j] / unit));
  }
  return p;
}

void QuantGemm(const QuantPanels& W, const float* X, int xs, int n, float* Y,
               int ys, std::vector<int16_t>* scratch, bool add) {
  const int xqs = 2 * W.pairs;
  scratch->resize(static_cast<size_t>(n) * xqs);
  for (int t = 0; t < n; ++t) {
    int16_t* q = scratch->data() + static_cast<size_t>(t) * xqs;
    QuantizeInputs(X + static_cast<size_t>(t) * xs, W.K, q);
    if (W.K < xqs) q[W.K] = 0;
  }
  // 64 inputs at a time (their 16-bit rows stay in the first-level cache
  // while every panel passes).
  for (int t0 = 0; t0 < n; t0 += 64) {
    const int m = std::min(64, n - t0);
    const int16_t* XQ = scratch->data() + static_cast<size_t>(t0) * xqs;
    float* Yt = Y + static_cast<size_t>(t0) * ys;
    for (int j = 0; j < W.N; j += 16) {
      const int w = std::min(16, W.N - j);
      const int16_t* panel = W.data.data() + static_cast<size_t>(j) * xqs;
#ifdef KHALDUN_NN_X86
      if (HaveAvx2()) {
        const float* sc = &W.scale[j];
        if (w == 16 && add)
          QuantPanelAvx2<2, true>(panel, W.pairs, XQ, xqs, m, sc, Yt + j, ys);
        else if (w == 16)
          QuantPanelAvx2<2, false>(panel, W.pairs, XQ, xqs, m, sc, Yt + j, ys);
        else if (add)
          QuantPanelAvx2<1, true>(panel, W.pairs, XQ, xqs, m, sc, Yt + j, ys);
        else
          QuantPanelAvx2<1, false>(panel, W.pairs, XQ, xqs, m, sc, Yt + j, ys);
        continue;
      }
#endif
      QuantPanelPlain(panel, W.pairs, w, XQ, xqs, m, &W.scale[j], Yt + j, ys,
                      add);
    }
  }
}

void UsePlainKernels(bool plain) {
#ifdef KHALDUN_NN_X86
  plain_kernels.store(plain, std::memory_order_relaxed);
#else
  (void)plain;
#endif
}

void SigmoidInPlace(float* x, int n) {
#ifdef KHALDUN_NN_X86
  if (HaveAvx2()) return SigmoidAvx2(x, n);
#endif
  SigmoidPlain(x, n);
}

void TanhInPlace(float* x, int n) {
#ifdef KHALDUN_NN_X86
  if (HaveAvx2()) return TanhAvx2(x, n);
#endif
  TanhPlain(x, n);
}

Inference::Inference(const Model& m) {
  const Dims& dm = m.dims;
  const int H = dm.lstm, D = m.out_dim();
  layers_ = dm.layers;
  hp_ = Round8(H);
  g_ = 4 * hp_;
  dp_ = 2 * hp_;
  hidp_ = Round8(dm.hidden);
  lhp_ = Round8(dm.label_hidden);
  mp_ = 4 * hidp_ + 2 * lhp_;
  num_labels_ = m.num_labels;
  root_label_ = m.root_label;
  lp_ = Round8(num_labels_);
  const float* p = m.p.data();
  auto same = [](int k) { return k; };
  auto gate = [&](int o) { return o / H * hp_ + o % H; };
  // An input column of the BiLSTM output (forward H, backward H) in the
  // padded layout (forward hp_, backward hp_).
  auto dcol = [&](int k) { return k < H ? k : hp_ + (k - H); };
  rec_.resize(2 * layers_);
  in_.resize(layers_);
  bias_.resize(2 * layers_);
  for (int l = 0; l < layers_; ++l) {
    // Layers >= 1: both directions' input weights side by side (one
    // product per layer).
    std::vector<float> in_wt;
    if (l > 0) in_wt.assign(static_cast<size_t>(dp_) * 2 * g_, 0.0f);
    for (int d = 0; d < 2; ++d) {
      const Model::Lstm& ls = m.lstm[l * 2 + d];
      const int cols = ls.in + H;
      const float* W = p + ls.W;
      rec_[l * 2 + d] = QuantPanels::Pack(
          Transposed(W, cols, 4 * H, ls.in, H, hp_, g_, same, gate), hp_, g_);
      std::vector<float>& b = bias_[l * 2 + d];
      b.assign(g_, 0.0f);
      for (int o = 0; o < 4 * H; ++o) b[gate(o)] = p[ls.b + o];
      if (l > 0) {
        const std::vector<float> wt =
            Transposed(W, cols, 4 * H, 0, D, dp_, 2 * g_, dcol,
                       [&](int o) { return d * g_ + gate(o); });
        for (size_t i = 0; i < wt.size(); ++i) in_wt[i] += wt[i];
        continue;
      }
      // Layer 0: the input products of every embedding row.
      auto table = [&](size_t emb, int rows, int dim, int col0,
                       const std::vector<float>* init,
                       std::vector<float>* out) {
        const Panels wt = Panels::Pack(
            Transposed(W, cols, 4 * H, col0, dim, dim, g_, same, gate), dim,
            g_);
        out->assign(static_cast<size_t>(rows) * g_, 0.0f);
        if (init)
          for (int r = 0; r < rows; ++r)
            std::memcpy(out->data() + static_cast<size_t>(r) * g_, init->data(),
                        g_ * sizeof(float));
        Gemm(wt, p + emb, dim, rows, out->data(), g_);
      };
      table(m.wemb, static_cast<int>(m.word_keys.size()) + 2, dm.word, 0,
            nullptr, &word_[d]);
      table(m.temb, static_cast<int>(m.tag_keys.size()) + 2, dm.tag, dm.word,
            &b, &tag_[d]);
      table(m.cemb, kNumClassIds, dm.cls, dm.word + dm.tag, nullptr, &cls_[d]);
    }
    if (l > 0) in_[l] = QuantPanels::Pack(in_wt, dp_, 2 * g_);
  }
  // The MLPs' first layers side by side.
  std::vector<float> mlp(static_cast<size_t>(dp_) * mp_, 0.0f);
  auto place = [&](size_t off, int rows, int col_base) {
    for (int o = 0; o < rows; ++o)
      for (int k = 0; k < D; ++k)
        mlp[static_cast<size_t>(dcol(k)) * mp_ + col_base + o] =
            p[off + static_cast<size_t>(o) * D + k];
  };
  for (int r = 0; r < kNumRoles; ++r)
    place(m.W1 + static_cast<size_t>(r) * dm.hidden * D, dm.hidden, r * hidp_);
  place(m.Uh, dm.label_hidden, 4 * hidp_);
  place(m.Ud, dm.label_hidden, 4 * hidp_ + lhp_);
  mlp_ = QuantPanels::Pack(mlp, dp_, mp_);
  pad_.assign(static_cast<size_t>(kNumRoles) * hidp_, 0.0f);
  for (int r = 0; r < kNumRoles; ++r)
    for (int j = 0; j < dm.hidden; ++j)
      pad_[r * hidp_ + j] = p[m.pad + static_cast<size_t>(r) * dm.hidden + j];
  b1_.assign(hidp_, 0.0f);
  std::copy(p + m.b1, p + m.b1 + dm.hidden, b1_.begin());
  w2_.assign(3 * hidp_, 0.0f);
  for (int k = 0; k < 3; ++k) {
    std::copy(p + m.W2 + k * dm.hidden, p + m.W2 + (k + 1) * dm.hidden,
              w2_.begin() + k * hidp_);
    b2_[k] = p[m.b2 + k];
  }
  dirb_.assign(2 * lhp_, 0.0f);
  for (int k = 0; k < 2; ++k)
    std::copy(p + m.dirb + k * dm.label_hidden,
              p + m.dirb + (k + 1) * dm.label_hidden, dirb_.begin() + k * lhp_);
  vt_ = QuantPanels::Pack(Transposed(p + m.V, dm.label_hidden, num_labels_, 0,
                                     dm.label_hidden, lhp_, lp_, same, same),
                          lhp_, lp_);
  bv_.assign(lp_, 0.0f);
  std::copy(p + m.bv, p + m.bv + num_labels_, bv_.begin());
}

size_t Inference::bytes() const {
  size_t n = pad_.size() + b1_.size() + w2_.size() + dirb_.size() + bv_.size() +
             (mlp_.data.size() + vt_.data.size()) / 2 + mlp_.scale.size() +
             vt_.scale.size();
  for (int d = 0; d < 2; ++d)
    n += word_[d].size() + tag_[d].size() + cls_[d].size();
  for (size_t k = 0; k < rec_.size(); ++k)
    n += rec_[k].data.size() / 2 + rec_[k].scale.size() + bias_[k].size();
  for (const QuantPanels& w : in_) n += w.data.size() / 2 + w.scale.size();
  return n * sizeof(float);
}

void Inference::Encode(Scratch* sc) const {
  // Sentences: [starts[i], starts[i + 1]) of the ids; R items in all.
  const int single[2] = {0, sc->n1};
  const bool batch = !sc->starts.empty();
  const int* starts = batch ? sc->starts.data() : single;
  const int S = batch ? static_cast<int>(sc->starts.size()) - 1 : 1;
  const int R = starts[S];
  // Longest first, so that the sentences still running at step k are a
  // prefix.
  std::vector<int>& order = sc->order;
  order.resize(S);
  for (int i = 0; i < S; ++i) order[i] = i;
  auto len = [&](int i) { return starts[i + 1] - starts[i]; };
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return len(a) > len(b); });
  for (std::vector<float>& x : sc->fx) x.resize(static_cast<size_t>(R) * dp_);
  if (layers_ > 1) sc->fgates.resize(static_cast<size_t>(R) * 2 * g_);
  sc->fc.resize(static_cast<size_t>(S) * hp_);
  sc->fg.resize(static_cast<size_t>(S) * g_);
  sc->fh.resize(static_cast<size_t>(S) * hp_);
  float* gates = sc->fgates.data();
  for (int l = 0; l < layers_; ++l) {
    float* out = sc->fx[l & 1].data();
    // Layers >= 1: the input's part of every item's gates, both
    // directions, at once.
    if (l > 0)
      QuantGemm(in_[l], sc->fx[(l + 1) & 1].data(), dp_, R, gates, 2 * g_,
                &sc->fq, false);
    for (int d = 0; d < 2; ++d) {
      // The recurrence, step k of every sentence longer than k at once:
      // their previous outputs gathered into rows of fh, the recurrent
      // products in rows of fg; a step's pre-activations are the sum of the
      // input rows (layer 0: the word's, tag's and class's, the tag row
      // holding the bias; above: the input product and the bias) and the
      // recurrent product.
      const QuantPanels& rec = rec_[l * 2 + d];
      std::fill(sc->fc.begin(), sc->fc.end(), 0.0f);
      float* G = sc->fg.data();
      float* Hs = sc->fh.data();
      auto item = [&](int i, int k) {
        const int s = order[i];
        return starts[s] + (d == 0 ? k : len(s) - 1 - k);
      };
      for (int k = 0, active = S; active > 0; ++k) {
        while (active > 0 && len(order[active - 1]) <= k) --active;
        if (active == 0) break;
        if (k > 0) {
          for (int i = 0; i < active; ++i)
            std::memcpy(
                Hs + static_cast<size_t>(i) * hp_,
                out + static_cast<size_t>(item(i, k - 1)) * dp_ + d * hp_,
                hp_ * sizeof(float));
          QuantGemm(rec, Hs, hp_, active, G, g_, &sc->fq, false);
        }
        for (int i = 0; i < active; ++i) {
          const int t = item(i, k);
          const float* in[4];
          int n = 0;
          if (l == 0) {
            in[n++] = &word_[d][static_cast<size_t>(sc->w[t]) * g_];
            in[n++] = &tag_[d][static_cast<size_t>(sc->t[t]) * g_];
            in[n++] = &cls_[d][static_cast<size_t>(sc->c[t]) * g_];
          } else {
            in[n++] = gates + (static_cast<size_t>(t) * 2 + d) * g_;
            in[n++] = bias_[l * 2 + d].data();
          }
          if (k > 0) in[n++] = G + static_cast<size_t>(i) * g_;
          Cell(in, n, hp_, &sc->fc[static_cast<size_t>(i) * hp_],
               out + static_cast<size_t>(t) * dp_ + d * hp_);
        }
      }
    }
  }
}

void Inference::Select(Scratch* sc, int start, int n1) const {
  sc->frows.resize(static_cast<size_t>(n1) * mp_);
  QuantGemm(mlp_,
            sc->fx[(layers_ - 1) & 1].data() + static_cast<size_t>(start) * dp_,
            dp_, n1, sc->frows.data(), mp_, &sc->fq, false);
}

void Inference::Forward(Scratch* sc) const {
  sc->starts.clear();
  Encode(sc);
  Select(sc, 0, sc->n1);
}

void Inference::Scores(const int* tok, Scratch* sc, float* s) const {
  sc->fa.resize(std::max(hidp_, lhp_ + lp_));
  float* a = sc->fa.data();
  std::memcpy(a, b1_.data(), hidp_ * sizeof(float));
  for (int r = 0; r < kNumRoles; ++r) {
    const float* row =
        tok[r] < 0 ? &pad_[r * hidp_]
                   : &sc->frows[static_cast<size_t>(tok[r]) * mp_ + r * hidp_];
    for (int j = 0; j < hidp_; ++j) a[j] += row[j];
  }
  TanhInPlace(a, hidp_);
  Dot3(w2_.data(), a, hidp_, s);
  for (int k = 0; k < 3; ++k) s[k] += b2_[k];
}

int Inference::Label(int h, int d, Scratch* sc) const {
  sc->fa.resize(std::max(hidp_, lhp_ + lp_));
  float* a = sc->fa.data();
  const float* qh = &sc->frows[static_cast<size_t>(h) * mp_ + 4 * hidp_];
  const float* qd = &sc->frows[static_cast<size_t>(d) * mp_ + 4 * hidp_ + lhp_];
  const float* db = &dirb_[d < h ? 0 : lhp_];
  for (int j = 0; j < lhp_; ++j) a[j] = qh[j] + qd[j] + db[j];
  TanhInPlace(a, lhp_);
  float* s = a + lhp_;
  std::memcpy(s, bv_.data(), lp_ * sizeof(float));
  QuantGemm(vt_, a, lhp_, 1, s, lp_, &sc->fq);
  int best = -1;
  for (int l = 0; l < num_labels_; ++l)
    if (l != root_label_ && (best < 0 || s[l] > s[best])) best = l;
  return best;
}

}  // namespace nn
}  // namespace khaldun
