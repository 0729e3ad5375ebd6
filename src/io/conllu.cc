#include "io/conllu.h"

#include <algorithm>
#include <charconv>

#include "util/status_macros.h"

namespace khaldun {
namespace {

bool ParseIntField(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Splits a line on tabs into at most `max` fields; returns the count (which
// may exceed max when there are more tabs).
int SplitTabs(std::string_view line, std::string_view* fields, int max) {
  int n = 0;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    std::string_view f = line.substr(start, tab == std::string_view::npos
                                                ? std::string_view::npos
                                                : tab - start);
    if (n < max) fields[n] = f;
    ++n;
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return n;
}

bool HasSpaceAfterNo(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    std::string_view item =
        misc.substr(pos, bar == std::string_view::npos ? std::string_view::npos
                                                       : bar - pos);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return false;
}

std::string Underscore(std::string_view s) {
  return s == "_" ? std::string() : std::string(s);
}

// Value of a "# key = value" comment, or false.
bool CommentValue(std::string_view line, std::string_view key,
                  std::string_view* value) {
  std::string_view rest = line.substr(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.substr(0, key.size()) != key) return false;
  rest.remove_prefix(key.size());
  // The key must end here: "newdoc", "newdoc id = x", "newdoc=..." no.
  if (!rest.empty() && rest.front() != ' ' && rest.front() != '=') return false;
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (!rest.empty() && rest.front() == '=') {
    rest.remove_prefix(1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  }
  *value = rest;
  return true;
}

void AppendInt(int v, std::string* out) {
  char buf[16];
  auto r = std::to_chars(buf, buf + sizeof(buf), v);
  out->append(buf, r.ptr);
}

}  // namespace

Status ConlluReader::Open(const std::string& path, bool split_documents,
                          std::unique_ptr<ConlluReader>* out) {
  std::unique_ptr<ConlluReader> r(new ConlluReader());
  KHALDUN_RETURN_IF_ERROR(r->lines_.Open(path));
  r->split_ = split_documents;
  r->stem_ = path == "-" ? std::string("stdin") : FileStem(path);
  *out = std::move(r);
  return Status::OK();
}

bool ConlluReader::ReadBlock(Status* error) {
  pending_ = Block();
  // Paragraph and document breaks of a skipped bad block still hold.
  pending_.newpar = carry_.newpar;
  pending_.newdoc = carry_.newdoc;
  pending_.newdoc_id = std::move(carry_.newdoc_id);
  carry_ = Block();
  *error = Status::OK();
  std::string_view line;
  bool any = false;
  // MWT ranges: first word (1-based), last word, surface, space after.
  struct Range {
    int first, last;
    std::string surface;
    bool space;
    size_t line;
  };
  std::vector<Range> ranges;
  std::string_view f[10];
  while (lines_.Next(&line)) {
    if (line.empty() ||
        line.find_first_not_of(" \t") == std::string_view::npos) {
      if (any) break;
      continue;
    }
    any = true;
    if (!error->ok()) continue;  // skip the rest of a bad block
    auto fail = [&](const std::string& why) {
      *error = Status::InvalidArgument(lines_.Where() + ": " + why);
    };
    if (line[0] == '#') {
      std::string_view v;
      if (CommentValue(line, "newdoc", &v)) {
        pending_.newdoc = true;
        // "# newdoc id = X": v is "id = X".
        if (v.substr(0, 2) == "id") {
          v.remove_prefix(2);
          while (!v.empty() && (v.front() == ' ' || v.front() == '='))
            v.remove_prefix(1);
          pending_.newdoc_id = std::string(v);
        }
      } else if (CommentValue(line, "newpar", &v)) {
        pending_.newpar = true;
      } else if (CommentValue(line, "sent_id", &v)) {
        pending_.sent_id = std::string(v);
      }
      continue;
    }
    int n = SplitTabs(line, f, 10);
    if (n != 10) {
      fail("expected 10 tab-separated columns, found " + std::to_string(n));
      continue;
    }
    std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    int expected = static_cast<int>(pending_.words.size()) + 1;
    if (size_t dash = id.find('-'); dash != std::string_view::npos) {
      int a, b;
      if (!ParseIntField(id.substr(0, dash), &a) ||
          !ParseIntField(id.substr(dash + 1), &b) || b <= a) {
        fail("bad multi-word token id '" + std::string(id) + "'");
        continue;
      }
      if (a != expected) {
        fail("multi-word token " + std::string(id) + " out of sequence");
        continue;
      }
      ranges.push_back({a, b, std::string(f[1]), !HasSpaceAfterNo(f[9]),
                        lines_.line_number()});
      continue;
    }
    int wid;
    if (!ParseIntField(id, &wid)) {
      fail("bad word id '" + std::string(id) + "'");
      continue;
    }
    if (wid != expected) {
      fail("word id " + std::string(id) + " out of sequence (expected " +
           std::to_string(expected) + ")");
      continue;
    }
    if (f[1].empty()) {
      fail("empty FORM");
      continue;
    }
    UPos up;
    if (f[3] != "_" && !ParseUPos(f[3], &up)) {
      fail("unknown UPOS '" + std::string(f[3]) + "'");
      continue;
    }
    int head = 0;
    if (f[6] != "_" && (!ParseIntField(f[6], &head) || head < 0)) {
      fail("bad HEAD '" + std::string(f[6]) + "'");
      continue;
    }
    Word w;
    w.form = std::string(f[1]);
    w.lemma = (f[2] == "_" && f[1] != "_") ? std::string() : std::string(f[2]);
    w.upos = std::string(f[3]);
    w.xpos = Underscore(f[4]);
    w.feats = Underscore(f[5]);
    w.head = std::string(f[6]);
    w.deprel = Underscore(f[7]);
    w.space_after = !HasSpaceAfterNo(f[9]);
    pending_.words.push_back(std::move(w));
  }
  if (!any) return false;
  if (error->ok() && pending_.words.empty())
    *error =
        Status::InvalidArgument(lines_.Where() + ": sentence has no words");
  int nw = static_cast<int>(pending_.words.size());
  if (error->ok()) {
    for (int i = 0; i < nw; ++i) {
      const std::string& h = pending_.words[i].head;
      int head;
      if (h != "_" && ParseIntField(h, &head) && head > nw) {
        *error = Status::InvalidArgument(
            lines_.path() + ":" + std::to_string(lines_.line_number()) +
            ": word " + std::to_string(i + 1) + " has HEAD " + h +
            " beyond the sentence's " + std::to_string(nw) + " words");
        break;
      }
    }
  }
  if (error->ok()) {
    for (Range& r : ranges) {
      if (r.last > nw) {
        *error = Status::InvalidArgument(
            lines_.path() + ":" + std::to_string(r.line) +
            ": multi-word token ends beyond the sentence");
        break;
      }
      Word& first = pending_.words[r.first - 1];
      first.surface = std::move(r.surface);
      first.group_size = r.last - r.first + 1;
      first.group_space = r.space;
      for (int i = r.first - 1; i < r.last - 1; ++i)
        pending_.words[i].fused_with_next = true;
    }
  }
  return true;
}

void ConlluReader::Append(const Block& b) {
  std::string& text = cur_.text;
  if (!text.empty()) {
    if (b.newpar || (b.newdoc && !split_)) {
      text += "\n\n";
    } else if (last_space_after_) {
      text += ' ';
    }
  }
  Sentence s;
  s.id = b.sent_id;
  s.span.begin = static_cast<uint32_t>(text.size());
  s.tokens.resize(b.words.size());
  bool tagged = true, parsed = true;
  size_t i = 0;
  while (i < b.words.size()) {
    const Word& w0 = b.words[i];
    size_t n = static_cast<size_t>(w0.group_size);
    if (n > 1) {
      // Multi-word token: do the word forms spell the surface form?
      std::string concat;
      for (size_t k = 0; k < n; ++k) concat += b.words[i + k].form;
      uint32_t begin = static_cast<uint32_t>(text.size());
      text += w0.surface;
      uint32_t end = static_cast<uint32_t>(text.size());
      bool spelled = concat == w0.surface;
      uint32_t pos = begin;
      for (size_t k = 0; k < n; ++k) {
        Token& t = s.tokens[i + k];
        const Word& w = b.words[i + k];
        if (spelled) {
          t.span = {pos, pos + static_cast<uint32_t>(w.form.size())};
          pos = t.span.end;
        } else {
          t.span = {begin, end};
        }
        t.norm = w.form;
        t.space_after = k + 1 == n ? w0.group_space : false;
      }
      last_space_after_ = w0.group_space;
    } else {
      Token& t = s.tokens[i];
      uint32_t begin = static_cast<uint32_t>(text.size());
      text += w0.form;
      t.span = {begin, static_cast<uint32_t>(text.size())};
      t.norm = w0.form;
      t.space_after = w0.space_after;
      last_space_after_ = w0.space_after;
    }
    if (i + n < b.words.size() && last_space_after_) text += ' ';
    i += n;
  }
  for (size_t k = 0; k < b.words.size(); ++k) {
    const Word& w = b.words[k];
    Token& t = s.tokens[k];
    t.fused_with_next = w.fused_with_next;
    t.lemma = w.lemma;
    if (w.upos == "_") {
      tagged = false;
    } else {
      ParseUPos(w.upos, &t.upos);
    }
    t.xpos = w.xpos;
    t.feats = w.feats;
    if (w.head == "_") {
      parsed = false;
      t.head = -1;
    } else {
      int h = 0;
      ParseIntField(w.head, &h);
      t.head = h - 1;
    }
    t.deprel = w.deprel;
  }
  s.span.end = s.tokens.empty() ? s.span.begin : s.tokens.back().span.end;
  s.tagged = tagged;
  s.parsed = parsed;
  cur_.sentences.push_back(std::move(s));
}

void ConlluReader::Emit(Document* doc) {
  *doc = std::move(cur_);  // re-points the views
  cur_ = Document();
  cur_started_ = false;
  last_space_after_ = true;
}

Status ConlluReader::Next(Document* doc) {
  while (true) {
    if (!have_pending_) {
      if (eof_) return Status::EndOfInput();
      Status err;
      if (!ReadBlock(&err)) {
        eof_ = true;
        if (cur_started_) {
          Emit(doc);
          return Status::OK();
        }
        return Status::EndOfInput();
      }
      if (!err.ok()) {
        ++errors_;
        carry_.newpar = pending_.newpar;
        carry_.newdoc = pending_.newdoc;
        carry_.newdoc_id = std::move(pending_.newdoc_id);
        return err;
      }
      have_pending_ = true;
    }
    if (split_ && pending_.newdoc && cur_started_) {
      Emit(doc);
      return Status::OK();
    }
    if (!cur_started_) {
      cur_started_ = true;
      if (!split_) {
        cur_.id = stem_;
      } else if (!pending_.newdoc_id.empty()) {
        cur_.id = pending_.newdoc_id;
      } else {
        cur_.id = stem_ + "-" + std::to_string(++doc_counter_);
      }
      cur_.origin = lines_.path();
    }
    Append(pending_);
    have_pending_ = false;
  }
}

Status ReadConlluFile(const std::string& path, std::vector<Document>* docs) {
  std::unique_ptr<ConlluReader> r;
  Status s = ConlluReader::Open(path, /*split_documents=*/true, &r);
  if (!s.ok()) return s;
  Document d;
  while (!(s = r->Next(&d)).IsEndOfInput()) {
    if (!s.ok()) return s;
    docs->push_back(std::move(d));
  }
  return Status::OK();
}

void WriteConllu(const Document& doc, std::string* out) {
  std::string_view text(doc.text);
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (si == 0 && !doc.id.empty()) {
      *out += "# newdoc id = ";
      *out += doc.id;
      *out += '\n';
    }
    if (si > 0) {
      uint32_t prev_end = doc.sentences[si - 1].span.end;
      if (prev_end <= s.span.begin && s.span.begin <= text.size() &&
          text.substr(prev_end, s.span.begin - prev_end).find("\n\n") !=
              std::string_view::npos)
        *out += "# newpar\n";
    }
    *out += "# sent_id = ";
    if (s.id.empty()) {
      AppendInt(static_cast<int>(si + 1), out);
    } else {
      *out += s.id;
    }
    *out += '\n';
    Span span = s.span;
    if (span.empty() && !s.tokens.empty())
      span = {s.tokens.front().span.begin, s.tokens.back().span.end};
    *out += "# text = ";
    for (char c : doc.slice(span))
      *out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    *out += '\n';
    const size_t n = s.tokens.size();
    size_t group_end = 0;  // exclusive end of the current fused group
    bool group_spelled = true;
    for (size_t i = 0; i < n; ++i) {
      const Token& t = s.tokens[i];
      if (i >= group_end && t.fused_with_next && i + 1 < n) {
        size_t k = i;
        while (k + 1 < n && s.tokens[k].fused_with_next) ++k;
        group_end = k + 1;
        group_spelled = true;
        uint32_t end = t.span.end;
        for (size_t j = i; j < group_end; ++j) {
          end = std::max(end, s.tokens[j].span.end);
          if (j > i && s.tokens[j].span.begin != s.tokens[j - 1].span.end)
            group_spelled = false;
        }
        AppendInt(static_cast<int>(i + 1), out);
        *out += '-';
        AppendInt(static_cast<int>(group_end), out);
        *out += '\t';
        *out += text.substr(t.span.begin, end - t.span.begin);
        *out += "\t_\t_\t_\t_\t_\t_\t_\t";
        *out += s.tokens[k].space_after ? "_" : "SpaceAfter=No";
        *out += '\n';
      }
      bool in_group = i < group_end;
      AppendInt(static_cast<int>(i + 1), out);
      *out += '\t';
      if (in_group && !group_spelled && !t.norm.empty()) {
        *out += t.norm;
      } else {
        *out += t.form;
      }
      *out += '\t';
      *out += t.lemma.empty() ? "_" : t.lemma;
      *out += '\t';
      *out += s.tagged ? UPosName(t.upos) : std::string_view("_");
      *out += '\t';
      *out += t.xpos.empty() ? "_" : t.xpos;
      *out += '\t';
      *out += t.feats.empty() ? "_" : t.feats;
      *out += '\t';
      if (s.parsed) {
        AppendInt(t.head + 1, out);
        *out += '\t';
        *out += t.deprel.empty() ? "_" : t.deprel;
      } else {
        *out += "_\t_";
      }
      *out += "\t_\t";
      *out += (!in_group && !t.space_after) ? "SpaceAfter=No" : "_";
      *out += '\n';
    }
    *out += '\n';
  }
}

}  // namespace khaldun
