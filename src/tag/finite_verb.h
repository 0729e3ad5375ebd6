// A post-tagging repair for the commonest tagging error in news text: a
// past-tense main verb tagged as a past participle (VBN), after which the
// parser reads it as a reduced relative ("Rebels [attacked]acl the town").
// The greedy left-to-right tagger sees no right context at "attacked", and
// web-text EWT has few news sentences of this shape.
//
// RepairFiniteVerbs retags such a token VBD when a participle reading is
// ruled out by the sentence itself:
//   - the form is one that VBD and VBN share (regular "-ed", or "said",
//     "led", "held", ...);
//   - a nominal stands right before it (its subject) and an object begins
//     right after it ("the", "his", a name, a number, a noun, an adjective
//     other than "last", "next", ...): a passive participle takes no direct
//     object;
//   - and the clause needs a finite verb: the sentence has none, or the
//     nominal before it directly follows a verb of saying or "that"
//     ("Officials said rebels attacked the town").
//
// It also retags "led" in "US - led forces" (the hyphen split off, as EWT
// tokenises) from VBD to VBN.
//
// Thread safety: a pure function of the sentence.
#ifndef KHALDUN_TAG_FINITE_VERB_H_
#define KHALDUN_TAG_FINITE_VERB_H_

#include "khaldun/document.h"

namespace khaldun::tag {

// Retags VBN tokens of a tagged sentence as VBD where the rules above say
// so; returns how many it changed.  UPOS (VERB) and lemmas are unchanged.
int RepairFiniteVerbs(Sentence* s);

}  // namespace khaldun::tag

#endif  // KHALDUN_TAG_FINITE_VERB_H_
