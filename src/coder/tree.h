// DepTree: a read-only view of one parsed sentence with child lists and
// lowercase lemmas, for the coder's pattern matching.  Built per sentence;
// not shared between threads.
#ifndef KHALDUN_CODER_TREE_H_
#define KHALDUN_CODER_TREE_H_

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"

namespace khaldun::coder {

// The lemma key the coder looks patterns up by: the lowercase (ASCII) lemma,
// or the normalised form when the token has none.  Also used by the parse
// prefilter (src/pipeline/prefilter.cc), which must ask what the coder asks.
std::string LemmaKey(const Token& t);

// A noun that can refer back to an earlier event of the document ("the
// accusation" -> an accusation, root 11): the roots it can refer to in
// *root and *root2 (root2 may stay empty); false for other words.  The
// coder resolves such a noun to that event's source; the prefilter counts it
// as a possible actor mention.
bool EventAnaphorRoots(std::string_view lemma, std::string_view* root,
                       std::string_view* root2);

// The pronouns the coder resolves against earlier actors (by lemma key);
// every other pronoun names no actor.  Also asked by the parse prefilter.
bool IsPersonPronoun(std::string_view lemma);
bool IsThingPronoun(std::string_view lemma);
bool IsPluralPronoun(std::string_view lemma);
inline bool IsCorefPronoun(std::string_view lemma) {
  return IsPersonPronoun(lemma) || IsThingPronoun(lemma) ||
         IsPluralPronoun(lemma);
}

class DepTree {
 public:
  explicit DepTree(const Sentence& s);

  int size() const { return static_cast<int>(s_.tokens.size()); }
  const Token& tok(int i) const { return s_.tokens[i]; }
  // The head after the repairs below (the token's own head otherwise).
  int head(int i) const { return head_[i]; }
  const std::vector<int>& children(int i) const { return children_[i]; }
  // Lowercase lemma (falls back to the lowercase normalised form).
  const std::string& lemma(int i) const { return lemma_[i]; }
  // Lowercase normalised form ("risen", "hopes").
  const std::string& form(int i) const { return form_[i]; }
  // Is `w` the word's lemma or its form?  Imported PETRARCH dictionaries
  // write surface forms ("HOPES", "RISEN"), native lexicons lemmas.
  bool HasWord(int i, std::string_view w) const {
    return lemma_[i] == w || form_[i] == w;
  }
  // The token's UPOS, or VERB for an adjective the repairs below made one.
  UPos upos(int i) const { return upos_[i]; }
  // Full relation ("nmod:poss") and its universal part ("nmod").
  std::string_view rel(int i) const { return rel_[i]; }
  std::string_view base_rel(int i) const { return base_[i]; }
  bool Is(int i, std::string_view r) const {
    return Same(rel(i), r) || Same(base_[i], r);
  }
  // IsAny and Child are inline so that the relation literals of the call
  // sites are compared with their lengths known (no memcmp calls).
  bool IsAny(int i, std::initializer_list<std::string_view> rs) const {
    for (std::string_view r : rs)
      if (Is(i, r)) return true;
    return false;
  }
  // First child with one of the relations, or -1.
  int Child(int i, std::initializer_list<std::string_view> rs) const {
    for (int c : children_[i])
      if (IsAny(c, rs)) return c;
    return -1;
  }
  // First child with relation in rs and lemma `lemma`, or -1.
  int ChildLemma(int i, std::initializer_list<std::string_view> rs,
                 std::string_view lemma) const;
  // The case/mark word of i ("for" in "for the exit"), or "".
  std::string_view Marker(int i) const;
  bool IsNominal(int i) const;
  // A common or proper noun (IsNominal also takes pronouns, numbers,
  // adjectives and X).
  bool IsNoun(int i) const {
    return upos_[i] == UPos::kNOUN || upos_[i] == UPos::kPROPN;
  }
  bool IsVerbal(int i) const;
  // The first word of i's phrase (down its leftmost children).
  int PhraseStart(int i) const;
  // Conjuncts of i (its conj children, recursively).
  void Conjuncts(int i, std::vector<int>* out) const;
  // The first conjunct that i hangs from (i itself if not a conjunct).
  int ConjHead(int i) const;
  const Sentence& sentence() const { return s_; }

