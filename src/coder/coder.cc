#include "khaldun/coder.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "coder/tree.h"
#include "khaldun/cameo.h"
#include "khaldun/dates.h"
#include "khaldun/lexicon.h"
#include "util/calendar.h"

namespace khaldun {
namespace coder {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}

// Modal and future auxiliaries: the event has not happened.
bool IsModal(std::string_view lemma) {
  return In(lemma, {"could", "would", "might", "may", "should", "can", "must",
                    "will", "shall", "'d", "'ll", "wo", "ca", "ought"});
}

// Future auxiliaries ("will meet"), which PETRARCH codes as the event.
bool IsFuture(std::string_view lemma) {
  return In(lemma, {"will", "shall", "'ll", "wo"});
}

bool IsNegator(std::string_view lemma) {
  return In(lemma, {"not", "n't", "never", "no", "neither", "nor"});
}

// Verbs whose xcomp/ccomp complement is negated ("refused to withdraw",
// "denied that it attacked").
bool IsNegatingGovernor(std::string_view lemma) {
  return In(lemma, {"refuse", "decline", "reject", "fail", "deny", "avoid",
                    "rule", "oppose", "resist", "forgo", "cease", "stop",
                    "halt", "abandon", "renounce"});
}

// Verbs after which an xcomp complement has happened ("began shelling").
bool IsImplicative(std::string_view lemma) {
  return In(lemma,
            {"begin", "start", "continue", "resume", "manage", "keep",
             "proceed", "go", "escalate", "intensify", "step", "resort"});
}

// Verbs whose object noun is an event performed by their subject
// ("launched strikes", "voiced criticism").
bool IsLightVerb(std::string_view lemma) {
  return In(
      lemma,
      {"launch", "carry",   "conduct",  "stage",   "mount",     "make",
       "issue",  "express", "voice",    "hold",    "intensify", "continue",
       "begin",  "resume",  "announce", "order",   "deliver",   "lodge",
       "file",   "level",   "unleash",  "step",    "renew",     "reiterate",
       "repeat", "extend",  "offer",    "give",    "provide",   "send",
       "impose", "sign",    "pay",      "perform", "undertake", "initiate",
       "start"});
}

// A day, month or other time word ("called on Tuesday for ...", "urged
// last week"): never an actor slot.
bool IsTimeWord(std::string_view lemma) {
  // DepTree lemmas are already lowercase; "may" is the modal.
  if (calendar::WeekdayIndex(lemma) >= 0 ||
      (calendar::MonthNumber(lemma, /*abbreviations=*/false) > 0 &&
       lemma != "may"))
    return true;
  static const std::unordered_set<std::string_view> kTime = {
      "today", "yesterday", "tomorrow", "tonight", "week",  "weekend",  "month",
      "year",  "day",       "morning",  "evening", "night", "afternoon"};
  return kTime.count(lemma) > 0;
}

// People defined by their relation to whom the "of" phrase names, so not
// that actor themselves ("supporters of the governor", "the killers of
// the journalist", "allies of the US").
bool IsRelational(std::string_view lemma) {
  return In(
      lemma,
      {"supporter",   "follower",    "loyalist",     "opponent",  "critic",
       "enemy",       "foe",         "rival",        "adversary", "victim",
       "killer",      "murderer",    "kidnapper",    "captor",    "abductor",
       "assassin",    "attacker",    "family",       "relative",  "friend",
       "lawyer",      "ally",        "neighbor",     "neighbour", "successor",
       "predecessor", "son",         "daughter",     "wife",      "husband",
       "widow",       "brother",     "sister",       "father",    "mother",
       "spokesman",   "spokeswoman", "spokesperson", "hostage",   "detainee"});
}

// Acts done to whom their "of" phrase names, the victim, not the actor:
// "condemned the killing of Palestinians" is not aimed at the Palestinians.
bool IsActDoneTo(std::string_view lemma) {
  return In(lemma, {"killing",     "murder",       "assassination", "massacre",
                    "execution",   "slaying",      "beheading",     "shooting",
                    "death",       "abduction",    "kidnapping",    "arrest",
                    "detention",   "imprisonment", "jailing",       "torture",
                    "deportation", "expulsion",    "displacement",  "eviction",
                    "persecution", "bombing",      "shelling",      "siege",
                    "rape"});
}

// Measures, consignments and sums: "tons of aid", "a shipment of arms",
// "70 million dollars of aid".
bool IsQuantity(std::string_view lemma) {
  return In(lemma,
            {"ton",       "tonne",     "kilogram",    "kg",      "amount",
             "quantity",  "shipment",  "consignment", "cargo",   "load",
             "batch",     "package",   "worth",       "supply",  "convoy",
             "planeload", "truckload", "million",     "billion", "dollar",
             "euro",      "pound",     "yen"});
}

// Sums of money: "5.1 million dollars of aid", "$2 billion in military aid"
// (Khaldun conventions: the aid may follow "of" or "in").
bool IsCurrency(std::string_view lemma) {
  return In(lemma, {"dollar", "$", "euro", "€", "pound", "£", "yen", "sterling",
                    "franc", "rupee", "yuan"});
}

bool HasType(const ActorMatch& m, std::string_view type) {
  return std::find(m.types.begin(), m.types.end(), type) != m.types.end();
}

// A role without a country ("refugees", "protesters", "the security
// forces") made `of`'s country's: that country, and its code with the
// role's types.
void GiveCountry(const ActorMatch& of, ActorMatch* m) {
  m->country = of.country;
  m->code = of.code.substr(0, 3);
  for (const std::string& ty : m->types) m->code += ty;
}

// Words whose infinitive complement states an intention ("agreed to
// provide", "ready to send", "plans to visit").
bool IsIntentionWord(std::string_view lemma) {
  return In(lemma,
            {"agree",    "promise",   "pledge",     "vow",        "offer",
             "plan",     "intend",    "decide",     "want",       "wish",
             "hope",     "seek",      "aim",        "prepare",    "expect",
             "ready",    "willing",   "prepared",   "determined", "eager",
             "keen",     "intention", "commitment", "readiness",  "willingness",
             "decision", "agreement", "undertake",  "resolve",    "vote",
             "set",      "go",        "propose",    "consent",    "commit",
             "ask",      "request",   "move",       "schedule",   "due"});
}

// The demand that matches an intention code: CAMEO numbers them in
// parallel (031x material cooperation -> 101x, ..., 036 meeting -> 106,
// 037 settlement -> 107); accepting or offering mediation -> 108.
std::string DemandCode(const std::string& intention) {
  if (intention == "030") return "100";
  if (intention.starts_with("038") || intention.starts_with("039"))
    return "108";
  return "10" + intention.substr(2);
}

// An actor usable as a source or target has a country or a known group
// (a bare "officials" or a news agency has neither).  Under the PETRARCH
// conventions a role noun alone ("the news agency" -> ---MED) is usable too.
bool Identified(const ActorMatch& m, bool petrarch = false) {
  return !m.country.empty() || !m.group.empty() ||
         (petrarch && !m.code.empty());
}

Span TokenSpan(const Sentence& s, uint32_t b, uint32_t e) {
  if (b >= e || e > s.tokens.size()) return {};
  return {s.tokens[b].span.begin, s.tokens[e - 1].span.end};
}

// What a match says of whom it names (bits).
constexpr char kPerson = 1, kMale = 2, kFemale = 4;

struct Prior {
  ActorMatch m;
  bool person = false;
  char traits = 0;  // kPerson | kMale | kFemale
  std::string text;
  Span span;
};

// An actor resolved at a tree node.
struct Resolved {
  ActorMatch m;
  std::string text;
  Span span;
  double conf = 1.0;
  std::string how;  // "lexicon", "coref", "modifier"
  int via = -1;     // the modifier node that gave the actor, if any
  int depth = 0;    // ResolveSingle depth at which `via` was taken
};

// A small open-addressing map from 64-bit keys to ints for the per-sentence
// memos of the pattern matcher (std::unordered_map's node lookups were a
// large share of the coder's time).  Keys must not be ~0.
class Memo {
 public:
  // The value stored for `key`, or nullptr.
  const int* Find(uint64_t key) const {
    if (keys_.empty()) return nullptr;
    for (size_t i = Slot(key);; i = (i + 1) & (keys_.size() - 1)) {
      if (keys_[i] == key) return &vals_[i];
      if (keys_[i] == kEmpty) return nullptr;
    }
  }
  void Put(uint64_t key, int value) {
    if (2 * (used_ + 1) > keys_.size()) Grow();
    size_t i = Slot(key);
    while (keys_[i] != kEmpty && keys_[i] != key)
      i = (i + 1) & (keys_.size() - 1);
    if (keys_[i] == kEmpty) ++used_;
    keys_[i] = key;
    vals_[i] = value;
  }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  size_t Slot(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) &
           (keys_.size() - 1);
  }
  void Grow() {
    std::vector<uint64_t> keys(std::max<size_t>(64, 2 * keys_.size()), kEmpty);
    std::vector<int> vals(keys.size());
    keys.swap(keys_);
    vals.swap(vals_);
    used_ = 0;
    for (size_t i = 0; i < keys.size(); ++i)
      if (keys[i] != kEmpty) Put(keys[i], vals[i]);
  }
  std::vector<uint64_t> keys_;
  std::vector<int> vals_;
  size_t used_ = 0;
};

uint64_t MemoKey(int a, int b) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) |
         static_cast<uint32_t>(b);
}

struct Binding {
  int source = -1;
  int target = -1;
  int loose = 0;                // elements matched below their expected place
  bool subject_target = false;  // PETRARCH: "TARGET *" bound the subject
  std::vector<int> path;        // content nodes matched after the predicate
  std::vector<int> pre;         // nodes matched by the elements before it

  // As a fresh Binding whose path starts at predicate p, keeping the
  // vectors' buffers.
  void Reset(int p) {
    source = target = -1;
    loose = 0;
    subject_target = false;
    path.assign(1, p);
    pre.clear();
  }
};

}  // namespace

// An event kept in an earlier sentence, for event nouns that refer back to
// it ("Iran accused the US ... Washington rejected the accusation").
struct PriorEvent {
  std::string root;  // "11"
  ActorMatch source;
  int sentence = 0;
};

// Per-document state: coreference memory.
struct DocState {
  std::vector<Prior> priors;
  std::vector<PriorEvent> events;
};

}  // namespace coder

struct EventCoder::Impl {
  std::unordered_set<std::string> person_entries;
  // Entries (and their role lines) of people with a known gender.
  std::unordered_set<std::string> male_entries, female_entries;
  // Lexicon::SynsetId of every word-class element of the lexicon's patterns.
  // Keyed by the element's address (a flat table: read on the hot path).
  coder::Memo synset_of;
  // The patterns' literal words, numbered (views into the lexicon), and
  // each pattern's: the literals of the lexicon's pattern number k
  // (Lexicon::PatternNumber) are literals[literal_begin[k] ..
  // literal_begin[k + 1]).  Flat arrays read in the order an entry's
  // patterns are tried.
  std::unordered_map<std::string_view, int> literal_ids;
  std::vector<int> literal_begin;
  std::vector<int> literals;
  bool petrarch = false;  // CoderOptions::conventions == kPetrarch
  bool require_target = true;
  int new_actor_length = 0;          // under kPetrarch only
  CoderOptions::CommaLimits commas;  // under kPetrarch only
};

namespace coder {
namespace {

class SentenceCoder {
 public:
  SentenceCoder(const Lexicon& lex, const EventCoder::Impl& impl,
                const Document& doc, int si, DocState* state,
                std::string* explain,
                std::vector<ActorMatch>* matched = nullptr)
      : lex_(lex),
        impl_(impl),
        doc_(doc),
        si_(si),
        s_(doc.sentences[si]),
        tree_(s_),
        state_(state),
        explain_(explain),
        matched_(matched) {}

  void Run(std::vector<Event>* events);

 private:
  // Lexicon::MatchSynsetAt for this sentence, memoised: pattern matching
  // asks about the same (position, synset) pairs many times.
  int SynsetAt(size_t i, int id) const {
    const uint64_t key = MemoKey(static_cast<int>(i), id);
    if (const int* len = synset_memo_.Find(key)) return *len;
    if (!prepared_) prepared_ = lex_.Prepare(s_);
    int len = lex_.MatchSynsetAt(*prepared_, i, id);
    synset_memo_.Put(key, len);
    return len;
  }
  // Lexicon::SynsetId(e.text) of a word-class element, looked up once per
  // lexicon (EventCoder::Impl::synset_of).
  int SynsetOf(const PatternElement& e) const {
    const int* id = impl_.synset_of.Find(reinterpret_cast<uintptr_t>(&e));
    return id ? *id : lex_.SynsetId(e.text);
  }
  bool Usable(const ActorMatch& m) const {
    return Identified(m, impl_.petrarch);
  }
  void Explain(const std::string& line) {
    if (explain_) *explain_ += "  " + line + "\n";
  }
  std::string Word(int i) const { return std::string(tree_.tok(i).form); }

  // Actors.
  bool ResolveSingle(int n, Resolved* out, int depth) const;
  void ResolveNode(int n, std::vector<Resolved>* out) const;
  bool Coref(int n, Resolved* out) const;
  bool NewActor(int n, Resolved* out) const;
  void DropCommaClauses();
  int FirstComplementNoun(int p) const;
  bool HasNounAfter(int p) const;
  bool NamesOwnSubject(int p) const;
  bool ConjOfModifier(int v) const;
  int SkipNounPhrase(int t) const;

  // Arguments.
  int SubjectOf(int v, int depth) const;
  bool StativePassive(int v) const;
  bool InDateline(int t) const;
  int NearestOfSeveralSubjects(int v) const;
  int PerfectParsedAsModifier(int v) const;
  int SubjectInAnOpeningClause(int v) const;
  bool NounParsedAsVerb(int p) const;
  int NameBeforeRootVerb(int v) const;
  void OtherSubjects(int p, int src, std::vector<Resolved>* sources) const;
  void GoverningTarget(const Pattern& pat, int p, Binding* b) const;
  int NounSource(int n) const;
  int DefaultSource(int p, bool noun) const;
  int ComplementSubject(int v) const;
  int ConditionSubject(int p) const;
  int ReportedObligation(int p) const;
  bool UnpatternedObligation(int p) const;
  bool TargetUsable(int n) const;
  bool NamesAPlace(const Resolved& r) const;
  bool History(int p, std::string* why) const;
  bool EventAnaphor(int n, Resolved* out) const;
  bool ThirdPartyTarget(int p, int tgt) const;
  bool HeadOfSynsetMember(int id, int c) const;
  bool ModifierConjunctOfMention(int h, int mi, const Resolved& head,
                                 const Resolved& rc, Resolved* out) const;
  // A direct dependent of n is (part of) an actor match: "Turkish President
  // [Turgut Ozal]".
  bool HasMatchedModifier(int n) const {
    for (int c : tree_.children(n))
      if (match_at_[c] >= 0) return true;
    return false;
  }
  std::vector<NameMention> UnknownNames() const;
  int FirstComplementActor(int p, int src) const;
  void FledFrom(int n, int depth, Resolved* out) const;
  bool HasConjunctSubject(int p) const {
    int s = DefaultSource(p, tree_.IsNominal(p));
    std::vector<int> conj;
    if (s >= 0) tree_.Conjuncts(s, &conj);
    return !conj.empty();
  }

  // Patterns.
  // `literals_checked`: LiteralsPresentAt(its number) is already known true.
  bool MatchPattern(const Pattern& pat, int p, Binding* b,
                    bool literals_checked = false) const;
  bool MatchWordsBefore(const Pattern& pat, int p, Binding* b) const;
  bool MatchWordsAfter(const Pattern& pat, int p, Binding* b) const;
  bool MatchFrom(const Pattern& pat, size_t ei, Binding* b) const;
  bool BindAndMatchFrom(const Pattern& pat, const PatternElement& e, int node,
                        size_t next, bool loose, Binding* b) const;
  bool IsCoordinatorElement(const Pattern& pat, size_t ei) const;
  bool OptionalThat(std::string_view marker, int c) const;
  bool InfinitivalCopula(std::string_view marker, int c) const;
  int OfPhrase(int c) const;
  bool MatchCoordinated(const Pattern& pat, size_t ei, Binding* b) const;
  bool MatchContent(const Pattern& pat, size_t ei, std::string_view marker,
                    Binding* b) const;
  bool ElementMatches(const PatternElement& e, int c) const;
  bool SynsetElementMatches(int id, int c) const;
  bool LiteralAt(int t, const PatternElement& e) const;
  bool JoinedTo(const Pattern& pat, size_t ei, int prev, int c) const;
  bool PhraseLemmaPresent(const Pattern& pat, int p) const;
  bool LiteralsPresent(const Pattern& pat) const;
  // The same for the lexicon's pattern number k (Lexicon::PatternNumber),
  // without reading the pattern.
  bool LiteralsPresentAt(size_t k) const;
  // Fills literals_ (once per sentence: out of LiteralsPresentAt's line).
  [[gnu::noinline]] void ComputeLiterals() const;
  bool EntryLemmaPresent(int entry, int p) const;

  // Truthfulness.
  bool Negated(int p, const Binding& b, std::string* why) const;
  int ClauseOf(int p) const;
  bool MainVerbParsedAsModifier(int v) const;
  bool FiniteVerbAfterItsSubject(int v) const;
  bool ConditionParsedAsComplement(int c) const;
  bool OneOfTwoSubjects(int n) const;
  void TakePlaceCountry(int p, std::vector<Resolved>* sources) const;
  const Resolved* PoliceOfACountry(const std::vector<Resolved>& rs) const;
  bool PeopleWithoutCountry(const Resolved& r) const;
  bool PeopleOfThePolice(const Pattern& pat, int p, bool noun,
                         const Binding& b) const;
  void TakePoliceCountry(const std::vector<Resolved>& sources,
                         std::vector<Resolved>* targets) const;
  int AttackerOfTheAttackIn(int v) const;
  int SubjectChild(int v) const;
  int MisplacedSubject(int v) const;
  bool WishForOthers(const Pattern& pat, int p) const;
  int ObjectArgumentActor(int n) const;
  bool TargetIsTheSource(const Binding& b, int p, bool noun) const;
  bool VisitOfAThing(const Pattern& pat, int t) const;
  bool NotAnIntention(int p) const;
  bool StatementContent(int clause) const;
  bool PlannedNoun(int p) const;
  bool Unrealised(int p, bool modal_keep, std::string* why,
                  const Binding* b = nullptr) const;

