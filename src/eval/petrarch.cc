#include "eval/petrarch.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

#include "io/file_util.h"
#include "io/utf8.h"
#include "khaldun/coder.h"
#include "khaldun/lexicon.h"
#include "khaldun/segmenter.h"
#include "khaldun/syntax.h"
#include "util/status_macros.h"

namespace khaldun::eval {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// Decodes XML entities; an ill-formed '&' stays literal.
std::string Decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    bool ok = true;
    if (name == "amp") {
      out.push_back('&');
    } else if (name == "lt") {
      out.push_back('<');
    } else if (name == "gt") {
      out.push_back('>');
    } else if (name == "quot") {
      out.push_back('"');
    } else if (name == "apos") {
      out.push_back('\'');
    } else if (name.size() >= 2 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      std::string_view digits = name.substr(hex ? 2 : 1);
      uint32_t cp = 0;
      ok = !digits.empty();
      for (char c : digits) {
        int v = -1;
        if (c >= '0' && c <= '9') v = c - '0';
        if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
        if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
        if (v < 0) ok = false;
        if (!ok) break;
        cp = std::min<uint32_t>(cp * (hex ? 16 : 10) + v, 0x110000);
      }
      if (ok) AppendUtf8(cp, &out);
    } else {
      ok = false;
    }
    if (!ok) {
      out.push_back('&');
      continue;
    }
    i = semi;
  }
  return out;
}

// Collapses runs of whitespace to one space and trims.
std::string Collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Tag {
  std::string name;
  bool closing = false;
  bool self_closing = false;
  std::map<std::string, std::string> attrs;  // names lower-cased
  size_t begin = 0, end = 0;                 // '<' and one past '>'
};

class Scanner {
 public:
  Scanner(std::string_view xml, const std::string& path)
      : xml_(xml), path_(path) {}

  std::string Where(size_t pos) {
    while (line_pos_ < pos && line_pos_ < xml_.size()) {
      if (xml_[line_pos_] == '\n') ++line_;
      ++line_pos_;
    }
    return path_ + ":" + std::to_string(line_);
  }
  int LineAt(size_t pos) {
    Where(pos);
    return line_;
  }

  // Next element tag from pos_, skipping comments, declarations and
  // processing instructions.  False at the end.
  bool Next(Tag* tag, Status* error) {
    for (;;) {
      size_t lt = xml_.find('<', pos_);
      if (lt == std::string_view::npos) return false;
      std::string_view rest = xml_.substr(lt);
      if (rest.starts_with("<!--")) {
        size_t e = xml_.find("-->", lt + 4);
        if (e == std::string_view::npos) {
          *error =
              Status::InvalidArgument(Where(lt) + ": unterminated comment");
          return false;
        }
        pos_ = e + 3;
        continue;
      }
      if (rest.starts_with("<?") || rest.starts_with("<!")) {
        size_t e = xml_.find('>', lt);
        pos_ = e == std::string_view::npos ? xml_.size() : e + 1;
        continue;
      }
      return ReadTag(lt, tag, error);
    }
  }

  // The raw content from pos_ up to "</name" (case-insensitive); moves past
  // the closing tag.
  bool Content(std::string_view name, std::string_view* out, Status* error) {
    size_t from = pos_;
    for (size_t i = xml_.find("</", from); i != std::string_view::npos;
         i = xml_.find("</", i + 2)) {
      std::string_view n = xml_.substr(i + 2, name.size());
      if (!EqualsIgnoreCase(n, name)) continue;
      *out = xml_.substr(from, i - from);
      size_t gt = xml_.find('>', i);
      pos_ = gt == std::string_view::npos ? xml_.size() : gt + 1;
      return true;
    }
    *error = Status::InvalidArgument(Where(from) + ": no </" +
                                     std::string(name) + ">");
    return false;
  }

