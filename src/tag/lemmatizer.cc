#include "tag/lemmatizer.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "tag/perceptron.h"

namespace khaldun {
namespace {

using ml::HashFeature;
using ml::HashString;

constexpr int kMaxSuffix = 6;

uint64_t Key(uint64_t kind, std::string_view a, std::string_view b) {
  return HashFeature(kind, HashString(a), HashString(b));
}

void Lowercase(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

bool IsProper(std::string_view xpos) { return xpos == "NNP" || xpos == "NNPS"; }

// WordNet part of speech for a UPOS, or 0.
char WnPos(UPos u) {
  switch (u) {
    case UPos::kNOUN:
    case UPos::kPROPN:
      return 'n';
    case UPos::kVERB:
    case UPos::kAUX:
      return 'v';
    case UPos::kADJ:
      return 'a';
    case UPos::kADV:
      return 'r';
    default:
      return 0;
  }
}

struct KV32 {
  uint64_t k;
  uint32_t v;
  uint32_t w;
  bool operator<(const KV32& o) const { return k < o.k; }
};

}  // namespace

uint32_t Lemmatizer::Intern(const std::string& s,
                            std::unordered_map<std::string, uint32_t>* index) {
  auto [it, added] = index->try_emplace(s, strings_.size());
  if (added) strings_.push_back(s);
  return it->second;
}

Lemmatizer Lemmatizer::Train(const std::vector<const Sentence*>& train,
                             const std::string& wordnet_dir,
                             int* wordnet_entries) {
  Lemmatizer lem;
  std::unordered_map<std::string, uint32_t> index;
  // (form, xpos) -> lemma counts; ordered maps for determinism.
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>>
      exact, lower;
  std::map<std::pair<std::string, std::string>,
           std::map<std::pair<uint32_t, std::string>, int>>
      rules;
  std::string lf, ll;
  for (const Sentence* s : train)
    for (const Token& t : s->tokens) {
      if (t.lemma.empty()) continue;
      std::string form(t.norm.empty() ? t.form : std::string_view(t.norm));
      ++exact[{form, t.xpos}][t.lemma];
      Lowercase(form, &lf);
      ++lower[{lf, t.xpos}][t.lemma];
      // Rule from the (lowercased unless proper) form to the lemma.
      const std::string& f = IsProper(t.xpos) ? form : lf;
      size_t p = 0;
      while (p < f.size() && p < t.lemma.size() && f[p] == t.lemma[p]) ++p;
      uint32_t cut = static_cast<uint32_t>(f.size() - p);
      std::string add = t.lemma.substr(p);
      Lowercase(f, &ll);
      for (int k = 0; k <= kMaxSuffix && k <= static_cast<int>(ll.size()); ++k)
        ++rules[{t.xpos, ll.substr(ll.size() - k)}][{cut, add}];
    }
  auto best = [](const std::map<std::string, int>& m) {
    const std::string* b = nullptr;
    int bc = -1;
    for (const auto& [l, c] : m)
      if (c > bc) b = &l, bc = c;
    return *b;
  };
  for (const auto& [k, m] : exact)
    lem.exact_[Key(1, k.first, k.second)] = lem.Intern(best(m), &index);
  for (const auto& [k, m] : lower)
    lem.lower_[Key(2, k.first, k.second)] = lem.Intern(best(m), &index);
  for (const auto& [k, m] : rules) {
    int total = 0, bc = -1;
    const std::pair<uint32_t, std::string>* b = nullptr;
    for (const auto& [r, c] : m) {
      total += c;
      if (c > bc) b = &r, bc = c;
    }
    if (total < 2 && !k.second.empty()) continue;
    lem.rules_[Key(3, k.first, k.second)] = {b->first,
                                             lem.Intern(b->second, &index)};
  }
  std::vector<uint64_t> known;
  for (const Sentence* s : train)
    for (const Token& t : s->tokens)
      if (!t.lemma.empty()) known.push_back(HashString(t.lemma));
  int wn = 0;
  if (!wordnet_dir.empty()) {
    for (const char* file :
         {"index.noun", "index.verb", "index.adj", "index.adv"}) {
      std::ifstream in(wordnet_dir + "/" + file);
      std::string line;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == ' ') continue;  // licence header
        std::string word = line.substr(0, line.find(' '));
        if (word.find('_') != std::string::npos) continue;
        known.push_back(HashString(word));
      }
    }
    const std::pair<const char*, char> files[] = {{"noun.exc", 'n'},
                                                  {"verb.exc", 'v'},
                                                  {"adj.exc", 'a'},
                                                  {"adv.exc", 'r'}};
    for (const auto& [file, pos] : files) {
      std::ifstream in(wordnet_dir + "/" + file);
      std::string line, inflected, base;
      while (std::getline(in, line)) {
        std::istringstream ls(line);
        if (!(ls >> inflected >> base)) continue;
        if (inflected.find('_') != std::string::npos ||
            base.find('_') != std::string::npos)
          continue;
        uint64_t key = Key(4, inflected, std::string(1, pos));
        if (lem.exc_.count(key)) continue;
        lem.exc_[key] = lem.Intern(base, &index);
        ++wn;
      }
    }
  }
  std::sort(known.begin(), known.end());
  known.erase(std::unique(known.begin(), known.end()), known.end());
  lem.known_ = std::move(known);
  if (wordnet_entries) *wordnet_entries = wn;
  return lem;
}

