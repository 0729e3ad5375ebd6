#include "parse/beam.h"

#include <algorithm>
#include <array>
#include <iostream>
#include <limits>
#include <map>
#include <string>

#include "util/epoch_order.h"

namespace khaldun {
namespace {

// The sentence's fixed per-token values, the same in every state.
void CopySentence(const ParserScratch& from, ParserScratch* to) {
  to->w = from.w;
  to->t = from.t;
  to->wt = from.wt;
  to->c = from.c;
  to->punct = from.punct;
}

// Calls f(a.x, b.x) for each vector x of the parse state (stack, arcs,
// children bookkeeping): one list for copying and swapping states.
template <typename A, typename B, typename F>
void ForEachStateVector(A& a, B& b, F f) {
  f(a.stack, b.stack);
  f(a.head, b.head);
  f(a.label, b.label);
  f(a.l1, b.l1);
  f(a.l2, b.l2);
  f(a.r1, b.r1);
  f(a.r2, b.r2);
  f(a.nl, b.nl);
  f(a.nr, b.nr);
  f(a.lset, b.lset);
  f(a.rset, b.rset);
}

void CopyState(const ParserScratch& from, ParserScratch* to) {
  ForEachStateVector(*to, from, [](auto& t, const auto& f) { t = f; });
}

void SwapState(ParserScratch* a, ParserScratch* b) {
  ForEachStateVector(*a, *b, [](auto& x, auto& y) { x.swap(y); });
}

// Sets up k states of each step for a sentence (Init'ed in sc).
void PrepareBeam(const ParserScratch& sc, int k, BeamScratch* bs) {
  if (static_cast<int>(bs->cur.size()) < k) {
    bs->cur.resize(k);
    bs->next.resize(k);
  }
  for (int j = 0; j < k; ++j) {
    CopySentence(sc, &bs->cur[j]);
    CopySentence(sc, &bs->next[j]);
  }
  CopyState(sc, &bs->cur[0]);
  bs->items.assign(1, BeamItem());
}

// Moves the kept candidates' parent states into bs->next: the last child
// of a parent takes its state (swap), the others copy it.
void Successors(BeamScratch* bs, int m) {
  std::vector<int>& uses = bs->uses;
  uses.assign(bs->items.size(), 0);
  for (int j = 0; j < m; ++j) ++uses[bs->cands[j].parent];
  for (int j = 0; j < m; ++j) {
    const int p = bs->cands[j].parent;
    if (--uses[p] == 0)
      SwapState(&bs->cur[p], &bs->next[j]);
    else
      CopyState(bs->cur[p], &bs->next[j]);
  }
}

// Moves the k best candidates (by `score`, the decoder's integer or the
// trainer's real one) to the front, in order, and returns how many there
// are.  Ties: earlier parent, then lower move (deterministic).
template <typename T>
int KeepBest(std::vector<BeamScratch::Candidate>* cands, int k,
             T BeamScratch::Candidate::*score) {
  auto better = [score](const BeamScratch::Candidate& a,
                        const BeamScratch::Candidate& b) {
    if (a.*score != b.*score) return a.*score > b.*score;
    if (a.parent != b.parent) return a.parent < b.parent;
    return a.move < b.move;
  };
  const int m = std::min<int>(k, static_cast<int>(cands->size()));
  std::partial_sort(cands->begin(), cands->begin() + m, cands->end(), better);
  return m;
}

}  // namespace

int Projectivize(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  const int n = static_cast<int>(h.size());
  // Whether a dominates k (the root n dominates everything).
  auto dominates = [&](int a, int k) {
    if (a == n) return true;
    for (int x = k, steps = 0; x >= 0 && x < n && steps <= n; x = h[x], ++steps)
      if (x == a) return true;
    return false;
  };
  int changed = 0;
  while (changed <= n * n) {
    int best = -1, best_span = std::numeric_limits<int>::max();
    for (int d = 0; d < n; ++d) {
      const int a = h[d];
      if (a < 0 || a >= n) continue;  // root arcs are projective
      const int lo = std::min(a, d), hi = std::max(a, d);
      if (hi - lo >= best_span) continue;
      for (int k = lo + 1; k < hi; ++k)
        if (!dominates(a, k)) {
          best = d;
          best_span = hi - lo;
          break;
        }
    }
    if (best < 0) break;
    h[best] = h[h[best]];
    ++changed;
  }
  return changed;
}

int StaticOracle(const std::vector<int>& stack, int b, int n,
                 const std::vector<int>& gold, const std::vector<int>& done,
                 const std::vector<int>& deps) {
  const int ns = static_cast<int>(stack.size());
  if (ns >= 1) {
    const int s0 = stack[ns - 1];
    const bool complete = done[s0] == deps[s0];
    if (complete && gold[s0] == b && (b < n || ns == 1)) return Parser::kLeft;
    if (complete && ns >= 2 && gold[s0] == stack[ns - 2]) return Parser::kRight;
  }
  if (b < n) return Parser::kShift;
  return -1;
}

void Parser::BeamParse(Sentence* s, ParserScratch* sc,
                       const std::vector<TokenHashes>* hashes) const {
  const int n = static_cast<int>(s->tokens.size());
  Init(*s, sc, hashes);
  const int k = beam_;
  sc->lscores.resize(labels_.size());
  ResetRoleCache(sc, n);
  if (!sc->beam) sc->beam = std::make_shared<BeamScratch>();
  BeamScratch& bs = *sc->beam;
  PrepareBeam(*sc, k, &bs);
  for (int step = 0; step < 2 * n; ++step) {
    bs.cands.clear();
    // The features of every item first, all prefetched before any is
    // scored: the table's cache misses of the whole beam overlap.
    const int ni = static_cast<int>(bs.items.size());
    sc->feats.clear();
    for (int i = 0; i < ni; ++i) {
      const ParserScratch& st = bs.cur[i];
      BeamItem& it = bs.items[i];
      it.valid = ValidMoves(static_cast<int>(st.stack.size()), it.b, n);
      const size_t begin = sc->feats.size();
      if ((it.valid & (it.valid - 1)) != 0) {
        MoveFeatures(st, it.b, n, &sc->feats, /*cached=*/true);
        const size_t nf = moves_.FilterPrefetch(sc->feats.data() + begin,
                                                sc->feats.size() - begin);
        sc->feats.resize(begin + nf);
      }
      it.feats_begin = static_cast<uint32_t>(begin);
      it.feats_end = static_cast<uint32_t>(sc->feats.size());
    }
    for (int i = 0; i < ni; ++i) {
      const BeamItem& it = bs.items[i];
      if ((it.valid & (it.valid - 1)) == 0) {
        bs.cands.push_back({it.score, 0, i, __builtin_ctz(it.valid)});
        continue;
      }
      int32_t scores[SmallDenseModel::kMaxClasses] = {};
      AddRoleScores(bs.cur[i], sc, it.b, n, scores);
      moves_.Score(sc->feats.data() + it.feats_begin,
                   it.feats_end - it.feats_begin, scores);
      for (int m = 0; m < kNumMoves; ++m)
        if (it.valid >> m & 1)
          bs.cands.push_back({it.score + scores[m], 0, i, m});
    }
    const int m = KeepBest(&bs.cands, k, &BeamScratch::Candidate::score);
    Successors(&bs, m);
    bs.next_items.resize(m);
    for (int j = 0; j < m; ++j) {
      const BeamScratch::Candidate& c = bs.cands[j];
      ParserScratch& st = bs.next[j];
      int b = bs.items[c.parent].b;
      const int label = ArcLabel(st, c.move, b, n, sc);
      Apply(&st, c.move, &b, label);
      BeamItem& it = bs.next_items[j];
      it.score = c.score;
      it.b = b;
      it.parent = c.parent;
      it.move = c.move;
      it.label = label;
    }
    bs.cur.swap(bs.next);
    bs.items.swap(bs.next_items);
  }
  WriteTree(bs.cur[0], s);
}

Parser Parser::TrainBeam(const std::vector<const Sentence*>& train,
                         const std::vector<Document>& dev,
                         const TrainOptions& opt) {
  Parser p;
  std::map<std::string, int> label_id = p.InitForTraining(train, opt);
  const int k = std::min(opt.parser_beam, 255);
  p.beam_ = k;
  const int nlabels = static_cast<int>(p.labels_.size());

  // Gold trees, projectivised; the static oracle must derive each.
  std::vector<std::vector<int>> gold_heads(train.size());
  std::vector<std::vector<int>> gold_labels(train.size());
  std::vector<bool> usable(train.size(), false);
  long lifted_sents = 0, lifted_arcs = 0, skipped = 0;
  {
    std::vector<int> stack, done, deps;
    for (size_t si = 0; si < train.size(); ++si) {
      const Sentence& s = *train[si];
      const int n = static_cast<int>(s.tokens.size());
      std::vector<int>& g = gold_heads[si];
      g.assign(n, n);
      gold_labels[si].assign(n, 0);
      bool ok = true;
      for (int i = 0; i < n; ++i) {
        const int h = s.tokens[i].head;
        if (h >= n || h == i) ok = false;
        g[i] = h < 0 ? n : h;
        gold_labels[si][i] = label_id[s.tokens[i].deprel];
      }
      if (!ok) {
        ++skipped;
        continue;
      }
      const int lifted = Projectivize(&g);
      if (lifted > 0) {
        ++lifted_sents;
        lifted_arcs += lifted;
      }
      g.push_back(-1);  // the root
      deps.assign(n + 1, 0);
      for (int i = 0; i < n; ++i) ++deps[g[i]];
      done.assign(n + 1, 0);
      stack.clear();
      int b = 0;
      std::vector<int> made(n, -2);
      while (!(stack.empty() && b == n)) {
        const int m = StaticOracle(stack, b, n, g, done, deps);
        if (m < 0) break;
        if (m == kShift) {
          stack.push_back(b++);
          continue;
        }
        const int d = stack.back();
        stack.pop_back();
        const int h = m == kLeft ? b : stack.back();
        made[d] = h;
        ++done[h];
      }
      bool derived = stack.empty() && b == n;
      for (int i = 0; i < n && derived; ++i) derived = made[i] == g[i];
      if (derived)
        usable[si] = true;
      else
        ++skipped;
    }
  }
  if (opt.verbose)
    std::cerr << "parser beam " << k << " ("
              << (opt.parser_beam_early ? "early" : "max-violation")
              << " update): " << lifted_sents
              << " non-projective training trees projectivised (" << lifted_arcs
              << " arcs lifted), " << skipped << " skipped\n";

  ml::PerceptronTrainer moves(kNumMoves);
  ml::PerceptronTrainer labels(nlabels);
  ParserScratch sc, gst, rs;
  BeamScratch bs;
  std::vector<float> lscores(nlabels);
  std::vector<int> done, deps;
  // Per item of the current beam: its move scores.
  std::vector<std::array<float, 3>> item_scores;
  struct Step {
    int move, label;
  };
  std::vector<Step> gold_seq, pred_seq;
  EpochOrder order(train.size(), opt.seed + 1);

  // Replays seq[0, upto] from the start of s and adds delta to the
  // features of its scored moves from step `from` on.
  auto replay = [&](const Sentence& s, const std::vector<Step>& seq, int from,
                    int upto, float delta) {
    const int n = static_cast<int>(s.tokens.size());
    p.Init(s, &rs);
    int b = 0;
    for (int t = 0; t <= upto; ++t) {
      const int valid = ValidMoves(static_cast<int>(rs.stack.size()), b, n);
      if (t >= from && (valid & (valid - 1)) != 0) {
        rs.feats.clear();
        p.MoveFeatures(rs, b, n, &rs.feats);
        moves.Add(rs.feats.data(), rs.feats.size(), seq[t].move, delta);
      }
      p.Apply(&rs, seq[t].move, &b, seq[t].label);
    }
  };

  for (int epoch = 0; epoch < opt.parser_epochs; ++epoch) {
    long updates = 0, early = 0, uas_ok = 0, tokens = 0, sents = 0;
    for (size_t oi : order.Next()) {
      if (!usable[oi]) continue;
      const Sentence& s = *train[oi];
      const int n = static_cast<int>(s.tokens.size());
      const std::vector<int>& gold = gold_heads[oi];
      ++sents;
      p.Init(s, &sc);
      PrepareBeam(sc, k, &bs);
      CopySentence(sc, &gst);
      CopyState(sc, &gst);
      deps.assign(n + 1, 0);
      for (int i = 0; i < n; ++i) ++deps[gold[i]];
      done.assign(n + 1, 0);
      int gold_b = 0;
      double gold_score = 0;
      gold_seq.clear();
      if (static_cast<int>(bs.history.size()) < 2 * n) bs.history.resize(2 * n);
      double max_viol = -1;
      int viol_step = -1;
      bool fell_off = false;
      for (int step = 0; step < 2 * n; ++step) {
        // Expand every item.
        bs.cands.clear();
        item_scores.resize(bs.items.size());
        for (size_t i = 0; i < bs.items.size(); ++i) {
          const ParserScratch& st = bs.cur[i];
          const BeamItem& it = bs.items[i];
          const int valid =
              ValidMoves(static_cast<int>(st.stack.size()), it.b, n);
          const int pi = static_cast<int>(i);
          float scores[3] = {0, 0, 0};
          if ((valid & (valid - 1)) != 0) {
            sc.feats.clear();
            p.MoveFeatures(st, it.b, n, &sc.feats);
            moves.Score(sc.feats.data(), sc.feats.size(), scores);
          }
          item_scores[i] = {scores[0], scores[1], scores[2]};
          for (int m = 0; m < kNumMoves; ++m)
            if (valid >> m & 1)
              bs.cands.push_back({0, it.fscore + scores[m], pi, m});
        }
        // The gold sequence's move and score.
        const int gm = StaticOracle(gst.stack, gold_b, n, gold, done, deps);
        {
          int gi = -1;
          for (size_t i = 0; i < bs.items.size(); ++i)
            if (bs.items[i].gold) gi = static_cast<int>(i);
          const int valid =
              ValidMoves(static_cast<int>(gst.stack.size()), gold_b, n);
          if (gi >= 0) {
            gold_score = bs.items[gi].fscore + item_scores[gi][gm];
          } else if ((valid & (valid - 1)) != 0) {
            float scores[3] = {0, 0, 0};
            sc.feats.clear();
            p.MoveFeatures(gst, gold_b, n, &sc.feats);
            moves.Score(sc.feats.data(), sc.feats.size(), scores);
            gold_score += scores[gm];
          }
        }
        const int m = KeepBest(&bs.cands, k, &BeamScratch::Candidate::fscore);
        Successors(&bs, m);
        bs.next_items.resize(m);
        bool gold_in = false;
        for (int j = 0; j < m; ++j) {
          const BeamScratch::Candidate& c = bs.cands[j];
          ParserScratch& st = bs.next[j];
          const BeamItem& parent = bs.items[c.parent];
          int b = parent.b;
          const int label = p.TrainingArcLabel(labels, st, c.move, b, n,
                                               &sc.lfeats, &lscores);
          p.Apply(&st, c.move, &b, label);
          BeamItem& it = bs.next_items[j];
          it.fscore = c.fscore;
          it.b = b;
          it.parent = c.parent;
          it.move = c.move;
          it.label = label;
          it.gold = parent.gold && c.move == gm;
          gold_in |= it.gold;
        }
        bs.history[step] = bs.next_items;
        // Advance the gold sequence; its arcs train the labeller.
        int glabel = -1;
        if (gm != kShift) {
          glabel = p.TrainingArcLabel(labels, gst, gm, gold_b, n, &sc.lfeats,
                                      &lscores);
          const int d = gst.stack.back();
          labels.Update(sc.lfeats.data(), sc.lfeats.size(), gold_labels[oi][d],
                        glabel);
          labels.Tick();
          ++done[gold[d]];
        }
        p.Apply(&gst, gm, &gold_b, glabel);
        gold_seq.push_back({gm, glabel});
        bs.cur.swap(bs.next);
        bs.items.swap(bs.next_items);
        if (!bs.items[0].gold) {
          const double viol = bs.items[0].fscore - gold_score;
          if (viol > max_viol) {
            max_viol = viol;
            viol_step = step;
          }
        }
        if (!gold_in) {
          fell_off = true;
          if (opt.parser_beam_early) {
            viol_step = step;
            break;
          }
        }
      }
      if (!fell_off) {
        for (int i = 0; i < n; ++i) uas_ok += bs.cur[0].head[i] == gold[i];
        tokens += n;
      }
      early += fell_off;
      const bool wrong = fell_off || !bs.items[0].gold;
      if (wrong && viol_step >= 0) {
        // The best item's sequence at the violation.
        pred_seq.assign(viol_step + 1, Step{0, 0});
        int j = 0;
        for (int t = viol_step; t >= 0; --t) {
          const BeamItem& it = bs.history[t][j];
          pred_seq[t] = {it.move, it.label};
          j = it.parent;
        }
        int from = 0;
        while (from <= viol_step && pred_seq[from].move == gold_seq[from].move)
          ++from;
        replay(s, gold_seq, from, viol_step, 1.0f);
        replay(s, pred_seq, from, viol_step, -1.0f);
        ++updates;
      }
      moves.Tick();
    }
    if (opt.verbose) {
      std::cerr << "parser epoch " << epoch + 1 << ": updates "
                << 100.0 * updates / std::max(1L, sents) << "% gold lost "
                << 100.0 * early / std::max(1L, sents) << "% train UAS "
                << 100.0 * uas_ok / std::max(1L, tokens) << " features "
                << moves.num_features() << "+" << labels.num_features();
      if (!dev.empty()) p.ReportDev(moves, labels, dev, &sc);
      std::cerr << "\n";
    }
  }
  p.TakeWeights(moves, labels);
  return p;
}

}  // namespace khaldun