 private:
  bool ReadTag(size_t lt, Tag* tag, Status* error) {
    *tag = Tag();
    tag->begin = lt;
    size_t i = lt + 1;
    if (i < xml_.size() && xml_[i] == '/') {
      tag->closing = true;
      ++i;
    }
    size_t nb = i;
    while (i < xml_.size() && !IsSpace(xml_[i]) && xml_[i] != '>' &&
           xml_[i] != '/')
      ++i;
    tag->name = std::string(xml_.substr(nb, i - nb));
    for (;;) {
      while (i < xml_.size() && IsSpace(xml_[i])) ++i;
      if (i >= xml_.size()) {
        *error =
            Status::InvalidArgument(Where(lt) + ": unterminated <" + tag->name);
        return false;
      }
      if (xml_[i] == '>') {
        ++i;
        break;
      }
      if (xml_[i] == '/') {
        tag->self_closing = true;
        ++i;
        continue;
      }
      size_t ab = i;
      while (i < xml_.size() && !IsSpace(xml_[i]) && xml_[i] != '=' &&
             xml_[i] != '>' && xml_[i] != '/')
        ++i;
      std::string attr(xml_.substr(ab, i - ab));
      for (char& c : attr)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      while (i < xml_.size() && IsSpace(xml_[i])) ++i;
      std::string value;
      if (i < xml_.size() && xml_[i] == '=') {
        ++i;
        while (i < xml_.size() && IsSpace(xml_[i])) ++i;
        if (i < xml_.size() && (xml_[i] == '"' || xml_[i] == '\'')) {
          char q = xml_[i];
          size_t e = xml_.find(q, i + 1);
          if (e == std::string_view::npos) {
            *error = Status::InvalidArgument(Where(lt) +
                                             ": unterminated attribute " +
                                             attr + " in <" + tag->name);
            return false;
          }
          value = Decode(xml_.substr(i + 1, e - i - 1));
          i = e + 1;
        } else {
          size_t vb = i;
          while (i < xml_.size() && !IsSpace(xml_[i]) && xml_[i] != '>') ++i;
          value = Decode(xml_.substr(vb, i - vb));
        }
      }
      if (!attr.empty()) tag->attrs[attr] = value;
    }
    tag->end = i;
    pos_ = i;
    return true;
  }

  std::string_view xml_;
  const std::string& path_;
  size_t pos_ = 0;
  size_t line_pos_ = 0;
  int line_ = 1;
};

std::string Attr(const Tag& t, const char* name) {
  auto it = t.attrs.find(name);
  return it == t.attrs.end() ? std::string() : it->second;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsTrue(std::string_view v) {
  return EqualsIgnoreCase(v, "true") || v == "1" || EqualsIgnoreCase(v, "yes");
}

}  // namespace

std::string PetrarchCoding::ToString() const {
  return source + " -> " + target + " " + code;
}

std::vector<std::string> PetrarchSuite::DictionaryPaths() const {
  std::vector<std::string> out;
  for (const std::string* f : {&verbfile, &actorfile, &agentfile, &discardfile})
    if (!f->empty()) out.push_back(dir + "/" + *f);
  return out;
}

