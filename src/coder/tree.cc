#include "coder/tree.h"

#include <algorithm>
#include <iterator>

namespace khaldun::coder {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::string LemmaKey(const Token& t) {
  return LowerAscii(t.lemma.empty() || t.lemma == "_"
                        ? std::string_view(t.norm)
                        : std::string_view(t.lemma));
}

namespace {
bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}
}  // namespace

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

DepTree::DepTree(const Sentence& s) : s_(s) {
  const int n = size();
  children_.resize(n);
  head_.resize(n);
  lemma_.resize(n);
  form_.resize(n);
  base_.resize(n);
  rel_.resize(n);
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    std::string_view r = t.deprel;
    rel_[i] = r;
    base_[i] = r.substr(0, r.find(':'));
    head_[i] = t.head >= 0 && t.head < n && t.head != i ? t.head : -1;
    if (head_[i] >= 0) children_[t.head].push_back(i);
    lemma_[i] = LemmaKey(t);
    form_[i] = LowerAscii(t.norm.empty() ? t.form : t.norm);
  }
  RepairQuantifiedNouns();
  RepairCoordinatedAppositions();
}

void DepTree::SetHead(int i, int new_head, std::string_view rel) {
  if (new_head >= 0) {
    Reattach(i, new_head);
  } else {
    if (head_[i] >= 0) std::erase(children_[head_[i]], i);
    head_[i] = -1;
  }
  rel_[i] = rel;
  base_[i] = rel.substr(0, rel.find(':'));
}

