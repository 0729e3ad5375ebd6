#include "parse/parser.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <map>
#include <random>

#include "parse/nn_infer.h"
#include "parse/nn_parser.h"
#include "parse/oracle.h"
#include "util/epoch_order.h"

namespace khaldun {
namespace {

using ml::HashFeature;
using ml::HashString;

constexpr uint64_t kNone = 0x4e4f4e45ULL;
constexpr uint64_t kRootW = 0x524f4f54ULL;
constexpr uint64_t kRootT = 0x524f4f5454ULL;
constexpr uint32_t kRootC = 0xfffefffeu;

void Lowercase(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// Slots of the table of n rows as written to the model file.
size_t CanonicalSlots(size_t n) {
  size_t size = 16;
  while (size * 7 < n * 10) size *= 2;  // load factor <= 0.7
  return size;
}

// In memory, the transition table has this many times the slots of the file.
constexpr size_t kSpread = 2;

uint64_t Bucket(int d) {
  if (d < 0) d = -d;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d < 10) return 5;
  return 6;
}

// The role features: those of MoveFeatures that read one token's fixed
// attributes (word, tag, word+tag, word class, and for a child its arc
// label, fixed once the arc is made), by the token's role in the state.
// A role's scores depend only on the token, so Parse computes them once per
// sentence and token.  ids are MoveFeatures' template ids.
enum Attr : uint8_t { kAttrW, kAttrT, kAttrWT, kAttrL, kAttrCF };
struct RoleFeature {
  uint8_t id;
  Attr attr;
};
struct Role {
  int n;
  RoleFeature f[4];
};
enum RoleId {
  kS0,
  kS1,
  kS2,
  kB0,
  kB1,
  kB2,
  kS0L,
  kS0R,
  kB0L,
  kS1R,
  kS1L,
  kS0L2,
  kS0R2,
  kB0L2,
  kNumRoles
};
// A word-class feature, when present, comes last (skipped without classes).
constexpr Role kRoles[kNumRoles] = {
    {4, {{101, kAttrWT}, {102, kAttrW}, {103, kAttrT}, {192, kAttrCF}}},
    {4, {{104, kAttrWT}, {105, kAttrW}, {106, kAttrT}, {194, kAttrCF}}},
    {2, {{107, kAttrW}, {108, kAttrT}}},
    {4, {{109, kAttrWT}, {110, kAttrW}, {111, kAttrT}, {193, kAttrCF}}},
    {4, {{112, kAttrWT}, {113, kAttrW}, {114, kAttrT}, {195, kAttrCF}}},
    {2, {{115, kAttrW}, {116, kAttrT}}},
    {3, {{160, kAttrW}, {161, kAttrT}, {162, kAttrL}}},
    {3, {{163, kAttrW}, {164, kAttrT}, {165, kAttrL}}},
    {3, {{166, kAttrW}, {167, kAttrT}, {168, kAttrL}}},
    {2, {{169, kAttrT}, {170, kAttrL}}},
    {2, {{171, kAttrT}, {172, kAttrL}}},
    {3, {{173, kAttrW}, {174, kAttrT}, {175, kAttrL}}},
    {2, {{176, kAttrT}, {177, kAttrL}}},
    {2, {{178, kAttrT}, {179, kAttrL}}},
};

}  // namespace

SmallDenseModel SmallDenseModel::From(const ml::CompactModel& m,
                                      size_t max_features) {
  std::map<uint64_t, Row> rows;
  m.ForEachWeight([&](uint64_t key, uint16_t cls, int16_t w) {
    auto it = rows.try_emplace(key, Row{{0, 0, 0, 0}}).first;
    if (cls < kMaxClasses) it->second.w[cls] = w;
  });
  return Build(std::move(rows), max_features);
}

SmallDenseModel SmallDenseModel::Pruned(size_t max_features) const {
  std::map<uint64_t, Row> rows;
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    Row r;
    for (int c = 0; c < kMaxClasses; ++c) r.w[c] = s.w[c];
    rows[s.key] = r;
  }
  return Build(std::move(rows), max_features);
}

