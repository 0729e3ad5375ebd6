#include "khaldun/pipeline.h"

#include <sys/stat.h>
#include <time.h>

#include <chrono>
#include <cstdlib>

#include "khaldun/cameo.h"
#include "khaldun/coder.h"
#include "khaldun/dates.h"
#include "khaldun/geo.h"
#include "khaldun/lexicon.h"
#include "khaldun/segmenter.h"
#include "khaldun/syntax.h"
#include "pipeline/prefilter.h"

namespace khaldun {

// What the pipeline holds: loaded once, then only read.
struct Pipeline::Impl {
  Segmenter segmenter;
  std::unique_ptr<SyntaxModel> syntax;  // null: not available
  std::unique_ptr<EventCoder> coder;    // null: not available
  std::unique_ptr<Geocoder> geocoder;   // null: no gazetteer
  std::string syntax_note;              // why syntax is off
  std::string geo_note;                 // why geocoding is off
  bool prefilter = true;
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

namespace {
bool Exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}
}  // namespace

Status Pipeline::Load(const PipelineOptions& options,
                      std::unique_ptr<Pipeline>* out) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  if (!options.data_dir.empty()) {
    p->data_dir_ = options.data_dir;
  } else if (const char* env = std::getenv("KHALDUN_DATA"); env && *env) {
    p->data_dir_ = env;
  } else {
    p->data_dir_ = KHALDUN_DATA_DIR;
  }
  Impl& impl = *p->impl_;
  // The prefilter mirrors Khaldun's own conventions (an identified source and
  // a distinct target); PETRARCH's conventions and optional targets code
  // more, so they parse every sentence.
  impl.prefilter = options.prefilter &&
                   options.coder.conventions == Conventions::kKhaldun &&
                   options.coder.require_target;
  Cameo::Get();  // builds the ontology table now, not in the first Process()
  p->stages_.segment = true;

  // The syntax model is optional in a build (it is trained by `make
  // train`); a model that exists but does not load is an error.
  const std::string model = options.syntax_model.empty()
                                ? SyntaxModel::PathIn(p->data_dir_)
                                : options.syntax_model;
  if (!options.syntax_model.empty() && !Exists(model)) {
    return Status::NotFound("syntax model " + model + ": no such file");
  } else if (!Exists(model)) {
    impl.syntax_note = "no model at " + model + "; make train builds it";
  } else {
    Status s = SyntaxModel::Load(model, &impl.syntax);
    if (!s.ok()) return s;
    p->stages_.syntax = true;
  }

  // The coder needs dependency trees: without the syntax model it cannot
  // run, and its lexicons are not loaded.
  if (p->stages_.syntax && options.code) {
    LexiconOptions lopts;
    lopts.data_dir = p->data_dir_;
    std::shared_ptr<const Lexicon> lexicon;
    std::vector<Diagnostic> diags;
    Status s = Lexicon::Load(options.lexicons, lopts, &lexicon, &diags);
    for (const Diagnostic& d : diags) p->warnings_.push_back(d.ToString());
    if (!s.ok()) return s;
    impl.coder =
        std::make_unique<EventCoder>(std::move(lexicon), options.coder);
    p->stages_.code = true;
  }

  // Places: the gazetteer is built at setup (scripts/setup_geo.sh); without
  // it events keep `where` null.  A gazetteer that exists but does not load
  // is an error.
  if (p->stages_.code) {
    std::string gaz_path = Gazetteer::PathIn(p->data_dir_);
    if (!Exists(gaz_path)) {
      impl.geo_note = "no gazetteer at " + gaz_path;
    } else {
      std::shared_ptr<const Gazetteer> gaz;
      Status s = Gazetteer::Load(gaz_path, &gaz);
      if (!s.ok()) return s;
      impl.geocoder = std::make_unique<Geocoder>(std::move(gaz));
      p->stages_.geocode = true;
    }
  }
  *out = std::move(p);
  return Status::OK();
}

const char* StageTimes::Name(int stage) {
  static const char* const kNames[kNumStages] = {"segment", "tag",  "match",
                                                 "parse",   "code", "place"};
  return stage >= 0 && stage < kNumStages ? kNames[stage] : "?";
}

void StageTimes::Add(const StageTimes& o) {
  for (int i = 0; i < kNumStages; ++i) {
    wall[i] += o.wall[i];
    cpu[i] += o.cpu[i];
  }
  documents += o.documents;
  sentences += o.sentences;
  parsed += o.parsed;
  skipped += o.skipped;
}

