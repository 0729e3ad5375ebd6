#include "parse/nn_parser.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <iostream>
#include <unordered_map>

#include "parse/nn_infer.h"
#include "parse/oracle.h"
#include "parse/parser.h"
#include "util/epoch_order.h"

namespace khaldun {
namespace nn {
namespace {

// The kernels below have an AVX2 version chosen at run time.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define KHALDUN_NN_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define KHALDUN_NN_CLONES
#endif

// Dot product with 8 independent partial sums (vectorises without
// reassociation).
inline float Dot(const float* w, const float* x, int cols) {
  float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  int j = 0;
  for (; j + 8 <= cols; j += 8)
    for (int k = 0; k < 8; ++k) acc[k] += w[j + k] * x[j + k];
  float s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) +
            ((acc[2] + acc[6]) + (acc[3] + acc[7]));
  for (; j < cols; ++j) s += w[j] * x[j];
  return s;
}

}  // namespace

KHALDUN_NN_CLONES
void MatMat(const float* W, int ld, const float* X, int xs, int rows, int cols,
            int n, float* Y, int ys) {
  for (int r = 0; r < rows; ++r) {
    const float* w = W + static_cast<size_t>(r) * ld;
    for (int t = 0; t < n; ++t)
      Y[static_cast<size_t>(t) * ys + r] +=
          Dot(w, X + static_cast<size_t>(t) * xs, cols);
  }
}

KHALDUN_NN_CLONES
void MatMatBackward(const float* W, int ld, const float* X, int xs,
                    const float* dY, int ys, int rows, int cols, int n,
                    float* dW, float* dX) {
  for (int r = 0; r < rows; ++r) {
    const float* w = W + static_cast<size_t>(r) * ld;
    float* gw = dW + static_cast<size_t>(r) * ld;
    for (int t = 0; t < n; ++t) {
      const float d = dY[static_cast<size_t>(t) * ys + r];
      if (d == 0) continue;
      const float* x = X + static_cast<size_t>(t) * xs;
      float* dx = dX + static_cast<size_t>(t) * xs;
      for (int j = 0; j < cols; ++j) {
        gw[j] += d * x[j];
        dx[j] += d * w[j];
      }
    }
  }
}

namespace {

// The file is compiled with -fno-math-errno (src/parse/CMakeLists.txt): the
// square roots vectorise.
KHALDUN_NN_CLONES void AdamKernel(float* __restrict p, float* __restrict g,
                                  float* __restrict m, float* __restrict v,
                                  size_t n, float b1, float b2, float step,
                                  float eps) {
  for (size_t i = 0; i < n; ++i) {
    const float gi = g[i];
    const float mi = b1 * m[i] + (1 - b1) * gi;
    const float vi = b2 * v[i] + (1 - b2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    p[i] -= step * mi / (__builtin_sqrtf(vi) + eps);
    g[i] = 0;
  }
}

}  // namespace

void Adam::Update(float* p, float* g, size_t begin, size_t end) {
  const float c1 = 1 - std::pow(beta1, static_cast<float>(step));
  const float c2 = 1 - std::pow(beta2, static_cast<float>(step));
  const float s = lr * std::sqrt(c2) / c1;
  AdamKernel(p + begin, g + begin, m.data() + begin, v.data() + begin,
             end - begin, beta1, beta2, s, eps);
}

void Model::Layout() {
  size_t off = 0;
  auto take = [&](size_t n) {
    const size_t at = off;
    off += n;
    return at;
  };
  const int H = dims.lstm, D = out_dim();
  wemb = take((word_keys.size() + 2) * dims.word);
  temb = take((tag_keys.size() + 2) * dims.tag);
  cemb = take(static_cast<size_t>(kNumClassIds) * dims.cls);
  emb_end = off;
  lstm.clear();
  for (int l = 0; l < dims.layers; ++l)
    for (int d = 0; d < 2; ++d) {
      Lstm ls;
      ls.in = l == 0 ? in0() : D;
      ls.W = take(static_cast<size_t>(4 * H) * (ls.in + H));
      ls.b = take(4 * H);
      lstm.push_back(ls);
    }
  W1 = take(static_cast<size_t>(kNumRoles) * dims.hidden * D);
  b1 = take(dims.hidden);
  pad = take(static_cast<size_t>(kNumRoles) * dims.hidden);
  W2 = take(3 * dims.hidden);
  b2 = take(3);
  Uh = take(static_cast<size_t>(dims.label_hidden) * D);
  Ud = take(static_cast<size_t>(dims.label_hidden) * D);
  dirb = take(2 * dims.label_hidden);
  V = take(static_cast<size_t>(num_labels) * dims.label_hidden);
  bv = take(num_labels);
  p.assign(off, 0.0f);
}

void Model::BuildMaps() {
  word_id_.Build(word_keys, 2);
  tag_id_.Build(tag_keys, 2);
}

void Model::IdMap::Build(const std::vector<uint64_t>& keys, int first_id) {
  size_t size = 16;
  while (size < 4 * keys.size()) size *= 2;
  mask_ = size - 1;
  keys_.assign(size, 0);
  ids_.assign(size, 0);
  for (size_t k = 0; k < keys.size(); ++k) {
    size_t i = Slot(keys[k]);
    while (ids_[i] != 0 && keys_[i] != keys[k]) i = (i + 1) & mask_;
    keys_[i] = keys[k];  // a repeated key takes its last id
    ids_[i] = static_cast<int32_t>(k) + first_id;
  }
}

void Model::InitWeights(uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto uniform = [&](size_t at, size_t n, float r) {
    for (size_t i = 0; i < n; ++i)
      p[at + i] =
          static_cast<float>(
              (static_cast<double>(rng() >> 11) * 0x1.0p-53) * 2.0 - 1.0) *
          r;
  };
  auto glorot = [&](size_t at, int rows, int cols) {
    uniform(at, static_cast<size_t>(rows) * cols,
            std::sqrt(6.0f / static_cast<float>(rows + cols)));
  };
  uniform(wemb, temb - wemb, 0.1f);
  uniform(temb, cemb - temb, 0.1f);
  uniform(cemb, emb_end - cemb, 0.1f);
  const int H = dims.lstm, D = out_dim();
  for (const Lstm& ls : lstm) {
    glorot(ls.W, 4 * H, ls.in + H);
    for (int j = 0; j < H; ++j) p[ls.b + H + j] = 1.0f;  // forget gate
  }
  // The first layers' blocks: ranges of the whole (concatenated) matrix.
  uniform(W1, static_cast<size_t>(kNumRoles) * dims.hidden * D,
          std::sqrt(6.0f / static_cast<float>(dims.hidden + kNumRoles * D)));
  uniform(pad, static_cast<size_t>(kNumRoles) * dims.hidden, 0.1f);
  glorot(W2, 3, dims.hidden);
  const float ur =
      std::sqrt(6.0f / static_cast<float>(dims.label_hidden + 2 * D));
  uniform(Uh, static_cast<size_t>(dims.label_hidden) * D, ur);
  uniform(Ud, static_cast<size_t>(dims.label_hidden) * D, ur);
  glorot(V, num_labels, dims.label_hidden);
}

void Model::Forward(Scratch* sc) const {
  const int n1 = sc->n1, H = dims.lstm, L = dims.layers, D = out_dim();
  sc->X.resize(L + 1);
  sc->gates.resize(2 * L);
  sc->cell.resize(2 * L);
  sc->tcell.resize(2 * L);
  const int in = in0();
  std::vector<float>& x0 = sc->X[0];
  x0.resize(static_cast<size_t>(n1) * in);
  for (int i = 0; i < n1; ++i) {
    float* x = &x0[static_cast<size_t>(i) * in];
    std::memcpy(x, &p[wemb + static_cast<size_t>(sc->w[i]) * dims.word],
                dims.word * sizeof(float));
    std::memcpy(x + dims.word,
                &p[temb + static_cast<size_t>(sc->t[i]) * dims.tag],
                dims.tag * sizeof(float));
    std::memcpy(x + dims.word + dims.tag,
                &p[cemb + static_cast<size_t>(sc->c[i]) * dims.cls],
                dims.cls * sizeof(float));
  }
  auto mask = [&](float rate, std::vector<float>* m, std::vector<float>* x) {
    m->resize(x->size());
    const float keep = 1 / (1 - rate);
    for (size_t k = 0; k < x->size(); ++k) {
      const float u =
          static_cast<float>((*sc->dropout_rng)() >> 40) * 0x1.0p-24f;
      (*m)[k] = u < rate ? 0.0f : keep;
      (*x)[k] *= (*m)[k];
    }
  };
  sc->dropped_in = sc->dropout_rng && sc->drop_in > 0;
  if (sc->dropped_in) mask(sc->drop_in, &sc->mask_in, &x0);
  for (int l = 0; l < L; ++l) {
    std::vector<float>& out = sc->X[l + 1];
    out.assign(static_cast<size_t>(n1) * D, 0.0f);
    const std::vector<float>& xin = sc->X[l];
    for (int d = 0; d < 2; ++d) {
      const Lstm& ls = lstm[l * 2 + d];
      const int cols = ls.in + H;
      std::vector<float>& gates = sc->gates[l * 2 + d];
      std::vector<float>& cell = sc->cell[l * 2 + d];
      std::vector<float>& tcell = sc->tcell[l * 2 + d];
      gates.resize(static_cast<size_t>(n1) * 4 * H);
      cell.resize(static_cast<size_t>(n1) * H);
      tcell.resize(static_cast<size_t>(n1) * H);
      // The input's part of the gates for all steps at once.
      for (int t = 0; t < n1; ++t)
        std::memcpy(&gates[static_cast<size_t>(t) * 4 * H], &p[ls.b],
                    4 * H * sizeof(float));
      MatMat(&p[ls.W], cols, xin.data(), ls.in, 4 * H, ls.in, n1, gates.data(),
             4 * H);
      int prev = -1;
      for (int k = 0; k < n1; ++k) {
        const int t = d == 0 ? k : n1 - 1 - k;
        float* gt = &gates[static_cast<size_t>(t) * 4 * H];
        if (prev >= 0)
          MatVec(&p[ls.W + ls.in], cols,
                 &out[static_cast<size_t>(prev) * D + d * H], 4 * H, H, gt);
        float* ct = &cell[static_cast<size_t>(t) * H];
        float* tct = &tcell[static_cast<size_t>(t) * H];
        float* ht = &out[static_cast<size_t>(t) * D + d * H];
        const float* cp =
            prev < 0 ? nullptr : &cell[static_cast<size_t>(prev) * H];
        for (int j = 0; j < H; ++j) {
          const float ig = Sigmoid(gt[j]);
          const float fg = Sigmoid(gt[H + j]);
          const float og = Sigmoid(gt[2 * H + j]);
          const float gg = std::tanh(gt[3 * H + j]);
          gt[j] = ig, gt[H + j] = fg, gt[2 * H + j] = og, gt[3 * H + j] = gg;
          const float c = (cp ? fg * cp[j] : 0.0f) + ig * gg;
          ct[j] = c;
          tct[j] = std::tanh(c);
          ht[j] = og * tct[j];
        }
        prev = t;
      }
    }
  }
  // The MLPs' first layers per item and role.
  const int hid = dims.hidden, lh = dims.label_hidden;
  sc->dropped_out = sc->dropout_rng && sc->drop_out > 0;
  if (sc->dropped_out) {
    sc->Od = sc->X[L];
    mask(sc->drop_out, &sc->mask_out, &sc->Od);
  }
  const float* O = sc->dropped_out ? sc->Od.data() : sc->X[L].data();
  sc->P.assign(static_cast<size_t>(kNumRoles) * (n1 + 1) * hid, 0.0f);
  for (int r = 0; r < kNumRoles; ++r) {
    const float* Wr = &p[W1 + static_cast<size_t>(r) * hid * D];
    float* Pr = &sc->P[static_cast<size_t>(r) * (n1 + 1) * hid];
    MatMat(Wr, D, O, D, hid, D, n1, Pr, hid);
    std::memcpy(Pr + static_cast<size_t>(n1) * hid,
                &p[pad + static_cast<size_t>(r) * hid], hid * sizeof(float));
  }
  sc->Qh.assign(static_cast<size_t>(n1) * lh, 0.0f);
  sc->Qd.assign(static_cast<size_t>(n1) * lh, 0.0f);
  MatMat(&p[Uh], D, O, D, lh, D, n1, sc->Qh.data(), lh);
  MatMat(&p[Ud], D, O, D, lh, D, n1, sc->Qd.data(), lh);
}

void Model::Scores(const int* tok, Scratch* sc, float* s) const {
  const int hid = dims.hidden, n1 = sc->n1;
  sc->a.resize(hid);
  float* a = sc->a.data();
  std::memcpy(a, &p[b1], hid * sizeof(float));
  for (int r = 0; r < kNumRoles; ++r) {
    const int i = tok[r] < 0 ? n1 : tok[r];
    const float* row = &sc->P[(static_cast<size_t>(r) * (n1 + 1) + i) * hid];
    for (int j = 0; j < hid; ++j) a[j] += row[j];
  }
  for (int j = 0; j < hid; ++j) a[j] = std::tanh(a[j]);
  for (int m = 0; m < 3; ++m) s[m] = p[b2 + m];
  MatVec(&p[W2], hid, a, 3, hid, s);
}

void Model::ScoresBackward(const int* tok, const float* ds, Scratch* sc,
                           float* g) const {
  const int hid = dims.hidden, n1 = sc->n1;
  const float* a = sc->a.data();
  sc->dh.assign(hid, 0.0f);
  float* dz = sc->dh.data();
  MatVecBackward(&p[W2], hid, a, ds, 3, hid, g + W2, dz);
  for (int m = 0; m < 3; ++m) g[b2 + m] += ds[m];
  for (int j = 0; j < hid; ++j) {
    dz[j] *= 1 - a[j] * a[j];
    g[b1 + j] += dz[j];
  }
  for (int r = 0; r < kNumRoles; ++r) {
    const int i = tok[r] < 0 ? n1 : tok[r];
    const size_t row = static_cast<size_t>(r) * (n1 + 1) + i;
    float* d = &sc->dP[row * hid];
    for (int j = 0; j < hid; ++j) d[j] += dz[j];
    sc->has_dP[row] = 1;
  }
}

int Model::Label(int h, int d, Scratch* sc) const {
  const int lh = dims.label_hidden;
  sc->la.resize(lh);
  sc->ls.resize(num_labels);
  float* a = sc->la.data();
  const float* qh = &sc->Qh[static_cast<size_t>(h) * lh];
  const float* qd = &sc->Qd[static_cast<size_t>(d) * lh];
  const float* db = &p[dirb + (d < h ? 0 : lh)];
  for (int j = 0; j < lh; ++j) a[j] = std::tanh(qh[j] + qd[j] + db[j]);
  float* s = sc->ls.data();
  std::memcpy(s, &p[bv], num_labels * sizeof(float));
  MatVec(&p[V], lh, a, num_labels, lh, s);
  int best = -1;
  for (int l = 0; l < num_labels; ++l)
    if (l != root_label && (best < 0 || s[l] > s[best])) best = l;
  return best;
}

float Model::LabelLoss(int h, int d, int gold, Scratch* sc, float* g) const {
  Label(h, d, sc);
  const float* s = sc->ls.data();
  int wrong = -1;
  for (int l = 0; l < num_labels; ++l)
    if (l != root_label && l != gold && (wrong < 0 || s[l] > s[wrong]))
      wrong = l;
  if (wrong < 0) return 0;
  const float loss = 1 - s[gold] + s[wrong];
  if (loss <= 0) return 0;
  const int lh = dims.label_hidden;
  const float* a = sc->la.data();
  sc->dh.assign(lh, 0.0f);
  float* dz = sc->dh.data();
  g[bv + gold] -= 1;
  g[bv + wrong] += 1;
  const float* vg = &p[V + static_cast<size_t>(gold) * lh];
  const float* vw = &p[V + static_cast<size_t>(wrong) * lh];
  float* gg = g + V + static_cast<size_t>(gold) * lh;
  float* gw = g + V + static_cast<size_t>(wrong) * lh;
  for (int j = 0; j < lh; ++j) {
    gg[j] -= a[j];
    gw[j] += a[j];
    dz[j] = (vw[j] - vg[j]) * (1 - a[j] * a[j]);
  }
  float* dqh = &sc->dQh[static_cast<size_t>(h) * lh];
  float* dqd = &sc->dQd[static_cast<size_t>(d) * lh];
  float* gd = g + dirb + (d < h ? 0 : lh);
  for (int j = 0; j < lh; ++j) {
    dqh[j] += dz[j];
    dqd[j] += dz[j];
    gd[j] += dz[j];
  }
  return loss;
}

void Model::Backward(Scratch* sc, float* g) const {
  const int n1 = sc->n1, H = dims.lstm, L = dims.layers, D = out_dim();
  const int hid = dims.hidden, lh = dims.label_hidden;
  sc->dX.resize(L + 1);
  sc->dX[L].assign(static_cast<size_t>(n1) * D, 0.0f);
  const float* O = sc->dropped_out ? sc->Od.data() : sc->X[L].data();
  float* dO = sc->dX[L].data();
  for (int r = 0; r < kNumRoles; ++r) {
    const size_t wr = W1 + static_cast<size_t>(r) * hid * D;
    const float* dPr = &sc->dP[static_cast<size_t>(r) * (n1 + 1) * hid];
    MatMatBackward(&p[wr], D, O, D, dPr, hid, hid, D, n1, g + wr, dO);
    for (int j = 0; j < hid; ++j)
      g[pad + static_cast<size_t>(r) * hid + j] +=
          dPr[static_cast<size_t>(n1) * hid + j];
  }
  MatMatBackward(&p[Uh], D, O, D, sc->dQh.data(), lh, lh, D, n1, g + Uh, dO);
  MatMatBackward(&p[Ud], D, O, D, sc->dQd.data(), lh, lh, D, n1, g + Ud, dO);
  if (sc->dropped_out)
    for (size_t k = 0; k < sc->dX[L].size(); ++k) dO[k] *= sc->mask_out[k];
  sc->dh.resize(H);
  sc->dh2.resize(H);
  sc->dc.resize(H);
  for (int l = L - 1; l >= 0; --l) {
    const int in = l == 0 ? in0() : D;
    sc->dX[l].assign(static_cast<size_t>(n1) * in, 0.0f);
    const float* dout = sc->dX[l + 1].data();
    const float* hout = sc->X[l + 1].data();
    for (int d = 0; d < 2; ++d) {
      const Lstm& ls = lstm[l * 2 + d];
      const int cols = in + H;
      const std::vector<float>& gates = sc->gates[l * 2 + d];
      const std::vector<float>& cell = sc->cell[l * 2 + d];
      const std::vector<float>& tcell = sc->tcell[l * 2 + d];
      sc->dz.resize(static_cast<size_t>(n1) * 4 * H);
      std::fill(sc->dh.begin(), sc->dh.end(), 0.0f);  // from step t + 1
      std::fill(sc->dc.begin(), sc->dc.end(), 0.0f);
      for (int k = n1 - 1; k >= 0; --k) {
        const int t = d == 0 ? k : n1 - 1 - k;
        const int prev = k == 0 ? -1 : (d == 0 ? t - 1 : t + 1);
        const float* gt = &gates[static_cast<size_t>(t) * 4 * H];
        const float* tct = &tcell[static_cast<size_t>(t) * H];
        const float* cp =
            prev < 0 ? nullptr : &cell[static_cast<size_t>(prev) * H];
        const float* dht = dout + static_cast<size_t>(t) * D + d * H;
        float* dz = &sc->dz[static_cast<size_t>(t) * 4 * H];
        for (int j = 0; j < H; ++j) {
          const float ig = gt[j], fg = gt[H + j], og = gt[2 * H + j],
                      gg = gt[3 * H + j];
          const float dh = dht[j] + sc->dh[j];
          const float dc = sc->dc[j] + dh * og * (1 - tct[j] * tct[j]);
          dz[j] = dc * gg * ig * (1 - ig);
          dz[H + j] = cp ? dc * cp[j] * fg * (1 - fg) : 0.0f;
          dz[2 * H + j] = dh * tct[j] * og * (1 - og);
          dz[3 * H + j] = dc * ig * (1 - gg * gg);
          sc->dc[j] = dc * fg;
        }
        for (int j = 0; j < 4 * H; ++j) g[ls.b + j] += dz[j];
        std::fill(sc->dh.begin(), sc->dh.end(), 0.0f);
        if (prev >= 0)
          MatVecBackward(&p[ls.W + in], cols,
                         hout + static_cast<size_t>(prev) * D + d * H, dz,
                         4 * H, H, g + ls.W + in, sc->dh.data());
      }
      MatMatBackward(&p[ls.W], cols, sc->X[l].data(), in, sc->dz.data(), 4 * H,
                     4 * H, in, n1, g + ls.W, sc->dX[l].data());
    }
  }
  const int in = in0();
  if (sc->dropped_in)
    for (size_t k = 0; k < sc->dX[0].size(); ++k)
      sc->dX[0][k] *= sc->mask_in[k];
  for (int i = 0; i < n1; ++i) {
    const float* dx = &sc->dX[0][static_cast<size_t>(i) * in];
    float* gw = g + wemb + static_cast<size_t>(sc->w[i]) * dims.word;
    for (int j = 0; j < dims.word; ++j) gw[j] += dx[j];
    float* gt = g + temb + static_cast<size_t>(sc->t[i]) * dims.tag;
    for (int j = 0; j < dims.tag; ++j) gt[j] += dx[dims.word + j];
    float* gc = g + cemb + static_cast<size_t>(sc->c[i]) * dims.cls;
    for (int j = 0; j < dims.cls; ++j) gc[j] += dx[dims.word + dims.tag + j];
  }
}

namespace {

int ValidMoves(int ns, int b, int n) {
  int v = 0;
  if (b < n) v |= 1 << Parser::kShift;
  if (ns >= 1 && (b < n || ns == 1)) v |= 1 << Parser::kLeft;
  if (ns >= 2) v |= 1 << Parser::kRight;
  return v;
}

}  // namespace

float TrainSentence(const Model& m, const std::vector<int>& gold_head,
                    const std::vector<int>& gold_label, std::mt19937_64* rng,
                    float explore, Scratch* sc, float* g, long* right,
                    long* moves) {
  m.Forward(sc);
  const int n1 = sc->n1, n = n1 - 1;
  sc->dP.assign(static_cast<size_t>(kNumRoles) * (n1 + 1) * m.dims.hidden,
                0.0f);
  sc->has_dP.assign(static_cast<size_t>(kNumRoles) * (n1 + 1), 0);
  sc->dQh.assign(static_cast<size_t>(n1) * m.dims.label_hidden, 0.0f);
  sc->dQd.assign(static_cast<size_t>(n1) * m.dims.label_hidden, 0.0f);
  std::vector<int>& stack = sc->stack;
  stack.clear();
  float loss = 0;
  int b = 0;
  while (!(stack.empty() && b == n)) {
    const int ns = static_cast<int>(stack.size());
    const int valid = ValidMoves(ns, b, n);
    int move;
    if ((valid & (valid - 1)) == 0) {
      move = __builtin_ctz(valid);
    } else {
      int cost[3];
      ArcHybridCosts(stack, b, n, gold_head, cost);
      int min_cost = 1 << 30;
      for (int k = 0; k < 3; ++k)
        if (valid >> k & 1) min_cost = std::min(min_cost, cost[k]);
      const int tok[kNumRoles] = {ns > 0 ? stack[ns - 1] : -1,
                                  ns > 1 ? stack[ns - 2] : -1,
                                  ns > 2 ? stack[ns - 3] : -1, b};
      float s[3];
      m.Scores(tok, sc, s);
      int pred = -1, best = -1, wrong = -1;
      for (int k = 0; k < 3; ++k) {
        if (!(valid >> k & 1)) continue;
        if (pred < 0 || s[k] > s[pred]) pred = k;
        if (cost[k] == min_cost) {
          if (best < 0 || s[k] > s[best]) best = k;
        } else if (wrong < 0 || s[k] > s[wrong]) {
          wrong = k;
        }
      }
      ++*moves;
      *right += cost[pred] == min_cost;
      if (wrong >= 0 && s[best] - s[wrong] < 1) {
        loss += 1 - s[best] + s[wrong];
        float ds[3] = {0, 0, 0};
        ds[best] = -1;
        ds[wrong] = 1;
        m.ScoresBackward(tok, ds, sc, g);
      }
      move = best;
      if (cost[pred] == min_cost ||
          (rng && static_cast<float>((*rng)() >> 40) * 0x1.0p-24f < explore))
        move = pred;
    }
    if (move == Parser::kShift) {
      stack.push_back(b++);
    } else {
      stack.pop_back();
    }
  }
  for (int d = 0; d < n; ++d)
    if (gold_head[d] != n)
      loss += m.LabelLoss(gold_head[d], d, gold_label[d], sc, g);
  m.Backward(sc, g);
  return loss;
}

void Model::Save(ml::BinaryWriter* w) const {
  w->Put<uint32_t>(1);  // version
  for (int v : {dims.word, dims.tag, dims.cls, dims.lstm, dims.layers,
                dims.hidden, dims.label_hidden, num_labels, root_label})
    w->Put<int32_t>(v);
  w->PutVector(word_keys);
  w->PutVector(tag_keys);
  w->PutVector(p);
}

Status Model::Load(ml::BinaryReader* r) {
  uint32_t version = 0;
  KHALDUN_ML_TRY(r->Get(&version));
  if (version != 1) return r->Corrupt("bad neural parser version");
  int32_t v[9];
  for (int32_t& x : v) KHALDUN_ML_TRY(r->Get(&x));
  for (int k = 0; k < 8; ++k)
    if (v[k] <= 0 || v[k] > 4096) return r->Corrupt("bad neural parser dims");
  if (v[4] > 8 || v[8] < 0 || v[8] >= v[7])
    return r->Corrupt("bad neural parser dims");
  dims.word = v[0], dims.tag = v[1], dims.cls = v[2], dims.lstm = v[3];
  dims.layers = v[4], dims.hidden = v[5], dims.label_hidden = v[6];
  num_labels = v[7], root_label = v[8];
  KHALDUN_ML_TRY(r->GetVector(&word_keys));
  KHALDUN_ML_TRY(r->GetVector(&tag_keys));
  std::vector<float> params;
  KHALDUN_ML_TRY(r->GetVector(&params));
  Layout();
  if (params.size() != p.size()) return r->Corrupt("neural parser size");
  p.swap(params);
  BuildMaps();
  return Status::OK();
}

}  // namespace nn

// The sentence's embedding ids from Parser::Init's hashes (sc->w, t, c);
// with a dropout rng, each word of training frequency f is replaced by
// the unknown word with probability 0.25 / (0.25 + f).
void Parser::NnIds(const ParserScratch& sc, int n, nn::Scratch* ns,
                   std::mt19937_64* dropout, int at) const {
  const nn::Model& m = *nn_;
  ns->n1 = at + n + 1;
  ns->w.resize(at + n + 1);
  ns->t.resize(at + n + 1);
  ns->c.resize(at + n + 1);
  int* w_out = ns->w.data() + at;
  int* t_out = ns->t.data() + at;
  int* c_out = ns->c.data() + at;
  for (int i = 0; i < n; ++i) {
    int w = m.WordId(sc.w[i]);
    if (dropout && w >= 2) {
      const float f = static_cast<float>(m.word_freq[w - 2]);
      if (static_cast<float>((*dropout)() >> 40) * 0x1.0p-24f <
          0.25f / (0.25f + f))
        w = 0;
    }
    w_out[i] = w;
    t_out[i] = m.TagId(sc.t[i]);
    uint32_t c = use_clusters_ ? WordClusters::Fine(sc.c[i]) : 0;
    c_out[i] = c < nn::kNumClassIds - 1 ? static_cast<int>(c) : 0;
  }
  w_out[n] = 1;
  t_out[n] = 1;
  c_out[n] = nn::kNumClassIds - 1;
}

void Parser::NnParse(Sentence* s, ParserScratch* sc,
                     const std::vector<TokenHashes>* hashes) const {
  const int n = static_cast<int>(s->tokens.size());
  Init(*s, sc, hashes);
  if (!sc->nn) sc->nn = std::make_shared<nn::Scratch>();
  nn::Scratch* ns = sc->nn.get();
  NnIds(*sc, n, ns, nullptr);
  if (nn_fast_)
    nn_fast_->Forward(ns);
  else
    nn_->Forward(ns);
  NnDecode(s, sc);
}

void Parser::ParseBatch(Sentence* const* s, int count,
                        ParserScratch* sc) const {
  if (!nn_ || !nn_fast_) {
    for (int i = 0; i < count; ++i)
      if (!s[i]->tokens.empty()) Parse(s[i], sc);
    return;
  }
  if (!sc->nn) sc->nn = std::make_shared<nn::Scratch>();
  nn::Scratch* ns = sc->nn.get();
  for (int first = 0; first < count;) {
    // Up to kBatchSentences sentences, and 2,000 items unless one
    // sentence alone is longer.
    int end = first, items = 0;
    ns->starts.assign(1, 0);
    for (; end < count && end - first < kBatchSentences; ++end) {
      const int n = static_cast<int>(s[end]->tokens.size());
      if (n == 0) continue;
      if (items > 0 && items + n + 1 > 2000) break;
      InitHashes(*s[end], sc);
      NnIds(*sc, n, ns, nullptr, items);
      items += n + 1;
      ns->starts.push_back(items);
    }
    if (items > 0) nn_fast_->Encode(ns);
    for (int i = first, k = 0; i < end; ++i) {
      if (s[i]->tokens.empty()) continue;
      InitState(*s[i], sc);
      nn_fast_->Select(ns, ns->starts[k], ns->starts[k + 1] - ns->starts[k]);
      ++k;
      NnDecode(s[i], sc);
    }
    first = end;
  }
}

void Parser::NnDecode(Sentence* s, ParserScratch* sc) const {
  const int n = static_cast<int>(s->tokens.size());
  nn::Scratch* ns = sc->nn.get();
  const nn::Inference* fast = nn_fast_.get();
  int b = 0;
  while (!(sc->stack.empty() && b == n)) {
    const int nst = static_cast<int>(sc->stack.size());
    const int valid = ValidMoves(nst, b, n);
    int move;
    if ((valid & (valid - 1)) == 0) {
      move = __builtin_ctz(valid);
    } else {
      const int tok[nn::kNumRoles] = {sc->stack[nst - 1],
                                      nst > 1 ? sc->stack[nst - 2] : -1,
                                      nst > 2 ? sc->stack[nst - 3] : -1, b};
      float scores[3];
      if (fast)
        fast->Scores(tok, ns, scores);
      else
        nn_->Scores(tok, ns, scores);
      move = BestValidMove(valid, scores);
    }
    int label = -1;
    if (move != kShift) {
      const int d = sc->stack.back();
      const int h = move == kLeft ? b : sc->stack[nst - 2];
      label = h == n ? root_
              : fast ? fast->Label(h, d, ns)
                     : nn_->Label(h, d, ns);
    }
    Apply(sc, move, &b, label);
  }
  WriteTree(*sc, s);
}

Parser Parser::TrainNn(const std::vector<const Sentence*>& train,
                       const std::vector<Document>& dev,
                       const TrainOptions& opt) {
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  };
  Parser p;
  std::map<std::string, int> label_id = p.InitForTraining(train, opt);
  auto model = std::make_shared<nn::Model>();
  const NnParserOptions& no = opt.parser_nn;
  model->dims.word = no.word_dim;
  model->dims.tag = no.tag_dim;
  model->dims.cls = no.class_dim;
  model->dims.lstm = no.lstm_dim;
  model->dims.layers = no.lstm_layers;
  model->dims.hidden = no.hidden;
  model->dims.label_hidden = no.label_hidden;
  model->num_labels = static_cast<int>(p.labels_.size());
  model->root_label = p.root_;
  // Vocabularies in order of first occurrence: words seen at least twice,
  // every (UPOS, XPOS) pair.
  ParserScratch sc;
  {
    std::unordered_map<uint64_t, uint32_t> count;
    std::vector<uint64_t> order;
    std::unordered_map<uint64_t, int> tags;
    for (const Sentence* s : train) {
      p.Init(*s, &sc);
      for (size_t i = 0; i < s->tokens.size(); ++i) {
        if (count[sc.w[i]]++ == 0) order.push_back(sc.w[i]);
        if (tags.emplace(sc.t[i], 0).second) model->tag_keys.push_back(sc.t[i]);
      }
    }
    for (uint64_t w : order)
      if (count[w] >= 2) {
        model->word_keys.push_back(w);
        model->word_freq.push_back(count[w]);
      }
  }
  model->BuildMaps();
  model->Layout();
  model->InitWeights(opt.seed + 7);
  p.nn_ = model;
  if (opt.verbose)
    std::cerr << "neural parser: " << model->word_keys.size() << " words, "
              << model->tag_keys.size() << " tags, " << model->p.size()
              << " parameters (lstm " << no.lstm_layers << " x " << no.lstm_dim
              << ", hidden " << no.hidden << ")\n";