SmallDenseModel SmallDenseModel::Build(std::map<uint64_t, Row> rows,
                                       size_t max_features) {
  if (rows.size() > max_features) {
    // The rows of largest L1 norm, a tie going to the smaller key (the
    // rows are in key order).
    std::vector<long> l1;
    l1.reserve(rows.size());
    for (const auto& [key, r] : rows) {
      long n = 0;
      for (int c = 0; c < kMaxClasses; ++c) n += std::abs(r.w[c]);
      l1.push_back(n);
    }
    const std::vector<bool> keep = ml::RowsOfLargestL1(l1, max_features);
    size_t i = 0;
    for (auto it = rows.begin(); it != rows.end(); ++i)
      it = keep[i] ? std::next(it) : rows.erase(it);
  }
  SmallDenseModel d;
  const size_t size = CanonicalSlots(rows.size());
  d.slots_.assign(size, Slot());
  d.mask_ = size - 1;
  for (const auto& [key, r] : rows) {
    size_t pos = key & d.mask_;
    while (d.slots_[pos].key != 0) pos = (pos + 1) & d.mask_;
    d.slots_[pos].key = key;
    for (int c = 0; c < kMaxClasses; ++c) d.slots_[pos].w[c] = r.w[c];
  }
  d.num_features_ = rows.size();
  return d;
}

void SmallDenseModel::Spread(size_t factor) {
  ml::HugeVector<Slot> old(slots_.size() * factor, Slot());
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.key == 0) continue;
    size_t pos = s.key & mask_;
    while (slots_[pos].key != 0) pos = (pos + 1) & mask_;
    slots_[pos] = s;
  }
}

