// Compilation of lexicon data into the matcher, and phrase resolution.
#include "khaldun/lexicon.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "khaldun/segmenter.h"
#include "lexicon/key_cache.h"
#include "lexicon/str_index.h"
#include "lexicon/text_util.h"

namespace khaldun {

std::string Diagnostic::ToString() const {
  return where + ": " + (error() ? "error: " : "warning: ") + message;
}

std::string DateRange::ToString() const {
  return (from ? lex::FormatKey(from) : std::string()) + ".." +
         (to ? lex::FormatKey(to) : std::string());
}

int DateKey(const Date& d) {
  if (!d.known()) return 0;
  int m = d.month ? d.month : 7;
  int day = d.day ? d.day : (d.month ? 15 : 1);
  return d.year * 10000 + m * 100 + day;
}

const ActorRole* ActorEntry::RoleAt(int ymd) const {
  const ActorRole* fallback = nullptr;
  for (const ActorRole& r : roles) {
    if (!r.dated) {
      if (!fallback) fallback = &r;
    } else if (ymd != 0 && r.dates.Contains(ymd)) {
      return &r;
    }
  }
  return fallback;
}

std::string_view MatchPartKindName(MatchPart::Kind k) {
  switch (k) {
    case MatchPart::Kind::kActor:
      return "actor";
    case MatchPart::Kind::kCountry:
      return "country";
    case MatchPart::Kind::kAdjective:
      return "adjective";
    case MatchPart::Kind::kPeople:
      return "people";
    case MatchPart::Kind::kCapital:
      return "capital";
    case MatchPart::Kind::kAgent:
      return "agent";
    case MatchPart::Kind::kLed:
      return "X-led";
    case MatchPart::Kind::kPossessor:
      return "possessor";
  }
  return "?";
}

bool Lexicon::IsFunctionWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "about",      "above",   "across", "after",   "against",  "along",
      "amid",       "among",   "around", "as",      "at",       "away",
      "back",       "before",  "behind", "below",   "beneath",  "beside",
      "between",    "beyond",  "by",     "despite", "down",     "during",
      "for",        "from",    "in",     "inside",  "into",     "like",
      "near",       "of",      "off",    "on",      "onto",     "out",
      "outside",    "over",    "past",   "since",   "than",     "through",
      "throughout", "to",      "toward", "towards", "under",    "until",
      "up",         "upon",    "via",    "with",    "within",   "without",
      "that",       "whether", "if",     "forward", "together", "apart",
      "ahead",      "aside"};
  return kWords.count(w) != 0;
}

namespace {

constexpr uint32_t kNoId = 0xffffffffu;

static_assert(kNoId == lex::StrIndex::kNone);

// What a trie node yields.
struct Payload {
  enum Type : uint8_t {
    kActor,
    kCountry,
    kAdjective,
    kPeople,
    kCapital,
    kAgent,
    kDiscard,
    kSynset
  };
  Type type;
  int32_t alt = -1;  // case-sensitive alternative (index into cs_alts), -1
  uint32_t a = 0;    // entry index (merged country index for countries)
  uint32_t b = 0;    // CountryEntry index (where) for countries
  // The last word must be the name's form, not reached through the token's
  // lemma (an imported agent with a "{...}" plural list: "POLICE {}" does
  // not match "polices").
  bool form_only = false;
};

// Lowercases and splits a token into hyphen-separated sub-tokens; an
// underscore separates too ("Dol_Amroth", PETRARCH's spelling of a phrase).
// The sub-tokens are views into *low (the lowercased token) or a constant,
// valid until *low changes; appended to *out.
void SubTokenViews(std::string_view tok, std::string* low,
                   std::vector<std::string_view>* out) {
  lex::LowerInto(tok, low);
  // Curly possessive: "iraq’s" -> "iraq" "'s".
  static constexpr std::string_view kCurlyS = "\xE2\x80\x99s";
  static constexpr std::string_view kApostropheS = "'s";
  std::string_view w = *low;
  bool tail = false;
  if (w.size() > 4 && w.ends_with(kCurlyS)) {
    w.remove_suffix(4);
    tail = true;
  } else if (w == kCurlyS) {
    w = kApostropheS;
  }
  size_t start = 0;
  bool any = false;
  while (start <= w.size()) {
    size_t p = w.find_first_of("-_", start);
    if (p == std::string_view::npos) p = w.size();
    if (p > start) {
      out->push_back(w.substr(start, p - start));
      any = true;
    }
    start = p + 1;
  }
  if (!any) out->push_back(w);
  if (tail) out->push_back(kApostropheS);
}

// The same as strings.
void SubTokens(std::string_view tok, std::vector<std::string>* out) {
  std::string low;
  std::vector<std::string_view> views;
  SubTokenViews(tok, &low, &views);
  for (std::string_view v : views) out->emplace_back(v);
}

struct Trie {
  // Edges (node << 32 | word -> child) in an open-addressing table: Child
  // is the matchers' hottest lookup (std::unordered_map's took ~5% of
  // `khaldun code`).  A key is never ~0 (node < 2^32 - 1).
  std::vector<uint64_t> keys;
  std::vector<uint32_t> children;
  size_t used = 0;
  std::vector<std::vector<Payload>> payloads{1};
  // Inside an open name: a node after which a word may be skipped, and a
  // node that may be reached right after the skipped word.
  std::vector<uint8_t> open{0}, after_gap{0};
  static constexpr uint64_t kEmpty = ~uint64_t{0};

