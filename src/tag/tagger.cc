#include "tag/tagger.h"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <map>
#include <memory>

#include "util/epoch_order.h"

namespace khaldun {
namespace {

using ml::HashFeature;
using ml::HashString;

enum Flags : uint32_t {
  kHasDigit = 1,
  kHasUpper = 2,
  kHasHyphen = 4,
  kAllUpper = 8,
  kFirstUpper = 16,
  kHasAlpha = 32,
};

// Feature templates.
enum Tmpl : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kSuf1,
  kPre1 = kSuf1 + 4,
  kShape = kPre1 + 3,
  kAmb,
  kAmbPrev,
  kAmbNext,
  kLowerM2,
  kLowerM1,
  kLowerP1,
  kLowerP2,
  kSuf3M1,
  kSuf3P1,
  kT1,
  kT1T2,
  kT1Lower,
  kLowerM1Lower,
  kLowerLowerP1,
  kShapeP1,
  kT1Amb,
  kFlags,
  kInitialCap,
  kT1AmbNext,
  kSuf3T1,
  kClu,
  kCluCoarse,
  kCluM1,
  kCluP1,
  kCluP1Coarse,
  kT1Clu,
  kCluCluP1,
  kCluSuf2,
};

struct KV {
  uint64_t k, v;
  bool operator<(const KV& o) const { return k < o.k; }
};

constexpr uint64_t kBoundary = 0x5eed5eed5eedULL;

void Lowercase(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

uint64_t ShapeHash(std::string_view s, uint32_t* flags) {
  char buf[32];
  size_t n = 0;
  char last = 0;
  uint32_t f = 0;
  bool all_upper = true;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
      f |= kHasUpper | kHasAlpha;
      if (i == 0) f |= kFirstUpper;
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
      all_upper = false;
      f |= kHasAlpha;
    } else if (c >= '0' && c <= '9') {
      k = 'd';
      f |= kHasDigit;
    } else if (c >= 0x80) {
      k = 'u';
    } else {
      k = static_cast<char>(c);
      if (c == '-') f |= kHasHyphen;
    }
    if (k != last && n < sizeof(buf)) buf[n++] = k;
    last = k;
  }
  if (all_upper && (f & kHasUpper)) f |= kAllUpper;
  *flags = f;
  return HashString(std::string_view(buf, n));
}

// The best class (the first maximum, as std::max_element) and the margin
// to the runner-up's score (huge with a single class).
int BestAndMargin(const std::vector<int32_t>& scores, int64_t* margin) {
  int best = 0;
  int64_t top = scores[0], second = INT32_MIN - int64_t{1};
  for (size_t c = 1; c < scores.size(); ++c) {
    const int64_t v = scores[c];
    if (v > top) {
      second = top;
      top = v;
      best = static_cast<int>(c);
    } else if (v > second) {
      second = v;
    }
  }
  *margin = top - second;
  return best;
}

// Marks the optional parts after the tagger's model in the file: the
// refiner's own first byte is 0 or 1.
constexpr uint8_t kExtensionMarker = 2;
// Bits of the extension.
constexpr uint32_t kExtBackward = 1;

// A new Tagger::cache_id() for every trained or loaded model.
uint64_t NewCacheId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}

}  // namespace

void Tagger::set_word_cache(bool on) { cache_id_ = on ? NewCacheId() : 0; }

int Tagger::ClassOf(UPos u, const std::string& xpos) const {
  for (size_t c = 0; c < upos_.size(); ++c)
    if (upos_[c] == u && xpos_[c] == xpos) return static_cast<int>(c);
  return -1;
}