void SmallDenseModel::BuildFilter() {
  filter_.assign((kFilterMask + 1) / 64, 0);
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    const uint64_t bit = (s.key >> kFilterShift) & kFilterMask;
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

void SmallDenseModel::Save(ml::BinaryWriter* w) const {
  w->Put<uint64_t>(num_features_);
  // Trained models are canonical; loaded ones are spread.
  if (slots_.size() == CanonicalSlots(num_features_)) {
    w->PutVector(slots_);
  } else {
    w->PutVector(Pruned(static_cast<size_t>(-1)).slots_);
  }
}

Status SmallDenseModel::Load(ml::BinaryReader* r) {
  uint64_t nf = 0;
  KHALDUN_ML_TRY(r->Get(&nf));
  KHALDUN_ML_TRY(r->GetVector(&slots_));
  if (slots_.empty() || (slots_.size() & (slots_.size() - 1)) != 0 ||
      nf >= slots_.size())
    return r->Corrupt("bad transition table");
  num_features_ = nf;
  mask_ = slots_.size() - 1;
  // Probes of features absent from the table (most of them) stop at the
  // first empty slot: at a load factor of ~0.35 they touch one cache line,
  // at 0.7 often two.
  Spread(kSpread);
  BuildFilter();
  return Status::OK();
}

void Parser::Init(const Sentence& s, ParserScratch* sc,
                  const std::vector<TokenHashes>* hashes) const {
  InitHashes(s, sc, hashes);
  InitState(s, sc);
}

void Parser::InitHashes(const Sentence& s, ParserScratch* sc,
                        const std::vector<TokenHashes>* hashes) const {
  const size_t n = s.tokens.size();
  if (hashes && hashes->size() != n) hashes = nullptr;  // not s's
  sc->w.resize(n + 1);
  sc->t.resize(n + 1);
  sc->wt.resize(n + 1);
  sc->c.assign(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    const Token& tok = s.tokens[i];
    Lowercase(tok.norm.empty() ? tok.form : std::string_view(tok.norm),
              &sc->lower);
    sc->w[i] = HashString(sc->lower);
    sc->t[i] =
        HashFeature(7, static_cast<uint64_t>(tok.upos), HashString(tok.xpos));
    sc->wt[i] = HashFeature(8, sc->w[i], sc->t[i]);
    if (!use_clusters_) continue;
    if (hashes)
      sc->c[i] = (*hashes)[i].cluster;
    else if (clusters_)
      sc->c[i] = clusters_->Lookup(sc->w[i]);
  }
  sc->c[n] = kRootC;
  sc->w[n] = kRootW;
  sc->t[n] = kRootT;
  sc->wt[n] = HashFeature(8, kRootW, kRootT);
}

void Parser::InitState(const Sentence& s, ParserScratch* sc) const {
  const size_t n = s.tokens.size();
  sc->stack.clear();
  sc->head.assign(n + 1, -1);
  sc->label.assign(n + 1, -1);
  sc->l1.assign(n + 1, -1);
  sc->l2.assign(n + 1, -1);
  sc->r1.assign(n + 1, -1);
  sc->r2.assign(n + 1, -1);
  sc->nl.assign(n + 1, 0);
  sc->nr.assign(n + 1, 0);
  sc->lset.assign(n + 1, 0);
  if (ext_ & kLabelsBetween) {
    sc->punct.assign(n + 2, 0);
    for (size_t i = 0; i < n; ++i)
      sc->punct[i + 1] =
          sc->punct[i] + (s.tokens[i].upos == UPos::kPUNCT ? 1 : 0);
    sc->punct[n + 1] = sc->punct[n];
  }
  sc->rset.assign(n + 1, 0);
}

void Parser::MoveFeatures(const ParserScratch& sc, int b, int n,
                          std::vector<uint64_t>* out, bool cached) const {
  const auto& st = sc.stack;
  const int ns = static_cast<int>(st.size());
  const int s0 = ns > 0 ? st[ns - 1] : -1;
  const int s1 = ns > 1 ? st[ns - 2] : -1;
  const int s2 = ns > 2 ? st[ns - 3] : -1;
  const int b0 = b;
  const int b1 = b + 1 <= n ? b + 1 : -1;
  const int b2 = b + 2 <= n ? b + 2 : -1;
  auto W = [&](int i) { return i < 0 ? kNone : sc.w[i]; };
  auto T = [&](int i) { return i < 0 ? kNone : sc.t[i]; };
  auto WT = [&](int i) { return i < 0 ? kNone : sc.wt[i]; };
  auto L = [&](int i) {
    return i < 0 ? kNone : static_cast<uint64_t>(sc.label[i] + 1);
  };
  auto C = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[i]; };
  const int s0l = C(sc.l1, s0), s0r = C(sc.r1, s0), s0l2 = C(sc.l2, s0),
            s0r2 = C(sc.r2, s0);
  const int b0l = C(sc.l1, b0), b0l2 = C(sc.l2, b0);
  const int s1r = C(sc.r1, s1), s1l = C(sc.l1, s1);
  const uint64_t d = s0 < 0 ? kNone : Bucket(b0 - s0);
  const uint64_t d2 = s1 < 0 ? kNone : Bucket(s0 - s1);
  uint64_t id = 100;
  auto F = [&](uint64_t a, uint64_t x = 0, uint64_t y = 0) {
    out->push_back(HashFeature(++id, a, x, y));
  };
  // A feature of one token's fixed attributes (kRoles): left out when the
  // caller adds the cached role scores instead (the id still advances).
  auto U = [&](uint64_t a) {
    if (cached)
      ++id;
    else
      out->push_back(HashFeature(++id, a));
  };
  // Unigrams.
  U(WT(s0)), U(W(s0)), U(T(s0));
  U(WT(s1)), U(W(s1)), U(T(s1));
  U(W(s2)), U(T(s2));
  U(WT(b0)), U(W(b0)), U(T(b0));
  U(WT(b1)), U(W(b1)), U(T(b1));
  U(W(b2)), U(T(b2));
  // Pairs.
  F(WT(s0), WT(b0)), F(WT(s0), W(b0)), F(W(s0), WT(b0));
  F(WT(s0), T(b0)), F(T(s0), WT(b0)), F(W(s0), W(b0)), F(T(s0), T(b0));
  F(WT(s1), WT(s0)), F(W(s1), W(s0)), F(T(s1), T(s0));
  F(WT(s1), T(s0)), F(T(s1), WT(s0));
  F(T(b0), T(b1)), F(W(b0), W(b1));
  F(T(s1), T(b0)), F(W(s1), W(b0));
  // Triples.
  F(T(b0), T(b1), T(b2)), F(T(s0), T(b0), T(b1)), F(T(s1), T(s0), T(b0));
  F(T(s2), T(s1), T(s0)), F(T(s0), T(s0l), T(b0)), F(T(s0), T(s0r), T(b0));
  F(T(s0), T(b0), T(b0l)), F(T(s1), T(s1r), T(s0)), F(T(s1), T(s0), T(s0r));
  F(T(s1), T(s0), T(s0l)), F(T(s1), T(s1l), T(s0));
  // Distance.
  F(W(s0), d), F(T(s0), d), F(W(b0), d), F(T(b0), d);
  F(W(s0), W(b0), d), F(T(s0), T(b0), d);
  F(T(s1), T(s0), d2), F(W(s1), W(s0), d2);
  // Valency.
  auto V = [&](const std::vector<int>& v, int i) {
    return i < 0 ? kNone : static_cast<uint64_t>(v[i]);
  };
  F(W(s0), V(sc.nr, s0)), F(T(s0), V(sc.nr, s0));
  F(W(s0), V(sc.nl, s0)), F(T(s0), V(sc.nl, s0));
  F(W(b0), V(sc.nl, b0)), F(T(b0), V(sc.nl, b0));
  F(T(s1), V(sc.nr, s1)), F(W(s1), V(sc.nr, s1));
  // Children.
  U(W(s0l)), U(T(s0l)), U(L(s0l));
  U(W(s0r)), U(T(s0r)), U(L(s0r));
  U(W(b0l)), U(T(b0l)), U(L(b0l));
  U(T(s1r)), U(L(s1r)), U(T(s1l)), U(L(s1l));
  // Third order.
  U(W(s0l2)), U(T(s0l2)), U(L(s0l2));
  U(T(s0r2)), U(L(s0r2)), U(T(b0l2)), U(L(b0l2));
  F(T(s0), T(s0l), T(s0l2)), F(T(s0), T(s0r), T(s0r2));
  F(T(b0), T(b0l), T(b0l2));
  // Label sets.
  auto LS = [&](const std::vector<uint64_t>& v, int i) {
    return i < 0 ? kNone : v[i];
  };
  F(W(s0), LS(sc.rset, s0)), F(T(s0), LS(sc.rset, s0));
  F(W(s0), LS(sc.lset, s0)), F(T(s0), LS(sc.lset, s0));
  F(W(b0), LS(sc.lset, b0)), F(T(b0), LS(sc.lset, b0));
  F(T(s1), LS(sc.rset, s1));
  // The label of s0's left child combined with s0 and b0 (subject seen?).
  F(T(s0), L(s0l), T(b0));
  F(T(b0), L(b0l), T(b1));
  if (!use_clusters_) return;
  // Word classes (fine: 256, coarse: 32; 0 = unknown word).
  auto CF = [&](int i) {
    return i < 0 ? kNone : static_cast<uint64_t>(WordClusters::Fine(sc.c[i]));
  };
  auto CC = [&](int i) {
    return i < 0 ? kNone : static_cast<uint64_t>(WordClusters::Coarse(sc.c[i]));
  };
  U(CF(s0)), U(CF(b0)), U(CF(s1)), U(CF(b1));
  F(CF(s0), CF(b0)), F(CC(s0), CC(b0), d);
  F(CF(s0), T(b0)), F(T(s0), CF(b0));
  F(CC(s1), CC(s0)), F(CF(s1), T(s0)), F(T(s1), CF(s0));
  F(CC(s0), T(b0), T(b1));
}

