// Lexicons: what Khaldun knows about the world (countries, named actors,
// role nouns, word classes, predicate patterns, discards), loaded from the
// plain-text format of docs/lexicon.md (.lex) or imported from TABARI /
// PETRARCH dictionaries (.txt), and compiled into an immutable matcher.
//
//   std::shared_ptr<const khaldun::Lexicon> lex;
//   std::vector<khaldun::Diagnostic> diags;
//   khaldun::Status s = khaldun::Lexicon::Load(
//       {"default", "my/Phoenix.Countries.actors.txt"}, {}, &lex, &diags);
//   std::vector<khaldun::ActorMatch> m;
//   lex->MatchActors(sentence, doc.date, &m);   // "Iraqi troops" -> IRQ MIL
//   for (const khaldun::Pattern* p : lex->PatternsFor("condemn", false)) ...
//
// Sources stack: entries of later sources are added to those of earlier
// ones, and when the same name resolves to several actors the entry from
// the latest source wins ("--lexicon default --lexicon mine.lex").
//
// Thread safety: a loaded Lexicon is immutable; every const method may be
// called from any number of threads at once (scratch memory is per thread).
#ifndef KHALDUN_LEXICON_H_
#define KHALDUN_LEXICON_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

// A lint finding or load problem, always with "file:line".
struct Diagnostic {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  std::string where;  // "data/lexicons/groups.lex:12"
  std::string message;
  bool error() const { return severity == Severity::kError; }
  // "file:line: error: message"
  std::string ToString() const;
};

// An inclusive range of days as yyyymmdd integers; 0 = open end.
struct DateRange {
  int from = 0;
  int to = 0;
  bool Contains(int ymd) const {
    return (from == 0 || ymd >= from) && (to == 0 || ymd <= to);
  }
  bool Overlaps(const DateRange& o) const {
    return (from == 0 || o.to == 0 || from <= o.to) &&
           (o.from == 0 || to == 0 || o.from <= to);
  }
  bool unbounded() const { return from == 0 && to == 0; }
  std::string ToString() const;  // "2022-10-27..", "..2014-09-08"
};

// yyyymmdd of a Date; a partial date takes the middle of its month/year;
// 0 when unknown.
int DateKey(const Date& d);

// ---- entries (as read; every entry knows its file:line) ------------------

struct ActorRole {
  std::string country;             // ISO3, or "" for none ("-")
  std::string group;               // known-group code or ""
  std::vector<std::string> types;  // GOV, MIL, ...
  DateRange dates;
  bool dated = false;    // false: the fallback line
  std::string raw_code;  // imported PETRARCH code ("IRQGOV"), else ""
  std::string where;
};

struct ActorEntry {
  std::vector<std::string> names;  // names[0] is the canonical name
  // Imported PETRARCH names whose words are separated by spaces, not '_'
  // ("ITHILEN TELEVISION"): an adjective may come between two of their
  // words ("Ithilen state-run television"), TABARI's disconnected phrase.
  std::vector<std::string> open_names;
  std::vector<ActorRole> roles;
  std::string note;
  char gender = 0;  // 'm', 'f' or 0
  std::string where;
  int source = 0;  // index of the lexicon source it came from
  // The role for a date (yyyymmdd, 0 = unknown): the first dated role that
  // contains it, else the fallback; nullptr when none applies.
  const ActorRole* RoleAt(int ymd) const;
};

struct CountryEntry {
  std::string code;   // ISO3
  std::string cameo;  // CAMEO country code when it differs, else ""
  std::vector<std::string> names, adjectives, people, capitals, drop;
  std::string where;
};

struct AgentEntry {
  std::vector<std::string> names;
  std::vector<std::string> types;
  bool country_noun = false;
  bool person = false;
  bool prefix = false;  // imported "[IGO~]": the code goes before the country
  // Imported with a "{...}" list of plurals (even empty: "POLICE {}"): only
  // the listed forms match, no inflection of the names.
  bool exact_forms = false;
  std::string where;
};

struct SynsetEntry {
  std::string name;                  // "$WITHDRAWAL"
  std::vector<std::string> members;  // lemmas/phrases; "$X" = include
  std::string where;
};

