// Import of TABARI/PETRARCH dictionaries into LexiconData (docs/lexicon.md,
// "Import").  Each line is either parsed or reported with file:line.
#include <algorithm>
#include <cctype>

#include "io/file_util.h"
#include "khaldun/cameo.h"
#include "khaldun/lexicon.h"
#include "lexicon/text_util.h"

namespace khaldun {
namespace {

using lex::SplitWs;
using lex::Trim;

// "NOURI_AL_MALIKI_" -> "nouri al maliki"; short all-caps words keep their
// capitals ("US", "UN") so that the case rule of the native format applies.
std::string Name(std::string_view raw) {
  std::string s;
  for (char c : raw) s.push_back(c == '_' ? ' ' : c);
  std::string t(Trim(s));
  // collapse spaces
  std::string out;
  for (char c : t)
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) out.push_back(c);
  bool one_short = out.size() <= 3 && out.find(' ') == std::string::npos &&
                   lex::IsAllCaps(out);
  return one_short ? out : lex::Lower(out);
}

std::string SynsetName(std::string_view raw) {
  std::string s(raw);
  while (!s.empty() && (s.back() == '_' || s.back() == ' ')) s.pop_back();
  std::string out = "$";
  for (char c : s)
    out.push_back(std::isalnum(static_cast<unsigned char>(c))
                      ? static_cast<char>(std::toupper(c))
                      : '_');
  return out;
}

// Removes "<!-- ... -->" (possibly spanning lines) and '#' comments.
struct CommentStripper {
  bool in_xml = false;
  std::string operator()(std::string_view line) {
    std::string out;
    size_t i = 0;
    while (i < line.size()) {
      if (in_xml) {
        size_t e = line.find("-->", i);
        if (e == std::string_view::npos) return Finish(out);
        in_xml = false;
        i = e + 3;
        continue;
      }
      size_t b = line.find("<!--", i);
      size_t h = line.find('#', i);
      if (h != std::string_view::npos &&
          (b == std::string_view::npos || h < b)) {
        out.append(line.substr(i, h - i));
        return Finish(out);
      }
      if (b == std::string_view::npos) {
        out.append(line.substr(i));
        break;
      }
      out.append(line.substr(i, b - i));
      in_xml = true;
      i = b + 4;
    }
    return Finish(out);
  }
  static std::string Finish(std::string& s) {
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
      s.pop_back();
    return s;
  }
};

// YYMMDD or YYYYMMDD -> yyyymmdd.
bool PetrDate(std::string_view s, int* ymd) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  if (s.size() == 8) {
    *ymd = std::stoi(std::string(s));
    return true;
  }
  if (s.size() == 6) {
    int v = std::stoi(std::string(s));
    int yy = v / 10000;
    *ymd = (yy >= 30 ? 19000000 : 20000000) + v;
    return true;
  }
  return false;
}

// "IRQGOV", "PSEREBHMS", "IGOUNO" -> role.
bool SplitCode(std::string code, ActorRole* r) {
  for (char& c : code) c = static_cast<char>(std::toupper(c));
  if (code.empty() || code == "---") return false;
  r->raw_code = code;
  // "ELR/GAL": one actor per code (the coder splits the raw code); the
  // first code gives the country and types.
  code = code.substr(0, code.find('/'));
  const Cameo& cameo = Cameo::Get();
  size_t i = 0;
  if (code.size() >= 3) {
    std::string first = code.substr(0, 3);
    // A leading role type ("IGOUNO", "IMGMOSALQ") means no country; a
    // known-group table may also list country-like codes (PSE), so anything
    // else first is a country.
    if (!cameo.FindRole(first)) {
      r->country = first;
      i = 3;
    }
  }
  for (; i + 3 <= code.size(); i += 3) {
    std::string ch = code.substr(i, 3);
    if (cameo.FindGroup(ch) && !cameo.FindRole(ch) && r->group.empty())
      r->group = ch;
    else
      r->types.push_back(ch);
  }
  return true;
}