  const Lexicon& lex_;
  const EventCoder::Impl& impl_;
  const Document& doc_;
  int si_;
  const Sentence& s_;
  DepTree tree_;
  // What MatchContent asks of a node's relations, a function of the tree
  // (not changed once patterns are matched), kept per node: kShapeKnown
  // once computed; kArgument: it may take a pattern element after the
  // predicate (not punct/case/mark/det/cc/aux/cop/conj/..., not a
  // subject); kHasCase: it has a "case" child; kLooseModifier: an
  // amod/conj/obj/nmod/compound/acl/xcomp without a "case" child.
  static constexpr uint8_t kShapeKnown = 1, kArgument = 2, kHasCase = 4,
                           kLooseModifier = 8;
  uint8_t NodeShape(int c) const;
  mutable std::vector<uint8_t> node_shape_;
  // MatchContent's candidate lists, by pattern element index.
  struct ContentScratch {
    std::vector<int> heads, cands;
  };
  mutable std::vector<ContentScratch> content_scratch_;
  mutable Binding before_;  // MatchPattern's copy of its binding
  mutable Memo synset_memo_;
  mutable Memo element_memo_;  // SynsetElementMatches(id, c)
  mutable Memo phrase_memo_;   // PhraseLemmaPresent(entry, p)
  // LiteralsPresent: the literal words present, sorted, once computed.
  // Bit i: the literal word numbered i is a lemma or form of the sentence.
  mutable std::vector<uint64_t> literals_;
  mutable bool literals_ready_ = false;
  // The sentence's synset lookup sequence, built on the first SynsetAt.
  mutable std::shared_ptr<const Lexicon::PreparedSentence> prepared_;
  DocState* state_;
  std::string* explain_;
  std::vector<ActorMatch>* matched_;  // MatchActors() done by the caller
  std::vector<ActorMatch> matches_;   // without their parts (see Run)
  std::vector<char> matches_traits_;  // kPerson/kMale/kFemale of matches_[i]
  std::vector<int> match_at_;         // token -> index in matches_, or -1
  std::vector<bool> dropped_;         // token -> in a dropped comma clause
};

bool PersonMatch(const EventCoder::Impl& impl, const ActorMatch& m) {
  for (const MatchPart& part : m.parts)
    if ((part.kind == MatchPart::Kind::kActor ||
         part.kind == MatchPart::Kind::kAgent) &&
        impl.person_entries.count(part.entry))
      return true;
  return impl.person_entries.count(m.entry) > 0;
}

// Remembers a sentence's usable actors (*ms, moved from; traits[i]: the
// kPerson/kMale/kFemale bits of (*ms)[i]) for pronouns in later sentences.
void RememberActors(const EventCoder::Impl& impl, std::vector<ActorMatch>* ms,
                    const std::vector<char>& traits, DocState* state) {
  for (size_t mi = 0; mi < ms->size(); ++mi) {
    if (!Identified((*ms)[mi], impl.petrarch)) continue;
    Prior pr;
    pr.m = std::move((*ms)[mi]);
    pr.person = traits[mi] & kPerson;
    pr.traits = traits[mi];
    state->priors.push_back(std::move(pr));
  }
}

// Whether m names a person whose lexicon entry gives gender g ('m'/'f').
bool GenderMatch(const EventCoder::Impl& impl, const ActorMatch& m, char g) {
  const auto& set = g == 'm' ? impl.male_entries : impl.female_entries;
  for (const MatchPart& part : m.parts)
    if (part.kind == MatchPart::Kind::kActor && set.count(part.entry))
      return true;
  return set.count(m.entry) > 0;
}

// The kPerson/kMale/kFemale bits of m (read from its parts).
char MatchTraits(const EventCoder::Impl& impl, const ActorMatch& m) {
  return static_cast<char>((PersonMatch(impl, m) ? kPerson : 0) |
                           (GenderMatch(impl, m, 'm') ? kMale : 0) |
                           (GenderMatch(impl, m, 'f') ? kFemale : 0));
}

bool SentenceCoder::Coref(int n, Resolved* out) const {
  // PETRARCH does not resolve pronouns.
  if (impl_.petrarch) return false;
  const std::string& l = tree_.lemma(n);
  bool person = IsPersonPronoun(l);
  bool thing = IsThingPronoun(l);
  bool plural = IsPluralPronoun(l);
  if (!person && !thing && !plural) return false;
  // "she" is not a man of the lexicon, "he" not a woman.  (Traits are
  // computed once per match: matches_traits_, Prior::traits.)
  const char other = In(l, {"she", "her", "hers", "herself"}) ? kMale
                     : person                                 ? kFemale
                                                              : 0;
  auto fits = [&](const ActorMatch& m, char traits) {
    if (!Usable(m)) return false;
    const bool is_person = traits & kPerson;
    if (person) return is_person && !(traits & other);
    return !is_person;
  };
  // "they" may stand for persons named by a plural noun in this sentence
  // ("Palestinian leaders said they would boycott ..."); the mention's last
  // word must be tagged plural.
  auto plural_persons = [&](const ActorMatch& m, char traits) {
    if (!plural || m.end == 0 || !Usable(m) || !(traits & kPerson))
      return false;
    const std::string& x = tree_.tok(static_cast<int>(m.end) - 1).xpos;
    return x == "NNS" || x == "NNPS";
  };
  // A person unknown to the lexicons who is the subject of a clause before
  // the pronoun is its likeliest antecedent ("Begum married Riedijk after
  // she arrived in Syria"): "he"/"she" then resolve to nobody before it.
  int blocker = -1;
  if (person && In(l, {"he", "she"}))
    for (int k = 0; k < n; ++k)
      if (tree_.upos(k) == UPos::kPROPN && match_at_[k] < 0 &&
          tree_.IsAny(k, {"nsubj", "nsubj:pass"}) &&
          !IsTimeWord(tree_.lemma(k)) && !HasMatchedModifier(k))
        blocker = k;
  // Earlier in this sentence first, then earlier sentences, most recent
  // first.
  for (int i = static_cast<int>(matches_.size()) - 1; i >= 0; --i) {
    const ActorMatch& m = matches_[i];
    if (m.end > static_cast<uint32_t>(n)) continue;
    if (static_cast<int>(m.begin) < blocker) return false;
    if (fits(m, matches_traits_[i]) || plural_persons(m, matches_traits_[i])) {
      out->m = m;
      out->conf = 0.85;
      out->how = "coref";
      return true;
    }
  }
  if (blocker >= 0) return false;
  for (auto it = state_->priors.rbegin(); it != state_->priors.rend(); ++it) {
    if (it->person != person && !plural) continue;
    if (fits(it->m, it->traits)) {
      out->m = it->m;
      out->conf = 0.8;
      out->how = "coref";
      return true;
    }
  }
  return false;
}

// PETRARCH's new_actor_length: a noun phrase that names no actor becomes an
// actor of its words ("Gryffindor's head Minerva McGonagall" -> "GRYFFINDOR
// HEAD MINERVA MCGONAGALL") when it has at most that many.  The phrase is
// read in the text, as PETRARCH's noun phrases are, around n: determiners,
// adjectives, numbers, nouns and possessive markers before it, nouns after
// it, and one "of" phrase ("the Ministry of Magic").  Possessive markers
// and punctuation are not words of the name.  False when disabled, when n
// is no noun (or a pronoun or time word), or the phrase is too long or
// overlaps a lexicon match.
bool SentenceCoder::NewActor(int n, Resolved* out) const {
  if (impl_.new_actor_length <= 0 || n < 0 || match_at_[n] >= 0 ||
      (!dropped_.empty() && dropped_[n]))
    return false;
  auto noun = [&](int t) {
    return tree_.IsNoun(t) && match_at_[t] < 0 && !IsTimeWord(tree_.lemma(t));
  };
  auto possessive = [&](int t) {
    return tree_.upos(t) == UPos::kPART && tree_.Is(t, "case");
  };
  auto np_word = [&](int t) {
    UPos u = tree_.upos(t);
    return noun(t) || possessive(t) ||
           ((u == UPos::kDET || u == UPos::kADJ || u == UPos::kNUM) &&
            match_at_[t] < 0);
  };
  if (!noun(n)) return false;
  int b = n, e = n;
  while (b > 0 && np_word(b - 1)) --b;
  while (e + 1 < tree_.size() && noun(e + 1)) ++e;
  if (e + 2 < tree_.size() && tree_.lemma(e + 1) == "of") {
    int k = e + 2;
    while (k < tree_.size() && np_word(k) && !possessive(k)) ++k;
    if (k > e + 2 && noun(k - 1)) e = k - 1;
  }
  std::string text;
  int words = 0;
  for (int t = b; t <= e; ++t) {
    if (possessive(t)) continue;
    if (!text.empty()) text += ' ';
    text += tree_.tok(t).form;
    ++words;
  }
  if (words == 0 || words > impl_.new_actor_length) return false;
  *out = Resolved();
  out->text = std::move(text);
  out->span =
      TokenSpan(s_, static_cast<uint32_t>(b), static_cast<uint32_t>(e + 1));
  out->how = "new actor";
  out->conf = 0.5;
  return true;
}

// Whether predicate p has a noun phrase after it in its phrase: an object,
// or a nominal with a preposition ("said on Saturday"); not a bare time
// word ("said today", PETRARCH's NP-TMP).
bool SentenceCoder::HasNounAfter(int p) const {
  for (int c : tree_.children(p)) {
    if (c < p || (!dropped_.empty() && dropped_[c]) || !tree_.IsNominal(c) ||
        !tree_.IsAny(c, {"obj", "iobj", "obl", "nmod", "obl:unmarked"}))
      continue;
    if (tree_.Child(c, {"case"}) < 0 && IsTimeWord(tree_.lemma(c))) continue;
    return true;
  }
  return false;
}

// Whether clause p has a subject noun of its own (not a pronoun): "after a
// hafling was reported" is about the hafling, so the subject of the clause
// above is not its source ("Iraq indicated it would act": "it" is).
bool SentenceCoder::NamesOwnSubject(int p) const {
  int s = tree_.Child(p, {"nsubj", "nsubj:pass"});
  return s >= 0 && tree_.IsNominal(s) && tree_.upos(s) != UPos::kPRON;
}

// A verb parsed as a conjunct of an adverb ("was heavily and unjustly
// criticized": "criticized" under "heavily"): the adverbs are its own.
bool SentenceCoder::ConjOfModifier(int v) const {
  int h = tree_.head(v);
  return h >= 0 && tree_.Is(v, "conj") && tree_.IsVerbal(v) &&
         tree_.upos(h) == UPos::kADV;
}

// PETRARCH's '^' in the text-order reading skips a noun phrase: from t,
// a run of determiners, adjectives, numbers and nouns ending in a noun
// ("the parliament"); the last token of the run, or -1 when t starts none.
int SentenceCoder::SkipNounPhrase(int t) const {
  int last = -1;
  for (int k = t; k < tree_.size(); ++k) {
    UPos u = tree_.upos(k);
    if (u == UPos::kNOUN || u == UPos::kPROPN) {
      last = k;
    } else if (!(u == UPos::kDET || u == UPos::kADJ || u == UPos::kNUM) ||
               last >= 0) {
      break;
    }
  }
  return last;
}

// PETRARCH's comma_* limits: drops the complete phrases (subtrees) inside
// comma-delimited clauses of the configured lengths, in words (tokens
// starting with a letter): before the first comma (bmin..bmax), after the
// last (emin..emax, up to the final punctuation), between two commas
// (min..max).  Only commas between phrases count: not one inside a noun
// phrase ("complete, full ties", "Osgiliath, the state's fiercest foe,").
// Dropped tokens are no actors and no predicates (dropped_).
void SentenceCoder::DropCommaClauses() {
  const CoderOptions::CommaLimits& cl = impl_.commas;
  if (cl.max == 0 && cl.bmax == 0 && cl.emax == 0) return;
  const int n = tree_.size();
  auto ancestor = [&](int a, int t) {  // a is t or above it
    for (int g = 0; t >= 0 && g < 64; t = tree_.head(t), ++g)
      if (t == a) return true;
    return false;
  };
  auto np_node = [&](int t) {
    // A nominal, or an adjective, determiner or number modifying one.
    while (t >= 0 &&
           (tree_.upos(t) == UPos::kADJ || tree_.upos(t) == UPos::kDET ||
            tree_.upos(t) == UPos::kNUM) &&
           tree_.IsAny(t, {"amod", "conj", "det", "nummod"}))
      t = tree_.head(t);
    return t >= 0 && tree_.IsNominal(t);
  };
  std::vector<int> commas;
  for (int c = 1; c + 1 < n; ++c) {
    if (tree_.tok(c).form != ",") continue;
    const int h = tree_.head(c);
    // Coordinate adjectives ("complete, full diplomatic ties"), whatever
    // the parse made of them.
    if (tree_.upos(c - 1) == UPos::kADJ &&
        (tree_.upos(c + 1) == UPos::kADJ || tree_.upos(c + 1) == UPos::kNOUN))
      continue;
    // A comma closing a phrase hangs from its head before it.
    if (h >= 0 && h < c && tree_.IsNominal(h)) continue;
    // The lowest node above both neighbours: a noun phrase unless a clause
    // comes between ("crowds [who] said", a relative clause).
    int lca = c - 1;
    while (lca >= 0 && !ancestor(lca, c + 1)) lca = tree_.head(lca);
    bool clause = false;
    for (int side : {c - 1, c + 1})
      for (int t = side, g = 0; t >= 0 && t != lca && g < 64;
           t = tree_.head(t), ++g)
        clause = clause || tree_.IsVerbal(t);
    if (lca >= 0 && np_node(lca) && !clause) continue;
    commas.push_back(c);
  }
  if (commas.empty()) return;
  auto words = [&](int lo, int hi) {  // [lo, hi)
    int k = 0;
    for (int t = std::max(lo, 0); t < hi && t < n; ++t) {
      std::string_view f = tree_.tok(t).form;
      if (!f.empty() && std::isalpha(static_cast<unsigned char>(f[0]))) ++k;
    }
    return k;
  };
  std::vector<std::pair<int, int>> ranges;  // [lo, hi)
  auto consider = [&](int lo, int hi, int min, int max) {
    const int k = words(lo, hi);
    if (max != 0 && k >= min && k <= max) ranges.push_back({lo, hi});
  };
  consider(0, commas.front(), cl.bmin, cl.bmax);
  int end = n;
  while (end > 0 && tree_.upos(end - 1) == UPos::kPUNCT) --end;
  consider(commas.back() + 1, end, cl.emin, cl.emax);
  for (size_t i = 0; i + 1 < commas.size(); ++i)
    consider(commas[i] + 1, commas[i + 1], cl.min, cl.max);
  if (ranges.empty()) return;
  dropped_.assign(n, false);
  for (auto [lo, hi] : ranges) {
    // A token is dropped when its whole subtree is inside the clause.
    std::vector<bool> keep(n, false);
    for (int u = 0; u < n; ++u) {
      if ((u >= lo && u < hi) || tree_.upos(u) == UPos::kPUNCT) continue;
      for (int a = u, g = 0; a >= 0 && g < 64; a = tree_.head(a), ++g)
        keep[a] = true;
    }
    std::string text;
    for (int t = lo; t < hi; ++t) {
      if (keep[t] || tree_.upos(t) == UPos::kPUNCT) continue;
      dropped_[t] = true;
      match_at_[t] = -1;
      text += ' ';
      text += Word(t);
    }
    if (!text.empty()) Explain("comma clause dropped:" + text);
  }
}

// The first nominal argument after predicate p in the text (its object or
// a prepositional phrase, not a time word): where PETRARCH finds a new
// actor as the target when the phrase names no actor.  -1 if none.
int SentenceCoder::FirstComplementNoun(int p) const {
  for (int c : tree_.children(p)) {
    if (c < p || !tree_.IsAny(c, {"obj", "iobj", "obl", "nmod"}) ||
        !tree_.IsNominal(c) || tree_.upos(c) == UPos::kPRON ||
        IsTimeWord(tree_.lemma(c)))
      continue;
    return c;
  }
  return -1;
}

// Refugees named by where they fled, which is their country (Khaldun
// conventions): "refugees fleeing the civil war in Liberia" -> LBR REF,
// "refugees who fled Syria".  `out` is the role noun's match, without a
// country; it takes the country of the fleeing verb's object or its "from"
// phrase.
void SentenceCoder::FledFrom(int n, int depth, Resolved* out) const {
  if (!HasType(out->m, "REF")) return;
  for (int c : tree_.children(n)) {
    if (!tree_.IsAny(c, {"acl", "acl:relcl"}) ||
        !In(tree_.lemma(c), {"flee", "escape"}))
      continue;
    for (int o : tree_.children(c)) {
      // "fleeing Syria", "fled from Syria", "fleeing the war in Liberia"
      // (the place parsed under the verb).
      if (!tree_.Is(o, "obj") &&
          !(tree_.Is(o, "obl") && In(tree_.Marker(o), {"from", "in"})))
        continue;
      Resolved r;
      if (!ResolveSingle(o, &r, depth + 1) || r.m.country.empty()) continue;
      GiveCountry(r.m, &out->m);
      out->how = "modifier";
      out->conf = 0.8;
      out->via = o;
      return;
    }
  }
}

bool SentenceCoder::ResolveSingle(int n, Resolved* out, int depth) const {
  if (n < 0 || depth > 3) return false;
  if (!dropped_.empty() && dropped_[n]) return false;
  const Token& t = tree_.tok(n);
  int mi = match_at_[n];
  if (mi >= 0) {
    const ActorMatch& m = matches_[mi];
    out->m = m;
    out->span = TokenSpan(s_, m.begin, m.end);
    out->text = std::string(doc_.slice(out->span));
    out->how = "lexicon";
    out->conf = 1.0;
    if (!Identified(m)) {
      // A role noun alone ("the security forces of Iraq", "journalists at
      // Sudan's daily newspaper"): a country from its modifiers outside the
      // match.
      for (int c : tree_.children(n)) {
        if (c >= static_cast<int>(m.begin) && c < static_cast<int>(m.end))
          continue;
        bool mod = tree_.IsAny(c, {"nmod:poss", "amod", "compound"});
        if (tree_.Is(c, "nmod") &&
            In(tree_.Marker(c), {"of", "from", "in", "within", "at"}))
          mod = true;
        // Khaldun conventions: "the emir, Sheikh Hamad": the named actor.
        const bool appos = !impl_.petrarch && tree_.Is(c, "appos") && c > n &&
                           tree_.upos(c) == UPos::kPROPN;
        if (!mod && !appos) continue;
        Resolved r;
        if (!ResolveSingle(c, &r, depth + 1) ||
            !Identified(r.m, impl_.petrarch))
          continue;
        // Under PETRARCH a bare role noun is identified too; it is no
        // country for another ("officials of the ministry").
        if (impl_.petrarch && r.m.agent_only && r.m.country.empty() &&
            r.m.group.empty())
          continue;
        if (impl_.petrarch) {
          // PETRARCH joins the modifier's code and the role's types it
          // lacks: "activists of Amnesty International" -> NGM + OPP,
          // "activists of Gonzo GMO" -> GONGMO + OPP.
          out->m.country = r.m.country;
          out->m.group = r.m.group;
          out->m.agent_only = false;
          out->m.code = r.m.code;
          for (const std::string& ty : m.types) {
            bool have = false;
            for (size_t k = 0; k + 3 <= r.m.code.size(); k += 3)
              have = have || r.m.code.compare(k, 3, ty) == 0;
            if (!have) out->m.code += ty;
          }
        } else if (appos) {
          out->m = r.m;
        } else if (!r.m.country.empty()) {
          GiveCountry(r.m, &out->m);
        } else {
          // A known group without a country ("leaders of ECOWAS",
          // "inspectors of the IAEA"): the group itself.
          out->m = r.m;
        }
        out->how = "modifier";
        out->conf = 0.9;
        out->via = c;
        break;
      }
      if (out->how != "modifier" && !impl_.petrarch) FledFrom(n, depth, out);
    }
    return true;
  }
  if (t.upos == UPos::kPRON) {
    if (Coref(n, out)) {
      out->span = t.span;
      out->text = std::string(t.form);
      return true;
    }
    return false;
  }
  // Not an actor itself (an event noun, "groups", "nations"): its
  // possessor, modifiers, apposition, "including X", or where it is.
  // A possessive pronoun comes last: "his Iraqi counterpart" is Iraqi.
  for (int pass = 0; pass < 4; ++pass) {
    for (int c : tree_.children(n)) {
      bool take = false;
      const bool pron = tree_.upos(c) == UPos::kPRON;
      if (pass == 0) take = tree_.Is(c, "nmod:poss") && !pron;
      if (pass == 3) take = tree_.Is(c, "nmod:poss") && pron;
      if (pass == 1)
        // nmod:desc: a title before a name ("Gambian President [Dawda]
        // Jawara" with the title matched and the name unknown).
        // Khaldun conventions: also a `flat` name after a head that names
        // no actor ("NATO-member Norway" with "Norway" flat).
        // Also a name right after the noun parsed as `nmod:unmarked`
        // ("the capital Juba").
        take =
            tree_.IsAny(c, {"compound", "amod", "appos", "nmod:desc"}) ||
            (!impl_.petrarch && tree_.Is(c, "nmod:unmarked") && c == n + 1 &&
             tree_.upos(c) == UPos::kPROPN) ||
            (tree_.Is(c, "nmod") &&
             In(tree_.Marker(c), {"including", "include", "like", "such"})) ||
            (!impl_.petrarch && tree_.Is(c, "flat") && c > n &&
             tree_.upos(n) == UPos::kPROPN);
      // "scores of Liberian refugees", "the withdrawal of Syrian forces",
      // "mediation efforts between the two militias"; not "supporters of
      // the governor", nor (Khaldun conventions) "the killing of X".
      if (pass == 2)
        take = tree_.Is(c, "nmod") &&
               (In(tree_.Marker(c),
                   {"within", "in", "inside", "between", "among"}) ||
                (tree_.Marker(c) == "of" && !IsRelational(tree_.lemma(n)) &&
                 (impl_.petrarch || !IsActDoneTo(tree_.lemma(n)))));
      if (take && ResolveSingle(c, out, depth + 1)) {
        out->conf *= 0.9;
        out->how = "modifier";
        if (out->via < 0) out->via = c;
        return true;
      }
    }
  }
  return !impl_.petrarch && EventAnaphor(n, out);
}

// Runs of proper nouns outside every actor match ("the Ansar Allah
// Brigade" -> "Ansar Allah Brigade"), months and weekdays excepted.
std::vector<NameMention> SentenceCoder::UnknownNames() const {
  std::vector<NameMention> out;
  const int n = tree_.size();
  for (int i = 0; i < n;) {
    auto unknown = [&](int k) {
      return tree_.upos(k) == UPos::kPROPN && match_at_[k] < 0 &&
             !IsTimeWord(tree_.lemma(k));
    };
    if (!unknown(i)) {
      ++i;
      continue;
    }
    int j = i + 1;
    while (j < n && unknown(j)) ++j;
    Span span{tree_.tok(i).span.begin, tree_.tok(j - 1).span.end};
    out.push_back({std::string(doc_.slice(span)), span});
    i = j;
  }
  return out;
}

// "Washington rejected the accusation": a definite noun that names a kind
// of event ("the accusation", "this demand", "the offer") and no actor of
// its own stands for the source of the latest such event in the three
// sentences before ("Iran's foreign ministry accused the U.S. ..." -> IRN
// GOV).  Not as a subject.
bool SentenceCoder::EventAnaphor(int n, Resolved* out) const {
  if (tree_.upos(n) != UPos::kNOUN || tree_.IsAny(n, {"nsubj", "nsubj:pass"}))
    return false;
  const std::string& l = tree_.lemma(n);
  std::string_view root, root2;
  if (!EventAnaphorRoots(l, &root, &root2)) return false;
  bool definite = false;
  for (int c : tree_.children(n))
    if (tree_.Is(c, "det") &&
        In(tree_.lemma(c), {"the", "this", "that", "these", "those", "such"}))
      definite = true;
  if (!definite) return false;
  for (auto it = state_->events.rbegin(); it != state_->events.rend(); ++it) {
    if (si_ - it->sentence > 3) break;
    if (it->root != root && it->root != root2) continue;
    out->m = it->source;
    out->span = tree_.tok(n).span;
    out->text = std::string(tree_.tok(n).form);
    out->how = "event";
    out->conf = 0.7;
    return true;
  }
  return false;
}

// "US and Iraqi forces battled militants": a reciprocal pattern's target
// (`tgt`, after predicate `p`) names an actor the coder cannot use (no
// country or known group), a third party; the members of the compound subject
// do not act on each other (Khaldun conventions only).
bool SentenceCoder::ThirdPartyTarget(int p, int tgt) const {
  // After the predicate: a word before it bound as its target is a parse
  // slip more often than an argument.
  if (impl_.petrarch || tgt <= p || match_at_[tgt] < 0) return false;
  const ActorMatch& m = matches_[match_at_[tgt]];
  return m.country.empty() && m.group.empty();
}

// "French and Egyptian warships": the mention is "Egyptian warships"
// (EGYMIL) and "French", an adjective conjoined to its modifier, names
// another actor of the same kind (FRAMIL, not the bare FRA).  `c` is a
// conjunct of the mention's lead token, in a coordination headed by `c`'s
// head `h`, a modifier (amod or compound) of a word inside mention `mi`;
// `rc`, what `c` resolves to, names a country with no types or group.
bool SentenceCoder::ModifierConjunctOfMention(int h, int mi,
                                              const Resolved& head,
                                              const Resolved& rc,
                                              Resolved* out) const {
  if (mi < 0 || head.m.types.empty() || head.m.country.empty()) return false;
  if (rc.m.country.empty() || !rc.m.types.empty() || !rc.m.group.empty())
    return false;
  if (!tree_.IsAny(h, {"amod", "compound"})) return false;
  const ActorMatch& m = matches_[mi];
  int t = tree_.head(h);
  if (t < static_cast<int>(m.begin) || t >= static_cast<int>(m.end))
    return false;
  if (head.m.code.size() < 3 || head.m.code.substr(0, 3) != head.m.country)
    return false;
  *out = head;
  out->m.country = rc.m.country;
  out->m.code = rc.m.country + head.m.code.substr(3);
  out->text = rc.text;
  out->span = rc.span;
  out->how = "modifier";
  return true;
}

void SentenceCoder::ResolveNode(int n, std::vector<Resolved>* out) const {
  if (n < 0) return;
  const int mention = match_at_[n];
  // A node inside a multi-word name stands for the name's head, which
  // carries the conjuncts ("Minas Tirith and Osgiliath").
  int mi = match_at_[n];
  if (mi >= 0) {
    const ActorMatch& m = matches_[mi];
    for (uint32_t k = m.begin; k < m.end; ++k) {
      int h = tree_.head(static_cast<int>(k));
      if (h < static_cast<int>(m.begin) || h >= static_cast<int>(m.end)) {
        n = static_cast<int>(k);
        break;
      }
    }
  }
  size_t first = out->size();
  Resolved r;
  if (ResolveSingle(n, &r, 0)) {
    out->push_back(r);
    // Conjoined modifiers: "Lawmakers in Fornost and Gondor" -> FORLEG and
    // GONLEG, "Eriadori and Calenardhon leaders" -> ERI and CAL.
    if (r.via >= 0) {
      std::vector<int> mods;
      tree_.Conjuncts(r.via, &mods);
      for (int c : mods) {
        Resolved rc;
        if (!ResolveSingle(c, &rc, 1) || rc.m.country.empty()) continue;
        Resolved x = r;
        x.m.country = rc.m.country;
        x.m.group = rc.m.group;
        if (r.m.code.size() >= 3 && r.m.code.substr(0, 3) == r.m.country)
          x.m.code = rc.m.code.substr(0, 3) + r.m.code.substr(3);
        else
          x.m.code = rc.m.code;
        if (match_at_[n] < 0) x.m.code = rc.m.code;  // a plain modifier
        out->push_back(x);
      }
    }
  } else if (NewActor(n, &r)) {  // PETRARCH's new_actor_length
    out->push_back(r);
  }
  const size_t own = out->size();
  std::vector<int> conj;
  tree_.Conjuncts(n, &conj);
  for (int c : conj) {
    Resolved rc;
    if (!ResolveSingle(c, &rc, 0)) {
      if (NewActor(c, &rc)) out->push_back(rc);
      continue;
    }
    // A role noun conjoined to an actor shares its country ("Danish media
    // and government" -> DNKMED, DNKGOV; "lawmakers and officials in
    // Fornost" -> FORLEG, FORGOV): the first conjunct's code without its
    // last type, then the role's.
    bool bare = rc.m.country.empty() && rc.m.group.empty() &&
                !rc.m.types.empty() && rc.how == "lexicon";
    bool shared = false;
    for (size_t i = first; bare && i < own; ++i) {
      const Resolved& x = (*out)[i];
      if (x.m.country.empty() || x.m.types.empty() || x.m.code.size() < 6)
        continue;
      Resolved y = rc;
      y.m.country = x.m.country;
      y.m.code = x.m.code.substr(0, x.m.code.size() - 3) + rc.m.code;
      y.how = "modifier";
      out->push_back(y);
      shared = true;
    }
    if (!shared) out->push_back(rc);
  }
  // "French and Egyptian warships": the mention's lead word is a conjunct
  // of a modifier outside it.
  if (mention >= 0 && first < own && tree_.Is(n, "conj")) {
    int h = tree_.ConjHead(n);
    std::vector<int> mods = {h};
    tree_.Conjuncts(h, &mods);
    for (int c : mods) {
      Resolved rc, mod;
      if (c == n || match_at_[c] == mention || !ResolveSingle(c, &rc, 1))
        continue;
      if (ModifierConjunctOfMention(h, mention, (*out)[first], rc, &mod))
        out->push_back(mod);
    }
  }
  // An imported actor with several codes ("THE_SHIRE [FRO/BIL/SAM]") is
  // one actor per code.
  for (size_t i = first; i < out->size(); ++i) {
    std::string code = (*out)[i].m.code;
    size_t slash = code.find('/');
    if (slash == std::string::npos) continue;
    std::vector<Resolved> parts;
    size_t pos = 0;
    while (pos <= code.size()) {
      size_t e = code.find('/', pos);
      if (e == std::string::npos) e = code.size();
      Resolved x = (*out)[i];
      x.m.code = code.substr(pos, e - pos);
      x.m.country = x.m.code.substr(0, std::min<size_t>(3, x.m.code.size()));
      if (!x.m.code.empty()) parts.push_back(std::move(x));
      pos = e + 1;
    }
    out->erase(out->begin() + static_cast<long>(i));
    out->insert(out->begin() + static_cast<long>(i), parts.begin(),
                parts.end());
    i += parts.size() - 1;
  }
}

// PETRARCH's source is the noun phrase right before the verb phrase: when
// the parse gives v several subjects ("Old foes Gondor and Osgiliath have
// renewed", "Lions, tigers and Gondor welcomed ..., the agency said"), the
// last before v that names an actor; -1 if v has at most one subject or
// none of them names an actor.
int SentenceCoder::NearestOfSeveralSubjects(int v) const {
  std::vector<int> subjects;
  for (int c : tree_.children(v))
    if (c < v && tree_.IsAny(c, {"nsubj", "nsubj:pass"})) subjects.push_back(c);
  if (subjects.size() < 2 || tree_.Child(v, {"aux:pass"}) >= 0) return -1;
  std::sort(subjects.begin(), subjects.end());
  for (auto it = subjects.rbegin(); it != subjects.rend(); ++it) {
    Resolved r;
    if (ResolveSingle(*it, &r, 0) && Usable(r.m)) return *it;
  }
  return -1;
}

// The other subjects naming actors of the predicate p whose subject src is,
// when the parse gives it several (NearestOfSeveralSubjects): a
// coordination the parse broke up ("Fornost and the evil awful Gondor
// welcomed").
void SentenceCoder::OtherSubjects(int p, int src,
                                  std::vector<Resolved>* sources) const {
  const int v = src >= 0 ? tree_.head(src) : -1;
  if (v < 0 || v != p || NearestOfSeveralSubjects(v) != src) return;
  for (int c : tree_.children(v)) {
    if (c == src || c > v || !tree_.IsAny(c, {"nsubj", "nsubj:pass"})) continue;
    std::vector<Resolved> more;
    ResolveNode(c, &more);
    for (Resolved& r : more)
      if (Usable(r.m)) sources->push_back(std::move(r));
  }
}

// PETRARCH: "has broken relations" parsed with the participle as a modifier
// of the object of "has": the "have" verb right before v, else -1.
int SentenceCoder::PerfectParsedAsModifier(int v) const {
  if (!tree_.Is(v, "amod") || tree_.upos(v) != UPos::kVERB) return -1;
  int n = tree_.head(v);
  int h = n >= 0 ? tree_.head(n) : -1;
  if (h < 0 || h != v - 1 || !tree_.Is(n, "obj") || tree_.lemma(h) != "have")
    return -1;
  return h;
}

// PETRARCH: a main verb without a subject whose noun phrase the parse put
// inside a clause before it ("Arnor's foreign minister, in remarks
// published on Monday, urged ...", *minister* an obl of *published*): the
// first nominal before v without a preposition, below v only through
// clauses; else -1.
int SentenceCoder::SubjectInAnOpeningClause(int v) const {
  if (tree_.head(v) >= 0 ||
      tree_.Child(v, {"nsubj", "nsubj:pass", "csubj", "expl"}) >= 0)
    return -1;
  for (int k = 0; k < v; ++k) {
    if (!tree_.IsNominal(k) || tree_.upos(k) == UPos::kPRON ||
        !tree_.IsAny(k, {"obl", "obj", "nsubj", "nmod"}) ||
        tree_.Child(k, {"case"}) >= 0)
      continue;
    int h = tree_.head(k);
    while (h >= 0 && h != v && tree_.IsAny(h, {"advcl", "acl"}))
      h = tree_.head(h);
    if (h == v) return k;
  }
  return -1;
}

// PETRARCH: a noun the tagger made of a verb.  With an auxiliary and a
// subject of its own and no copula ("Soldiers from Gondor will not wire tap
// the links"), or the sentence's root with an adverbial clause, no
// determiner and a name compounded before it (NameBeforeRootVerb: "Ethiopia
// departs from Libya almost five years after crowds trashed its embassy").
bool SentenceCoder::NounParsedAsVerb(int p) const {
  if (tree_.Child(p, {"cop", "det"}) >= 0) return false;
  if (tree_.Child(p, {"aux"}) >= 0 && tree_.Child(p, {"nsubj"}) >= 0)
    return true;
  // (The name may also be parsed as its subject: a noun root has no
  // subject without a copula.)
  return tree_.head(p) < 0 && tree_.Child(p, {"advcl"}) >= 0 &&
         (NameBeforeRootVerb(p) >= 0 || tree_.Child(p, {"nsubj"}) >= 0);
}

// The actor compounded before a root noun taken for a verb: its subject.
int SentenceCoder::NameBeforeRootVerb(int v) const {
  if (tree_.head(v) >= 0 || tree_.IsVerbal(v)) return -1;
  for (int c : tree_.children(v)) {
    Resolved r;
    if (c < v && tree_.Is(c, "compound") && tree_.upos(c) == UPos::kPROPN &&
        ResolveSingle(c, &r, 0) && Usable(r.m))
      return c;
  }
  return -1;
}

// Khaldun conventions: police act at home.  People named by a role noun
// with neither country nor group ("demonstrators", "protesters") whom a
// country's police coerce (17x: disperse, arrest, ...) are that country's
// ("Liberian riot police used tear gas to disperse demonstrators" ->
// LBRCOP -> LBRCVL).
const Resolved* SentenceCoder::PoliceOfACountry(
    const std::vector<Resolved>& rs) const {
  for (const Resolved& r : rs)
    if (Usable(r.m) && !r.m.country.empty() && HasType(r.m, "COP")) return &r;
  return nullptr;
}

bool SentenceCoder::PeopleWithoutCountry(const Resolved& r) const {
  return r.m.country.empty() && r.m.group.empty() && r.how != "new actor" &&
         HasType(r.m, "CVL");
}

bool SentenceCoder::PeopleOfThePolice(const Pattern& pat, int p, bool noun,
                                      const Binding& b) const {
  if (impl_.petrarch || !pat.code.starts_with("17") || b.target < 0)
    return false;
  std::vector<Resolved> ts, ss;
  ResolveNode(b.target, &ts);
  if (std::none_of(ts.begin(), ts.end(),
                   [&](const Resolved& r) { return PeopleWithoutCountry(r); }))
    return false;
  ResolveNode(b.source >= 0 ? b.source : DefaultSource(p, noun), &ss);
  return PoliceOfACountry(ss) != nullptr;
}

void SentenceCoder::TakePoliceCountry(const std::vector<Resolved>& sources,
                                      std::vector<Resolved>* targets) const {
  const Resolved* police = PoliceOfACountry(sources);
  if (!police) return;
  for (Resolved& t : *targets) {
    if (!PeopleWithoutCountry(t)) continue;
    GiveCountry(police->m, &t.m);
    t.m.agent_only = false;
    t.how = "the police's country";
    t.conf *= 0.8;
  }
}

// Khaldun conventions: people protest where they are.  A source of a
// protest (14x) named by a role noun of civilians with neither country nor
// group takes the country of the place the protest is in or at ("Prisoners
// rioted at a jail in East Timor's capital Dili" -> TLSCVL): a country or
// capital alone, in an in/at phrase of the predicate or of such a phrase.
void SentenceCoder::TakePlaceCountry(int p,
                                     std::vector<Resolved>* sources) const {
  if (std::none_of(sources->begin(), sources->end(),
                   [&](const Resolved& r) { return PeopleWithoutCountry(r); }))
    return;
  std::vector<std::pair<int, int>> stack;
  for (int c : tree_.children(p)) {
    if (tree_.Is(c, "obl") && In(tree_.Marker(c), {"in", "at"}))
      stack.push_back({c, 0});
    // "blocked streets in Hong Kong": where the object is.
    if (tree_.Is(c, "obj"))
      for (int k : tree_.children(c))
        if (tree_.Is(k, "nmod") && In(tree_.Marker(k), {"in", "at"}))
          stack.push_back({k, 1});
  }
  std::reverse(stack.begin(), stack.end());
  ActorMatch place;
  while (!stack.empty() && place.country.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    Resolved r;
    if (ResolveSingle(n, &r, 0) && !r.m.country.empty() && r.m.group.empty() &&
        r.m.types.empty()) {
      place = r.m;
      break;
    }
    if (depth >= 2) continue;
    const std::vector<int>& kids = tree_.children(n);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it)
      if (tree_.Is(*it, "nmod") && In(tree_.Marker(*it), {"in", "at", ""}))
        stack.push_back({*it, depth + 1});
  }
  if (place.country.empty()) return;
  for (Resolved& s : *sources) {
    if (!PeopleWithoutCountry(s)) continue;
    GiveCountry(place, &s.m);
    s.m.agent_only = false;
    s.how = "the place's country";
    s.conf *= 0.8;
  }
}

// "One Serb policeman was murdered in an attack on a police patrol by
// Kosovo Albanians": an agentless passive done in an attack whose "by"
// phrase names the attackers; they did it (Khaldun conventions).  The "by"
// node, or -1.
int SentenceCoder::AttackerOfTheAttackIn(int v) const {
  for (int c : tree_.children(v)) {
    if (!tree_.Is(c, "obl") || !In(tree_.Marker(c), {"in", "during"}) ||
        !In(tree_.lemma(c), {"attack", "assault", "raid", "ambush", "bombing",
                             "shelling", "strike", "airstrike", "shooting",
                             "explosion", "blast", "offensive"}))
      continue;
    for (int k : tree_.children(c))
      if (k > c && tree_.Is(k, "nmod") && tree_.Marker(k) == "by") return k;
  }
  return -1;
}

int SentenceCoder::SubjectOf(int v, int depth) const {
  if (v < 0 || depth > 6) return -1;
  if (impl_.petrarch) {
    int s = NearestOfSeveralSubjects(v);
    if (s >= 0) return s;
    s = SubjectInAnOpeningClause(v);
    if (s >= 0) return s;
    if (tree_.upos(v) == UPos::kNOUN && tree_.Child(v, {"nsubj"}) < 0 &&
        NounParsedAsVerb(v))
      return NameBeforeRootVerb(v);
    int have = PerfectParsedAsModifier(v);
    if (have >= 0) return SubjectOf(have, depth + 1);
  }
  // Passive: the by-agent is the source.
  if (tree_.Child(v, {"nsubj:pass", "aux:pass"}) >= 0) {
    for (int c : tree_.children(v))
      if (tree_.Is(c, "obl") && tree_.Marker(c) == "by") return c;
    // PETRARCH: or below an adverb of the verb ("was opposed earlier by
    // Osgiliath" with the by-phrase under "earlier").
    for (int a : tree_.children(v)) {
      if (!impl_.petrarch || !tree_.Is(a, "advmod")) continue;
      for (int c : tree_.children(a))
        if (tree_.Is(c, "obl") && tree_.Marker(c) == "by") return c;
    }
    // PETRARCH takes the subject of an agentless passive ("The Philippines
    // was criticized over its dispute with Eriador" -> PHL -> ERI).
    // (The subject of a passive auxiliary may be parsed as a plain nsubj:
    // "Israel [is]aux:pass opposed to ...".)
    if (impl_.petrarch) return tree_.Child(v, {"nsubj"});
    if (StativePassive(v)) return tree_.Child(v, {"nsubj"});
    return AttackerOfTheAttackIn(v);
  }
  int s = SubjectChild(v);
  if (s >= 0) {
    if (tree_.Is(v, "acl:relcl") &&
        In(tree_.lemma(s), {"who", "which", "that"}))
      return tree_.head(v);
    return s;
  }
  int h = tree_.head(v);
  if (h < 0) return -1;
  int misplaced = MisplacedSubject(v);
  if (misplaced >= 0) return misplaced;
  if (tree_.Is(v, "xcomp")) {
    int o = tree_.Child(h, {"obj", "iobj"});
    if (o >= 0 && tree_.IsNominal(o) &&
        (impl_.petrarch || !IsTimeWord(tree_.lemma(o))))
      return o;
    return SubjectOf(h, depth + 1);
  }
  if (tree_.Is(v, "conj")) return SubjectOf(tree_.ConjHead(v), depth + 1);
  if (tree_.Is(v, "acl:relcl")) return h;
  if (MainVerbParsedAsModifier(v)) return h;
  // PETRARCH: a temporal clause without a subject ("after leaving
  // Eriador") has no source (its tree has no noun phrase for one).
  if (impl_.petrarch && tree_.Is(v, "advcl")) {
    int m = tree_.Child(v, {"mark"});
    if (m >= 0 && In(tree_.lemma(m), {"after", "before", "since", "until",
                                      "while", "when", "once"}))
      return -1;
  }
  if (tree_.IsAny(v, {"advcl", "acl"})) {
    // "has no plans to withdraw": the planner; "condemning ...": the
    // subject of the clause it hangs from.  Khaldun conventions: a noun's
    // possessor first ("welcomed Trump's move to reimpose sanctions").
    if (!impl_.petrarch && !tree_.IsVerbal(h) &&
        tree_.Child(h, {"nmod:poss"}) >= 0)
      return NounSource(h);
    if (!tree_.IsVerbal(h) && tree_.Child(h, {"nsubj"}) < 0 &&
        tree_.head(h) >= 0 && tree_.IsAny(h, {"obj", "nsubj:pass"}))
      return SubjectOf(tree_.head(h), depth + 1);
    if (!tree_.IsVerbal(h)) return NounSource(h);
    return SubjectOf(h, depth + 1);
  }
  return -1;
}

// Khaldun conventions: "Israel is opposed to French mediation": a
// participle of stance after "be", with a to-phrase or to-infinitive and
// no by-agent, is an adjective; its passive subject holds the stance.
bool SentenceCoder::StativePassive(int v) const {
  if (!In(tree_.lemma(v),
          {"oppose", "commit", "determine", "prepare", "dedicate"}) ||
      tree_.Child(v, {"nsubj"}) < 0 ||
      tree_.ChildLemma(v, {"aux:pass"}, "be") < 0)
    return false;
  for (int c : tree_.children(v))
    if ((tree_.Is(c, "obl") && tree_.Marker(c) == "to") ||
        (tree_.IsAny(c, {"xcomp", "advcl"}) &&
         tree_.ChildLemma(c, {"mark"}, "to") >= 0))
      return true;
  return false;
}

// v's nsubj.  Under Khaldun's conventions a day name parsed as a second
// subject ("Turkey said Monday it had asked ...": *Monday* and *it* both
// nsubj of *asked*) gives way to the other, a subject hung on v's
// auxiliary is v's, and an expletive *it* of "willing/ready/..." is the
// subject.
int SentenceCoder::SubjectChild(int v) const {
  int s = tree_.Child(v, {"nsubj"});
  // "Syria says it is willing to withdraw": *it* parsed as an expletive
  // of an adjective that only a person or a party can be.
  // "Syria has again offered ...": the subject hung on the auxiliary.
  if (s < 0 && !impl_.petrarch)
    for (int c : tree_.children(v))
      if (s < 0 && tree_.Is(c, "aux") && c < v) s = tree_.Child(c, {"nsubj"});
  if (s < 0 && !impl_.petrarch && tree_.upos(v) == UPos::kADJ &&
      In(tree_.lemma(v), {"willing", "ready", "prepared", "eager", "determined",
                          "keen", "unwilling", "reluctant"}))
    return tree_.Child(v, {"expl"});
  // Nor is the dateline's place a subject ("KABUL (Reuters) - The United
  // States has brokered ...", *KABUL* and *States* both nsubj).
  if (s < 0 || impl_.petrarch) return s;
  if (InDateline(s)) {
    // "TEHRAN (Reuters) - Iran on Sunday turned down ...": *Iran* parsed
    // as a conjunct of the dateline.
    for (int c : tree_.children(s))
      if (tree_.Is(c, "conj") && !InDateline(c)) return c;
    for (int c : tree_.children(v))
      if (c != s && tree_.Is(c, "nsubj") && !tree_.Is(c, "nsubj:pass") &&
          !IsTimeWord(tree_.lemma(c)))
        return c;
    return s;
  }
  if (!IsTimeWord(tree_.lemma(s))) return s;
  for (int c : tree_.children(v))
    if (c != s && tree_.Is(c, "nsubj") && !tree_.Is(c, "nsubj:pass")) return c;
  return s;
}

// Whether token t is part of a dateline: the document's, or one that opens
// this sentence (after a headline the segmenter does not take it for the
// document's): words in capitals, an optional "(Agency)", then a dash or
// colon ("KABUL (Reuters) - ...").
bool SentenceCoder::InDateline(int t) const {
  const Span& sp = tree_.tok(t).span;
  if (doc_.dateline.present() && sp.begin >= doc_.dateline.span.begin &&
      sp.end <= doc_.dateline.span.end)
    return true;
  auto capitals = [&](int i) {
    std::string_view f = tree_.tok(i).form;  // tree_.form is lowercased
    bool letter = false;
    for (char ch : f) {
      if (ch >= 'a' && ch <= 'z') return false;
      if (ch >= 'A' && ch <= 'Z') letter = true;
    }
    return letter && f.size() >= 2;
  };
  int i = 0;
  while (i < tree_.size() && i < 4 && capitals(i)) ++i;
  if (i == 0 || t >= i) return false;
  int j = i;
  if (j + 2 < tree_.size() && tree_.form(j) == "(" && tree_.form(j + 2) == ")")
    j += 3;
  return j < tree_.size() &&
         (tree_.form(j) == "-" || tree_.form(j) == "--" ||
          tree_.form(j) == ":" || tree_.form(j) == "\u2014");
}

// The first actor in a to/against/on/at/into phrase of n's direct object
// when the object names none ("threatened to deliver devastating blows [to
// the United States]", "launched attacks [against Kurdish rebels]"); -1 if
// none.
int SentenceCoder::ObjectArgumentActor(int n) const {
  int o = tree_.Child(n, {"obj"});
  if (o < 0) return -1;
  Resolved r;
  if (ResolveSingle(o, &r, 0) && Usable(r.m)) return -1;
  auto argument = [&](int c) {
    return tree_.Is(c, "nmod") &&
           In(tree_.Marker(c), {"to", "against", "on", "at", "into", "toward",
                                "towards", "upon"});
  };
  for (int c : tree_.children(o)) {
    if (!argument(c)) continue;
    if (ResolveSingle(c, &r, 0) && Usable(r.m)) return c;
    // One level down when that phrase names none either: "lift embargoes
    // on pharmaceutical sales [to Iran]".
    for (int d : tree_.children(c))
      if (argument(d) && ResolveSingle(d, &r, 0) && Usable(r.m)) return d;
  }
  return -1;
}

// Khaldun conventions: whether a pattern's TARGET is the predicate's own
// source ("Charles Taylor called on Liberians to stand by him": `* _ to
// stand by TARGET` binds *him*, Taylor), so that a pattern naming another
// actor is preferred (`* on TARGET to _`, the Liberians).
// Khaldun conventions: hosting (043) is of people: a TARGET bound to a
// thing that names its owner only through a modifier
// ("welcomed President Reagan's latest policy statement as proof of ...
// a settlement to be reached", *statement* -> USA through "Reagan's") is no
// guest; another pattern (praise, 051) may code the sentence.  (A visit to
// a thing is a visit to its owner's country: "visited Kenya's biggest
// shantytown".)
bool SentenceCoder::VisitOfAThing(const Pattern& pat, int t) const {
  if (impl_.petrarch || t < 0 || match_at_[t] >= 0 ||
      tree_.upos(t) != UPos::kNOUN || pat.code != "043")
    return false;
  Resolved r;
  return ResolveSingle(t, &r, 0) && r.how == "modifier";
}

bool SentenceCoder::TargetIsTheSource(const Binding& b, int p,
                                      bool noun) const {
  if (impl_.petrarch || b.target < 0) return false;
  int src = b.source >= 0 ? b.source : DefaultSource(p, noun);
  Resolved rs, rt;
  return src >= 0 && ResolveSingle(src, &rs, 0) &&
         ResolveSingle(b.target, &rt, 0) && Usable(rs.m) &&
         rs.m.code == rt.m.code;
}

// Khaldun conventions: the subject of a verb without one that the parser
// gave to its head.  "The Palestinians reject ..., Erakat said": *reject*
// a ccomp of *said*, which has two subjects, one before *reject* and one
// after; "Bangladesh has once again outright rejected ...": *rejected* a
// parataxis of a root that is no verb but has the subject and the
// auxiliary.  -1 otherwise.
int SentenceCoder::MisplacedSubject(int v) const {
  const int h = tree_.head(v);
  if (impl_.petrarch || h < 0 || tree_.upos(v) != UPos::kVERB) return -1;
  if (tree_.Is(v, "parataxis")) {
    if (h > v || tree_.IsVerbal(h) || tree_.Child(h, {"aux"}) < 0) return -1;
    return tree_.Child(h, {"nsubj"});
  }
  if (!tree_.Is(v, "ccomp") || h < v) return -1;
  int before = -1, after = -1;
  for (int c : tree_.children(h)) {
    if (!tree_.Is(c, "nsubj") || tree_.Is(c, "nsubj:pass")) continue;
    if (c < v) before = c;
    if (c > v && after < 0) after = c;
  }
  return before >= 0 && after >= 0 ? before : -1;
}

// Khaldun conventions: "want/wish/expect X to V" states no intention of the
// subject's (03x) when X is an actor ("Sharon wants Germany to pay
// compensation"), and "want/wish X to V" is an appeal (02x) only then (not
// "wanted to give up").  True when pat must not be used for p.
bool SentenceCoder::WishForOthers(const Pattern& pat, int p) const {
  if (impl_.petrarch || !In(tree_.lemma(p), {"want", "wish", "expect"}))
    return false;
  const bool appeal = pat.code.starts_with("02");
  if (!appeal && !pat.code.starts_with("03")) return false;
  bool controlled = false;
  int o = tree_.Child(p, {"obj", "iobj"});
  Resolved r;
  if (o >= 0 && ResolveSingle(o, &r, 0) && Usable(r.m))
    for (int c : tree_.children(p))
      if (c > o && tree_.Is(c, "xcomp") &&
          tree_.ChildLemma(c, {"mark"}, "to") >= 0)
        controlled = true;
  return appeal != controlled;
}

int SentenceCoder::NounSource(int n) const {
  int c = tree_.Child(n, {"nmod:poss"});
  if (c >= 0) return c;
  for (int k : tree_.children(n))
    if (tree_.IsAny(k, {"compound", "amod"}) && match_at_[k] >= 0 &&
        static_cast<int>(matches_[match_at_[k]].end) <= n + 1 &&
        match_at_[k] != match_at_[n])
      return k;
  for (int k : tree_.children(n))
    if (tree_.Is(k, "nmod") && tree_.Marker(k) == "by") return k;
  int s = tree_.Child(n, {"nsubj"});  // "Iraq has been a critic of ..."
  if (s >= 0) return s;
  int h = tree_.head(n);
  if (h >= 0 && tree_.Is(n, "obj") && IsLightVerb(tree_.lemma(h)))
    return SubjectOf(h, 0);
  // "Serb forces were engaged in ethnic cleansing", "Sudan's government is
  // responsible for mass killings": the one engaged in or responsible for
  // the act (Khaldun conventions).
  if (h >= 0 && !impl_.petrarch && tree_.Is(n, "obl") &&
      ((tree_.Marker(n) == "in" &&
        In(tree_.lemma(h), {"engage", "involve", "participate"})) ||
       (tree_.Marker(n) == "for" && tree_.lemma(h) == "responsible")))
    return tree_.Child(h, {"nsubj", "nsubj:pass"});
  if (tree_.Is(n, "conj")) {
    int ch = tree_.ConjHead(n);
    if (ch != n) return NounSource(ch);
  }
  return -1;
}

// The subject of a verb's that-clause when it is a usable actor ("demanded
// that North Korea abandon ...", "insisted that Iran stop ..."): the
// addressee of a demand or appeal worded as a clause; else -1.
int SentenceCoder::ComplementSubject(int v) const {
  // v's clauses, and (Khaldun conventions) those the parser hung on a day
  // right after v ("demanded Friday that the United States match ...").
  std::vector<int> clauses(tree_.children(v).begin(), tree_.children(v).end());
  if (!impl_.petrarch && v + 1 < tree_.size() && tree_.head(v + 1) == v &&
      IsTimeWord(tree_.lemma(v + 1)))
    for (int c : tree_.children(v + 1))
      if (tree_.ChildLemma(c, {"mark"}, "that") == v + 2) clauses.push_back(c);
  for (int c : clauses) {
    // Also a that-clause parsed as `advcl`, its "that" right after the
    // verb ("demanded that the DPRK forsake ..."; not "quell an uprising
    // that officials suspected ...").
    const int that = tree_.ChildLemma(c, {"mark"}, "that");
    bool that_clause =
        tree_.IsAny(c, {"advcl", "csubj", "acl"}) &&
        (that == v + 1 || (that == v + 2 && tree_.head(c) == v + 1));
    if (!tree_.Is(c, "ccomp") && !that_clause) continue;
    int s = tree_.Child(c, {"nsubj"});
    Resolved r;
    if (s >= 0 && ResolveSingle(s, &r, 0) && Identified(r.m)) return s;
  }
  return -1;
}

// A clause marked "if"/"unless" parsed as the ccomp of a word that takes no
// question ("threatened to stop negotiations to reduce weapons [if]ccomp the
// United States goes ahead"): a condition (Khaldun conventions).  Not under
// ask/know/see/wonder ..., whose "if" clause is an indirect question.
bool SentenceCoder::ConditionParsedAsComplement(int c) const {
  if (impl_.petrarch || !tree_.Is(c, "ccomp")) return false;
  const int h = tree_.head(c);
  return h >= 0 &&
         !In(tree_.lemma(h),
             {"ask",      "know",      "see",     "wonder",   "check",
              "decide",   "determine", "doubt",   "question", "say",
              "tell",     "find",      "learn",   "examine",  "investigate",
              "consider", "clear",     "unclear", "sure",     "unsure",
              "matter",   "show",      "discuss", "debate",   "query",
              "inquire",  "enquire",   "verify",  "confirm",  "establish"});
}

// The subject of a condition ("if"/"unless" clause) in p's own clauses when
// it is a usable actor: the party a threat is aimed at ("threatened to
// launch an offensive unless Baghdad accepted its conditions").  Searches
// p's dependents and their clauses (not its subject, conjuncts or
// parenthetical clauses), a few levels deep; -1 if none (or a pronoun).
int SentenceCoder::ConditionSubject(int p) const {
  std::vector<std::pair<int, int>> stack = {{p, 0}};
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    for (int c : tree_.children(n)) {
      // A clause with "if" or "unless" is no parenthetical ("threatened
      // to ban voting [if Hamas ran]parataxis"): an adverbial clause.
      const bool condition = tree_.ChildLemma(c, {"mark"}, "if") >= 0 ||
                             tree_.ChildLemma(c, {"mark"}, "unless") >= 0;
      if (tree_.IsAny(
              c, {"nsubj", "nsubj:pass", "csubj", "conj", "punct", "appos"}) ||
          (tree_.Is(c, "parataxis") && !condition))
        continue;
      if ((tree_.IsAny(c, {"advcl", "parataxis"}) ||
           ConditionParsedAsComplement(c)) &&
          (tree_.ChildLemma(c, {"mark"}, "if") >= 0 ||
           tree_.ChildLemma(c, {"mark"}, "unless") >= 0)) {
        int s = tree_.Child(c, {"nsubj", "nsubj:pass"});
        Resolved r;
        // A pronoun ("unless it refuses") is left alone: its antecedent is
        // as often the threatener as the threatened.
        if (s >= 0 && tree_.upos(s) != UPos::kPRON && ResolveSingle(s, &r, 0) &&
            Usable(r.m))
          return s;
        continue;
      }
      if (depth < 4) stack.push_back({c, depth + 1});
    }
  }
  return -1;
}