struct PatternElement {
  enum class Kind { kPredicate, kSource, kTarget, kSynset, kLiteral, kAny };
  Kind kind = Kind::kLiteral;
  std::string text;            // synset name or literal lemma
  bool function_word = false;  // a literal from the function-word list
  // Imported "A_B": this element must follow the previous one with no word
  // between them (before '*', where words are matched in text order).
  bool joined = false;
  bool operator==(const PatternElement&) const = default;
};

struct Pattern {
  std::string code;  // CAMEO event code, "106"
  std::vector<PatternElement> elements;
  int predicate_index = -1;  // position of '*' in elements
  std::string neg_code;      // neg=CODE, or ""
  bool modal_keep = false;
  std::string modal_code;  // modal=CODE: the code under a modal or future
                           // ("will meet" -> 036), or ""
  bool recip = false;
  bool notarget = false;
  // Imported paired code ("[032:033]"): the target's event towards the
  // source that comes with the source's ("visited" -> 032 and 033 back).
  std::string paired_code;
  float conf = 1.0f;
  std::string text;  // the template as written
  std::string where;
  int entry = -1;  // index into LexiconData::predicates
};

struct PredicateEntry {
  bool noun = false;
  std::vector<std::string> lemmas;  // lowercase; may be phrases
  std::vector<Pattern> patterns;
  std::string code;  // imported: the block's default code, else ""
  std::string where;
};

struct DiscardEntry {
  std::string reason;
  std::vector<std::string> phrases;
  std::vector<std::string> lemmas;
  bool story = false;  // imported '+' lines: discard the whole story
  std::string where;
};

// Imported Phoenix.IssueCoding.txt entries (no native equivalent yet).
struct IssueEntry {
  std::string phrase;
  std::string code;
  std::string category;
  bool exclude = false;  // "~phrase"
  std::string where;
};

// Everything read from the sources, before compilation.
struct LexiconData {
  std::vector<CountryEntry> countries;
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<SynsetEntry> synsets;
  std::vector<PredicateEntry> predicates;
  std::vector<DiscardEntry> discards;
  std::vector<IssueEntry> issues;
  std::vector<std::string> prepositions;  // imported Phoenix.prepositions
  std::vector<std::string> sources;       // the files read, in order
};

// ---- reading -------------------------------------------------------------

// Appends the entries of one native .lex file.  Syntax errors are reported
// as diagnostics (and the line skipped); the Status fails only when the file
// cannot be read.  `countries_fix` applies [country] entries as corrections
// to existing ones (countries.fix.lex).
Status ReadLexFile(const std::string& path, int source, LexiconData* data,
                   std::vector<Diagnostic>* diags);
// Same for text already in memory (`where` names it in diagnostics).
void ReadLexText(std::string_view text, const std::string& where, int source,
                 LexiconData* data, std::vector<Diagnostic>* diags);

// Counts of what one PETRARCH file contributed (printed by `lexicon import`).
struct ImportCounts {
  std::string kind;  // "verbs", "actors", "agents", "discards", "issues",
                     // "prepositions"
  int lines = 0;     // lines with content (not blank, not only a comment)
  int parsed = 0, errors = 0;
  int synsets = 0, verbs = 0, patterns = 0, actors = 0, names = 0, roles = 0,
      agents = 0, discards = 0, issues = 0, words = 0;
};
// Imports a TABARI/PETRARCH dictionary; the kind is told from the file name
// (CAMEO*/ *verbs*, *actors*, *agents*, *discards*, *Issue*, *preposition*).
// Unparsable lines become diagnostics with file:line.
Status ImportPetrarchFile(const std::string& path, int source,
                          LexiconData* data, std::vector<Diagnostic>* diags,
                          ImportCounts* counts);

// Where the default lexicons are: <data_dir>/lexicons/**/*.lex (except
// lexicons/test/), plus <data_dir>/generated/countries.lex, with
// lexicons/countries.fix.lex applied to it.
struct LexiconOptions {
  std::string data_dir;  // "" = $KHALDUN_DATA, else the built-in data dir
  // Keep loading after syntax errors (they stay in the diagnostics); used
  // by `lexicon check`.  Otherwise Load fails on the first error.
  bool keep_going = false;
};