void Parser::LabelFeatures(const ParserScratch& sc, int h, int d, int n,
                           std::vector<uint64_t>* out) const {
  const uint64_t dir = d < h ? 1 : 2;
  const uint64_t dist = Bucket(h - d);
  auto W = [&](int i) { return i < 0 || i > n ? kNone : sc.w[i]; };
  auto T = [&](int i) { return i < 0 || i > n ? kNone : sc.t[i]; };
  auto L = [&](int i) {
    return i < 0 ? kNone : static_cast<uint64_t>(sc.label[i] + 1);
  };
  uint64_t id = 500;
  auto F = [&](uint64_t a, uint64_t x = 0, uint64_t y = 0) {
    out->push_back(HashFeature(++id, a, x, y));
  };
  F(0);
  F(W(h), dir), F(T(h), dir), F(sc.wt[h], dir);
  F(W(d), dir), F(T(d), dir), F(sc.wt[d], dir);
  F(T(h), T(d), dir), F(W(h), T(d), dir), F(T(h), W(d), dir);
  F(W(h), W(d), dir), F(T(h), T(d), dist * 4 + dir);
  F(T(d), sc.lset[d], dir), F(T(d), sc.rset[d], dir);
  F(T(d), L(sc.l1[d])), F(T(d), L(sc.r1[d]));
  F(T(d), T(sc.l1[d]), dir), F(T(d), T(sc.r1[d]), dir);
  F(W(d), W(sc.l1[d]), dir);
  F(T(h), sc.lset[h] | (sc.rset[h] << 1), T(d));
  F(T(d), T(d - 1), dir), F(T(d), T(d + 1), dir);
  F(T(h), T(d), T(d + 1));
  F(T(h), T(h + 1), T(d));
  F(T(h), T(d), dist);
  F(W(d), T(h), T(d < h ? d + 1 : d - 1));
  if (ext_ & kLabelsHead) {
    // The previous sibling on the same side (attached just before d), the
    // dependent's first children (case markers, particles), its valency.
    const int sib = d < h ? sc.l1[h] : sc.r1[h];
    F(T(h), L(sib), T(d) * 4 + dir);
    F(W(sc.l1[d]), T(h), dir);
    F(W(sc.l1[d]), W(h));
    F(W(sc.r1[d]), T(d));
    F(W(d - 1), T(d), dir);
    F(T(d), sc.nl[d] * 16 + std::min(sc.nr[d], 15), dir);
    F(W(h), T(d), dist * 4 + dir);
    F(T(h), T(d), sc.lset[d] | (sc.rset[d] << 1));
  }
  if (ext_ & kLabelsBetween) {
    // Words with the sibling's label; punctuation between head and
    // dependent (parataxis, conj, appos).
    const int sib = d < h ? sc.l1[h] : sc.r1[h];
    const int lo = std::min(h, d), hi = std::max(h, d);
    const uint64_t between = sc.punct[hi] - sc.punct[lo + 1] > 0 ? 1 : 0;
    F(W(h), L(sib), dir);
    F(W(d), L(sib), dir);
    F(T(d), L(sc.l1[d]), L(sc.r1[d]));
    F(T(h), T(d), between * 4 + dir);
    F(W(sc.l1[d]), T(d), between * 4 + dir);
    F(T(h), W(sc.r1[d]), dir);
  }
  if (!use_clusters_) return;
  auto CC = [&](int i) {
    return i < 0 || i > n
               ? kNone
               : static_cast<uint64_t>(WordClusters::Coarse(sc.c[i]));
  };
  auto CF = [&](int i) {
    return i < 0 || i > n ? kNone
                          : static_cast<uint64_t>(WordClusters::Fine(sc.c[i]));
  };
  F(CF(h), CF(d), dir), F(CF(h), T(d), dir), F(T(h), CF(d), dir);
  if (ext_ & kLabelsHead) {
    F(CF(d), dir), F(CF(h), dir);
    F(CC(h), CC(d), dist * 4 + dir);
    F(CF(sc.l1[d]), T(d), dir);
  }
}

