// An experimental neural transition scorer for the arc-hybrid parser
// (Kiperwasser & Goldberg 2016): a BiLSTM over the sentence's word, tag and
// word-class embeddings, an MLP over the BiLSTM vectors of s0, s1, s2 and
// b0 that scores SHIFT, LEFT and RIGHT, and an MLP over the head's and the
// dependent's vectors that labels each arc.  Trained with the dynamic
// oracle and error exploration (hinge losses, Adam), in plain C++ (no ML
// runtime).  Opt-in: `khaldun train --parser-nn`; a model with it replaces
// the perceptron transition table and labeller (Parser flags bit 6).
//
// The MLP's first layer is linear in the concatenated role vectors, so
// Forward computes each token's contribution for each role once per
// sentence; a transition then costs 4 vector adds, a tanh layer and a
// 3 x hidden output layer.
//
// Thread safety: a trained Model is immutable; Forward and the scorers
// write only to the caller's Scratch (one per thread).
#ifndef KHALDUN_PARSE_NN_PARSER_H_
#define KHALDUN_PARSE_NN_PARSER_H_

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "khaldun/status.h"
#include "tag/binary_io.h"

namespace khaldun {
namespace nn {

inline float Sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }

// Matrix kernels (AVX2 versions chosen at run time where available), for n
// vectors at once (x_t at X + t * xs, y_t at Y + t * ys; each row of W is
// read once for all of them): y_t[r] += W[r] . x_t for the rows of W (rows x
// cols, row r at W + r * ld).
void MatMat(const float* W, int ld, const float* X, int xs, int rows, int cols,
            int n, float* Y, int ys);
// dx_t += W^T dy_t and dW += dy_t x_t^T (entries dy_t[r] == 0 skipped).
void MatMatBackward(const float* W, int ld, const float* X, int xs,
                    const float* dY, int ys, int rows, int cols, int n,
                    float* dW, float* dX);
// The same for one vector.
inline void MatVec(const float* W, int ld, const float* x, int rows, int cols,
                   float* y) {
  MatMat(W, ld, x, cols, rows, cols, 1, y, rows);
}
inline void MatVecBackward(const float* W, int ld, const float* x,
                           const float* dy, int rows, int cols, float* dW,
                           float* dx) {
  MatMatBackward(W, ld, x, cols, dy, rows, rows, cols, 1, dW, dx);
}

struct Dims {
  int word = 100;  // lowercased word embedding
  int tag = 24;    // (UPOS, XPOS) embedding
  int cls = 24;    // fine word class embedding
  int lstm = 125;  // per direction
  int layers = 2;
  int hidden = 100;        // transition MLP
  int label_hidden = 100;  // label MLP
};

enum Role { kS0, kS1, kS2, kB0, kNumRoles };
constexpr int kNumClassIds = 258;  // fine classes 0 (unknown)..256, root

// Per-sentence activations and gradients.
struct Scratch {
  int n1 = 0;                // words + the root (last)
  std::vector<int> w, t, c;  // embedding ids per item
  // X[l]: the input of layer l (n1 rows); X[layers]: the BiLSTM output.
  std::vector<std::vector<float>> X, dX;
  // Per layer and direction (l * 2 + d): activated gates (i, f, o, g),
  // cell, tanh(cell).
  std::vector<std::vector<float>> gates, cell, tcell;
  // Role contributions to the transition MLP: (role, item) rows of
  // `hidden`, item n1 = absent; head/dependent rows of the label MLP.
  std::vector<float> P, Qh, Qd, dP, dQh, dQd;
  std::vector<uint8_t> has_dP;
  std::vector<float> a, ls, la, dz, dh, dh2, dc;
  // Dropout (training only, with an rng): of the BiLSTM's inputs and of
  // its outputs (the MLPs' inputs), inverted (kept values scaled up).
  std::mt19937_64* dropout_rng = nullptr;
  float drop_in = 0, drop_out = 0;
  bool dropped_in = false, dropped_out = false;
  std::vector<float> mask_in, mask_out, Od;
  std::vector<int> stack;
  // Inference (parse/nn_infer.h): layer outputs, gates, cell, the MLPs'
  // per-token rows, hidden activations.
  std::vector<float> fx[2], fgates, fc, frows, fa, fg, fh;
  std::vector<int16_t> fq;         // 16-bit inputs
  std::vector<int> starts, order;  // sentences of a batch
};

class Model {
 public:
  Dims dims;
  int num_labels = 0;
  int root_label = 0;
  // Vocabularies: the i-th key has id i + 2 (0 = unknown, 1 = root).
  std::vector<uint64_t> word_keys, tag_keys;
  std::vector<uint32_t> word_freq;  // training counts (not stored)
  std::vector<float> p;             // all parameters