Status ParsePetrarchSuite(std::string_view xml, const std::string& path,
                          PetrarchSuite* out) {
  *out = PetrarchSuite();
  out->path = path;
  size_t slash = path.rfind('/');
  out->dir = slash == std::string::npos ? "." : path.substr(0, slash);
  if (out->dir.empty()) out->dir = "/";
  Scanner sc(xml, path);
  std::map<std::string, std::string> config;
  PetrarchRecord rec;
  bool in_sentence = false, has_text = false;
  size_t sentence_begin = 0;
  Tag tag;
  Status err;
  while (sc.Next(&tag, &err)) {
    const std::string& n = tag.name;
    if (tag.closing) {
      if (EqualsIgnoreCase(n, "Sentence")) {
        if (!in_sentence)
          return Status::InvalidArgument(sc.Where(tag.begin) +
                                         ": </Sentence> without <Sentence>");
        if (!has_text)
          return Status::InvalidArgument(sc.Where(sentence_begin) +
                                         ": record " + rec.id +
                                         " has no <Text>");
        std::sort(rec.expected.begin(), rec.expected.end());
        rec.expected.erase(
            std::unique(rec.expected.begin(), rec.expected.end()),
            rec.expected.end());
        out->records.push_back(std::move(rec));
        rec = PetrarchRecord();
        in_sentence = false;
      }
      continue;
    }
    if (EqualsIgnoreCase(n, "Verbfile") || EqualsIgnoreCase(n, "Actorfile") ||
        EqualsIgnoreCase(n, "Agentfile") ||
        EqualsIgnoreCase(n, "Discardfile")) {
      std::string_view content;
      if (tag.self_closing) continue;
      if (!sc.Content(n, &content, &err)) return err;
      std::string v(TrimView(content));
      if (EqualsIgnoreCase(n, "Verbfile")) out->verbfile = v;
      if (EqualsIgnoreCase(n, "Actorfile")) out->actorfile = v;
      if (EqualsIgnoreCase(n, "Agentfile")) out->agentfile = v;
      if (EqualsIgnoreCase(n, "Discardfile")) out->discardfile = v;
    } else if (EqualsIgnoreCase(n, "Config")) {
      std::string opt = Attr(tag, "option");
      if (!opt.empty()) config[opt] = Attr(tag, "value");
    } else if (EqualsIgnoreCase(n, "Sentence")) {
      if (in_sentence)
        return Status::InvalidArgument(sc.Where(sentence_begin) +
                                       ": <Sentence> not closed before line " +
                                       std::to_string(sc.LineAt(tag.begin)));
      in_sentence = true;
      has_text = false;
      sentence_begin = tag.begin;
      rec = PetrarchRecord();
      rec.line = sc.LineAt(tag.begin);
      rec.id = Attr(tag, "id");
      rec.category = Attr(tag, "category");
      rec.date = Attr(tag, "date");
      std::string impl = Attr(tag, "sentence");
      rec.implemented = impl.empty() || IsTrue(impl);
      rec.config = config;
      if (rec.id.empty()) rec.id = "line-" + std::to_string(rec.line);
    } else if (EqualsIgnoreCase(n, "EventCoding")) {
      if (!in_sentence)
        return Status::InvalidArgument(sc.Where(tag.begin) +
                                       ": <EventCoding> outside a <Sentence>");
      std::string noev = Attr(tag, "noevents");
      std::string error = Attr(tag, "error");
      std::string code = Attr(tag, "eventcode");
      if (!code.empty()) {
        PetrarchCoding c;
        c.source = Attr(tag, "sourcecode");
        c.target = Attr(tag, "targetcode");
        c.code = code;
        if (c.source.empty()) c.source = "---";
        if (c.target.empty()) c.target = "---";
        rec.expected.push_back(std::move(c));
      } else if (!noev.empty() && IsTrue(noev)) {
        rec.no_events = true;
      } else if (!error.empty()) {
        rec.error = error;
      } else {
        return Status::InvalidArgument(sc.Where(tag.begin) +
                                       ": <EventCoding> of record " + rec.id +
                                       " has no eventcode, noevents or error");
      }
    } else if (EqualsIgnoreCase(n, "Text")) {
      if (!in_sentence || tag.self_closing) continue;
      std::string_view content;
      if (!sc.Content("Text", &content, &err)) return err;
      rec.text = Collapse(Decode(content));
      has_text = true;
    } else if (EqualsIgnoreCase(n, "Parse")) {
      if (tag.self_closing) continue;
      std::string_view content;  // never read: Khaldun parses the text
      if (!sc.Content("Parse", &content, &err)) return err;
    }
  }
  if (!err.ok()) return err;
  if (in_sentence)
    return Status::InvalidArgument(sc.Where(sentence_begin) + ": record " +
                                   rec.id + " has no </Sentence>");
  return Status::OK();
}

Status ReadPetrarchSuite(const std::string& path, PetrarchSuite* out) {
  std::string text;
  KHALDUN_RETURN_IF_ERROR(ReadFileToString(path, &text));
  return ParsePetrarchSuite(text, path, out);
}

