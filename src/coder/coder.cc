#include "khaldun/coder.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "coder/tree.h"
#include "khaldun/cameo.h"
#include "khaldun/lexicon.h"

namespace khaldun {
namespace coder {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}

// Modal and future auxiliaries: the event has not happened.
bool IsModal(std::string_view lemma) {
  return In(lemma, {"could", "would", "might", "may", "should", "can", "must",
                    "will", "shall", "'d", "'ll", "wo", "ca", "ought"});
}

bool IsNegator(std::string_view lemma) {
  return In(lemma, {"not", "n't", "never", "no", "neither", "nor"});
}

// Verbs whose xcomp/ccomp complement is negated ("refused to withdraw",
// "denied that it attacked").
bool IsNegatingGovernor(std::string_view lemma) {
  return In(lemma, {"refuse", "decline", "reject", "fail", "deny", "avoid",
                    "rule", "oppose", "resist", "forgo", "cease", "stop",
                    "halt", "abandon", "renounce"});
}

// Verbs after which an xcomp complement has happened ("began shelling").
bool IsImplicative(std::string_view lemma) {
  return In(lemma, {"begin", "start", "continue", "resume", "manage", "keep",
                    "proceed", "go", "escalate", "intensify", "step"});
}

// Verbs whose object noun is an event performed by their subject
// ("launched strikes", "voiced criticism").
bool IsLightVerb(std::string_view lemma) {
  return In(
      lemma,
      {"launch", "carry",   "conduct",  "stage",   "mount",     "make",
       "issue",  "express", "voice",    "hold",    "intensify", "continue",
       "begin",  "resume",  "announce", "order",   "deliver",   "lodge",
       "file",   "level",   "unleash",  "step",    "renew",     "reiterate",
       "repeat", "extend",  "offer",    "give",    "provide",   "send",
       "impose", "sign",    "pay",      "perform", "undertake", "initiate",
       "start"});
}

bool IsPersonPronoun(std::string_view l) {
  return In(l,
            {"he", "she", "him", "her", "his", "hers", "himself", "herself"});
}
bool IsThingPronoun(std::string_view l) {
  return In(l, {"it", "its", "itself"});
}
bool IsPluralPronoun(std::string_view l) {
  return In(l, {"they", "them", "their", "theirs", "themselves"});
}

// An actor usable as a source or target has a country or a known group
// (a bare "officials" or a news agency has neither).
bool Identified(const ActorMatch& m) {
  return !m.country.empty() || !m.group.empty();
}

Span TokenSpan(const Sentence& s, uint32_t b, uint32_t e) {
  if (b >= e || e > s.tokens.size()) return {};
  return {s.tokens[b].span.begin, s.tokens[e - 1].span.end};
}

struct Prior {
  ActorMatch m;
  bool person = false;
  std::string text;
  Span span;
};

// An actor resolved at a tree node.
struct Resolved {
  ActorMatch m;
  std::string text;
  Span span;
  double conf = 1.0;
  std::string how;  // "lexicon", "coref", "modifier"
};

struct Binding {
  int source = -1;
  int target = -1;
  int loose = 0;          // elements matched below their expected place
  std::vector<int> path;  // content nodes matched after the predicate
};

}  // namespace

// Per-document state: coreference memory.
struct DocState {
  std::vector<Prior> priors;
};

}  // namespace coder

struct EventCoder::Impl {
  std::unordered_set<std::string> person_entries;
};

namespace coder {
namespace {

class SentenceCoder {
 public:
  SentenceCoder(const Lexicon& lex, const EventCoder::Impl& impl,
                const Document& doc, int si, DocState* state,
                std::string* explain,
                std::vector<ActorMatch>* matched = nullptr)
      : lex_(lex),
        impl_(impl),
        doc_(doc),
        si_(si),
        s_(doc.sentences[si]),
        tree_(s_),
        state_(state),
        explain_(explain),
        matched_(matched) {}

  void Run(std::vector<Event>* events);

 private:
  bool IsPerson(const ActorMatch& m) const;
  void Explain(const std::string& line) {
    if (explain_) *explain_ += "  " + line + "\n";
  }
  std::string Word(int i) const { return std::string(tree_.tok(i).form); }

  // Actors.
  bool ResolveSingle(int n, Resolved* out, int depth) const;
  void ResolveNode(int n, std::vector<Resolved>* out) const;
  bool Coref(int n, Resolved* out) const;