class Importer {
 public:
  Importer(const std::string& path, int source, LexiconData* data,
           std::vector<Diagnostic>* diags, ImportCounts* counts)
      : path_(path), source_(source), data_(data), diags_(diags), n_(counts) {}

  void Err(std::string m) {
    ++n_->errors;
    lex::AddDiag(diags_, Diagnostic::Severity::kError,
                 lex::Where(path_, line_no_), std::move(m));
  }
  std::string W() const { return lex::Where(path_, line_no_); }

  // ---- verbs ----
  void Verbs(std::string_view line) {
    if (line[0] == '&') {
      SynsetEntry s;
      s.name = SynsetName(Trim(line.substr(1)));
      s.where = W();
      data_->synsets.push_back(std::move(s));
      in_synset_ = true;
      ++n_->synsets;
      return Ok();
    }
    if (line.starts_with("---")) {
      // --- NAME [code] ---
      size_t b = line.find('['), e = line.find(']');
      if (b == std::string_view::npos || e < b) return Err("bad verb block");
      PredicateEntry p;
      std::string code(Trim(line.substr(b + 1, e - b - 1)));
      if (code != "---") p.code = code;
      p.where = W();
      data_->predicates.push_back(std::move(p));
      block_ = static_cast<int>(data_->predicates.size() - 1);
      in_synset_ = false;
      if (!data_->predicates[block_].code.empty())
        AddPattern(block_, data_->predicates[block_].code, "*");
      return Ok();
    }
    if (line[0] == '+' && in_synset_) {
      data_->synsets.back().members.push_back(
          lex::Lower(Name(Trim(line.substr(1)))));
      return Ok();
    }
    if (line[0] == '~') {
      // Transformation rules: "~ a (a b ATTACK) SAY = a b 015".
      if (line.find('=') == std::string_view::npos)
        return Err("transformation without '='");
      return Ok();
    }
    if (block_ < 0) return Err("line outside a verb block");
    if (line[0] == '-') return VerbPattern(Trim(line.substr(1)));
    // A verb form: "HURRY {HURRIES HURRYING HURRIED }", "+ANGERED_BY {}",
    // "ASK [020]".
    std::string_view v = line;
    if (v[0] == '+') v = v.substr(1);
    std::string code;
    size_t br = v.find('[');
    if (br != std::string_view::npos) {
      size_t e = v.find(']', br);
      if (e == std::string_view::npos) return Err("unclosed '['");
      code = std::string(Trim(v.substr(br + 1, e - br - 1)));
      v = v.substr(0, br);
    }
    size_t cb = v.find('{');
    if (cb != std::string_view::npos) {
      if (v.find('}', cb) == std::string_view::npos) return Err("unclosed '{'");
      v = v.substr(0, cb);
    }
    std::string lemma = lex::Lower(Name(Trim(v)));
    // "WIRE_+TAP": '+' marks the verb of a phrase; it goes first, where
    // the lexicon looks for a verb phrase's head (the other words only need
    // to hang from it).
    size_t plus = lemma.find(" +");
    if (plus != std::string::npos) {
      size_t end = lemma.find(' ', plus + 1);
      std::string head =
          lemma.substr(plus + 2, end == std::string::npos ? std::string::npos
                                                          : end - plus - 2);
      lemma.erase(plus, head.size() + 2);
      lemma = head + " " + lemma;
    }
    std::erase(lemma, '+');
    if (lemma.empty()) return Err("empty verb");
    ++n_->verbs;
    if (!code.empty() && code != "---" &&
        code != data_->predicates[block_].code) {
      PredicateEntry p;
      p.lemmas.push_back(lemma);
      p.code = code;
      p.where = W();
      data_->predicates.push_back(std::move(p));
      AddPattern(static_cast<int>(data_->predicates.size() - 1), code, "*");
    } else {
      data_->predicates[block_].lemmas.push_back(lemma);
    }
    Ok();
  }

