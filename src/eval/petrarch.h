// The PETRARCH peer suite: reads PETR.UnitTest.records.xml, codes each
// record's text with Khaldun's own segmenter, syntax model and event coder
// on the dictionaries the file names (its <Environment>), and scores the
// produced codings against the records' <EventCoding> elements.
//
//   eval::PetrarchSuite suite;
//   Status s = eval::ReadPetrarchSuite(
//       "../shared/data/petrarch2/PETR.UnitTest.records.xml", &suite);
//   eval::PetrarchReport report;
//   s = eval::EvaluatePetrarch(suite, {}, &report);
//   std::cout << report.overall.passed << "/" << report.overall.records;
//
// Scoring (docs/evaluation.md): a coding is (source code, target code,
// event code) with PETRARCH's raw actor codes ("DAGGOV"); Khaldun's event
// gives Actor::code (the imported raw code when the lexicon resolved the
// mention to an imported actor), "---" for a missing target, and for an
// actor without a code its words in capitals within quotes, the way
// PETRARCH writes new actors ('"INJURY TOLL"').  A record passes when
// every expected coding is produced and nothing else is; a record that
// expects no event (noevents="True" or error="...") passes when nothing is
// produced.  The <Parse> trees are never read.
//
// Thread safety: plain functions over values; EvalCoder is immutable after
// Load and Code() may be called from several threads.
#ifndef KHALDUN_EVAL_PETRARCH_H_
#define KHALDUN_EVAL_PETRARCH_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/coder.h"
#include "khaldun/document.h"
#include "khaldun/event.h"
#include "khaldun/status.h"

namespace khaldun {
class Lexicon;
class SyntaxModel;
class Segmenter;
class EventCoder;
}  // namespace khaldun

namespace khaldun::eval {

// ---- the records -----------------------------------------------------------

struct PetrarchCoding {
  std::string source;  // "DAGGOV", or '"INJURY TOLL"' for a new actor
  std::string target;  // "---" when none
  std::string code;    // "032"
  auto operator<=>(const PetrarchCoding&) const = default;
  std::string ToString() const;  // "DAGGOV -> GON 032"
};

struct PetrarchRecord {
  std::string id;        // "DEMO-02"
  std::string category;  // "DEMO"
  std::string date;      // as written: "19950103"
  // sentence="false": PETRARCH itself marks the record as not implemented.
  bool implemented = true;
  std::string text;  // <Text>, entities decoded, whitespace collapsed
  std::vector<PetrarchCoding> expected;  // sorted, unique
  bool no_events = false;                // <EventCoding noevents="True">
  std::string error;  // <EventCoding error="dateline">: no event either
  // <Config option=... value=...> settings in force for this record
  // (new_actor_length, require_dyad, comma_*), as written.
  std::map<std::string, std::string> config;
  int line = 0;  // line of <Sentence> in the file

  bool expects_nothing() const { return expected.empty(); }
};

struct PetrarchSuite {
  std::string path;  // the XML file
  std::string dir;   // its folder ("." when none)
  // <Environment>: file names relative to dir, as written ("" when absent).
  std::string verbfile, actorfile, agentfile, discardfile;
  std::vector<PetrarchRecord> records;