void Tagger::ComputeHashes(const Sentence& s, TaggerScratch* sc) const {
  const size_t n = s.tokens.size();
  sc->tok.resize(n);
  sc->len.resize(n);
  TaggerWordCache& cache = sc->cache;
  const bool cached = cache_id_ != 0;
  if (cached && cache.owner != cache_id_) {
    cache.entries.assign(TaggerWordCache::kSlots, TaggerWordCache::Entry());
    cache.scores.assign(TaggerWordCache::kSlots * num_classes(), 0);
    cache.owner = cache_id_;
  }
  for (size_t i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    std::string_view form = t.norm.empty() ? t.form : std::string_view(t.norm);
    TokenHashes& h = sc->tok[i];
    const uint64_t word = HashString(form);
    const uint32_t len = static_cast<uint32_t>(form.size());
    sc->len[i] = len;
    TaggerWordCache::Entry* e = nullptr;
    if (cached) {
      e = &cache.entries[word & (TaggerWordCache::kSlots - 1)];
      if (e->filled && e->key == word && e->len == len) {
        h = e->h;
        continue;
      }
    }
    h.word = word;
    Lowercase(form, &sc->lower);
    std::string_view l = sc->lower;
    h.lower = HashString(l);
    for (size_t k = 0; k < 4; ++k)
      h.suffix[k] =
          HashString(l.substr(l.size() > k + 1 ? l.size() - k - 1 : 0));
    for (size_t k = 0; k < 3; ++k) h.prefix[k] = HashString(l.substr(0, k + 1));
    h.shape = ShapeHash(form, &h.flags);
    if (const WordInfo* info = lex_.find(h.lower)) {
      h.amb = info->amb;
      h.cluster = info->cluster;
    } else {
      h.amb = 0;
      h.cluster = 0;
    }
    if (e) {
      e->key = word;
      e->len = len;
      e->filled = true;
      e->scored = false;
      e->h = h;
    }
  }
}

void Tagger::StaticScores(TaggerScratch* sc, size_t i, int32_t* scores) const {
  const int nc = num_classes();
  const TokenHashes& h = sc->tok[i];
  TaggerWordCache& cache = sc->cache;
  const size_t slot = h.word & (TaggerWordCache::kSlots - 1);
  TaggerWordCache::Entry& e = cache.entries[slot];
  int32_t* row = cache.scores.data() + slot * nc;
  if (!(e.filled && e.key == h.word && e.len == sc->len[i])) {
    // Evicted by another word of the sentence: take the slot back.
    e.key = h.word;
    e.len = sc->len[i];
    e.filled = true;
    e.scored = false;
    e.h = h;
  }
  if (!e.scored) {
    sc->feats.clear();
    StaticFeatures(h, &sc->feats);
    std::fill(row, row + nc, 0);
    model_.Prefetch(sc->feats.data(), sc->feats.size());
    model_.Score(sc->feats.data(), sc->feats.size(), row);
    e.scored = true;
  }
  std::copy(row, row + nc, scores);
}

void Tagger::BuildLexicon() {
  lex_.clear();
  lex_.reserve(amb_.size() + clusters_.size());
  for (const auto& [k, a] : amb_) lex_[k].amb = a;
  for (const auto& [k, c] : clusters_.map()) lex_[k].cluster = c;
}

void Tagger::Features(const TaggerScratch& sc, size_t i, size_t n,
                      std::vector<uint64_t>* out) const {
  StaticFeatures(sc.tok[i], out);
  ContextFeatures(sc, i, n, out);
}

void Tagger::StaticFeatures(const TokenHashes& h,
                            std::vector<uint64_t>* out) const {
  out->push_back(HashFeature(kBias, 0));
  out->push_back(HashFeature(kWord, h.word));
  out->push_back(HashFeature(kLower, h.lower));
  for (int k = 0; k < 4; ++k)
    out->push_back(HashFeature(kSuf1 + k, h.suffix[k]));
  for (int k = 0; k < 3; ++k)
    out->push_back(HashFeature(kPre1 + k, h.prefix[k]));
  out->push_back(HashFeature(kShape, h.shape));
  out->push_back(HashFeature(kAmb, h.amb));
  out->push_back(HashFeature(kFlags, h.flags));
  if (!clusters_.empty()) {
    const uint32_t fine = WordClusters::Fine(h.cluster);
    const uint32_t coarse = WordClusters::Coarse(h.cluster);
    out->push_back(HashFeature(kClu, fine));
    out->push_back(HashFeature(kCluCoarse, coarse));
    out->push_back(HashFeature(kCluSuf2, coarse, h.suffix[1]));
  }
}

