#include "parse/nn_parser.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "parse/nn_test_util.h"

namespace khaldun {
namespace {

using testing_nn::TinyModel;
using testing_nn::TinySentence;

// Finite differences of the summed hinge losses (transitions along the
// oracle's path, arc labels) against the backward pass, for every
// parameter of the BiLSTM, the MLPs and the embedding rows used.
TEST(NnParserTest, GradientCheck) {
  for (int variant = 0; variant < 3; ++variant) {
    const int layers = variant == 0 ? 1 : 2;
    nn::Model m = TinyModel(layers);
    nn::Scratch sc;
    TinySentence(&sc);
    // Variant 2: dropout (the same masks in every evaluation).
    std::mt19937_64 rng;
    if (variant == 2) {
      sc.dropout_rng = &rng;
      sc.drop_in = 0.3f;
      sc.drop_out = 0.3f;
    }
    // Heads (5 = the root) and labels.
    const std::vector<int> head = {1, 5, 3, 1, 1, -1};
    const std::vector<int> label = {1, 0, 2, 3, 1, 0};
    std::vector<float> g(m.p.size(), 0.0f), scratch_g(m.p.size(), 0.0f);
    auto run = [&](float* grad) {
      rng.seed(17);
      long right = 0, moves = 0;
      const float l = nn::TrainSentence(m, head, label, nullptr, 0, &sc, grad,
                                        &right, &moves);
      EXPECT_GT(moves, 0);
      return static_cast<double>(l);
    };
    ASSERT_GT(run(g.data()), 0);
    auto loss_at = [&](size_t k, float x) {
      const float saved = m.p[k];
      m.p[k] = x;
      const double l = run(scratch_g.data());
      m.p[k] = saved;
      return l;
    };
    const float eps = 1e-2f;
    int checked = 0, bad = 0, nonzero = 0;
    for (size_t k = 0; k < m.p.size(); ++k) {
      const double num =
          (loss_at(k, m.p[k] + eps) - loss_at(k, m.p[k] - eps)) / (2 * eps);
      const double ana = g[k];
      ++checked;
      if (std::fabs(ana) > 1e-3) ++nonzero;
      auto off = [&](double n) {
        return std::fabs(n - ana) > 5e-3 + 2e-2 * std::fabs(ana);
      };
      // A hinge's kink or an argmax within eps, or a strongly curved loss
      // (saturated gates), gives a wrong difference at one step size, not
      // at all three (a wrong gradient fails at all).
      auto diff = [&](float e) {
        return (loss_at(k, m.p[k] + e) - loss_at(k, m.p[k] - e)) / (2 * e);
      };
      if (off(num) && off(diff(eps / 8)) && off(diff(1e-4f))) {
        ++bad;
        if (bad <= 10)
          ADD_FAILURE() << "variant " << variant << " parameter " << k
                        << ": backward " << ana << ", numeric " << num;
      }
    }
    EXPECT_EQ(bad, 0) << "of " << checked;
    // Most parameters take part (the unused embedding rows do not).
    EXPECT_GT(nonzero, checked / 2);
  }
}

// The vector kernels against plain loops (a 5 x 19 block of a 5 x 23
// matrix; three vectors for the batched kernels).
TEST(NnParserTest, Kernels) {
  const int rows = 5, cols = 19, ld = 23, n = 3;
  std::vector<float> W(rows * ld), X(n * cols), dY(n * rows);
  for (int i = 0; i < rows * ld; ++i) W[i] = std::sin(i * 0.7f);
  for (int j = 0; j < n * cols; ++j) X[j] = std::cos(j * 1.3f);
  for (int k = 0; k < n * rows; ++k) dY[k] = k % 4 == 2 ? 0.0f : 0.5f * k - 1;
  for (bool batched : {false, true}) {
    std::vector<float> Y(n * rows, 1.0f);
    std::vector<float> dW(rows * ld, 0.0f), dX(n * cols, 0.0f);
    if (batched) {
      nn::MatMat(W.data(), ld, X.data(), cols, rows, cols, n, Y.data(), rows);
      nn::MatMatBackward(W.data(), ld, X.data(), cols, dY.data(), rows, rows,
                         cols, n, dW.data(), dX.data());
    } else {
      for (int t = 0; t < n; ++t) {
        nn::MatVec(W.data(), ld, &X[t * cols], rows, cols, &Y[t * rows]);
        nn::MatVecBackward(W.data(), ld, &X[t * cols], &dY[t * rows], rows,
                           cols, dW.data(), &dX[t * cols]);
      }
    }
    for (int t = 0; t < n; ++t)
      for (int r = 0; r < rows; ++r) {
        double s = 1;
        for (int j = 0; j < cols; ++j) s += W[r * ld + j] * X[t * cols + j];
        EXPECT_NEAR(Y[t * rows + r], s, 1e-5);
      }
    for (int r = 0; r < rows; ++r) {
      for (int j = 0; j < ld; ++j) {
        double s = 0;
        for (int t = 0; t < n && j < cols; ++t)
          s += dY[t * rows + r] * X[t * cols + j];
        EXPECT_NEAR(dW[r * ld + j], s, 1e-5) << r << " " << j;
      }
    }
    for (int t = 0; t < n; ++t)
      for (int j = 0; j < cols; ++j) {
        double s = 0;
        for (int r = 0; r < rows; ++r) s += W[r * ld + j] * dY[t * rows + r];
        EXPECT_NEAR(dX[t * cols + j], s, 1e-5);
      }
  }
}

// Save and Load give the same parameters and vocabularies.
TEST(NnParserTest, SaveLoad) {
  nn::Model m = TinyModel(2);
  std::string bytes;
  ml::BinaryWriter w(&bytes);
  m.Save(&w);
  ml::BinaryReader r(bytes, "test");
  nn::Model m2;
  ASSERT_TRUE(m2.Load(&r).ok());
  EXPECT_EQ(m2.p, m.p);
  EXPECT_EQ(m2.WordId(12), 3);
  EXPECT_EQ(m2.TagId(22), 3);
  EXPECT_EQ(m2.WordId(99), 0);
  ml::BinaryReader cut(std::string_view(bytes).substr(0, bytes.size() - 8),
                       "test");
  nn::Model m3;
  EXPECT_FALSE(m3.Load(&cut).ok());
}

}  // namespace
}  // namespace khaldun