  size_t Slot(uint64_t k) const {
    uint64_t h = k * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h ^ (h >> 32)) & (keys.size() - 1);
  }
  uint32_t Child(uint32_t node, uint32_t word) const {
    if (keys.empty()) return kNoId;
    const uint64_t k = (static_cast<uint64_t>(node) << 32) | word;
    for (size_t i = Slot(k);; i = (i + 1) & (keys.size() - 1)) {
      if (keys[i] == k) return children[i];
      if (keys[i] == kEmpty) return kNoId;
    }
  }
  uint32_t AddChild(uint32_t node, uint32_t word) {
    uint32_t c = Child(node, word);
    if (c != kNoId) return c;
    c = static_cast<uint32_t>(payloads.size());
    payloads.emplace_back();
    open.push_back(0);
    after_gap.push_back(0);
    Put((static_cast<uint64_t>(node) << 32) | word, c);
    return c;
  }

 private:
  void Put(uint64_t k, uint32_t child) {
    if (2 * (used + 1) > keys.size()) {
      std::vector<uint64_t> old_keys(std::max<size_t>(64, 2 * keys.size()),
                                     kEmpty);
      std::vector<uint32_t> old_children(old_keys.size());
      old_keys.swap(keys);
      old_children.swap(children);
      used = 0;
      for (size_t i = 0; i < old_keys.size(); ++i)
        if (old_keys[i] != kEmpty) Put(old_keys[i], old_children[i]);
    }
    size_t i = Slot(k);
    while (keys[i] != kEmpty) i = (i + 1) & (keys.size() - 1);
    keys[i] = k;
    children[i] = child;
    ++used;
  }
};

// Per-thread view of a sentence as sub-tokens with ids.
struct SubSeq {
  std::vector<std::string> text;       // lowercase sub-token
  std::vector<uint32_t> form;          // vocab id or kNoId
  std::vector<uint32_t> lemma;         // vocab id of the token lemma, or kNoId
  std::vector<uint32_t> tok;           // token index
  std::vector<uint8_t> last;           // last sub-token of its token
  std::vector<uint8_t> adj;            // its token is tagged ADJ
  std::vector<std::string_view> orig;  // original-case form of the token
  size_t n = 0;
};

}  // namespace

struct Lexicon::Compiled {
  lex::StrIndex vocab;
  Trie names;                                     // actors, countries, agents
  Trie discards;                                  // discard phrases and lemmas
  Trie synsets;                                   // synset members
  std::vector<std::vector<std::string>> cs_alts;  // case-sensitive forms
  struct Country {
    std::string code, cameo, name;
    std::string where;
  };
  std::vector<Country> countries;
  std::unordered_map<std::string, uint32_t> country_index;
  // Patterns by head word: the word's number in *_pattern_heads indexes
  // *_patterns.
  lex::StrIndex verb_pattern_heads, noun_pattern_heads;
  std::vector<std::vector<const Pattern*>> verb_patterns, noun_patterns;
  // The numbers of those patterns (Lexicon::PatternNumbers), same shape.
  std::vector<std::vector<uint32_t>> verb_pattern_numbers, noun_pattern_numbers;
  std::unordered_map<std::string, std::vector<uint32_t>> verb_entries,
      noun_entries;
  std::unordered_map<std::string, int> synset_ids;
  std::vector<std::unordered_set<std::string>> synset_members;  // closure

  uint32_t Id(std::string_view w) const { return vocab.Find(w); }
  uint32_t Intern(const std::string& w) { return vocab.Insert(w); }
  // Adds `alt` (a name or phrase) to `trie`.
  // `open`: a word may be skipped after every word of alt but the last.
  void Add(Trie* trie, std::string_view alt, Payload p, bool open = false) {
    std::vector<std::string> toks = TokenizeName(alt);
    if (toks.empty()) return;
    if (toks.size() == 1 && toks[0].size() <= 4 && lex::IsAllCaps(toks[0])) {
      bool letters = true;
      for (char c : toks[0])
        if (!(c >= 'A' && c <= 'Z')) letters = false;
      if (letters) {
        p.alt = static_cast<int32_t>(cs_alts.size());
        cs_alts.push_back(toks);
      }
    }
    std::vector<std::string> subs;
    std::vector<size_t> word_ends;  // sub-token counts at word ends
    for (const auto& t : toks) {
      SubTokens(t, &subs);
      word_ends.push_back(subs.size());
    }
    uint32_t node = 0;
    bool gap = false;  // a word may be skipped before subs[k]
    for (size_t k = 0; k < subs.size(); ++k) {
      node = trie->AddChild(node, Intern(subs[k]));
      if (gap) trie->after_gap[node] = 1;
      gap = open && k + 1 < subs.size() &&
            std::find(word_ends.begin(), word_ends.end(), k + 1) !=
                word_ends.end();
      if (gap) trie->open[node] = 1;
    }
    for (const Payload& q : trie->payloads[node])
      if (q.type == p.type && q.a == p.a && q.alt == p.alt) return;
    trie->payloads[node].push_back(p);
  }
  static std::string Key(std::string_view alt) {
    std::vector<std::string> subs;
    for (const auto& t : TokenizeName(alt)) SubTokens(t, &subs);
    std::string k;
    for (const auto& s : subs) {
      if (!k.empty()) k += ' ';
      k += s;
    }
    return k;
  }

  void Fill(const Sentence& s, SubSeq* q) const;
  // Longest match from sub-token i ending on a token boundary; returns the
  // end sub-token (exclusive) and the payloads, or 0.
  size_t Longest(const Trie& t, const SubSeq& q, size_t i,
                 const std::vector<Payload>** out) const;
  bool CaseOk(const Payload& p, const SubSeq& q, size_t i, size_t end) const;
};

