#include "coder/tree.h"

#include <algorithm>
#include <iterator>

#include "util/calendar.h"

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
  upos_.resize(n);
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
    upos_[i] = t.upos;
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

// The verb lemma of an adjective in "-ed" that `verb_lemma` accepts
// ("shelled" -> "shell", "seized" -> "seize", "stopped" -> "stop",
// "occupied" -> "occupy"), or "".
static std::string EdVerbLemma(
    const std::string& form,
    const std::function<bool(std::string_view)>& verb_lemma) {
  const size_t n = form.size();
  if (!verb_lemma || n < 5 || !form.ends_with("ed")) return "";
  std::vector<std::string> cands = {form.substr(0, n - 2),
                                    form.substr(0, n - 1)};
  if (form[n - 3] == form[n - 4]) cands.push_back(form.substr(0, n - 3));
  if (form[n - 3] == 'i') cands.push_back(form.substr(0, n - 3) + "y");
  for (const std::string& c : cands)
    if (verb_lemma(c)) return c;
  return "";
}

int DepTree::RepairVerbsParsedAsModifiers(
    const std::function<bool(std::string_view)>& verb_lemma) {
  int repaired = 0;
  for (int v = 0; v < size(); ++v) {
    const int n = head_[v];
    if (rel_[v] != "amod" || n <= v) continue;
    // A VERB (lemmatised as one), or an ADJ "shelled" whose "-ed" form is a
    // verb's.
    std::string adj_lemma;
    if (upos(v) == UPos::kADJ) adj_lemma = EdVerbLemma(form_[v], verb_lemma);
    if ((upos(v) != UPos::kVERB && adj_lemma.empty()) || !IsNoun(n)) continue;
    // Only the noun's own modifiers between the verb and the noun (through
    // one another: "[abused]amod illegal Mexican immigrants" with "illegal"
    // on "Mexican").
    bool inside = true;
    for (int k = v + 1; k < n; ++k) {
      int a = k;
      for (int guard = 0; guard < 64 && a > v && a < n; ++guard) a = head_[a];
      inside = inside && a == n && upos(k) != UPos::kPUNCT;
    }
    // Nor a subject, marker or passive auxiliary of its own.
    bool own = false;
    for (int c : children_[v])
      own = own || Is(c, "nsubj") || Is(c, "mark") || Is(c, "aux:pass") ||
            (Is(c, "aux") && lemma_[c] == "be");
    if (!inside || own) continue;
    const int h = head_[n];
    auto nominal = [&](int i) { return i >= 0 && IsNoun(i); };
    std::vector<int> subjects;
    int place = -1;  // the node whose position the verb takes
    std::string_view place_rel_override;
    if (rel_[n] == "obj" && nominal(h) && h < v) {
      subjects.push_back(h);
      place = h;
    } else if (h < 0) {
      // A noun root with subjects and no verb of its own ("Congressmen from
      // beef [producing]amod states ... [urged]acl": not repaired).
      bool verb_child = false;
      // (An infinitive is no main verb: "The US on Thursday [rejected]amod
      // calls by Annan to adopt reforms".)
      for (int c : children_[n]) {
        if (c < v && rel_[c] == "nsubj") subjects.push_back(c);
        verb_child = verb_child || (c != v && upos(c) == UPos::kVERB &&
                                    ChildLemma(c, {"mark"}, "to") < 0);
      }
      if (!subjects.empty() && !verb_child) place = n;
    } else if (rel_[n] == "conj" && nominal(h) && h < v && head_[h] < 0) {
      subjects.push_back(h);
      place = h;
    } else if ((rel_[n] == "nmod" || rel_[n] == "appos" ||
                (rel_[n] == "conj" && Child(n, {"cc"}) < 0)) &&
               nominal(h) && h < v && Marker(n).empty() &&
               OnlyTheirWordsBetween(h, v)) {
      // The noun before the verb (only its own or the verb's words between
      // them: "The United Nations on Tuesday [reduced]amod", "Germany on
      // Wednesday [lifted]amod", "agents sexually [abused]amod"), its object
      // an nmod of it without a preposition, an apposition or a conjunct
      // without a conjunction: the root, or one of two subjects of a verb.
      const int hh = head_[h];
      int other_subjects = 0;
      if (hh >= 0 && Is(h, "nsubj"))
        for (int c : children_[hh])
          other_subjects += c != h && Is(c, "nsubj") ? 1 : 0;
      if (hh < 0) {
        subjects.push_back(h);
        place = h;
      } else if (other_subjects > 0 && IsVerbal(hh)) {
        subjects.push_back(h);
        place = h;
        place_rel_override = "ccomp";
      }
    } else if (Is(n, "nsubj") && h >= 0 && IsVerbal(h) && h > n) {
      // "Israel Friday [reimposed]amod blockades in the West Bank, a military
      // spokesman announced": the object one of two subjects of a verb after
      // it, the verb's subject a name compounded to it before the verb, with
      // nothing but the verb's own dependents between them.
      int other_subjects = 0;
      for (int c : children_[h])
        other_subjects += c != n && Is(c, "nsubj") ? 1 : 0;
      int k = -1;
      for (int c : children_[n])
        if (c < v && Is(c, "compound") && upos(c) == UPos::kPROPN) k = c;
      bool between = k >= 0;
      for (int i = k + 1; between && i < v; ++i)
        between = head_[i] == v || head_[i] == k;
      if (other_subjects > 0 && between) {
        subjects.push_back(k);
        place = n;
        place_rel_override = "ccomp";
      }
    }
    if (place < 0) continue;
    const int place_head = head_[place];
    std::string_view place_rel =
        place == n ? std::string_view("root") : rel_[place];
    if (!place_rel_override.empty()) place_rel = place_rel_override;
    SetHead(v, place_head == v ? -1 : place_head,
            place_head < 0 ? std::string_view("root") : place_rel);
    for (int sj : subjects) SetHead(sj, v, "nsubj");
    SetHead(n, v, "obj");
    if (!place_rel_override.empty()) {
      // The subject's phrase ends before the verb: its phrases after the
      // object ("in a bomb attack") are the verb's.
      for (int sj : subjects) {
        const std::vector<int> later = children_[sj];
        for (int c : later)
          if (c > n && Is(c, "nmod") && !Marker(c).empty())
            SetHead(c, v, "obl");
      }
    }
    if (!adj_lemma.empty()) {
      upos_[v] = UPos::kVERB;
      lemma_[v] = adj_lemma;
    }
    ++repaired;
  }
  return repaired;
}

