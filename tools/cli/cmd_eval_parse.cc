// khaldun eval parse: accuracy of the tagger, lemmatizer and parser against
// a gold CoNLL-U file (UD English EWT test), with gold tokenisation and from
// raw text (segmenter + syntax, words aligned to the gold words by their
// character offsets as in the CoNLL 2018 shared task; scores are F1).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "cli/command.h"
#include "io/conllu.h"
#include "khaldun/segmenter.h"
#include "khaldun/syntax.h"

namespace khaldun::cli {
namespace {

struct EvalParseArgs {
  std::string gold;
  std::string model;
  std::string mode = "both";
  bool gold_tags = false;
  int parser_beam = 0;
  bool check = false;
};

struct Counts {
  long gold_words = 0, sys_words = 0, aligned = 0;
  long upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  long gold_tokens = 0, sys_tokens = 0, tokens = 0;
  long gold_sents = 0, sys_sents = 0, sents = 0;
  double seconds = 0;
};

std::string_view Universal(std::string_view rel) {
  return rel.substr(0, rel.find(':'));
}

double F1(long correct, long gold, long sys) {
  return gold + sys == 0 ? 0 : 200.0 * correct / (gold + sys);
}

// Compares aligned word pairs; heads are compared through the alignment.
void Score(const Token& g, const Token& s, bool head_ok, Counts* c) {
  ++c->aligned;
  c->upos += g.upos == s.upos;
  c->xpos += g.xpos == s.xpos;
  c->lemma += g.lemma == s.lemma;
  if (head_ok) {
    ++c->uas;
    c->las += Universal(g.deprel) == Universal(s.deprel);
    c->las_full += g.deprel == s.deprel;
  }
}

// With gold_tags, the gold UPOS and XPOS stay and only the lemmatiser and
// the parser run: the parser's own share of the errors.
void EvalGold(const SyntaxModel& model, const std::vector<Document>& docs,
              bool gold_tags, Counts* c) {
  std::vector<Document> sys = docs;
  for (Document& d : sys)
    for (Sentence& s : d.sentences) {
      for (Token& t : s.tokens) {
        if (!gold_tags) {
          t.upos = UPos::kX;
          t.xpos.clear();
        }
        t.lemma.clear();
        t.head = -1;
        t.deprel.clear();
      }
      s.tagged = gold_tags;
      s.parsed = false;
    }
  auto start = std::chrono::steady_clock::now();
  for (Document& d : sys)
    for (Sentence& s : d.sentences) {
      if (!gold_tags) {
        model.Annotate(&s);
      } else if (!s.tokens.empty()) {
        model.Lemmatize(&s);
        model.Parse(&s);
      }
    }
  c->seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  for (size_t di = 0; di < docs.size(); ++di)
    for (size_t si = 0; si < docs[di].sentences.size(); ++si) {
      const Sentence& gs = docs[di].sentences[si];
      const Sentence& ss = sys[di].sentences[si];
      ++c->gold_sents, ++c->sys_sents, ++c->sents;
      for (size_t i = 0; i < gs.tokens.size(); ++i) {
        ++c->gold_words, ++c->sys_words;
        Score(gs.tokens[i], ss.tokens[i],
              gs.tokens[i].head == ss.tokens[i].head, c);
        if (!gs.tokens[i].fused_with_next)
          ++c->gold_tokens, ++c->sys_tokens, ++c->tokens;
      }
    }
}

uint64_t Key(Span s) { return (uint64_t{s.begin} << 32) | s.end; }

// Surface tokens (fused groups) as spans.
void SurfaceTokens(const Document& d, std::map<uint64_t, int>* out) {
  for (const Sentence& s : d.sentences) {
    Span cur{0, 0};
    bool open = false;
    for (const Token& t : s.tokens) {
      if (!open) cur = t.span, open = true;
      cur.end = std::max(cur.end, t.span.end);
      if (!t.fused_with_next) {
        ++(*out)[Key(cur)];
        open = false;
      }
    }
  }
}

void EvalRaw(const SyntaxModel& model, const std::vector<Document>& docs,
             Counts* c) {
  SegmenterOptions so;
  so.split_hyphens = true;  // the EWT convention
  so.detect_dateline = false;
  Segmenter seg(so);
  for (const Document& gold : docs) {
    Document sys;
    sys.id = gold.id;
    sys.text = gold.text;
    auto start = std::chrono::steady_clock::now();
    seg.Segment(&sys);
    model.Annotate(&sys);
    c->seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    // Gold words by span -> (sentence, index).
    std::map<uint64_t, std::pair<int, int>> gold_at;
    for (size_t si = 0; si < gold.sentences.size(); ++si) {
      const Sentence& s = gold.sentences[si];
      ++c->gold_sents;
      c->gold_words += s.tokens.size();
      for (size_t i = 0; i < s.tokens.size(); ++i)
        gold_at[Key(s.tokens[i].span)] = {static_cast<int>(si),
                                          static_cast<int>(i)};
    }
    std::map<uint64_t, int> gold_sent_spans;
    for (const Sentence& s : gold.sentences)
      if (!s.tokens.empty())
        ++gold_sent_spans[Key(
            {s.tokens.front().span.begin, s.tokens.back().span.end})];
    for (const Sentence& s : sys.sentences) {
      if (s.tokens.empty()) continue;
      ++c->sys_sents;
      auto it = gold_sent_spans.find(
          Key({s.tokens.front().span.begin, s.tokens.back().span.end}));
      if (it != gold_sent_spans.end() && it->second > 0) {
        --it->second;
        ++c->sents;
      }
      c->sys_words += s.tokens.size();
      for (const Token& t : s.tokens) {
        auto g = gold_at.find(Key(t.span));
        if (g == gold_at.end()) continue;
        const Sentence& gs = gold.sentences[g->second.first];
        const Token& gt = gs.tokens[g->second.second];
        bool head_ok;
        if (t.head < 0 || gt.head < 0) {
          head_ok = t.head < 0 && gt.head < 0;
        } else {
          // The system head must be aligned to the gold head.
          head_ok = Key(s.tokens[t.head].span) == Key(gs.tokens[gt.head].span);
        }
        Score(gt, t, head_ok, c);
      }
    }
    std::map<uint64_t, int> gtok, stok;
    SurfaceTokens(gold, &gtok);
    SurfaceTokens(sys, &stok);
    for (const auto& [k, n] : gtok) c->gold_tokens += n;
    for (const auto& [k, n] : stok) {
      c->sys_tokens += n;
      auto it = gtok.find(k);
      if (it != gtok.end()) c->tokens += std::min(n, it->second);
    }
  }
}

// gold_tags: the tags were given, so UPOS and XPOS are not printed and no
// target applies (the targets are for the whole pipeline).
bool Print(const char* title, const Counts& c, bool raw, bool gold_tags,
           bool* missed) {
  std::printf("%s: %ld sentences, %ld words\n", title, c.gold_sents,
              c.gold_words);
  auto line = [&](const char* name, long correct, double target,
                  const char* note) {
    double v = F1(correct, c.gold_words, c.sys_words);
    std::printf("  %-8s %6.2f", name, v);
    if (target > 0 && !gold_tags) {
      bool ok = v >= target;
      if (!ok) *missed = true;
      std::printf("   target >= %.1f %s", target, ok ? "ok" : "MISSED");
    }
    if (note[0]) std::printf("   %s", note);
    std::printf("\n");
  };
  if (raw) {
    std::printf("  %-8s %6.2f\n", "Sents",
                F1(c.sents, c.gold_sents, c.sys_sents));
    std::printf("  %-8s %6.2f\n", "Tokens",
                F1(c.tokens, c.gold_tokens, c.sys_tokens));
    line("Words", c.aligned, 0, "");
  }
  if (!gold_tags) {
    line("UPOS", c.upos, raw ? 0 : 95.5, "");
    line("XPOS", c.xpos, 0, "");
  }
  line("Lemma", c.lemma, 0, "");
  line("UAS", c.uas, raw ? 0 : 87, "");
  line("LAS", c.las, raw ? 80 : 84, "universal relations (CoNLL 2018)");
  line("LAS+sub", c.las_full, 0, "with EWT subtypes");
  std::printf("  %-8s %6.0f   (%s, in this run)\n", "words/s",
              c.seconds > 0 ? c.sys_words / c.seconds : 0.0,
              raw         ? "segment+tag+parse"
              : gold_tags ? "lemmatise+parse"
                          : "tag+parse");
  return true;
}

int RunEvalParse(const EvalParseArgs& a) {
  if (a.mode != "gold" && a.mode != "raw" && a.mode != "both") {
    std::cerr << "khaldun eval parse: --mode is gold, raw or both\n";
    return kExitUsage;
  }
  if (a.gold_tags && (a.mode != "gold" || a.check)) {
    std::cerr << "khaldun eval parse: --gold-tags needs --mode gold and "
                 "takes no --check (the targets are for predicted tags)\n";
    return kExitUsage;
  }
  std::string model_path = !a.model.empty() ? a.model
                           : !Common().syntax_model.empty()
                               ? Common().syntax_model
                               : SyntaxModel::PathIn(Common().data_dir);
  std::unique_ptr<SyntaxModel> model;
  auto t0 = std::chrono::steady_clock::now();
  Status s = SyntaxModel::Load(model_path, &model);
  if (!s.ok()) {
    std::cerr << "khaldun eval parse: " << s.ToString() << "\n";
    return kExitLoad;
  }
  double load =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  if (a.parser_beam > 0) model->set_parser_beam(a.parser_beam);
  std::unique_ptr<ConlluReader> r;
  s = ConlluReader::Open(a.gold, /*split_documents=*/true, &r);
  if (!s.ok()) {
    std::cerr << "khaldun eval parse: " << s.ToString() << "\n";
    return kExitLoad;
  }
  std::vector<Document> docs;
  Document d;
  int rc = kExitOk;
  while (!(s = r->Next(&d)).IsEndOfInput()) {
    if (!s.ok()) {
      std::cerr << s.message() << "\n";
      rc = kExitRecordErrors;
      continue;
    }
    docs.push_back(std::move(d));
  }
  std::printf("model %s (loaded in %.3f s)\ngold  %s\n", model_path.c_str(),
              load, a.gold.c_str());
  bool missed = false;
  if (a.mode != "raw") {
    Counts c;
    EvalGold(*model, docs, a.gold_tags, &c);
    Print(a.gold_tags ? "gold tokenisation and gold tags (the parser alone)"
                      : "gold tokenisation",
          c, false, a.gold_tags, &missed);
  }
  if (a.mode != "gold") {
    Counts c;
    EvalRaw(*model, docs, &c);
    Print("raw text (F1, CoNLL 2018 alignment)", c, true, false, &missed);
  }
  if (a.check && missed) return kExitTargetMissed;
  return rc;
}

CommandRegistrar reg("eval parse", [](const Groups& g) {
  auto* a = new EvalParseArgs();
  CLI::App* cmd = g.eval->add_subcommand(
      "parse", "UPOS, XPOS, lemma, UAS and LAS against gold CoNLL-U");
  cmd->add_option("--gold", a->gold, "Gold CoNLL-U (e.g. en_ewt-ud-test)")
      ->required();
  cmd->add_option("--model", a->model,
                  "Syntax model (default: --syntax-model, else "
                  "<data>/models/en_ewt.syntax)");
  cmd->add_option("--mode", a->mode,
                  "gold (gold tokens), raw (from the text) or both")
      ->capture_default_str();
  cmd->add_option("--parser-beam", a->parser_beam,
                  "Decode with this beam width instead of the model's "
                  "(experiments)")
      ->check(CLI::Range(1, 255));
  cmd->add_flag("--gold-tags", a->gold_tags,
                "With gold tokens, keep the gold UPOS and XPOS and run only "
                "the lemmatiser and the parser (the parser's own errors)");
  cmd->add_flag("--check", a->check, "Exit 4 when a target is missed");
  SetRun(cmd, [a] { return RunEvalParse(*a); });
});

}  // namespace
}  // namespace khaldun::cli