void Tagger::ContextFeatures(const TaggerScratch& sc, size_t i, size_t n,
                             std::vector<uint64_t>* out) const {
  const TokenHashes& h = sc.tok[i];
  auto lower = [&](long j) -> uint64_t {
    return j < 0 || j >= static_cast<long>(n) ? kBoundary : sc.tok[j].lower;
  };
  auto cls = [&](long j) -> uint64_t {
    return j < 0 ? kBoundary : static_cast<uint64_t>(sc.cls[j]);
  };
  const long li = static_cast<long>(i);
  const uint64_t t1 = cls(li - 1), t2 = cls(li - 2);
  const uint64_t amb_prev = i > 0 ? sc.tok[i - 1].amb : kBoundary;
  const uint64_t amb_next = i + 1 < n ? sc.tok[i + 1].amb : kBoundary;
  out->push_back(HashFeature(kAmbPrev, amb_prev));
  out->push_back(HashFeature(kAmbNext, amb_next));
  out->push_back(HashFeature(kLowerM2, lower(li - 2)));
  out->push_back(HashFeature(kLowerM1, lower(li - 1)));
  out->push_back(HashFeature(kLowerP1, lower(li + 1)));
  out->push_back(HashFeature(kLowerP2, lower(li + 2)));
  out->push_back(
      HashFeature(kSuf3M1, i > 0 ? sc.tok[i - 1].suffix[2] : kBoundary));
  out->push_back(
      HashFeature(kSuf3P1, i + 1 < n ? sc.tok[i + 1].suffix[2] : kBoundary));
  out->push_back(HashFeature(kT1, t1));
  out->push_back(HashFeature(kT1T2, t1, t2));
  out->push_back(HashFeature(kT1Lower, t1, h.lower));
  out->push_back(HashFeature(kLowerM1Lower, lower(li - 1), h.lower));
  out->push_back(HashFeature(kLowerLowerP1, h.lower, lower(li + 1)));
  out->push_back(
      HashFeature(kShapeP1, i + 1 < n ? sc.tok[i + 1].shape : kBoundary));
  out->push_back(HashFeature(kT1Amb, t1, h.amb));
  out->push_back(HashFeature(kInitialCap, i == 0, h.flags & kFirstUpper));
  out->push_back(HashFeature(kT1AmbNext, t1, h.amb, amb_next));
  out->push_back(HashFeature(kSuf3T1, t1, h.suffix[2]));
  if (!clusters_.empty()) {
    const uint32_t cm1 = i > 0 ? sc.tok[i - 1].cluster : 0xffffffffu;
    const uint32_t cp1 = i + 1 < n ? sc.tok[i + 1].cluster : 0xffffffffu;
    const uint32_t fine = WordClusters::Fine(h.cluster);
    const uint32_t coarse = WordClusters::Coarse(h.cluster);
    out->push_back(HashFeature(kCluM1, WordClusters::Fine(cm1)));
    out->push_back(HashFeature(kCluP1, WordClusters::Fine(cp1)));
    out->push_back(HashFeature(kCluP1Coarse, WordClusters::Coarse(cp1)));
    out->push_back(HashFeature(kT1Clu, t1, coarse));
    out->push_back(HashFeature(kCluCluP1, fine, WordClusters::Coarse(cp1)));
  }
}

void Tagger::TagFirstPass(const Sentence& s, TaggerScratch* sc) const {
  const size_t n = s.tokens.size();
  ComputeHashes(s, sc);
  sc->cls.assign(n, 0);
  sc->fixed.assign(n, 0);
  std::vector<int32_t>& scores = sc->scores;
  scores.resize(upos_.size());
  const bool backward = this->backward();
  // The backward threshold in stored weight units.
  const double unsure_below =
      static_cast<double>(backward_threshold_) * model_.scale();
  if (backward) {
    sc->unsure.assign(n, 0);
    // Only grows: shrinking and growing again would zero it every time.
    if (sc->fwd_scores.size() < n * upos_.size())
      sc->fwd_scores.resize(n * upos_.size());
  }
  for (size_t i = 0; i < n; ++i) {
    const int* fixed = dict_.find(sc->tok[i].word);
    int best = 0;
    if (fixed) {
      best = *fixed;
      sc->fixed[i] = 1;
    } else {
      sc->feats.clear();
      if (cache_id_ != 0) {
        // The word's context-free scores are cached across sentences.
        StaticScores(sc, i, scores.data());
        sc->feats.clear();
        ContextFeatures(*sc, i, n, &sc->feats);
      } else {
        std::fill(scores.begin(), scores.end(), 0);
        Features(*sc, i, n, &sc->feats);
      }
      model_.Prefetch(sc->feats.data(), sc->feats.size());
      model_.Score(sc->feats.data(), sc->feats.size(), scores.data());
      if (backward) {
        int64_t margin = 0;
        best = BestAndMargin(scores, &margin);
        if (static_cast<double>(margin) < unsure_below) {
          sc->unsure[i] = 1;
          std::copy(scores.begin(), scores.end(),
                    sc->fwd_scores.begin() + i * upos_.size());
        }
      } else {
        best = static_cast<int>(std::max_element(scores.begin(), scores.end()) -
                                scores.begin());
      }
    }
    sc->cls[i] = best;
  }
}