std::string PetrarchActorCode(const Actor& a) {
  if (!a.code.empty()) return a.code;
  std::string_view words = TrimView(a.text);
  if (words.empty()) return "---";
  std::string out = "\"";
  for (char c : Collapse(words))
    out.push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  out += "\"";
  return out;
}

PetrarchCoding CodingOf(const Event& e) {
  PetrarchCoding c;
  c.source = PetrarchActorCode(e.source);
  c.target = e.target ? PetrarchActorCode(*e.target) : "---";
  c.code = e.code;
  return c;
}

RecordScore ScoreRecord(const PetrarchRecord& record,
                        std::vector<PetrarchCoding> produced) {
  RecordScore s;
  std::sort(produced.begin(), produced.end());
  produced.erase(std::unique(produced.begin(), produced.end()), produced.end());
  std::vector<PetrarchCoding> expected = record.expected;
  std::sort(expected.begin(), expected.end());
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  std::set_difference(expected.begin(), expected.end(), produced.begin(),
                      produced.end(), std::back_inserter(s.missing));
  std::set_difference(produced.begin(), produced.end(), expected.begin(),
                      expected.end(), std::back_inserter(s.extra));
  s.expected = static_cast<int>(expected.size());
  s.produced = static_cast<int>(produced.size());
  s.found = s.expected - static_cast<int>(s.missing.size());
  s.passed = s.missing.empty() && s.extra.empty();
  return s;
}

void TallyPetrarch(const PetrarchSuite& suite, PetrarchReport* report) {
  std::map<std::string, PetrarchTally> cats;
  report->overall = PetrarchTally();
  report->overall.name = "overall";
  report->implemented = PetrarchTally();
  report->implemented.name = "implemented";
  report->with_events = PetrarchTally();
  report->with_events.name = "with events";
  auto add = [](PetrarchTally* t, const RecordScore& s) {
    ++t->records;
    t->passed += s.passed ? 1 : 0;
    t->expected += s.expected;
    t->found += s.found;
    t->produced += s.produced;
    t->extra += static_cast<int>(s.extra.size());
  };
  for (const PetrarchResult& r : report->results) {
    const PetrarchRecord& rec = suite.records[r.record];
    PetrarchTally& t = cats[rec.category.empty() ? "(none)" : rec.category];
    t.name = rec.category.empty() ? "(none)" : rec.category;
    add(&t, r.score);
    add(&report->overall, r.score);
    if (rec.implemented) add(&report->implemented, r.score);
    if (!rec.expected.empty()) add(&report->with_events, r.score);
  }
  report->categories.clear();
  for (auto& [name, t] : cats) report->categories.push_back(t);
}

// ---- failure causes ------------------------------------------------------

std::string_view PetrarchCauseName(PetrarchCause c) {
  switch (c) {
    case PetrarchCause::kAbout:
      return "about";
    case PetrarchCause::kModal:
      return "modal";
    case PetrarchCause::kNoCountry:
      return "no-country";
    case PetrarchCause::kNewActor:
      return "new-actor";
    case PetrarchCause::kActor:
      return "actor";
    case PetrarchCause::kImportCode:
      return "import-code";
    case PetrarchCause::kNoLemma:
      return "no-lemma";
    case PetrarchCause::kLiteralForm:
      return "pattern-words";
    case PetrarchCause::kParser:
      return "parser";
    case PetrarchCause::kNoTarget:
      return "no-target";
    case PetrarchCause::kNoSource:
      return "no-source";
    case PetrarchCause::kComplement:
      return "complement";
    case PetrarchCause::kNegated:
      return "negated";
    case PetrarchCause::kSameActor:
      return "same-actor";
    case PetrarchCause::kWrongActor:
      return "wrong-actor";
    case PetrarchCause::kOtherPattern:
      return "other-pattern";
    case PetrarchCause::kExtraOnly:
      return "extra-only";
    case PetrarchCause::kOther:
    case PetrarchCause::kCount:
      break;
  }
  return "other";
}

