// The parse prefilter: can a tagged sentence yield an event at all?
//
// The coder (src/coder/coder.cc) finds events only at a predicate word (a
// VERB, ADJ, NOUN or PROPN whose lemma has patterns: Lexicon::PatternsFor)
// and keeps one only with an identified source actor (a country or group),
// which comes from an actor match in the sentence (directly or as the
// modifier of a role noun) or from a pronoun resolved against earlier
// actors.  A sentence with no predicate lemma, or with neither an
// identified match nor a pronoun that could be resolved, therefore yields
// no event, and its parse is not needed: the coder uses its actor matches
// (not its tree) for later pronouns, and dates and places are looked up
// only in the sentences of events.
//
// Deliberately conservative: every PRON except first and second person
// ("I", "we", "you", which the coder never resolves) counts as a possible
// source.  tests/output_identity_test.cc checks that `khaldun code` writes
// the same bytes with and without the prefilter.
//
// Thread safety: a pure function of its arguments.
#ifndef KHALDUN_PIPELINE_PREFILTER_H_
#define KHALDUN_PIPELINE_PREFILTER_H_

#include <vector>

#include "khaldun/document.h"
#include "khaldun/lexicon.h"

namespace khaldun::pipeline {

// True when `s` (tagged and lemmatised; `matches` from Lexicon::MatchActors)
// may yield an event and must be parsed.
bool MayYieldEvent(const Lexicon& lex, const Sentence& s,
                   const std::vector<ActorMatch>& matches);

}  // namespace khaldun::pipeline

#endif  // KHALDUN_PIPELINE_PREFILTER_H_
