// The event coder: CAMEO events from tagged and parsed sentences.
//
//   std::shared_ptr<const khaldun::Lexicon> lex = ...;   // lexicon.h
//   khaldun::EventCoder coder(lex);
//   std::vector<khaldun::Event> events;
//   coder.Code(doc, &events);        // doc: segmented, tagged and parsed
//
// For every predicate word (a verb or an event noun with patterns in the
// lexicon) the coder matches the lexicon's patterns against the dependency
// tree, finds the source (subject, passive agent, or the possessor of an
// event noun) and the target the pattern names, resolves both to actors
// (lexicon matches, modifiers, pronouns and short names from earlier
// sentences), and drops what is not an event that happened: negated
// predicates (unless the pattern names a refusal code), modal, conditional
// and interrogative ones, bare attributions ("X said").  docs/coder.md
// explains the rules with examples.
//
// Thread safety: an EventCoder is immutable after construction; Code() may
// be called from several threads at once on different documents.
#ifndef KHALDUN_CODER_H_
#define KHALDUN_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/event.h"

namespace khaldun {

class Lexicon;
struct ActorMatch;

// Coding conventions (docs/coder.md, "Conventions").  kKhaldun follows
// Khaldun's coding guideline; kPetrarch reproduces what PETRARCH2 codes, for
// users who bring PETRARCH dictionaries: future "will X" and "is about to X"
// are coded as X, and an actor with no country is usable ("---GOV").
enum class Conventions { kKhaldun, kPetrarch };
// "khaldun"/"petrarch" <-> Conventions; false for an unknown name.
bool ParseConventions(std::string_view name, Conventions* out);
std::string_view ConventionsName(Conventions c);

struct CoderOptions {
  // Minimum confidence of an event to be output.
  double min_confidence = 0.0;
  Conventions conventions = Conventions::kKhaldun;
  // An event whose target is not found is dropped (unless its pattern says
  // `notarget`); false keeps it without a target (PETRARCH's
  // require_dyad=false).
  bool require_target = true;
  // PETRARCH's new_actor_length (used under kPetrarch only): when > 0, a
  // source or target noun phrase that names no actor becomes a new actor of
  // its words (Actor::code empty, Actor::text the words) if it has at most
  // this many words.  0 (the default) never makes one.
  int new_actor_length = 0;
  // PETRARCH's comma_* limits (used under kPetrarch only): a comma-delimited
  // clause (commas inside a noun phrase do not count) of min..max words
  // between two commas, bmin..bmax words before the first, emin..emax after
  // the last, has its complete phrases dropped before coding; a max of 0
  // turns that kind off.  All 0 (the default) drops nothing.
  struct CommaLimits {
    int min = 0, max = 0, bmin = 0, bmax = 0, emin = 0, emax = 0;
  };
  CommaLimits commas = {};
};

class EventCoder {
 public:
  explicit EventCoder(std::shared_ptr<const Lexicon> lexicon,
                      CoderOptions options = {});
  ~EventCoder();

  // Appends the events of `doc` to *events, in sentence order.  When
  // `explain` is not null, a human-readable account of every candidate
  // considered (kept or rejected, and why) is appended to it.
  void Code(const Document& doc, std::vector<Event>* events,
            std::string* explain = nullptr) const;
  // The same, with every sentence's Lexicon::MatchActors() result already
  // computed by the caller ((*matches)[i] for sentence i; moved from).
  void Code(const Document& doc, std::vector<std::vector<ActorMatch>>* matches,
            std::vector<Event>* events, std::string* explain = nullptr) const;

  const Lexicon& lexicon() const { return *lexicon_; }

  struct Impl;  // indexes built from the lexicon (coder.cc)

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  CoderOptions options_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODER_H_