bool DepTree::OnlyTheirWordsBetween(int h, int v) const {
  for (int k = h + 1; k < v; ++k) {
    if (upos(k) == UPos::kPUNCT) return false;
    int a = k;
    for (int guard = 0; guard < 64 && a > h && a < v; ++guard) a = head_[a];
    if (a != h && a != v) return false;
  }
  return true;
}

int DepTree::RepairDayCompoundedToAVerb() {
  int repaired = 0;
  for (int d = 1; d < size(); ++d) {
    const int x = head_[d];
    if (calendar::WeekdayIndex(lemma_[d]) < 0 || rel_[d] != "compound" ||
        x <= d || upos(x) != UPos::kVERB || lemma_[d - 1] != "on" ||
        head_[d - 1] != x || !IsAny(d - 1, {"case", "mark"}))
      continue;
    if (Is(d - 1, "case")) {
      // "denied on Thursday charges by X", "charges" tagged VERB: the word
      // is a noun with the day's preposition; the day modifies its head.
      const int h = head_[x];
      if (h < 0) continue;
      SetHead(d - 1, d, "case");
      SetHead(d, h, ObliqueRel(h));
    } else {
      // "Germany on Wednesday lifted sanctions".
      SetHead(d - 1, d, "case");
      SetHead(d, x, "obl");
    }
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairVerbAfterAndParsedAsModifier() {
  int repaired = 0;
  for (int v = 1; v < size(); ++v) {
    const int n = head_[v];
    if (rel_[v] != "amod" || upos(v) != UPos::kVERB || n <= v ||
        (tok(v).xpos != "VBD" && tok(v).xpos != "VBN") || !IsNoun(n))
      continue;
    // "and" right before the verb, hung on the noun, which is no conjunct:
    // the "and" joins no nouns.
    const int cc = v - 1;
    if (head_[cc] != n || !Is(cc, "cc") || !In(lemma_[cc], {"and", "or"}) ||
        Is(n, "conj"))
      continue;
    bool inside = true;
    for (int k = v + 1; k < n; ++k) inside = inside && head_[k] == n;
    if (!inside || Child(v, {"nsubj", "mark", "aux", "aux:pass"}) >= 0)
      continue;
    // The first verb above the noun, before the "and": the first conjunct.
    int a = head_[n];
    for (int guard = 0; guard < 64 && a >= 0 && upos(a) != UPos::kVERB; ++guard)
      a = head_[a];
    if (a < 0 || a > cc) continue;
    SetHead(v, a, "conj");
    SetHead(cc, v, "cc");
    SetHead(n, v, "obj");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairSubjectOfAnInfinitive() {
  int repaired = 0;
  for (int v = 0; v < size(); ++v) {
    const int g = head_[v];
    // A bare infinitive (VB) after "to", under a verb before it.
    if (upos(v) != UPos::kVERB || tok(v).xpos != "VB" || g < 0 || g > v ||
        upos(g) != UPos::kVERB || !IsAny(v, {"advcl", "xcomp", "ccomp"}) ||
        ChildLemma(v, {"mark"}, "to") < 0 ||
        ChildLemma(v, {"mark"}, "for") >= 0)
      continue;
    // The verb has no object or other complement clause.
    bool taken = false;
    for (int c : children_[g])
      taken = taken || (c != v && IsAny(c, {"obj", "ccomp", "xcomp"}));
    if (taken) continue;
    const int n = Child(v, {"nsubj"});
    if (n < 0 || n < g || n > v || !IsNominal(n) || !Marker(n).empty())
      continue;
    SetHead(n, g, "obj");
    if (!Is(v, "xcomp")) SetHead(v, g, "xcomp");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairApproximatorParsedAsCase() {
  int repaired = 0;
  for (int c = 0; c + 1 < size(); ++c) {
    const int h = head_[c];
    if (!Is(c, "case") || h <= c + 1 ||
        !In(lemma_[c], {"about", "around", "nearly", "almost", "some", "over",
                        "under", "approximately", "roughly"}) ||
        upos(c + 1) != UPos::kNUM)
      continue;
    // An obl of a verb before it with no object, marked only by an
    // approximator that is no preposition ("provide [about]case 70 million
    // dollars of aid" with "dollars" an obl): the object.
    const int v = head_[h];
    const bool oblique = Is(h, "obl") && !Is(h, "obl:agent") && v >= 0 &&
                         v < c && upos(v) == UPos::kVERB &&
                         Child(v, {"obj"}) < 0 &&
                         In(lemma_[c], {"about", "around", "nearly", "almost",
                                        "approximately", "roughly"}) &&
                         Child(h, {"case"}) == c;
    if (!Is(h, "obj") && !oblique) continue;
    // The number phrase's head: up through numbers.
    int k = c + 1;
    for (int guard = 0; guard < 8 && head_[k] > k && head_[k] < h &&
                        upos(head_[k]) == UPos::kNUM;
         ++guard)
      k = head_[k];
    if (head_[k] != h) continue;
    SetHead(c, k, "advmod");
    if (oblique) SetHead(h, v, "obj");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairConjunctOfAnApposition() {
  int repaired = 0;
  for (int c = 0; c < size(); ++c) {
    const int a = head_[c];
    if (!Is(c, "conj") || a < 0 || a > c || !Is(a, "appos") ||
        upos(a) != UPos::kPROPN || upos(c) != UPos::kPROPN)
      continue;
    const int h = head_[a];
    if (h < 0 || h > a || upos(h) != UPos::kNOUN) continue;
    // The name right after its title, no comma between ("leader Muammar
    // Gaddafi"): a list of examples follows a comma ("three countries,
    // Iran, Iraq and Syria").
    bool close = true;
    for (int k = h + 1; k < a; ++k)
      close = close && upos(k) != UPos::kPUNCT && head_[k] == a;
    // The conjunct has a title of its own ("and Bulgarian President Todor
    // Zhivkov"), after "and"/"or".
    const int l = PhraseStart(c);
    if (!close || l == c || rel_[l] != "cc" || !In(lemma_[l], {"and", "or"}) ||
        Child(c, {"nmod:desc"}) < 0)
      continue;
    SetHead(c, h, "conj");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairPhrasesOnMeasures(
    const std::function<bool(std::string_view)>& measure) {
  int repaired = 0;
  for (int q = 0; q < size(); ++q) {
    if (!IsNoun(q) || !measure(lemma_[q])) continue;
    // The measured noun: q's first "of" nmod after it.
    int p = -1;
    for (int c : children_[q])
      if (c > q && Is(c, "nmod") && Marker(c) == "of" && IsNoun(c)) {
        p = c;
        break;
      }
    if (p < 0) continue;
    // "handed over 700 kg of medicine [to the Red Crescent]": a later
    // phrase (not "of") on the measure is the verb's when the measure is
    // its object, else the measured thing's.
    const int v = head_[q];
    const bool object = v >= 0 && Is(q, "obj") && upos(v) == UPos::kVERB;
    const std::vector<int> kids = children_[q];
    for (int c : kids) {
      if (c <= p || !Is(c, "nmod") || Marker(c).empty() || Marker(c) == "of")
        continue;
      if (object)
        SetHead(c, v, "obl");
      else
        SetHead(c, p, "nmod");
      ++repaired;
    }
  }
  return repaired;
}

int DepTree::RepairReportingSubjectParsedAsApposition() {
  int repaired = 0;
  for (int v = 2; v < size(); ++v) {
    if (upos(v) != UPos::kVERB ||
        !In(lemma_[v], {"say", "report", "tell", "announce", "add", "state"}) ||
        !IsAny(v, {"parataxis", "ccomp", "conj"}) ||
        Child(v, {"nsubj", "nsubj:pass", "csubj", "expl"}) >= 0)
      continue;
    // The last comma before the verb, and the phrase between them.
    int k = v - 1;
    while (k > 0 && lemma_[k] != ",") --k;
    if (k <= 0 || k + 1 >= v) continue;
    int n = v - 1;
    for (int guard = 0; guard < 64 && head_[n] > k && head_[n] < v; ++guard)
      n = head_[n];
    if (n <= k || !IsNoun(n) || !Is(n, "appos") || head_[n] > k ||
        !Marker(n).empty())
      continue;
    // The whole phrase from after the comma is n's.
    bool phrase = true;
    for (int i = k + 1; i < v; ++i) {
      int a = i;
      for (int guard = 0; guard < 64 && a != n && a > k && a < v; ++guard)
        a = head_[a];
      phrase = phrase && a == n;
    }
    if (!phrase) continue;
    SetHead(n, v, "nsubj");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairVerbConjoinedToObject() {
  int repaired = 0;
  for (int c = 0; c < size(); ++c) {
    const int n = head_[c];
    if (rel_[c] != "conj" || upos(c) != UPos::kVERB || n < 0 || n > c ||
        !IsNoun(n) || !Is(n, "obj"))
      continue;
    const int v = head_[n];
    const std::string& x = tok(c).xpos;
    if (v < 0 || v > n || upos(v) != UPos::kVERB || x.empty() ||
        tok(v).xpos != x)
      continue;
    SetHead(c, v, "conj");
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
    if (noun <= u + 2 || !IsNoun(noun)) continue;
    if (rel_[u + 1] == "mark" && head_[u + 1] != noun) {
      SetHead(u + 1, noun, "case");
      ++repaired;
    }
    const int v = head_[u];
    if (head_[noun] == u && v > noun && upos(v) == UPos::kVERB &&
        Child(v, {"nsubj", "nsubj:pass"}) < 0) {
      SetHead(noun, v, "nsubj");
      ++repaired;
    } else if (v >= 0 && v < u && head_[noun] == v && Is(u, "compound:prt") &&
               Is(u + 1, "case") && head_[u + 1] == noun && Is(noun, "obl") &&
               upos(v) == UPos::kVERB && Child(v, {"obj"}) < 0) {
      // "have kidnapped up to 16 advisers" with "up" the verb's particle and
      // "to" the counted noun's preposition: the noun is the verb's object,
      // "up to" its number's modifier.
      SetHead(u, u + 2, "advmod");
      SetHead(u + 1, u, "fixed");
      SetHead(noun, v, "obj");
      ++repaired;
    }
  }
  return repaired;
}

int DepTree::RepairPerfectParsedAsVerb() {
  int repaired = 0;
  for (int h = 0; h + 1 < size(); ++h) {
    if (lemma_[h] != "have" || upos(h) != UPos::kVERB) continue;
    int v = h + 1;
    while (v < size() && upos(v) == UPos::kADV) ++v;
    if (v >= size() || upos(v) != UPos::kVERB || tok(v).xpos != "VBN") continue;
    // The participle hangs from "have" or beside it, with no subject or
    // auxiliary of its own; "have" has no object ("has them arrested").
    if (head_[v] != h && head_[v] != head_[h]) continue;
    bool blocked = false;
    for (int c : children_[v])
      blocked = blocked || IsAny(c, {"nsubj", "nsubj:pass", "aux", "aux:pass",
                                     "expl", "mark"});
    for (int c : children_[h])
      blocked = blocked || IsAny(c, {"obj", "iobj", "cop"}) ||
                (c != v && IsAny(c, {"ccomp", "xcomp"}));
    if (blocked) continue;
    const int hh = head_[h];
    const std::string_view hrel = rel_[h];
    if (hh != v) {
      if (head_[v] == h) SetHead(v, -1, "root");  // detach before moving h
      SetHead(v, hh, hh < 0 ? std::string_view("root") : hrel);
    }
    const std::vector<int> deps = children_[h];
    for (int c : deps) SetHead(c, v, rel_[c]);
    SetHead(h, v, "aux");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairPerfectParticipleParsedAsModifier() {
  int repaired = 0;
  for (int h = 0; h + 1 < size(); ++h) {
    if (lemma_[h] != "have" || upos(h) != UPos::kAUX) continue;
    int v = h + 1;
    while (v < size() && upos(v) == UPos::kADV) ++v;
    if (v >= size() || upos(v) != UPos::kVERB || tok(v).xpos != "VBN" ||
        !Is(v, "amod"))
      continue;
    const int n = head_[v];
    if (n <= v || head_[n] != h || !Is(n, "obj") || !IsNoun(n)) continue;
    // Only the noun's own modifiers between the participle and the noun.
    bool inside = true;
    for (int k = v + 1; k < n; ++k) {
      int a = k;
      for (int guard = 0; guard < 64 && a > v && a < n; ++guard) a = head_[a];
      inside = inside && a == n && upos(k) != UPos::kPUNCT;
    }
    if (!inside ||
        Child(v, {"nsubj", "nsubj:pass", "mark", "aux", "aux:pass"}) >= 0)
      continue;
    const int hh = head_[h];
    const std::string_view hrel = rel_[h];
    SetHead(v, hh, hh < 0 ? std::string_view("root") : hrel);
    const std::vector<int> deps = children_[h];
    for (int c : deps) SetHead(c, v, rel_[c]);
    SetHead(h, v, "aux");
    SetHead(n, v, "obj");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairPassiveParsedAsCopula() {
  int repaired = 0;
  for (int v = 0; v < size(); ++v) {
    if (upos(v) != UPos::kVERB || tok(v).xpos != "VBN") continue;
    const int cop = ChildLemma(v, {"cop"}, "be");
    if (cop < 0 || cop > v) continue;
    bool agent = false;
    for (int c : children_[v])
      agent = agent || (c > v && (rel_[c] == "obl:agent" ||
                                  (rel_[c] == "obl" && Marker(c) == "by")));
    if (!agent) continue;
    SetHead(cop, v, "aux:pass");
    for (int c : std::vector<int>(children_[v]))
      if (rel_[c] == "nsubj") SetHead(c, v, "nsubj:pass");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairSubjectRootBeforeItsVerb() {
  for (int r = 0; r < size(); ++r) {
    if (head_[r] >= 0 || !IsNoun(r)) continue;
    int p = -1;
    for (int c : children_[r])
      if (p < 0 && c > r && Is(c, "parataxis") && upos(c) == UPos::kVERB) p = c;
    if (p < 0 || Child(p, {"nsubj", "csubj", "expl"}) >= 0) return 0;
    // Only the verb's auxiliaries and adverbs between them, and none of
    // the noun's own words after it but the verb and punctuation.
    bool adjacent = true;
    for (int k = r + 1; k < p; ++k)
      adjacent = adjacent && head_[k] == p && IsAny(k, {"aux", "advmod"});
    for (int c : children_[r])
      adjacent = adjacent && (c < r || c == p || upos(c) == UPos::kPUNCT);
    if (!adjacent) return 0;
    SetHead(p, -1, "root");
    for (int c : std::vector<int>(children_[r]))
      if (c > r) SetHead(c, p, rel_[c]);
    SetHead(r, p, "nsubj");
    return 1;
  }
  return 0;
}

int DepTree::RepairParticipleOnTheNearerNoun() {
  int repaired = 0;
  for (int a = 1; a < size(); ++a) {
    const int n1 = head_[a], n2 = a - 1;
    if (rel_[a] != "acl" || upos(a) != UPos::kVERB || tok(a).xpos != "VBG" ||
        n1 < 0 || n1 >= n2 || !IsNoun(n1) || !IsNoun(n2) || head_[n2] != n1 ||
        !Is(n2, "nmod") || Marker(n2).empty())
      continue;
    // Not a time ("in court on Wednesday facing a prosecution").
    if (calendar::WeekdayIndex(lemma_[n2]) >= 0 ||
        calendar::MonthNumber(lemma_[n2], false) > 0 ||
        In(lemma_[n2],
           {"today", "yesterday", "tomorrow", "day", "week", "month", "year",
            "night", "morning", "evening", "afternoon", "weekend"}))
      continue;
    SetHead(a, n2, "acl");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairSubjectOnATemporalNoun() {
  int repaired = 0;
  for (int s = 0; s < size(); ++s) {
    const int t = head_[s];
    if (!Is(s, "nsubj") || t <= s || !IsNoun(t) ||
        !In(rel_[t],
            {"obl:unmarked", "obl:tmod", "nmod:unmarked", "nmod:tmod"}) ||
        Child(t, {"cop"}) >= 0)
      continue;
    const int v = head_[t];
    if (v <= t || upos(v) != UPos::kVERB ||
        Child(v, {"nsubj", "nsubj:pass", "csubj", "expl"}) >= 0)
      continue;
    SetHead(s, v, "nsubj");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairCaseOnTitle() {
  int repaired = 0;
  for (int c = 0; c < size(); ++c) {
    const int t = head_[c];
    if (!Is(c, "case") || t <= c || !Is(t, "nmod:desc")) continue;
    const int x = head_[t];
    if (x <= t || !IsAny(x, {"nmod", "obl"}) || !IsNoun(x) ||
        !Marker(x).empty())
      continue;
    SetHead(c, x, "case");
    ++repaired;
  }
  return repaired;
}

int DepTree::PhraseStart(int i) const {
  for (int guard = 0;
       guard < 64 && !children_[i].empty() && children_[i].front() < i; ++guard)
    i = children_[i].front();
  return i;
}

void DepTree::RepairCoordinatedAppositions() {
  for (int a = 0; a < size(); ++a) {
    if (rel_[a] != "appos" || head_[a] < 0 || head_[a] > a) continue;
    int c = PhraseStart(a);
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

int DepTree::LastNmodBefore(int i, int limit) const {
  int last = -1;
  for (int c : children_[i])
    if (c > i && c < limit && Is(c, "nmod") && IsNoun(c)) last = c;
  return last;
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
      if (c > q && Is(c, "nmod") && Marker(c) == "of" && IsNoun(c)) {
        p = c;
        break;
      }
    if (p < 0) continue;
    std::vector<int> after;
    for (int c : children_[q])
      if (c > p && Is(c, "nmod") && Marker(c) != "of") after.push_back(c);
    // Each hangs on the last noun of the chain before it: "a series of US
    // strikes [on groups] [within Iraq's forces]", whether the parser put
    // "on groups" under "series" or already under "strikes".
    int prev = p;
    for (int c : after) {
      for (int d = LastNmodBefore(prev, c); d >= 0; d = LastNmodBefore(prev, c))
        prev = d;
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

int DepTree::RepairApproximateCount() {
  int repaired = 0;
  // A sentence (not a headline) ends with a full stop: its only verb is its
  // main verb, even when tagged as a participle.
  const bool full_stop = size() > 0 && tok(size() - 1).norm == ".";
  auto main_verb = [&](int v) {
    if (upos(v) != UPos::kVERB) return false;
    const std::string& x = tok(v).xpos;
    if (Child(v, {"mark", "cc", "aux", "aux:pass", "cop"}) >= 0) return false;
    if (x == "VBD" || x == "VBZ" || x == "VBP") return true;
    if (x != "VBN") return false;
    if (Child(v, {"obj"}) >= 0) return true;
    for (int c : children_[v])
      if (Marker(c) == "by") return false;
    return full_stop;
  };
  for (int r = 0; r < size(); ++r) {
    if (head_[r] >= 0) continue;
    const bool some = upos(r) == UPos::kDET && lemma_[r] == "some" &&
                      r + 1 < size() && upos(r + 1) == UPos::kNUM;
    if (!some && upos(r) != UPos::kNUM) continue;
    // The counted noun n after r, with only numbers and adjectives between
    // them, and its verb v: n hangs from r (nmod, parataxis, appos) and v
    // from n (acl, conj), or v from r and n is v's subject.
    int n = -1, v = -1;
    for (int c : children_[r]) {
      if (c <= r) continue;
      if (IsNoun(c) && Marker(c).empty() &&
          IsAny(c, {"nmod", "parataxis", "appos"})) {
        for (int d : children_[c])
          if (d > c && IsAny(d, {"acl", "conj"}) &&
              Child(d, {"nsubj", "nsubj:pass"}) < 0 && main_verb(d)) {
            n = c;
            v = d;
            break;
          }
      } else if (IsAny(c, {"acl", "conj"}) && main_verb(c)) {
        const int sj = Child(c, {"nsubj", "nsubj:pass"});
        if (sj > r && sj < c && IsNoun(sj) && Marker(sj).empty()) {
          n = sj;
          v = c;
        }
      }
      break;  // only r's first dependent after it
    }
    if (n < 0) continue;
    bool inside = true;
    for (int k = r + 1; k < n; ++k)
      inside = inside && (upos(k) == UPos::kNUM || upos(k) == UPos::kADJ ||
                          head_[k] == n || head_[k] == r);
    if (!inside) continue;
    SetHead(v, -1, "root");
    SetHead(n, v, "nsubj");
    std::vector<int> rest(children_[r]);
    for (int c : rest)
      if (c > n)
        SetHead(c, v, rel_[c]);
      else if (c > r && upos(c) == UPos::kNUM)
        SetHead(c, n, "nummod");
    SetHead(r, n, some ? "det" : "nummod");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairSuspectedBeforeObject() {
  int repaired = 0;
  for (int s = 1; s < size(); ++s) {
    if (form_[s] != "suspected" && form_[s] != "alleged") continue;
    const int g = head_[s];
    if (upos(s) != UPos::kVERB || g < 0 || g >= s || upos(g) != UPos::kVERB ||
        !IsAny(s, {"xcomp", "advcl"}))
      continue;
    // Right after its verb (or the verb's particle: "handed over").
    bool next = true;
    for (int k = g + 1; k < s; ++k)
      next = next && head_[k] == g && Is(k, "compound:prt");
    if (!next || Child(g, {"obj"}) >= 0) continue;
    if (Child(s, {"nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop"}) >=
        0)
      continue;
    // The named person: s's last nominal dependent without a preposition,
    // the words before it inside the phrase.
    int n = -1;
    for (int c : children_[s])
      if (c > s && IsNoun(c) && Marker(c).empty() &&
          IsAny(c, {"obl", "obj", "nsubj"}))
        n = c;
    if (n < 0) continue;
    bool phrase = true;
    for (int k = s + 1; k < n; ++k)
      phrase = phrase && head_[k] > s && head_[k] <= n;
    if (!phrase) continue;
    std::vector<int> deps(children_[s]);
    SetHead(n, g, "obj");
    for (int c : deps) {
      if (c == n) continue;
      if (c < n)
        SetHead(c, n, IsNoun(c) ? std::string_view("compound") : rel_[c]);
      else
        SetHead(c, g, rel_[c]);
    }
    SetHead(s, n, "amod");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairParticipleBeforeItsVerb() {
  int repaired = 0;
  for (int v = 0; v < size(); ++v) {
    const int h = head_[v];
    if (h <= v || !Is(v, "ccomp") || upos(v) != UPos::kVERB ||
        tok(v).xpos != "VBG" || upos(h) != UPos::kVERB)
      continue;
    if (Child(h, {"nsubj", "nsubj:pass", "csubj"}) >= 0) continue;
    // An -ing form without an auxiliary or marker cannot be a finite clause
    // quoted before the verb ("Iraq is operating, he said").
    if (Child(v, {"aux", "aux:pass", "mark", "cop"}) >= 0) continue;
    const int n = Child(v, {"nsubj"});
    if (n < 0 || n > v || !IsNoun(n)) continue;
    SetHead(n, h, "nsubj");
    SetHead(v, n, "acl");
    ++repaired;
  }
  return repaired;
}

int DepTree::RepairPhrasesOnDays() {
  int repaired = 0;
  for (int d = 0; d < size(); ++d) {
    // "agreed in principle on Saturday to provide ...": "in principle" is
    // an adverbial that takes no argument either.
    const bool in_principle =
        lemma_[d] == "principle" && ChildLemma(d, {"case"}, "in") >= 0;
    if (!in_principle && calendar::WeekdayIndex(lemma_[d]) < 0) continue;
    // "denied on Thursday charges by Ivory Coast": the "on" before the day
    // parsed as the case marker of the next word, the day its subject.  The
    // "on" is the day's, and the day modifies what that word hangs from.
    if (d > 0 && lemma_[d - 1] == "on" && rel_[d - 1] == "case" &&
        head_[d - 1] == head_[d] && head_[d] > d && Is(d, "nsubj") &&
        head_[head_[d]] >= 0) {
      const int x = head_[d];
      SetHead(d - 1, d, "case");
      SetHead(d, head_[x], ObliqueRel(head_[x]));
      ++repaired;
    }
    const int h = head_[d];
    if (h < 0) continue;
    // "lifted Friday a day-old blockade": the day parsed as the object and
    // the object as the day's apposition.
    if (!in_principle && Is(d, "obj") && upos(h) == UPos::kVERB) {
      const int a = Child(d, {"appos"});
      if (a > d && IsNoun(a)) {
        SetHead(a, h, "obj");
        SetHead(d, h, "obl:unmarked");
        ++repaired;
      }
    }
    // A copy: SetHead changes d's children.
    const std::vector<int> kids = children_[d];
    for (int c : kids) {
      if (c < d) continue;
      if (upos(c) == UPos::kVERB &&
          IsAny(c, {"acl", "appos", "ccomp", "advcl", "dep"})) {
        // "agreed on Wednesday that their countries should cooperate",
        // "agreed in principle to provide": the clause is the verb's.
        const bool that = ChildLemma(c, {"mark"}, "that") >= 0;
        const bool to = ChildLemma(c, {"mark"}, "to") >= 0;
        if ((that || to) && upos(h) == UPos::kVERB) {
          SetHead(c, h, that ? "ccomp" : "xcomp");
          ++repaired;
        }
        continue;
      }
      if (!Is(c, "nmod")) continue;
      const std::string_view m = Marker(c);
      if (m.empty() || m == "of") continue;
      SetHead(c, h, ObliqueRel(h));
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
      const int l = PhraseStart(c);
      if (l != c && rel_[l] == "cc" && In(lemma_[l], {"and", "or"})) {
        SetHead(c, first, "conj");
        ++repaired;
      } else if (l > 0 && lemma_[l - 1] == "," &&
                 (head_[l - 1] == first ||
                  (l - 1 == first + 1 &&
                   (head_[l - 1] == c || head_[l - 1] == v))) &&
                 upos(first) == UPos::kNOUN && upos(c) == UPos::kPROPN) {
        // "Qatar's emir, Sheikh Hamad ..., launched": the name after the
        // comma is the title's apposition (the comma hung on the title, or
        // right after it and hung on the name or the verb: not "While the
        // scale ... concerns Turkish officials, Ankara is worried").
        SetHead(c, first, "appos");
        ++repaired;
      }
    }
  }
  return repaired;
}

int DepTree::RepairCoordinatedModifiers() {
  int repaired = 0;
  for (int k = 1; k + 2 < size(); ++k) {
    const int a = k - 1, b = k + 1, n = head_[k];
    if (!Is(k, "cc") || !In(lemma_[k], {"and", "or"}) || n <= b ||
        head_[a] != n || head_[b] != n || !IsAny(a, {"amod", "compound"}) ||
        !IsAny(b, {"amod", "compound"}) || !IsNoun(n))
      continue;
    SetHead(b, a, "conj");
    SetHead(k, b, "cc");
    ++repaired;
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
        !IsNoun(n))
      continue;
    const int h = head_[v];
    SetHead(n, h, ObliqueRel(h));
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

}  // namespace khaldun::coder