namespace {

std::string GuessLemma(std::string_view w) {
  // Plural guess for untagged text: "forces" -> "force", "militias" ->
  // "militia", "parties" -> "party".  Kept conservative.
  size_t n = w.size();
  if (n > 4 && w.ends_with("ies")) return std::string(w.substr(0, n - 3)) + "y";
  if (n > 3 && w.back() == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
      w[n - 2] != 'i')
    return std::string(w.substr(0, n - 1));
  return std::string();
}

}  // namespace

void Lexicon::Compiled::Fill(const Sentence& s, SubSeq* q) const {
  q->n = 0;
  // Per-thread buffers: no allocation per token once they have grown.
  static thread_local std::string low, lemma_low;
  static thread_local std::vector<std::string_view> subs;
  for (uint32_t ti = 0; ti < s.tokens.size(); ++ti) {
    const Token& t = s.tokens[ti];
    std::string_view form = t.norm.empty() ? t.form : std::string_view(t.norm);
    subs.clear();
    SubTokenViews(form, &low, &subs);
    uint32_t lemma = kNoId;
    if (subs.size() == 1) {
      if (!t.lemma.empty() && s.tagged) {
        lex::LowerInto(t.lemma, &lemma_low);
        if (lemma_low != subs[0]) lemma = Id(lemma_low);
      } else if (!s.tagged) {
        std::string g = GuessLemma(subs[0]);
        if (!g.empty()) lemma = Id(g);
      }
    }
    for (size_t k = 0; k < subs.size(); ++k) {
      if (q->text.size() <= q->n) {
        q->text.emplace_back();
        q->form.push_back(0);
        q->lemma.push_back(0);
        q->tok.push_back(0);
        q->last.push_back(0);
        q->adj.push_back(0);
        q->orig.emplace_back();
      }
      q->text[q->n].assign(subs[k]);
      q->form[q->n] = Id(subs[k]);
      q->lemma[q->n] = k + 1 == subs.size() ? lemma : kNoId;
      q->tok[q->n] = ti;
      q->last[q->n] = k + 1 == subs.size();
      q->adj[q->n] = s.tagged && t.upos == UPos::kADJ;
      q->orig[q->n] = t.form;
      ++q->n;
    }
  }
}

bool Lexicon::Compiled::CaseOk(const Payload& p, const SubSeq& q, size_t i,
                               size_t end) const {
  if (p.alt < 0) return true;
  // Case-sensitive alternatives are single tokens: compare the token.
  if (end != i + 1) return false;
  return q.orig[i] == cs_alts[p.alt][0];
}

size_t Lexicon::Compiled::Longest(const Trie& t, const SubSeq& q, size_t i,
                                  const std::vector<Payload>** out) const {
  // Depth-first over (node, position) with two choices per position: the
  // form id and the lemma id.
  struct St {
    uint32_t node;
    size_t pos;
    bool via_lemma;  // the last step took the lemma, not the form
    uint8_t gap;     // 0, 1 right after a skipped word, 2 after that
  };
  St stack[64];
  int sp = 0;
  stack[sp++] = {0, i, false, 0};
  size_t best = 0;
  *out = nullptr;
  while (sp > 0) {
    St st = stack[--sp];
    if (st.pos > i && q.last[st.pos - 1] && !t.payloads[st.node].empty() &&
        st.pos > best && st.gap != 1) {
      bool ok = false;
      for (const Payload& p : t.payloads[st.node])
        if (CaseOk(p, q, i, st.pos) && !(p.form_only && st.via_lemma))
          ok = true;
      if (ok) {
        best = st.pos;
        *out = &t.payloads[st.node];
      }
    }
    if (st.pos >= q.n || sp + 2 >= 64) continue;
    // The lemma is pushed first so that the form, popped first, wins a tie
    // of equal length: "Indians" the people (form) over "Indian" the
    // adjective (lemma).
    uint32_t ids[2] = {q.form[st.pos], q.lemma[st.pos]};
    for (int k = 1; k >= 0; --k) {
      if (ids[k] == kNoId || (k == 1 && ids[1] == ids[0])) continue;
      uint32_t c = t.Child(st.node, ids[k]);
      if (c == kNoId || (st.gap == 1 && !t.after_gap[c])) continue;
      stack[sp++] = {c, st.pos + 1, k == 1,
                     static_cast<uint8_t>(st.gap ? 2 : 0)};
    }
    // Inside an open name, one adjective between two of its words
    // ("Ithilen state-run television" for ITHILEN TELEVISION).
    if (t.open[st.node] && st.gap == 0 && q.last[st.pos - 1] && q.adj[st.pos] &&
        sp + 1 < 64) {
      size_t j = st.pos;
      while (j < q.n && q.tok[j] == q.tok[st.pos]) ++j;
      if (j < q.n) stack[sp++] = {st.node, j, false, 1};
    }
  }
  return best;
}

Lexicon::Lexicon() : c_(std::make_unique<Compiled>()) {}
Lexicon::~Lexicon() = default;

