// PETRARCH XML: <Sentence date="..." id="..." source="..."><Text>...</Text>
// ...</Sentence>, one Document per <Sentence>.  A small scanner, not a DOM:
// comments, processing instructions, CDATA and unknown elements (<Parse>,
// <EventCoding>, <Environment>, ...) are skipped; entities are decoded.
#include <algorithm>
#include <cstring>
#include <vector>

#include "io/readers.h"
#include "io/utf8.h"

namespace khaldun::io_internal {
namespace {

bool IsXmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool IsNameChar(char c) {
  return !IsXmlSpace(c) && c != '>' && c != '/' && c != '=' && c != '<' &&
         c != '"' && c != '\'';
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Decodes the entity at s[0] == '&' into *out; returns the bytes consumed,
// or 0 when it is not a well-formed entity (the '&' is then literal).
size_t DecodeEntity(std::string_view s, std::string* out);

// Entity-decodes `s` onto *out (no whitespace handling).
void AppendDecoded(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    size_t n = s[i] == '&' ? DecodeEntity(s.substr(i), out) : 0;
    if (n == 0) {
      out->push_back(s[i]);
    } else {
      i += n - 1;
    }
  }
}

size_t DecodeEntity(std::string_view s, std::string* out) {
  s = s.substr(0, 16);
  size_t semi = s.find(';');
  if (semi == std::string_view::npos || semi > 12) return 0;
  std::string_view name = s.substr(1, semi - 1);
  if (name == "amp") {
    out->push_back('&');
  } else if (name == "lt") {
    out->push_back('<');
  } else if (name == "gt") {
    out->push_back('>');
  } else if (name == "quot") {
    out->push_back('"');
  } else if (name == "apos") {
    out->push_back('\'');
  } else if (name == "nbsp") {
    out->append("\xC2\xA0");
  } else if (name.size() >= 2 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    uint32_t cp = 0;
    for (char c : digits) {
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        v = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        v = c - 'A' + 10;
      } else {
        return 0;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      if (cp > 0x10FFFF) cp = 0x110000;  // clamp; becomes U+FFFD
    }
    AppendUtf8(cp, out);
  } else {
    return 0;
  }
  return semi + 1;
}

// The words of a Penn Treebank bracketing "(S (NP (NNP Iraq)) (. .))",
// joined by spaces, with no space before closing punctuation and clitics.
void TextFromParse(std::string_view parse, std::string* out) {
  std::string raw;
  AppendDecoded(parse, &raw);
  std::string_view p(raw);
  size_t i = 0;
  while (i < p.size()) {
    // A leaf is "(TAG word)": an opening parenthesis, a tag, a word and
    // a closing parenthesis with no parenthesis in between.
    if (p[i] != '(') {
      ++i;
      continue;
    }
    size_t close = p.find_first_of("()", i + 1);
    if (close == std::string_view::npos) break;
    if (p[close] == '(') {
      i = close;
      continue;
    }
    std::string_view leaf = p.substr(i + 1, close - i - 1);
    i = close + 1;
    size_t a = leaf.find_first_not_of(" \t\n\r");
    if (a == std::string_view::npos) continue;
    leaf.remove_prefix(a);
    size_t sp = leaf.find_first_of(" \t\n\r");
    if (sp == std::string_view::npos) continue;  // a tag with no word
    std::string_view word = leaf.substr(sp);
    word.remove_prefix(word.find_first_not_of(" \t\n\r"));
    while (!word.empty() &&
           (word.back() == ' ' || word.back() == '\n' || word.back() == '\r'))
      word.remove_suffix(1);
    std::string w(word);
    if (w == "-LRB-") w = "(";
    if (w == "-RRB-") w = ")";
    if (w == "``" || w == "''") w = "\"";
    bool attach = w == "." || w == "," || w == ";" || w == ":" || w == "?" ||
                  w == "!" || w == ")" || w == "%" || w == "'s" || w == "'S" ||
                  w == "n't" || w == "'re" || w == "'ve" || w == "'ll" ||
                  w == "'d" || w == "'m";
    if (!out->empty() && !attach && out->back() != '(') out->push_back(' ');
    out->append(w);
  }
}

class PetrarchXmlReader : public DocumentReader {
 public:
  PetrarchXmlReader(Source src, const ReaderOptions& opts)
      : src_(std::move(src)), opts_(opts) {}

