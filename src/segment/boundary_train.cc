#include "segment/boundary_train.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string_view>
#include <utility>

#include "io/conllu.h"
#include "segment/boundary_model.h"
#include "segment/splitter.h"
#include "segment/tokenizer.h"
#include "util/epoch_order.h"

namespace khaldun::segment {
namespace {

constexpr double kScale = 1000.0;

// A document's text with its raw tokens and gold sentence spans.
struct Doc {
  std::string text;
  std::vector<RawToken> toks;
  std::vector<std::pair<uint32_t, uint32_t>> gold;  // sorted (begin, end)
  std::vector<uint32_t> gold_begins;                // sorted
};

Status ReadDocs(const std::string& path, std::vector<Doc>* docs) {
  std::unique_ptr<ConlluReader> reader;
  Status st = ConlluReader::Open(path, /*split_documents=*/true, &reader);
  if (!st.ok()) return st;
  Document d;
  TokenizerOptions topt;
  topt.split_hyphens = true;  // the EWT convention, as `eval parse --mode raw`
  while (!(st = reader->Next(&d)).IsEndOfInput()) {
    if (!st.ok()) return st;
    Doc& doc = docs->emplace_back();
    doc.text = d.text;
    for (const Sentence& s : d.sentences) {
      if (s.tokens.empty()) continue;
      doc.gold.emplace_back(s.tokens.front().span.begin,
                            s.tokens.back().span.end);
      doc.gold_begins.push_back(s.tokens.front().span.begin);
    }
    std::sort(doc.gold.begin(), doc.gold.end());
    std::sort(doc.gold_begins.begin(), doc.gold_begins.end());
    TokenizeRange(doc.text, 0, static_cast<uint32_t>(doc.text.size()), topt,
                  &doc.toks);
  }
  return Status::OK();
}

struct Example {
  std::vector<uint32_t> features;
  bool boundary = false;
};

// Records the open gaps with their gold label and follows the gold label.
class Recorder : public GapDecider {
 public:
  Recorder(const Doc& doc, std::vector<Example>* out) : doc_(doc), out_(out) {}
  bool Split(std::string_view text, const std::vector<RawToken>& toks,
             uint32_t start, uint32_t i, const SentenceSoFar& so_far) override {
    Example& e = out_->emplace_back();
    GapFeatures(text, toks, start, i, so_far, &e.features);
    e.boundary = std::binary_search(doc_.gold_begins.begin(),
                                    doc_.gold_begins.end(), toks[i + 1].begin);
    return e.boundary;
  }