void Parser::Apply(ParserScratch* sc, int move, int* b, int label) const {
  if (move == kShift) {
    sc->stack.push_back((*b)++);
    return;
  }
  int d = sc->stack.back();
  sc->stack.pop_back();
  int h = move == kLeft ? *b : sc->stack.back();
  sc->head[d] = h;
  sc->label[d] = label;
  uint64_t bit = 1ULL << (label & 63);
  if (d < h) {
    ++sc->nl[h];
    if (sc->l1[h] < 0 || d < sc->l1[h]) {
      sc->l2[h] = sc->l1[h];
      sc->l1[h] = d;
    } else if (sc->l2[h] < 0 || d < sc->l2[h]) {
      sc->l2[h] = d;
    }
    sc->lset[h] |= bit;
  } else {
    ++sc->nr[h];
    if (sc->r1[h] < 0 || d > sc->r1[h]) {
      sc->r2[h] = sc->r1[h];
      sc->r1[h] = d;
    } else if (sc->r2[h] < 0 || d > sc->r2[h]) {
      sc->r2[h] = d;
    }
    sc->rset[h] |= bit;
  }
}

void Parser::ResetRoleCache(ParserScratch* sc, int n) const {
  const size_t role_slots = kNumRoles * (static_cast<size_t>(n) + 2);
  sc->role_have.assign(role_slots, 0);
  sc->role_scores.assign(role_slots * SmallDenseModel::kMaxClasses, 0);
}