// The data dir in force for `options`.
std::string LexiconDataDir(const LexiconOptions& options);

// ---- matching ------------------------------------------------------------

// One piece of a resolved phrase, for explanations.
struct MatchPart {
  enum class Kind {
    kActor,      // a named [actor]
    kCountry,    // a country name
    kAdjective,  // a country adjective ("Iraqi")
    kPeople,     // a demonym as noun ("Iraqis")
    kCapital,    // a capital ("Baghdad")
    kAgent,      // a role noun ("troops")
    kLed,        // "X-led"
    kPossessor,  // "X's"
  };
  Kind kind = Kind::kActor;
  uint32_t begin = 0, end = 0;  // tokens [begin, end)
  std::string text;             // the words
  std::string entry;            // file:line of the entry
  std::string value;            // what it contributes: "IRQ", "GOV", ...
};
std::string_view MatchPartKindName(MatchPart::Kind k);

struct ActorMatch {
  uint32_t begin = 0, end = 0;  // tokens [begin, end)
  std::string name;             // canonical name of the deciding entry
  std::string country;          // ISO3 or ""
  std::string group;            // known group or ""
  std::vector<std::string> types;
  std::string code;         // CAMEO actor code: country (CAMEO form) + group +
                            // types, or an imported raw code
  std::string entry;        // file:line of the deciding entry
  bool capital = false;     // a capital alone (the coder adds GOV)
  bool agent_only = false;  // a role noun with no country ("the troops")
  std::vector<MatchPart> parts;
};

struct LexiconStats {
  int countries = 0, actors = 0, aliases = 0, groups = 0, group_entries = 0,
      organisations = 0, leaders = 0, agents = 0, synsets = 0, verb_lemmas = 0,
      noun_lemmas = 0, predicate_lemmas = 0, patterns = 0, discards = 0,
      issues = 0;
  std::vector<std::string> base_codes_covered;  // 3-digit codes with patterns
  std::vector<std::string> base_codes_missing;  // 3-digit codes without
};

class Lexicon {
 public:
  // Loads and compiles the sources: "default" or a path (a .lex file, a
  // directory of .lex files, or a PETRARCH .txt dictionary).  Diagnostics
  // (warnings, and errors when keep_going) go to *diags (may be null).
  static Status Load(const std::vector<std::string>& sources,
                     const LexiconOptions& options,
                     std::shared_ptr<const Lexicon>* out,
                     std::vector<Diagnostic>* diags);
  // Compiles already-read data (tests, tools).
  static std::shared_ptr<const Lexicon> Compile(LexiconData data);

  const LexiconData& data() const { return data_; }

  // All actor mentions in a sentence (longest match, left to right), with
  // modifiers combined: "Iraqi troops" -> IRQ MIL, "US-led coalition" ->
  // USA MIL, "Iraq's security forces" -> IRQ MIL, "Iraqis" -> IRQ CVL,
  // "Iraqi" -> IRQ; named actors resolved for `date`.  Appends to *out.
  // Uses lemmas when the sentence is tagged, else a plural-stripping guess.
  void MatchActors(const Sentence& s, const Date& date,
                   std::vector<ActorMatch>* out) const;
  // Tokenises `phrase` with the name tokenizer and resolves it as one
  // mention (the longest combined match covering most tokens).  False when
  // nothing matched.
  bool ResolvePhrase(std::string_view phrase, const Date& date,
                     ActorMatch* out) const;

