// Per-stage speed of `khaldun code`, one thread, on the BBC News politics
// articles from ../shared (417 files; KHALDUN_SHARED overrides the place):
// tagging + lemmatisation, parsing, actor matching, the parse prefilter,
// event coding and the JSONL writer, each timed alone on input prepared
// outside the timed loop by the stages before it.  Segmentation is in
// segment_bench, tagging + parsing together in parse_bench.
//
//   build/stages_bench --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true   (one command line)
//
// Counters: sentences/s (per core), and events/s for the writer.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "io/file_util.h"
#include "khaldun/coder.h"
#include "khaldun/dates.h"
#include "khaldun/lexicon.h"
#include "khaldun/segmenter.h"
#include "khaldun/syntax.h"
#include "khaldun/writer.h"
#include "pipeline/prefilter.h"

namespace {

using khaldun::Document;

std::string Shared(const std::string& rel) {
  const char* env = std::getenv("KHALDUN_SHARED");
  return std::string(env ? env : KHALDUN_SHARED_DIR) + "/" + rel;
}

struct Fixture {
  std::unique_ptr<khaldun::SyntaxModel> syntax;
  std::shared_ptr<const khaldun::Lexicon> lexicon;
  std::unique_ptr<khaldun::EventCoder> coder;
  std::vector<Document> segmented;  // segmented only
  std::vector<Document> tagged;     // tagged and lemmatised
  std::vector<Document> parsed;     // tagged and parsed (every sentence)
  std::vector<std::vector<khaldun::Event>> events;  // per document
  int64_t sentences = 0, event_count = 0;
  std::string error;

  Fixture() {
    khaldun::Status s = khaldun::SyntaxModel::Load(
        khaldun::SyntaxModel::DefaultPath(), &syntax);
    if (!s.ok()) {
      error = s.ToString();
      return;
    }
    s = khaldun::Lexicon::Load({"default"}, {}, &lexicon, nullptr);
    if (!s.ok()) {
      error = s.ToString();
      return;
    }
    coder = std::make_unique<khaldun::EventCoder>(lexicon);
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(
             Shared("corpora/bbc/politics"), ec))
      files.push_back(e.path());
    std::sort(files.begin(), files.end());
    khaldun::Segmenter seg;
    khaldun::Date date;
    khaldun::Date::Parse("2005-01-01", &date);
    for (const auto& p : files) {
      Document d;
      if (!khaldun::ReadFileToString(p.string(), &d.text).ok()) continue;
      d.id = p.stem().string();
      d.date = date;
      seg.Segment(&d);
      sentences += static_cast<int64_t>(d.sentences.size());
      segmented.push_back(d);
    }
    if (segmented.empty()) {
      error = "no input: " + Shared("corpora/bbc/politics") + " not found";
      return;
    }
    tagged = segmented;
    for (Document& d : tagged) {
      for (auto& sent : d.sentences) {
        syntax->Tag(&sent);
        syntax->Lemmatize(&sent);
      }
    }
    parsed = tagged;
    events.resize(parsed.size());
    for (size_t i = 0; i < parsed.size(); ++i) {
      for (auto& sent : parsed[i].sentences) syntax->Parse(&sent);
      coder->Code(parsed[i], &events[i]);
      event_count += static_cast<int64_t>(events[i].size());
    }
  }
};

Fixture& F() {
  static Fixture f;
  return f;
}

bool Ready(benchmark::State& state) {
  if (!F().error.empty()) {
    state.SkipWithError(F().error.c_str());
    return false;
  }
  return true;
}

void SetRate(benchmark::State& state, const char* name, int64_t n) {
  state.counters[name] = benchmark::Counter(
      static_cast<double>(n) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

// Tagging and lemmatisation (the first half of SyntaxModel::Annotate).
void BM_Tag(benchmark::State& state) {
  if (!Ready(state)) return;
  std::vector<Document> docs = F().segmented;
  for (auto _ : state)
    for (Document& d : docs)
      for (auto& s : d.sentences) {
        F().syntax->Tag(&s);
        F().syntax->Lemmatize(&s);
      }
  SetRate(state, "sentences/s", F().sentences);
}

// Dependency parsing of tagged sentences (every sentence).
void BM_Parse(benchmark::State& state) {
  if (!Ready(state)) return;
  std::vector<Document> docs = F().tagged;
  for (auto _ : state)
    for (Document& d : docs)
      for (auto& s : d.sentences) F().syntax->Parse(&s);
  SetRate(state, "sentences/s", F().sentences);
}

// Lexicon::MatchActors on tagged sentences.
void BM_MatchActors(benchmark::State& state) {
  if (!Ready(state)) return;
  std::vector<khaldun::ActorMatch> m;
  int64_t found = 0;
  for (auto _ : state)
    for (const Document& d : F().tagged)
      for (const auto& s : d.sentences) {
        F().lexicon->MatchActors(s, d.date, &m);
        found += static_cast<int64_t>(m.size());
      }
  benchmark::DoNotOptimize(found);
  SetRate(state, "sentences/s", F().sentences);
}

// The parse prefilter's decision (actor matches precomputed).
void BM_Prefilter(benchmark::State& state) {
  if (!Ready(state)) return;
  std::vector<std::vector<khaldun::ActorMatch>> matches;
  int64_t keep = 0, total = 0;
  for (const Document& d : F().tagged)
    for (const auto& s : d.sentences) {
      matches.emplace_back();
      F().lexicon->MatchActors(s, d.date, &matches.back());
    }
  for (auto _ : state) {
    size_t k = 0;
    for (const Document& d : F().tagged) {
      bool antecedent = false;  // as Pipeline::Process computes it
      for (const auto& s : d.sentences) {
        const auto& m = matches[k++];
        keep += khaldun::pipeline::MayYieldEvent(
            *F().lexicon, s, m, d.dateline.present(), antecedent);
        for (const khaldun::ActorMatch& a : m)
          if (!a.country.empty() || !a.group.empty()) antecedent = true;
        ++total;
      }
    }
  }
  state.counters["parsed_share"] =
      total ? static_cast<double>(keep) / static_cast<double>(total) : 0.0;
  SetRate(state, "sentences/s", F().sentences);
}

// EventCoder::Code on fully parsed documents (actor matching included).
void BM_Code(benchmark::State& state) {
  if (!Ready(state)) return;
  std::vector<khaldun::Event> events;
  for (auto _ : state)
    for (const Document& d : F().parsed) {
      events.clear();
      F().coder->Code(d, &events);
    }
  SetRate(state, "sentences/s", F().sentences);
}

// The JSONL writer on the coded events.
void BM_WriteJsonl(benchmark::State& state) {
  if (!Ready(state)) return;
  auto writer = khaldun::EventWriter::Create(khaldun::OutputFormat::kJsonl);
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (size_t i = 0; i < F().parsed.size(); ++i)
      for (const khaldun::Event& e : F().events[i])
        writer->Write(F().parsed[i], e, &out);
    benchmark::DoNotOptimize(out.data());
  }
  SetRate(state, "events/s", F().event_count);
}

BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MatchActors)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Prefilter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Code)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteJsonl)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