  // Arguments.
  int SubjectOf(int v, int depth) const;
  int NounSource(int n) const;
  int DefaultSource(int p, bool noun) const;

  // Patterns.
  bool MatchPattern(const Pattern& pat, int p, Binding* b) const;
  bool MatchFrom(const Pattern& pat, size_t ei, Binding* b) const;
  bool MatchContent(const Pattern& pat, size_t ei, std::string_view marker,
                    Binding* b) const;
  bool ElementMatches(const PatternElement& e, int c) const;
  bool PhraseLemmaPresent(const Pattern& pat, int p) const;

  // Truthfulness.
  bool Negated(int p, const Binding& b, std::string* why) const;
  bool Unrealised(int p, bool modal_keep, std::string* why) const;

  const Lexicon& lex_;
  const EventCoder::Impl& impl_;
  const Document& doc_;
  int si_;
  const Sentence& s_;
  DepTree tree_;
  DocState* state_;
  std::string* explain_;
  std::vector<ActorMatch>* matched_;  // MatchActors() done by the caller
  std::vector<ActorMatch> matches_;
  std::vector<int> match_at_;  // token -> index in matches_, or -1
};

bool SentenceCoder::IsPerson(const ActorMatch& m) const {
  for (const MatchPart& part : m.parts)
    if ((part.kind == MatchPart::Kind::kActor ||
         part.kind == MatchPart::Kind::kAgent) &&
        impl_.person_entries.count(part.entry))
      return true;
  return impl_.person_entries.count(m.entry) > 0;
}

bool SentenceCoder::Coref(int n, Resolved* out) const {
  const std::string& l = tree_.lemma(n);
  bool person = IsPersonPronoun(l);
  bool thing = IsThingPronoun(l);
  bool plural = IsPluralPronoun(l);
  if (!person && !thing && !plural) return false;
  auto fits = [&](const ActorMatch& m) {
    if (!Identified(m)) return false;
    bool p = IsPerson(m);
    if (person) return p;
    return !p;
  };
  // Earlier in this sentence first, then earlier sentences, most recent
  // first.
  for (int i = static_cast<int>(matches_.size()) - 1; i >= 0; --i) {
    const ActorMatch& m = matches_[i];
    if (m.end > static_cast<uint32_t>(n)) continue;
    if (fits(m)) {
      out->m = m;
      out->conf = 0.85;
      out->how = "coref";
      return true;
    }
  }
  for (auto it = state_->priors.rbegin(); it != state_->priors.rend(); ++it) {
    if (it->person != person && !plural) continue;
    if (fits(it->m)) {
      out->m = it->m;
      out->conf = 0.8;
      out->how = "coref";
      return true;
    }
  }
  return false;
}

bool SentenceCoder::ResolveSingle(int n, Resolved* out, int depth) const {
  if (n < 0 || depth > 3) return false;
  const Token& t = tree_.tok(n);
  int mi = match_at_[n];
  if (mi >= 0) {
    const ActorMatch& m = matches_[mi];
    out->m = m;
    out->span = TokenSpan(s_, m.begin, m.end);
    out->text = std::string(doc_.slice(out->span));
    out->how = "lexicon";
    out->conf = 1.0;
    if (!Identified(m)) {
      // A role noun alone ("the security forces of Iraq"): a country from
      // its modifiers outside the match.
      for (int c : tree_.children(n)) {
        if (c >= static_cast<int>(m.begin) && c < static_cast<int>(m.end))
          continue;
        bool mod = tree_.IsAny(c, {"nmod:poss", "amod", "compound"});
        if (tree_.Is(c, "nmod") &&
            In(tree_.Marker(c), {"of", "from", "in", "within"}))
          mod = true;
        if (!mod) continue;
        Resolved r;
        if (ResolveSingle(c, &r, depth + 1) && !r.m.country.empty()) {
          out->m.country = r.m.country;
          out->m.code = r.m.code.substr(0, 3);
          for (const std::string& ty : m.types) out->m.code += ty;
          out->how = "modifier";
          out->conf = 0.9;
          break;
        }
      }
    }
    return true;
  }
  if (t.upos == UPos::kPRON) {
    if (Coref(n, out)) {
      out->span = t.span;
      out->text = std::string(t.form);
      return true;
    }
    return false;
  }
  // Not an actor itself (an event noun, "groups", "nations"): its
  // possessor, modifiers, apposition, "including X", or where it is.
  // A possessive pronoun comes last: "his Iraqi counterpart" is Iraqi.
  for (int pass = 0; pass < 4; ++pass) {
    for (int c : tree_.children(n)) {
      bool take = false;
      const bool pron = tree_.upos(c) == UPos::kPRON;
      if (pass == 0) take = tree_.Is(c, "nmod:poss") && !pron;
      if (pass == 3) take = tree_.Is(c, "nmod:poss") && pron;
      if (pass == 1)
        take = tree_.IsAny(c, {"compound", "amod", "appos"}) ||
               (tree_.Is(c, "nmod") &&
                In(tree_.Marker(c), {"including", "like", "such"}));
      if (pass == 2)
        take = tree_.Is(c, "nmod") &&
               In(tree_.Marker(c), {"within", "in", "inside"});
      if (take && ResolveSingle(c, out, depth + 1)) {
        out->conf *= 0.9;
        out->how = "modifier";
        return true;
      }
    }
  }
  return false;
}

void SentenceCoder::ResolveNode(int n, std::vector<Resolved>* out) const {
  if (n < 0) return;
  Resolved r;
  if (ResolveSingle(n, &r, 0)) out->push_back(r);
  std::vector<int> conj;
  tree_.Conjuncts(n, &conj);
  for (int c : conj) {
    Resolved rc;
    if (ResolveSingle(c, &rc, 0)) out->push_back(rc);
  }
}

int SentenceCoder::SubjectOf(int v, int depth) const {
  if (v < 0 || depth > 6) return -1;
  // Passive: the by-agent is the source.
  if (tree_.Child(v, {"nsubj:pass", "aux:pass"}) >= 0) {
    for (int c : tree_.children(v))
      if (tree_.Is(c, "obl") && tree_.Marker(c) == "by") return c;
    return -1;
  }
  int s = tree_.Child(v, {"nsubj"});
  if (s >= 0) {
    if (tree_.Is(v, "acl:relcl") &&
        In(tree_.lemma(s), {"who", "which", "that"}))
      return tree_.head(v);
    return s;
  }
  int h = tree_.head(v);
  if (h < 0) return -1;
  if (tree_.Is(v, "xcomp")) {
    int o = tree_.Child(h, {"obj", "iobj"});
    if (o >= 0 && tree_.IsNominal(o)) return o;
    return SubjectOf(h, depth + 1);
  }
  if (tree_.Is(v, "conj")) return SubjectOf(tree_.ConjHead(v), depth + 1);
  if (tree_.Is(v, "acl:relcl")) return h;
  if (tree_.IsAny(v, {"advcl", "acl"})) {
    // "has no plans to withdraw": the planner; "condemning ...": the
    // subject of the clause it hangs from.
    if (!tree_.IsVerbal(h) && tree_.Child(h, {"nsubj"}) < 0 &&
        tree_.head(h) >= 0 && tree_.IsAny(h, {"obj", "nsubj:pass"}))
      return SubjectOf(tree_.head(h), depth + 1);
    if (!tree_.IsVerbal(h)) return NounSource(h);
    return SubjectOf(h, depth + 1);
  }
  return -1;
}

int SentenceCoder::NounSource(int n) const {
  int c = tree_.Child(n, {"nmod:poss"});
  if (c >= 0) return c;
  for (int k : tree_.children(n))
    if (tree_.IsAny(k, {"compound", "amod"}) && match_at_[k] >= 0 &&
        static_cast<int>(matches_[match_at_[k]].end) <= n + 1 &&
        match_at_[k] != match_at_[n])
      return k;
  for (int k : tree_.children(n))
    if (tree_.Is(k, "nmod") && tree_.Marker(k) == "by") return k;
  int s = tree_.Child(n, {"nsubj"});  // "Iraq has been a critic of ..."
  if (s >= 0) return s;
  int h = tree_.head(n);
  if (h >= 0 && tree_.Is(n, "obj") && IsLightVerb(tree_.lemma(h)))
    return SubjectOf(h, 0);
  if (tree_.Is(n, "conj")) {
    int ch = tree_.ConjHead(n);
    if (ch != n) return NounSource(ch);
  }
  return -1;
}

int SentenceCoder::DefaultSource(int p, bool noun) const {
  return noun ? NounSource(p) : SubjectOf(p, 0);
}

bool SentenceCoder::ElementMatches(const PatternElement& e, int c) const {
  switch (e.kind) {
    case PatternElement::Kind::kTarget:
    case PatternElement::Kind::kSource:
      return tree_.IsNominal(c);
    case PatternElement::Kind::kAny:
      return tree_.upos(c) != UPos::kPUNCT;
    case PatternElement::Kind::kLiteral:
      return tree_.lemma(c) == e.text;
    case PatternElement::Kind::kSynset: {
      int id = lex_.SynsetId(e.text);
      if (id < 0) return false;
      if (lex_.InSynset(id, tree_.lemma(c))) return true;
      // Two-word members: "air strike", "pull out", "peace talks".
      for (int k : tree_.children(c)) {
        if (tree_.IsAny(k, {"compound", "compound:prt", "amod"})) {
          std::string phrase = k < c ? tree_.lemma(k) + " " + tree_.lemma(c)
                                     : tree_.lemma(c) + " " + tree_.lemma(k);
          if (lex_.InSynset(id, phrase)) return true;
        }
      }
      return false;
    }
    case PatternElement::Kind::kPredicate:
      return false;
  }
  return false;
}

bool SentenceCoder::MatchContent(const Pattern& pat, size_t ei,
                                 std::string_view marker, Binding* b) const {
  const PatternElement& e = pat.elements[ei];
  // Anchors: the path so far, most recent first; each anchor's children and
  // its conjuncts' children are candidates.
  std::vector<int> anchors(b->path.rbegin(), b->path.rend());
  for (int a : anchors) {
    std::vector<int> heads = {a};
    tree_.Conjuncts(a, &heads);
    for (int h : heads) {
      for (int c : tree_.children(h)) {
        if (tree_.IsAny(
                c, {"punct", "case", "mark", "det", "cc", "aux", "cop", "conj",
                    "cc:preconj", "dep", "expl", "discourse", "vocative"}))
          continue;
        // The subject is the source, never a later element (a passive
        // subject is the patient and may be the target).
        if (tree_.rel(c) == "nsubj" || tree_.rel(c) == "csubj") continue;
        std::string_view m = tree_.Marker(c);
        if (marker.empty()) {
          // A bare element is a core argument: no preposition.
          if (tree_.Child(c, {"case"}) >= 0) continue;
        } else if (m != marker) {
          continue;
        }
        std::vector<int> cands = {c};
        tree_.Conjuncts(c, &cands);
        // A word class or literal may also sit one level below a candidate
        // or its conjuncts, through a modifier, conjunct or object without
        // a preposition of its own: this absorbs common tagging slips inside
        // noun phrases ("an [immediate]ADJ and orderly [negotiated]VERB
        // exit", where "exit" ends up as the object of "negotiated").  Such
        // matches are "loose" and lower the confidence.
        const size_t direct = cands.size();
        if (e.kind == PatternElement::Kind::kSynset ||
            (e.kind == PatternElement::Kind::kLiteral && !e.function_word)) {
          for (size_t k = 0; k < direct; ++k)
            for (int d : tree_.children(cands[k]))
              if (tree_.IsAny(d, {"amod", "conj", "obj", "nmod", "compound",
                                  "acl", "xcomp"}) &&
                  tree_.Child(d, {"case"}) < 0)
                cands.push_back(d);
        }
        for (size_t k = 0; k < cands.size(); ++k) {
          int cand = cands[k];
          if (!ElementMatches(e, cand)) continue;
          Binding saved = *b;
          if (k >= direct) ++b->loose;
          if (e.kind == PatternElement::Kind::kTarget) b->target = cand;
          if (e.kind == PatternElement::Kind::kSource) b->source = cand;
          b->path.push_back(cand);
          if (MatchFrom(pat, ei + 1, b)) return true;
          *b = saved;
        }
      }
    }
  }
  return false;
}

bool SentenceCoder::MatchFrom(const Pattern& pat, size_t ei, Binding* b) const {
  const auto& els = pat.elements;
  if (ei >= els.size()) return true;
  const PatternElement& e = els[ei];
  if (e.kind == PatternElement::Kind::kLiteral && e.function_word) {
    size_t j = ei;
    while (j < els.size() && els[j].kind == PatternElement::Kind::kLiteral &&
           els[j].function_word)
      ++j;
    bool followed = j < els.size();
    size_t particles_end = followed ? j - 1 : j;
    int last = b->path.back();
    for (size_t k = ei; k < particles_end; ++k) {
      if (tree_.ChildLemma(last, {"compound:prt", "advmod", "obl", "case"},
                           els[k].text) < 0)
        return false;
    }
    if (!followed) return true;
    return MatchContent(pat, j, els[j - 1].text, b);
  }
  return MatchContent(pat, ei, {}, b);
}

bool SentenceCoder::PhraseLemmaPresent(const Pattern& pat, int p) const {
  if (pat.entry < 0) return true;
  const PredicateEntry& pe = lex_.data().predicates[pat.entry];
  const std::string& l = tree_.lemma(p);
  bool any_phrase = false;
  for (const std::string& lemma : pe.lemmas) {
    if (lemma == l) return true;
    if (lemma.find(' ') == std::string::npos) continue;
    any_phrase = true;
    // Every other word of the phrase must hang from the predicate.
    bool ok = true, has_head = false;
    size_t pos = 0;
    while (pos <= lemma.size()) {
      size_t sp = lemma.find(' ', pos);
      std::string_view w = std::string_view(lemma).substr(
          pos, sp == std::string::npos ? std::string::npos : sp - pos);
      if (w == l) {
        has_head = true;
      } else {
        bool found = false;
        for (int c : tree_.children(p))
          if (tree_.lemma(c) == w) found = true;
        if (!found) ok = false;
      }
      if (sp == std::string::npos) break;
      pos = sp + 1;
    }
    if (ok && has_head) return true;
  }
  return !any_phrase;
}

bool SentenceCoder::MatchPattern(const Pattern& pat, int p, Binding* b) const {
  if (!PhraseLemmaPresent(pat, p)) return false;
  *b = Binding();
  b->path.push_back(p);
  // Elements before '*' constrain the subject.
  for (int i = 0; i < pat.predicate_index; ++i) {
    const PatternElement& e = pat.elements[i];
    int s = DefaultSource(p, tree_.IsNominal(p));
    if (e.kind == PatternElement::Kind::kSource) {
      b->source = s;
      continue;
    }
    if (s < 0 || !ElementMatches(e, s)) return false;
    b->source = s;
  }
  return MatchFrom(pat, pat.predicate_index + 1, b);
}

bool SentenceCoder::Negated(int p, const Binding& b, std::string* why) const {
  auto neg_child = [&](int n) -> int {
    for (int c : tree_.children(n)) {
      if (tree_.IsAny(c, {"advmod", "det", "neg"}) && IsNegator(tree_.lemma(c)))
        return c;
    }
    return -1;
  };
  int c = neg_child(p);
  if (c >= 0) {
    *why = "negated by '" + Word(c) + "'";
    return true;
  }
  for (size_t i = 1; i < b.path.size(); ++i) {
    int n = b.path[i];
    if (n == b.target) continue;
    c = neg_child(n);
    if (c >= 0) {
      *why = "negated by '" + Word(c) + " " + Word(n) + "'";
      return true;
    }
  }
  int node = p;
  for (int guard = 0; guard < 6; ++guard) {
    if (!tree_.IsAny(node, {"xcomp", "ccomp", "acl"}) ||
        tree_.Is(node, "acl:relcl"))
      break;
    int h = tree_.head(node);
    if (h < 0) break;
    if (IsNegatingGovernor(tree_.lemma(h))) {
      *why = "complement of '" + Word(h) + "'";
      return true;
    }
    c = neg_child(h);
    if (c >= 0) {
      *why = "governor '" + Word(h) + "' negated by '" + Word(c) + "'";
      return true;
    }
    node = h;
  }
  return false;
}

bool SentenceCoder::Unrealised(int p, bool modal_keep, std::string* why) const {
  // Questions.
  for (int i = tree_.size() - 1; i >= 0; --i) {
    if (tree_.upos(i) != UPos::kPUNCT) break;
    if (tree_.tok(i).norm == "?") {
      *why = "question";
      return true;
    }
  }
  // The clause that carries p's tense and mood: a noun predicate's
  // governing verb.
  int clause = p;
  for (int guard = 0; guard < 4 && !tree_.IsVerbal(clause); ++guard) {
    if (tree_.Child(clause, {"cop", "aux"}) >= 0) break;  // "is a critic"
    int h = tree_.head(clause);
    if (h < 0) break;
    clause = h;
  }
  // Conditionals anywhere above.
  for (int n = clause, guard = 0; n >= 0 && guard < 8;
       n = tree_.head(n), ++guard) {
    int m = tree_.Child(n, {"mark"});
    if (m >= 0 && In(tree_.lemma(m), {"if", "unless", "whether", "lest"})) {
      *why = "conditional ('" + Word(m) + "')";
      return true;
    }
  }
  if (!modal_keep) {
    for (int c : tree_.children(clause)) {
      if (tree_.Is(c, "aux") && IsModal(tree_.lemma(c))) {
        *why = "modal ('" + Word(c) + "')";
        return true;
      }
    }
    // An infinitive complement has not happened ("vowed to attack",
    // "plans to withdraw"), unless the governor says it did ("began").
    if (tree_.IsAny(clause, {"xcomp", "acl"}) &&
        !tree_.Is(clause, "acl:relcl")) {
      int h = tree_.head(clause);
      if (h >= 0 && !IsImplicative(tree_.lemma(h))) {
        *why = "complement of '" + Word(h) + "'";
        return true;
      }
    }
  }
  return false;
}

Actor ToActor(const Resolved& r) {
  Actor a;
  a.code = r.m.code;
  a.name = r.m.name;
  a.country = r.m.country;
  a.group = r.m.group;
  a.types = r.m.types;
  a.text = r.text;
  a.span = r.span;
  a.entry = r.m.entry;
  return a;
}

std::string Describe(const Resolved& r) {
  std::string s = "'" + r.text + "' -> " +
                  (r.m.code.empty() ? std::string("(no code)") : r.m.code);
  if (r.how != "lexicon") s += " [" + r.how + "]";
  return s;
}

void SentenceCoder::Run(std::vector<Event>* events) {
  if (explain_) {
    *explain_ += "sentence " + std::to_string(si_) + ": " +
                 std::string(doc_.slice(s_.span)) + "\n";
    for (int i = 0; i < tree_.size(); ++i) {
      const Token& t = tree_.tok(i);
      *explain_ += "    " + std::to_string(i) + " " + std::string(t.form) +
                   " " + t.lemma + " " + std::string(UPosName(t.upos)) + " " +
                   std::to_string(t.head) + " " + t.deprel + "\n";
    }
  }
  match_at_.assign(tree_.size(), -1);
  if (matched_) {
    matches_ = std::move(*matched_);
  } else {
    lex_.MatchActors(s_, doc_.date, &matches_);
  }
  for (size_t mi = 0; mi < matches_.size(); ++mi) {
    const ActorMatch& m = matches_[mi];
    for (uint32_t t = m.begin; t < m.end && t < match_at_.size(); ++t)
      if (match_at_[t] < 0) match_at_[t] = static_cast<int>(mi);
    Explain("actor '" + std::string(doc_.slice(TokenSpan(s_, m.begin, m.end))) +
            "' -> " + m.code + " (" + m.entry + ")");
  }
  if (const DiscardEntry* d = lex_.MatchDiscard(s_)) {
    Explain("discarded: " + d->reason + " (" + d->where + ")");
  } else if (!s_.parsed) {
    Explain("not parsed: no events");
  } else {
    std::vector<Event> found;
    // Phase 1: the most specific matching pattern of every predicate.
    struct Candidate {
      int p;
      bool noun;
      const Pattern* pat;
      Binding b;
    };
    std::vector<Candidate> cands;
    for (int p = 0; p < tree_.size(); ++p) {
      UPos up = tree_.upos(p);
      bool noun = up == UPos::kNOUN || up == UPos::kPROPN;
      // Verbs, and adjectives heading a copular clause ("ready to talk").
      if (!noun && up != UPos::kVERB && up != UPos::kADJ) continue;
      const auto& pats = lex_.PatternsFor(tree_.lemma(p), noun);
      if (pats.empty()) continue;
      const Pattern* best = nullptr;
      Binding best_b;
      for (const Pattern* pat : pats) {
        Binding b;
        if (!MatchPattern(*pat, p, &b)) continue;
        if (!best || pat->elements.size() > best->elements.size()) {
          best = pat;
          best_b = b;
        }
      }
      if (!best) {
        Explain("predicate '" + Word(p) + "': no pattern matched");
        continue;
      }
      cands.push_back({p, noun, best, best_b});
    }
    // Phase 2: a predicate that is an argument of another's pattern ("the
    // release" in "called for the release of") is part of that event.
    for (const Candidate& cand : cands) {
      const int p = cand.p;
      const bool noun = cand.noun;
      const Pattern* best = cand.pat;
      const Binding& best_b = cand.b;
      bool inner = false;
      for (const Candidate& o : cands)
        if (o.p != p && std::find(o.b.path.begin() + 1, o.b.path.end(), p) !=
                            o.b.path.end())
          inner = true;
      if (inner) {
        Explain("predicate '" + Word(p) + "': part of another pattern");
        continue;
      }
      std::string head = "predicate '" + Word(p) + "': " + best->code + " " +
                         best->text + " (" + best->where + ")";
      std::string code = best->code, why;
      if (Negated(p, best_b, &why)) {
        if (best->neg_code.empty()) {
          Explain(head + ": rejected, " + why);
          continue;
        }
        code = best->neg_code;
        head += ", " + why + " -> " + code;
      } else if (Unrealised(p, best->modal_keep, &why)) {
        // modal=CODE: the intention is an event of its own ("will meet"
        // -> 036), unless it is a question or a condition.
        std::string cond;
        if (best->modal_code.empty() || Unrealised(p, true, &cond)) {
          Explain(head + ": rejected, " + why);
          continue;
        }
        code = best->modal_code;
        head += ", " + why + " -> " + code;
      }
      int src = best_b.source >= 0 ? best_b.source : DefaultSource(p, noun);
      std::vector<Resolved> sources, targets;
      ResolveNode(src, &sources);
      int tgt = best_b.target;
      if (tgt < 0 && !best->notarget) {
        // No TARGET in the template: the direct object, else the first
        // actor in an argument phrase of the predicate ("promised aid to the
        // villagers", "clashed with rebels").
        int o = tree_.Child(p, {"obj"});
        if (o >= 0) tgt = o;
        Resolved probe;
        if (tgt < 0 || !ResolveSingle(tgt, &probe, 0) || !Identified(probe.m)) {
          for (int c : tree_.children(p)) {
            if (!tree_.IsAny(c, {"obl", "nmod", "iobj"})) continue;
            if (!In(tree_.Marker(c),
                    {"to", "with", "against", "on", "at", "for", "into",
                     "toward", "towards", "upon", ""}))
              continue;
            Resolved r;
            if (ResolveSingle(c, &r, 0) && Identified(r.m)) {
              tgt = c;
              break;
            }
          }
        }
      }
      if (tgt >= 0) ResolveNode(tgt, &targets);
      auto unusable = [](const Resolved& r) { return !Identified(r.m); };
      std::erase_if(sources, unusable);
      std::erase_if(targets, unusable);
      if (sources.empty()) {
        Explain(head + ": rejected, no source actor" +
                (src >= 0 ? " at '" + Word(src) + "'" : std::string()));
        continue;
      }
      if (targets.empty() && best->recip && sources.size() >= 2) {
        targets = sources;
      }
      if (targets.empty() && !best->notarget) {
        // The source's own forces named by the pattern ("no plans to
        // withdraw US troops"): handled below as a self-target.
        for (size_t i = 1; i < best_b.path.size() && targets.empty(); ++i) {
          Resolved r;
          if (!tree_.IsNominal(best_b.path[i]) ||
              !ResolveSingle(best_b.path[i], &r, 0))
            continue;
          for (const Resolved& sr : sources)
            if (!r.m.country.empty() && r.m.country == sr.m.country)
              targets.push_back(r);
        }
      }
      if (targets.empty() && !best->notarget) {
        Explain(head + ": rejected, no target actor" +
                (tgt >= 0 ? " at '" + Word(tgt) + "'" : std::string()));
        continue;
      }
      // A source's own forces as target ("withdraw US troops"): the event
      // is directed at the place they are in, else the dateline country.
      for (Resolved& t : targets) {
        bool self = false;
        for (const Resolved& s : sources)
          if (s.m.country == t.m.country && s.m.group == t.m.group &&
              !s.m.country.empty())
            self = true;
        if (!self || best->recip) continue;
        Resolved place;
        bool found = false;
        for (int n : best_b.path)
          for (int c : tree_.children(n))
            if (tree_.Is(c, "obl") &&
                In(tree_.Marker(c), {"from", "in", "out"}) &&
                ResolveSingle(c, &place, 0) && !place.m.country.empty())
              found = true;
        if (!found && doc_.dateline.present()) {
          ActorMatch m;
          if (lex_.ResolvePhrase(doc_.dateline.place, doc_.date, &m) &&
              !m.country.empty()) {
            place.m = m;
            place.m.types.clear();
            place.m.code = m.code.substr(0, 3);
            place.span = doc_.dateline.place_span;
            place.text = doc_.dateline.place;
            place.how = "dateline";
            place.conf = 0.7;
            found = true;
          }
        }
        if (found && place.m.country != t.m.country) {
          t = place;
        }
      }
      for (const Resolved& s : sources) {
        std::vector<const Resolved*> tlist;
        for (const Resolved& t : targets) tlist.push_back(&t);
        if (tlist.empty()) tlist.push_back(nullptr);
        for (const Resolved* t : tlist) {
          if (t && t->m.country == s.m.country && t->m.group == s.m.group &&
              t->m.types == s.m.types) {
            Explain(head + ": rejected, source and target are the same (" +
                    s.m.code + ")");
            continue;
          }
          Event e;
          e.doc = doc_.id;
          e.sentence = si_;
          e.sentence_text = std::string(doc_.slice(s_.span));
          e.date = doc_.date;
          e.source = ToActor(s);
          if (t) e.target = ToActor(*t);
          e.code = code;
          Cameo::Get().Annotate(&e);
          e.evidence.predicate = tree_.tok(p).span;
          e.evidence.rule =
              std::string(noun ? "noun" : "verb") +
              (best_b.source >= 0 ? ":pattern-source" : ":default-source") +
              (best_b.target >= 0 ? ":pattern-target" : ":object-target");
          e.evidence.entry = best->where;
          e.confidence = best->conf * s.conf * (t ? t->conf : 1.0);
          for (int k = 0; k < best_b.loose; ++k) e.confidence *= 0.8;
          Explain(head + ": KEPT " + Describe(s) + " -> " +
                  (t ? Describe(*t) : std::string("(none)")) + " = " + code);
          found.push_back(std::move(e));
        }
      }
    }
    // One event per (source, target, code) in a sentence.
    for (Event& e : found) {
      bool dup = false;
      for (const Event& o : *events) {
        if (o.sentence == e.sentence && o.code == e.code &&
            o.source.code == e.source.code &&
            o.target.has_value() == e.target.has_value() &&
            (!o.target || o.target->code == e.target->code)) {
          dup = true;
          break;
        }
      }
      if (!dup) events->push_back(std::move(e));
    }
  }
  // Remember this sentence's actors for pronouns in later sentences.
  for (const ActorMatch& m : matches_) {
    if (!Identified(m)) continue;
    Prior pr;
    pr.m = m;
    pr.person = IsPerson(m);
    state_->priors.push_back(std::move(pr));
  }
}

}  // namespace
}  // namespace coder