std::vector<PredicateOutcome> ParseExplainPredicates(std::string_view explain) {
  std::vector<PredicateOutcome> out;
  constexpr std::string_view kHead = "  predicate '";
  size_t pos = 0;
  while (pos < explain.size()) {
    size_t eol = explain.find('\n', pos);
    if (eol == std::string_view::npos) eol = explain.size();
    std::string_view line = explain.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.starts_with(kHead)) continue;
    line.remove_prefix(kHead.size());
    size_t q = line.find("': ");
    if (q == std::string_view::npos) continue;
    PredicateOutcome p;
    p.word = std::string(line.substr(0, q));
    std::string_view rest = line.substr(q + 3);
    // "no pattern matched", "part of another pattern", or "CODE ...".
    size_t sp = rest.find(' ');
    std::string_view first = rest.substr(0, sp);
    bool code = !first.empty() &&
                std::isdigit(static_cast<unsigned char>(first.front()));
    if (code) {
      p.code = std::string(first);
      rest = sp == std::string_view::npos ? std::string_view()
                                          : rest.substr(sp + 1);
    }
    p.outcome = std::string(rest);
    out.push_back(std::move(p));
  }
  return out;
}

uint32_t ClassifyFailure(const std::vector<MissingFacts>& missing,
                         bool has_extra,
                         const std::vector<PredicateOutcome>& predicates,
                         Conventions conventions) {
  uint32_t c = 0;
  auto set = [&c](PetrarchCause x) { c |= 1u << static_cast<int>(x); };
  for (const PredicateOutcome& p : predicates) {
    if (missing.empty()) break;
    if (p.outcome.find("rejected, modal") != std::string::npos)
      set(PetrarchCause::kModal);
    if (p.outcome.find("rejected, complement of 'about'") != std::string::npos)
      set(PetrarchCause::kAbout);
  }
  for (const MissingFacts& m : missing) {
    const PetrarchCoding& x = m.coding;
    if (!m.source_found || !m.target_found) set(PetrarchCause::kActor);
    if (x.source.starts_with('"') || x.target.starts_with('"'))
      set(PetrarchCause::kNewActor);
    if ((x.source.starts_with("---") || x.target.starts_with("---")) &&
        conventions == Conventions::kKhaldun)
      set(PetrarchCause::kNoCountry);
    if (!m.code_in_lexicon) {
      set(PetrarchCause::kImportCode);
    } else if (!m.code_on_word) {
      set(PetrarchCause::kNoLemma);
    }
    if (m.literal_form) set(PetrarchCause::kLiteralForm);
    bool on_predicate = false;
    for (const PredicateOutcome& p : predicates) {
      std::string_view code = p.code;
      if (code != x.code && code.substr(0, code.find(':')) != x.code) continue;
      on_predicate = true;
      if (p.outcome.find("no target actor") != std::string::npos ||
          p.outcome.find("no noun phrase after") != std::string::npos)
        set(PetrarchCause::kNoTarget);
      if (p.outcome.find("no source actor") != std::string::npos)
        set(PetrarchCause::kNoSource);
      if (p.outcome.find("negated") != std::string::npos)
        set(PetrarchCause::kNegated);
      if (p.outcome.find("are the same") != std::string::npos)
        set(PetrarchCause::kSameActor);
      if (p.outcome.find("(parse: ") != std::string::npos)
        set(PetrarchCause::kParser);
      if (p.outcome.find("rejected, complement of") != std::string::npos &&
          p.outcome.find("complement of 'about'") == std::string::npos)
        set(PetrarchCause::kComplement);
      if (p.outcome.find(": KEPT ") != std::string::npos)
        set(PetrarchCause::kWrongActor);
    }
    if (m.code_on_word && m.source_found && m.target_found && !on_predicate)
      set(PetrarchCause::kOtherPattern);
  }
  if (missing.empty() && has_extra) set(PetrarchCause::kExtraOnly);
  return c;
}

