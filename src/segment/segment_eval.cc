#include "segment/segment_eval.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

#include "io/conllu.h"

namespace khaldun::segment {
namespace {

using SpanKey = std::pair<uint32_t, uint32_t>;

struct Units {
  std::vector<SpanKey> tokens, words, sentences;
  void Sort() {
    std::sort(tokens.begin(), tokens.end());
    std::sort(words.begin(), words.end());
    std::sort(sentences.begin(), sentences.end());
  }
};

void AddSentence(const std::vector<Token>& toks, Units* u) {
  if (toks.empty()) return;
  u->sentences.emplace_back(toks.front().span.begin, toks.back().span.end);
  uint32_t surface_begin = toks[0].span.begin;
  uint32_t surface_end = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    u->words.emplace_back(t.span.begin, t.span.end);
    surface_end = std::max(surface_end, t.span.end);
    if (!t.fused_with_next || i + 1 == toks.size()) {
      u->tokens.emplace_back(surface_begin, surface_end);
      if (i + 1 < toks.size()) surface_begin = toks[i + 1].span.begin;
      surface_end = 0;
    }
  }
}

// Size of the multiset intersection of two sorted vectors.
int64_t Matches(const std::vector<SpanKey>& a, const std::vector<SpanKey>& b) {
  int64_t n = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

void Add(const std::vector<SpanKey>& gold, const std::vector<SpanKey>& sys,
         Prf* prf) {
  prf->gold += static_cast<int64_t>(gold.size());
  prf->system += static_cast<int64_t>(sys.size());
  prf->correct += Matches(gold, sys);
}

void AppendRow(const char* name, const Prf& p, std::string* out) {
  char buf[160];
  std::snprintf(buf, sizeof(buf),
                "%-10s | %9.2f | %9.2f | %9.2f | %8lld | %8lld | %8lld\n", name,
                100 * p.precision(), 100 * p.recall(), 100 * p.f1(),
                static_cast<long long>(p.gold),
                static_cast<long long>(p.system),
                static_cast<long long>(p.correct));
  *out += buf;
}

}  // namespace

std::string SegmentEval::Table() const {
  std::string out =
      "Metric     | Precision |    Recall |  F1 Score |     Gold |   System | "
      " Correct\n"
      "-----------+-----------+-----------+-----------+----------+----------+-"
      "---------\n";
  AppendRow("Tokens", tokens, &out);
  AppendRow("Sentences", sentences, &out);
  AppendRow("Words", words, &out);
  return out;
}

void CompareSegmentation(const Document& gold, const Document& system,
                         SegmentEval* eval) {
  thread_local Units g, s;
  g = Units();
  s = Units();
  for (const Sentence& sent : gold.sentences) AddSentence(sent.tokens, &g);
  for (const Sentence& sent : system.sentences) AddSentence(sent.tokens, &s);
  if (system.dateline.present()) {
    // The dateline is a segment of its own (tokenised like any text).
    std::vector<Token> toks;
    Segmenter().Tokenize(system.text, system.dateline.span, &toks);
    AddSentence(toks, &s);
  }
  g.Sort();
  s.Sort();
  Add(g.tokens, s.tokens, &eval->tokens);
  Add(g.words, s.words, &eval->words);
  Add(g.sentences, s.sentences, &eval->sentences);
  ++eval->documents;
}

Status EvaluateOnConllu(const Segmenter& segmenter, const std::string& path,
                        const EvalOptions& options, SegmentEval* eval) {
  std::unique_ptr<ConlluReader> reader;
  Status st = ConlluReader::Open(path, /*split_documents=*/true, &reader);
  if (!st.ok()) return st;
  Document gold;
  Document sys;
  while (!(st = reader->Next(&gold)).IsEndOfInput()) {
    if (!st.ok()) return st;
    sys.text = gold.text;
    sys.id = gold.id;
    segmenter.Segment(&sys);
    CompareSegmentation(gold, sys, eval);
    if (options.inspect) options.inspect(gold, sys);
  }
  return Status::OK();
}

}  // namespace khaldun::segment