  // "032:033" -> 032 and the paired 033; ":033" -> 033; "---" parts are
  // null.
  static void SplitPaired(const std::string& code, std::string* first,
                          std::string* paired) {
    size_t colon = code.find(':');
    *first = code.substr(0, colon);
    paired->clear();
    if (colon != std::string::npos) *paired = code.substr(colon + 1);
    if (*paired == "---") paired->clear();
    if (first->empty() || *first == "---") {
      *first = *paired;
      paired->clear();
    }
  }

  void AddPattern(int entry, const std::string& code, const std::string& tmpl) {
    Pattern p;
    SplitPaired(code, &p.code, &p.paired_code);
    if (p.code.empty()) return;
    p.text = tmpl;
    p.where = W();
    p.entry = entry;
    PatternElement star;
    star.kind = PatternElement::Kind::kPredicate;
    p.elements.push_back(star);
    p.predicate_index = 0;
    data_->predicates[entry].patterns.push_back(std::move(p));
    ++n_->patterns;
  }

  void VerbPattern(std::string_view body) {
    size_t b = body.rfind('['), e = body.rfind(']');
    if (b == std::string_view::npos || e < b)
      return Err("pattern without [code]");
    std::string code(Trim(body.substr(b + 1, e - b - 1)));
    std::string_view tmpl = Trim(body.substr(0, b));
    Pattern p;
    {
      std::string first;
      SplitPaired(code, &first, &p.paired_code);
      code = first;
    }
    p.where = W();
    p.entry = block_;
    int stars = 0;
    std::string text;
    // Words are joined by '_' ("IN_*", "DEMAND_&GENINT"); '*' may be glued.
    std::string spaced;
    for (char c : tmpl) {
      if (c == '(' || c == ')' || c == '{' || c == '}') continue;
      if (c == '_') {
        spaced += " \x01";  // the next word is joined to the previous one
      } else if (c == '*') {
        spaced += " * ";
      } else {
        spaced.push_back(c);
      }
    }
    bool join_next = false;
    for (std::string_view t : SplitWs(spaced)) {
      std::string w(t);
      bool joined = join_next;
      join_next = false;
      while (!w.empty() && w[0] == '\x01') {
        joined = true;
        w.erase(0, 1);
      }
      if (w.empty()) {
        join_next = joined;
        continue;
      }
      if (w == ",") continue;
      if (w == "%") {
        // A compound actor: before '*' the subject's members act on each
        // other ("% HAVE * [191]": "Gondor and Osgiliath have delayed");
        // after it, the target ("* WITH % [031]").
        if (stars == 0) {
          p.recip = true;
          continue;
        }
        w = "+";
      }
      PatternElement el;
      if (w == "*") {
        el.kind = PatternElement::Kind::kPredicate;
        p.predicate_index = static_cast<int>(p.elements.size());
        ++stars;
      } else if (w == "$") {
        el.kind = PatternElement::Kind::kSource;
      } else if (w == "+") {
        el.kind = PatternElement::Kind::kTarget;
      } else if (w == "^") {
        el.kind = PatternElement::Kind::kAny;
      } else if (w[0] == '&') {
        el.kind = PatternElement::Kind::kSynset;
        el.text = SynsetName(w.substr(1));
      } else {
        el.kind = PatternElement::Kind::kLiteral;
        el.text = lex::Lower(Name(w));
        el.function_word = Lexicon::IsFunctionWord(el.text);
      }
      el.joined = joined && !p.elements.empty();
      if (!text.empty()) text += ' ';
      text += el.kind == PatternElement::Kind::kPredicate ? "*"
              : el.kind == PatternElement::Kind::kSource  ? "SOURCE"
              : el.kind == PatternElement::Kind::kTarget  ? "TARGET"
              : el.kind == PatternElement::Kind::kAny     ? "_"
                                                          : el.text;
      p.elements.push_back(std::move(el));
    }
    if (stars != 1)
      return Err("pattern needs exactly one '*' (has " + std::to_string(stars) +
                 ")");
    p.text = std::move(text);
    if (code == "---" || code.empty()) return Ok();  // a null pattern
    // Codes are kept as written: the validation dictionaries use WEIS and
    // made-up codes ("075A", "abc"); `lexicon check` does not lint imports.
    if (code.find_first_of(" \t") != std::string::npos)
      return Err("bad event code '" + code + "'");
    p.code = code;
    data_->predicates[block_].patterns.push_back(std::move(p));
    ++n_->patterns;
    Ok();
  }

