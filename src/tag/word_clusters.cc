#include "tag/word_clusters.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>

#include "io/file_util.h"
#include "tag/perceptron.h"

namespace khaldun {
namespace {

bool IsAsciiPunct(unsigned char c) {
  return c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
         !(c >= '0' && c <= '9') && c > ' ';
}

// Splits one whitespace-free chunk (already lowercased, quotes normalised).
template <typename Emit>
void SplitChunk(std::string_view w, const Emit& emit) {
  while (!w.empty() && IsAsciiPunct(w.front())) {
    emit(w.substr(0, 1));
    w.remove_prefix(1);
  }
  size_t end = w.size();
  while (end > 0 && IsAsciiPunct(w[end - 1])) {
    // Keep the period of abbreviations and initials ("u.s.", "j.").
    if (w[end - 1] == '.' && end >= 2 &&
        (w.substr(0, end - 1).find('.') != std::string_view::npos || end == 2))
      break;
    --end;
  }
  std::string_view core = w.substr(0, end), trail = w.substr(end);
  if (!core.empty()) {
    static constexpr std::string_view kClitics[] = {"n't", "'s", "'re", "'ve",
                                                    "'ll", "'d", "'m"};
    bool split = false;
    for (std::string_view c : kClitics) {
      if (core.size() > c.size() && core.substr(core.size() - c.size()) == c) {
        emit(core.substr(0, core.size() - c.size()));
        emit(c);
        split = true;
        break;
      }
    }
    if (!split) emit(core);
  }
  for (size_t i = 0; i < trail.size(); ++i) emit(trail.substr(i, 1));
}

template <typename Emit>
void Tokenize(std::string_view text, const Emit& emit) {
  std::string chunk;
  auto flush = [&] {
    if (!chunk.empty()) SplitChunk(chunk, emit);
    chunk.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c <= ' ') {
      flush();
      continue;
    }
    // Curly quotes (U+2018/2019 -> ', U+201C/201D -> ").
    if (c == 0xE2 && i + 2 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if (d == 0x98 || d == 0x99) {
        chunk += '\'';
        i += 2;
        continue;
      }
      if (d == 0x9C || d == 0x9D) {
        chunk += '"';
        i += 2;
        continue;
      }
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    chunk += static_cast<char>(c);
  }
  flush();
}

// Drops <tags> and &entities; (SGML/XML).
std::string StripMarkup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      size_t e = s.find('>', i);
      if (e == std::string_view::npos) break;
      out += ' ';
      i = e;
    } else if (s[i] == '&') {
      size_t e = s.find(';', i);
      if (e != std::string_view::npos && e - i <= 8) {
        out += ' ';
        i = e;
      } else {
        out += s[i];
      }
    } else {
      out += s[i];
    }
  }
  return out;
}