std::shared_ptr<const Lexicon> Lexicon::Compile(LexiconData data) {
  std::shared_ptr<Lexicon> lx(new Lexicon());
  lx->data_ = std::move(data);
  const LexiconData& d = lx->data_;
  Compiled& c = *lx->c_;

  // Countries: entries with the same code merge; drops apply to all.
  std::unordered_map<std::string, std::unordered_set<std::string>> drops;
  for (const CountryEntry& e : d.countries) {
    auto [it, inserted] = c.country_index.emplace(
        e.code, static_cast<uint32_t>(c.countries.size()));
    if (inserted) c.countries.push_back({e.code, "", "", e.where});
    Compiled::Country& cc = c.countries[it->second];
    if (!e.cameo.empty()) cc.cameo = e.cameo;
    for (const auto& x : e.drop) drops[e.code].insert(Compiled::Key(x));
  }
  for (const CountryEntry& e : d.countries) {
    Compiled::Country& cc = c.countries[c.country_index[e.code]];
    for (const auto& n : e.names)
      if (cc.name.empty() && !drops[e.code].count(Compiled::Key(n)))
        cc.name = n;
  }
  for (uint32_t i = 0; i < d.countries.size(); ++i) {
    const CountryEntry& e = d.countries[i];
    uint32_t ci = c.country_index[e.code];
    const auto& dr = drops[e.code];
    auto add = [&](const std::vector<std::string>& v, Payload::Type ty) {
      for (const auto& x : v)
        if (!dr.count(Compiled::Key(x))) c.Add(&c.names, x, {ty, -1, ci, i});
    };
    add(e.names, Payload::kCountry);
    add(e.adjectives, Payload::kAdjective);
    add(e.people, Payload::kPeople);
    add(e.capitals, Payload::kCapital);
  }
  for (uint32_t i = 0; i < d.actors.size(); ++i)
    for (const auto& n : d.actors[i].names)
      c.Add(&c.names, n, {Payload::kActor, -1, i, 0},
            std::find(d.actors[i].open_names.begin(),
                      d.actors[i].open_names.end(),
                      n) != d.actors[i].open_names.end());
  for (uint32_t i = 0; i < d.agents.size(); ++i)
    for (const auto& n : d.agents[i].names)
      c.Add(&c.names, n, {Payload::kAgent, -1, i, 0, d.agents[i].exact_forms});
  for (uint32_t i = 0; i < d.discards.size(); ++i) {
    for (const auto& n : d.discards[i].phrases)
      c.Add(&c.discards, n, {Payload::kDiscard, -1, i, 0});
    for (const auto& n : d.discards[i].lemmas)
      c.Add(&c.discards, n, {Payload::kDiscard, -1, i, 0});
  }
  // Synsets: ids, then member closure over includes.
  for (const SynsetEntry& s : d.synsets)
    c.synset_ids.emplace(s.name, static_cast<int>(c.synset_ids.size()));
  c.synset_members.resize(c.synset_ids.size());
  std::vector<std::vector<std::string>> direct(c.synset_ids.size());
  std::vector<std::vector<int>> includes(c.synset_ids.size());
  for (const SynsetEntry& s : d.synsets) {
    int id = c.synset_ids[s.name];
    for (const auto& m : s.members) {
      if (m[0] == '$') {
        auto it = c.synset_ids.find(m);
        if (it != c.synset_ids.end()) includes[id].push_back(it->second);
      } else {
        direct[id].push_back(m);
      }
    }
  }
  for (size_t id = 0; id < direct.size(); ++id) {
    std::vector<int> todo = {static_cast<int>(id)};
    std::vector<char> seen(direct.size(), 0);
    while (!todo.empty()) {
      int x = todo.back();
      todo.pop_back();
      if (seen[x]) continue;
      seen[x] = 1;
      for (const auto& m : direct[x]) {
        c.synset_members[id].insert(Compiled::Key(m));
        c.Add(&c.synsets, m,
              {Payload::kSynset, -1, static_cast<uint32_t>(id), 0});
      }
      for (int y : includes[x]) todo.push_back(y);
    }
  }
  // The patterns' numbers (see PatternCount).
  lx->first_pattern_.assign(1, 0);
  for (const PredicateEntry& e : d.predicates)
    lx->first_pattern_.push_back(lx->first_pattern_.back() +
                                 static_cast<uint32_t>(e.patterns.size()));
  // Predicates, indexed by head word.
  for (uint32_t i = 0; i < d.predicates.size(); ++i) {
    const PredicateEntry& e = d.predicates[i];
    auto& pats = e.noun ? c.noun_patterns : c.verb_patterns;
    auto& nums = e.noun ? c.noun_pattern_numbers : c.verb_pattern_numbers;
    auto& pat_heads = e.noun ? c.noun_pattern_heads : c.verb_pattern_heads;
    auto& ents = e.noun ? c.noun_entries : c.verb_entries;
    std::unordered_set<std::string> heads;
    for (const auto& l : e.lemmas) {
      std::string k = Compiled::Key(l);
      size_t sp = e.noun ? k.rfind(' ') : k.find(' ');
      std::string head = sp == std::string::npos
                             ? k
                             : (e.noun ? k.substr(sp + 1) : k.substr(0, sp));
      heads.insert(head);
      // A verb phrase led by a manner adverb ("sexually abuse", "forcibly
      // displace") is found from its verb as well: the adverb hangs from it.
      if (!e.noun && sp != std::string::npos && sp > 2 &&
          k.compare(sp - 2, 2, "ly") == 0) {
        size_t end = k.find(' ', sp + 1);
        heads.insert(k.substr(sp + 1, end == std::string::npos
                                          ? std::string::npos
                                          : end - sp - 1));
      }
    }
    for (const auto& h : heads) {
      ents[h].push_back(i);
      const uint32_t hi = pat_heads.Insert(h);
      if (hi >= pats.size()) pats.resize(hi + 1);
      if (hi >= nums.size()) nums.resize(hi + 1);
      for (size_t k = 0; k < e.patterns.size(); ++k) {
        pats[hi].push_back(&e.patterns[k]);
        nums[hi].push_back(lx->first_pattern_[i] + static_cast<uint32_t>(k));
      }
    }
  }
  return lx;
}

// ---- matching ------------------------------------------------------------

