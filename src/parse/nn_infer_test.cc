#include "parse/nn_infer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "parse/nn_test_util.h"

namespace khaldun {
namespace {

using testing_nn::TinyModel;
using testing_nn::TinySentence;

// The blocked float kernel against plain loops, for every token count up
// to two blocks and output widths that use each of its panel widths.
TEST(NnInferTest, GemmMatchesPlainLoops) {
  std::mt19937_64 rng(5);
  std::uniform_real_distribution<float> u(-1, 1);
  for (int N : {8, 16, 24, 32, 48, 64, 72, 136}) {
    for (int n = 1; n <= 9; ++n) {
      const int K = 13, xs = K + 3, ys = N + 8;
      std::vector<float> W(static_cast<size_t>(K) * N), X(n * xs), Y(n * ys),
          ref;
      for (float& x : W) x = u(rng);
      for (float& x : X) x = u(rng);
      for (float& x : Y) x = u(rng);
      ref = Y;
      for (int t = 0; t < n; ++t)
        for (int j = 0; j < N; ++j) {
          double s = 0;
          for (int k = 0; k < K; ++k) s += double(X[t * xs + k]) * W[k * N + j];
          ref[t * ys + j] += static_cast<float>(s);
        }
      nn::Gemm(nn::Panels::Pack(W, K, N), X.data(), xs, n, Y.data(), ys);
      for (size_t i = 0; i < Y.size(); ++i)
        ASSERT_NEAR(Y[i], ref[i], 1e-5)
            << "N " << N << " n " << n << " at " << i;
    }
  }
}

// The 16-bit product: within its rounding of the exact product, and the
// same bits from the AVX2 kernel as from the plain loops (integer sums).
TEST(NnInferTest, QuantGemmIsCloseAndTheSameEverywhere) {
  std::mt19937_64 rng(9);
  std::uniform_real_distribution<float> u(-1, 1);
  for (int N : {8, 16, 24, 40, 136}) {
    for (int n : {1, 2, 3, 4, 5, 7, 9, 70}) {
      for (int K : {1, 13, 128}) {
        const int xs = K + 3, ys = N + 8;
        std::vector<float> W(static_cast<size_t>(K) * N), X(n * xs), Y(n * ys);
        for (float& x : W) x = u(rng) * 0.3f;
        for (float& x : X) x = u(rng);
        for (float& x : Y) x = u(rng);
        const nn::QuantPanels q = nn::QuantPanels::Pack(W, K, N);
        std::vector<float> fast = Y, plain = Y;
        std::vector<int16_t> scratch;
        nn::QuantGemm(q, X.data(), xs, n, fast.data(), ys, &scratch);
        nn::UsePlainKernels(true);
        nn::QuantGemm(q, X.data(), xs, n, plain.data(), ys, &scratch);
        nn::UsePlainKernels(false);
        for (int t = 0; t < n; ++t)
          for (int j = 0; j < N; ++j) {
            double exact = Y[t * ys + j], bound = 0;
            for (int k = 0; k < K; ++k) {
              exact += double(X[t * xs + k]) * W[k * N + j];
              bound += std::fabs(W[k * N + j]);
            }
            const size_t i = static_cast<size_t>(t) * ys + j;
            ASSERT_EQ(fast[i], plain[i]) << N << " " << n << " " << K;
            // Inputs rounded to 2^-13, weights to 1/32767 of the largest
            // (or 2^-18 of the column's absolute sum).
            ASSERT_NEAR(fast[i], exact, 2 * (bound * 0x1p-14 + bound / 32767))
                << N << " " << n << " " << K;
          }
      }
    }
  }
}

TEST(NnInferTest, ActivationsMatchLibm) {
  std::vector<float> x, s, t;
  for (float v = -100; v <= 100; v += 0.0625f) x.push_back(v);
  for (float v = -3; v <= 3; v += 1e-3f) x.push_back(v);
  while (x.size() % 8) x.push_back(0);
  s = t = x;
  nn::SigmoidInPlace(s.data(), static_cast<int>(s.size()));
  nn::TanhInPlace(t.data(), static_cast<int>(t.size()));
  for (size_t i = 0; i < x.size(); ++i) {
    ASSERT_NEAR(s[i], 1 / (1 + std::exp(-double(x[i]))), 3e-7) << x[i];
    ASSERT_NEAR(t[i], std::tanh(double(x[i])), 6e-7) << x[i];
  }
  // Zero padding stays exact.
  float z[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  nn::TanhInPlace(z, 8);
  for (float v : z) EXPECT_EQ(v, 0.0f);
}

// The run-time network gives the training-time network's scores and
// labels: on every state of a sentence (all token triples for s0..s2 and
// each b0), and every arc.
TEST(NnInferTest, MatchesTheTrainingForwardPass) {
  for (int layers : {1, 2}) {
    const nn::Model m = TinyModel(layers);
    nn::Scratch a, b;
    TinySentence(&a);
    TinySentence(&b);
    m.Forward(&a);
    const nn::Inference fast(m);
    fast.Forward(&b);
    const int n1 = a.n1;
    int states = 0;
    for (int s0 = -1; s0 < n1; ++s0)
      for (int s1 = -1; s1 < n1; ++s1)
        for (int s2 = -1; s2 < n1; s2 += 2)
          for (int b0 = 0; b0 < n1; ++b0) {
            const int tok[nn::kNumRoles] = {s0, s1, s2, b0};
            float x[3], y[3];
            m.Scores(tok, &a, x);
            fast.Scores(tok, &b, y);
            for (int k = 0; k < 3; ++k)
              ASSERT_NEAR(x[k], y[k], 3e-3 * (1 + std::fabs(x[k])))
                  << layers << " layers, state " << states;
            ++states;
          }
    EXPECT_GT(states, 1000);
    int labelled = 0;
    for (int h = 0; h < n1; ++h)
      for (int d = 0; d + 1 < n1; ++d) {
        if (h == d) continue;
        const int x = m.Label(h, d, &a);
        EXPECT_EQ(fast.Label(h, d, &b), x) << h << " -> " << d;
        labelled += x != m.root_label;
      }
    EXPECT_GT(labelled, 0);
  }
}

}  // namespace
}  // namespace khaldun