  Status Load() {
    Status s = ReadAll(src_, &buf_);
    if (!s.ok()) return s;
    StripBom(&buf_);
    utf8_replacements_ += RepairUtf8(opts_, src_.name, 1, &buf_);
    return Status::OK();
  }

  Status Next(Document* doc) override {
    std::string_view b(buf_);
    while (pos_ < b.size()) {
      size_t lt = b.find('<', pos_);
      if (lt == std::string_view::npos) break;
      pos_ = lt;
      Status s;
      if (SkipMarkup(&s)) {
        if (!s.ok()) return Fail(s);
        continue;
      }
      bool closing = b.size() > lt + 1 && b[lt + 1] == '/';
      size_t name_begin = lt + (closing ? 2 : 1);
      size_t name_end = name_begin;
      while (name_end < b.size() && IsNameChar(b[name_end])) ++name_end;
      std::string_view name = b.substr(name_begin, name_end - name_begin);
      if (!closing && EqualsIgnoreCase(name, "Sentence")) {
        s = ReadSentence(name_end, doc);
        if (!s.ok()) return Fail(s);
        return s;
      }
      // Any other tag: skip it.
      size_t gt = FindTagEnd(name_end);
      if (gt == std::string_view::npos) {
        pos_ = b.size();
        return Fail(Error(lt, "unterminated tag <" + std::string(name)));
      }
      pos_ = gt + 1;
    }
    pos_ = b.size();
    return Status::EndOfInput();
  }

  InputFormat format() const override { return InputFormat::kPetrarchXml; }
  uint64_t bytes_read() const override { return pos_; }

 private:
  Status Fail(Status s) {
    ++errors_;
    return s;
  }

  // 1-based line of byte offset `off` (offsets are asked in increasing
  // order, mostly; the count restarts when they are not).
  size_t LineOf(size_t off) {
    if (off < line_pos_) {
      line_pos_ = 0;
      line_ = 1;
    }
    line_ += static_cast<size_t>(
        std::count(buf_.begin() + static_cast<long>(line_pos_),
                   buf_.begin() + static_cast<long>(off), '\n'));
    line_pos_ = off;
    return line_;
  }

  Status Error(size_t off, const std::string& why) {
    return Status::InvalidArgument(src_.name + ":" +
                                   std::to_string(LineOf(off)) + ": " + why);
  }

  // If buf_[pos_] starts a comment, processing instruction, declaration or
  // CDATA section, moves pos_ past it and returns true (*s is an error when
  // it is unterminated).
  bool SkipMarkup(Status* s) {
    std::string_view b(buf_);
    std::string_view rest = b.substr(pos_);
    std::string_view close;
    if (rest.substr(0, 4) == "<!--") {
      close = "-->";
    } else if (rest.substr(0, 9) == "<![CDATA[") {
      close = "]]>";
    } else if (rest.substr(0, 2) == "<?") {
      close = "?>";
    } else if (rest.substr(0, 2) == "<!") {
      close = ">";
    } else {
      return false;
    }
    size_t end = b.find(close, pos_ + 2);
    if (end == std::string_view::npos) {
      *s = Error(pos_, "unterminated " + std::string(rest.substr(0, 4)));
      pos_ = b.size();
    } else {
      pos_ = end + close.size();
    }
    return true;
  }

  // Offset of the '>' closing the tag whose attributes start at `from`
  // (quotes respected), or npos.
  size_t FindTagEnd(size_t from) const {
    char quote = 0;
    for (size_t i = from; i < buf_.size(); ++i) {
      char c = buf_[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<') {
        return std::string_view::npos;  // a new tag before this one closed
      }
    }
    return std::string_view::npos;
  }

  // Appends decoded character data buf_[from, to) to *out, collapsing runs
  // of whitespace into one space.
  void AppendText(size_t from, size_t to, std::string* out) {
    std::string_view b(buf_);
    for (size_t i = from; i < to; ++i) {
      char c = b[i];
      if (IsXmlSpace(c)) {
        if (!out->empty() && out->back() != ' ') out->push_back(' ');
      } else if (c == '&') {
        size_t n = DecodeEntity(b.substr(i, std::min<size_t>(to - i, 16)), out);
        if (n == 0) {
          out->push_back('&');
        } else {
          i += n - 1;
        }
      } else {
        out->push_back(c);
      }
    }
  }