 private:
  const Doc& doc_;
  std::vector<Example>* out_;
};

struct F1 {
  int64_t gold = 0, system = 0, correct = 0;
  double f1() const {
    return gold + system ? 200.0 * double(correct) / double(gold + system) : 0;
  }
};

F1 SentenceF1(const std::vector<Doc>& docs, GapDecider* decider) {
  F1 r;
  std::vector<SentenceRange> ranges;
  for (const Doc& doc : docs) {
    ranges.clear();
    if (!doc.toks.empty())
      SplitSentences(doc.text, doc.toks, true, decider, &ranges);
    r.gold += static_cast<int64_t>(doc.gold.size());
    r.system += static_cast<int64_t>(ranges.size());
    for (const SentenceRange& s : ranges) {
      std::pair<uint32_t, uint32_t> span(doc.toks[s.first].begin,
                                         doc.toks[s.last - 1].end);
      if (std::binary_search(doc.gold.begin(), doc.gold.end(), span))
        ++r.correct;
    }
  }
  return r;
}

void Appendf(std::string* out, const char* fmt, double a, double b = 0,
             double c = 0) {
  char buf[200];
  std::snprintf(buf, sizeof(buf), fmt, a, b, c);
  *out += buf;
}

}  // namespace

Status TrainBoundaryModel(const std::string& train_conllu,
                          const std::string& dev_conllu,
                          const BoundaryTrainOptions& options,
                          BoundaryTrainResult* result) {
  std::vector<Doc> train, dev;
  Status st = ReadDocs(train_conllu, &train);
  if (!st.ok()) return st;
  st = ReadDocs(dev_conllu, &dev);
  if (!st.ok()) return st;

  std::vector<Example> examples;
  std::vector<SentenceRange> ranges;
  for (const Doc& doc : train) {
    if (doc.toks.empty()) continue;
    Recorder rec(doc, &examples);
    ranges.clear();
    SplitSentences(doc.text, doc.toks, true, &rec, &ranges);
  }
  int64_t positives = 0;
  for (const Example& e : examples) positives += e.boundary;
  std::string& rep = result->report;
  rep.clear();
  Appendf(&rep, "train: %.0f documents, %.0f open gaps, %.0f boundaries\n",
          double(train.size()), double(examples.size()), double(positives));

  // Averaged perceptron (w - acc / c).
  std::vector<double> w(kBoundaryBuckets, 0), acc(kBoundaryBuckets, 0);
  EpochOrder order(examples.size(), options.seed);
  double c = 1;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    int64_t errors = 0;
    for (size_t k : order.Next()) {
      const Example& e = examples[k];
      double s = 0;
      for (uint32_t f : e.features) s += w[f];
      bool pred = s > 0;
      if (pred != e.boundary) {
        ++errors;
        double y = e.boundary ? 1 : -1;
        for (uint32_t f : e.features) {
          w[f] += y;
          acc[f] += c * y;
        }
      }
      ++c;
    }
    Appendf(&rep, "epoch %.0f: %.0f training errors\n", epoch + 1,
            double(errors));
  }
  result->weights.assign(kBoundaryBuckets, 0);
  for (uint32_t f = 0; f < kBoundaryBuckets; ++f)
    result->weights[f] =
        static_cast<int32_t>(std::lround((w[f] - acc[f] / c) * kScale));

  F1 rules = SentenceF1(dev, nullptr);
  Appendf(&rep, "dev sentence F1, rules only: %.2f (%.0f/%.0f correct)\n",
          rules.f1(), double(rules.correct), double(rules.gold));
  double best = -1;
  for (int32_t th : options.thresholds) {
    BoundaryModel m(result->weights, th);
    ModelGapDecider d(m);
    F1 f = SentenceF1(dev, &d);
    Appendf(&rep, "dev sentence F1, threshold %.0f: %.2f (%.0f system)\n", th,
            f.f1(), double(f.system));
    if (f.f1() > best + 1e-9) {
      best = f.f1();
      result->threshold = th;
    }
  }
  Appendf(&rep, "chosen threshold %.0f (dev F1 %.2f)\n", result->threshold,
          best);
  return Status::OK();
}

Status WriteBoundaryTable(const BoundaryTrainResult& result,
                          const std::string& path, const std::string& command) {
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (f == nullptr) return Status::IOError("cannot write " + path);
  std::fprintf(f,
               "// Generated by `%s`: do not edit.\n"
               "// Sentence-boundary weights (boundary_model.h): averaged\n"
               "// perceptron trained on UD English EWT train, threshold "
               "chosen on dev.\n"
               "// Derived from UD English EWT (CC BY-SA 4.0): see\n"
               "// data/models/LICENSE.md.\n"
               "// clang-format off\n"
               "constexpr int32_t kBoundaryThreshold = %d;\n"
               "constexpr BoundaryWeight kBoundaryWeights[] = {\n",
               command.c_str(), result.threshold);
  int on_line = 0;
  for (uint32_t b = 0; b < result.weights.size(); ++b) {
    if (result.weights[b] == 0) continue;
    std::fprintf(f, "%s{%u,%d},", on_line == 0 ? "" : " ", b,
                 result.weights[b]);
    if (++on_line == 6) {
      std::fputc('\n', f);
      on_line = 0;
    }
  }
  if (on_line) std::fputc('\n', f);
  std::fprintf(f, "};\n// clang-format on\n");
  if (std::fclose(f) != 0) return Status::IOError("cannot write " + path);
  return Status::OK();
}

}  // namespace khaldun::segment