// x log x with a table for small x.
class XLogX {
 public:
  XLogX() : table_(1 << 20) {
    for (size_t i = 1; i < table_.size(); ++i)
      table_[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
  }
  double operator()(int64_t x) const {
    if (x < static_cast<int64_t>(table_.size())) return table_[x];
    double d = static_cast<double>(x);
    return d * std::log(d);
  }

 private:
  std::vector<double> table_;
};

struct Adjacency {
  std::vector<size_t> offset;                        // per word, into items
  std::vector<std::pair<uint32_t, uint32_t>> items;  // (other word, count)
};

Adjacency BuildAdjacency(std::vector<uint64_t>* keys, size_t m) {
  std::sort(keys->begin(), keys->end());
  Adjacency a;
  a.offset.assign(m + 1, 0);
  for (size_t i = 0; i < keys->size();) {
    size_t j = i;
    while (j < keys->size() && (*keys)[j] == (*keys)[i]) ++j;
    uint32_t from = static_cast<uint32_t>((*keys)[i] >> 32);
    uint32_t to = static_cast<uint32_t>((*keys)[i] & 0xffffffffu);
    a.items.push_back({to, static_cast<uint32_t>(j - i)});
    ++a.offset[from + 1];
    i = j;
  }
  for (size_t w = 0; w < m; ++w) a.offset[w + 1] += a.offset[w];
  return a;
}

// Exchange algorithm over words 0..m-1 with bigram adjacency succ/pred and
// unigram counts; returns the class of each word.
std::vector<int> Exchange(const Adjacency& succ, const Adjacency& pred,
                          const std::vector<int64_t>& count, int num_classes,
                          int iterations, bool verbose) {
  const size_t m = count.size();
  const int C = num_classes;
  static const XLogX f;
  std::vector<int> cls(m);
  for (size_t w = 0; w < m; ++w) cls[w] = static_cast<int>(w % C);
  std::vector<int64_t> N(static_cast<size_t>(C) * C, 0), Nc(C, 0);
  for (size_t w = 0; w < m; ++w) {
    Nc[cls[w]] += count[w];
    for (size_t k = succ.offset[w]; k < succ.offset[w + 1]; ++k)
      N[static_cast<size_t>(cls[w]) * C + cls[succ.items[k].first]] +=
          succ.items[k].second;
  }
  std::vector<int64_t> S(C, 0), P(C, 0);
  std::vector<int> nzS, nzP;
  std::vector<double> delta(C);
  for (int it = 0; it < iterations; ++it) {
    auto t0 = std::chrono::steady_clock::now();
    size_t moves = 0;
    for (size_t w = 0; w < m; ++w) {
      int64_t self = 0;
      nzS.clear();
      nzP.clear();
      for (size_t k = succ.offset[w]; k < succ.offset[w + 1]; ++k) {
        auto [v, n] = succ.items[k];
        if (v == w) {
          self += n;
          continue;
        }
        int c = cls[v];
        if (S[c] == 0) nzS.push_back(c);
        S[c] += n;
      }
      for (size_t k = pred.offset[w]; k < pred.offset[w + 1]; ++k) {
        auto [u, n] = pred.items[k];
        if (u == w) continue;
        int c = cls[u];
        if (P[c] == 0) nzP.push_back(c);
        P[c] += n;
      }
      std::sort(nzS.begin(), nzS.end());
      std::sort(nzP.begin(), nzP.end());
      // Remove w from its class.
      const int a = cls[w];
      for (int c : nzS) N[static_cast<size_t>(a) * C + c] -= S[c];
      for (int c : nzP) N[static_cast<size_t>(c) * C + a] -= P[c];
      N[static_cast<size_t>(a) * C + a] -= self;
      Nc[a] -= count[w];
      // Gain of adding w to each class.
      int best = a;
      double best_gain = -1e300;
      for (int c = 0; c < C; ++c) {
        double g = 0;
        const int64_t* row = &N[static_cast<size_t>(c) * C];
        for (int x : nzS)
          if (x != c) g += f(row[x] + S[x]) - f(row[x]);
        for (int x : nzP)
          if (x != c) {
            int64_t v = N[static_cast<size_t>(x) * C + c];
            g += f(v + P[x]) - f(v);
          }
        g += f(row[c] + S[c] + P[c] + self) - f(row[c]);
        g -= 2 * (f(Nc[c] + count[w]) - f(Nc[c]));
        delta[c] = g;
        if (g > best_gain + 1e-9 * std::abs(g)) best_gain = g, best = c;
      }
      // Stay unless strictly better elsewhere.
      if (delta[a] >= best_gain - 1e-9 * std::abs(best_gain)) best = a;
      moves += best != a;
      cls[w] = best;
      for (int c : nzS)
        if (c != best) N[static_cast<size_t>(best) * C + c] += S[c];
      for (int c : nzP)
        if (c != best) N[static_cast<size_t>(c) * C + best] += P[c];
      N[static_cast<size_t>(best) * C + best] += S[best] + P[best] + self;
      Nc[best] += count[w];
      for (int c : nzS) S[c] = 0;
      for (int c : nzP) P[c] = 0;
    }
    if (verbose)
      std::cerr << "  exchange " << C << " classes, pass " << it + 1 << ": "
                << moves << " moves ("
                << std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - t0)
                       .count()
                << " s)\n";
    if (moves == 0) break;
  }
  return cls;
}

}  // namespace

std::vector<std::string> ClusterTokens(std::string_view text) {
  std::vector<std::string> out;
  Tokenize(text, [&](std::string_view t) { out.emplace_back(t); });
  return out;
}

WordCorpus::WordCorpus() {
  words_.push_back("");  // id 0: boundary
  counts_.push_back(0);
}

uint32_t WordCorpus::Id(std::string_view w) {
  auto it = ids_.find(w);
  if (it == ids_.end()) {
    it = ids_.emplace(std::string(w), static_cast<uint32_t>(words_.size()))
             .first;
    words_.emplace_back(w);
    counts_.push_back(0);
  }
  ++counts_[it->second];
  return it->second;
}

void WordCorpus::Boundary() {
  if (!tokens_.empty() && tokens_.back() != 0) tokens_.push_back(0);
}

void WordCorpus::AddText(std::string_view text) {
  Boundary();
  Tokenize(text, [&](std::string_view t) { tokens_.push_back(Id(t)); });
  Boundary();
}