namespace {

struct Piece {
  MatchPart::Kind kind;
  uint32_t begin, end;       // tokens
  const Payload* p;          // chosen payload (null for kLed/kPossessor-only)
  uint32_t country = kNoId;  // for country-ish pieces
  bool possessive = false;   // followed by 's
  bool led = false;          // "X-led"
};

int Rank(Payload::Type t) {
  switch (t) {
    case Payload::kActor:
      return 0;
    case Payload::kCountry:
      return 1;
    case Payload::kAdjective:
      return 2;
    case Payload::kPeople:
      return 3;
    case Payload::kCapital:
      return 4;
    case Payload::kAgent:
      return 5;
    default:
      return 9;
  }
}

bool IsModifier(const Piece& p) {
  return p.possessive || p.led || p.kind == MatchPart::Kind::kCountry ||
         p.kind == MatchPart::Kind::kAdjective;
}

}  // namespace

namespace {

// PETRARCH's code for an imported actor with role nouns in its mention
// ("Bree Prime Minister Romendacil" -> BRE + GOV, "MSF Arnor diplomat" ->
// NGO + ARN + GOV): prefix agents ([NGO~]) before the actor's code, the
// others after it, skipping a type the code already has.
template <typename AgentOf>
std::string JoinImported(const std::string& raw, size_t n, AgentOf agent) {
  std::string pre, code = raw;
  for (size_t i = 0; i < n; ++i) {
    const AgentEntry& a = agent(i);
    for (const std::string& t : a.types) {
      bool have = false;
      for (size_t k = 0; k + 3 <= code.size(); k += 3)
        have = have || code.compare(k, 3, t) == 0;
      for (size_t k = 0; k + 3 <= pre.size(); k += 3)
        have = have || pre.compare(k, 3, t) == 0;
      if (have) continue;
      (a.prefix ? pre : code) += t;
    }
  }
  return pre + code;
}

}  // namespace

