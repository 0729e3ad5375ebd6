#include "pipeline/prefilter.h"

#include <string>
#include <string_view>

#include "coder/tree.h"

namespace khaldun::pipeline {

bool MayYieldEvent(const Lexicon& lex, const Sentence& s,
                   const std::vector<ActorMatch>& matches, bool dateline,
                   bool antecedent) {
  bool source = false;
  for (const ActorMatch& m : matches) {
    if (!m.country.empty() || !m.group.empty()) {
      source = true;
      break;
    }
  }
  // A pronoun resolves only to an identified actor before it: one of this
  // sentence's (then `source` is already true) or an earlier sentence's.
  const bool pronouns = source || antecedent;
  size_t mentions = matches.size();  // actor matches and pronouns
  bool predicate = false, notarget = false;
  for (const Token& t : s.tokens) {
    const std::string key = coder::LemmaKey(t);
    if (pronouns && t.upos == UPos::kPRON && coder::IsCorefPronoun(key)) {
      source = true;
      ++mentions;
    }
    bool noun = t.upos == UPos::kNOUN || t.upos == UPos::kPROPN;
    if (noun || t.upos == UPos::kVERB || t.upos == UPos::kADJ) {
      // "the accusation" may stand for an earlier event's source.
      std::string_view r1, r2;
      if (t.upos == UPos::kNOUN && coder::EventAnaphorRoots(key, &r1, &r2))
        ++mentions;
      const auto& pats = lex.PatternsFor(key, noun);
      if (!pats.empty()) predicate = true;
      for (const Pattern* p : pats)
        if (p->notarget) notarget = true;
    }
  }
  if (!predicate || !source) return false;
  // One mention gives the source; a target needs another, unless a pattern
  // needs none, or the dateline stands in for a self-target.
  return mentions >= 2 || notarget || dateline;
}

}  // namespace khaldun::pipeline