void Tagger::BackwardPass(TaggerScratch* sc) const {
  const size_t n = sc->cls.size();
  const int nc = num_classes();
  sc->cls2 = sc->cls;
  bool any = false;
  for (size_t i = 0; i < n && !any; ++i) any = sc->unsure[i];
  if (!any) return;
  if (!sc->rev) sc->rev = std::make_unique<TaggerScratch>();
  TaggerScratch& r = *sc->rev;
  // The reversed sentence; the history is the first pass's classes.
  r.tok.assign(sc->tok.rbegin(), sc->tok.rend());
  r.cls.assign(sc->cls.rbegin(), sc->cls.rend());
  r.scores.resize(nc);
  const float fwd_scale = 1.0f / model_.scale();
  const float bwd_scale = 1.0f / backward_.scale();
  for (size_t i = 0; i < n; ++i) {
    if (!sc->unsure[i]) continue;
    r.feats.clear();
    Features(r, n - 1 - i, n, &r.feats);
    std::fill(r.scores.begin(), r.scores.end(), 0);
    backward_.Prefetch(r.feats.data(), r.feats.size());
    backward_.Score(r.feats.data(), r.feats.size(), r.scores.data());
    const int32_t* f = sc->fwd_scores.data() + i * nc;
    int best = 0;
    float best_v = 0;
    for (int c = 0; c < nc; ++c) {
      const float v = f[c] * fwd_scale + r.scores[c] * bwd_scale;
      if (c == 0 || v > best_v) best_v = v, best = c;
    }
    sc->cls2[i] = best;
  }
}

void Tagger::SetFirstPass(const Sentence& s, const std::vector<int>& first,
                          TaggerScratch* sc) const {
  const size_t n = s.tokens.size();
  ComputeHashes(s, sc);
  sc->cls = first;
  sc->fixed.assign(n, 0);
  for (size_t i = 0; i < n; ++i)
    sc->fixed[i] = dict_.count(sc->tok[i].word) ? 1 : 0;
}

void Tagger::Tag(Sentence* s, TaggerScratch* sc) const {
  const size_t n = s->tokens.size();
  TagFirstPass(*s, sc);
  const std::vector<int>* cls = &sc->cls;
  if (!refiner_.empty()) {
    refiner_.Apply(sc, &sc->feats, &sc->scores);
    cls = &sc->cls2;
  } else if (backward()) {
    BackwardPass(sc);
    cls = &sc->cls2;
  }
  for (size_t i = 0; i < n; ++i) {
    s->tokens[i].upos = upos_[(*cls)[i]];
    s->tokens[i].xpos = xpos_[(*cls)[i]];
  }
  s->tagged = true;
}

// ---------------------------------------------------------------------------
// TagRefiner

namespace {

enum Kind : uint8_t { kFinite = 1, kVerb = 2, kNominal = 4 };

// Refiner feature templates.
enum RTmpl : uint64_t {
  kRBias = 200,
  kRLower,
  kRSuf3,
  kRC1,
  kRCp1,
  kRC1C2,
  kRCp1Cp2,
  kRC1Cp1,
  kRLowerM1,
  kRLowerP1,
  kRFin,
  kRFinC1,
  kRFinCp1,
  kRPrevVerb,
  kRPrevVerbClass,
  kRClu,
  kRWord,
  kRFirst,
  kRLowerCp1,
  kRLowerC1,
  kRFinCount,
  kRSubj,
  kRSuf2,
  kRSuf4,
  kRShape,
};

// A refiner class is a verb class (VB*, MD) with first-pass precision below
// this on jackknifed output.
constexpr double kRefinePrecision = 0.97;
constexpr long kRefineMinCount = 20;

}  // namespace

int TagRefiner::num_active() const {
  int a = 0;
  for (uint8_t x : active_) a += x;
  return a;
}