void Lemmatizer::LemmaOf(std::string_view form, UPos upos,
                         std::string_view xpos, std::string* scratch,
                         std::string* lemma) const {
  const uint64_t xpos_hash = HashString(xpos);
  if (const uint32_t* l =
          exact_.find(HashFeature(1, HashString(form), xpos_hash))) {
    *lemma = strings_[*l];
    return;
  }
  Lowercase(form, scratch);
  if (const uint32_t* l =
          lower_.find(HashFeature(2, HashString(*scratch), xpos_hash))) {
    *lemma = strings_[*l];
    return;
  }
  const bool proper = IsProper(xpos);
  if (char wp = WnPos(upos); wp != 0 && !proper) {
    if (const uint32_t* l =
            exc_.find(Key(4, *scratch, std::string_view(&wp, 1)))) {
      *lemma = strings_[*l];
      return;
    }
  }
  const std::string_view base = proper ? form : std::string_view(*scratch);
  const std::string_view low = *scratch;
  bool have_fallback = false;
  std::string candidate;
  for (int k = std::min<int>(kMaxSuffix, static_cast<int>(low.size())); k >= 0;
       --k) {
    const Rule* r = rules_.find(
        HashFeature(3, xpos_hash, HashString(low.substr(low.size() - k))));
    if (r == nullptr) continue;
    if (r->cut >= base.size()) continue;
    candidate.assign(base.substr(0, base.size() - r->cut));
    candidate += strings_[r->add];
    if (proper || known_.empty() ||
        std::binary_search(known_.begin(), known_.end(),
                           HashString(candidate))) {
      lemma->swap(candidate);
      return;
    }
    if (!have_fallback) {
      *lemma = candidate;  // the longest-suffix rule, if none is known
      have_fallback = true;
    }
  }
  if (!have_fallback) {
    lemma->assign(base);
    return;
  }
  // Suffix rules keep one transformation per suffix, usually "-ed" -> "":
  // for "blamed", "closing" the known lemma ends in a silent "e".
  if (!proper && !known_.empty() && !lemma->empty() && lemma->back() != 'e') {
    candidate.assign(*lemma);
    candidate += 'e';
    if (std::binary_search(known_.begin(), known_.end(), HashString(candidate)))
      lemma->swap(candidate);
  }
}

void Lemmatizer::Lemmatize(Sentence* s, std::string* scratch) const {
  for (Token& t : s->tokens)
    LemmaOf(t.norm.empty() ? t.form : std::string_view(t.norm), t.upos, t.xpos,
            scratch, &t.lemma);
}

size_t Lemmatizer::bytes() const {
  size_t b = 0;
  for (const auto& s : strings_) b += s.size() + 32;
  return b + known_.size() * 8 +
         (exact_.size() + lower_.size() + exc_.size() + rules_.size()) * 32;
}

void Lemmatizer::Save(ml::BinaryWriter* w) const {
  w->PutStrings(strings_);
  for (const auto* m : {&exact_, &lower_, &exc_}) {
    std::vector<KV32> v;
    for (const auto& [k, x] : *m) v.push_back({k, x, 0});
    std::sort(v.begin(), v.end());
    w->PutVector(v);
  }
  std::vector<KV32> v;
  for (const auto& [k, r] : rules_) v.push_back({k, r.add, r.cut});
  std::sort(v.begin(), v.end());
  w->PutVector(v);
  w->PutVector(known_);
}

Status Lemmatizer::Load(ml::BinaryReader* r) {
  KHALDUN_ML_TRY(r->GetStrings(&strings_));
  for (auto* m : {&exact_, &lower_, &exc_}) {
    std::vector<KV32> v;
    KHALDUN_ML_TRY(r->GetVector(&v));
    m->clear();
    m->reserve(v.size());
    for (const KV32& x : v) {
      if (x.v >= strings_.size()) return r->Corrupt("lemma index");
      (*m)[x.k] = x.v;
    }
  }
  std::vector<KV32> v;
  KHALDUN_ML_TRY(r->GetVector(&v));
  rules_.clear();
  rules_.reserve(v.size());
  for (const KV32& x : v) {
    if (x.v >= strings_.size()) return r->Corrupt("rule index");
    rules_[x.k] = {x.w, x.v};
  }
  KHALDUN_ML_TRY(r->GetVector(&known_));
  if (!std::is_sorted(known_.begin(), known_.end()))
    return r->Corrupt("lemma list not sorted");
  return Status::OK();
}

}  // namespace khaldun