int DepTree::RepairVerbsParsedAsModifiers() {
  int repaired = 0;
  for (int v = 0; v < size(); ++v) {
    const int n = head_[v];
    if (rel_[v] != "amod" || n <= v) continue;
    // A VERB (lemmatised as one); an ADJ "shelled" keeps its form as lemma.
    if (upos(v) != UPos::kVERB ||
        (upos(n) != UPos::kNOUN && upos(n) != UPos::kPROPN))
      continue;
    // Only the noun's own modifiers between the verb and the noun.
    bool inside = true;
    for (int k = v + 1; k < n; ++k) inside = inside && head_[k] == n;
    // Nor a subject, marker or passive auxiliary of its own.
    bool own = false;
    for (int c : children_[v])
      own = own || Is(c, "nsubj") || Is(c, "mark") || Is(c, "aux:pass") ||
            (Is(c, "aux") && lemma_[c] == "be");
    if (!inside || own) continue;
    const int h = head_[n];
    auto nominal = [&](int i) {
      return i >= 0 && (upos(i) == UPos::kNOUN || upos(i) == UPos::kPROPN);
    };
    std::vector<int> subjects;
    int place = -1;  // the node whose position the verb takes
    if (rel_[n] == "obj" && nominal(h) && h < v) {
      subjects.push_back(h);
      place = h;
    } else if (h < 0) {
      // A noun root with subjects and no verb of its own ("Congressmen from
      // beef [producing]amod states ... [urged]acl": not repaired).
      bool verb_child = false;
      for (int c : children_[n]) {
        if (c < v && rel_[c] == "nsubj") subjects.push_back(c);
        verb_child = verb_child || (c != v && upos(c) == UPos::kVERB);
      }
      if (!subjects.empty() && !verb_child) place = n;
    } else if (rel_[n] == "conj" && nominal(h) && h < v && head_[h] < 0) {
      subjects.push_back(h);
      place = h;
    }
    if (place < 0) continue;
    const int place_head = head_[place];
    const std::string_view place_rel =
        place == n ? std::string_view("root") : rel_[place];
    SetHead(v, place_head == v ? -1 : place_head,
            place_head < 0 ? std::string_view("root") : place_rel);
    for (int sj : subjects) SetHead(sj, v, "nsubj");
    SetHead(n, v, "obj");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairUpToNumber() {
  int repaired = 0;
  for (int u = 0; u + 2 < size(); ++u) {
    if (lemma_[u] != "up" || lemma_[u + 1] != "to" || upos(u + 2) != UPos::kNUM)
      continue;
    const int noun = head_[u + 2];
    if (noun <= u + 2 ||
        (upos(noun) != UPos::kNOUN && upos(noun) != UPos::kPROPN))
      continue;
    if (rel_[u + 1] == "mark" && head_[u + 1] != noun) {
      SetHead(u + 1, noun, "case");
      ++repaired;
    }
    const int v = head_[u];
    if (head_[noun] == u && v > noun && upos(v) == UPos::kVERB &&
        Child(v, {"nsubj", "nsubj:pass"}) < 0) {
      SetHead(noun, v, "nsubj");
      ++repaired;
    }
  }
  return repaired;
}

int DepTree::RepairPhrasesOnDays() {
  int repaired = 0;
  for (int d = 0; d < size(); ++d) {
    if (!In(lemma_[d], {"monday", "tuesday", "wednesday", "thursday", "friday",
                        "saturday", "sunday"}))
      continue;
    // "denied on Thursday charges by Ivory Coast": the "on" before the day
    // parsed as the case marker of the next word, the day its subject.  The
    // "on" is the day's, and the day modifies what that word hangs from.
    if (d > 0 && lemma_[d - 1] == "on" && rel_[d - 1] == "case" &&
        head_[d - 1] == head_[d] && head_[d] > d && Is(d, "nsubj") &&
        head_[head_[d]] >= 0) {
      const int x = head_[d];
      SetHead(d - 1, d, "case");
      SetHead(d, head_[x], upos(head_[x]) == UPos::kVERB ? "obl" : "nmod");
      ++repaired;
    }
    const int h = head_[d];
    if (h < 0) continue;
    // A copy: SetHead changes d's children.
    const std::vector<int> kids = children_[d];
    for (int c : kids) {
      if (c < d || !Is(c, "nmod")) continue;
      const std::string_view m = Marker(c);
      if (m.empty() || m == "of") continue;
      SetHead(c, h, upos(h) == UPos::kVERB ? "obl" : "nmod");
      ++repaired;
    }
  }
  return repaired;
}

int DepTree::RepairCoordinatedSubjects() {
  int repaired = 0;
  for (int v = 0; v < size(); ++v) {
    int first = -1;
    // A copy: SetHead changes v's children.
    const std::vector<int> kids = children_[v];
    for (int c : kids) {
      if (c > v || !Is(c, "nsubj")) continue;
      if (first < 0) {
        first = c;
        continue;
      }
      // The first word of c's phrase.
      int l = c;
      for (int guard = 0;
           guard < 64 && !children_[l].empty() && children_[l].front() < l;
           ++guard)
        l = children_[l].front();
      if (l != c && rel_[l] == "cc" && In(lemma_[l], {"and", "or"})) {
        SetHead(c, first, "conj");
        ++repaired;
      }
    }
  }
  return repaired;
}

int DepTree::RepairAdjectivalParticiples() {
  int repaired = 0;
  for (int v = 1; v + 1 < size(); ++v) {
    if (upos(v) != UPos::kVERB || head_[v] < 0 ||
        !In(lemma_[v], {"neighbor", "neighbour", "surround", "war"}) ||
        !std::string_view(s_.tokens[v].norm).ends_with("ing"))
      continue;
    const int m = v - 1, n = v + 1;
    if (head_[m] != v || rel_[m] != "mark" || head_[n] != v || !Is(n, "obj") ||
        (upos(n) != UPos::kNOUN && upos(n) != UPos::kPROPN))
      continue;
    const int h = head_[v];
    SetHead(n, h, upos(h) == UPos::kVERB ? "obl" : "nmod");
    SetHead(m, n, "case");
    SetHead(v, n, "amod");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairCaseOnCompounds() {
  int repaired = 0;
  for (int c = 0; c < size(); ++c) {
    if (rel_[c] != "case") continue;
    const int m = head_[c];
    if (m <= c || !Is(m, "compound")) continue;
    const int h = head_[m];
    if (h <= m || Child(h, {"case"}) >= 0 || !IsAny(h, {"nmod", "obl"}))
      continue;
    SetHead(c, h, "case");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairParticiplesOnNouns() {
  int repaired = 0;
  for (int c = 0; c < size(); ++c) {
    if (rel_[c] != "advcl" || upos(c) != UPos::kVERB ||
        s_.tokens[c].xpos != "VBG" ||
        Child(c, {"nsubj", "nsubj:pass", "mark"}) >= 0)
      continue;
    const int n = head_[c];
    // A name (a common noun may be the participle's subject, a reduced
    // relative: "the report criticising his role").
    // Nor a subject ("Reagan, responding to the report, said": the clause is
    // parenthetical to the subject already).
    if (n < 0 || n > c || upos(n) != UPos::kPROPN ||
        IsAny(n, {"nsubj", "nsubj:pass"}))
      continue;
    const int v = head_[n];
    if (v < 0 || upos(v) != UPos::kVERB) continue;
    SetHead(c, v, "advcl");
    ++repaired;
  }
  return repaired;
}

void DepTree::RepairCoordinatedAppositions() {
  // The first word of i's phrase.
  auto leftmost = [&](int i) {
    for (int guard = 0;
         guard < 64 && !children_[i].empty() && children_[i].front() < i;
         ++guard)
      i = children_[i].front();
    return i;
  };
  for (int a = 0; a < size(); ++a) {
    if (rel_[a] != "appos" || head_[a] < 0 || head_[a] > a) continue;
    int c = leftmost(a);
    if (c != a && rel_[c] == "cc" && In(lemma_[c], {"and", "or"}))
      rel_[a] = base_[a] = "conj";
  }
}

void DepTree::Reattach(int i, int new_head) {
  if (head_[i] >= 0) std::erase(children_[head_[i]], i);
  head_[i] = new_head;
  std::vector<int>& c = children_[new_head];
  c.insert(std::upper_bound(c.begin(), c.end(), i), i);
}

void DepTree::RepairQuantifiedNouns() {
  static constexpr std::string_view kQuantity[] = {
      "series", "wave", "spate",  "string", "round", "barrage", "flurry",
      "volley", "slew", "number", "couple", "set",   "raft",    "succession"};
  for (int q = 0; q < size(); ++q) {
    if (std::find(std::begin(kQuantity), std::end(kQuantity), lemma_[q]) ==
        std::end(kQuantity))
      continue;
    // The quantified noun: q's "of" nmod.
    int p = -1;
    for (int c : children_[q])
      if (c > q && Is(c, "nmod") && Marker(c) == "of" &&
          (upos(c) == UPos::kNOUN || upos(c) == UPos::kPROPN)) {
        p = c;
        break;
      }
    if (p < 0) continue;
    std::vector<int> after;
    for (int c : children_[q])
      if (c > p && Is(c, "nmod") && Marker(c) != "of") after.push_back(c);
    int prev = p;
    for (int c : after) {
      Reattach(c, prev);
      prev = c;
    }
  }
}

int DepTree::ChildLemma(int i, std::initializer_list<std::string_view> rs,
                        std::string_view lemma) const {
  for (int c : children_[i])
    if (IsAny(c, rs) && lemma_[c] == lemma) return c;
  return -1;
}

std::string_view DepTree::Marker(int i) const {
  for (int c : children_[i])
    if (Is(c, "case") || Is(c, "mark")) return lemma_[c];
  return {};
}

bool DepTree::IsNominal(int i) const {
  UPos p = upos(i);
  return p == UPos::kNOUN || p == UPos::kPROPN || p == UPos::kPRON ||
         p == UPos::kNUM || p == UPos::kX || p == UPos::kADJ;
}

bool DepTree::IsVerbal(int i) const {
  UPos p = upos(i);
  return p == UPos::kVERB || p == UPos::kAUX;
}

void DepTree::Conjuncts(int i, std::vector<int>* out) const {
  for (int c : children_[i]) {
    if (Is(c, "conj")) {
      out->push_back(c);
      Conjuncts(c, out);
    }
  }
}

int DepTree::ConjHead(int i) const {
  int guard = 0;
  while (Is(i, "conj") && head(i) >= 0 && guard++ < 64) i = head(i);
  return i;
}

bool EventAnaphorRoots(std::string_view lemma, std::string_view* root,
                       std::string_view* root2) {
  struct Entry {
    std::string_view lemma, root, root2;
  };
  static constexpr Entry kNouns[] = {
      {"accusation", "11", ""}, {"allegation", "11", ""},
      {"charge", "11", ""},     {"claim", "11", ""},
      {"criticism", "11", ""},  {"condemnation", "11", ""},
      {"demand", "10", ""},     {"ultimatum", "10", ""},
      {"request", "02", ""},    {"appeal", "02", ""},
      {"plea", "02", ""},       {"offer", "03", "05"},
      {"proposal", "03", "05"}, {"overture", "03", "05"},
      {"threat", "13", ""},     {"warning", "13", ""},
  };
  for (const Entry& e : kNouns) {
    if (e.lemma != lemma) continue;
    *root = e.root;
    *root2 = e.root2;
    return true;
  }
  return false;
}

}  // namespace khaldun::coder