EventCoder::EventCoder(std::shared_ptr<const Lexicon> lexicon,
                       CoderOptions options)
    : lexicon_(std::move(lexicon)),
      options_(options),
      impl_(std::make_unique<Impl>()) {
  const LexiconData& d = lexicon_->data();
  for (const ActorEntry& a : d.actors) {
    bool person =
        a.gender != 0 || (a.where.find("/actors/") != std::string::npos &&
                          a.where.find("metonym") == std::string::npos);
    if (!person) continue;
    impl_->person_entries.insert(a.where);
    for (const ActorRole& r : a.roles) impl_->person_entries.insert(r.where);
  }
  for (const AgentEntry& a : d.agents)
    if (a.person) impl_->person_entries.insert(a.where);
}

EventCoder::~EventCoder() = default;

void EventCoder::Code(const Document& doc, std::vector<Event>* events,
                      std::string* explain) const {
  Code(doc, nullptr, events, explain);
}

void EventCoder::Code(const Document& doc,
                      std::vector<std::vector<ActorMatch>>* matches,
                      std::vector<Event>* events, std::string* explain) const {
  coder::DocState state;
  size_t first = events->size();
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    coder::SentenceCoder sc(*lexicon_, *impl_, doc, static_cast<int>(si),
                            &state, explain,
                            matches ? &(*matches)[si] : nullptr);
    sc.Run(events);
  }
  if (options_.min_confidence > 0) {
    auto it = std::remove_if(
        events->begin() + first, events->end(),
        [&](const Event& e) { return e.confidence < options_.min_confidence; });
    events->erase(it, events->end());
  }
}

}  // namespace khaldun