  // Parses attributes from `from` up to the tag's '>'.  Returns the offset
  // after '>' (or npos on a malformed tag); *self_closing set for "/>".
  size_t ParseAttributes(size_t from, bool* self_closing, std::string* err) {
    std::string_view b(buf_);
    attrs_.clear();
    *self_closing = false;
    size_t i = from;
    for (;;) {
      while (i < b.size() && IsXmlSpace(b[i])) ++i;
      if (i >= b.size()) {
        *err = "unterminated <Sentence> tag";
        return std::string_view::npos;
      }
      if (b[i] == '>') return i + 1;
      if (b[i] == '/' && i + 1 < b.size() && b[i + 1] == '>') {
        *self_closing = true;
        return i + 2;
      }
      size_t nb = i;
      while (i < b.size() && IsNameChar(b[i])) ++i;
      if (i == nb) {
        *err = "unexpected '" + std::string(1, b[i]) + "' in <Sentence> tag";
        return std::string_view::npos;
      }
      std::string_view name = b.substr(nb, i - nb);
      while (i < b.size() && IsXmlSpace(b[i])) ++i;
      if (i >= b.size() || b[i] != '=') {
        *err = "attribute " + std::string(name) + " has no value";
        return std::string_view::npos;
      }
      ++i;
      while (i < b.size() && IsXmlSpace(b[i])) ++i;
      size_t vb, ve;
      if (i < b.size() && (b[i] == '"' || b[i] == '\'')) {
        char q = b[i];
        vb = i + 1;
        ve = b.find(q, vb);
        if (ve == std::string_view::npos) {
          *err = "unterminated value of attribute " + std::string(name);
          return std::string_view::npos;
        }
        i = ve + 1;
      } else {
        vb = i;
        while (i < b.size() && !IsXmlSpace(b[i]) && b[i] != '>') ++i;
        ve = i;
        if (ve == vb) {
          *err = "attribute " + std::string(name) + " has no value";
          return std::string_view::npos;
        }
      }
      std::string value;
      AppendText(vb, ve, &value);
      if (!value.empty() && value.back() == ' ') value.pop_back();
      attrs_.emplace_back(std::string(name), std::move(value));
    }
  }

  const std::string* Attr(std::string_view name) const {
    for (const auto& [k, v] : attrs_)
      if (EqualsIgnoreCase(k, name)) return &v;
    return nullptr;
  }