  // Role noun by lemma or phrase ("prime minister"), or nullptr.
  const AgentEntry* FindAgent(std::string_view phrase) const;
  // Patterns of the predicates whose lemma (or, for phrases, head word:
  // first word of a verb phrase, last of a noun phrase) is `lemma`.
  const std::vector<const Pattern*>& PatternsFor(std::string_view lemma,
                                                 bool noun) const;
  // The patterns of data().predicates are numbered in order (entry, then
  // its patterns) from 0 to PatternCount() - 1, so that a caller can keep
  // per-pattern records in a flat array and read them without touching the
  // patterns.  This is the one numbering: PatternNumber, PatternAt and
  // PatternNumbers all give it.
  uint32_t PatternCount() const { return first_pattern_.back(); }
  // The number of `pat`, or kNoPattern when it is none of the patterns of
  // data().predicates (a copy, a pattern built elsewhere).
  static constexpr uint32_t kNoPattern = UINT32_MAX;
  uint32_t PatternNumber(const Pattern& pat) const {
    if (pat.entry < 0 ||
        static_cast<size_t>(pat.entry) >= data_.predicates.size())
      return kNoPattern;
    const std::vector<Pattern>& pats = data_.predicates[pat.entry].patterns;
    // std::less: a total order even for a pattern outside this array (a
    // copy), where the built-in < would be unspecified.
    std::less<const Pattern*> before;
    if (before(&pat, pats.data()) || !before(&pat, pats.data() + pats.size()))
      return kNoPattern;
    return first_pattern_[pat.entry] +
           static_cast<uint32_t>(&pat - pats.data());
  }
  // The pattern of number k (k < PatternCount()).
  const Pattern& PatternAt(uint32_t k) const;
  // The numbers of the patterns of a list PatternsFor returned, in its
  // order.  Empty for a list PatternsFor did not return (and for its empty
  // list).
  const std::vector<uint32_t>& PatternNumbers(
      const std::vector<const Pattern*>& list) const;
  // Predicate entries for a lemma (to see phrase lemmas such as
  // "hold talks").
  std::vector<const PredicateEntry*> PredicatesFor(std::string_view lemma,
                                                   bool noun) const;
  // Synset id by name ("$CEASEFIRE"), -1 if unknown.
  int SynsetId(std::string_view name) const;
  // Is the lemma (one word or a phrase, lowercase) a member of the synset
  // (including members of included synsets)?
  bool InSynset(int id, std::string_view lemma) const;
  // Length in tokens of the longest member of synset `id` starting at token
  // i of s (by lemma or form), 0 when none.
  int MatchSynsetAt(const Sentence& s, size_t i, int id) const;
  // The same for many (position, synset) pairs of one sentence: Prepare
  // builds the sentence's lookup sequence once.  A PreparedSentence refers
  // to `s` (which must outlive it and stay unchanged) and to this lexicon;
  // it is immutable, so it may be shared between threads.
  struct PreparedSentence;
  std::shared_ptr<const PreparedSentence> Prepare(const Sentence& s) const;
  int MatchSynsetAt(const PreparedSentence& p, size_t i, int id) const;
  static bool IsFunctionWord(std::string_view word);
  // The first discard entry matching the sentence, or nullptr.
  const DiscardEntry* MatchDiscard(const Sentence& s) const;
  // The same with the sentence's lookup sequence already built.
  const DiscardEntry* MatchDiscard(const PreparedSentence& p) const;

  LexiconStats Stats() const;
  // Lint: semantic checks (codes, duplicates, dates, synsets, patterns).
  void Check(std::vector<Diagnostic>* out) const;

  ~Lexicon();
  struct Compiled;  // the trie and indexes (lexicon.cc)

 private:
  Lexicon();
  LexiconData data_;
  // first_pattern_[i]: the number of the first pattern of
  // data_.predicates[i]; one more element, the number of patterns.
  std::vector<uint32_t> first_pattern_ = {0};
  std::unique_ptr<Compiled> c_;
};

// The name tokenizer: splits a name or phrase the way text is tokenised
// ("Iraq's" -> "Iraq" "'s", "U.S." stays whole, "al-Sudani" stays whole).
std::vector<std::string> TokenizeName(std::string_view text);

// Builds the generated country table (docs/lexicon.md) from Debian
// iso-codes' iso_3166-1.json and npm world-countries' countries.json; writes
// [country] entries in the native syntax to *out.
Status BuildCountries(const std::string& iso_json,
                      const std::string& world_countries_json, std::string* out,
                      int* count);

}  // namespace khaldun

#endif  // KHALDUN_LEXICON_H_