// PETRARCH's target: the first actor, in word order, among the predicate's
// complements and inside them ("restore ties with Gondor", "appealed for
// peace in Ithilen"); not in its subject, clauses or conjuncts.  For a
// nominal p (a pattern's TARGET phrase), p itself counts.  -1 if none.
int SentenceCoder::FirstComplementActor(int p, int src) const {
  std::vector<int> nodes;
  std::vector<int> stack = {p};
  const bool nominal = tree_.IsNominal(p);
  while (!stack.empty()) {
    int n = stack.back();
    stack.pop_back();
    if (n != p || nominal) nodes.push_back(n);
    for (int c : tree_.children(n)) {
      if (tree_.IsAny(c, {"csubj", "aux", "cop", "mark", "punct", "cc",
                          "parataxis", "discourse", "vocative", "expl"}) ||
          c == src) {
        // A "that" clause is no parenthetical: "expressed hopes on Thursday
        // [that Osgiliath could be drawn]parataxis into ...".
        if (!(tree_.Is(c, "parataxis") &&
              tree_.ChildLemma(c, {"mark"}, "that") >= 0))
          continue;
      }
      // Infinitives are in PETRARCH's verb phrase: an adverbial clause when
      // it is the predicate's own ("signed an accord on Thursday to supply
      // Gondor"), an infinitive complement ("vowed to wage war on the
      // Rohans").
      // So is the predicate's own secondary predicate without a marker
      // ("marched very close to the border with Mordor", "rescheduled his
      // annual mushroom hunting trip in the White Downs" with "hunting" an
      // xcomp).  A "that" clause parsed as adverbial is a complement clause
      // ("hopes that Osgiliath could be drawn into ...").
      if (tree_.IsAny(c, {"advcl", "xcomp"}) &&
          (n != p || tree_.ChildLemma(c, {"mark"}, "to") < 0) &&
          !(n == p && tree_.Is(c, "xcomp") && tree_.Child(c, {"mark"}) < 0) &&
          tree_.ChildLemma(c, {"mark"}, "that") < 0)
        continue;
      // p's subject is the source; a complement clause's subject may be the
      // target ("Arnor believes Dagolath can cope").
      if (n == p && tree_.Is(c, "nsubj")) continue;
      if (n == p && tree_.Is(c, "conj")) continue;
      stack.push_back(c);
    }
  }
  std::sort(nodes.begin(), nodes.end());
  // A verb's complements follow it: a clause before it ("Arnor signed ...,
  // officials said") is not its complement in PETRARCH's phrase trees.
  // Under Khaldun's conventions a clause's words after its own marker are
  // in it: "skeptical over Moscow's will to agree", with "over" the mark of
  // "agree" and "Moscow's" its possessor.
  int from = p;
  if (!impl_.petrarch) {
    const int m = tree_.Child(p, {"mark"});
    if (m >= 0 && m < p) from = m;
  }
  if (!nominal) std::erase_if(nodes, [&](int n) { return n < from; });
  Resolved src_r;
  bool have_src = src >= 0 && ResolveSingle(src, &src_r, 0);
  for (int n : nodes) {
    // PETRARCH does not resolve pronouns ("welcomed their resumption of
    // ties with Osgiliath" -> Osgiliath).
    if (match_at_[n] < 0 || tree_.upos(n) == UPos::kPRON) continue;
    Resolved r;
    if (!ResolveSingle(n, &r, 0) || !Usable(r.m)) continue;
    if (have_src && r.m.code == src_r.m.code) continue;
    return n;
  }
  return -1;
}