void Parser::AddRoleScores(const ParserScratch& st, ParserScratch* cache, int b,
                           int n, int32_t* scores) const {
  const auto& stack = st.stack;
  const int ns = static_cast<int>(stack.size());
  int tok[kNumRoles];
  const int s0 = ns > 0 ? stack[ns - 1] : -1;
  const int s1 = ns > 1 ? stack[ns - 2] : -1;
  auto C = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[i]; };
  tok[kS0] = s0;
  tok[kS1] = s1;
  tok[kS2] = ns > 2 ? stack[ns - 3] : -1;
  tok[kB0] = b;
  tok[kB1] = b + 1 <= n ? b + 1 : -1;
  tok[kB2] = b + 2 <= n ? b + 2 : -1;
  tok[kS0L] = C(st.l1, s0);
  tok[kS0R] = C(st.r1, s0);
  tok[kB0L] = C(st.l1, b);
  tok[kS1R] = C(st.r1, s1);
  tok[kS1L] = C(st.l1, s1);
  tok[kS0L2] = C(st.l2, s0);
  tok[kS0R2] = C(st.r2, s0);
  tok[kB0L2] = C(st.l2, b);
  const size_t stride = static_cast<size_t>(n) + 2;
  size_t idx[kNumRoles];
  uint8_t want[kNumRoles];
  int missing[kNumRoles];
  int nm = 0;
  cache->rfeats.clear();
  for (int r = 0; r < kNumRoles; ++r) {
    const int i = tok[r];
    idx[r] = r * stride + (i < 0 ? n + 1 : i);
    // A child's scores depend on its label, which differs between the
    // states of a beam: the entry records the label it was computed with.
    want[r] = r >= kS0L && i >= 0 ? static_cast<uint8_t>(st.label[i] + 2) : 1;
    if (cache->role_have[idx[r]] == want[r]) continue;
    missing[nm++] = r;
    const Role& role = kRoles[r];
    for (int k = 0; k < role.n; ++k) {
      uint64_t v = kNone;
      if (i >= 0) {
        switch (role.f[k].attr) {
          case kAttrW:
            v = st.w[i];
            break;
          case kAttrT:
            v = st.t[i];
            break;
          case kAttrWT:
            v = st.wt[i];
            break;
          case kAttrL:
            v = static_cast<uint64_t>(st.label[i] + 1);
            break;
          case kAttrCF:
            v = WordClusters::Fine(st.c[i]);
            break;
        }
      }
      if (role.f[k].attr == kAttrCF && !use_clusters_) continue;
      cache->rfeats.push_back(HashFeature(role.f[k].id, v));
    }
  }
  if (nm > 0) {
    moves_.Prefetch(cache->rfeats.data(), cache->rfeats.size());
    size_t off = 0;
    for (int k = 0; k < nm; ++k) {
      const int r = missing[k];
      const Role& role = kRoles[r];
      int nf = role.n;
      if (!use_clusters_ && role.f[nf - 1].attr == kAttrCF) --nf;
      int32_t* row = &cache->role_scores[idx[r] * SmallDenseModel::kMaxClasses];
      for (int c = 0; c < SmallDenseModel::kMaxClasses; ++c) row[c] = 0;
      moves_.Score(cache->rfeats.data() + off, nf, row);
      off += nf;
      cache->role_have[idx[r]] = want[r];
    }
  }
  for (int r = 0; r < kNumRoles; ++r) {
    const int32_t* row =
        &cache->role_scores[idx[r] * SmallDenseModel::kMaxClasses];
    for (int c = 0; c < SmallDenseModel::kMaxClasses; ++c) scores[c] += row[c];
  }
}

void Parser::Parse(Sentence* s, ParserScratch* sc,
                   const std::vector<TokenHashes>* hashes) const {
  if (nn_) {
    NnParse(s, sc, hashes);
    return;
  }
  if (beam_ > 1) {
    BeamParse(s, sc, hashes);
    return;
  }
  const int n = static_cast<int>(s->tokens.size());
  Init(*s, sc, hashes);
  sc->lscores.resize(labels_.size());
  ResetRoleCache(sc, n);
  int b = 0;
  while (!(sc->stack.empty() && b == n)) {
    const int ns = static_cast<int>(sc->stack.size());
    const int valid = ValidMoves(ns, b, n);
    int move;
    if ((valid & (valid - 1)) == 0) {
      move = __builtin_ctz(valid);
    } else {
      sc->feats.clear();
      MoveFeatures(*sc, b, n, &sc->feats, /*cached=*/true);
      const size_t nf =
          moves_.FilterPrefetch(sc->feats.data(), sc->feats.size());
      int32_t scores[SmallDenseModel::kMaxClasses] = {};
      AddRoleScores(*sc, sc, b, n, scores);
      moves_.Score(sc->feats.data(), nf, scores);
      move = BestValidMove(valid, scores);
    }
    Apply(sc, move, &b, ArcLabel(*sc, move, b, n, sc));
  }
  WriteTree(*sc, s);
}

int Parser::ArcLabel(const ParserScratch& st, int move, int b, int n,
                     ParserScratch* sc) const {
  if (move == kShift) return -1;
  if (move == kLeft && b == n) return root_;  // root arcs: no scoring
  const int d = st.stack.back();
  const int h = move == kLeft ? b : st.stack[st.stack.size() - 2];
  sc->lfeats.clear();
  LabelFeatures(st, h, d, n, &sc->lfeats);
  std::fill(sc->lscores.begin(), sc->lscores.end(), 0);
  label_model_.Prefetch(sc->lfeats.data(), sc->lfeats.size());
  label_model_.Score(sc->lfeats.data(), sc->lfeats.size(), sc->lscores.data());
  const int32_t* v = sc->lscores.data();
  return BestLabel(static_cast<int>(labels_.size()), root_, h == n,
                   [v](int l) { return v[l]; });
}

int Parser::TrainingArcLabel(const ml::PerceptronTrainer& labels,
                             const ParserScratch& st, int move, int b, int n,
                             std::vector<uint64_t>* lf,
                             std::vector<float>* scores) const {
  if (move == kShift) return -1;
  const int d = st.stack.back();
  const int h = move == kLeft ? b : st.stack[st.stack.size() - 2];
  lf->clear();
  LabelFeatures(st, h, d, n, lf);
  std::fill(scores->begin(), scores->end(), 0.0f);
  labels.Score(lf->data(), lf->size(), scores->data());
  // Ranked in the quantised model's steps (1/1024).
  const float* f = scores->data();
  return BestLabel(static_cast<int>(scores->size()), root_, h == n,
                   [f](int l) { return static_cast<int32_t>(f[l] * 1024); });
}

