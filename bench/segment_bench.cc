// Segmentation speed (sentence splitting + tokenisation, one thread) on
// BBC News politics articles and on the UD EWT test text (both from
// ../shared; the texts are loaded outside the timed loop).
//
//   cmake -S . -B build -DKHALDUN_BUILD_BENCHMARKS=ON
//   cmake --build build --target segment_bench
//   build/segment_bench --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true   (one command line)
//
// Counters: tokens/s (words), sentences/s and bytes/s, per core.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "io/conllu.h"
#include "io/file_util.h"
#include "khaldun/segmenter.h"

namespace {

std::string Shared(const std::string& rel) {
  const char* env = std::getenv("KHALDUN_SHARED");
  return std::string(env ? env : KHALDUN_SHARED_DIR) + "/" + rel;
}

const std::vector<std::string>& BbcTexts() {
  static const std::vector<std::string>* texts = [] {
    auto* v = new std::vector<std::string>;
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(
             Shared("corpora/bbc/politics"), ec))
      files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::string s;
      if (khaldun::ReadFileToString(f.string(), &s).ok()) v->push_back(s);
    }
    return v;
  }();
  return *texts;
}

const std::vector<std::string>& EwtTexts() {
  static const std::vector<std::string>* texts = [] {
    auto* v = new std::vector<std::string>;
    std::unique_ptr<khaldun::ConlluReader> r;
    if (!khaldun::ConlluReader::Open(Shared("data/ud/en_ewt-ud-test.conllu"),
                                     true, &r)
             .ok())
      return v;
    khaldun::Document d;
    while (r->Next(&d).ok()) v->push_back(d.text);
    return v;
  }();
  return *texts;
}

void Run(benchmark::State& state, const std::vector<std::string>& texts) {
  if (texts.empty()) {
    state.SkipWithError("corpus not found under ../shared");
    return;
  }
  khaldun::Segmenter segmenter;
  std::vector<khaldun::Document> docs(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) docs[i].text = texts[i];
  int64_t tokens = 0, sentences = 0, bytes = 0;
  for (auto _ : state) {
    for (khaldun::Document& d : docs) {
      segmenter.Segment(&d);
      sentences += static_cast<int64_t>(d.sentences.size());
      for (const auto& s : d.sentences)
        tokens += static_cast<int64_t>(s.tokens.size());
      bytes += static_cast<int64_t>(d.text.size());
    }
  }
  using C = benchmark::Counter;
  state.counters["tokens/s"] = C(static_cast<double>(tokens), C::kIsRate);
  state.counters["sentences/s"] = C(static_cast<double>(sentences), C::kIsRate);
  state.counters["MB/s"] = C(static_cast<double>(bytes) / 1e6, C::kIsRate);
}

void BM_SegmentBbcPolitics(benchmark::State& state) { Run(state, BbcTexts()); }
void BM_SegmentEwtTest(benchmark::State& state) { Run(state, EwtTexts()); }

BENCHMARK(BM_SegmentBbcPolitics)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentEwtTest)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