  // A parser slip the coder repairs under its own conventions (not
  // PETRARCH's): a VERB parsed as an `amod` of its object ("Palestinian
  // police in Jericho [confiscated]amod weapons", "Clinton has
  // [imposed]amod sanctions", "The United Nations on Tuesday
  // [reduced]amod food supplies") when the object noun sits where only a
  // verb's argument can: the object of a noun, a noun root with subjects
  // and no verb of its own, or a conjunct of a noun root.
  // The verb takes the subject's place, the subject and the noun become its
  // nsubj and obj.  Returns how many verbs were repaired.
  //
  // Also (Khaldun conventions) the noun before the verb when the object
  // hangs from it as an `nmod` without a preposition, a grammatical
  // impossibility ("Irish guerrillas [wounded]amod two British soldiers in
  // a bomb attack, police said" with *soldiers* an nmod of *guerrillas*),
  // an `appos` or a `conj` without a conjunction ("agents sexually
  // [abused]amod immigrants" with *immigrants* an apposition of *agents*),
  // with only their own words between the noun and the verb ("The United
  // Nations on Tuesday [reduced]amod food supplies"), when that noun is
  // the root or one of two subjects of its head: the verb
  // takes its place (a second subject becomes the head's ccomp).  And a past
  // participle tagged ADJ ("tanks [shelled]ADJ positions") counts as a VERB
  // when `verb_lemma` accepts a lemma of its "-ed" form ("shell"); a
  // repaired one becomes a VERB with that lemma.
  int RepairVerbsParsedAsModifiers(
      const std::function<bool(std::string_view)>& verb_lemma = nullptr);
  // "Germany on Wednesday lifted sanctions", "denied on Thursday charges by
  // X" (with "charges" tagged VERB): a day name parsed as a `compound` of a
  // verb after it, with the "on" before it a marker or case of that verb.
  // The "on" becomes the day's case, the day an oblique of the verb (of
  // the word's head when "on" was its case).  Returns how many were
  // repaired.
  int RepairDayCompoundedToAVerb();
  // "condemned an attack by X on Thursday and [promised]amod aid to Y": a
  // past tense or participle (VBD, VBN) right after "and", parsed as an
  // `amod` of the noun after it, with the "and" on that noun, which is no
  // conjunct (so the "and" joins no nouns): the verb is a conjunct of the
  // first verb above the noun (before the "and"), the noun its object.
  // Repaired under both conventions.  Returns how many were repaired.
  int RepairVerbAfterAndParsedAsModifier();
  // "... to refugees fleeing the civil war in Liberia, the World Food
  // Program (WFP) said": a reporting verb (say, report ...) without a
  // subject, the noun phrase between it and the comma before it parsed as
  // an apposition of a noun before the comma.  The phrase is the verb's
  // subject.  Returns how many were repaired.
  int RepairReportingSubjectParsedAsApposition();
  // "summoned Niger's ambassador to complain of inaction": the object of a
  // verb parsed as the subject of the to-infinitive after it (an infinitive
  // has a subject of its own only after "for").  It becomes the verb's
  // object, the infinitive its xcomp.  Returns how many were repaired.
  int RepairSubjectOfAnInfinitive();
  // "provide about 70 million dollars of aid": an approximator before a
  // number parsed as the case marker of the object (an object has none).
  // It becomes the number's advmod.  Returns how many were repaired.
  int RepairApproximatorParsedAsCase();
  // "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov":
  // a titled name after "and" parsed as a conjunct of the first name, an
  // apposition right after its title noun (no comma: not a list of
  // examples), is the title noun's conjunct.  Returns how many were moved.
  int RepairConjunctOfAnApposition();
  // "handed over 700 kg of medicine to the Red Crescent": a phrase (not
  // "of") on a measure noun (`measure` accepts its lemma) after its "of"
  // phrase belongs to the verb whose object the measure is (an `obl`),
  // else to the measured thing.  Returns how many were moved.
  int RepairPhrasesOnMeasures(
      const std::function<bool(std::string_view)>& measure);
  // "establishing relations and engaging in cooperation": a verb parsed as
  // a conjunct of the object of a verb of the same form (Penn tag) before
  // it is that verb's conjunct; a noun has no verb conjuncts.  Returns how
  // many were moved.
  int RepairVerbConjoinedToObject();
  // "Up to 1,000 ethnic Turks began a hunger strike": the parser takes the
  // "to" of "up to <number>" for an infinitive marker of the verb, or the
  // counted noun for an oblique of "up" with the verb left without a
  // subject.  The "to" becomes the noun's case marker; the noun, before a
  // verb without a subject whose advmod "up" it hangs from, that verb's
  // nsubj.  Returns how many were repaired.
  int RepairUpToNumber();
  // "Israel [has]VERB strengthened its forces" with "has" parsed as a verb
  // of its own (a ccomp beside the participle, or the participle's head):
  // a "have" (VERB) with no object, followed (adverbs aside) by a past
  // participle (VBN) with no subject of its own, is the participle's
  // perfect auxiliary; the participle takes its place, subject and other
  // dependents.  Returns how many were repaired.
  int RepairPerfectParsedAsVerb();
  // "Israeli officials [have]AUX [shared]amod evidence with the U.S.": an
  // auxiliary "have" (AUX, which takes no object in UD) with an object
  // whose `amod` past participle (VBN) follows "have" (adverbs aside), only
  // the noun's own modifiers between them, and no subject, marker or
  // auxiliary of its own: the participle is the verb, "have" its perfect
  // auxiliary; the participle takes its place and dependents, the noun is
  // its object.  Returns how many were repaired.
  int RepairPerfectParticipleParsedAsModifier();
  // "Eriador [was]cop opposed by Osgiliath": a "be" parsed as the copula
  // of a past participle (VBN; UD gives verbs no copula) that has a
  // by-agent (`obl:agent`, or an `obl` marked "by"): a passive; "be"
  // becomes aux:pass and the plain nsubj nsubj:pass.  Returns how many
  // were repaired.
  int RepairPassiveParsedAsCopula();
  // "President Reagan [has threatened]parataxis further action": a noun
  // root followed right away by a verb (only the verb's auxiliaries and
  // adverbs between them) parsed as its parataxis, the verb with no
  // subject: the noun is the verb's subject and the verb the root.
  // Returns how many were repaired.
  int RepairSubjectRootBeforeItsVerb();
  // "aid to refugees [fleeing]acl the civil war" with the participle hung
  // on "aid": a gerund-participle (VBG) `acl` right after a noun that is
  // an nmod of the participle's head hangs on that nearer noun.  Returns
  // how many were repaired.
  int RepairParticipleOnTheNearerNoun();
  // "Pakistan today threatened to break off relations", with "Pakistan"
  // parsed as the nsubj of "today", a bare temporal noun (obl:unmarked,
  // obl:tmod, nmod:unmarked or nmod:tmod) of the verb after it: a noun
  // with no copula is no predicate; the subject is the verb's, when the
  // verb has none.  Returns how many were repaired.
  int RepairSubjectOnATemporalNoun();
  // "the government [of]case President Prosper": the preposition hung on
  // the title (`nmod:desc` or `compound`) before the name it belongs to,
  // the name an nmod/obl with no case of its own.  The preposition becomes
  // the name's case marker.  Returns how many were repaired.
  int RepairCaseOnTitle();
  // "Some 800,000 Iraqi Kurds sought refuge in Germany", "About 500 Iraqis
  // crossed into Jordan": the parser makes the approximator or the number
  // the root, the counted noun its nmod (or parataxis) and the main verb a
  // modifier or conjunct of the noun.  When the root is "some" before a
  // number, or a number, and the verb is finite (VBD/VBZ/VBP) without a
  // subject, marker or conjunction of its own, the verb becomes the root,
  // the noun its nsubj, and the approximator and the number the noun's det
  // and nummod.  Returns how many were repaired.
  int RepairApproximateCount();
  // "Zambia extradited suspected British militant Haroon Rashid Aswad to
  // Britain", "Israel killed suspected Hamas militant Ahmed Yassin": the
  // parser takes "suspected"/"alleged" right after a verb with no object
  // for a participle clause (xcomp/advcl) whose oblique or object is the
  // named person.  That nominal becomes the verb's object, "suspected" its
  // amod and the words between them its modifiers.  Returns how many were
  // repaired.
  int RepairSuspectedBeforeObject();
  // "The Red Cross operating in Iraq said US and British forces must ...":
  // the parser makes the subject's -ing modifier a ccomp of the verb after
  // it, with the subject its nsubj, leaving the verb without one.  An -ing
  // ccomp before its verb, with no auxiliary or marker, and a nominal
  // subject, when the verb has no subject: the subject becomes the verb's
  // and the participle the subject's acl.  Returns how many were repaired.
  int RepairParticipleBeforeItsVerb();
  // "launched a mediation effort on Saturday between the Emirates and Saudi
  // Arabia", "defended Iraq on Friday against Western criticism": a
  // prepositional phrase (not "of") the parser hung on a day name (Monday
  // .. Sunday) belongs to the word the day modifies; a day takes no such
  // argument.  It is re-attached there (`obl` under a verb, else `nmod`);
  // so is a "that" or "to" clause hung on the day (or on "in principle":
  // "agreed in principle on Saturday to provide") when that word is a verb
  // (`ccomp`, `xcomp`).  And "lifted Friday a blockade", with the day
  // parsed as the object and the object as its apposition: swapped.
  // Also "denied on Thursday charges by X", with the "on" parsed as the
  // case marker of the word after the day and the day as that word's
  // subject: the "on" becomes the day's, the day an `obl` (or `nmod`) of
  // what that word hangs from.  Returns how many were repaired.
  int RepairPhrasesOnDays();
  // "President Reagan and Egyptian President Hosni Mubarak agreed": the
  // second name parsed as a second `nsubj` of the verb, its phrase starting
  // with "and"/"or", is a conjunct of the first subject; "Qatar's emir,
  // Sheikh Hamad ..., launched", a name after a comma that follows a common
  // noun subject, its apposition.  Returns how many subjects were joined.
  int RepairCoordinatedSubjects();
  // "Hungarian and Romanian officials": two modifiers of one noun with the
  // "and"/"or" between them parsed as the noun's own `cc`; the second is
  // the first's conjunct (so both name the noun's country).  Returns how
  // many were joined.
  int RepairCoordinatedModifiers();
  // "withdraw its troops from neighboring Lebanon": an adjectival
  // participle (neighboring, neighbouring, surrounding, warring) tagged as a
  // verb, the preposition before it as its marker and the noun after it as
  // its object.  The noun takes the participle's place (the preposition its
  // case marker, the participle its `amod`).  Returns how many were
  // repaired.
  int RepairAdjectivalParticiples();
  // "the return of U.N. weapons inspectors": the preposition parsed as the
  // case marker of a compound modifier ("weapons") rather than of the
  // phrase's head ("inspectors"), which has none.  The marker moves to the
  // head.  Returns how many were moved.
  int RepairCaseOnCompounds();
  // "have written to President George Bush urging him to send ...": a
  // participle clause (-ing, no subject or marker of its own) parsed as an
  // `advcl` of a name, which takes no adverbial clause, belongs to the verb
  // the name hangs from (not after a common noun, which may be the
  // participle's subject: "the report criticising his role").  Returns how
  // many were moved.
  int RepairParticiplesOnNouns();