void Parser::WriteTree(const ParserScratch& st, Sentence* s) const {
  const int n = static_cast<int>(s->tokens.size());
  for (int i = 0; i < n; ++i) {
    Token& t = s->tokens[i];
    const int h = st.head[i];
    t.head = (h < 0 || h == n) ? -1 : h;
    t.deprel = st.label[i] >= 0 ? labels_[st.label[i]] : "dep";
  }
  s->parsed = true;
}

Parser Parser::Train(const std::vector<const Sentence*>& train,
                     const std::vector<Document>& dev,
                     const TrainOptions& opt) {
  if (opt.parser_nn.enabled) return TrainNn(train, dev, opt);
  if (opt.parser_beam > 1) return TrainBeam(train, dev, opt);
  Parser p;
  std::map<std::string, int> label_id = p.InitForTraining(train, opt);
  const int nlabels = static_cast<int>(p.labels_.size());

  ml::PerceptronTrainer moves(kNumMoves);
  ml::PerceptronTrainer labels(nlabels);
  ParserScratch sc;
  std::vector<float> lscores(nlabels);
  std::vector<int> gold, gold_label;
  EpochOrder order(train.size(), opt.seed + 1);
  std::mt19937_64& rng = order.generator();  // also draws the exploration
  for (int epoch = 0; epoch < opt.parser_epochs; ++epoch) {
    long moves_ok = 0, moves_n = 0, uas_ok = 0, tokens = 0;
    for (size_t oi : order.Next()) {
      const Sentence& s = *train[oi];
      const int n = static_cast<int>(s.tokens.size());
      GoldTree(s, &label_id, &gold, &gold_label);
      p.Init(s, &sc);
      int b = 0;
      while (!(sc.stack.empty() && b == n)) {
        const int ns = static_cast<int>(sc.stack.size());
        const int valid = ValidMoves(ns, b, n);
        int cost[3];
        ArcHybridCosts(sc.stack, b, n, gold, cost);
        int min_cost = 1 << 30;
        for (int m = 0; m < kNumMoves; ++m)
          if (valid >> m & 1) min_cost = std::min(min_cost, cost[m]);
        int move;
        if ((valid & (valid - 1)) == 0) {
          move = __builtin_ctz(valid);
        } else {
          sc.feats.clear();
          p.MoveFeatures(sc, b, n, &sc.feats);
          float scores[3] = {0, 0, 0};
          moves.Score(sc.feats.data(), sc.feats.size(), scores);
          int pred = -1, best_gold = -1;
          for (int m = 0; m < kNumMoves; ++m) {
            if (!(valid >> m & 1)) continue;
            if (pred < 0 || scores[m] > scores[pred]) pred = m;
            if (cost[m] == min_cost &&
                (best_gold < 0 || scores[m] > scores[best_gold]))
              best_gold = m;
          }
          moves.Update(sc.feats.data(), sc.feats.size(), best_gold, pred);
          moves.Tick();
          moves_ok += cost[pred] == min_cost;
          ++moves_n;
          bool explore = epoch > 0 && (rng() % 10) < 9;
          move = cost[pred] == min_cost || explore ? pred : best_gold;
        }
        const int label =
            p.TrainingArcLabel(labels, sc, move, b, n, &sc.lfeats, &lscores);
        if (move != kShift) {
          const int d = sc.stack.back();
          const int h = move == kLeft ? b : sc.stack[ns - 2];
          if (h == gold[d]) {
            labels.Update(sc.lfeats.data(), sc.lfeats.size(), gold_label[d],
                          label);
            labels.Tick();
          }
          uas_ok += h == gold[d];
          ++tokens;
        }
        p.Apply(&sc, move, &b, label);
      }
    }
    if (opt.verbose) {
      std::cerr << "parser epoch " << epoch + 1 << ": moves "
                << 100.0 * moves_ok / std::max(1L, moves_n) << " train UAS "
                << 100.0 * uas_ok / std::max(1L, tokens) << " features "
                << moves.num_features() << "+" << labels.num_features();
      if (!dev.empty()) p.ReportDev(moves, labels, dev, &sc);
      std::cerr << "\n";
    }
  }
  p.TakeWeights(moves, labels);
  return p;
}