// "X said Y must/should Z": the speech verb when p's clause carries an
// obligation modal and is the that-clause of a verb of saying; else -1.
int SentenceCoder::ReportedObligation(int p) const {
  const int clause = ClauseOf(p);
  bool obligation = false;
  for (int c : tree_.children(clause))
    if (tree_.Is(c, "aux") && In(tree_.lemma(c), {"must", "should", "ought"}))
      obligation = true;
  if (!obligation) return -1;
  int h = tree_.head(clause);
  // Khaldun conventions: also a that-clause the parser hung on a day after
  // the verb ("Mubarak said Wednesday that the US must be ready to ...").
  // So is a that-clause parsed as adverbial ("declared Tuesday that China
  // must drop barriers").
  if (!impl_.petrarch && h >= 0 && IsTimeWord(tree_.lemma(h)) &&
      tree_.ChildLemma(clause, {"mark"}, "that") >= 0)
    h = tree_.head(h);
  else if (!tree_.Is(clause, "ccomp") &&
           !(!impl_.petrarch && tree_.Is(clause, "advcl") &&
             tree_.ChildLemma(clause, {"mark"}, "that") >= 0))
    return -1;
  if (h < 0) return -1;
  if (In(tree_.lemma(h),
         {"say", "tell", "declare", "insist", "stress", "reiterate", "warn",
          "state", "add", "emphasize", "emphasise", "underline", "repeat",
          "write", "argue", "announce"}))
    return h;
  // Khaldun conventions: "issued a stern reminder to Iraq that it must
  // cooperate", "issued a warning that ...".
  if (!impl_.petrarch && tree_.lemma(h) == "issue") {
    const int o = tree_.Child(h, {"obj"});
    if (o >= 0 && In(tree_.lemma(o), {"reminder", "warning", "statement",
                                      "declaration", "ultimatum", "message"}))
      return h;
  }
  return -1;
}