  // Offsets into p (Layout).
  size_t wemb = 0, temb = 0, cemb = 0, emb_end = 0;
  struct Lstm {
    size_t W, b;
    int in;
  };
  std::vector<Lstm> lstm;  // [layer * 2 + direction]
  size_t W1 = 0, b1 = 0, pad = 0, W2 = 0, b2 = 0;
  size_t Uh = 0, Ud = 0, dirb = 0, V = 0, bv = 0;

  // Sets the offsets from dims and the vocabularies; resizes p.
  void Layout();
  // Glorot-uniform matrices, small embeddings, forget-gate bias 1.
  void InitWeights(uint64_t seed);
  void BuildMaps();
  int in0() const { return dims.word + dims.tag + dims.cls; }
  int out_dim() const { return 2 * dims.lstm; }
  int WordId(uint64_t key) const { return word_id_.Find(key); }
  int TagId(uint64_t key) const { return tag_id_.Find(key); }

  // The BiLSTM and the MLPs' per-item first layers for sc's ids.
  void Forward(Scratch* sc) const;
  // Transition scores of the state with items tok (-1 = absent); the
  // hidden activations are left in sc->a.
  void Scores(const int* tok, Scratch* sc, float* s) const;
  // Gradient of ds . scores at the state of the last Scores call.
  void ScoresBackward(const int* tok, const float* ds, Scratch* sc,
                      float* g) const;
  // The best label (not root) of the arc h -> d; scores in sc->ls.
  int Label(int h, int d, Scratch* sc) const;
  // Hinge loss of the gold label against the best wrong one; accumulates
  // its gradient.
  float LabelLoss(int h, int d, int gold, Scratch* sc, float* g) const;
  // Backpropagates sc->dP, dQh, dQd through the MLP first layers and the
  // BiLSTM into g (the embedding rows of sc's ids included).
  void Backward(Scratch* sc, float* g) const;

  void Save(ml::BinaryWriter* w) const;
  Status Load(ml::BinaryReader* r);
  size_t bytes() const { return p.size() * sizeof(float); }

 private:
  // Key -> id (0 when absent): open addressing over a power-of-two table
  // (the keys are already hashes), a quarter full at most.
  class IdMap {
   public:
    void Build(const std::vector<uint64_t>& keys, int first_id);
    int Find(uint64_t key) const {
      if (ids_.empty()) return 0;
      for (size_t i = Slot(key);; i = (i + 1) & mask_) {
        if (ids_[i] == 0) return 0;
        if (keys_[i] == key) return ids_[i];
      }
    }

   private:
    size_t Slot(uint64_t key) const {
      return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask_;
    }
    std::vector<uint64_t> keys_;
    std::vector<int32_t> ids_;  // 0 = empty slot
    size_t mask_ = 0;
  };
  IdMap word_id_, tag_id_;
};

// One training sentence (ids in sc; gold heads with n = the root, gold
// labels): hinge losses of the transitions along the dynamic oracle's
// path (following a wrong prediction with probability `explore` when rng
// is given) and of the gold arcs' labels.  Adds the gradient to g and
// returns the loss; *right / *moves count the correct predictions.
float TrainSentence(const Model& m, const std::vector<int>& gold_head,
                    const std::vector<int>& gold_label, std::mt19937_64* rng,
                    float explore, Scratch* sc, float* g, long* right,
                    long* moves);

// Adam (Kingma & Ba) on p[begin, end) with gradient g (zeroed after).
struct Adam {
  float lr = 1e-3f, beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f;
  std::vector<float> m, v;
  long step = 0;
  void Update(float* p, float* g, size_t begin, size_t end);
};

}  // namespace nn
}  // namespace khaldun

#endif  // KHALDUN_PARSE_NN_PARSER_H_
