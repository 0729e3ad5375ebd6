// The whole pipeline behind `khaldun code`: loads every model and lexicon
// once, then turns Documents into Events.
//
//   std::unique_ptr<khaldun::Pipeline> pipeline;
//   khaldun::Status s = khaldun::Pipeline::Load({}, &pipeline);
//   if (!s.ok()) { std::cerr << s.ToString() << "\n"; return 3; }
//   std::vector<khaldun::Event> events;
//   s = pipeline->Process(&doc, &events);   // doc from a DocumentReader
//
// Stages, in order, each run only when it is available in this build:
//   1. segmentation (khaldun/segmenter.h): datelines, sentences, tokens;
//      skipped when the document already has sentences (CoNLL-U input);
//   2. tagging and parsing (the syntax model), skipped for sentences already
//      tagged/parsed;
//   3. event coding, then the ontology fills root, QuadClass, Goldstein and
//      PLOVER (khaldun/cameo.h).
// With the prefilter (PipelineOptions::prefilter, on by default) every
// sentence is tagged and its actors matched, but only a sentence that can
// yield an event is parsed: one with a predicate lemma of the lexicons and a
// possible source (an identified actor or a third-person pronoun).  The
// output is the same with and without it (tests/output_identity_test.cc);
// skipped sentences still give their actors to later pronouns.
// The syntax model is data/models/en_ewt.syntax (built by `make train`);
// without it neither syntax nor coding runs and Process() produces no
// events: it never invents any.  stages() says what runs, Describe() why.
//
// Thread safety: a loaded Pipeline is immutable; Process() is const and may
// be called concurrently from many threads on distinct Documents.
#ifndef KHALDUN_PIPELINE_H_
#define KHALDUN_PIPELINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "khaldun/coder.h"
#include "khaldun/document.h"
#include "khaldun/event.h"
#include "khaldun/status.h"

namespace khaldun {

struct PipelineOptions {
  // Directory with models and lexicons; "" = $KHALDUN_DATA if set, else the
  // data/ directory the build was configured with.
  std::string data_dir;
  // The syntax model file; "" = <data_dir>/models/en_ewt.syntax (the
  // perceptron parser the event coder is tuned on).  en_ewt_nn_small.syntax
  // and en_ewt_nn.syntax beside it hold more accurate BiLSTM parsers
  // (docs/models.md).  A named file that is missing is NotFound.
  std::string syntax_model;
  // Lexicon sources for the coder ("default" = the data dir's lexicons; see
  // khaldun/lexicon.h).
  std::vector<std::string> lexicons = {"default"};
  // Load and run the event coder (when the syntax model is available).
  bool code = true;
  // The coder's options (conventions, minimum confidence).
  CoderOptions coder;
  // Parse only the sentences that can yield an event (see above).
  bool prefilter = true;
};

// Time spent per stage, summed over the documents given to Process(), as
// wall time (steady_clock) and as the calling thread's CPU time (which on a
// busy machine is the fairer measure), and sentence counts.  Filled only
// when passed to Process(); each worker keeps its own and the caller adds
// them up.
struct StageTimes {
  enum Stage { kSegment, kTag, kMatch, kParse, kCode, kPlace, kNumStages };
  static const char* Name(int stage);  // "segment", ...
  double wall[kNumStages] = {};
  double cpu[kNumStages] = {};
  uint64_t documents = 0, sentences = 0;
  uint64_t parsed = 0;   // sentences parsed here
  uint64_t skipped = 0;  // sentences the prefilter did not parse
  void Add(const StageTimes& o);
};

// Which stages a loaded Pipeline runs.
struct PipelineStages {
  bool segment = false;
  bool syntax = false;   // tagging + dependency parsing
  bool code = false;     // event coding
  bool geocode = false;  // event places (needs the gazetteer)
};

class Pipeline {
 public:
  static Status Load(const PipelineOptions& options,
                     std::unique_ptr<Pipeline>* out);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Runs the available stages on *doc (filling its dateline and sentences)
  // and appends the events found to *events.  An error concerns this
  // document only (its message names doc->origin); others may go on.
  // With `explain`, an account of the coder's decisions (parse, actors,
  // candidates kept or rejected and why) is appended to it.
  // With `times`, the time of each stage is added to it (no clock is read
  // without it).
  Status Process(Document* doc, std::vector<Event>* events,
                 std::string* explain = nullptr,
                 StageTimes* times = nullptr) const;

  const PipelineStages& stages() const { return stages_; }
  // The data directory in use.
  const std::string& data_dir() const { return data_dir_; }
  // Warnings from loading ("file:line: warning: ..."), for the caller to
  // show.
  const std::vector<std::string>& warnings() const { return warnings_; }
  // One line for humans: "segment: yes, syntax: no (no model at ...), code:
  // no (needs the syntax model)".
  std::string Describe() const;

 private:
  struct Impl;
  Pipeline();
  std::unique_ptr<Impl> impl_;
  PipelineStages stages_;
  std::string data_dir_;
  std::vector<std::string> warnings_;
};

}  // namespace khaldun

#endif  // KHALDUN_PIPELINE_H_