// Khaldun conventions: "The Bush administration declared that China must
// drop barriers to U.S. exports": a reported obligation (ReportedObligation)
// whose verb p matched no pattern is still the speaker's demand of the
// clause's subject (100).  Only for an active verb with a subject of its
// own (not "must be handed over"), no negation ("must not"), and a verb of
// saying that has patterns (the parse prefilter passes the sentence) and a
// subject.
bool SentenceCoder::UnpatternedObligation(int p) const {
  if (impl_.petrarch || tree_.upos(p) != UPos::kVERB) return false;
  if (tree_.Child(p, {"nsubj"}) < 0 ||
      tree_.Child(p, {"nsubj:pass", "aux:pass", "expl"}) >= 0)
    return false;
  bool must = false;
  for (int c : tree_.children(p)) {
    if (tree_.Is(c, "aux") && tree_.lemma(c) == "must") must = true;
    if (tree_.Is(c, "advmod") && IsNegator(tree_.lemma(c))) return false;
    // "must have known", "must be planning": a guess, not an obligation.
    if (tree_.Is(c, "aux") && In(tree_.lemma(c), {"have", "be"})) return false;
  }
  if (!must) return false;
  const int h = ReportedObligation(p);
  // The speaker must be found: without it the clause would be coded as its
  // subject's own act ("'The Americans must leave Syria,' said ...").
  return h >= 0 && !lex_.PatternsFor(tree_.lemma(h), false).empty() &&
         SubjectOf(h, 0) >= 0;
}

// The pattern UnpatternedObligation's verbs are coded by: a demand (100)
// worded as the intention 030 that a reported obligation turns into it.
const Pattern& ObligationPattern() {
  static const Pattern* pat = [] {
    auto* p = new Pattern;
    p->code = "030";
    p->modal_code = "030";
    p->elements.push_back({PatternElement::Kind::kPredicate, "*"});
    p->predicate_index = 0;
    p->conf = 0.7f;
    p->text = "* (X said Y must V)";
    p->where = "coder: reported obligation";
    return p;
  }();
  return *pat;
}

// Whether a node bound to TARGET resolves to a usable actor (itself or a
// conjunct).
bool SentenceCoder::TargetUsable(int n) const {
  std::vector<Resolved> rs;
  ResolveNode(n, &rs);
  for (const Resolved& r : rs)
    if (Usable(r.m)) return true;
  return false;
}

int SentenceCoder::DefaultSource(int p, bool noun) const {
  return noun ? NounSource(p) : SubjectOf(p, 0);
}

// How many `_` elements a pattern has.
int Wildcards(const Pattern& pat) {
  int n = 0;
  for (const PatternElement& e : pat.elements)
    if (e.kind == PatternElement::Kind::kAny) ++n;
  return n;
}

// c's "of" phrase, or -1.
int SentenceCoder::OfPhrase(int c) const {
  for (int d : tree_.children(c))
    if (tree_.Is(d, "nmod") && tree_.Marker(d) == "of") return d;
  return -1;
}

bool SentenceCoder::ElementMatches(const PatternElement& e, int c) const {
  switch (e.kind) {
    case PatternElement::Kind::kTarget:
    case PatternElement::Kind::kSource:
      // A time word heading a phrase with a name in it is a parser slip
      // ("with [President Bush]compound next week"): keep it.
      // Nor is a measure or sum of something ("provide 70 million dollars
      // of aid": not the recipient of `* TARGET $AID`; Khaldun
      // conventions).
      return tree_.IsNominal(c) &&
             (!IsTimeWord(tree_.lemma(c)) ||
              tree_.Child(c, {"compound", "nmod:poss", "appos"}) >= 0) &&
             !(!impl_.petrarch && IsQuantity(tree_.lemma(c)) &&
               OfPhrase(c) >= 0);
    case PatternElement::Kind::kAny:
      return tree_.upos(c) != UPos::kPUNCT;
    case PatternElement::Kind::kLiteral:
      return LiteralAt(c, e);
    case PatternElement::Kind::kSynset: {
      const int id = SynsetOf(e);
      if (id < 0) return false;
      const uint64_t key = MemoKey(c, id);
      if (const int* v = element_memo_.Find(key)) return *v;
      const bool m = SynsetElementMatches(id, c);
      element_memo_.Put(key, m);
      return m;
    }
    case PatternElement::Kind::kPredicate:
      return false;
  }
  return false;
}

// A literal pattern word at token t: its lemma or form.  PETRARCH2 does not
// stem pattern words (TABARI did; its suite adds word classes such as
// &REVOLT in their place), so under the PETRARCH conventions a content word
// must be the token's form ("* RESOLUTION" is not "a set of resolutions").
bool SentenceCoder::LiteralAt(int t, const PatternElement& e) const {
  if (impl_.petrarch && !e.function_word) return tree_.form(t) == e.text;
  return tree_.HasWord(t, e.text);
}

// A member of several words starting at c whose other words hang below it
// (Khaldun conventions: "lifted a state of emergency", where the parse makes
// "state" the object and "of emergency" its modifier).
bool SentenceCoder::HeadOfSynsetMember(int id, int c) const {
  if (impl_.petrarch) return false;
  const int len = SynsetAt(static_cast<size_t>(c), id);
  if (len < 2 || c + len > tree_.size()) return false;
  for (int k = c + 1; k < c + len; ++k) {
    int h = k, guard = 0;
    while (h >= 0 && h != c && guard++ < 64) h = tree_.head(h);
    if (h != c) return false;
  }
  return true;
}

// ElementMatches for a word class (synset `id`), memoised by the caller.
bool SentenceCoder::SynsetElementMatches(int id, int c) const {
  if (lex_.InSynset(id, tree_.lemma(c)) ||
      (tree_.form(c) != tree_.lemma(c) && lex_.InSynset(id, tree_.form(c))))
    return true;
  // Members of several words ending here, whatever their parse:
  // "swiss francs", "golden goblin galleons".
  for (int st = c - 1; st >= 0 && st >= c - 4; --st)
    if (SynsetAt(static_cast<size_t>(st), id) == c - st + 1) return true;
  if (HeadOfSynsetMember(id, c)) return true;
  // Two-word members: "air strike", "pull out", "peace talks".
  for (int k : tree_.children(c)) {
    if (tree_.IsAny(k, {"compound", "compound:prt", "amod"}) &&
        (k == c - 1 || k == c + 1)) {
      std::string phrase = k < c ? tree_.lemma(k) + " " + tree_.lemma(c)
                                 : tree_.lemma(c) + " " + tree_.lemma(k);
      if (lex_.InSynset(id, phrase)) return true;
    }
  }
  return false;
}

// An element joined to the previous one by '_' ("NEW_&TIETYPES_RELATIONS")
// follows it in the text with nothing between: c (or, for a word class, the
// member of several words that ends at c) starts right after `prev`, the
// node matched by the previous element.  Unchecked after a function word.
bool SentenceCoder::JoinedTo(const Pattern& pat, size_t ei, int prev,
                             int c) const {
  if (ei == 0 || pat.elements[ei - 1].function_word) return true;
  if (c == prev + 1) return true;
  const PatternElement& e = pat.elements[ei];
  if (e.kind != PatternElement::Kind::kSynset || c <= prev + 1) return false;
  return SynsetAt(static_cast<size_t>(prev + 1), SynsetOf(e)) == c - prev;
}

uint8_t SentenceCoder::NodeShape(int c) const {
  if (node_shape_.empty()) node_shape_.assign(tree_.size(), 0);
  uint8_t& v = node_shape_[c];
  if (v & kShapeKnown) return v;
  v = kShapeKnown;
  // The subject is the source, never a later element (a passive subject is
  // the patient and may be the target).
  if (!tree_.IsAny(c,
                   {"punct", "case", "mark", "det", "cc", "aux", "cop", "conj",
                    "cc:preconj", "dep", "expl", "discourse", "vocative"}) &&
      tree_.rel(c) != "nsubj" && tree_.rel(c) != "csubj")
    v |= kArgument;
  const bool has_case = tree_.Child(c, {"case"}) >= 0;
  if (has_case) v |= kHasCase;
  if (tree_.IsAny(
          c, {"amod", "conj", "obj", "nmod", "compound", "acl", "xcomp"}) &&
      !has_case)
    v |= kLooseModifier;
  return v;
}

// "that" is optional before a complement clause: "agreed (that) there was
// an urgent need", so a pattern's "that _" also matches a `ccomp` without
// a marker of its own (Khaldun conventions).
bool SentenceCoder::OptionalThat(std::string_view marker, int c) const {
  if (impl_.petrarch || marker != "that" || !tree_.Is(c, "ccomp") ||
      !tree_.Marker(c).empty() ||
      !(tree_.upos(c) == UPos::kVERB || tree_.Child(c, {"cop"}) >= 0))
    return false;
  // After its verb, with no punctuation between them: not a reporting
  // clause parsed as a ccomp ("have agreed upon a pact, the White House
  // announced").
  // A verb's clause only: after an adjective ("confident Chirac could
  // resist ...") the clause's subject is often a pronoun the coder
  // resolves badly (two wrong events of two in the news check).
  const int v = tree_.head(c);
  if (v < 0 || c < v || tree_.upos(v) != UPos::kVERB) return false;
  const int first = tree_.PhraseStart(c);
  for (int i = v + 1; i < first; ++i)
    if (tree_.upos(i) == UPos::kPUNCT) return false;
  return true;
}

// "considers the YPG to be the Syrian arm of ...": the "to" of an
// infinitival copular clause is no preposition, so `* _ to TARGET` does not
// take "arm" (Khaldun conventions).
bool SentenceCoder::InfinitivalCopula(std::string_view marker, int c) const {
  return !impl_.petrarch && marker == "to" && tree_.IsNominal(c) &&
         tree_.Child(c, {"cop"}) >= 0 &&
         tree_.ChildLemma(c, {"mark"}, "to") >= 0;
}

bool SentenceCoder::MatchContent(const Pattern& pat, size_t ei,
                                 std::string_view marker, Binding* b) const {
  const PatternElement& e = pat.elements[ei];
  // Anchors: the path so far, most recent first; each anchor's children and
  // its conjuncts' children are candidates.
  // (b->path is back to its length on entry after every failed candidate
  // below, so it is read in place.)
  // Reused across the loops, and across calls: a nested call has a larger
  // ei (MatchPattern sized the pool).
  std::vector<int>& heads = content_scratch_[ei].heads;
  std::vector<int>& cands = content_scratch_[ei].cands;
  for (size_t ai = b->path.size(); ai-- > 0;) {
    const int a = b->path[ai];
    heads.assign(1, a);
    tree_.Conjuncts(a, &heads);
    for (int h : heads) {
      for (int c : tree_.children(h)) {
        const uint8_t shape = NodeShape(c);
        if (!(shape & kArgument)) continue;
        if (marker.empty()) {
          // A bare element is a core argument: no preposition.
          if (shape & kHasCase) continue;
        } else if ((tree_.Marker(c) != marker && !OptionalThat(marker, c)) ||
                   InfinitivalCopula(marker, c)) {
          continue;
        }
        cands.assign(1, c);
        tree_.Conjuncts(c, &cands);
        // A word class or literal may also sit one level below a candidate
        // or its conjuncts, through a modifier, conjunct or object without
        // a preposition of its own: this absorbs common tagging slips inside
        // noun phrases ("an [immediate]ADJ and orderly [negotiated]VERB
        // exit", where "exit" ends up as the object of "negotiated").  Such
        // matches are "loose" and lower the confidence.
        const size_t direct = cands.size();
        if (e.kind == PatternElement::Kind::kSynset ||
            (e.kind == PatternElement::Kind::kLiteral && !e.function_word)) {
          for (size_t k = 0; k < direct; ++k)
            for (int d : tree_.children(cands[k]))
              if ((NodeShape(d) & kLooseModifier) ||
                  // "25,000 tons of food aid", "a shipment of arms"
                  (tree_.Is(d, "nmod") && tree_.Marker(d) == "of" &&
                   IsQuantity(tree_.lemma(cands[k]))) ||
                  (!impl_.petrarch && tree_.Is(d, "nmod") &&
                   In(tree_.Marker(d), {"of", "in"}) &&
                   IsCurrency(tree_.lemma(cands[k]))))
                cands.push_back(d);
        }
        for (size_t k = 0; k < cands.size(); ++k) {
          int cand = cands[k];
          if (!ElementMatches(e, cand)) continue;
          if (e.joined && !JoinedTo(pat, ei, b->path.back(), cand)) continue;
          if (BindAndMatchFrom(pat, e, cand, ei + 1, k >= direct, b))
            return true;
        }
      }
    }
  }
  return false;
}

// Binds node to element e (the path, and the source or target slot it
// names; loose: a match one level below a candidate), then matches the
// pattern on from element next.  On failure b is restored: only these
// fields change (a failed MatchFrom leaves b as it found it), so they are
// put back without copying the vectors.
bool SentenceCoder::BindAndMatchFrom(const Pattern& pat,
                                     const PatternElement& e, int node,
                                     size_t next, bool loose,
                                     Binding* b) const {
  const int saved_source = b->source, saved_target = b->target,
            saved_loose = b->loose;
  const size_t saved_path = b->path.size();
  if (loose) ++b->loose;
  if (e.kind == PatternElement::Kind::kTarget) b->target = node;
  if (e.kind == PatternElement::Kind::kSource) b->source = node;
  b->path.push_back(node);
  if (MatchFrom(pat, next, b)) return true;
  b->source = saved_source;
  b->target = saved_target;
  b->loose = saved_loose;
  b->path.resize(saved_path);
  return false;
}

bool SentenceCoder::MatchFrom(const Pattern& pat, size_t ei, Binding* b) const {
  const auto& els = pat.elements;
  if (ei >= els.size()) return true;
  const PatternElement& e = els[ei];
  if (!impl_.petrarch && IsCoordinatorElement(pat, ei))
    return MatchCoordinated(pat, ei, b);
  if (e.kind == PatternElement::Kind::kLiteral && e.function_word) {
    size_t j = ei;
    while (j < els.size() && els[j].kind == PatternElement::Kind::kLiteral &&
           els[j].function_word)
      ++j;
    bool followed = j < els.size();
    size_t particles_end = followed ? j - 1 : j;
    int last = b->path.back();
    for (size_t k = ei; k < particles_end; ++k) {
      if (tree_.ChildLemma(last, {"compound:prt", "advmod", "obl", "case"},
                           els[k].text) >= 0)
        continue;
      // A final preposition heads a phrase of its own: "* MEMOS FROM" for
      // "memos from Bree".
      bool marks = false;
      if (!followed)
        for (int c : tree_.children(last))
          if (tree_.Marker(c) == els[k].text) marks = true;
      if (!marks) return false;
    }
    if (!followed) return true;
    return MatchContent(pat, j, els[j - 1].text, b);
  }
  return MatchContent(pat, ei, {}, b);
}

// "between TARGET and _": a coordinator literal ("and", "or") followed by a
// content element is no dependent of the word before it; it joins that word
// to a conjunct of its own ("between Israel and Hamas": *Hamas* is a `conj`
// of *Israel*, and *and* the `cc` of *Hamas*).  The next element matches
// such a conjunct of the path's last node (Khaldun conventions).
bool SentenceCoder::IsCoordinatorElement(const Pattern& pat, size_t ei) const {
  const PatternElement& e = pat.elements[ei];
  if (e.kind != PatternElement::Kind::kLiteral || e.function_word ||
      (e.text != "and" && e.text != "or"))
    return false;
  if (ei + 1 >= pat.elements.size()) return false;
  const PatternElement& next = pat.elements[ei + 1];
  return next.kind != PatternElement::Kind::kPredicate &&
         !(next.kind == PatternElement::Kind::kLiteral && next.function_word);
}

bool SentenceCoder::MatchCoordinated(const Pattern& pat, size_t ei,
                                     Binding* b) const {
  const PatternElement& coord = pat.elements[ei];
  const PatternElement& e = pat.elements[ei + 1];
  std::vector<int> conj;
  tree_.Conjuncts(b->path.back(), &conj);
  // The coordinator hangs (as `cc`) from one of the conjuncts, usually the
  // last: "between Israel, Egypt and Hamas".
  bool joined = false;
  for (int c : conj)
    if (tree_.ChildLemma(c, {"cc"}, coord.text) >= 0) joined = true;
  if (!joined) return false;
  for (int c : conj) {
    if (!ElementMatches(e, c)) continue;
    if (BindAndMatchFrom(pat, e, c, ei + 2, /*loose=*/false, b)) return true;
  }
  return false;
}

bool SentenceCoder::PhraseLemmaPresent(const Pattern& pat, int p) const {
  if (pat.entry < 0) return true;
  // A function of (entry, p): memoised, as an entry's patterns are tried
  // one after the other at the same predicate.
  const uint64_t key = MemoKey(pat.entry, p);
  if (const int* v = phrase_memo_.Find(key)) return *v;
  const bool present = EntryLemmaPresent(pat.entry, p);
  phrase_memo_.Put(key, present);
  return present;
}

