// Tagging + lemmatisation + parsing speed of the committed syntax model on
// UD English EWT test (gold tokenisation) and on BBC News politics articles
// from ../shared/corpora (segmented once, outside the timed loop).
//
//   bench/parse_bench.sh build   (5 repetitions, median reported)
//
// Counters: tokens/s and sentences/s (per core: single-threaded), model
// load time and resident memory after loading.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "io/conllu.h"
#include "io/file_util.h"
#include "khaldun/segmenter.h"
#include "khaldun/syntax.h"

namespace {

using khaldun::Document;
using khaldun::SyntaxModel;

long RssKb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

struct Fixture {
  std::unique_ptr<SyntaxModel> model;
  double load_seconds = 0;
  long rss_before_kb = 0, rss_after_kb = 0;
  std::vector<Document> ewt, news;
  std::string error;

  Fixture() {
    rss_before_kb = RssKb();
    auto t0 = std::chrono::steady_clock::now();
    // KHALDUN_SYNTAX_MODEL=FILE measures another model (e.g.
    // data/models/en_ewt_nn.syntax, the BiLSTM parser).
    const char* path = std::getenv("KHALDUN_SYNTAX_MODEL");
    khaldun::Status s = SyntaxModel::Load(
        path && *path ? std::string(path) : SyntaxModel::DefaultPath(), &model);
    load_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count();
    rss_after_kb = RssKb();
    if (!s.ok()) {
      error = s.ToString();
      return;
    }
    // KHALDUN_PARSER_BEAM=K decodes with beam width K (experiments).
    if (const char* beam = std::getenv("KHALDUN_PARSER_BEAM"))
      if (std::atoi(beam) > 0) model->set_parser_beam(std::atoi(beam));
    const char* env = std::getenv("KHALDUN_SHARED");
    const std::string shared = env && *env ? env : KHALDUN_SHARED_DIR;
    std::unique_ptr<khaldun::ConlluReader> r;
    if (khaldun::ConlluReader::Open(shared + "/data/ud/en_ewt-ud-test.conllu",
                                    true, &r)
            .ok()) {
      Document d;
      for (khaldun::Status st; !(st = r->Next(&d)).IsEndOfInput();)
        if (st.ok()) ewt.push_back(std::move(d));
    }
    khaldun::Segmenter seg;
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(
             shared + "/corpora/bbc/politics", ec))
      files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& p : files) {
      Document d;
      if (!khaldun::ReadFileToString(p.string(), &d.text).ok()) continue;
      d.id = p.filename().string();
      seg.Segment(&d);
      news.push_back(std::move(d));
    }
  }
};

Fixture& F() {
  static Fixture f;
  return f;
}

void Run(benchmark::State& state, std::vector<Document>* docs) {
  Fixture& f = F();
  if (!f.model) {
    state.SkipWithError(("no model: " + f.error).c_str());
    return;
  }
  if (docs->empty()) {
    state.SkipWithError("no input (../shared absent?)");
    return;
  }
  long tokens = 0, sentences = 0;
  for (const Document& d : *docs)
    for (const auto& s : d.sentences) tokens += s.tokens.size(), ++sentences;
  for (auto _ : state)
    for (Document& d : *docs) f.model->Annotate(&d);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens) * state.iterations(),
                         benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences) * state.iterations(),
                         benchmark::Counter::kIsRate);
  state.counters["load_s"] = f.load_seconds;
  state.counters["rss_MB"] = f.rss_after_kb / 1024.0;
  state.counters["model_MB"] = (f.rss_after_kb - f.rss_before_kb) / 1024.0;
}

void BM_SyntaxEwtTest(benchmark::State& state) { Run(state, &F().ewt); }
void BM_SyntaxBbcPolitics(benchmark::State& state) { Run(state, &F().news); }

void BM_SyntaxModelLoad(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<SyntaxModel> m;
    khaldun::Status s = SyntaxModel::Load(SyntaxModel::DefaultPath(), &m);
    if (!s.ok()) {
      state.SkipWithError(s.ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(m.get());
  }
}

BENCHMARK(BM_SyntaxEwtTest)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SyntaxBbcPolitics)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SyntaxModelLoad)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