void Lexicon::MatchActors(const Sentence& s, const Date& date,
                          std::vector<ActorMatch>* out) const {
  const Compiled& c = *c_;
  static thread_local SubSeq q;
  c.Fill(s, &q);
  const int ymd = DateKey(date);
  static thread_local std::vector<Piece> pieces;
  pieces.clear();
  auto tok_lower = [&](uint32_t ti) {
    return lex::Lower(s.tokens[ti].norm.empty() ? s.tokens[ti].form
                                                : s.tokens[ti].norm);
  };

  size_t i = 0;
  while (i < q.n) {
    if (i > 0 && q.tok[i - 1] == q.tok[i]) {  // start only at token starts
      ++i;
      continue;
    }
    const std::vector<Payload>* ps = nullptr;
    size_t end = c.Longest(c.names, q, i, &ps);
    // "US-led": a country/actor name ending mid-token before "led".
    bool led = false;
    if (!end) {
      const std::vector<Payload>* ps2 = nullptr;
      // Try without the boundary rule: walk the form ids directly.
      uint32_t node = 0;
      size_t j = i;
      size_t cand = 0;
      while (j < q.n && q.tok[j] == q.tok[i]) {
        node = c.names.Child(node, q.form[j]);
        if (node == kNoId) break;
        ++j;
        if (!c.names.payloads[node].empty() && j < q.n &&
            q.tok[j] == q.tok[i] && q.text[j] == "led" && q.last[j]) {
          cand = j + 1;
          ps2 = &c.names.payloads[node];
        }
      }
      if (cand) {
        end = cand;
        ps = ps2;
        led = true;
      }
    }
    if (!end) {
      ++i;
      continue;
    }
    // Choose the payload: the best rank that passes the case rule; among
    // actors, the latest source.
    const Payload* best = nullptr;
    for (const Payload& p : *ps) {
      if (p.type > Payload::kAgent) continue;
      if (!led && !c.CaseOk(p, q, i, end)) continue;
      // A role noun is a noun: not "forced" (force), "guards" as a verb.
      if (p.type == Payload::kAgent && s.tagged &&
          s.tokens[q.tok[end - 1]].upos == UPos::kVERB)
        continue;
      if (!best || Rank(p.type) < Rank(best->type) ||
          (p.type == Payload::kActor && best->type == Payload::kActor &&
           data_.actors[p.a].source > data_.actors[best->a].source))
        best = &p;
    }
    if (!best) {
      ++i;
      continue;
    }
    Piece pc;
    pc.p = best;
    pc.begin = q.tok[i];
    pc.end = q.tok[end - 1] + 1;
    pc.led = led;
    switch (best->type) {
      case Payload::kActor:
        pc.kind = MatchPart::Kind::kActor;
        break;
      case Payload::kCountry:
        pc.kind = MatchPart::Kind::kCountry;
        break;
      case Payload::kAdjective:
        pc.kind = MatchPart::Kind::kAdjective;
        break;
      case Payload::kPeople:
        pc.kind = MatchPart::Kind::kPeople;
        break;
      case Payload::kCapital:
        pc.kind = MatchPart::Kind::kCapital;
        break;
      default:
        pc.kind = MatchPart::Kind::kAgent;
        break;
    }
    if (best->type <= Payload::kCapital && best->type != Payload::kActor)
      pc.country = best->a;
    size_t next = end;
    if (!led && pc.end < s.tokens.size() && best->type != Payload::kAgent &&
        best->type != Payload::kPeople) {
      std::string nt = tok_lower(pc.end);
      if (nt == "'s" || nt == "'" || nt == "\xE2\x80\x99s" ||
          nt == "\xE2\x80\x99") {
        pc.possessive = true;
        pc.end += 1;
      } else if ((nt == "-" || nt == "led") && best->type != Payload::kAgent) {
        // "US - led" / "US led" as separate tokens.
        uint32_t k = pc.end + (nt == "-" ? 1 : 0);
        if (k < s.tokens.size() && tok_lower(k) == "led") {
          pc.led = true;
          pc.end = k + 1;
        }
      }
    }
    while (next < q.n && q.tok[next] < pc.end) ++next;
    pieces.push_back(pc);
    i = next;
  }

  // Group adjacent pieces into mentions.
  auto bridge = [&](uint32_t from, uint32_t to, const Piece& prev) {
    if (from == to) return true;
    if (to - from > 3) return false;
    for (uint32_t k = from; k < to; ++k) {
      const Token& t = s.tokens[k];
      if (s.tagged) {
        // "Ithilen's awful and evil minister": a conjunction between
        // two adjectives.
        if (t.upos == UPos::kCCONJ && k > from && k + 1 < to &&
            s.tokens[k - 1].upos == UPos::kADJ &&
            s.tokens[k + 1].upos == UPos::kADJ)
          continue;
        if (t.upos != UPos::kADJ && t.upos != UPos::kNOUN &&
            t.upos != UPos::kPROPN && t.upos != UPos::kNUM)
          return false;
      } else {
        // Untagged: only after a possessor or X-led, lowercase words.
        if (!prev.possessive && !prev.led) return false;
        std::string_view f = t.form;
        if (f.empty() || !(f[0] >= 'a' && f[0] <= 'z')) return false;
        if (IsFunctionWord(f) || f == "and" || f == "or" || f == "the")
          return false;
      }
    }
    return true;
  };
  auto can_follow = [&](const Piece& prev, const Piece& next) {
    if (next.kind == MatchPart::Kind::kPeople ||
        next.kind == MatchPart::Kind::kCapital)
      return false;
    if (IsModifier(prev))
      return next.kind == MatchPart::Kind::kAgent ||
             next.kind == MatchPart::Kind::kActor ||
             (next.kind == MatchPart::Kind::kAdjective && !prev.possessive);
    if (prev.kind == MatchPart::Kind::kAgent)
      return next.kind == MatchPart::Kind::kAgent ||
             next.kind == MatchPart::Kind::kActor;
    if (prev.kind == MatchPart::Kind::kActor)
      return next.kind == MatchPart::Kind::kAgent && next.begin == prev.end;
    return false;
  };

  auto text_of = [&](uint32_t b, uint32_t e) {
    std::string t;
    for (uint32_t k = b; k < e; ++k) {
      if (k > b && s.tokens[k - 1].space_after) t += ' ';
      t += s.tokens[k].form;
    }
    return t;
  };

  auto ImportedCode = [&](const std::string& raw,
                          const std::vector<const Piece*>& ags) {
    return JoinImported(raw, ags.size(), [&](size_t i) -> const AgentEntry& {
      return data_.agents[ags[i]->p->a];
    });
  };

  size_t g = 0;
  while (g < pieces.size()) {
    size_t h = g + 1;
    while (h < pieces.size() && can_follow(pieces[h - 1], pieces[h]) &&
           bridge(pieces[h - 1].end, pieces[h].begin, pieces[h - 1]))
      ++h;
    // Resolve pieces[g, h).
    ActorMatch m;
    m.begin = pieces[g].begin;
    m.end = pieces[h - 1].end;
    uint32_t mod_country = kNoId;
    const ActorRole* mod_role = nullptr;  // a possessive/led named actor
    bool led_country = false;
    const Piece* actor = nullptr;
    const ActorRole* role = nullptr;
    std::vector<const Piece*> agents_after_actor, agents;
    for (size_t k = g; k < h; ++k) {
      const Piece& pc = pieces[k];
      MatchPart part;
      part.kind = pc.led          ? MatchPart::Kind::kLed
                  : pc.possessive ? MatchPart::Kind::kPossessor
                                  : pc.kind;
      part.begin = pc.begin;
      part.end = pc.end;
      part.text = text_of(pc.begin, pc.end);
      switch (pc.kind) {
        case MatchPart::Kind::kActor: {
          const ActorEntry& a = data_.actors[pc.p->a];
          part.entry = a.where;
          const ActorRole* r = a.RoleAt(ymd);
          if ((pc.possessive || pc.led) && k + 1 < h) {
            if (r && !mod_role) mod_role = r;
            if (r && !r->country.empty()) {
              auto it = c.country_index.find(r->country);
              if (it != c.country_index.end()) {
                if (!led_country) mod_country = it->second;
                led_country = led_country || pc.led;
              }
            }
          } else {
            actor = &pc;
            role = r;
            agents_after_actor.clear();
          }
          part.value = a.names[0];
          if (r) {
            part.value += " -> " + (r->country.empty() ? "-" : r->country);
            if (!r->group.empty()) part.value += " +" + r->group;
            for (const auto& t : r->types) part.value += " " + t;
            if (r->dated) part.value += " (" + r->dates.ToString() + ")";
            part.entry = r->where;
          }
          break;
        }
        case MatchPart::Kind::kAgent: {
          const AgentEntry& a = data_.agents[pc.p->a];
          part.entry = a.where;
          for (const auto& t : a.types)
            part.value += (part.value.empty() ? "" : " ") + t;
          agents.push_back(&pc);
          if (actor) agents_after_actor.push_back(&pc);
          break;
        }
        default: {
          part.entry = data_.countries[pc.p->b].where;
          part.value = c.countries[pc.country].code;
          if (pc.kind == MatchPart::Kind::kPeople) part.value += " CVL";
          if (!led_country) mod_country = pc.country;
          led_country = led_country || pc.led;
          break;
        }
      }
      m.parts.push_back(std::move(part));
    }
    auto set_country = [&](uint32_t ci) {
      if (ci == kNoId) return;
      m.country = c.countries[ci].code;
    };
    if (actor && role) {
      const ActorEntry& a = data_.actors[actor->p->a];
      m.name = a.names[0];
      m.entry = role->where;
      m.country = role->country;
      if (m.country.empty() && role->group.empty()) set_country(mod_country);
      m.group = role->group;
      m.types = role->types;
      if (!agents_after_actor.empty() &&
          (!role->group.empty() || role->types.empty())) {
        m.types.clear();
        for (const Piece* ap : agents_after_actor)
          for (const auto& t : data_.agents[ap->p->a].types)
            if (std::find(m.types.begin(), m.types.end(), t) == m.types.end())
              m.types.push_back(t);
      }
      if (!role->raw_code.empty())
        m.code = ImportedCode(role->raw_code, agents);
      if (mod_role && !mod_role->raw_code.empty() && !role->raw_code.empty() &&
          !led_country) {
        // "Arnor's Elrond", "Ithilen's minister Calimehtar" with imported
        // codes: PETRARCH codes the possessor (ARN; ITH + GOV), not the
        // possessed person's own code.
        m.country = mod_role->country;
        m.group = mod_role->group;
        m.code = ImportedCode(mod_role->raw_code, agents);
      }
    } else if (!agents.empty()) {
      set_country(mod_country);
      if (mod_country == kNoId && mod_role && !mod_role->raw_code.empty()) {
        // "Gondor's Prime Minister" with an imported Gondor [GON]: PETRARCH
        // joins the actor's code and the agent's (GONGOV).
        m.country = mod_role->country;
        m.group = mod_role->group;
        m.code = ImportedCode(mod_role->raw_code, agents);
      } else if (mod_country == kNoId && mod_role && !led_country) {
        // "the UN's special envoy": a known group without a country names
        // whose the role is (UNO GOV).
        m.group = mod_role->group;
      }
      for (const Piece* ap : agents)
        for (const auto& t : data_.agents[ap->p->a].types)
          if (std::find(m.types.begin(), m.types.end(), t) == m.types.end())
            m.types.push_back(t);
      const AgentEntry& last = data_.agents[agents.back()->p->a];
      m.entry = last.where;
      // The role as the text names it ("foreign minister"), not the entry's
      // first alias ("secretary of state").
      m.name = lex::Lower(text_of(agents.back()->begin, agents.back()->end));
      m.agent_only = m.country.empty();
      if (actor) m.name = data_.actors[actor->p->a].names[0];
    } else if (!actor) {
      const Piece& pc = pieces[g];
      set_country(mod_country == kNoId ? pc.country : mod_country);
      m.name = c.countries[pc.country].name;
      m.entry = data_.countries[pc.p->b].where;
      if (pc.kind == MatchPart::Kind::kPeople) m.types.push_back("CVL");
      if (pc.kind == MatchPart::Kind::kCapital) m.capital = true;
    } else {
      // A named actor with no role at this date and nothing else: skip.
      g = h;
      continue;
    }
    if (m.code.empty()) {
      auto it = c.country_index.find(m.country);
      if (it != c.country_index.end() && !c.countries[it->second].cameo.empty())
        m.code = c.countries[it->second].cameo;
      else
        m.code = m.country;
      m.code += m.group;
      for (const auto& t : m.types) m.code += t;
    }
    out->push_back(std::move(m));
    g = h;
  }
}