bool SentenceCoder::EntryLemmaPresent(int entry, int p) const {
  const PredicateEntry& pe = lex_.data().predicates[entry];
  const std::string& l = tree_.lemma(p);
  bool any_phrase = false;
  for (const std::string& lemma : pe.lemmas) {
    if (lemma == l || lemma == tree_.form(p)) return true;
    if (lemma.find(' ') == std::string::npos) continue;
    any_phrase = true;
    // Every other word of the phrase must hang from the predicate.
    bool ok = true, has_head = false;
    size_t pos = 0;
    while (pos <= lemma.size()) {
      size_t sp = lemma.find(' ', pos);
      std::string_view w = std::string_view(lemma).substr(
          pos, sp == std::string::npos ? std::string::npos : sp - pos);
      if (w == l || w == tree_.form(p)) {
        has_head = true;
      } else {
        bool found = false;
        for (int c : tree_.children(p))
          if (tree_.HasWord(c, w)) found = true;
        // Or the word next to it, whatever the parse made of it: a particle
        // parsed as a preposition ("cordoned [off the roads]"), the first
        // word of "wire tapped" attached elsewhere.
        for (int d : {p - 1, p + 1})
          if (d >= 0 && d < tree_.size() && tree_.HasWord(d, w)) found = true;
        if (!found) ok = false;
      }
      if (sp == std::string::npos) break;
      pos = sp + 1;
    }
    if (ok && has_head) return true;
  }
  return !any_phrase;
}

// Every literal element is matched against a word of the sentence (by
// HasWord in MatchWordsBefore and MatchWordsAfter, by ChildLemma or Marker
// for function words in MatchFrom, all lemmas or forms of tokens), so a
// pattern with a literal that is no word of the sentence cannot match.
bool SentenceCoder::LiteralsPresent(const Pattern& pat) const {
  const uint32_t k = lex_.PatternNumber(pat);
  if (k == Lexicon::kNoPattern)
    return true;  // not a pattern of the lexicon: no shortcut
  return LiteralsPresentAt(k);
}

void SentenceCoder::ComputeLiterals() const {
  // The literal words (as numbered in Impl::literal_ids) that are a
  // lemma or form of the sentence.
  literals_.assign((impl_.literal_ids.size() + 63) / 64, 0);
  for (int i = 0; i < tree_.size(); ++i)
    for (const std::string* w : {&tree_.lemma(i), &tree_.form(i)}) {
      auto it = impl_.literal_ids.find(*w);
      if (it != impl_.literal_ids.end())
        literals_[it->second >> 6] |= uint64_t{1} << (it->second & 63);
    }
  literals_ready_ = true;
}

inline bool SentenceCoder::LiteralsPresentAt(size_t k) const {
  if (!literals_ready_) ComputeLiterals();
  for (int i = impl_.literal_begin[k], e = impl_.literal_begin[k + 1]; i < e;
       ++i) {
    const int id = impl_.literals[i];
    if (!(literals_[id >> 6] >> (id & 63) & 1)) return false;
  }
  return true;
}

bool SentenceCoder::MatchPattern(const Pattern& pat, int p, Binding* b,
                                 bool literals_checked) const {
  if (!literals_checked && !LiteralsPresent(pat)) return false;
  if (!PhraseLemmaPresent(pat, p)) return false;
  b->Reset(p);
  // Elements before '*' constrain the subject.
  for (int i = 0; i < pat.predicate_index; ++i) {
    const PatternElement& e = pat.elements[i];
    int s = DefaultSource(p, tree_.IsNominal(p));
    if (e.kind == PatternElement::Kind::kSource) {
      b->source = s;
      continue;
    }
    if (e.kind == PatternElement::Kind::kLiteral ||
        e.kind == PatternElement::Kind::kSynset)
      continue;  // words: matched in text order below
    if (s < 0 || !ElementMatches(e, s)) return false;
    // PETRARCH: "TARGET *" ("noted TARGET *", "TARGET * money SOURCE"):
    // the verb's subject is the target.
    if (impl_.petrarch && e.kind == PatternElement::Kind::kTarget) {
      b->target = s;
      b->subject_target = true;
      continue;
    }
    b->source = s;
  }
  if (!MatchWordsBefore(pat, p, b)) return false;
  if (b->subject_target) GoverningTarget(pat, p, b);
  Binding& before = before_;  // a member: its buffers are reused
  before = *b;
  if (content_scratch_.size() < pat.elements.size())
    content_scratch_.resize(pat.elements.size());
  if (MatchFrom(pat, pat.predicate_index + 1, b)) {
    // Under PETRARCH: a SOURCE after '*' naming no actor ("* MAY_DAY $"
    // bound to "May Day with Eriador" in the tree) is read in text order.
    const bool source_ok =
        b->source == before.source || b->source < 0 || TargetUsable(b->source);
    if (!impl_.petrarch ||
        ((b->target < 0 || TargetUsable(b->target)) && source_ok))
      return true;
    // The tree reading's TARGET names no actor: PETRARCH's text-order
    // reading when its TARGET does ("* IFTAR IN ^ +": "celebrated Iftar in
    // Osgiliath with the leaders of Gondor").
    Binding tree_reading = std::move(*b);
    *b = before;
    if (MatchWordsAfter(pat, p, b) && (b->target >= 0 || !source_ok) &&
        (b->target < 0 || TargetUsable(b->target)) &&
        (b->source < 0 || TargetUsable(b->source)))
      return true;
    *b = std::move(tree_reading);
    return true;
  }
  if (!impl_.petrarch) return false;
  *b = before;
  return MatchWordsAfter(pat, p, b);
}

// PETRARCH: a TARGET before a word that names a verb governing p ("+
// HOSTING *" for "Mordor will be hosting Osgiliath to celebrate May Day")
// is that verb's subject, not p's.
void SentenceCoder::GoverningTarget(const Pattern& pat, int p,
                                    Binding* b) const {
  int ti = 0;
  while (ti < pat.predicate_index &&
         pat.elements[ti].kind != PatternElement::Kind::kTarget)
    ++ti;
  if (ti + 1 >= pat.predicate_index) return;
  const PatternElement& next = pat.elements[static_cast<size_t>(ti) + 1];
  if (next.kind != PatternElement::Kind::kLiteral || next.function_word) return;
  for (int h = tree_.head(p), g = 0; h >= 0 && g < 4; h = tree_.head(h), ++g) {
    if (!LiteralAt(h, next) ||
        std::find(b->pre.begin(), b->pre.end(), h) == b->pre.end())
      continue;
    int s = SubjectOf(h, 0);
    if (s >= 0) b->target = s;
    return;
  }
}

// PETRARCH's reading of the elements after '*': in text order after the
// predicate, within its phrase, other words between them unless joined by
// '_' ("* REALLY_PLEASANT" for "allowed that Mordor isn't a really pleasant
// place").  A TARGET or SOURCE element takes the next noun.  Used under the
// PETRARCH conventions when the tree reading fails.
bool SentenceCoder::MatchWordsAfter(const Pattern& pat, int p,
                                    Binding* b) const {
  auto in_phrase = [&](int t) {
    for (int n = t, g = 0; n >= 0 && g < 64; n = tree_.head(n), ++g)
      if (n == p) return true;
    return false;
  };
  int cursor = p + 1;  // the first token the next element may start at
  for (size_t i = pat.predicate_index + 1; i < pat.elements.size(); ++i) {
    const PatternElement& e = pat.elements[i];
    const bool exact = e.joined;
    const int id = e.kind == PatternElement::Kind::kSynset ? SynsetOf(e) : -1;
    int begin = -1, last = -1;
    for (int t = cursor; t < tree_.size() && begin < 0; ++t) {
      if (in_phrase(t) && tree_.upos(t) != UPos::kPUNCT) {
        switch (e.kind) {
          case PatternElement::Kind::kLiteral:
            if (LiteralAt(t, e)) last = t;
            break;
          case PatternElement::Kind::kSynset: {
            int len = SynsetAt(static_cast<size_t>(t), id);
            if (len > 0) last = t + len - 1;
            break;
          }
          case PatternElement::Kind::kTarget:
          case PatternElement::Kind::kSource:
            if (tree_.IsNominal(t)) {
              last = t;
              // The noun phrase t begins: a modifier naming no actor takes
              // the later nominal it hangs from ("in an anti- Gondor parade").
              for (int h = t, g = 0;
                   g < 4 && !TargetUsable(h) && tree_.head(h) > h &&
                   tree_.IsNominal(tree_.head(h));
                   ++g)
                if (TargetUsable(h = tree_.head(h))) last = h;
            }
            break;
          case PatternElement::Kind::kAny:
            last = SkipNounPhrase(t);
            break;
          case PatternElement::Kind::kPredicate:
            break;
        }
        if (last >= 0) begin = t;
      }
      if (begin < 0 && exact) return false;
    }
    if (begin < 0) return false;
    if (e.kind == PatternElement::Kind::kTarget) b->target = last;
    if (e.kind == PatternElement::Kind::kSource) b->source = last;
    if (!e.function_word) b->path.push_back(last);
    cursor = last + 1;
  }
  return true;
}

// The words and word classes before '*' appear in that order before the
// predicate, in its phrase (its subject included: "DEATH TOLL *" for
// "Eriador's death toll has risen"; "% HAVE *", "MOST_CERTAINLY_&NEG_EVER *"
// for "most certainly won't ever clash"), other words may come between them
// unless the pattern joins them with '_'.  Under the PETRARCH conventions
// the phrase is that of the verb the predicate's clause completes
// ("INDICATED WOULD * NOW" for "Ethiopia indicated it would act now").
// Matched tokens go to b->pre.
bool SentenceCoder::MatchWordsBefore(const Pattern& pat, int p,
                                     Binding* b) const {
  // The phrase: p's subtree; under the PETRARCH conventions that of the
  // verb whose complement p is ("won't try to clash").
  int top = p;
  for (int g = 0; impl_.petrarch && g < 4 && tree_.head(top) >= 0 &&
                  (tree_.IsAny(top, {"xcomp", "ccomp"}) || ConjOfModifier(top));
       ++g)
    top = tree_.head(top);
  auto in_phrase = [&](int t) {
    for (int n = t, g = 0; n >= 0 && g < 64; n = tree_.head(n), ++g)
      if (n == p || n == top) return true;
    return false;
  };
  int cursor = p - 1;  // the last token the next element may end at
  for (int i = pat.predicate_index - 1; i >= 0; --i) {
    const PatternElement& e = pat.elements[i];
    const bool literal = e.kind == PatternElement::Kind::kLiteral;
    if (!literal && e.kind != PatternElement::Kind::kSynset) continue;
    const bool exact = pat.elements[i + 1].joined;
    const int id = literal ? -1 : SynsetOf(e);
    int begin = -1, last = -1;
    for (int end = cursor; end >= 0 && begin < 0; --end) {
      if (in_phrase(end)) {
        // The longest member of several words ending here first ("wo n't").
        for (int st = std::max(0, end - 4); !literal && begin < 0 && st < end;
             ++st)
          if (SynsetAt(static_cast<size_t>(st), id) == end - st + 1) begin = st;
        if (begin < 0 && (literal ? LiteralAt(end, e) : ElementMatches(e, end)))
          begin = end;
        if (begin >= 0) last = end;
      }
      if (begin < 0 && exact) return false;
    }
    if (begin < 0) return false;
    for (int k = begin; k <= last; ++k) b->pre.push_back(k);
    cursor = begin - 1;
  }
  return true;
}

bool SentenceCoder::Negated(int p, const Binding& b, std::string* why) const {
  // A negation the pattern names ("WILL NOT * [081]") is its meaning.
  auto neg_child = [&](int n) -> int {
    for (int c : tree_.children(n)) {
      if (tree_.IsAny(c, {"advmod", "det", "neg"}) &&
          IsNegator(tree_.lemma(c)) &&
          std::find(b.pre.begin(), b.pre.end(), c) == b.pre.end())
        return c;
    }
    return -1;
  };
  int c = neg_child(p);
  if (c >= 0) {
    *why = "negated by '" + Word(c) + "'";
    return true;
  }
  for (size_t i = 1; i < b.path.size(); ++i) {
    int n = b.path[i];
    if (n == b.target) continue;
    // A copular clause's own negation ("allowed that Mordor [is]cop n't the
    // neatest place", UD hanging "n't" on "place"): not the predicate's.
    if (tree_.Child(n, {"cop"}) >= 0 && tree_.Child(n, {"nsubj"}) >= 0)
      continue;
    c = neg_child(n);
    if (c >= 0) {
      *why = "negated by '" + Word(c) + " " + Word(n) + "'";
      return true;
    }
  }
  int node = p;
  for (int guard = 0; guard < 6; ++guard) {
    // Khaldun conventions: also an infinitive parsed as adverbial ("would
    // not meet the demands to release prisoners": "release" under "meet").
    const bool to_clause = !impl_.petrarch && tree_.Is(node, "advcl") &&
                           tree_.ChildLemma(node, {"mark"}, "to") >= 0;
    if ((!tree_.IsAny(node, {"xcomp", "ccomp", "acl"}) && !to_clause) ||
        tree_.Is(node, "acl:relcl"))
      break;
    int h = tree_.head(node);
    if (h < 0) break;
    if (IsNegatingGovernor(tree_.lemma(h))) {
      *why = "complement of '" + Word(h) + "'";
      return true;
    }
    c = neg_child(h);
    if (c >= 0) {
      *why = "governor '" + Word(h) + "' negated by '" + Word(c) + "'";
      return true;
    }
    node = h;
  }
  return false;
}

// A parser slip: the main verb attached as a reduced relative (`acl`) to
// its subject ("Israeli soldiers [arrested]acl 100 Palestinians, sources
// said", "Boutros-Ghali on Saturday [expressed]acl condolences").  A verb
// without a subject, auxiliary or marker of its own, not an -ing form,
// hanging from a nominal that is the root, or the subject of the
// attribution verb ("..., sources said") while the verb has a direct
// object (a passive participle has none: "soldiers arrested in the raid
// said"), is taken as the main verb: realised, and its head is the
// subject.
// Khaldun conventions: n is the first of two subjects of its head verb
// ("Prisoners [rioted]acl at a jail ..., locals said"): a clause that lost
// its verb to the noun.
bool SentenceCoder::OneOfTwoSubjects(int n) const {
  const int h = tree_.head(n);
  if (impl_.petrarch || h < 0 || !tree_.Is(n, "nsubj") || !tree_.IsVerbal(h))
    return false;
  for (int c : tree_.children(h))
    if (c > n && tree_.Is(c, "nsubj")) return true;
  return false;
}

bool SentenceCoder::MainVerbParsedAsModifier(int v) const {
  // An `amod` verb after its noun is an `acl` ("Iran's leader Khomeini today
  // [rejected]amod the proposal"); an adjective comes before its noun.
  if (!(tree_.Is(v, "acl") || (tree_.Is(v, "amod") && tree_.head(v) < v)) ||
      tree_.upos(v) != UPos::kVERB)
    return false;
  int h = tree_.head(v);
  if (h < 0 || !tree_.IsNominal(h)) return false;
  if (tree_.head(h) >= 0 &&
      !(tree_.Is(h, "nsubj") && tree_.Child(v, {"obj"}) >= 0 &&
        In(tree_.lemma(tree_.head(h)), {"say", "report", "tell", "add"})) &&
      !FiniteVerbAfterItsSubject(v) &&
      !(OneOfTwoSubjects(h) && tree_.Child(v, {"obj", "xcomp"}) < 0))
    return false;
  if (tree_.Child(v, {"nsubj", "nsubj:pass", "mark", "aux", "aux:pass"}) >= 0)
    return false;
  // "-ing" forms are modifiers ("soldiers guarding the border").
  std::string_view f = tree_.tok(v).form;
  if (f.size() > 4 && f.ends_with("ing")) return false;
  return true;
}

// Khaldun conventions: an `acl` verb right after the noun it hangs from that
// cannot be a reduced relative clause -- a simple past (VBD: "Vietnamese-led
// forces launched artillery fire ...") or a participle with a direct object
// ("Red Cross officials suspended aid deliveries"; a passive participle has
// none, "arms seized last week", except after a few verbs) -- is the noun's own
// verb, wherever the parser hung the noun (the object of a misparsed modifier,
// the subject of a passive).
bool SentenceCoder::FiniteVerbAfterItsSubject(int v) const {
  if (impl_.petrarch || tree_.Is(v, "acl:relcl") || v != tree_.head(v) + 1)
    return false;
  const std::string& x = tree_.tok(v).xpos;
  // Not a verb whose passive keeps a noun after it ("journalists held
  // hostage", "a man named envoy").
  return x == "VBD" || (x == "VBN" && tree_.Child(v, {"obj"}) >= 0 &&
                        !In(tree_.lemma(v),
                            {"hold",     "keep",    "take",  "name",  "call",
                             "elect",    "appoint", "make",  "leave", "declare",
                             "consider", "deem",    "label", "dub",   "give",
                             "grant",    "offer",   "award", "deny",  "find"}));
}

// The clause that carries p's tense and mood: a noun predicate's governing
// verb.
int SentenceCoder::ClauseOf(int p) const {
  int clause = p;
  for (int guard = 0; guard < 4 && !tree_.IsVerbal(clause); ++guard) {
    if (tree_.Child(clause, {"cop", "aux"}) >= 0) break;  // "is a critic"
    int h = tree_.head(clause);
    if (h < 0) break;
    clause = h;
  }
  return clause;
}

// An unrealised event that is not its subject's stated intention, so a
// pattern's modal=CODE does not apply: a possibility or an obligation
// ("could send", "must release", often someone else's demand), or the
// complement of a word that is not one of intention ("time to surrender",
// "sent a message to congratulate"; but "agreed to provide", "is ready to
// send", "plans to visit").
bool SentenceCoder::NotAnIntention(int p) const {
  const int clause = ClauseOf(p);
  for (int c : tree_.children(clause))
    if (tree_.Is(c, "aux") &&
        In(tree_.lemma(c),
           {"could", "might", "may", "should", "can", "must", "ca", "ought"}))
      return true;
  if (tree_.IsAny(clause, {"xcomp", "acl"}) && !tree_.Is(clause, "acl:relcl") &&
      !MainVerbParsedAsModifier(clause)) {
    int h = tree_.head(clause);
    if (h >= 0 && !IsIntentionWord(tree_.lemma(h))) return true;
  }
  return false;
}

// Khaldun conventions: "issued a statement condemning Israel", "a
// declaration demanding that ...": an -ing participle hung on a statement
// noun says what the statement does; it is not an unrealised complement.
bool SentenceCoder::StatementContent(int clause) const {
  if (impl_.petrarch || !tree_.Is(clause, "acl") ||
      tree_.Is(clause, "acl:relcl") || tree_.tok(clause).xpos != "VBG")
    return false;
  const int h = tree_.head(clause);
  return h >= 0 && h < clause && tree_.IsNominal(h) &&
         In(tree_.lemma(h),
            {"statement", "declaration", "communique", "communiqué", "letter",
             "message", "resolution", "report", "editorial", "memorandum",
             "note", "bulletin", "release"});
}

// A noun predicate for an event still to come (Khaldun conventions): "the
// planned summit between Trump and Kim", "upcoming talks", "a summit ... to
// be held in Tehran", "talks with X tomorrow / next week".  Its pattern's
// modal= code applies (036: an intention to meet), or it is no event.
bool SentenceCoder::PlannedNoun(int p) const {
  if (!tree_.IsNominal(p) || tree_.IsVerbal(p)) return false;
  for (int c : tree_.children(p)) {
    const std::string& l = tree_.lemma(c);
    if (tree_.IsAny(c, {"amod", "acl"}) &&
        In(l, {"plan", "planned", "propose", "proposed", "upcoming",
               "forthcoming", "future", "expect", "expected", "schedule",
               "scheduled", "prospective", "next", "coming"}))
      return true;
    // "a summit to be held in Tehran" (not "pressure to use the strikes",
    // "an attempt to kill": their infinitive is another event)
    if (tree_.Is(c, "acl") && tree_.ChildLemma(c, {"mark"}, "to") >= 0 &&
        tree_.Child(c, {"aux:pass"}) >= 0)
      return true;
    if (l == "tomorrow") return true;
    // "next week", "next month"
    if (IsTimeWord(l) && (tree_.ChildLemma(c, {"amod"}, "next") >= 0 ||
                          tree_.ChildLemma(c, {"amod"}, "coming") >= 0))
      return true;
  }
  return false;
}