void TagRefiner::Init(const Tagger& t) {
  kind_.assign(t.num_classes(), 0);
  for (int c = 0; c < t.num_classes(); ++c) {
    const std::string& x = t.xpos_of(c);
    uint8_t k = 0;
    if (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD") k |= kFinite;
    if (x.rfind("VB", 0) == 0 || x == "MD") k |= kVerb;
    if (x.rfind("NN", 0) == 0 || x == "PRP") k |= kNominal;
    kind_[c] = k;
  }
}

void TagRefiner::Features(const TaggerScratch& sc, size_t i, size_t n,
                          std::vector<uint64_t>* out) const {
  const long li = static_cast<long>(i);
  auto C = [&](long j) -> uint64_t {
    return j < 0 || j >= static_cast<long>(n)
               ? kBoundary
               : static_cast<uint64_t>(sc.cls[j]);
  };
  auto L = [&](long j) -> uint64_t {
    return j < 0 || j >= static_cast<long>(n) ? kBoundary : sc.tok[j].lower;
  };
  const uint64_t c = C(li), cm1 = C(li - 1), cp1 = C(li + 1);
  const TokenHashes& h = sc.tok[i];
  // Finite verbs before and after i (first-pass tags), and their count.
  const int before = sc.fin[i];
  const int total = sc.fin[n];
  const int at = kind_[sc.cls[i]] & kFinite ? 1 : 0;
  const int after = total - before - at;
  const uint64_t fin = (before > 0 ? 1 : 0) | (after > 0 ? 2 : 0);
  const uint64_t count = std::min(before + after, 3);
  const int pv = sc.pverb[i];
  uint64_t dist = 0;
  if (pv >= 0) dist = li - pv <= 3 ? static_cast<uint64_t>(li - pv) : 4;
  auto F = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t d = 0) {
    out->push_back(HashFeature(t, c, ml::Mix64(a) ^ b, d));
  };
  F(kRBias, 0);
  F(kRLower, h.lower);
  F(kRSuf3, h.suffix[2]);
  F(kRC1, cm1);
  F(kRCp1, cp1);
  F(kRC1C2, cm1, C(li - 2));
  F(kRCp1Cp2, cp1, C(li + 2));
  F(kRC1Cp1, cm1, cp1);
  F(kRLowerM1, L(li - 1));
  F(kRLowerP1, L(li + 1));
  F(kRFin, fin);
  F(kRFinC1, fin, cm1);
  F(kRFinCp1, fin, cp1);
  F(kRPrevVerb, pv < 0 ? kBoundary : sc.tok[pv].lower, dist);
  F(kRPrevVerbClass, C(pv), dist);
  F(kRClu, WordClusters::Fine(h.cluster));
  out->push_back(HashFeature(kRWord, h.lower));
  F(kRFirst, i == 0);
  F(kRLowerCp1, h.lower, cp1);
  F(kRLowerC1, h.lower, cm1);
  F(kRFinCount, count, fin);
  F(kRSubj, static_cast<uint64_t>(sc.subj[i]), fin);
  F(kRSuf2, h.suffix[1]);
  F(kRSuf4, h.suffix[3]);
  F(kRShape, h.shape, h.flags);
}

namespace {

// Per-token sentence facts for the refiner: fin[i] = finite verbs before i
// (fin[n] = all), pverb[i] = nearest verb before i (-1), subj[i] = a noun or
// pronoun between that verb (or the start) and i.
void SentenceFacts(const std::vector<uint8_t>& kind, TaggerScratch* sc) {
  const size_t n = sc->cls.size();
  sc->fin.assign(n + 1, 0);
  sc->pverb.assign(n, -1);
  sc->subj.assign(n, 0);
  int last_verb = -1, nominal = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t k = kind[sc->cls[i]];
    sc->pverb[i] = last_verb;
    sc->subj[i] = nominal;
    sc->fin[i + 1] = sc->fin[i] + (k & kFinite ? 1 : 0);
    if (k & kVerb) {
      last_verb = static_cast<int>(i);
      nominal = 0;
    } else if (k & kNominal) {
      nominal = 1;
    }
  }
}

}  // namespace

void TagRefiner::Apply(TaggerScratch* sc, std::vector<uint64_t>* feats,
                       std::vector<int32_t>* scores) const {
  const size_t n = sc->cls.size();
  sc->cls2 = sc->cls;
  bool any = false;
  for (size_t i = 0; i < n && !any; ++i)
    any = !sc->fixed[i] && active_[sc->cls[i]];
  if (!any) return;
  SentenceFacts(kind_, sc);
  scores->resize(model_.num_classes());
  for (size_t i = 0; i < n; ++i) {
    if (sc->fixed[i] || !active_[sc->cls[i]]) continue;
    feats->clear();
    Features(*sc, i, n, feats);
    std::fill(scores->begin(), scores->end(), 0);
    model_.Prefetch(feats->data(), feats->size());
    model_.Score(feats->data(), feats->size(), scores->data());
    sc->cls2[i] = static_cast<int>(
        std::max_element(scores->begin(), scores->end()) - scores->begin());
  }
}