bool Lexicon::ResolvePhrase(std::string_view phrase, const Date& date,
                            ActorMatch* out) const {
  static const Segmenter seg;
  std::string text(phrase);
  Sentence s;
  seg.Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &s.tokens);
  // A phrase is not a sentence: rejoin a final abbreviation ("U.S" ".").
  if (s.tokens.size() >= 2 && s.tokens.back().form == "." &&
      s.tokens[s.tokens.size() - 2].form.find('.') != std::string_view::npos &&
      s.tokens[s.tokens.size() - 2].span.end == s.tokens.back().span.begin) {
    Token& t = s.tokens[s.tokens.size() - 2];
    t.span.end = s.tokens.back().span.end;
    t.form = std::string_view(text).substr(t.span.begin, t.span.size());
    t.norm += ".";
    s.tokens.pop_back();
  }
  std::vector<ActorMatch> ms;
  MatchActors(s, date, &ms);
  if (ms.empty()) return false;
  size_t best = 0;
  for (size_t k = 1; k < ms.size(); ++k)
    if (ms[k].end - ms[k].begin > ms[best].end - ms[best].begin) best = k;
  *out = std::move(ms[best]);
  return true;
}

const AgentEntry* Lexicon::FindAgent(std::string_view phrase) const {
  const Compiled& c = *c_;
  std::vector<std::string> subs;
  for (const auto& t : TokenizeName(phrase)) SubTokens(t, &subs);
  uint32_t node = 0;
  for (const auto& sub : subs) {
    uint32_t id = c.Id(sub);
    if (id == kNoId) return nullptr;
    node = c.names.Child(node, id);
    if (node == kNoId) return nullptr;
  }
  for (const Payload& p : c.names.payloads[node])
    if (p.type == Payload::kAgent) return &data_.agents[p.a];
  return nullptr;
}

const std::vector<const Pattern*>& Lexicon::PatternsFor(std::string_view lemma,
                                                        bool noun) const {
  static const std::vector<const Pattern*> kEmpty;
  const uint32_t hi = noun ? c_->noun_pattern_heads.Find(lemma)
                           : c_->verb_pattern_heads.Find(lemma);
  if (hi == lex::StrIndex::kNone) return kEmpty;
  return noun ? c_->noun_patterns[hi] : c_->verb_patterns[hi];
}