bool SentenceCoder::Unrealised(int p, bool modal_keep, std::string* why,
                               const Binding* b) const {
  // Questions.
  for (int i = tree_.size() - 1; i >= 0; --i) {
    if (tree_.upos(i) != UPos::kPUNCT) break;
    if (tree_.tok(i).norm == "?") {
      *why = "question";
      return true;
    }
  }
  const int clause = ClauseOf(p);
  // Conditionals anywhere above.
  for (int n = clause, guard = 0; n >= 0 && guard < 8;
       n = tree_.head(n), ++guard) {
    int m = tree_.Child(n, {"mark"});
    if (m >= 0 && In(tree_.lemma(m), {"if", "unless", "whether", "lest"})) {
      *why = "conditional ('" + Word(m) + "')";
      return true;
    }
  }
  if (!modal_keep) {
    if (!impl_.petrarch && PlannedNoun(p)) {
      *why = "planned";
      return true;
    }
    for (int c : tree_.children(clause)) {
      // A modal the pattern names ("WILL NOT *") is its meaning.
      if (b && std::find(b->pre.begin(), b->pre.end(), c) != b->pre.end())
        continue;
      if (tree_.Is(c, "aux") && IsModal(tree_.lemma(c)) &&
          !(impl_.petrarch && IsFuture(tree_.lemma(c)))) {
        *why = "modal ('" + Word(c) + "')";
        return true;
      }
    }
    // An infinitive complement has not happened ("vowed to attack",
    // "plans to withdraw"), unless the governor says it did ("began").  So
    // is a "to" clause of purpose or intention parsed as advcl ("sent troops
    // to protect", "expressed openness to establishing relations").
    const bool to_clause = !impl_.petrarch && tree_.Is(clause, "advcl") &&
                           tree_.ChildLemma(clause, {"mark"}, "to") >= 0;
    if ((tree_.IsAny(clause, {"xcomp", "acl"}) || to_clause) &&
        !tree_.Is(clause, "acl:relcl") && !MainVerbParsedAsModifier(clause)) {
      int h = tree_.head(clause);
      // PETRARCH codes imminent action ("is about to restore" -> restore).
      // Nor does it treat a passive raising verb as a governor ("Gollum
      // was seen to break into a parade" -> the break-in).
      // Nor a verb without patterns of its own ("won't try to clash": PETRARCH
      // codes the clash).
      bool imminent =
          impl_.petrarch && h >= 0 &&
          (tree_.lemma(h) == "about" || tree_.Child(h, {"aux:pass"}) >= 0 ||
           (tree_.IsVerbal(h) &&
            lex_.PatternsFor(tree_.lemma(h), false).empty() &&
            lex_.PatternsFor(tree_.form(h), false).empty()));
      // Nor a governor whose own words the pattern names ("UNEXPECTEDLY
      // &NEGATVAUXVRB * OVER EFFORTS" for "unexpectedly won't try to clash
      // over the efforts").
      if (impl_.petrarch && h >= 0 && b &&
          std::any_of(b->pre.begin(), b->pre.end(),
                      [&](int t) { return tree_.head(t) == h; }))
        imminent = true;
      // Nor is a past participle under "have" ("Ethiopia has broken down
      // relations", with "has" tagged VERB and the participle its xcomp):
      // a perfect.
      const bool perfect =
          h >= 0 && tree_.lemma(h) == "have" && tree_.Is(clause, "xcomp") &&
          tree_.tok(clause).xpos == "VBN" && tree_.Child(clause, {"mark"}) < 0;
      if (h >= 0 && !IsImplicative(tree_.lemma(h)) && !imminent && !perfect &&
          !StatementContent(clause)) {
        *why = "complement of '" + Word(h) + "'";
        // A finite verb under a noun ("The United States on Thursday fired
        // ...": "fired" under "States") is a parse error, not a complement.
        // So is a verb under a noun in a sentence with no other verb above
        // it ("Russian police arrested ...": "arrested" under "police").
        const std::string& x = tree_.tok(clause).xpos;
        bool verb_above = false;
        for (int n = h, g = 0; n >= 0 && g < 64; n = tree_.head(n), ++g)
          verb_above = verb_above || tree_.IsVerbal(n);
        if (tree_.Is(clause, "acl") && tree_.IsNominal(h) &&
            (x == "VBD" || x == "VBZ" || x == "VBP" || !verb_above))
          *why += " (parse: a finite verb under a noun)";
        return true;
      }
    }
  }
  return false;
}

Actor ToActor(const Resolved& r, bool petrarch) {
  Actor a;
  a.code = r.m.code;
  // PETRARCH writes a role with no country as "---GOV".
  if (petrarch && r.m.country.empty() && r.m.group.empty() && r.m.agent_only)
    a.code = "---" + a.code;
  a.name = r.m.name;
  a.country = r.m.country;
  a.group = r.m.group;
  a.types = r.m.types;
  a.text = r.text;
  a.span = r.span;
  a.entry = r.m.entry;
  return a;
}

// Visits (042-044) are political events when the traveller holds an
// office or speaks for an organisation: "Putin travelled on to Cairo", not
// "a British man who went to Syria to fight" nor "they flew to the UK".
// A state named as such ("Iraq visited Iran") stands for its officials; a
// pronoun resolved to a state ("they flew to the UK") does not.
// De-escalating a military engagement (087, 0871-0873) is done by those who
// wage it: a company, the media, a school or hospital, or civilians halting
// their "operations" in a country are no event of this kind ("A Turkish
// construction company ... was halting operations in neighboring Iraq").
bool CivilianSource(const std::string& code, const Resolved& r) {
  // (A surrender, 0874, may be anyone's: "hijackers ... surrendering".)
  if (!code.starts_with("087") || code == "0874") return false;
  const ActorMatch& source = r.m;
  if (!source.group.empty() || source.types.empty()) return false;
  for (const std::string& t : source.types)
    if (!In(t, {"BUS", "MED", "EDU", "HLH", "CVL"})) return false;
  return true;
}

bool OfficialVisitor(const std::string& code, const Resolved& r) {
  if (code.size() < 3) return true;
  std::string_view base(code.data(), 3);
  if (base != "042" && base != "043" && base != "044") return true;
  const ActorMatch& source = r.m;
  if (!source.group.empty()) return true;
  if (source.types.empty() && r.how != "coref") return true;
  for (const std::string& t : source.types)
    if (In(t, {"GOV", "LEG", "OPP", "JUD", "IGO", "NGO", "NGM", "SPY"}))
      return true;
  return false;
}

// A capital named as an actor stands for its government ("Washington
// rejected the accusation", "the EU urged Ankara to show restraint"):
// CODING_GUIDELINE.md gives it GOV.  Except as the target of material force
// (roots 15 and 18-20: "missiles struck Kyiv") or of a visit (042-044),
// where the city is the target.
void CapitalAsGovernment(const Resolved& r, const std::string& code,
                         bool target, Actor* a) {
  if (!r.m.capital || !a->types.empty() || !a->group.empty()) return;
  if (target && code.size() >= 3) {
    std::string_view root(code.data(), 2), base(code.data(), 3);
    if (root == "15" || root == "18" || root == "19" || root == "20") return;
    // A visit to a capital is a visit to the country ("visited Cairo").
    if (base == "042" || base == "043" || base == "044") return;
  }
  a->types.push_back("GOV");
  a->code += "GOV";
}

// An event dated more than a week before the article by a temporal
// expression of its own clause ("in 1987 the PUK and KDP united", "In
// October, Turkey released ...") is history, not news (CODING_GUIDELINE.md).
// "since 2014" dates the start of something that still goes on.
bool SentenceCoder::History(int p, std::string* why) const {
  if (!doc_.date.known()) return false;
  DateResolution r;
  Date d = ResolveEventDate(s_, p, doc_.date, &r);
  if (r.first < 0 || !IsHistory(d, doc_.date)) return false;
  if (r.first > 0 &&
      In(tree_.lemma(r.first - 1), {"since", "until", "till", "through"}))
    return false;
  *why = "history: dated " + d.ToString() + " (" + r.rule + ")";
  return true;
}

// Whether an actor mention in this sentence names a place or a thing
// rather than a party: "embassies in Damascus", "travelled to London", the
// "Astana process".  A capital used so is not its government.
bool SentenceCoder::NamesAPlace(const Resolved& r) const {
  if (r.how == "coref" || r.how == "dateline") return false;
  for (uint32_t i = r.m.begin; i < r.m.end && i < uint32_t(tree_.size()); ++i) {
    int h = tree_.head(i);
    if (h >= static_cast<int>(r.m.begin) && h < static_cast<int>(r.m.end))
      continue;
    if (tree_.Is(i, "compound")) return true;
    return In(tree_.Marker(i),
              {"in", "to", "at", "from", "near", "into", "inside", "outside",
               "across", "through", "around", "toward", "towards", "via",
               "throughout"});
  }
  return false;
}

// "met his Iraqi counterpart": the target holds the source's office in
// another country, so it takes the source's role types (TUR GOV meets IRQ
// GOV), when it has none of its own.
void TakeCounterpartRole(const Actor& source, Actor* target) {
  if (!target->types.empty() || !target->group.empty() ||
      target->country.empty() || source.types.empty() || !source.group.empty())
    return;
  target->types = source.types;
  for (const std::string& ty : source.types) target->code += ty;
}

std::string Describe(const Resolved& r) {
  std::string s = "'" + r.text + "' -> " +
                  (r.m.code.empty() ? std::string("(no code)") : r.m.code);
  if (r.how != "lexicon") s += " [" + r.how + "]";
  return s;
}