  // Reads one <Sentence> record whose name ends at `after_name`.
  Status ReadSentence(size_t after_name, Document* doc) {
    std::string_view b(buf_);
    size_t start = pos_;
    bool self_closing;
    std::string err;
    size_t i = ParseAttributes(after_name, &self_closing, &err);
    if (i == std::string_view::npos) {
      // Resume after this tag, or at the next '<'.
      size_t next = b.find('<', after_name);
      pos_ = next == std::string_view::npos ? b.size() : next;
      return Error(start, err);
    }
    const std::string* id_attr = Attr("id");
    std::string label = id_attr ? "<Sentence id=\"" + *id_attr + "\">"
                                : std::string("<Sentence>");
    if (self_closing) {
      pos_ = i;
      return Error(start, label + " has no <Text>");
    }
    ResetDocument(doc);
    parse_begin_ = parse_end_ = 0;
    bool have_text = false;
    for (;;) {
      size_t lt = b.find('<', i);
      if (lt == std::string_view::npos) {
        pos_ = b.size();
        return Error(start, label + " is not closed by </Sentence>");
      }
      pos_ = lt;
      Status s;
      if (SkipMarkup(&s)) {
        if (!s.ok()) return s;
        i = pos_;
        continue;
      }
      bool closing = lt + 1 < b.size() && b[lt + 1] == '/';
      size_t nb = lt + (closing ? 2 : 1), ne = nb;
      while (ne < b.size() && IsNameChar(b[ne])) ++ne;
      std::string_view name = b.substr(nb, ne - nb);
      if (EqualsIgnoreCase(name, "Sentence")) {
        if (!closing) {
          // A new record starts: this one was never closed.  Leave pos_ at
          // the new record so that the next call reads it.
          return Error(start, label + " is not closed by </Sentence>");
        }
        size_t gt = FindTagEnd(ne);
        pos_ = gt == std::string_view::npos ? b.size() : gt + 1;
        break;
      }
      size_t gt = FindTagEnd(ne);
      if (gt == std::string_view::npos) {
        pos_ = b.size();
        return Error(lt, "unterminated tag <" + std::string(name));
      }
      i = gt + 1;
      if (!closing && EqualsIgnoreCase(name, "Parse")) {
        parse_begin_ = i;
        size_t end = b.find('<', i);
        parse_end_ = end == std::string_view::npos ? b.size() : end;
      }
      if (!closing && EqualsIgnoreCase(name, "Text") && b[gt - 1] != '/') {
        // Character data up to </Text>, CDATA sections included.
        for (;;) {
          size_t l2 = b.find('<', i);
          if (l2 == std::string_view::npos) {
            pos_ = b.size();
            return Error(lt, "<Text> is not closed by </Text>");
          }
          AppendText(i, l2, &doc->text);
          std::string_view rest = b.substr(l2);
          if (rest.substr(0, 9) == "<![CDATA[") {
            size_t end = b.find("]]>", l2 + 9);
            if (end == std::string_view::npos) {
              pos_ = b.size();
              return Error(l2, "unterminated CDATA section");
            }
            // CDATA is literal: no entity decoding, whitespace collapsed.
            for (size_t k = l2 + 9; k < end; ++k) {
              char c = b[k];
              if (IsXmlSpace(c)) {
                if (!doc->text.empty() && doc->text.back() != ' ')
                  doc->text.push_back(' ');
              } else {
                doc->text.push_back(c);
              }
            }
            i = end + 3;
            continue;
          }
          if (rest.substr(0, 4) == "<!--") {
            size_t end = b.find("-->", l2 + 4);
            if (end == std::string_view::npos) {
              pos_ = b.size();
              return Error(l2, "unterminated comment");
            }
            i = end + 3;
            continue;
          }
          if (rest.size() >= 6 && rest[1] == '/' &&
              EqualsIgnoreCase(rest.substr(2, 4), "Text")) {
            size_t gt2 = FindTagEnd(l2 + 6);
            i = gt2 == std::string_view::npos ? b.size() : gt2 + 1;
            break;
          }
          // Markup inside <Text> (unexpected): skip the tag, keep its text.
          size_t gt2 = FindTagEnd(l2 + 1);
          if (gt2 == std::string_view::npos) {
            pos_ = b.size();
            return Error(l2, "unterminated tag inside <Text>");
          }
          i = gt2 + 1;
        }
        if (!doc->text.empty() && doc->text.back() != ' ') {
          doc->text.push_back(' ');  // separates several <Text> elements
        }
        have_text = true;
      }
    }
    while (!doc->text.empty() && doc->text.back() == ' ') doc->text.pop_back();
    if (doc->text.empty() && parse_end_ > parse_begin_) {
      // Some PETRARCH files carry the sentence only in its <Parse>.
      TextFromParse(b.substr(parse_begin_, parse_end_ - parse_begin_),
                    &doc->text);
      have_text = !doc->text.empty();
    }
    if (!have_text || doc->text.empty()) {
      ResetDocument(doc);
      return Error(start, label + (have_text ? " has an empty <Text>"
                                             : " has no <Text>"));
    }
    size_t line = LineOf(start);
    if (id_attr && !id_attr->empty()) {
      doc->id = *id_attr;
    } else {
      doc->id = src_.stem + "-" + std::to_string(line);
    }
    doc->date = opts_.default_date;
    if (const std::string* d = Attr("date"); d && !d->empty()) {
      Date date;
      if (Date::Parse(*d, &date)) {
        doc->date = date;
      } else {
        Warn(opts_, src_.name + ":" + std::to_string(line) +
                        ": warning: unreadable date \"" + *d + "\" in " +
                        label + "; " +
                        (opts_.default_date.known()
                             ? "using " + opts_.default_date.ToString()
                             : std::string("date unknown")));
      }
    }
    if (const std::string* s = Attr("source")) doc->source = *s;
    doc->origin = src_.name + ":" + std::to_string(line);
    return Status::OK();
  }

  Source src_;
  ReaderOptions opts_;
  std::string buf_;
  size_t pos_ = 0;
  size_t line_pos_ = 0;
  size_t line_ = 1;
  std::vector<std::pair<std::string, std::string>> attrs_;
  size_t parse_begin_ = 0, parse_end_ = 0;  // <Parse> content
};

}  // namespace

Status NewPetrarchXmlReader(const Source& src, const ReaderOptions& opts,
                            std::unique_ptr<DocumentReader>* out) {
  auto r = std::make_unique<PetrarchXmlReader>(src, opts);
  Status s = r->Load();
  if (!s.ok()) return s;
  *out = std::move(r);
  return Status::OK();
}

}  // namespace khaldun::io_internal
