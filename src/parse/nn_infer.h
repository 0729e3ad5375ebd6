// The run-time form of a trained neural parser model (nn::Model): the same
// network, laid out for speed.
//
//   nn::Inference fast(model);      // once, after loading or training
//   fast.Forward(&scratch);         // per sentence (ids as for Model), or
//                                   // Encode a batch, then Select each
//   fast.Scores(tok, &scratch, s);  // per transition
//   fast.Label(h, d, &scratch);     // per arc
//
// What differs from Model's training-time forward pass:
//  * the first BiLSTM layer's input products are precomputed per word, tag
//    and word-class row (the embeddings are fixed once trained), so a
//    token's input gates are three row additions instead of a
//    (4 x lstm) x (word + tag + class) product;
//  * every matrix is stored transposed with its rows zero-padded to a
//    multiple of 8, as 16-bit integers with a scale per column, and
//    multiplied by a register-blocked kernel of integer multiply-adds
//    (AVX2 chosen at run time, plain loops elsewhere, the same exact sums)
//    that keeps the output block in registers for all inputs;
//  * the MLPs' per-token first layers (four transition roles, label head
//    and dependent) are one product;
//  * several sentences run through the BiLSTM together, step k of each in
//    one product (a sentence gets the same result in any batch);
//  * sigmoid and tanh are evaluated 8 at a time from a rational tanh
//    (error < 1e-6) instead of libm calls.
// Its scores differ from Model's by the rounding of weights and inputs to
// 16 bits and of the activations only (NnInferTest.MatchesTheTraining-
// ForwardPass; the committed models' EWT figures are unchanged).
//
// Thread safety: immutable after construction; Forward, Scores and Label
// write only to the caller's Scratch.
#ifndef KHALDUN_PARSE_NN_INFER_H_
#define KHALDUN_PARSE_NN_INFER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "parse/nn_parser.h"

namespace khaldun {
namespace nn {

// A K x N matrix (N a multiple of 8) stored in panels of 24 columns (the
// last one 8 or 16 wide), each panel K contiguous rows, so that the kernel
// reads a panel once for all the vectors it multiplies.
struct Panels {
  int K = 0, N = 0;
  std::vector<float> data;
  // From WT (K rows of N floats).
  static Panels Pack(const std::vector<float>& wt, int K, int N);
};
// Y_t += X_t W for t < n (X_t at X + t * xs, K floats; Y_t at Y + t * ys,
// N floats).
void Gemm(const Panels& W, const float* X, int xs, int n, float* Y, int ys);
// The same product with 16-bit weights and inputs and exact 32-bit integer
// sums (the kernel is integer multiply-adds: twice the products per
// instruction of float FMAs, half the bytes).  Each column's weights are
// scaled so that |sum_k w_k x_k| < 2^31 for any inputs |x_k| <= 1: the
// weights' absolute sum is at most 2^18 units, inputs are rounded to
// 2^-13.  Inputs must lie in [-1, 1] (they are LSTM and tanh outputs).
struct QuantPanels {
  int K = 0, N = 0, pairs = 0;  // pairs = ceil(K / 2)
  // Panels of 16 columns (the last one 8): per pair of rows (k, k + 1),
  // per column, the two weights.
  std::vector<int16_t> data;
  std::vector<float> scale;  // per column: weight unit x 2^-13
  static QuantPanels Pack(const std::vector<float>& wt, int K, int N);
};
// add false: Y_t = X_t W (Y's old values unread).
void QuantGemm(const QuantPanels& W, const float* X, int xs, int n, float* Y,
               int ys, std::vector<int16_t>* scratch, bool add = true);

// Tests: the plain-loop kernels even where AVX2 is available (the 16-bit
// product gives bit-identical results either way).
void UsePlainKernels(bool plain);

// x[i] = sigmoid(x[i]) / tanh(x[i]) for i < n (n a multiple of 8).
void SigmoidInPlace(float* x, int n);
void TanhInPlace(float* x, int n);

class Inference {
 public:
  explicit Inference(const Model& m);

  // The BiLSTM and the MLPs' first layers for one sentence: sc's ids
  // (sc->w, t, c; sc->n1 items).
  void Forward(Scratch* sc) const;
  // The two halves of Forward, for a batch.  Encode: the BiLSTM over sc's
  // ids, one sentence of sc->n1 items or, with sc->starts (k + 1 offsets
  // into the ids), k sentences at once, whose steps share each weight
  // read.  Select: the MLPs' first layers for the items start..start + n1
  // (one sentence), which Scores and Label then read.
  void Encode(Scratch* sc) const;
  void Select(Scratch* sc, int start, int n1) const;
  // Transition scores (SHIFT, LEFT, RIGHT) of the state whose s0, s1, s2
  // and b0 are tok (-1 = absent; indices within the selected sentence).
  void Scores(const int* tok, Scratch* sc, float* s) const;
  // The best label (not root) of the arc h -> d.
  int Label(int h, int d, Scratch* sc) const;

  size_t bytes() const;

 private:
  int layers_, hp_, g_, dp_, hidp_, lhp_, mp_, lp_, num_labels_, root_label_;
  // Layer 0, per direction: precomputed gate inputs per word, tag (with the
  // bias) and class row (rows of g_ = 4 * hp_).
  std::vector<float> word_[2], tag_[2], cls_[2];
  // Per layer and direction (l * 2 + d): recurrent weights (hp_ x g_) and
  // bias (g_).
  std::vector<QuantPanels> rec_;
  std::vector<std::vector<float>> bias_;
  // Per layer >= 1: both directions' input weights (dp_ x 2 g_).
  std::vector<QuantPanels> in_;
  // The MLPs' first layers: dp_ x mp_, a token's row being the four roles'
  // hidden inputs (hidp_ each), then the label head's and dependent's
  // (lhp_ each).
  QuantPanels mlp_;
  std::vector<float> pad_;  // 4 x hidp_: absent roles
  std::vector<float> b1_;   // hidp_
  std::vector<float> w2_;   // 3 x hidp_
  float b2_[3];
  std::vector<float> dirb_;  // 2 x lhp_ (head after / before the dependent)
  QuantPanels vt_;           // lhp_ x lp_ (label output, transposed)
  std::vector<float> bv_;    // lp_
};

}  // namespace nn
}  // namespace khaldun

#endif  // KHALDUN_PARSE_NN_INFER_H_