TagRefiner TagRefiner::Train(const Tagger& t,
                             const std::vector<const Sentence*>& sents,
                             const std::vector<std::vector<int>>& first,
                             int epochs, uint64_t seed, bool verbose) {
  TagRefiner r;
  r.Init(t);
  const int nc = t.num_classes();
  TaggerScratch sc;
  // Which first-pass classes are wrong often enough to re-tag.
  std::vector<long> pred_n(nc, 0), pred_ok(nc, 0);
  for (size_t k = 0; k < sents.size(); ++k) {
    const Sentence& s = *sents[k];
    t.SetFirstPass(s, first[k], &sc);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      if (sc.fixed[i]) continue;
      ++pred_n[first[k][i]];
      pred_ok[first[k][i]] +=
          t.ClassOf(s.tokens[i].upos, s.tokens[i].xpos) == first[k][i];
    }
  }
  r.active_.assign(nc, 0);
  for (int c = 0; c < nc; ++c)
    r.active_[c] = (r.kind_[c] & kVerb) && pred_n[c] >= kRefineMinCount &&
                   pred_ok[c] < kRefinePrecision * pred_n[c];
  // The inputs do not depend on the model: extract every instance once.
  std::vector<uint64_t> feats;
  std::vector<size_t> begin;
  std::vector<int> gold;
  std::vector<size_t> sent_begin;  // instances of sentence k
  long first_ok = 0;
  for (size_t k = 0; k < sents.size(); ++k) {
    const Sentence& s = *sents[k];
    const size_t n = s.tokens.size();
    sent_begin.push_back(gold.size());
    t.SetFirstPass(s, first[k], &sc);
    SentenceFacts(r.kind_, &sc);
    for (size_t i = 0; i < n; ++i) {
      if (sc.fixed[i] || !r.active_[sc.cls[i]]) continue;
      begin.push_back(feats.size());
      r.Features(sc, i, n, &feats);
      gold.push_back(t.ClassOf(s.tokens[i].upos, s.tokens[i].xpos));
      first_ok += gold.back() == sc.cls[i];
    }
  }
  sent_begin.push_back(gold.size());
  begin.push_back(feats.size());
  ml::PerceptronTrainer trainer(nc);
  std::vector<float> scores(nc);
  EpochOrder order(sents.size(), seed + 7);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    long ok = 0;
    for (size_t k : order.Next())
      for (size_t j = sent_begin[k]; j < sent_begin[k + 1]; ++j) {
        const uint64_t* f = feats.data() + begin[j];
        const size_t nf = begin[j + 1] - begin[j];
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(f, nf, scores.data());
        const int guess = static_cast<int>(
            std::max_element(scores.begin(), scores.end()) - scores.begin());
        trainer.Update(f, nf, gold[j], guess);
        trainer.Tick();
        ok += guess == gold[j];
      }
    if (verbose && epoch + 1 == epochs)
      std::cerr << "tag refiner: " << r.num_active() << " classes, "
                << gold.size() << " tokens, first pass "
                << 100.0 * first_ok / std::max<size_t>(1, gold.size())
                << ", refiner (last epoch, online) "
                << 100.0 * ok / std::max<size_t>(1, gold.size()) << "\n";
  }
  r.model_ = trainer.Finalize();
  return r;
}

void TagRefiner::Save(ml::BinaryWriter* w) const {
  w->Put<uint8_t>(empty() ? 0 : 1);
  if (empty()) return;
  w->PutVector(active_);
  model_.Save(w);
}

Status TagRefiner::Load(ml::BinaryReader* r, const Tagger& t, uint8_t present) {
  if (present > 1) return r->Corrupt("bad tag refiner marker");
  active_.clear();
  model_ = ml::CompactModel();
  if (!present) return Status::OK();
  KHALDUN_ML_TRY(r->GetVector(&active_));
  KHALDUN_ML_TRY(model_.Load(r));
  if (static_cast<int>(active_.size()) != t.num_classes() ||
      model_.num_classes() != t.num_classes())
    return r->Corrupt("tag refiner class count");
  Init(t);
  return Status::OK();
}

