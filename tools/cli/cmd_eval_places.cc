// khaldun eval places: place-mention detection against the LOC tags of
// CoNLL-2003 (precision, recall, F1 of exact spans), resolution accuracy
// on tests/data/geo_resolution.tsv, and the gazetteer's load time.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli/command.h"
#include "io/file_util.h"
#include "khaldun/geo.h"
#include "khaldun/segmenter.h"

namespace khaldun::cli {
namespace {

constexpr double kLocF1Target = 85.0;
constexpr double kResolutionTarget = 90.0;
constexpr double kLoadMsTarget = 300.0;

struct EvalPlacesArgs {
  std::string conll;
  std::string resolution;
  bool check = false;
  int show_errors = 0;
};

// A CoNLL-2003 document: one Document whose sentences hold the tokens, one
// sentence per line of text, and the gold LOC spans.
struct ConllDoc {
  Document doc;
  std::set<std::tuple<int, int, int>> gold;  // sentence, first, last
};

Status ReadConll(const std::string& path, std::vector<ConllDoc>* out) {
  LineReader r;
  Status s = r.Open(path);
  if (!s.ok()) return s;
  std::string_view line;
  ConllDoc cur;
  std::vector<std::pair<std::string, std::string>> sent;  // word, tag
  auto flush_sentence = [&] {
    if (sent.empty()) return;
    Sentence st;
    uint32_t begin = cur.doc.text.size();
    int si = static_cast<int>(cur.doc.sentences.size());
    std::string prev_tag = "O";
    int loc_start = -1;
    for (size_t i = 0; i < sent.size(); ++i) {
      if (i) cur.doc.text += ' ';
      Token t;
      t.span.begin = cur.doc.text.size();
      cur.doc.text += sent[i].first;
      t.span.end = cur.doc.text.size();
      t.norm = sent[i].first;
      st.tokens.push_back(std::move(t));
      const std::string& tag = sent[i].second;
      bool is_loc = tag.size() > 2 && tag.substr(2) == "LOC";
      bool begins = is_loc && (tag[0] == 'B' || prev_tag.size() < 3 ||
                               prev_tag.substr(2) != "LOC");
      if (loc_start >= 0 && (!is_loc || begins)) {
        cur.gold.insert({si, loc_start, static_cast<int>(i) - 1});
        loc_start = -1;
      }
      if (begins) loc_start = static_cast<int>(i);
      prev_tag = tag;
    }
    if (loc_start >= 0)
      cur.gold.insert({si, loc_start, static_cast<int>(sent.size()) - 1});
    st.span = Span{begin, static_cast<uint32_t>(cur.doc.text.size())};
    cur.doc.text += '\n';
    cur.doc.sentences.push_back(std::move(st));
    sent.clear();
  };
  auto flush_doc = [&] {
    flush_sentence();
    if (!cur.doc.sentences.empty()) {
      cur.doc.RebaseViews();
      out->push_back(std::move(cur));
    }
    cur = ConllDoc();
    cur.doc.id = "conll-" + std::to_string(out->size() + 1);
  };
  cur.doc.id = "conll-1";
  while (r.Next(&line)) {
    if (line.starts_with("-DOCSTART-")) {
      flush_doc();
      continue;
    }
    if (line.empty()) {
      flush_sentence();
      continue;
    }
    size_t sp = line.find(' ');
    size_t last = line.rfind(' ');
    if (sp == std::string_view::npos)
      return Status::DataLoss(r.Where() + ": expected 'word POS chunk NER'");
    sent.emplace_back(std::string(line.substr(0, sp)),
                      std::string(line.substr(last + 1)));
  }
  flush_doc();
  return Status::OK();
}

struct Prf {
  long tp = 0, fp = 0, fn = 0;
  double p() const { return tp + fp ? 100.0 * tp / (tp + fp) : 0; }
  double r() const { return tp + fn ? 100.0 * tp / (tp + fn) : 0; }
  double f() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};

bool EvalConll(const Geocoder& geocoder, const std::string& path,
               int show_errors, double* f1) {
  std::vector<ConllDoc> docs;
  Status s = ReadConll(path, &docs);
  if (!s.ok()) {
    std::cerr << "khaldun: " << s.ToString() << "\n";
    return false;
  }
  Prf prf;
  long sentences = 0;
  int budget = show_errors;
  auto t0 = std::chrono::steady_clock::now();
  for (const ConllDoc& cd : docs) {
    sentences += cd.doc.sentences.size();
    std::set<std::tuple<int, int, int>> sys;
    for (const PlaceMention& m : geocoder.Find(cd.doc))
      if (m.sentence >= 0) sys.insert({m.sentence, m.first, m.last});
    for (const auto& g : cd.gold) {
      if (sys.count(g)) {
        ++prf.tp;
      } else {
        ++prf.fn;
        if (budget > 0) {
          --budget;
          const Sentence& st = cd.doc.sentences[std::get<0>(g)];
          std::cout << "MISS "
                    << cd.doc.slice(Span{st.tokens[std::get<1>(g)].span.begin,
                                         st.tokens[std::get<2>(g)].span.end})
                    << "\t| " << cd.doc.slice(st.span) << "\n";
        }
      }
    }
    for (const auto& m : sys) {
      if (cd.gold.count(m)) continue;
      ++prf.fp;
      if (budget > 0) {
        --budget;
        const Sentence& st = cd.doc.sentences[std::get<0>(m)];
        std::cout << "FALSE "
                  << cd.doc.slice(Span{st.tokens[std::get<1>(m)].span.begin,
                                       st.tokens[std::get<2>(m)].span.end})
                  << "\t| " << cd.doc.slice(st.span) << "\n";
      }
    }
  }
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  std::printf(
      "LOC mentions (%s): %zu documents, %ld sentences, gold %ld, system "
      "%ld\n  precision %.2f%%  recall %.2f%%  F1 %.2f%%  (target F1 >= "
      "%.0f%%)  %.0f sentences/s\n",
      path.c_str(), docs.size(), sentences, prf.tp + prf.fn, prf.tp + prf.fp,
      prf.p(), prf.r(), prf.f(), kLocF1Target, sentences / secs);
  *f1 = prf.f();
  return true;
}

// tests/data/geo_resolution.tsv: text, mention, expected (GeoNames id,
// ISO3 country, or ADM1 code "US-GA"/"US.GA"), note.
bool EvalResolution(const Geocoder& geocoder, const std::string& path,
                    int show_errors, double* accuracy) {
  LineReader r;
  Status s = r.Open(path);
  if (!s.ok()) {
    std::cerr << "khaldun: " << s.ToString() << "\n";
    return false;
  }
  const Gazetteer& gaz = geocoder.gazetteer();
  Segmenter segmenter;
  long total = 0, right = 0, unresolved = 0;
  std::string_view line;
  while (r.Next(&line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    size_t b = 0;
    while (true) {
      size_t e = line.find('\t', b);
      f.emplace_back(line.substr(b, e == std::string_view::npos ? e : e - b));
      if (e == std::string_view::npos) break;
      b = e + 1;
    }
    if (f.size() < 3) {
      std::cerr << r.Where() << ": expected text, mention, expected\n";
      return false;
    }
    ++total;
    Document doc;
    doc.text = f[0];
    segmenter.Segment(&doc);
    const PlaceMention* found = nullptr;
    for (const PlaceMention& m : geocoder.Find(doc))
      if (m.text == f[1] && !found) found = &m;  // first occurrence
    bool ok = false;
    std::string got = "(not found)";
    if (f[2] == "-") {
      // Must not be reported as a place.
      ok = found == nullptr;
      if (found) got = gaz.ToPlace(found->entry).name;
    } else if (found) {
      const GeoEntry& e = gaz.entry(found->entry);
      Place p = gaz.ToPlace(found->entry);
      const std::string& want = f[2];
      bool numeric = !want.empty() &&
                     want.find_first_not_of("0123456789") == std::string::npos;
      if (numeric) {
        ok = p.geonames_id == std::atol(want.c_str());
      } else if (want.size() == 3) {
        ok = e.kind == GeoEntry::Kind::kCountry && p.country == want;
      } else {
        std::string dotted = want;
        std::replace(dotted.begin(), dotted.end(), '-', '.');
        ok = e.kind == GeoEntry::Kind::kAdm1 &&
             (std::string(gaz.str(e.code)) == want || p.adm1 == dotted ||
              p.adm1 == want);
      }
      got = p.name + " [" + p.country + (p.adm1.empty() ? "" : " " + p.adm1) +
            (p.geonames_id ? " " + std::to_string(p.geonames_id) : "") + "]";
    } else {
      ++unresolved;
    }
    if (ok) {
      ++right;
    } else if (show_errors-- > 0) {
      std::cout << "WRONG " << r.Where() << ": \"" << f[1] << "\" expected "
                << f[2] << ", got " << got << "\n";
    }
  }
  *accuracy = total ? 100.0 * right / total : 0;
  std::printf(
      "Resolution (%s): %ld mentions, %ld correct, %ld not found\n  accuracy "
      "%.2f%%  (target >= %.0f%%)\n",
      path.c_str(), total, right, unresolved, *accuracy, kResolutionTarget);
  return true;
}

CommandRegistrar reg("eval places", [](const Groups& g) {
  auto args = std::make_shared<EvalPlacesArgs>();
  CLI::App* cmd = g.eval->add_subcommand(
      "places",
      "Place mentions vs CoNLL-2003 LOC tags, resolution accuracy on "
      "tests/data/geo_resolution.tsv, gazetteer load time");
  cmd->add_option("conll", args->conll,
                  "CoNLL-2003 file (default "
                  "../shared/corpora/conll2003/eng.testb)");
  cmd->add_option("--resolution", args->resolution,
                  "Resolution set (default tests/data/geo_resolution.tsv)");
  cmd->add_flag("--check", args->check, "Exit with 4 when a target is missed");
  cmd->add_option("--show-errors", args->show_errors,
                  "Print up to N errors of each evaluation");
  SetRun(cmd, [args]() -> int {
    std::string path = Gazetteer::PathIn(Common().data_dir);
    // Load time: median of 5.
    std::vector<double> ms;
    std::shared_ptr<const Gazetteer> gaz;
    for (int i = 0; i < 5; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      Status s = Gazetteer::Load(path, &gaz);
      ms.push_back(std::chrono::duration<double, std::milli>(
                       std::chrono::steady_clock::now() - t0)
                       .count());
      if (!s.ok()) {
        std::cerr << "khaldun: " << s.ToString() << "\n";
        return kExitLoad;
      }
    }
    std::sort(ms.begin(), ms.end());
    std::printf(
        "Gazetteer %s: %u entries, load %.1f ms (median of 5; "
        "target < %.0f ms)\n",
        path.c_str(), gaz->size(), ms[2], kLoadMsTarget);
    Geocoder geocoder(gaz);
    bool missed = ms[2] >= kLoadMsTarget;

    std::string conll = args->conll.empty()
                            ? FindShared("corpora/conll2003/eng.testb")
                            : args->conll;
    if (conll.empty()) {
      std::cout << "LOC mentions: skipped (../shared/corpora/conll2003 is "
                   "absent)\n";
    } else {
      double f1 = 0;
      if (!EvalConll(geocoder, conll, args->show_errors, &f1))
        return kExitUsage;
      missed |= f1 < kLocF1Target;
    }
    std::string res = args->resolution.empty()
                          ? std::string(KHALDUN_DATA_DIR) +
                                "/../tests/data/geo_resolution.tsv"
                          : args->resolution;
    double acc = 0;
    if (!EvalResolution(geocoder, res, args->show_errors, &acc))
      return kExitUsage;
    missed |= acc < kResolutionTarget;
    return args->check && missed ? kExitTargetMissed : kExitOk;
  });
});

}  // namespace
}  // namespace khaldun::cli