namespace {
double ThreadCpuSeconds() {
  timespec ts;
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}
}  // namespace

Status Pipeline::Process(Document* doc, std::vector<Event>* events,
                         std::string* explain, StageTimes* times) const {
  const Impl& impl = *impl_;
  // Stage clocks: only read when times are asked for.
  using Clock = std::chrono::steady_clock;
  Clock::time_point t0;
  double c0 = 0;
  if (times) {
    t0 = Clock::now();
    c0 = ThreadCpuSeconds();
  }
  auto lap = [&](StageTimes::Stage stage) {
    if (!times) return;
    Clock::time_point now = Clock::now();
    double c = ThreadCpuSeconds();
    times->wall[stage] += std::chrono::duration<double>(now - t0).count();
    times->cpu[stage] += c - c0;
    t0 = now;
    c0 = c;
  };

  // CoNLL-U input arrives segmented (and maybe tagged and parsed).
  if (doc->sentences.empty()) impl.segmenter.Segment(doc);
  lap(StageTimes::kSegment);
  const size_t n = doc->sentences.size();
  uint64_t parsed = 0, skipped = 0;
  std::vector<std::vector<ActorMatch>> matches;
  if (impl.syntax) {
    // Tagging and lemmatisation for every sentence; parsing (below) for
    // those that need it.
    std::vector<char> to_parse(n, 0);
    for (size_t i = 0; i < n; ++i) {
      Sentence& s = doc->sentences[i];
      if (!s.tagged) {
        if (s.tokens.empty()) continue;
        impl.syntax->Tag(&s);
        impl.syntax->Lemmatize(&s);
        to_parse[i] = 1;
      } else if (!s.parsed) {
        to_parse[i] = 1;
      }
    }
    lap(StageTimes::kTag);
    if (impl.coder) {
      matches.resize(n);
      for (size_t i = 0; i < n; ++i)
        impl.coder->lexicon().MatchActors(doc->sentences[i], doc->date,
                                          &matches[i]);
      lap(StageTimes::kMatch);
    }
    // The prefilter needs the matches; --explain shows every parse.
    const bool filter = impl.prefilter && impl.coder && !explain;
    bool antecedent = false;  // an identified actor in sentences [0, i)
    std::vector<Sentence*> batch;
    for (size_t i = 0; i < n; ++i) {
      const bool earlier = antecedent;
      if (filter)
        for (const ActorMatch& m : matches[i])
          if (!m.country.empty() || !m.group.empty()) antecedent = true;
      if (!to_parse[i]) continue;
      Sentence& s = doc->sentences[i];
      if (filter &&
          !pipeline::MayYieldEvent(impl.coder->lexicon(), s, matches[i],
                                   doc->dateline.present(), earlier)) {
        ++skipped;
        continue;
      }
      batch.push_back(&s);
    }
    // All at once: the neural parser runs their BiLSTM steps together.
    impl.syntax->Parse(batch.data(), static_cast<int>(batch.size()));
    parsed = batch.size();
    lap(StageTimes::kParse);
  }
  if (impl.coder) {
    size_t first = events->size();
    impl.coder->Code(*doc, &matches, events, explain);
    lap(StageTimes::kCode);
    if (events->size() > first) {
      std::vector<Event> mine(std::make_move_iterator(events->begin() + first),
                              std::make_move_iterator(events->end()));
      events->resize(first);
      AnnotateEventDates(*doc, &mine);
      if (impl.geocoder) impl.geocoder->Annotate(*doc, &mine);
      for (Event& e : mine) events->push_back(std::move(e));
    }
    lap(StageTimes::kPlace);
  }
  if (times) {
    ++times->documents;
    times->sentences += n;
    times->parsed += parsed;
    times->skipped += skipped;
  }
  return Status::OK();
}

std::string Pipeline::Describe() const {
  std::string s = "segment: ";
  s += stages_.segment ? "yes" : "no";
  s += ", syntax: ";
  s += stages_.syntax ? "yes" : "no (" + impl_->syntax_note + ")";
  s += ", code: ";
  s += stages_.code
           ? "yes"
           : (stages_.syntax ? "no (disabled)" : "no (needs the syntax model)");
  s += ", geocode: ";
  s += stages_.geocode ? "yes" : "no (" + impl_->geo_note + ")";
  return s;
}

}  // namespace khaldun