void SentenceCoder::Run(std::vector<Event>* events) {
  if (explain_) {
    *explain_ += "sentence " + std::to_string(si_) + ": " +
                 std::string(doc_.slice(s_.span)) + "\n";
    for (int i = 0; i < tree_.size(); ++i) {
      const Token& t = tree_.tok(i);
      *explain_ += "    " + std::to_string(i) + " " + std::string(t.form) +
                   " " + t.lemma + " " + std::string(UPosName(t.upos)) + " " +
                   std::to_string(t.head) + " " + t.deprel + "\n";
    }
  }
  // A slip repaired under both conventions.
  tree_.RepairVerbAfterAndParsedAsModifier();
  tree_.RepairPassiveParsedAsCopula();
  if (!impl_.petrarch) {
    // Khaldun conventions: the parser slips the coder repairs, in order.
    tree_.RepairDayCompoundedToAVerb();
    tree_.RepairVerbsParsedAsModifiers([this](std::string_view l) {
      return !lex_.PatternsFor(l, false).empty();
    });
    tree_.RepairUpToNumber();
    tree_.RepairPerfectParsedAsVerb();
    tree_.RepairPerfectParticipleParsedAsModifier();
    tree_.RepairSubjectRootBeforeItsVerb();
    tree_.RepairParticipleOnTheNearerNoun();
    tree_.RepairSubjectOnATemporalNoun();
    tree_.RepairCaseOnTitle();
    tree_.RepairApproximateCount();
    tree_.RepairSuspectedBeforeObject();
    tree_.RepairParticipleBeforeItsVerb();
    tree_.RepairPhrasesOnDays();
    tree_.RepairCoordinatedSubjects();
    tree_.RepairAdjectivalParticiples();
    tree_.RepairCoordinatedModifiers();
    tree_.RepairCaseOnCompounds();
    tree_.RepairParticiplesOnNouns();
    tree_.RepairVerbConjoinedToObject();
    tree_.RepairSubjectOfAnInfinitive();
    tree_.RepairApproximatorParsedAsCase();
    tree_.RepairConjunctOfAnApposition();
    tree_.RepairPhrasesOnMeasures(IsQuantity);
    tree_.RepairReportingSubjectParsedAsApposition();
  }
  node_shape_.clear();  // computed afresh from the repaired tree
  match_at_.assign(tree_.size(), -1);
  if (matched_) {
    matches_ = std::move(*matched_);
  } else {
    lex_.MatchActors(s_, doc_.date, &matches_);
  }
  for (size_t mi = 0; mi < matches_.size(); ++mi) {
    const ActorMatch& m = matches_[mi];
    for (uint32_t t = m.begin; t < m.end && t < match_at_.size(); ++t)
      if (match_at_[t] < 0) match_at_[t] = static_cast<int>(mi);
    if (explain_)
      Explain("actor '" +
              std::string(doc_.slice(TokenSpan(s_, m.begin, m.end))) + "' -> " +
              m.code + " (" + m.entry + ")");
  }
  // The parts are read only by IsPerson and HasGender: answer them once
  // per match and drop them, so that the many copies of matches below copy
  // no parts.
  matches_traits_.resize(matches_.size());
  for (size_t mi = 0; mi < matches_.size(); ++mi) {
    const ActorMatch& m = matches_[mi];
    matches_traits_[mi] = MatchTraits(impl_, m);
    matches_[mi].parts.clear();
  }
  if (impl_.petrarch) DropCommaClauses();
  if (!s_.parsed && !explain_) {
    // No events; MatchDiscard below would only explain.
  } else if (const DiscardEntry* d =
                 lex_.MatchDiscard(*(prepared_ = lex_.Prepare(s_)))) {
    if (explain_) Explain("discarded: " + d->reason + " (" + d->where + ")");
  } else if (!s_.parsed) {
    if (explain_) Explain("not parsed: no events");
  } else {
    std::vector<Event> found;
    // Phase 1: the most specific matching pattern of every predicate.
    struct Candidate {
      int p;
      bool noun;
      const Pattern* pat;
      Binding b;
    };
    std::vector<Candidate> cands;
    for (int p = 0; p < tree_.size(); ++p) {
      UPos up = tree_.upos(p);
      bool noun = tree_.IsNoun(p);
      if (impl_.petrarch && noun && NounParsedAsVerb(p)) {
        noun = false;
        up = UPos::kVERB;
      }
      // Verbs, and adjectives heading a copular clause ("ready to talk").
      if (!noun && up != UPos::kVERB && up != UPos::kADJ) continue;
      // PETRARCH codes verbs: an adjective only as a copular clause's head.
      if (impl_.petrarch && up == UPos::kADJ && tree_.Child(p, {"cop"}) < 0)
        continue;
      if (!dropped_.empty() && dropped_[p]) continue;
      // A verb whose inflected form heads its own entry (PETRARCH's
      // "RISEN", "LEFT" blocks) takes that entry; else its lemma's.
      const std::vector<const Pattern*>* ppats = nullptr;
      if (tree_.form(p) != tree_.lemma(p))
        ppats = &lex_.PatternsFor(tree_.form(p), noun);
      if (!ppats || ppats->empty())
        ppats = &lex_.PatternsFor(tree_.lemma(p), noun);
      const auto& pats = *ppats;
      if (pats.empty()) {
        if (UnpatternedObligation(p)) {
          Binding ob;
          ob.Reset(p);
          cands.push_back({p, false, &ObligationPattern(), std::move(ob)});
        }
        continue;
      }
      // The longest matching pattern, preferring one whose TARGET (if it
      // has one) is an actor: "called on Arab countries to join forces"
      // binds "countries" in a long pattern that cannot be used, while a
      // shorter one finds the actor.
      const Pattern* best = nullptr;
      Binding best_b;
      bool best_usable = false;
      Binding b;  // reset by MatchPattern
      // The patterns' numbers: a pattern whose literals are not all words
      // of the sentence (most of them) is rejected without reading it.
      const std::vector<uint32_t>& nums = lex_.PatternNumbers(pats);
      for (size_t j = 0; j < pats.size(); ++j) {
        if (!nums.empty() && !LiteralsPresentAt(nums[j])) continue;
        const Pattern* pat = pats[j];
        if (!MatchPattern(*pat, p, &b, !nums.empty())) continue;
        if (WishForOthers(*pat, p)) continue;
        bool usable =
            b.target < 0 ||
            ((TargetUsable(b.target) || PeopleOfThePolice(*pat, p, noun, b)) &&
             !TargetIsTheSource(b, p, noun) && !VisitOfAThing(*pat, b.target));
        // Ties: a '%' pattern for a compound subject ("The Philippines and
        // France agree").
        bool recip_tie = best && impl_.petrarch && usable == best_usable &&
                         pat->elements.size() == best->elements.size() &&
                         pat->recip && !best->recip && HasConjunctSubject(p);
        // Khaldun conventions: of two patterns of the same size, the one
        // with fewer `_` wildcards is the more specific ("agreed that their
        // countries should cooperate": `030 * that $COOPERATE_V` over `019 *
        // that _`).
        bool specific_tie = best && !impl_.petrarch && usable == best_usable &&
                            pat->elements.size() == best->elements.size() &&
                            Wildcards(*pat) < Wildcards(*best);
        if (!best || (usable && !best_usable) ||
            (usable == best_usable &&
             pat->elements.size() > best->elements.size()) ||
            recip_tie || specific_tie) {
          best = pat;
          best_b = std::move(b);
          best_usable = usable;
        }
      }
      if (!best) {
        if (explain_)
          Explain("predicate '" + Word(p) + "': no pattern matched");
        if (UnpatternedObligation(p)) {
          best_b.Reset(p);
          cands.push_back({p, false, &ObligationPattern(), std::move(best_b)});
        }
        continue;
      }
      cands.push_back({p, noun, best, std::move(best_b)});
    }
    // Phase 2: a predicate that is an argument of another's pattern ("the
    // release" in "called for the release of") is part of that event.
    for (const Candidate& cand : cands) {
      const int p = cand.p;
      const bool noun = cand.noun;
      const Pattern* best = cand.pat;
      const Binding& best_b = cand.b;
      bool inner = false;
      for (const Candidate& o : cands)
        if (o.p != p && std::find(o.b.path.begin() + 1, o.b.path.end(), p) !=
                            o.b.path.end())
          inner = true;
      if (inner) {
        if (explain_)
          Explain("predicate '" + Word(p) + "': part of another pattern");
        continue;
      }
      std::string head;  // for the explanation only
      if (explain_)
        head = "predicate '" + Word(p) + "': " + best->code + " " + best->text +
               " (" + best->where + ")";
      std::string code = best->code, why;
      int demand_src = -1, demand_tgt = -1;
      if (Negated(p, best_b, &why)) {
        if (best->neg_code.empty()) {
          if (explain_) Explain(head + ": rejected, " + why);
          continue;
        }
        code = best->neg_code;
        if (explain_) head += ", " + why + " -> " + code;
      } else if (Unrealised(p, best->modal_keep, &why, &best_b)) {
        // modal=CODE: the intention is an event of its own ("will meet"
        // -> 036), unless it is a question or a condition.
        std::string cond;
        int speaker = -1;
        if (!best->modal_code.empty() && !Unrealised(p, true, &cond) &&
            (speaker = ReportedObligation(p)) >= 0 &&
            best->modal_code.starts_with("03")) {
          // "Russia said Sudan must return the helicopter": the speaker
          // demands of the clause's subject (03x intention -> 10x demand).
          code = DemandCode(best->modal_code);
          if (explain_) head += ", " + why + " -> demand " + code;
          demand_src = SubjectOf(speaker, 0);
          demand_tgt = DefaultSource(p, noun);
        } else if (best->modal_code.empty() || !cond.empty() ||
                   NotAnIntention(p)) {
          if (explain_) Explain(head + ": rejected, " + why);
          continue;
        } else {
          code = best->modal_code;
          if (explain_) head += ", " + why + " -> " + code;
        }
      } else if (!impl_.petrarch && best->modal_keep &&
                 code.starts_with("03")) {
        // The same for an intention pattern that keeps its code under a
        // modal: "Mubarak said the US must be ready to mediate" -> 108.
        int speaker = ReportedObligation(p);
        if (speaker >= 0) {
          code = DemandCode(code);
          if (explain_) head += ", reported obligation -> demand " + code;
          demand_src = SubjectOf(speaker, 0);
          demand_tgt = DefaultSource(p, noun);
        }
      }
      if (!impl_.petrarch && History(p, &why)) {
        Explain(head + ": rejected, " + why);
        continue;
      }
      if (VisitOfAThing(*best, best_b.target)) {
        if (explain_)
          Explain(head + ": rejected, hosting a thing ('" +
                  Word(best_b.target) + "')");
        continue;
      }
      int src = demand_src >= 0      ? demand_src
                : best_b.source >= 0 ? best_b.source
                                     : DefaultSource(p, noun);
      // PETRARCH: the subject is the pattern's TARGET; without a SOURCE
      // element the source is the subject of the clause p completes ("X
      // noted that Y regretted ..." with "noted TARGET *": X -> Y).
      if (best_b.subject_target && best_b.source < 0 && demand_src < 0)
        src = tree_.head(p) >= 0 ? SubjectOf(tree_.head(p), 0) : -1;
      std::vector<Resolved> sources, targets;
      ResolveNode(src, &sources);
      if (impl_.petrarch) OtherSubjects(p, src, &sources);
      // PETRARCH: a clause whose subject is no actor ("Ethiopia indicated
      // it would act") takes the subject of the clause it completes.
      if (impl_.petrarch && best_b.source < 0 &&
          tree_.IsAny(p, {"ccomp", "xcomp"}) && !NamesOwnSubject(p) &&
          std::none_of(sources.begin(), sources.end(),
                       [&](const Resolved& r) { return Usable(r.m); })) {
        sources.clear();
        src = SubjectOf(tree_.head(p), 0);
        ResolveNode(src, &sources);
      }
      int tgt = demand_src >= 0 ? demand_tgt : best_b.target;
      if (tgt >= 0 && impl_.petrarch) {
        // PETRARCH's target is the first actor in the phrase the pattern's
        // '+' matched ("condemned the attack on Iran" -> Iran).
        Resolved probe;
        if (!ResolveSingle(tgt, &probe, 0) || !Usable(probe.m)) {
          int inner = FirstComplementActor(tgt, src);
          // None there ("warned their populations about X"): the first
          // among the predicate's complements.
          tgt = inner >= 0 ? inner : FirstComplementActor(p, src);
        }
      }
      if (tgt < 0 && !best->notarget) {
        // No TARGET in the template: the direct object, else the first
        // actor in an argument phrase of the predicate ("promised aid to the
        // villagers", "clashed with rebels").
        int o = tree_.Child(p, {"obj"});
        if (o >= 0) tgt = o;
        Resolved probe;
        if (impl_.petrarch) {
          // A passive's subject is the target ("Eriador was opposed by
          // Osgiliath"), else the first actor among the complements.
          int ps = tree_.Child(p, {"nsubj:pass"});
          if (ps >= 0 && ps != src && ResolveSingle(ps, &probe, 0) &&
              Usable(probe.m))
            tgt = ps;
          else
            tgt = FirstComplementActor(p, src);
          // "has broken relations with Libya": the modified noun is the
          // participle's object.
          if (tgt < 0 && PerfectParsedAsModifier(p) >= 0)
            tgt = FirstComplementActor(tree_.head(p), src);
        } else if (tgt < 0 || !ResolveSingle(tgt, &probe, 0) ||
                   !Usable(probe.m)) {
          // The predicate's own argument phrases first, then those of the
          // words the pattern matched below it ("threatened to impose
          // restrictions [against German goods]", "to secede [from the
          // Soviet Union]").
          bool found = false;
          for (size_t i = 0; i < best_b.path.size() && !found; ++i) {
            const int n = best_b.path[i];
            for (int c : tree_.children(n)) {
              if (!tree_.IsAny(c, {"obl", "nmod", "iobj"})) continue;
              if (!In(tree_.Marker(c),
                      {"to", "with", "against", "on", "at", "for", "into",
                       "toward", "towards", "upon", ""}) &&
                  !(n != p && tree_.Marker(c) == "from"))
                continue;
              Resolved r;
              if (ResolveSingle(c, &r, 0) && Usable(r.m)) {
                tgt = c;
                found = true;
                break;
              }
            }
          }
          for (size_t i = 0; i < best_b.path.size() && !found; ++i) {
            int c = ObjectArgumentActor(best_b.path[i]);
            if (c >= 0) tgt = c, found = true;
          }
        }
        if (!noun && !impl_.petrarch) {
          // The that-clause's subject is the addressee when no other usable
          // target was found, or when the one found is the source itself
          // ("the PKK issued a declaration demanding that the Turkish
          // government provide information on the safety of its leader").
          int cs = ComplementSubject(p);
          auto is_source = [&](const Resolved& r) {
            for (const Resolved& s : sources)
              if (s.m.code == r.m.code) return true;
            return false;
          };
          if (cs >= 0 && (tgt < 0 || !ResolveSingle(tgt, &probe, 0) ||
                          !Usable(probe.m) || is_source(probe)))
            tgt = cs;
        }
        if (!impl_.petrarch && code.starts_with("13")) {
          int cs = ConditionSubject(p);
          if (cs >= 0 &&
              (tgt < 0 || !ResolveSingle(tgt, &probe, 0) || !Usable(probe.m)))
            tgt = cs;
        }
        // A pessimistic or optimistic comment (012/013) is aimed at the
        // first actor in what it is about ("was very pessimistic about the
        // chances of resuming peace talks with Syria", "skeptical over
        // Moscow's will").
        if (!impl_.petrarch && (code == "012" || code == "013") &&
            best_b.path.size() > 1 &&
            (tgt < 0 || !ResolveSingle(tgt, &probe, 0) || !Usable(probe.m))) {
          int fa = FirstComplementActor(best_b.path.back(), src);
          if (fa >= 0) tgt = fa;
        }
        // So is an investigation (09x): the first actor in what it looks
        // into ("opened a hearing into the legality of interrogation
        // techniques used against Palestinian detainees" -> PSE); not the
        // victim of a killing, arrest, ... looked into ("an inquiry into
        // the death of a British tourist").
        if (!impl_.petrarch && code.starts_with("09") &&
            (tgt < 0 || !ResolveSingle(tgt, &probe, 0) || !Usable(probe.m))) {
          int fa = -1;
          for (size_t i = 0; i < best_b.path.size() && fa < 0; ++i)
            for (int c : tree_.children(best_b.path[i]))
              if (tree_.IsAny(c, {"obl", "nmod"}) &&
                  In(tree_.Marker(c), {"into", "of", "on", "over"}) &&
                  !IsActDoneTo(tree_.lemma(c)) &&
                  (fa = FirstComplementActor(c, src)) >= 0)
                break;
          if (fa >= 0) tgt = fa;
        }
      }
      if (tgt < 0 && impl_.new_actor_length > 0 && !best->notarget)
        tgt = FirstComplementNoun(p);
      if (tgt >= 0) ResolveNode(tgt, &targets);
      if (!impl_.petrarch && code.starts_with("17"))
        TakePoliceCountry(sources, &targets);
      if (!impl_.petrarch && code.starts_with("14"))
        TakePlaceCountry(p, &sources);
      auto unusable = [&](const Resolved& r) {
        return !Usable(r.m) && r.how != "new actor";
      };
      std::erase_if(sources, unusable);
      std::erase_if(targets, unusable);
      // "cooperation with coalition nations, including the US": the
      // members of the example phrase stand for a target that names no
      // actor (one with a country), whether the parser hangs the phrase on
      // the verb or (a name) on the target.
      for (int h : {tgt, tgt >= 0 ? tree_.head(tgt) : -1}) {
        if (!targets.empty() || h < 0) break;
        for (int c : tree_.children(h)) {
          if (c <= tgt ||
              !In(tree_.Marker(c), {"including", "include", "like", "such"}) ||
              (h == tgt && tree_.upos(c) != UPos::kPROPN))
            continue;
          ResolveNode(c, &targets);
          std::erase_if(targets, unusable);
          if (!targets.empty()) break;
        }
      }
      if (sources.empty()) {
        if (explain_)
          Explain(head + ": rejected, no source actor" +
                  (src >= 0 ? " at '" + Word(src) + "'" : std::string()));
        continue;
      }
      // Reciprocal: the members of a compound subject act on each other
      // ("India and Pakistan met"); PETRARCH's '%' patterns ignore any
      // other target.
      if (best->recip && sources.size() >= 2 &&
          (targets.empty() || impl_.petrarch) && !ThirdPartyTarget(p, tgt)) {
        targets = sources;
      }
      if (targets.empty() && !best->notarget) {
        // The source's own forces named by the pattern ("no plans to
        // withdraw US troops"): handled below as a self-target.
        for (size_t i = 1; i < best_b.path.size() && targets.empty(); ++i) {
          Resolved r;
          if (!tree_.IsNominal(best_b.path[i]) ||
              !ResolveSingle(best_b.path[i], &r, 0))
            continue;
          for (const Resolved& sr : sources)
            if (!r.m.country.empty() && r.m.country == sr.m.country)
              targets.push_back(r);
        }
      }
      if (targets.empty() && !best->notarget && !impl_.petrarch &&
          In(code, {"0813", "0814", "1723", "1724"})) {
        // Khaldun conventions: a curfew or state of emergency imposed or
        // lifted with no place named is the source's own country's ("Sudan's
        // government lifted a state of emergency" -> SDNGOV -> SDN).
        for (const Resolved& sr : sources) {
          if (sr.m.country.empty() || sr.m.types.empty()) continue;
          Resolved own = sr;
          own.m.types.clear();
          own.m.group.clear();
          own.m.code = sr.m.country;
          own.m.capital = false;
          own.how = "own country";
          own.conf = 0.8;
          targets.push_back(std::move(own));
          break;
        }
      }
      if (targets.empty() && !best->notarget && !impl_.require_target &&
          impl_.petrarch && !HasNounAfter(p)) {
        // PETRARCH's target slot is a noun phrase in the verb phrase; with
        // none ("said today") there is no event even without a dyad.
        Explain(head + ": rejected, no noun phrase after the predicate");
        continue;
      }
      if (targets.empty() && !best->notarget && impl_.require_target) {
        if (explain_)
          Explain(head + ": rejected, no target actor" +
                  (tgt >= 0 ? " at '" + Word(tgt) + "'" : std::string()));
        continue;
      }
      // A source's own forces as target ("withdraw US troops"): the event
      // is directed at the place they are in, else the dateline country.
      for (Resolved& t : targets) {
        bool self = false;
        for (const Resolved& s : sources)
          if (s.m.country == t.m.country && s.m.group == t.m.group &&
              !s.m.country.empty())
            self = true;
        if (!self || best->recip) continue;
        Resolved place;
        bool found = false;
        for (int n : best_b.path)
          for (int c : tree_.children(n))
            if (tree_.Is(c, "obl") &&
                In(tree_.Marker(c), {"from", "in", "out"}) &&
                ResolveSingle(c, &place, 0) && !place.m.country.empty())
              found = true;
        if (!found && doc_.dateline.present()) {
          ActorMatch m;
          if (lex_.ResolvePhrase(doc_.dateline.place, doc_.date, &m) &&
              !m.country.empty()) {
            place.m = m;
            place.m.types.clear();
            place.m.code = m.code.substr(0, 3);
            place.m.capital = false;  // the place, not its government
            place.span = doc_.dateline.place_span;
            place.text = doc_.dateline.place;
            place.how = "dateline";
            place.conf = 0.7;
            found = true;
          }
        }
        if (found && place.m.country != t.m.country) {
          t = place;
        }
      }
      for (const Resolved& s : sources) {
        std::vector<const Resolved*> tlist;
        for (const Resolved& t : targets) tlist.push_back(&t);
        if (tlist.empty()) tlist.push_back(nullptr);
        for (const Resolved* t : tlist) {
          if (t && t->m.country == s.m.country && t->m.group == s.m.group &&
              t->m.types == s.m.types &&
              ((s.how != "new actor" && t->how != "new actor") ||
               t->text == s.text)) {
            if (explain_)
              Explain(head + ": rejected, source and target are the same (" +
                      s.m.code + ")");
            continue;
          }
          if (!impl_.petrarch && !OfficialVisitor(code, s)) {
            if (explain_)
              Explain(head + ": rejected, a visit by " + s.m.code +
                      " (no official role)");
            continue;
          }
          if (!impl_.petrarch && CivilianSource(code, s)) {
            if (explain_)
              Explain(head + ": rejected, military de-escalation by " +
                      s.m.code + " (a civilian body)");
            continue;
          }
          Event e;
          e.doc = doc_.id;
          e.sentence = si_;
          e.sentence_text = std::string(doc_.slice(s_.span));
          e.date = doc_.date;
          e.source = ToActor(s, impl_.petrarch);
          if (t) e.target = ToActor(*t, impl_.petrarch);
          if (!impl_.petrarch) {
            if (!NamesAPlace(s))
              CapitalAsGovernment(s, code, /*target=*/false, &e.source);
            if (t && !NamesAPlace(*t))
              CapitalAsGovernment(*t, code, /*target=*/true, &*e.target);
            if (t && best_b.target >= 0 &&
                tree_.lemma(best_b.target) == "counterpart")
              TakeCounterpartRole(e.source, &*e.target);
            // The same actor once a capital is its government ("He ...
            // called for more dialogue with Moscow", *he* a Russian
            // official): no event.
            if (t && e.target->country == e.source.country &&
                e.target->group == e.source.group &&
                e.target->types == e.source.types &&
                !e.source.country.empty()) {
              if (explain_)
                Explain(head + ": rejected, source and target are the same (" +
                        e.source.code + ", a capital as its government)");
              continue;
            }
          }
          e.code = code;
          Cameo::Get().Annotate(&e);
          e.evidence.predicate = tree_.tok(p).span;
          e.evidence.rule =
              std::string(noun ? "noun" : "verb") +
              (best_b.source >= 0 ? ":pattern-source" : ":default-source") +
              (best_b.target >= 0 ? ":pattern-target" : ":object-target");
          e.evidence.entry = best->where;
          e.confidence = best->conf * s.conf * (t ? t->conf : 1.0);
          for (int k = 0; k < best_b.loose; ++k) e.confidence *= 0.8;
          if (explain_)
            Explain(head + ": KEPT " + Describe(s) + " -> " +
                    (t ? Describe(*t) : std::string("(none)")) + " = " + code);
          if (t && !best->paired_code.empty() && code == best->code) {
            // An imported paired code ([032:033]): the target's side too.
            Event back = e;
            std::swap(*back.target, back.source);
            back.code = best->paired_code;
            Cameo::Get().Annotate(&back);
            if (explain_)
              Explain(head + ": KEPT paired " + Describe(*t) + " -> " +
                      Describe(s) + " = " + back.code);
            found.push_back(std::move(e));
            found.push_back(std::move(back));
          } else {
            found.push_back(std::move(e));
          }
        }
      }
    }
    if (!found.empty()) {
      std::vector<NameMention> unknown = UnknownNames();
      for (Event& e : found) e.unknown_names = unknown;
    }
    // One event per (source, target, code) in a sentence.
    for (Event& e : found) {
      bool dup = false;
      for (const Event& o : *events) {
        if (o.sentence == e.sentence && o.doc == e.doc && o.code == e.code &&
            o.source.code == e.source.code &&
            o.target.has_value() == e.target.has_value() &&
            (!o.target || o.target->code == e.target->code)) {
          dup = true;
          break;
        }
      }
      if (dup) continue;
      PriorEvent pe;
      pe.root = e.code.substr(0, 2);
      pe.sentence = si_;
      pe.source.code = e.source.code;
      pe.source.name = e.source.name;
      pe.source.country = e.source.country;
      pe.source.group = e.source.group;
      pe.source.types = e.source.types;
      pe.source.entry = e.source.entry;
      state_->events.push_back(std::move(pe));
      events->push_back(std::move(e));
    }
  }
  // Remember this sentence's actors for pronouns in later sentences.
  RememberActors(impl_, &matches_, matches_traits_, state_);
}

}  // namespace
}  // namespace coder

EventCoder::EventCoder(std::shared_ptr<const Lexicon> lexicon,
                       CoderOptions options)
    : lexicon_(std::move(lexicon)),
      options_(options),
      impl_(std::make_unique<Impl>()) {
  impl_->petrarch = options_.conventions == Conventions::kPetrarch;
  impl_->require_target = options_.require_target;
  if (impl_->petrarch) {
    impl_->new_actor_length = options_.new_actor_length;
    impl_->commas = options_.commas;
  }
  const LexiconData& d = lexicon_->data();
  for (const ActorEntry& a : d.actors) {
    bool person =
        a.gender != 0 || (a.where.find("/actors/") != std::string::npos &&
                          a.where.find("metonym") == std::string::npos);
    if (!person) continue;
    impl_->person_entries.insert(a.where);
    for (const ActorRole& r : a.roles) impl_->person_entries.insert(r.where);
    if (a.gender == 'm' || a.gender == 'f') {
      auto& set = a.gender == 'm' ? impl_->male_entries : impl_->female_entries;
      set.insert(a.where);
      for (const ActorRole& r : a.roles) set.insert(r.where);
    }
  }
  for (const AgentEntry& a : d.agents)
    if (a.person) impl_->person_entries.insert(a.where);
  // Indexed by the lexicon's pattern numbers.
  const uint32_t num_patterns = lexicon_->PatternCount();
  impl_->literal_begin.reserve(num_patterns + 1);
  for (uint32_t k = 0; k < num_patterns; ++k) {
    impl_->literal_begin.push_back(static_cast<int>(impl_->literals.size()));
    for (const PatternElement& e : lexicon_->PatternAt(k).elements)
      // A complementizer "that" may be left out (OptionalThat).
      if (e.kind == PatternElement::Kind::kLiteral &&
          !(!impl_->petrarch && e.function_word && e.text == "that"))
        impl_->literals.push_back(
            impl_->literal_ids
                .emplace(e.text, static_cast<int>(impl_->literal_ids.size()))
                .first->second);
  }
  impl_->literal_begin.push_back(static_cast<int>(impl_->literals.size()));
  for (const PredicateEntry& pe : d.predicates)
    for (const Pattern& pat : pe.patterns)
      for (const PatternElement& e : pat.elements)
        if (e.kind == PatternElement::Kind::kSynset)
          impl_->synset_of.Put(reinterpret_cast<uintptr_t>(&e),
                               lexicon_->SynsetId(e.text));
}

EventCoder::~EventCoder() = default;

bool ParseConventions(std::string_view name, Conventions* out) {
  if (name == "khaldun") {
    *out = Conventions::kKhaldun;
    return true;
  }
  if (name == "petrarch") {
    *out = Conventions::kPetrarch;
    return true;
  }
  return false;
}

std::string_view ConventionsName(Conventions c) {
  return c == Conventions::kPetrarch ? "petrarch" : "khaldun";
}

void EventCoder::Code(const Document& doc, std::vector<Event>* events,
                      std::string* explain) const {
  Code(doc, nullptr, events, explain);
}

void EventCoder::Code(const Document& doc,
                      std::vector<std::vector<ActorMatch>>* matches,
                      std::vector<Event>* events, std::string* explain) const {
  coder::DocState state;
  size_t first = events->size();
  std::vector<char> person;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (!s.parsed && !explain) {
      // SentenceCoder::Run codes only parsed sentences: of this one only
      // the actors are remembered, without building its tree.
      std::vector<ActorMatch> own;
      std::vector<ActorMatch>* ms = matches ? &(*matches)[si] : &own;
      if (!matches) lexicon_->MatchActors(s, doc.date, &own);
      person.resize(ms->size());
      for (size_t mi = 0; mi < ms->size(); ++mi) {
        person[mi] = coder::MatchTraits(*impl_, (*ms)[mi]);
        (*ms)[mi].parts.clear();  // as Run does
      }
      coder::RememberActors(*impl_, ms, person, &state);
      continue;
    }
    coder::SentenceCoder sc(*lexicon_, *impl_, doc, static_cast<int>(si),
                            &state, explain,
                            matches ? &(*matches)[si] : nullptr);
    sc.Run(events);
  }
  if (options_.min_confidence > 0) {
    auto it = std::remove_if(
        events->begin() + first, events->end(),
        [&](const Event& e) { return e.confidence < options_.min_confidence; });
    events->erase(it, events->end());
  }
}

}  // namespace khaldun