Status WordCorpus::AddDirectory(const std::string& dir, int* files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> paths;
  fs::recursive_directory_iterator it(dir, ec), end;
  if (ec) return Status::NotFound(dir + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::IOError(dir + ": " + ec.message());
    if (!it->is_regular_file(ec)) continue;
    std::string name = it->path().filename().string();
    if (name.rfind("README", 0) == 0 || name.rfind("LICENSE", 0) == 0 ||
        name.ends_with(".md") || name.ends_with(".dtd") ||
        name.ends_with(".pdf") || name.ends_with(".zip") ||
        name.ends_with(".gz"))
      continue;
    paths.push_back(it->path());
  }
  std::sort(paths.begin(), paths.end());
  int n = 0;
  std::string data;
  for (const fs::path& p : paths) {
    Status s = ReadFileToString(p.string(), &data);
    if (!s.ok()) return s;
    const std::string ps = p.string();
    if (ps.find("conll") != std::string::npos) {
      // Column format: first field of each line; -DOCSTART- separates.
      Boundary();
      size_t pos = 0;
      while (pos < data.size()) {
        size_t e = data.find('\n', pos);
        if (e == std::string::npos) e = data.size();
        std::string_view line(data.data() + pos, e - pos);
        pos = e + 1;
        size_t sp = line.find_first_of(" \t");
        std::string_view w = line.substr(0, sp);
        if (w.empty() || w == "-DOCSTART-") {
          Boundary();
          continue;
        }
        std::string lower(w);
        for (char& c : lower)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        tokens_.push_back(Id(lower));
      }
      Boundary();
    } else if (ps.ends_with(".sgm") || ps.ends_with(".xml") ||
               ps.ends_with(".html")) {
      AddText(StripMarkup(data));
    } else {
      AddText(data);
    }
    ++n;
  }
  if (files) *files = n;
  return Status::OK();
}

WordClusters WordClusters::Build(const WordCorpus& corpus,
                                 const WordClusterOptions& opt) {
  // Vocabulary: by count, then spelling.
  std::vector<uint32_t> vocab;
  for (uint32_t id = 1; id < corpus.words_.size(); ++id)
    if (corpus.counts_[id] >= static_cast<uint64_t>(opt.min_count))
      vocab.push_back(id);
  std::sort(vocab.begin(), vocab.end(), [&](uint32_t a, uint32_t b) {
    if (corpus.counts_[a] != corpus.counts_[b])
      return corpus.counts_[a] > corpus.counts_[b];
    return corpus.words_[a] < corpus.words_[b];
  });
  if (vocab.size() > opt.max_vocab) vocab.resize(opt.max_vocab);
  const size_t V = vocab.size();
  // Rare words share index V, boundaries index V + 1.
  const size_t M = V + 2;
  std::vector<uint32_t> index(corpus.words_.size(), static_cast<uint32_t>(V));
  index[0] = static_cast<uint32_t>(V + 1);
  for (size_t i = 0; i < V; ++i) index[vocab[i]] = static_cast<uint32_t>(i);
  std::vector<int64_t> count(M, 0);
  std::vector<uint64_t> fwd, bwd;
  fwd.reserve(corpus.tokens_.size());
  bwd.reserve(corpus.tokens_.size());
  for (size_t i = 0; i < corpus.tokens_.size(); ++i) {
    uint64_t a = index[corpus.tokens_[i]];
    ++count[a];
    if (i + 1 == corpus.tokens_.size()) break;
    uint64_t b = index[corpus.tokens_[i + 1]];
    if (a == V + 1 && b == V + 1) continue;
    fwd.push_back(a << 32 | b);
    bwd.push_back(b << 32 | a);
  }
  Adjacency succ = BuildAdjacency(&fwd, M);
  std::vector<uint64_t>().swap(fwd);
  Adjacency pred = BuildAdjacency(&bwd, M);
  std::vector<uint64_t>().swap(bwd);
  if (opt.verbose)
    std::cerr << "word clusters: " << corpus.tokens_.size() << " tokens, " << V
              << " words, " << succ.items.size() << " bigram types\n";
  std::vector<int> fine = Exchange(succ, pred, count, opt.fine_classes,
                                   opt.iterations, opt.verbose);
  std::vector<int> coarse = Exchange(succ, pred, count, opt.coarse_classes,
                                     opt.iterations, opt.verbose);
  WordClusters wc;
  for (size_t i = 0; i < V; ++i)
    wc.map_[ml::HashString(corpus.words_[vocab[i]])] =
        static_cast<uint32_t>(fine[i] + 1) |
        static_cast<uint32_t>(coarse[i] + 1) << 16;
  return wc;
}

void WordClusters::Save(ml::BinaryWriter* w) const {
  // Sorted by key: reproducible bytes.
  std::vector<std::pair<uint64_t, uint32_t>> v(map_.begin(), map_.end());
  std::sort(v.begin(), v.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  keys.reserve(v.size());
  values.reserve(v.size());
  for (const auto& [k, c] : v) {
    keys.push_back(k);
    values.push_back(c);
  }
  w->PutVector(keys);
  w->PutVector(values);
}

Status WordClusters::Load(ml::BinaryReader* r) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  KHALDUN_ML_TRY(r->GetVector(&keys));
  KHALDUN_ML_TRY(r->GetVector(&values));
  if (keys.size() != values.size())
    return r->Corrupt("word cluster table sizes differ");
  map_.clear();
  map_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (Fine(values[i]) == 0 || Coarse(values[i]) == 0)
      return r->Corrupt("bad word cluster");
    map_[keys[i]] = values[i];
  }
  return Status::OK();
}

}  // namespace khaldun