  nn::Adam adam;
  adam.lr = no.learning_rate;
  adam.m.assign(model->p.size(), 0.0f);
  adam.v.assign(model->p.size(), 0.0f);
  std::vector<float> grad(model->p.size(), 0.0f);
  std::vector<float> best_params;
  double best_score = -1;
  int best_epoch = 0;
  // Embedding rows touched since the last update (lazy Adam for them).
  std::vector<uint32_t> stamp(
      model->word_keys.size() + model->tag_keys.size() + 4 + nn::kNumClassIds,
      0);
  std::vector<std::pair<size_t, int>> rows;  // offset, length
  uint32_t batch_id = 1;
  nn::Scratch ns;
  std::vector<int> gold, gold_label;
  EpochOrder order(train.size(), opt.seed + 1);
  // The same generator draws the dropout masks and the exploration.
  std::mt19937_64& rng = order.generator();
  ns.dropout_rng = &rng;
  ns.drop_in = no.dropout_in;
  ns.drop_out = no.dropout_out;
  const nn::Model& m = *model;
  int in_batch = 0;
  // Optional exponential moving average of the weights (every 8 updates),
  // which dev evaluation and the saved model use.
  std::vector<float> avg;
  if (no.average > 0) avg = m.p;
  const float avg_decay = std::pow(no.average, 8.0f);
  int since_avg = 0;
  auto update = [&] {
    ++adam.step;
    adam.Update(model->p.data(), grad.data(), m.emb_end, m.p.size());
    for (const auto& [off, len] : rows)
      adam.Update(model->p.data(), grad.data(), off, off + len);
    rows.clear();
    ++batch_id;
    in_batch = 0;
    if (!avg.empty() && ++since_avg == 8) {
      since_avg = 0;
      const float* w = m.p.data();
      for (size_t i = 0; i < avg.size(); ++i)
        avg[i] = avg_decay * avg[i] + (1 - avg_decay) * w[i];
    }
  };
  auto touch = [&](size_t stamp_index, size_t off, int len) {
    if (stamp[stamp_index] == batch_id) return;
    stamp[stamp_index] = batch_id;
    rows.emplace_back(off, len);
  };
  const size_t tag_base = m.word_keys.size() + 2;
  const size_t cls_base = tag_base + m.tag_keys.size() + 2;
  for (int epoch = 0; epoch < no.epochs; ++epoch) {
    long right = 0, moves = 0;
    double loss = 0;
    for (size_t oi : order.Next()) {
      const Sentence& s = *train[oi];
      const int n = static_cast<int>(s.tokens.size());
      GoldTree(s, &label_id, &gold, &gold_label);
      p.Init(s, &sc);
      p.NnIds(sc, n, &ns, &rng);
      loss += nn::TrainSentence(m, gold, gold_label,
                                epoch >= no.explore_after ? &rng : nullptr,
                                no.explore, &ns, grad.data(), &right, &moves);
      for (int i = 0; i <= n; ++i) {
        touch(ns.w[i], m.wemb + static_cast<size_t>(ns.w[i]) * m.dims.word,
              m.dims.word);
        touch(tag_base + ns.t[i],
              m.temb + static_cast<size_t>(ns.t[i]) * m.dims.tag, m.dims.tag);
        touch(cls_base + ns.c[i],
              m.cemb + static_cast<size_t>(ns.c[i]) * m.dims.cls, m.dims.cls);
      }
      if (++in_batch >= no.batch) update();
    }
    if (in_batch > 0) update();
    // Dev: UAS and LAS of the current (or averaged) weights; the best
    // epoch (LAS) is kept.
    if (!avg.empty()) model->p.swap(avg);
    double uas, las;
    p.DevScores(dev, &sc, &uas, &las);
    if (dev.empty() || las > best_score) {
      best_score = las;
      best_params = m.p;
      best_epoch = epoch + 1;
    }
    if (!avg.empty()) model->p.swap(avg);
    if (opt.verbose) {
      std::cerr << "nn parser epoch " << epoch + 1 << ": loss " << loss
                << " moves " << 100.0 * right / std::max(1L, moves);
      if (!dev.empty()) std::cerr << " dev UAS " << uas << " LAS " << las;
      std::cerr << " (" << elapsed() << " s)\n";
    }
  }
  if (!best_params.empty()) model->p = best_params;
  p.nn_fast_ = std::make_shared<nn::Inference>(*model);
  if (opt.verbose && !dev.empty())
    std::cerr << "nn parser: kept epoch " << best_epoch << " (dev LAS "
              << best_score << ")\n";
  model->word_freq.clear();
  return p;
}

}  // namespace khaldun