PetrarchCause PrimaryCause(uint32_t causes) {
  for (int i = 0; i < static_cast<int>(PetrarchCause::kCount); ++i)
    if (causes & (1u << i)) return static_cast<PetrarchCause>(i);
  return PetrarchCause::kOther;
}

// ---- EvalCoder -------------------------------------------------------------

EvalCoder::EvalCoder() = default;
EvalCoder::~EvalCoder() = default;

Status EvalCoder::Load(const std::string& data_dir,
                       const std::vector<std::string>& lexicons,
                       std::unique_ptr<EvalCoder>* out,
                       std::vector<std::string>* warnings,
                       const CoderOptions& coder_options,
                       const std::string& syntax_model) {
  std::unique_ptr<EvalCoder> c(new EvalCoder());
  c->segmenter_ = std::make_unique<Segmenter>();
  const std::string model =
      syntax_model.empty() ? SyntaxModel::PathIn(data_dir) : syntax_model;
  Status s = SyntaxModel::Load(model, &c->syntax_);
  if (!s.ok()) {
    if (s.code() == Status::Code::kNotFound)
      return Status::NotFound(
          "the evaluation needs the syntax model (" + model +
          ", built by `make train`): Khaldun parses the text itself; " +
          s.message());
    return s;
  }
  LexiconOptions lopts;
  lopts.data_dir = data_dir;
  std::vector<Diagnostic> diags;
  s = Lexicon::Load(lexicons, lopts, &c->lexicon_, &diags);
  if (warnings)
    for (const Diagnostic& d : diags) warnings->push_back(d.ToString());
  if (!s.ok()) return s;
  c->coder_ = std::make_unique<EventCoder>(c->lexicon_, coder_options);
  *out = std::move(c);
  return Status::OK();
}

void EvalCoder::Code(Document* doc, std::vector<Event>* events,
                     std::string* explain, const EventCoder* coder) const {
  segmenter_->Segment(doc);
  syntax_->Annotate(doc);
  (coder ? coder : coder_.get())->Code(*doc, events, explain);
}

// ---- the run -----------------------------------------------------------