  // ---- actors ----
  bool Role(std::string_view raw) {
    // "USAGOV > 130701", "HOBGOV 19950601 - 19990815": spaces inside the
    // date restriction are dropped.  "--- <950630": the null code (not an
    // actor before that date) is a word of its own.
    raw = Trim(raw);
    bool null_code = raw.starts_with("---");
    if (null_code) raw = Trim(raw.substr(3));
    std::string inner = null_code ? "--- " : "";
    for (size_t i = 0; i < raw.size(); ++i) {
      char c = raw[i];
      if ((c == ' ' || c == '\t') && !inner.empty() &&
          (inner.back() == '>' || inner.back() == '<' || inner.back() == '-'))
        continue;
      if ((c == '-') && !inner.empty() && inner.back() == ' ' &&
          inner.find(' ') != inner.size() - 1)
        inner.pop_back();
      inner.push_back(c);
    }
    std::vector<std::string_view> parts = SplitWs(inner);
    if (parts.empty()) return false;
    ActorRole r;
    if (!SplitCode(std::string(parts[0]), &r)) {
      if (parts[0] != "---") return false;
      // A dated null code is a role without a code for those dates; an
      // undated one adds nothing.
      if (parts.size() == 1) return true;
    }
    r.where = W();
    for (size_t i = 1; i < parts.size(); ++i) {
      std::string_view d = parts[i];
      if (d[0] == '>' || d[0] == '<') {
        int ymd;
        if (!PetrDate(d.substr(1), &ymd)) return false;
        (d[0] == '>' ? r.dates.from : r.dates.to) = ymd;
      } else {
        size_t dash = d.find('-');
        if (dash == std::string_view::npos) return false;
        if (!PetrDate(d.substr(0, dash), &r.dates.from) ||
            !PetrDate(d.substr(dash + 1), &r.dates.to))
          return false;
      }
      r.dated = true;
    }
    data_->actors.back().roles.push_back(std::move(r));
    ++n_->roles;
    return true;
  }

  // Words separated by a space (TABARI's open connector), not only '_'.
  static bool Spaced(std::string_view name) {
    name = Trim(name);
    return name.find_first_of(" \t") != std::string_view::npos;
  }

  void Actors(std::string_view line) {
    std::string_view t = Trim(line);
    if (t.empty()) return;
    std::string_view name = t;
    std::string_view code;
    size_t br = t.find('[');
    if (br != std::string_view::npos) {
      size_t e = t.find(']', br);
      if (e == std::string_view::npos) return Err("unclosed '['");
      code = Trim(t.substr(br + 1, e - br - 1));
      name = Trim(t.substr(0, br));
    }
    if (name.empty()) {
      if (data_->actors.empty() || !have_actor_)
        return Err("role line before any actor");
      if (!Role(code)) return Err("bad actor code '" + std::string(code) + "'");
      return Ok();
    }
    if (name[0] == '+') {
      if (!have_actor_) return Err("synonym before any actor");
      std::string n = Name(name.substr(1));
      if (n.empty()) return Err("empty synonym");
      if (Spaced(name.substr(1))) data_->actors.back().open_names.push_back(n);
      data_->actors.back().names.push_back(n);
      ++n_->names;
    } else {
      ActorEntry a;
      a.names.push_back(Name(name));
      if (Spaced(name)) a.open_names.push_back(a.names.back());
      a.where = W();
      a.source = source_;
      data_->actors.push_back(std::move(a));
      have_actor_ = true;
      ++n_->actors;
      ++n_->names;
    }
    if (!code.empty() && !Role(code))
      return Err("bad actor code '" + std::string(code) + "'");
    Ok();
  }

