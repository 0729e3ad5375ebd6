#include "pipeline/prefilter.h"

#include <string>
#include <string_view>

namespace khaldun::pipeline {
namespace {

// Pronouns the coder never resolves to an actor.
bool FirstOrSecondPerson(std::string_view lemma) {
  for (std::string_view p :
       {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
        "ourselves", "you", "your", "yours", "yourself", "yourselves"})
    if (lemma == p) return true;
  return false;
}

// The coder's lemma (coder/tree.cc): lowercase ASCII of the lemma, or of
// the normalised form when there is none.
std::string_view CoderLemma(const Token& t, std::string* buf) {
  std::string_view l = t.lemma.empty() || t.lemma == "_"
                           ? std::string_view(t.norm)
                           : std::string_view(t.lemma);
  buf->assign(l);
  for (char& c : *buf)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return *buf;
}

}  // namespace

bool MayYieldEvent(const Lexicon& lex, const Sentence& s,
                   const std::vector<ActorMatch>& matches) {
  bool source = false;
  for (const ActorMatch& m : matches) {
    if (!m.country.empty() || !m.group.empty()) {
      source = true;
      break;
    }
  }
  bool predicate = false;
  std::string buf;
  for (const Token& t : s.tokens) {
    if (!source && t.upos == UPos::kPRON &&
        !FirstOrSecondPerson(CoderLemma(t, &buf)))
      source = true;
    if (!predicate) {
      bool noun = t.upos == UPos::kNOUN || t.upos == UPos::kPROPN;
      if ((noun || t.upos == UPos::kVERB || t.upos == UPos::kADJ) &&
          !lex.PatternsFor(CoderLemma(t, &buf), noun).empty())
        predicate = true;
    }
    if (source && predicate) return true;
  }
  return false;
}

}  // namespace khaldun::pipeline
