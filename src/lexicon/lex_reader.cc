// Reader of the native lexicon format (docs/lexicon.md).
#include <algorithm>
#include <cctype>

#include "io/file_util.h"
#include "khaldun/lexicon.h"
#include "lexicon/text_util.h"

namespace khaldun {
namespace {

using lex::AddDiag;
using lex::SplitTrim;
using lex::SplitWs;
using lex::Trim;
constexpr auto kErr = Diagnostic::Severity::kError;
constexpr auto kWarn = Diagnostic::Severity::kWarning;

bool IsUpperCode(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

bool IsEventCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

enum class Kind {
  kNone,
  kCountry,
  kActor,
  kAgent,
  kSynset,
  kVerb,
  kNoun,
  kDiscard,
  kSkip
};

struct Reader {
  std::string file;
  int source;
  LexiconData* data;
  std::vector<Diagnostic>* diags;
  Kind kind = Kind::kNone;
  size_t line_no = 0;

  std::string W() const { return lex::Where(file, line_no); }
  void Err(std::string m) { AddDiag(diags, kErr, W(), std::move(m)); }
  void Warn(std::string m) { AddDiag(diags, kWarn, W(), std::move(m)); }

  void Header(std::string_view line) {
    size_t close = line.find(']');
    if (close == std::string_view::npos) {
      Err("entry header without ']'");
      kind = Kind::kSkip;
      return;
    }
    std::string_view k = line.substr(1, close - 1);
    std::string_view rest = Trim(line.substr(close + 1));
    std::vector<std::string> alts = SplitTrim(rest, '|');
    kind = Kind::kSkip;
    if (k == "country") {
      if (alts.size() != 1 || !IsUpperCode(alts[0], 3)) {
        Err("[country] needs one ISO 3166-1 alpha-3 code");
        return;
      }
      CountryEntry e;
      e.code = alts[0];
      e.where = W();
      data->countries.push_back(std::move(e));
      kind = Kind::kCountry;
    } else if (k == "actor") {
      if (alts.empty()) return Err("[actor] without a name");
      ActorEntry e;
      e.names = std::move(alts);
      e.where = W();
      e.source = source;
      data->actors.push_back(std::move(e));
      kind = Kind::kActor;
    } else if (k == "agent") {
      if (alts.empty()) return Err("[agent] without a name");
      AgentEntry e;
      e.names = std::move(alts);
      e.where = W();
      data->agents.push_back(std::move(e));
      kind = Kind::kAgent;
    } else if (k == "synset") {
      if (alts.size() != 1 || alts[0].size() < 2 || alts[0][0] != '$') {
        Err("[synset] needs one name starting with '$'");
        return;
      }
      for (char c : std::string_view(alts[0]).substr(1))
        if (!(std::isupper(static_cast<unsigned char>(c)) ||
              std::isdigit(static_cast<unsigned char>(c)) || c == '_')) {
          Err("synset name '" + alts[0] +
              "' must be written in capitals (A-Z, 0-9, _)");
          return;
        }
      SynsetEntry e;
      e.name = alts[0];
      e.where = W();
      data->synsets.push_back(std::move(e));
      kind = Kind::kSynset;
    } else if (k == "verb" || k == "noun") {
      if (alts.empty()) return Err("[" + std::string(k) + "] without a lemma");
      PredicateEntry e;
      e.noun = k == "noun";
      for (auto& a : alts) {
        if (a != lex::Lower(a)) Warn("lemma '" + a + "' is not lowercase");
        e.lemmas.push_back(lex::Lower(a));
      }
      e.where = W();
      data->predicates.push_back(std::move(e));
      kind = k == "noun" ? Kind::kNoun : Kind::kVerb;
    } else if (k == "discard") {
      DiscardEntry e;
      e.reason = std::string(rest);
      if (e.reason.empty()) return Err("[discard] without a reason");
      e.where = W();
      data->discards.push_back(std::move(e));
      kind = Kind::kDiscard;
    } else {
      Err("unknown entry kind [" + std::string(k) + "]");
    }
  }

  bool ParseRole(std::string_view v, ActorRole* r) {
    std::vector<std::string_view> parts = SplitWs(v);
    if (parts.empty()) {
      Err("empty role");
      return false;
    }
    size_t i = 0;
    if (parts[0] == "-") {
      ++i;
    } else if (IsUpperCode(parts[0], 3)) {
      r->country = std::string(parts[0]);
      ++i;
    } else {
      Err("role must start with a country code or '-': '" +
          std::string(parts[0]) + "'");
      return false;
    }
    for (; i < parts.size(); ++i) {
      std::string_view p = parts[i];
      if (p.find("..") != std::string_view::npos) {
        if (i + 1 != parts.size()) {
          Err("the date range must come last in a role");
          return false;
        }
        if (!lex::ParseRange(p, &r->dates)) {
          Err("bad date range '" + std::string(p) + "'");
          return false;
        }
        if (r->dates.from && r->dates.to && r->dates.from > r->dates.to) {
          Err("date range ends before it starts: '" + std::string(p) + "'");
          return false;
        }
        r->dated = true;
      } else if (p[0] == '+') {
        if (!r->group.empty()) {
          Err("more than one +GROUP in a role");
          return false;
        }
        if (!IsUpperCode(p.substr(1), 3)) {
          Err("bad group code '" + std::string(p) + "'");
          return false;
        }
        r->group = std::string(p.substr(1));
      } else if (IsUpperCode(p, 3)) {
        r->types.emplace_back(p);
      } else {
        Err("bad role element '" + std::string(p) + "'");
        return false;
      }
    }
    r->where = W();
    return true;
  }

  void ParsePattern(std::string_view line) {
    PredicateEntry& e = data->predicates.back();
    Pattern p;
    p.where = W();
    p.entry = static_cast<int>(data->predicates.size() - 1);
    std::string_view opts;
    size_t semi = line.find(';');
    if (semi != std::string_view::npos) {
      opts = Trim(line.substr(semi + 1));
      line = Trim(line.substr(0, semi));
    }
    std::vector<std::string_view> parts = SplitWs(line);
    p.code = std::string(parts[0]);
    if (!IsEventCode(p.code)) return Err("bad event code '" + p.code + "'");
    int stars = 0;
    for (size_t i = 1; i < parts.size(); ++i) {
      std::string_view t = parts[i];
      PatternElement el;
      if (t == "*") {
        el.kind = PatternElement::Kind::kPredicate;
        ++stars;
        p.predicate_index = static_cast<int>(p.elements.size());
      } else if (t == "SOURCE") {
        el.kind = PatternElement::Kind::kSource;
      } else if (t == "TARGET") {
        el.kind = PatternElement::Kind::kTarget;
      } else if (t == "_") {
        el.kind = PatternElement::Kind::kAny;
      } else if (t[0] == '$') {
        el.kind = PatternElement::Kind::kSynset;
        el.text = std::string(t);
        if (t.size() < 2) return Err("empty synset name in pattern");
      } else {
        bool ok = true;
        for (char c : t)
          if (std::isupper(static_cast<unsigned char>(c)) || c == '*' ||
              c == '$')
            ok = false;
        if (!ok)
          return Err("bad pattern element '" + std::string(t) +
                     "' (literals are lowercase lemmas)");
        el.kind = PatternElement::Kind::kLiteral;
        el.text = std::string(t);
        el.function_word = Lexicon::IsFunctionWord(t);
      }
      p.elements.push_back(std::move(el));
    }
    if (stars != 1)
      return Err("pattern needs exactly one '*' (has " + std::to_string(stars) +
                 ")");
    std::string tmpl;
    for (size_t i = 1; i < parts.size(); ++i) {
      if (i > 1) tmpl += ' ';
      tmpl += parts[i];
    }
    p.text = std::move(tmpl);
    for (std::string_view o : SplitWs(opts)) {
      if (o.starts_with("neg=")) {
        p.neg_code = std::string(o.substr(4));
        if (!IsEventCode(p.neg_code))
          return Err("bad neg= code '" + p.neg_code + "'");
      } else if (o == "modal=keep") {
        p.modal_keep = true;
      } else if (o.starts_with("modal=")) {
        p.modal_code = std::string(o.substr(6));
        if (!IsEventCode(p.modal_code))
          return Err("bad modal= code '" + p.modal_code +
                     "' (an event code or 'keep')");
      } else if (o == "recip") {
        p.recip = true;
      } else if (o == "notarget") {
        p.notarget = true;
      } else if (o.starts_with("conf=")) {
        char* end = nullptr;
        std::string v(o.substr(5));
        double c = std::strtod(v.c_str(), &end);
        if (v.empty() || *end || c <= 0 || c > 1)
          return Err("bad conf= '" + v + "' (0 < conf <= 1)");
        p.conf = static_cast<float>(c);
      } else {
        return Err("unknown pattern option '" + std::string(o) + "'");
      }
    }
    e.patterns.push_back(std::move(p));
  }

  void Body(std::string_view line) {
    if (kind == Kind::kNone) return Err("indented line outside an entry");
    if (kind == Kind::kSkip) return;
    // Pattern lines start with a code.
    if ((kind == Kind::kVerb || kind == Kind::kNoun) &&
        std::isdigit(static_cast<unsigned char>(line[0]))) {
      return ParsePattern(line);
    }
    if (kind == Kind::kSynset) {
      SynsetEntry& s = data->synsets.back();
      // Members keep their spelling: matching is case-insensitive except
      // for short all-caps members ("UN"), as for names.
      for (auto& m : SplitTrim(line, '|')) s.members.push_back(std::move(m));
      return;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return Err("expected 'key: value'");
    std::string_view key = Trim(line.substr(0, colon));
    std::string_view val = Trim(line.substr(colon + 1));
    std::vector<std::string> alts = SplitTrim(val, '|');
    switch (kind) {
      case Kind::kCountry: {
        CountryEntry& c = data->countries.back();
        if (key == "name")
          Append(&c.names, alts);
        else if (key == "adjective")
          Append(&c.adjectives, alts);
        else if (key == "people")
          Append(&c.people, alts);
        else if (key == "capital")
          Append(&c.capitals, alts);
        else if (key == "drop")
          Append(&c.drop, alts);
        else if (key == "cameo") {
          if (!IsUpperCode(val, 3)) return Err("bad cameo code");
          c.cameo = std::string(val);
        } else {
          Err("unknown [country] attribute '" + std::string(key) + "'");
        }
        break;
      }
      case Kind::kActor: {
        ActorEntry& a = data->actors.back();
        if (key == "role") {
          ActorRole r;
          if (ParseRole(val, &r)) a.roles.push_back(std::move(r));
        } else if (key == "note") {
          a.note = std::string(val);
        } else if (key == "gender") {
          if (val != "m" && val != "f") return Err("gender is m or f");
          a.gender = val[0];
        } else {
          Err("unknown [actor] attribute '" + std::string(key) + "'");
        }
        break;
      }
      case Kind::kAgent: {
        AgentEntry& a = data->agents.back();
        if (key == "types") {
          for (auto t : SplitWs(val)) {
            if (!IsUpperCode(t, 3))
              return Err("bad role type '" + std::string(t) + "'");
            a.types.emplace_back(t);
          }
        } else if (key == "country-noun") {
          a.country_noun = YesNo(val);
        } else if (key == "person") {
          a.person = YesNo(val);
        } else {
          Err("unknown [agent] attribute '" + std::string(key) + "'");
        }
        break;
      }
      case Kind::kDiscard: {
        DiscardEntry& d = data->discards.back();
        if (key == "phrase")
          Append(&d.phrases, alts);
        else if (key == "lemma")
          for (auto& a : alts) d.lemmas.push_back(lex::Lower(a));
        else
          Err("unknown [discard] attribute '" + std::string(key) + "'");
        break;
      }
      case Kind::kVerb:
      case Kind::kNoun:
        Err("expected a pattern line 'CODE TEMPLATE [; OPTIONS]'");
        break;
      default:
        break;
    }
  }

  bool YesNo(std::string_view v) {
    if (v == "yes") return true;
    if (v != "no") Err("expected yes or no");
    return false;
  }
  static void Append(std::vector<std::string>* to,
                     std::vector<std::string>& from) {
    for (auto& s : from) to->push_back(std::move(s));
  }

  void Line(std::string_view raw) {
    ++line_no;
    std::string line = lex::StripComment(raw);
    if (Trim(line).empty()) return;
    if (line[0] == ' ' || line[0] == '\t') {
      Body(Trim(line));
    } else if (line[0] == '[') {
      Header(line);
    } else {
      Err("expected '[kind] ...' at column 0 or an indented line");
      kind = Kind::kSkip;
    }
  }
};

}  // namespace

void ReadLexText(std::string_view text, const std::string& where, int source,
                 LexiconData* data, std::vector<Diagnostic>* diags) {
  Reader r{where, source, data, diags};
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    r.Line(text.substr(start, nl - start));
    start = nl + 1;
  }
  data->sources.push_back(where);
}

Status ReadLexFile(const std::string& path, int source, LexiconData* data,
                   std::vector<Diagnostic>* diags) {
  std::string text;
  Status s = ReadFileToString(path, &text);
  if (!s.ok()) return s;
  ReadLexText(text, path, source, data, diags);
  return Status::OK();
}

}  // namespace khaldun