  // ---- agents ----
  void Agents(std::string_view line) {
    std::string_view t = Trim(line);
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      size_t eq = t.find('=');
      size_t e = t.find('!', 1);
      if (eq == std::string_view::npos || e == std::string_view::npos || e > eq)
        return Err("bad !MACRO! = ... line");
      macros_.push_back({std::string(t.substr(0, e + 1)),
                         lex::SplitTrim(t.substr(eq + 1), ',')});
      return Ok();
    }
    size_t br = t.find('[');
    if (br == std::string_view::npos) return Err("agent without [code]");
    size_t e = t.find(']', br);
    if (e == std::string_view::npos) return Err("unclosed '['");
    std::string code(Trim(t.substr(br + 1, e - br - 1)));
    std::string_view head = Trim(t.substr(0, br));
    std::vector<std::string> plurals;
    size_t cb = head.find('{');
    if (cb != std::string_view::npos) {
      size_t ce = head.find('}', cb);
      if (ce == std::string_view::npos) return Err("unclosed '{'");
      for (auto p : SplitWs(head.substr(cb + 1, ce - cb - 1)))
        plurals.emplace_back(p);
      head = Trim(head.substr(0, cb));
    }
    AgentEntry a;
    a.where = W();
    a.exact_forms = cb != std::string_view::npos;
    size_t tilde = code.find('~');
    if (tilde == std::string::npos) return Err("agent code without '~'");
    std::string types = tilde == 0 ? code.substr(1) : code.substr(0, tilde);
    a.prefix = tilde != 0;
    for (char& c : types) c = static_cast<char>(std::toupper(c));
    if (types.size() % 3 != 0 || types.empty())
      return Err("bad agent code '" + code + "'");
    for (size_t i = 0; i < types.size(); i += 3)
      a.types.push_back(types.substr(i, 3));
    std::vector<std::string> forms = {std::string(head)};
    for (auto& p : plurals) forms.push_back(p);
    for (const auto& f : forms) {
      std::vector<std::string> expanded = {f};
      for (const auto& [m, alts] : macros_) {
        std::vector<std::string> next;
        for (const auto& x : expanded) {
          size_t p = x.find(m);
          if (p == std::string::npos) {
            next.push_back(x);
            continue;
          }
          for (const auto& alt : alts)
            next.push_back(x.substr(0, p) + alt + x.substr(p + m.size()));
        }
        expanded = std::move(next);
      }
      for (const auto& x : expanded) {
        if (x.find('!') != std::string::npos)
          return Err("unknown macro in '" + x + "'");
        a.names.push_back(lex::Lower(Name(x)));
      }
    }
    data_->agents.push_back(std::move(a));
    ++n_->agents;
    Ok();
  }

  // ---- discards, issues, prepositions ----
  void Discards(std::string_view line) {
    std::string_view t = Trim(line);
    bool story = t[0] == '+';
    if (story) t = Trim(t.substr(1));
    if (t.empty()) return Err("empty discard");
    int& idx = story ? story_idx_ : sent_idx_;
    if (idx < 0) {
      DiscardEntry d;
      d.reason = std::string(story ? "story" : "sentence") + " discards (" +
                 FileStem(path_) + ")";
      d.story = story;
      d.where = W();
      data_->discards.push_back(std::move(d));
      idx = static_cast<int>(data_->discards.size() - 1);
    }
    data_->discards[idx].phrases.push_back(Name(t));
    ++n_->discards;
    Ok();
  }

  void Issues(std::string_view line) {
    std::string_view t = Trim(line);
    if (t.starts_with("<ISSUE")) {
      size_t c = t.find("CATEGORY=\"");
      if (c == std::string_view::npos) return Err("ISSUE without CATEGORY");
      size_t e = t.find('"', c + 10);
      category_ = std::string(t.substr(c + 10, e - c - 10));
      last_issue_code_.clear();
      return Ok();
    }
    if (t.starts_with("</ISSUE")) return Ok();
    IssueEntry is;
    is.category = category_;
    is.where = W();
    if (t[0] == '~') {
      is.exclude = true;
      t = Trim(t.substr(1));
    } else {
      size_t b = t.rfind('['), e = t.rfind(']');
      if (b == std::string_view::npos || e < b) {
        // A phrase without a code continues the previous phrase's code.
        if (last_issue_code_.empty()) return Err("issue phrase without [CODE]");
        is.code = last_issue_code_;
      } else {
        is.code = std::string(Trim(t.substr(b + 1, e - b - 1)));
        t = Trim(t.substr(0, b));
        last_issue_code_ = is.code;
      }
    }
    std::string phrase;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t.compare(i, 2, "n:") == 0 &&
          (i == 0 || t[i - 1] == ' ' || t[i - 1] == '+')) {
        ++i;
        continue;
      }
      phrase.push_back(t[i] == '+' ? ' ' : t[i]);
    }
    is.phrase = lex::Lower(Trim(phrase));
    if (is.phrase.empty()) return Err("empty issue phrase");
    data_->issues.push_back(std::move(is));
    ++n_->issues;
    Ok();
  }

  void Prepositions(std::string_view line) {
    std::string_view t = Trim(line);
    if (t.find(' ') != std::string_view::npos) return Err("one word per line");
    data_->prepositions.push_back(lex::Lower(t));
    ++n_->words;
    Ok();
  }

  void Ok() { ++n_->parsed; }

  Status Run() {
    std::string stem = lex::Lower(FileStem(path_));
    if (stem.find("verbs") != std::string::npos || stem.starts_with("cameo"))
      n_->kind = "verbs";
    else if (stem.find("agents") != std::string::npos)
      n_->kind = "agents";
    else if (stem.find("discards") != std::string::npos)
      n_->kind = "discards";
    else if (stem.find("issue") != std::string::npos)
      n_->kind = "issues";
    else if (stem.find("preposition") != std::string::npos)
      n_->kind = "prepositions";
    else if (stem.find("actors") != std::string::npos)
      n_->kind = "actors";
    else
      return Status::InvalidArgument(
          path_ +
          ": cannot tell the kind of PETRARCH dictionary from its name "
          "(expected verbs/CAMEO, actors, agents, discards, issues, "
          "prepositions)");
    LineReader r;
    Status st = r.Open(path_);
    if (!st.ok()) return st;
    std::string_view raw;
    CommentStripper strip;
    while (r.Next(&raw)) {
      line_no_ = r.line_number();
      std::string line = strip(raw);
      if (Trim(line).empty()) continue;
      ++n_->lines;
      if (n_->kind == "verbs")
        Verbs(line);
      else if (n_->kind == "actors")
        Actors(line);
      else if (n_->kind == "agents")
        Agents(line);
      else if (n_->kind == "discards")
        Discards(line);
      else if (n_->kind == "issues")
        Issues(line);
      else
        Prepositions(line);
    }
    data_->sources.push_back(path_);
    return Status::OK();
  }

 private:
  std::string path_;
  int source_;
  LexiconData* data_;
  std::vector<Diagnostic>* diags_;
  ImportCounts* n_;
  size_t line_no_ = 0;
  int block_ = -1;
  bool in_synset_ = false;
  bool have_actor_ = false;
  int sent_idx_ = -1, story_idx_ = -1;
  std::string category_, last_issue_code_;
  std::vector<std::pair<std::string, std::vector<std::string>>> macros_;
};

}  // namespace

Status ImportPetrarchFile(const std::string& path, int source,
                          LexiconData* data, std::vector<Diagnostic>* diags,
                          ImportCounts* counts) {
  *counts = ImportCounts();
  Importer imp(path, source, data, diags, counts);
  return imp.Run();
}

}  // namespace khaldun