namespace {

// Is token w in the subtree of token root?
bool Descends(const Sentence& s, size_t w, size_t root) {
  for (int n = static_cast<int>(w), guard = 0;
       n >= 0 && guard < static_cast<int>(s.tokens.size()); ++guard) {
    if (static_cast<size_t>(n) == root) return true;
    n = s.tokens[n].head;
  }
  return false;
}

// Are all the words (literals) of pattern p of the predicate at token ti,
// by lemma or form, in the predicate's phrase?  Then the pattern failed on
// where the words are, not on whether they are there.
bool PatternWordsPresent(const Sentence& s, size_t ti, const Pattern& p) {
  bool any = false;
  for (const PatternElement& e : p.elements) {
    if (e.kind != PatternElement::Kind::kLiteral || e.function_word) continue;
    any = true;
    bool found = false;
    for (size_t w = 0; w < s.tokens.size(); ++w) {
      if (w == ti || !Descends(s, w, ti)) continue;
      if (Lower(s.tokens[w].lemma) == e.text ||
          Lower(s.tokens[w].form) == e.text)
        found = true;
    }
    if (!found) return false;
  }
  return any;
}

// The patterns the coder looks up for a token: those of its form when it
// heads an entry of its own ("risen"), else those of its lemma.
const std::vector<const Pattern*>& PatternsOf(const Lexicon& lex,
                                              const Token& t, bool noun) {
  std::string form = Lower(t.norm.empty() ? t.form : t.norm);
  const std::vector<const Pattern*>& by_form = lex.PatternsFor(form, noun);
  if (!by_form.empty()) return by_form;
  return lex.PatternsFor(Lower(t.lemma), noun);
}

// A mechanical first diagnosis of each missing and extra coding: hints for
// people, facts for ClassifyFailure.
void Diagnose(const Lexicon& lex, const Document& doc,
              const std::vector<Event>& events, const RecordScore& score,
              std::vector<std::string>* hints,
              std::vector<MissingFacts>* facts) {
  std::set<std::string> actor_codes;
  std::set<std::string> pattern_codes;
  std::vector<ActorMatch> matches;
  for (const Sentence& s : doc.sentences) {
    matches.clear();
    lex.MatchActors(s, doc.date, &matches);
    for (const ActorMatch& m : matches) actor_codes.insert(m.code);
    for (const Token& t : s.tokens) {
      for (bool noun : {false, true})
        for (const Pattern* p : PatternsOf(lex, t, noun)) {
          pattern_codes.insert(p->code);
          if (!p->neg_code.empty()) pattern_codes.insert(p->neg_code);
          if (!p->paired_code.empty()) pattern_codes.insert(p->paired_code);
        }
    }
    if (const DiscardEntry* d = lex.MatchDiscard(s))
      hints->push_back("sentence discarded by " + d->where);
  }
  std::set<std::string> all_codes;
  for (const PredicateEntry& pe : lex.data().predicates)
    for (const Pattern& p : pe.patterns) {
      all_codes.insert(p.code);
      if (!p.neg_code.empty()) all_codes.insert(p.neg_code);
      if (!p.paired_code.empty()) all_codes.insert(p.paired_code);
    }
  auto join = [](const std::set<std::string>& s) {
    std::string out;
    for (const std::string& x : s) out += (out.empty() ? "" : " ") + x;
    return out.empty() ? std::string("none") : out;
  };
  for (const PetrarchCoding& c : score.missing) {
    MissingFacts f;
    f.coding = c;
    f.source_found = actor_codes.count(c.source) > 0;
    f.target_found = c.target == "---" || actor_codes.count(c.target) > 0;
    f.code_in_lexicon = all_codes.count(c.code) > 0;
    f.code_on_word = pattern_codes.count(c.code) > 0;
    for (const Sentence& s : doc.sentences)
      for (size_t ti = 0; ti < s.tokens.size(); ++ti)
        for (bool noun : {false, true})
          for (const Pattern* p : PatternsOf(lex, s.tokens[ti], noun))
            if (p->code == c.code && PatternWordsPresent(s, ti, *p))
              f.literal_form = true;
    facts->push_back(f);
    std::vector<std::string> why;
    if (!f.source_found)
      why.push_back("source " + c.source + " not among the lexicon's actors");
    if (!f.target_found)
      why.push_back("target " + c.target + " not among the lexicon's actors");
    if (f.literal_form)
      why.push_back("a " + c.code +
                    " pattern has its words in the predicate's phrase but "
                    "did not match");
    if (!f.code_in_lexicon)
      why.push_back("no pattern in the dictionaries has code " + c.code);
    else if (!f.code_on_word)
      why.push_back("no word of the sentence has a pattern with code " +
                    c.code);
    std::string line = "missing " + c.ToString() + ": ";
    if (why.empty()) {
      line += "actors and a " + c.code +
              " pattern are present: pattern match, argument or truth rule "
              "(see explain)";
    } else {
      for (size_t i = 0; i < why.size(); ++i) line += (i ? "; " : "") + why[i];
    }
    if (!f.source_found || !f.target_found)
      line += " [actors found: " + join(actor_codes) + "]";
    hints->push_back(std::move(line));
  }
  for (const PetrarchCoding& c : score.extra) {
    std::string line = "extra   " + c.ToString();
    for (const Event& e : events)
      if (CodingOf(e) == c) {
        line += ": " + e.evidence.rule + " " + e.evidence.entry;
        break;
      }
    hints->push_back(std::move(line));
  }
}

// An integer <Config> value, `def` when absent or malformed.
int ConfigInt(const PetrarchRecord& rec, const std::string& name, int def) {
  auto it = rec.config.find(name);
  if (it == rec.config.end()) return def;
  int v = 0;
  auto [ptr, ec] = std::from_chars(it->second.data(),
                                   it->second.data() + it->second.size(), v);
  if (ec != std::errc() || ptr != it->second.data() + it->second.size())
    return def;
  return v;
}

}  // namespace

