#include "tag/finite_verb.h"

#include <string>
#include <string_view>

namespace khaldun::tag {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set)
    if (w == x) return true;
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The token's text for matching: its normalised form, else its form.
std::string Word(const Token& t) {
  return Lower(t.norm.empty() ? t.form : std::string_view(t.norm));
}

// VBD and VBN share the form.
bool SharedForm(const std::string& w) {
  if (w.size() > 3 && w.ends_with("ed")) return true;
  return In(w, {"said",   "made",  "held",  "sent",   "led",     "met",
                "left",   "told",  "built", "bought", "brought", "caught",
                "fought", "found", "heard", "kept",   "lost",    "paid",
                "put",    "set",   "shot",  "sold",   "spent",   "struck",
                "won",    "hit",   "cut",   "hurt",   "seized",  "sought",
                "fled",   "laid",  "read",  "spread", "shut",    "quit"});
}

bool Nominal(std::string_view xpos) {
  return In(xpos, {"NN", "NNS", "NNP", "NNPS", "PRP"});
}

// Words that begin a noun phrase object.
bool ObjectStart(const Token& t) {
  if (In(t.xpos, {"DT", "PRP$", "NNP", "NNPS", "CD", "PRP", "NN", "NNS"}))
    return true;
  // "attacked Palestinian protesters"; not "spent last year".
  return t.xpos == "JJ" &&
         !In(Word(t), {"last", "next", "this", "earlier", "later", "early",
                       "late", "previous", "same"});
}

bool Finite(std::string_view xpos) {
  return In(xpos, {"VBD", "VBZ", "VBP", "MD"});
}

}  // namespace

int RepairFiniteVerbs(Sentence* s) {
  auto& tok = s->tokens;
  const int n = static_cast<int>(tok.size());
  int changed = 0;
  // "US - led forces" (EWT splits the hyphen): the participle of a
  // hyphenated modifier is no finite verb.
  for (int i = 2; i + 1 < n; ++i) {
    if (tok[i].xpos != "VBD" || Word(tok[i - 1]) != "-" ||
        !In(Word(tok[i]),
            {"led", "backed", "based", "run", "owned", "controlled",
             "sponsored", "funded", "supported", "allied", "linked",
             "affiliated", "held", "dominated", "installed", "brokered"}))
      continue;
    tok[i].xpos = "VBN";
    ++changed;
  }
  bool finite = false;
  for (const Token& t : tok) finite = finite || Finite(t.xpos);
  for (int i = 1; i + 1 < n; ++i) {
    if (tok[i].xpos != "VBN" || !Nominal(tok[i - 1].xpos) ||
        !ObjectStart(tok[i + 1]))
      continue;
    if (!SharedForm(Word(tok[i]))) continue;
    bool needs_finite = !finite;
    if (!needs_finite && i >= 2) {
      // "said rebels attacked", "that rebels attacked"
      std::string before = Word(tok[i - 2]);
      needs_finite = In(before, {"said", "says", "say", "told", "tells",
                                 "reported", "reports", "claimed", "claims",
                                 "announced", "confirmed", "that"});
    }
    if (!needs_finite) continue;
    tok[i].xpos = "VBD";
    finite = true;
    ++changed;
  }
  return changed;
}

}  // namespace khaldun::tag