 private:
  // Parser slips the coder repairs, each a re-attachment:
  // * "a series of US strikes on X within Y": the parser hangs "on X" and
  //   "within Y" on the quantity noun ("series", "wave", "spate" ...); they
  //   belong to the event noun it quantifies, and "within Y" to X (the
  //   nearest noun to its left).
  void RepairQuantifiedNouns();
  // The last noun nmod of i between i and `limit` (exclusive), or -1.
  int LastNmodBefore(int i, int limit) const;
  // * "Libyan leader Gaddafi and Bulgarian President Zhivkov": the second
  //   name parsed as an `appos` whose phrase starts with "and"/"or" is a
  //   conjunct (an apposition has no coordinating conjunction); relabelled
  //   `conj`.
  void RepairCoordinatedAppositions();
  void Reattach(int i, int new_head);
  // Every word strictly between h and v (h < v) hangs, through words
  // between them, from h or v, and none is punctuation.
  bool OnlyTheirWordsBetween(int h, int v) const;
  // The relation of a phrase re-attached under h: `obl` under a verb,
  // else `nmod`.
  std::string_view ObliqueRel(int h) const {
    return upos(h) == UPos::kVERB ? "obl" : "nmod";
  }
  void SetHead(int i, int new_head, std::string_view rel);
  // a == b for short relation names, inline (string_view's == calls memcmp,
  // which dominated the cost of Is on the coder's hot path).
  static bool Same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k)
      if (a[k] != b[k]) return false;
    return true;
  }

  const Sentence& s_;
  std::vector<int> head_;
  std::vector<std::string_view> rel_;
  std::vector<std::vector<int>> children_;
  std::vector<std::string> lemma_;
  std::vector<std::string> form_;
  std::vector<UPos> upos_;
  std::vector<std::string_view> base_;  // base_rel, computed once
};

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_TREE_H_