CoderOptions RecordCoderOptions(const PetrarchRecord& rec,
                                Conventions conventions) {
  CoderOptions o;
  o.conventions = conventions;
  auto dyad = rec.config.find("require_dyad");
  o.require_target = !(dyad != rec.config.end() &&
                       (dyad->second == "false" || dyad->second == "False" ||
                        dyad->second == "FALSE"));
  o.new_actor_length = std::max(0, ConfigInt(rec, "new_actor_length", 0));
  // PETRARCH's defaults (PETR_config.ini): internal and terminal clauses of
  // 2-8 words, no initial ones.
  o.commas.min = ConfigInt(rec, "comma_min", 2);
  o.commas.max = ConfigInt(rec, "comma_max", 8);
  o.commas.bmin = ConfigInt(rec, "comma_bmin", 0);
  o.commas.bmax = ConfigInt(rec, "comma_bmax", 0);
  o.commas.emin = ConfigInt(rec, "comma_emin", 2);
  o.commas.emax = ConfigInt(rec, "comma_emax", 8);
  return o;
}

Status EvaluatePetrarch(const PetrarchSuite& suite,
                        const PetrarchEvalOptions& options,
                        PetrarchReport* report) {
  *report = PetrarchReport();
  std::vector<std::string> dicts = suite.DictionaryPaths();
  if (dicts.empty())
    return Status::InvalidArgument(suite.path +
                                   ": no dictionaries in <Environment>");
  std::unique_ptr<EvalCoder> coder;
  KHALDUN_RETURN_IF_ERROR(EvalCoder::Load(
      options.data_dir, dicts, &coder, &report->load_warnings,
      CoderOptions{.conventions = options.conventions}, options.syntax_model));
  // One coder per distinct set of the <Config> options honoured.
  std::map<std::string, std::unique_ptr<EventCoder>> coders;
  std::vector<Event> events;
  for (size_t i = 0; i < suite.records.size(); ++i) {
    const PetrarchRecord& rec = suite.records[i];
    Document doc;
    doc.id = rec.id;
    doc.origin = suite.path + ":" + std::to_string(rec.line);
    doc.text = rec.text;
    Date::Parse(rec.date, &doc.date);  // unknown when malformed
    PetrarchResult r;
    r.record = i;
    events.clear();
    // The record's <Config>: require_dyad=false keeps events without a
    // target; new_actor_length makes actors of unknown noun phrases.
    CoderOptions copts = RecordCoderOptions(rec, options.conventions);
    std::string key = std::to_string(copts.require_target);
    for (int v : {copts.new_actor_length, copts.commas.min, copts.commas.max,
                  copts.commas.bmin, copts.commas.bmax, copts.commas.emin,
                  copts.commas.emax})
      key += "/" + std::to_string(v);
    auto& slot = coders[key];
    if (!slot) slot = std::make_unique<EventCoder>(coder->lexicon_ptr(), copts);
    coder->Code(&doc, &events, &r.explain, slot.get());
    for (const Event& e : events) r.produced.push_back(CodingOf(e));
    std::sort(r.produced.begin(), r.produced.end());
    r.produced.erase(std::unique(r.produced.begin(), r.produced.end()),
                     r.produced.end());
    r.score = ScoreRecord(rec, r.produced);
    if (!r.score.passed) {
      std::vector<MissingFacts> facts;
      Diagnose(coder->lexicon(), doc, events, r.score, &r.hints, &facts);
      r.causes = ClassifyFailure(facts, !r.score.extra.empty(),
                                 ParseExplainPredicates(r.explain),
                                 options.conventions);
      r.cause = PrimaryCause(r.causes);
    }
    report->results.push_back(std::move(r));
  }
  TallyPetrarch(suite, report);
  return Status::OK();
}

}  // namespace khaldun::eval
