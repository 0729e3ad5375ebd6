// khaldun eval segment: sentence and token F1 (CoNLL 2018 style) of the
// segmenter on UD EWT (../shared/data/ud/en_ewt-ud-test.conllu by default).

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "khaldun/segmenter.h"
#include "segment/segment_eval.h"

namespace khaldun::cli {
namespace {

constexpr double kTokenF1Target = 98.5;
constexpr double kSentenceF1Target = 85.0;

struct EvalSegmentArgs {
  std::string gold;
  std::string split = "test";
  bool split_hyphens = false;
  bool check = false;
  int show_errors = 0;
};

std::string OneLine(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// Prints gold sentences that the system got wrong, with the system's
// segments overlapping them.
void PrintErrors(const Document& gold, const Document& sys, int* budget) {
  for (const Sentence& g : gold.sentences) {
    if (*budget <= 0 || g.tokens.empty()) return;
    Span gs{g.tokens.front().span.begin, g.tokens.back().span.end};
    bool found = false;
    std::vector<Span> overlapping;
    for (const Sentence& s : sys.sentences) {
      if (s.tokens.empty()) continue;
      Span ss{s.tokens.front().span.begin, s.tokens.back().span.end};
      if (ss == gs) found = true;
      if (ss.begin < gs.end && gs.begin < ss.end) overlapping.push_back(ss);
    }
    if (found) continue;
    --*budget;
    std::cout << "GOLD " << gold.id << ": " << OneLine(gold.slice(gs)) << "\n";
    for (Span s : overlapping)
      std::cout << "  SYS: " << OneLine(sys.slice(s)) << "\n";
  }
}

// Surface-token spans of a document (fused words merged).
std::vector<Span> SurfaceTokens(const Document& doc) {
  std::vector<Span> out;
  for (const Sentence& s : doc.sentences) {
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      if (i > 0 && s.tokens[i - 1].fused_with_next) {
        out.back().end = std::max(out.back().end, s.tokens[i].span.end);
      } else {
        out.push_back(s.tokens[i].span);
      }
    }
  }
  return out;
}

// Spans in text order (then shorter first).
bool SpanLess(Span a, Span b) {
  return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
}

// A gold unit (surface token or syntactic word): its span and its text.
struct GoldUnit {
  Span span;
  std::string_view text;
};

// Prints, as "<label> gold=[text] sys=[..][..]", the gold units whose span
// the segmenter did not produce, each with the system spans overlapping
// it.  `sys` is sorted by SpanLess.
void PrintMissingUnits(std::string_view label, const std::vector<GoldUnit>& g,
                       const std::vector<Span>& sys, const Document& sys_doc,
                       int* budget) {
  for (const GoldUnit& u : g) {
    if (*budget <= 0) return;
    auto it = std::lower_bound(sys.begin(), sys.end(), u.span, SpanLess);
    if (it != sys.end() && *it == u.span) continue;
    --*budget;
    std::cout << label << " gold=[" << u.text << "] sys=";
    for (auto k = it == sys.begin() ? it : it - 1;
         k != sys.end() && k->begin < u.span.end; ++k)
      if (k->end > u.span.begin) std::cout << "[" << sys_doc.slice(*k) << "]";
    std::cout << "\n";
  }
}

// Prints gold surface tokens the segmenter did not produce.
void PrintTokenErrors(const Document& gold, const Document& sys, int* budget) {
  std::vector<GoldUnit> g;
  for (Span gs : SurfaceTokens(gold)) g.push_back({gs, gold.slice(gs)});
  std::vector<Span> s = SurfaceTokens(sys);
  std::sort(s.begin(), s.end(), SpanLess);
  PrintMissingUnits("TOKEN", g, s, sys, budget);
}

// Prints gold syntactic words the segmenter did not produce (inside surface
// tokens it got right: clitics, a final abbreviation's period).
void PrintWordErrors(const Document& gold, const Document& sys, int* budget) {
  std::vector<GoldUnit> g;
  for (const Sentence& sent : gold.sentences)
    for (const Token& t : sent.tokens) g.push_back({t.span, t.form});
  std::vector<Span> s;
  for (const Sentence& sent : sys.sentences)
    for (const Token& t : sent.tokens) s.push_back(t.span);
  std::sort(s.begin(), s.end(), SpanLess);
  PrintMissingUnits("WORD", g, s, sys, budget);
}

int RunEvalSegment(const EvalSegmentArgs& args) {
  std::string path = args.gold;
  if (path.empty()) {
    if (args.split != "test" && args.split != "dev" && args.split != "train") {
      std::cerr << "khaldun eval segment: --split must be test, dev or train\n";
      return kExitUsage;
    }
    std::string rel = "data/ud/en_ewt-ud-" + args.split + ".conllu";
    path = FindShared(rel);
    if (path.empty()) {
      std::cerr << "khaldun eval segment: cannot find ../shared/" << rel
                << " (give --gold FILE or set KHALDUN_SHARED)\n";
      return kExitLoad;
    }
  }
  SegmenterOptions opts;
  opts.split_hyphens = args.split_hyphens;
  Segmenter segmenter(opts);
  segment::EvalOptions eopts;
  int budget = args.show_errors;
  if (budget > 0) {
    eopts.inspect = [&budget](const Document& g, const Document& s) {
      PrintErrors(g, s, &budget);
      PrintTokenErrors(g, s, &budget);
      PrintWordErrors(g, s, &budget);
    };
  }
  segment::SegmentEval eval;
  auto start = std::chrono::steady_clock::now();
  Status st = segment::EvaluateOnConllu(segmenter, path, eopts, &eval);
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  if (!st.ok()) {
    std::cerr << "khaldun eval segment: " << st.message() << "\n";
    return kExitLoad;
  }
  std::cout << "Segmentation of " << path << " (" << eval.documents
            << " documents; hyphens "
            << (args.split_hyphens ? "split as in EWT" : "kept whole") << "; "
            << secs << " s)\n"
            << eval.Table();
  double tok = 100 * eval.tokens.f1();
  double sent = 100 * eval.sentences.f1();
  bool met = tok >= kTokenF1Target && sent >= kSentenceF1Target;
  std::cout << "Targets: token F1 >= " << kTokenF1Target
            << ", sentence F1 >= " << kSentenceF1Target << ": "
            << (met ? "met" : "MISSED") << "\n";
  if (args.check && !met) return kExitTargetMissed;
  return kExitOk;
}

CommandRegistrar reg("eval-segment", [](const Groups& g) {
  auto args = std::make_shared<EvalSegmentArgs>();
  CLI::App* cmd = g.eval->add_subcommand(
      "segment",
      "Sentence, token and word precision/recall/F1 of the segmenter "
      "(CoNLL 2018 style) on UD EWT");
  cmd->add_option("--gold", args->gold,
                  "Gold CoNLL-U file (default: ../shared/data/ud/"
                  "en_ewt-ud-<split>.conllu)");
  cmd->add_option("--split", args->split,
                  "EWT split when --gold is not given: test (default), dev, "
                  "train");
  cmd->add_flag("--split-hyphens", args->split_hyphens,
                "Split hyphenated words as EWT does (default: keep whole)");
  cmd->add_flag("--check", args->check,
                "Exit with status 4 when a target is missed");
  cmd->add_option("--errors", args->show_errors,
                  "Print up to N gold sentences and tokens the segmenter got "
                  "wrong");
  SetRun(cmd, [args] { return RunEvalSegment(*args); });
});

}  // namespace
}  // namespace khaldun::cli
