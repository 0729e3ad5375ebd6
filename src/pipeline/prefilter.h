// The parse prefilter: can a tagged sentence yield an event at all?
//
// The coder (src/coder/coder.cc) finds events only at a predicate word (a
// VERB, ADJ, NOUN or PROPN whose lemma has patterns: Lexicon::PatternsFor)
// and keeps one only with an identified source actor (a country or group)
// and, unless the pattern says `notarget`, a target actor different from
// the source.  Every actor it resolves comes from an actor match of the
// sentence (directly, or as the modifier of a role noun), from a pronoun
// resolved against earlier actors, or (for a source's own forces as
// target) from the dateline.  So a sentence is not parsed when it has
//   - no predicate lemma, or
//   - neither an identified actor match nor a pronoun, or
//   - a single actor mention (match or pronoun), no `notarget` pattern for
//     its predicates and no dateline: source and target would be the same
//     actor, which the coder rejects.
// A noun that may refer back to an earlier event ("the accusation":
// coder::EventAnaphorRoots) counts as a mention too.
// Such a sentence yields no event, and its parse is not needed: the coder
// uses its actor matches (not its tree) for later pronouns, and dates and
// places are looked up only in the sentences of events.
//
// Deliberately conservative: every pronoun the coder resolves ("he", "it",
// "they" ...; coder::IsCorefPronoun) counts as a mention once the document
// has an identified actor match before it (in an earlier sentence or this
// one), whatever its gender or number; other pronouns ("I", "we", "who")
// never name an actor.
// tests/output_identity_test.cc checks that `khaldun code` writes the same
// bytes with and without the prefilter; a change to the coder's sources of
// actors must be mirrored here.
//
// Thread safety: a pure function of its arguments.
#ifndef KHALDUN_PIPELINE_PREFILTER_H_
#define KHALDUN_PIPELINE_PREFILTER_H_

#include <vector>

#include "khaldun/document.h"
#include "khaldun/lexicon.h"

namespace khaldun::pipeline {

// True when `s` (tagged and lemmatised; `matches` from Lexicon::MatchActors)
// may yield an event and must be parsed.  `dateline`: the document has one.
// `antecedent`: an earlier sentence of the document has an identified actor
// match (a country or group), to which a pronoun may resolve.
bool MayYieldEvent(const Lexicon& lex, const Sentence& s,
                   const std::vector<ActorMatch>& matches, bool dateline,
                   bool antecedent);

}  // namespace khaldun::pipeline

#endif  // KHALDUN_PIPELINE_PREFILTER_H_