Tagger Tagger::Train(const std::vector<Document>& train,
                     const std::vector<Document>& dev,
                     const TrainOptions& opt) {
  Tagger t;
  // Classes, in a deterministic order.
  std::map<std::pair<int, std::string>, long> class_count;
  std::vector<const Sentence*> sents;
  for (const Document& d : train)
    for (const Sentence& s : d.sentences) {
      if (!s.tagged) continue;
      sents.push_back(&s);
      for (const Token& tok : s.tokens)
        ++class_count[{static_cast<int>(tok.upos), tok.xpos}];
    }
  for (const auto& [k, c] : class_count) {
    t.upos_.push_back(static_cast<UPos>(k.first));
    t.xpos_.push_back(k.second);
  }
  // Word statistics: ambiguity classes and the tag dictionary.
  std::unordered_map<uint64_t, std::map<int, long>> by_lower, by_word;
  std::string lower;
  for (const Sentence* s : sents)
    for (const Token& tok : s->tokens) {
      int c = t.ClassOf(tok.upos, tok.xpos);
      Lowercase(tok.form, &lower);
      ++by_lower[HashString(lower)][c];
      ++by_word[HashString(tok.form)][c];
    }
  for (const auto& [h, m] : by_lower) {
    long total = 0;
    for (const auto& [c, n] : m) total += n;
    if (total < 3) continue;
    uint64_t a = 0x1234;
    for (const auto& [c, n] : m)
      if (n * 100 >= total) a = ml::Mix64(a ^ (c + 1));
    t.amb_[h] = a;
  }
  if (opt.clusters) t.clusters_ = *opt.clusters;
  t.BuildLexicon();
  for (const auto& [h, m] : by_word) {
    long total = 0, best = 0;
    int best_c = 0;
    for (const auto& [c, n] : m) {
      total += n;
      if (n > best) best = n, best_c = c;
    }
    if (total >= 20 && best * 1000 >= total * 995) t.dict_[h] = best_c;
  }

  ml::PerceptronTrainer trainer(t.num_classes());
  TaggerScratch sc;
  std::vector<float> scores(t.num_classes());
  EpochOrder order(sents.size(), opt.seed);
  for (int epoch = 0; epoch < opt.tagger_epochs; ++epoch) {
    long correct = 0, total = 0;
    for (size_t oi : order.Next()) {
      const Sentence& s = *sents[oi];
      const size_t n = s.tokens.size();
      t.ComputeHashes(s, &sc);
      sc.cls.assign(n, 0);
      for (size_t i = 0; i < n; ++i) {
        int gold = t.ClassOf(s.tokens[i].upos, s.tokens[i].xpos);
        const int* fixed = t.dict_.find(sc.tok[i].word);
        int guess;
        if (fixed) {
          guess = *fixed;
        } else {
          sc.feats.clear();
          t.Features(sc, i, n, &sc.feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          trainer.Score(sc.feats.data(), sc.feats.size(), scores.data());
          guess = static_cast<int>(
              std::max_element(scores.begin(), scores.end()) - scores.begin());
          trainer.Update(sc.feats.data(), sc.feats.size(), gold, guess);
          trainer.Tick();
        }
        correct += guess == gold;
        ++total;
        sc.cls[i] = guess;
      }
    }
    if (opt.verbose) {
      std::cerr << "tagger epoch " << epoch + 1 << ": train acc "
                << 100.0 * correct / std::max(1L, total) << " features "
                << trainer.num_features();
      if (!dev.empty()) {
        t.model_ = trainer.Finalize();
        long dc = 0, du = 0, dn = 0;
        for (const Document& d : dev)
          for (const Sentence& s0 : d.sentences) {
            Sentence s = s0;
            t.Tag(&s, &sc);
            for (size_t i = 0; i < s.tokens.size(); ++i) {
              dc += s.tokens[i].xpos == s0.tokens[i].xpos;
              du += s.tokens[i].upos == s0.tokens[i].upos;
              ++dn;
            }
          }
        std::cerr << " dev UPOS " << 100.0 * du / std::max(1L, dn) << " XPOS "
                  << 100.0 * dc / std::max(1L, dn);
      }
      std::cerr << "\n";
    }
  }
  t.model_ = trainer.Finalize(opt.tagger_max_features);
  if (opt.tagger_backward) t.TrainBackward(train, opt);
  t.cache_id_ = NewCacheId();
  return t;
}

void Tagger::TrainBackward(const std::vector<Document>& train,
                           const TrainOptions& opt) {
  // The same tagger trained on the reversed sentences: the same sentences
  // and words, so the same classes, ambiguity classes and dictionary.
  std::vector<Document> rev = train;
  for (Document& d : rev)
    for (Sentence& s : d.sentences)
      std::reverse(s.tokens.begin(), s.tokens.end());
  TrainOptions ro = opt;
  ro.tagger_backward = false;
  ro.verbose = false;
  ro.tagger_max_features = opt.backward_max_features;
  // Train orders the classes by (UPOS, XPOS), and the reversed sentences
  // have the same tags: r's class k is this tagger's class k.
  Tagger r = Train(rev, {}, ro);
  backward_ = std::move(r.model_);
  backward_threshold_ = opt.backward_threshold;
}

size_t Tagger::bytes() const {
  return model_.bytes() + refiner_.bytes() + backward_.bytes() +
         amb_.size() * 32 + dict_.size() * 24 + clusters_.size() * 24 +
         lex_.size() * 40;
}

void Tagger::Save(ml::BinaryWriter* w) const {
  std::vector<uint8_t> up;
  for (UPos u : upos_) up.push_back(static_cast<uint8_t>(u));
  w->PutVector(up);
  w->PutStrings(xpos_);
  // Sorted for reproducible bytes.
  std::vector<KV> amb;
  for (const auto& [k, v] : amb_) amb.push_back({k, v});
  std::sort(amb.begin(), amb.end());
  w->PutVector(amb);
  std::vector<KV> dict;
  for (const auto& [k, v] : dict_)
    dict.push_back({k, static_cast<uint64_t>(v)});
  std::sort(dict.begin(), dict.end());
  w->PutVector(dict);
  clusters_.Save(w);
  model_.Save(w);
  // Optional parts: a marker and their bits (models without them keep
  // their bytes), then the parts.
  if (backward()) {
    w->Put<uint8_t>(kExtensionMarker);
    w->Put<uint32_t>(kExtBackward);
    w->Put<float>(backward_threshold_);
    backward_.Save(w);
  }
  refiner_.Save(w);
}

Status Tagger::Load(ml::BinaryReader* r) {
  cache_id_ = 0;  // a new id once loaded
  std::vector<uint8_t> up;
  KHALDUN_ML_TRY(r->GetVector(&up));
  KHALDUN_ML_TRY(r->GetStrings(&xpos_));
  if (up.size() != xpos_.size() || up.empty())
    return r->Corrupt("tag set sizes differ");
  upos_.clear();
  for (uint8_t u : up) {
    if (u >= kNumUPos) return r->Corrupt("bad UPOS");
    upos_.push_back(static_cast<UPos>(u));
  }
  std::vector<KV> amb;
  KHALDUN_ML_TRY(r->GetVector(&amb));
  amb_.clear();
  for (const auto& [k, v] : amb) amb_[k] = v;
  std::vector<KV> dict;
  KHALDUN_ML_TRY(r->GetVector(&dict));
  dict_.clear();
  dict_.reserve(dict.size());
  for (const auto& [h, c] : dict) {
    if (c >= upos_.size()) return r->Corrupt("bad dictionary class");
    dict_[h] = static_cast<int>(c);
  }
  KHALDUN_ML_TRY(clusters_.Load(r));
  BuildLexicon();
  KHALDUN_ML_TRY(model_.Load(r));
  if (model_.num_classes() != num_classes())
    return r->Corrupt("tagger class count");
  uint8_t present = 0;
  KHALDUN_ML_TRY(r->Get(&present));
  backward_ = ml::CompactModel();
  backward_threshold_ = 0;
  if (present == kExtensionMarker) {
    uint32_t bits = 0;
    KHALDUN_ML_TRY(r->Get(&bits));
    if (bits != kExtBackward) return r->Corrupt("bad tagger extension bits");
    KHALDUN_ML_TRY(r->Get(&backward_threshold_));
    KHALDUN_ML_TRY(backward_.Load(r));
    if (backward_.num_classes() != num_classes())
      return r->Corrupt("backward tagger class count");
    KHALDUN_ML_TRY(r->Get(&present));
  }
  KHALDUN_ML_TRY(refiner_.Load(r, *this, present));
  cache_id_ = NewCacheId();
  return Status::OK();
}

}  // namespace khaldun
