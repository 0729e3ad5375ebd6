#include "khaldun/segmenter.h"

#include <limits>

#include "io/utf8.h"
#include "segment/dateline.h"
#include "segment/splitter.h"
#include "segment/tokenizer.h"
#include "segment/unicode.h"

namespace khaldun {

using segment::AbbrevKind;
using segment::RawToken;
using segment::SentenceRange;
using segment::TokKind;

namespace {

bool IsWhiteAt(std::string_view text, uint32_t pos) {
  if (pos >= text.size()) return false;
  int len;
  uint32_t cp =
      segment::DecodeUtf8(text.data() + pos, text.data() + text.size(), &len);
  return segment::IsSpaceOrNewline(segment::Classify(cp));
}

segment::TokenizerOptions TokOptions(const SegmenterOptions& o) {
  segment::TokenizerOptions t;
  t.split_hyphens = o.split_hyphens;
  t.split_clitics = o.split_clitics;
  return t;
}

void AddToken(std::string_view text, uint32_t b, uint32_t e, bool fused,
              std::vector<Token>* out) {
  Token& t = out->emplace_back();
  t.span = Span{b, e};
  t.form = text.substr(b, e - b);
  AppendNormalized(t.form, &t.norm);
  t.space_after = IsWhiteAt(text, e);
  t.fused_with_next = fused;
}

// Converts raw tokens [first, last) to Tokens; a final abbreviation (the
// last token before closing quotes/brackets) gives up its period.
void BuildTokens(std::string_view text, const std::vector<RawToken>& raw,
                 uint32_t first, uint32_t last, std::vector<Token>* out) {
  uint32_t fin = last;
  while (fin > first) {
    TokKind k = raw[fin - 1].kind;
    if (k != TokKind::kCloseQuote && k != TokKind::kCloseBracket) break;
    --fin;
  }
  uint32_t split = fin > first && raw[fin - 1].kind == TokKind::kAbbrev &&
                           raw[fin - 1].end - raw[fin - 1].begin > 1
                       ? fin - 1
                       : last;
  out->reserve(out->size() + (last - first) + (split < last ? 1 : 0));
  for (uint32_t i = first; i < last; ++i) {
    const RawToken& r = raw[i];
    if (i == split) {
      AddToken(text, r.begin, r.end - 1, false, out);
      AddToken(text, r.end - 1, r.end, false, out);
    } else {
      AddToken(text, r.begin, r.end, r.fused_with_next, out);
    }
  }
}

}  // namespace

void AppendNormalized(std::string_view form, std::string* out) {
  bool ascii = true;
  for (char c : form) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    if (form == "``" || form == "''") {
      out->push_back('"');
    } else {
      out->append(form);
    }
    return;
  }
  const size_t start_size = out->size();
  const char* p = form.data();
  const char* end = p + form.size();
  while (p < end) {
    int len;
    uint32_t cp = segment::DecodeUtf8(p, end, &len);
    switch (cp) {
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
      case 0x2035:
      case 0x2039:
      case 0x203A:
      case 0x00B4:
      case 0x02BC:
      case 0xFF07:
        out->push_back('\'');
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x2033:
      case 0x2036:
      case 0x00AB:
      case 0x00BB:
      case 0xFF02:
        out->push_back('"');
        break;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2212:
      case 0xFE63:
      case 0xFF0D:
        out->push_back('-');
        break;
      case 0x2014:
      case 0x2015:
        out->append("--");
        break;
      case 0x2026:
        out->append("...");
        break;
      case 0x2044:
      case 0x2215:
        out->push_back('/');
        break;
      case 0x00AD:  // soft hyphen: invisible
        break;
      case 0x3002:
        out->push_back('.');
        break;
      case 0x3001:
        out->push_back(',');
        break;
      default:
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
          out->push_back(static_cast<char>(cp - 0xFEE0));  // full width
        } else if (cp == segment::kReplacementChar) {
          AppendUtf8(cp, out);  // also for invalid bytes: norm stays valid
        } else {
          out->append(p, len);
        }
    }
    p += len;
  }
  // A token made only of invisible characters keeps its form.
  if (out->size() == start_size) out->append(form);
  // ‘’ ’’ (two single quotes as one double quote) -> ", as for ''.
  if (out->size() == start_size + 2 && (*out)[start_size] == '\'' &&
      (*out)[start_size + 1] == '\'') {
    out->resize(start_size);
    out->push_back('"');
  }
}

std::string NormalizeToken(std::string_view form) {
  std::string s;
  AppendNormalized(form, &s);
  return s;
}

Segmenter::Segmenter() = default;
Segmenter::Segmenter(const SegmenterOptions& options) : options_(options) {}

void Segmenter::Segment(Document* doc) const {
  doc->dateline = Dateline();
  doc->sentences.clear();
  std::string_view text = doc->text;
  // Spans are 32-bit: a (pathological) text over 4 GiB is cut there.
  if (text.size() > std::numeric_limits<uint32_t>::max())
    text = text.substr(0, std::numeric_limits<uint32_t>::max());
  thread_local std::vector<RawToken> raw;
  thread_local std::vector<SentenceRange> ranges;
  const segment::TokenizerOptions topt = TokOptions(options_);
  auto run = [&](uint32_t begin, uint32_t end, bool at_line_start) {
    raw.clear();
    ranges.clear();
    segment::TokenizeRange(text, begin, end, topt, &raw);
    if (raw.empty()) return;
    if (!at_line_start) raw[0].newlines_before = 0;
    segment::SplitSentences(text, raw, at_line_start, &ranges);
    for (const SentenceRange& r : ranges) {
      Sentence& s = doc->sentences.emplace_back();
      BuildTokens(text, raw, r.first, r.last, &s.tokens);
      s.span = Span{raw[r.first].begin, raw[r.last - 1].end};
      s.is_heading = r.heading;
    }
  };
  const uint32_t size = static_cast<uint32_t>(text.size());
  if (options_.detect_dateline &&
      segment::DetectDateline(text, &doc->dateline)) {
    // Headings above the dateline, then the text after it.
    run(0, doc->dateline.span.begin, true);
    run(doc->dateline.span.end, size, false);
  } else {
    run(0, size, true);
  }
  if (raw.capacity() > (1u << 20)) std::vector<RawToken>().swap(raw);
}

void Segmenter::Tokenize(std::string_view text, Span span,
                         std::vector<Token>* out) const {
  thread_local std::vector<RawToken> raw;
  raw.clear();
  segment::TokenizeRange(text, span.begin, span.end, TokOptions(options_),
                         &raw);
  if (raw.empty()) return;
  BuildTokens(text, raw, 0, static_cast<uint32_t>(raw.size()), out);
}

}  // namespace khaldun