std::map<std::string, int> Parser::InitForTraining(
    const std::vector<const Sentence*>& train, const TrainOptions& opt) {
  if (opt.clusters && opt.parser_clusters && !opt.clusters->empty()) {
    use_clusters_ = true;
    clusters_ = opt.clusters;
  }
  if (opt.parser_label_features) ext_ = kLabelsHead | kLabelsBetween;
  std::map<std::string, int> label_count;
  for (const Sentence* s : train)
    for (const Token& t : s->tokens) ++label_count[t.deprel];
  label_count["root"];
  for (const auto& [l, c] : label_count) labels_.push_back(l);
  std::map<std::string, int> label_id;
  for (size_t i = 0; i < labels_.size(); ++i) label_id[labels_[i]] = i;
  root_ = label_id["root"];
  return label_id;
}

void Parser::TakeWeights(const ml::PerceptronTrainer& moves,
                         const ml::PerceptronTrainer& labels) {
  moves_ = SmallDenseModel::From(moves.Finalize());
  label_model_ = labels.Finalize(kMaxLabelFeatures);
}

void Parser::ReportDev(const ml::PerceptronTrainer& moves,
                       const ml::PerceptronTrainer& labels,
                       const std::vector<Document>& dev, ParserScratch* sc) {
  TakeWeights(moves, labels);
  double uas, las;
  DevScores(dev, sc, &uas, &las);
  std::cerr << " dev UAS " << uas << " LAS " << las;
}

void Parser::DevScores(const std::vector<Document>& dev, ParserScratch* sc,
                       double* uas, double* las) const {
  long u = 0, l = 0, t = 0;
  for (const Document& doc : dev)
    for (const Sentence& s0 : doc.sentences) {
      Sentence s = s0;
      Parse(&s, sc);
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        if (s.tokens[i].head == s0.tokens[i].head) {
          ++u;
          l += s.tokens[i].deprel == s0.tokens[i].deprel;
        }
        ++t;
      }
    }
  *uas = 100.0 * u / std::max(1L, t);
  *las = 100.0 * l / std::max(1L, t);
}

void Parser::Save(ml::BinaryWriter* w) const {
  w->PutStrings(labels_);
  w->Put<uint8_t>((use_clusters_ ? 1 : 0) | ext_ << 1 |
                  (beam_ > 1 ? kHasBeam : 0) | (nn_ ? kHasNn : 0));
  if (beam_ > 1) w->Put<uint8_t>(static_cast<uint8_t>(beam_));
  if (nn_) {
    nn_->Save(w);
    return;
  }
  moves_.Save(w);
  label_model_.Save(w);
}

size_t Parser::bytes() const {
  return moves_.bytes() + label_model_.bytes() + (nn_ ? nn_->bytes() : 0) +
         (nn_fast_ ? nn_fast_->bytes() : 0);
}

Status Parser::Load(ml::BinaryReader* r) {
  KHALDUN_ML_TRY(r->GetStrings(&labels_));
  if (labels_.empty() ||
      std::find(labels_.begin(), labels_.end(), "root") == labels_.end())
    return r->Corrupt("label set without root");
  root_ = static_cast<int>(std::find(labels_.begin(), labels_.end(), "root") -
                           labels_.begin());
  uint8_t uc = 0;
  KHALDUN_ML_TRY(r->Get(&uc));
  beam_ = 1;
  if (uc & kHasBeam) {
    uint8_t k = 0;
    KHALDUN_ML_TRY(r->Get(&k));
    if (k < 2) return r->Corrupt("bad parser beam");
    beam_ = k;
    uc &= ~kHasBeam;
  }
  const bool has_nn = uc & kHasNn;
  uc &= ~kHasNn;
  if (uc >> 1 & ~kAllFeatureSets) return r->Corrupt("bad parser flags");
  use_clusters_ = uc & 1;
  ext_ = uc >> 1;
  nn_.reset();
  nn_fast_.reset();
  if (has_nn) {
    auto m = std::make_shared<nn::Model>();
    KHALDUN_ML_TRY(m->Load(r));
    if (m->num_labels != static_cast<int>(labels_.size()) ||
        m->root_label != root_)
      return r->Corrupt("neural parser labels");
    moves_ = SmallDenseModel();
    label_model_ = ml::CompactModel();
    nn_fast_ = std::make_shared<nn::Inference>(*m);
    nn_ = std::move(m);
    return Status::OK();
  }
  KHALDUN_ML_TRY(moves_.Load(r));
  KHALDUN_ML_TRY(label_model_.Load(r));
  if (label_model_.num_classes() != static_cast<int>(labels_.size()))
    return r->Corrupt("label count");
  return Status::OK();
}

}  // namespace khaldun