const Pattern& Lexicon::PatternAt(uint32_t k) const {
  // The last entry whose first pattern is at most k (entries without
  // patterns share their number with the next one).
  const size_t i = static_cast<size_t>(
      std::upper_bound(first_pattern_.begin(), first_pattern_.end(), k) -
      first_pattern_.begin() - 1);
  return data_.predicates[i].patterns[k - first_pattern_[i]];
}

const std::vector<uint32_t>& Lexicon::PatternNumbers(
    const std::vector<const Pattern*>& list) const {
  static const std::vector<uint32_t> kEmpty;
  for (const auto* v : {&c_->verb_patterns, &c_->noun_patterns})
    if (!v->empty() && &list >= v->data() && &list < v->data() + v->size())
      return (v == &c_->verb_patterns
                  ? c_->verb_pattern_numbers
                  : c_->noun_pattern_numbers)[static_cast<size_t>(&list -
                                                                  v->data())];
  return kEmpty;
}

std::vector<const PredicateEntry*> Lexicon::PredicatesFor(
    std::string_view lemma, bool noun) const {
  std::vector<const PredicateEntry*> out;
  const auto& m = noun ? c_->noun_entries : c_->verb_entries;
  auto it = m.find(std::string(lemma));
  if (it != m.end())
    for (uint32_t i : it->second) out.push_back(&data_.predicates[i]);
  return out;
}

int Lexicon::SynsetId(std::string_view name) const {
  static thread_local std::string key;  // no allocation per lookup
  key.assign(name);
  auto it = c_->synset_ids.find(key);
  return it == c_->synset_ids.end() ? -1 : it->second;
}

bool Lexicon::InSynset(int id, std::string_view lemma) const {
  if (id < 0 || id >= static_cast<int>(c_->synset_members.size())) return false;
  return c_->synset_members[id].count(lex::CachedKey(lemma, &Compiled::Key)) !=
         0;
}

struct Lexicon::PreparedSentence {
  const Sentence* s = nullptr;
  const Lexicon::Compiled* c = nullptr;
  SubSeq q;
};

std::shared_ptr<const Lexicon::PreparedSentence> Lexicon::Prepare(
    const Sentence& s) const {
  // The last one this thread made is reused, buffers and all, once no one
  // else holds it (the coder prepares one sentence at a time): its
  // allocations were a tenth of the coder's instructions.  The acquire
  // fence orders the reuse after the last holder's reads (released when
  // it dropped its reference).
  static thread_local std::shared_ptr<PreparedSentence> spare;
  if (!spare || spare.use_count() != 1) {
    spare = std::make_shared<PreparedSentence>();
  } else {
    std::atomic_thread_fence(std::memory_order_acquire);
  }
  PreparedSentence* p = spare.get();
  p->s = &s;
  p->c = c_.get();
  c_->Fill(s, &p->q);
  return spare;
}

int Lexicon::MatchSynsetAt(const Sentence& s, size_t i, int id) const {
  if (id < 0 || i >= s.tokens.size()) return 0;
  return MatchSynsetAt(*Prepare(s), i, id);
}

int Lexicon::MatchSynsetAt(const PreparedSentence& prep, size_t i,
                           int id) const {
  const Sentence& s = *prep.s;
  if (id < 0 || i >= s.tokens.size() || prep.c != c_.get()) return 0;
  const Compiled& c = *c_;
  const SubSeq& q = prep.q;
  // The first sub-token of token i (q.tok is non-decreasing).
  const size_t start = static_cast<size_t>(
      std::lower_bound(q.tok.begin(), q.tok.begin() + q.n, i) - q.tok.begin());
  // Walk all paths, keep the longest end whose payloads include id.
  struct St {
    uint32_t node;
    size_t pos;
  };
  static thread_local std::vector<St> stack;
  stack.assign(1, St{0, start});
  int best = 0;
  while (!stack.empty()) {
    St st = stack.back();
    stack.pop_back();
    if (st.pos > start && q.last[st.pos - 1]) {
      for (const Payload& p : c.synsets.payloads[st.node])
        if (p.a == static_cast<uint32_t>(id)) {
          int len = static_cast<int>(q.tok[st.pos - 1] + 1 - i);
          best = std::max(best, len);
        }
    }
    if (st.pos >= q.n) continue;
    // Both the form and the tagger's lemma may continue a synset path.
    uint32_t ids[2] = {q.form[st.pos], q.lemma[st.pos]};
    for (int k = 0; k < 2; ++k) {
      if (ids[k] == kNoId || (k == 1 && ids[1] == ids[0])) continue;
      uint32_t ch = c.synsets.Child(st.node, ids[k]);
      if (ch != kNoId) stack.push_back({ch, st.pos + 1});
    }
  }
  return best;
}

const DiscardEntry* Lexicon::MatchDiscard(const Sentence& s) const {
  if (c_->discards.payloads.size() <= 1) return nullptr;
  static thread_local PreparedSentence p;
  p.s = &s;
  p.c = c_.get();
  c_->Fill(s, &p.q);
  return MatchDiscard(p);
}

const DiscardEntry* Lexicon::MatchDiscard(const PreparedSentence& prep) const {
  const Compiled& c = *c_;
  if (c.discards.payloads.size() <= 1 || prep.c != c_.get()) return nullptr;
  const SubSeq& q = prep.q;
  for (size_t i = 0; i < q.n; ++i) {
    if (i > 0 && q.tok[i - 1] == q.tok[i]) continue;
    const std::vector<Payload>* ps = nullptr;
    if (c.Longest(c.discards, q, i, &ps) && ps)
      for (const Payload& p : *ps)
        if (c.CaseOk(p, q, i, i + 1) || p.alt < 0) return &data_.discards[p.a];
  }
  return nullptr;
}

}  // namespace khaldun