  // The dictionaries to load, in the order verbs, actors, agents, discards
  // (dir + "/" + name), skipping absent ones.
  std::vector<std::string> DictionaryPaths() const;
};

// Parses the XML text (`path` names it in errors and sets dir).  Fails with
// InvalidArgument("path:line: why") on a malformed record (an unterminated
// <Sentence>, an <EventCoding> with neither codes, noevents nor error).
Status ParsePetrarchSuite(std::string_view xml, const std::string& path,
                          PetrarchSuite* out);
Status ReadPetrarchSuite(const std::string& path, PetrarchSuite* out);

// ---- scoring ---------------------------------------------------------------

// The coding of a produced event (see the header comment).
PetrarchCoding CodingOf(const Event& e);
// The code PETRARCH would print for an actor: Actor::code, else the quoted
// upper-cased words, else "---".
std::string PetrarchActorCode(const Actor& a);

struct RecordScore {
  std::vector<PetrarchCoding> missing;  // expected, not produced
  std::vector<PetrarchCoding> extra;    // produced, not expected
  int expected = 0, produced = 0, found = 0;
  bool passed = false;
};
// `produced` may be unsorted and contain duplicates.
RecordScore ScoreRecord(const PetrarchRecord& record,
                        std::vector<PetrarchCoding> produced);

// Why a record fails: the causes of docs/evaluation.md, in the order of
// precedence that picks a record's primary cause.
enum class PetrarchCause {
  kAbout,         // a predicate rejected as the complement of "about (to)"
  kModal,         // a predicate rejected as modal ("will")
  kNoCountry,     // an expected code without a country ("---GOV", "---")
  kNewActor,      // an expected new actor ('"INJURY TOLL"')
  kParser,        // the predicate with the code was rejected because of a
                  // parse error the coder recognises (a finite verb parsed
                  // as a modifier of a noun)
  kActor,         // an expected actor code is not among the lexicon's matches
  kImportCode,    // no pattern of the dictionaries has the expected code
  kNoLemma,       // no word of the sentence has a pattern with the code
  kLiteralForm,   // "pattern-words": a pattern with the code has all its
                  // words below the predicate, yet did not match
  kNoTarget,      // the predicate with the code was rejected: no target
  kNoSource,      // ... no source
  kComplement,    // ... an unrealised complement (of a word but "about")
  kNegated,       // ... negated
  kSameActor,     // ... source and target the same
  kWrongActor,    // ... kept, with other actors
  kOtherPattern,  // the code is on a word, but another pattern was chosen
  kExtraOnly,     // nothing missing; extra codings
  kOther,
  kCount
};
std::string_view PetrarchCauseName(PetrarchCause c);  // "about", "modal"...

// One "predicate 'W': CODE ..." line of EventCoder's explanation.
struct PredicateOutcome {
  std::string word;
  std::string code;     // "064", "031:031", "" for "no pattern matched"
  std::string outcome;  // the rest: "rejected, no target actor at 'aid'"...
};
std::vector<PredicateOutcome> ParseExplainPredicates(std::string_view explain);

// What is known about one missing coding.
struct MissingFacts {
  PetrarchCoding coding;
  bool source_found = false;     // the source code is among the actor matches
  bool target_found = false;     // the target code (or "---")
  bool code_in_lexicon = false;  // some pattern of the dictionaries
  bool code_on_word = false;     // some word of the sentence has one
  bool literal_form = false;     // see PetrarchCause::kLiteralForm
};
// The set of causes (bit i = PetrarchCause i) of a failing record.
// Under the PETRARCH conventions an expected actor without a country
// ("---GOV") is not a cause by itself.
uint32_t ClassifyFailure(const std::vector<MissingFacts>& missing,
                         bool has_extra,
                         const std::vector<PredicateOutcome>& predicates,
                         Conventions conventions = Conventions::kKhaldun);
// The first cause in order of precedence (kOther when none).
PetrarchCause PrimaryCause(uint32_t causes);

struct PetrarchResult {
  size_t record = 0;  // index into PetrarchSuite::records
  std::vector<PetrarchCoding> produced;
  RecordScore score;
  // One line per missing or extra coding: a mechanical first diagnosis
  // ("source ARN not found by the lexicon", "no pattern with code 064 on
  // any word", ...); see docs/evaluation.md.
  std::vector<std::string> hints;
  uint32_t causes = 0;  // failing records: ClassifyFailure()
  PetrarchCause cause = PetrarchCause::kOther;  // the primary one
  std::string explain;  // EventCoder::Code's explanation
};

struct PetrarchTally {
  std::string name;  // category, "overall", ...
  int records = 0, passed = 0;
  int expected = 0, found = 0, produced = 0, extra = 0;  // codings
  double rate() const { return records ? 100.0 * passed / records : 0; }
};

struct PetrarchReport {
  std::vector<PetrarchResult> results;    // one per record, in file order
  std::vector<PetrarchTally> categories;  // by name
  PetrarchTally overall;
  PetrarchTally implemented;  // records PETRARCH marks sentence="true"
  PetrarchTally with_events;  // records that expect at least one coding
  std::vector<std::string> load_warnings;  // lexicon import diagnostics
};

// Fills categories, overall and implemented from results.
void TallyPetrarch(const PetrarchSuite& suite, PetrarchReport* report);

// ---- running -----------------------------------------------------------

// Segmenter + syntax model + lexicon + event coder, loaded once: what the
// pipeline does, with access to the lexicon and to the coder's explanation.
class EvalCoder {
 public:
  // data_dir: "" = $KHALDUN_DATA or the built-in data dir (the syntax model
  // is <data_dir>/models/en_ewt.syntax unless syntax_model names another
  // file); lexicons: Lexicon::Load sources.  NotFound (with the reason)
  // when the syntax model is absent.
  static Status Load(const std::string& data_dir,
                     const std::vector<std::string>& lexicons,
                     std::unique_ptr<EvalCoder>* out,
                     std::vector<std::string>* warnings,
                     const CoderOptions& coder_options = {},
                     const std::string& syntax_model = "");
  ~EvalCoder();

  // Segments, tags, parses and codes doc (doc->text and doc->date set),
  // with `coder` when given (one built on lexicon_ptr() with other
  // options), else the coder loaded.
  void Code(Document* doc, std::vector<Event>* events, std::string* explain,
            const EventCoder* coder = nullptr) const;
  const Lexicon& lexicon() const { return *lexicon_; }
  const std::shared_ptr<const Lexicon>& lexicon_ptr() const { return lexicon_; }

 private:
  EvalCoder();
  std::unique_ptr<Segmenter> segmenter_;
  std::unique_ptr<SyntaxModel> syntax_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<EventCoder> coder_;
};

struct PetrarchEvalOptions {
  std::string data_dir;      // for the syntax model; "" = default
  std::string syntax_model;  // "" = the data dir's
  // The suite's records are PETRARCH's output: its conventions by default.
  Conventions conventions = Conventions::kPetrarch;
};

// The coder options for a record's <Config>: require_dyad=false ->
// require_target false; new_actor_length (negative or malformed -> 0).
CoderOptions RecordCoderOptions(const PetrarchRecord& rec,
                                Conventions conventions);

// Loads the suite's dictionaries (and nothing else) and codes every record.
Status EvaluatePetrarch(const PetrarchSuite& suite,
                        const PetrarchEvalOptions& options,
                        PetrarchReport* report);

}  // namespace khaldun::eval

#endif  // KHALDUN_EVAL_PETRARCH_H_
