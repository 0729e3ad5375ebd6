#include "khaldun/pipeline.h"

#include <sys/stat.h>

#include <cstdlib>

#include "khaldun/cameo.h"
#include "khaldun/coder.h"
#include "khaldun/dates.h"
#include "khaldun/geo.h"
#include "khaldun/lexicon.h"
#include "khaldun/segmenter.h"
#include "khaldun/syntax.h"

namespace khaldun {

// What the pipeline holds: loaded once, then only read.
struct Pipeline::Impl {
  Segmenter segmenter;
  std::unique_ptr<SyntaxModel> syntax;  // null: not available
  std::unique_ptr<EventCoder> coder;    // null: not available
  std::unique_ptr<Geocoder> geocoder;   // null: no gazetteer
  std::string syntax_note;              // why syntax is off
  std::string geo_note;                 // why geocoding is off
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
  Cameo::Get();  // builds the ontology table now, not in the first Process()
  p->stages_.segment = true;

  // The syntax model is optional in a build (it is trained by `make
  // train`); a model that exists but does not load is an error.
  std::string model = SyntaxModel::PathIn(p->data_dir_);
  if (!Exists(model)) {
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

Status Pipeline::Process(Document* doc, std::vector<Event>* events,
                         std::string* explain) const {
  const Impl& impl = *impl_;
  // CoNLL-U input arrives segmented (and maybe tagged and parsed).
  if (doc->sentences.empty()) impl.segmenter.Segment(doc);
  if (impl.syntax) {
    for (Sentence& s : doc->sentences) {
      if (!s.tagged) {
        impl.syntax->Annotate(&s);
      } else if (!s.parsed) {
        impl.syntax->Parse(&s);
      }
    }
  }
  if (impl.coder) {
    size_t first = events->size();
    impl.coder->Code(*doc, events, explain);
    if (events->size() > first) {
      std::vector<Event> mine(std::make_move_iterator(events->begin() + first),
                              std::make_move_iterator(events->end()));
      events->resize(first);
      AnnotateEventDates(*doc, &mine);
      if (impl.geocoder) impl.geocoder->Annotate(*doc, &mine);
      for (Event& e : mine) events->push_back(std::move(e));
    }
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
