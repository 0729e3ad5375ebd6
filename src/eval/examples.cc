#include "eval/examples.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>

#include "eval/petrarch.h"
#include "io/file_util.h"
#include "khaldun/document.h"
#include "khaldun/event.h"
#include "khaldun/lexicon.h"
#include "util/status_macros.h"

namespace khaldun::eval {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (;;) {
    size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? e : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

bool IsCode(std::string_view s) {
  return AllDigits(s) && s.size() >= 2 && s.size() <= 4;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Appends a continuation line: a word hyphenated across the break
// ("Sat-" + "urday") is re-joined, anything else joined with a space.
void AppendLine(std::string_view line, std::string* text) {
  if (line.empty()) return;
  if (text->empty()) {
    *text = std::string(line);
    return;
  }
  size_t n = text->size();
  bool hyphen = n >= 2 && (*text)[n - 1] == '-' &&
                std::isalpha(static_cast<unsigned char>((*text)[n - 2])) &&
                std::islower(static_cast<unsigned char>(line[0]));
  if (hyphen) {
    text->pop_back();
  } else {
    text->push_back(' ');
  }
  text->append(line);
}

// A field of a codebook block: the keyword and the rest of the line.
enum class Field {
  kNone,
  kCameo,
  kName,
  kDescription,
  kUsage,
  kExample,
  kNote
};

Field FieldOf(std::string_view trimmed, std::string_view* rest) {
  static const std::pair<std::string_view, Field> kFields[] = {
      {"Example Note", Field::kNote}, {"Example", Field::kExample},
      {"Usage Notes", Field::kUsage}, {"Description", Field::kDescription},
      {"CAMEO", Field::kCameo},       {"Name", Field::kName}};
  for (const auto& [kw, f] : kFields) {
    if (!trimmed.starts_with(kw)) continue;
    std::string_view r = trimmed.substr(kw.size());
    // The keyword stands alone: followed by spaces (or nothing).
    if (!r.empty() && r[0] != ' ' && r[0] != '\t') continue;
    *rest = Trim(r);
    return f;
  }
  return Field::kNone;
}

// Page furniture: page numbers and running heads ("CHAPTER 2. VERB
// CODEBOOK   7").
bool IsFurniture(std::string_view trimmed) {
  return AllDigits(trimmed) || trimmed.starts_with("CHAPTER ");
}

// The manual's "NEED EXAMPLE." placeholders: no lower-case letter at all.
bool IsPlaceholder(std::string_view text) {
  for (char c : text)
    if (std::islower(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

Status ParseCodebookTsv(std::string_view tsv, const std::string& path,
                        std::map<std::string, std::string>* names,
                        std::vector<CodebookExample>* examples) {
  std::vector<std::string_view> lines = Split(tsv, '\n');
  if (lines.empty() || Trim(lines[0]).empty())
    return Status::InvalidArgument(path + ":1: empty codebook");
  std::vector<std::string_view> header = Split(lines[0], '\t');
  int code_col = -1, name_col = -1;
  std::vector<int> example_cols;
  for (size_t i = 0; i < header.size(); ++i) {
    std::string h = Lower(Trim(header[i]));
    if (h == "cameo_code" || h == "code") code_col = static_cast<int>(i);
    if (h == "name") name_col = static_cast<int>(i);
    if (h == "example" || h == "examples")
      example_cols.push_back(static_cast<int>(i));
  }
  if (code_col < 0)
    return Status::InvalidArgument(path +
                                   ":1: no cameo_code column in the header");
  for (size_t ln = 1; ln < lines.size(); ++ln) {
    std::string_view line = lines[ln];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) continue;
    std::vector<std::string_view> cols = Split(line, '\t');
    std::string where = path + ":" + std::to_string(ln + 1);
    if (static_cast<int>(cols.size()) <= code_col)
      return Status::InvalidArgument(where + ": missing cameo_code");
    std::string code(Trim(cols[code_col]));
    if (!IsCode(code))
      return Status::InvalidArgument(where + ": bad CAMEO code '" + code + "'");
    std::string name = name_col >= 0 && name_col < static_cast<int>(cols.size())
                           ? std::string(Trim(cols[name_col]))
                           : std::string();
    (*names)[code] = name;
    for (int ec : example_cols) {
      if (ec >= static_cast<int>(cols.size())) continue;
      std::string_view text = Trim(cols[ec]);
      if (text.empty()) continue;
      examples->push_back({code, name, std::string(text), where});
    }
  }
  return Status::OK();
}

void ParseManualExamples(std::string_view manual, const std::string& path,
                         std::vector<CodebookExample>* out) {
  std::vector<std::string_view> lines = Split(manual, '\n');
  std::string code;
  Field field = Field::kNone;
  CodebookExample cur;
  bool started = false;  // inside the verb codebook
  auto flush = [&]() {
    if (field == Field::kExample && !cur.text.empty()) out->push_back(cur);
    cur = CodebookExample();
  };
  for (size_t ln = 0; ln < lines.size(); ++ln) {
    std::string_view line = lines[ln];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view t = Trim(line);
    // The verb codebook ends where the next chapter (the actor codebook)
    // starts: "Chapter 3" at the start of a line.
    if (started && line.starts_with("Chapter ")) {
      flush();
      break;
    }
    if (t.empty() || IsFurniture(t)) continue;
    std::string_view rest;
    Field f = FieldOf(t, &rest);
    if (f == Field::kCameo && IsCode(rest)) {
      flush();
      started = true;
      code = std::string(rest);
      field = f;
      continue;
    }
    if (!started) continue;
    if (f != Field::kNone) {
      flush();
      field = f;
      if (f == Field::kExample) {
        cur.code = code;
        cur.where = path + ":" + std::to_string(ln + 1);
        cur.text = std::string(rest);
      }
      continue;
    }
    bool indented = line[0] == ' ' || line[0] == '\t';
    if (!indented) {
      // A section heading ("2.2   APPEAL") or prose: the field ends.
      flush();
      field = Field::kNone;
      continue;
    }
    if (field == Field::kExample) AppendLine(t, &cur.text);
  }
  flush();
}

Status ReadCodebookExamples(const std::string& tsv_path,
                            const std::string& manual_path,
                            std::vector<CodebookExample>* out,
                            std::vector<std::string>* notes) {
  out->clear();
  std::string tsv;
  KHALDUN_RETURN_IF_ERROR(ReadFileToString(tsv_path, &tsv));
  std::map<std::string, std::string> names;
  KHALDUN_RETURN_IF_ERROR(ParseCodebookTsv(tsv, tsv_path, &names, out));
  if (out->empty()) {
    std::string manual = manual_path;
    if (manual.empty()) {
      size_t slash = tsv_path.rfind('/');
      manual = (slash == std::string::npos ? std::string(".")
                                           : tsv_path.substr(0, slash)) +
               "/CAMEO.Manual.1.1b3.txt";
    }
    std::string text;
    Status s = ReadFileToString(manual, &text);
    if (!s.ok())
      return Status::NotFound(tsv_path +
                              ": the codebook has no example column, and "
                              "the manual with the examples cannot be read: " +
                              s.message());
    if (notes)
      notes->push_back(tsv_path +
                       " has no example column; examples read from " + manual);
    ParseManualExamples(text, manual, out);
  }
  std::vector<CodebookExample> kept;
  for (CodebookExample& e : *out) {
    if (IsPlaceholder(e.text)) {
      if (notes)
        notes->push_back(e.where + ": placeholder '" + e.text +
                         "' is not an example; skipped");
      continue;
    }
    auto it = names.find(e.code);
    if (it == names.end()) {
      if (notes)
        notes->push_back(e.where + ": code " + e.code +
                         " is not in the codebook; example skipped");
      continue;
    }
    e.name = it->second;
    kept.push_back(std::move(e));
  }
  *out = std::move(kept);
  return Status::OK();
}

ExampleMatch ScoreExample(std::string_view code,
                          const std::vector<std::string>& produced) {
  ExampleMatch m;
  std::string_view root = code.substr(0, 2);
  for (const std::string& p : produced) {
    if (p == code) m.exact = true;
    if (p.size() >= 2 && std::string_view(p).substr(0, 2) == root)
      m.root = true;
  }
  return m;
}

std::string ExampleMissCause(std::string_view code,
                             const std::vector<std::string>& produced,
                             const std::vector<PredicateOutcome>& predicates) {
  if (ScoreExample(code, produced).root) return "";
  if (!produced.empty()) return "other-root";
  std::string_view root = code.substr(0, 2);
  bool unmatched = false;
  for (const PredicateOutcome& p : predicates) {
    if (p.code.empty()) {
      unmatched |= p.outcome.starts_with("no pattern matched");
      continue;
    }
    if (std::string_view(p.code).substr(0, 2) != root) continue;
    const std::string& o = p.outcome;
    if (o.find("no target actor") != std::string::npos) return "no-target";
    if (o.find("no source actor") != std::string::npos) return "no-source";
    if (o.find("rejected, complement") != std::string::npos)
      return "complement";
    if (o.find("rejected, modal") != std::string::npos) return "modal";
    if (o.find("negated") != std::string::npos) return "negated";
    if (o.find("are the same") != std::string::npos) return "same-actor";
    return "other";
  }
  return unmatched ? "no-match" : "no-pattern";
}

void ExampleTally::Add(const ExampleResult& r) {
  ++examples;
  exact += r.match.exact ? 1 : 0;
  root += r.match.root ? 1 : 0;
  any_event += r.codes.empty() ? 0 : 1;
}

void TallyExamples(const std::vector<CodebookExample>& examples,
                   ExamplesReport* report) {
  report->all = ExampleTally();
  report->dyadic = ExampleTally();
  report->by_root.clear();
  report->dyadic_by_root.clear();
  for (const ExampleResult& r : report->results) {
    std::string root = examples[r.example].code.substr(0, 2);
    report->all.Add(r);
    report->by_root[root].Add(r);
    if (r.dyadic) {
      report->dyadic.Add(r);
      report->dyadic_by_root[root].Add(r);
    }
  }
}

Status EvaluateExamples(const std::vector<CodebookExample>& examples,
                        const ExamplesEvalOptions& options,
                        ExamplesReport* report) {
  *report = ExamplesReport();
  std::unique_ptr<EvalCoder> coder;
  KHALDUN_RETURN_IF_ERROR(EvalCoder::Load(options.data_dir, options.lexicons,
                                          &coder, &report->load_warnings, {},
                                          options.syntax_model));
  std::vector<Event> events;
  std::vector<ActorMatch> matches;
  for (size_t i = 0; i < examples.size(); ++i) {
    const CodebookExample& ex = examples[i];
    Document doc;
    doc.id = ex.code + "@" + ex.where;
    doc.origin = ex.where;
    doc.text = ex.text;
    ExampleResult r;
    r.example = i;
    events.clear();
    coder->Code(&doc, &events, &r.explain);
    for (const Event& e : events) {
      r.codes.push_back(e.code);
      r.produced.push_back(PetrarchActorCode(e.source) + " -> " +
                           (e.target ? PetrarchActorCode(*e.target) : "---") +
                           " " + e.code);
    }
    std::set<std::string> actors;
    for (const Sentence& s : doc.sentences) {
      matches.clear();
      coder->lexicon().MatchActors(s, doc.date, &matches);
      for (const ActorMatch& m : matches)
        if (!m.country.empty() || !m.group.empty()) actors.insert(m.code);
    }
    r.actors.assign(actors.begin(), actors.end());
    r.dyadic = actors.size() >= 2;
    r.match = ScoreExample(ex.code, r.codes);
    r.cause =
        ExampleMissCause(ex.code, r.codes, ParseExplainPredicates(r.explain));
    report->results.push_back(std::move(r));
  }
  TallyExamples(examples, report);
  return Status::OK();
}

}  // namespace khaldun::eval
