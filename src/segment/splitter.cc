#include "segment/splitter.h"

#include <algorithm>

#include "segment/abbreviations.h"
#include "segment/boundary_model.h"

namespace khaldun::segment {
namespace {

inline std::string_view Form(std::string_view text, const RawToken& t) {
  return text.substr(t.begin, t.end - t.begin);
}

inline bool IsFinal(const RawToken& t) {
  return t.kind == TokKind::kPeriod || t.kind == TokKind::kQmark ||
         t.kind == TokKind::kEllipsis || t.kind == TokKind::kAbbrev;
}

inline bool IsCloser(const RawToken& t) {
  return t.kind == TokKind::kCloseQuote || t.kind == TokKind::kCloseBracket;
}

inline bool IsClausePunct(std::string_view text, const RawToken& t) {
  if (t.kind != TokKind::kPunct || t.end - t.begin != 1) return false;
  char c = text[t.begin];
  return c == ',' || c == ';' || c == ':';
}

// Does the sentence end after the final token `t` (maybe followed by
// closers), given the next token `nx` on the same line?
bool EndsSentence(std::string_view text, const RawToken& t,
                  const RawToken& nx) {
  switch (t.kind) {
    case TokKind::kPeriod:
      // "(GISB draft).doc": a period glued to what follows is no boundary.
      if (!nx.space_before && !nx.upper_initial &&
          (nx.kind == TokKind::kWord || nx.kind == TokKind::kNumber))
        return false;
      return !IsClausePunct(text, nx) && nx.kind != TokKind::kPeriod;
    case TokKind::kQmark:
      // Also before a lower-case word: in web text that is a new sentence
      // far more often than "Yahoo! and".
      return !IsClausePunct(text, nx);
    case TokKind::kEllipsis:
      return nx.upper_initial || nx.kind == TokKind::kOpenQuote;
    case TokKind::kAbbrev: {
      if (!nx.upper_initial) return false;
      switch (t.abbrev) {
        case AbbrevKind::kTitle:
          return false;
        case AbbrevKind::kInitial:
          // "J. R. R. Tolkien", "George W. Bush", but "... after X. So I"
          return nx.end - nx.begin > 1 && IsSentenceStarter(Form(text, nx));
        case AbbrevKind::kMonth:
          return IsSentenceStarter(Form(text, nx));
        default: {
          std::string_view f = Form(text, t);
          if (f == "etc." || f == "a.m." || f == "p.m." || f == "A.M." ||
              f == "P.M.")
            return nx.end - nx.begin == 1 ? text[nx.begin] == 'I'
                                          : !(text[nx.begin + 1] >= 'A' &&
                                              text[nx.begin + 1] <= 'Z');
          return IsSentenceStarter(Form(text, nx));
        }
      }
    }
    default:
      return false;
  }
}

bool IsTimeToken(std::string_view f) {
  return f.size() >= 4 && f.size() <= 8 && f[0] >= '0' && f[0] <= '9' &&
         f.find(':') != std::string_view::npos;
}

bool IsSlashDate(std::string_view f) {
  if (f.size() < 6 || f.size() > 10 || f[0] < '0' || f[0] > '9') return false;
  return std::count(f.begin(), f.end(), '/') == 2;
}

// A separator line such as "*****", "=====", "_____" or "-----".
bool IsRule(std::string_view text, const RawToken& t) {
  return (t.kind == TokKind::kSymbol || t.kind == TokKind::kDash) &&
         t.end - t.begin >= 5 && text[t.begin] == text[t.end - 1];
}

bool IsGreeting(std::string_view w) {
  return w == "Dear" || w == "Hi" || w == "Hello" || w == "Hey";
}

bool IsSignOff(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "Thanks", "Regards", "Sincerely", "Cheers",
      "Best",   "Thx",     "Cordially", "Respectfully"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

// "8:00 PM ET", "11:30 am Central": the time zone after a time of day.
bool IsTimeZone(std::string_view w) {
  static constexpr std::string_view kZones[] = {
      "ET",  "EST", "EDT",     "CT",      "CST",     "CDT",     "MT",
      "MST", "MDT", "PT",      "PST",     "PDT",     "GMT",     "UTC",
      "BST", "CET", "Central", "Eastern", "Pacific", "Mountain"};
  for (std::string_view z : kZones)
    if (w == z) return true;
  return false;
}

// "Warm regards," "Best wishes,": the noun of a two-word sign-off.
bool IsSignOffNoun(std::string_view w) {
  return w == "regards" || w == "Regards" || w == "wishes" || w == "Wishes" ||
         w == "thanks" || w == "care";
}

// Boundaries without final punctuation, as found in e-mail and web text
// (the line breaks of which are often lost): after a time of day "07:17 AM",
// after an emoticon, after a sign-off "Thanks,", before "Name 04/26/2001
// 07:17 AM" header dates.  `i` is the last token of the candidate sentence
// that began at `start`; the next token is on the same line.
bool NoPunctBoundary(std::string_view text, const std::vector<RawToken>& toks,
                     uint32_t start, uint32_t i) {
  const RawToken& t = toks[i];
  const RawToken& nx = toks[i + 1];
  std::string_view f = Form(text, t);
  // A list of links: one per sentence.
  if (t.kind == TokKind::kUrl && nx.kind == TokKind::kUrl) return true;
  // (Not after an internal address without a dot, "Rice@ENRON", which is
  // usually followed by more of a header or a name.)
  if (t.kind == TokKind::kEmoticon || t.kind == TokKind::kUrl ||
      (t.kind == TokKind::kEmail &&
       f.find('.', f.find('@')) != std::string_view::npos))
    return nx.upper_initial;
  // "Email: Adelia Smith <adelia@x.com> Today's Article": an address in
  // angle brackets ends a header line.
  if (t.kind == TokKind::kSymbol && f == ">" && i > start && !t.space_before &&
      (toks[i - 1].kind == TokKind::kEmail ||
       toks[i - 1].kind == TokKind::kUrl))
    return nx.upper_initial || IsSlashDate(Form(text, nx));
  if (IsRule(text, t) || IsRule(text, nx)) return true;
  // "<< File: budget.xls >> Please review": the end of an attachment note.
  if (t.kind == TokKind::kSymbol && f == ">>" && nx.upper_initial) return true;
  // "Dear All," "Hi John," "Vince -" opening a paragraph.
  if (nx.upper_initial && i > start && i - start <= 3 &&
      (start == 0 || toks[start].newlines_before >= 2)) {
    if (f == "," && IsGreeting(Form(text, toks[start]))) return true;
    // A single title-case word: "Vince -", "Hello -", but not a title
    // ("Good Service - Limited Results", "FYI - See rows").
    if (t.kind == TokKind::kDash && f.size() == 1 && t.space_before &&
        i - start == 1 && toks[start].upper_initial &&
        toks[start].end - toks[start].begin > 1 &&
        text[toks[start].begin + 1] >= 'a' &&
        text[toks[start].begin + 1] <= 'z')
      return true;
  }
  if (t.kind == TokKind::kWord &&
      (f == "AM" || f == "PM" || f == "am" || f == "pm") && i > start &&
      IsTimeToken(Form(text, toks[i - 1])))
    return (nx.upper_initial && !IsTimeZone(Form(text, nx))) ||
           IsSlashDate(Form(text, nx)) || nx.kind == TokKind::kOpenQuote;
  if (IsClausePunct(text, t) && f == "," && nx.upper_initial && i > start &&
      i - start <= 2 &&
      (IsSignOff(Form(text, toks[start])) ||
       IsSignOffNoun(Form(text, toks[i - 1]))))
    return true;
  if (nx.kind == TokKind::kNumber && IsSlashDate(Form(text, nx)) &&
      t.upper_initial && i + 2 < toks.size() &&
      IsTimeToken(Form(text, toks[i + 2])))
    return true;
  return false;
}

// Tokens [start, dot) are an optional bullet ("*", "-", "#") and a number of
// one or two digits: "1", "* 2".
bool IsListNumber(std::string_view text, const std::vector<RawToken>& toks,
                  uint32_t start, uint32_t dot) {
  if (dot == start || toks[dot].space_before) return false;
  const RawToken& num = toks[dot - 1];
  if (num.kind != TokKind::kNumber || num.end - num.begin > 2) return false;
  for (uint32_t k = num.begin; k < num.end; ++k)
    if (text[k] < '0' || text[k] > '9') return false;
  uint32_t first = dot - 1;
  if (first > start) {
    const RawToken& b = toks[first - 1];
    if (b.kind != TokKind::kSymbol && b.kind != TokKind::kDash) return false;
    --first;
  }
  return first == start;
}

uint32_t LineStart(std::string_view text, uint32_t pos) {
  while (pos > 0 && text[pos - 1] != '\n') --pos;
  return pos;
}

uint32_t MaxLineLength(std::string_view text) {
  uint32_t best = 0;
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    best = std::max<uint32_t>(best, static_cast<uint32_t>(e - b));
    b = e + 1;
  }
  return best;
}

}  // namespace

bool IsHardWrapped(std::string_view /*text*/,
                   const std::vector<RawToken>& tokens) {
  int breaks = 0;
  int soft = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].newlines_before != 1) continue;
    ++breaks;
    const RawToken& prev = tokens[i - 1];
    if (!IsFinal(prev) && !IsCloser(prev) && tokens[i].lower_initial) ++soft;
  }
  return soft >= 2 && soft * 4 >= breaks;
}

bool ModelGapDecider::Split(std::string_view text,
                            const std::vector<RawToken>& toks, uint32_t start,
                            uint32_t i, const SentenceSoFar& so_far) {
  thread_local std::vector<uint32_t> features;
  GapFeatures(text, toks, start, i, so_far, &features);
  return model_.Split(features);
}

void SplitSentences(std::string_view text, const std::vector<RawToken>& toks,
                    bool first_at_line_start, std::vector<SentenceRange>* out) {
  ModelGapDecider decider(BoundaryModel::Builtin());
  SplitSentences(text, toks, first_at_line_start,
                 BoundaryModel::Builtin().empty() ? nullptr : &decider, out);
}

void SplitSentences(std::string_view text, const std::vector<RawToken>& toks,
                    bool first_at_line_start, GapDecider* decider,
                    std::vector<SentenceRange>* out) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  if (n == 0) return;
  const bool wrapped = IsHardWrapped(text, toks);
  const uint32_t max_line = wrapped ? MaxLineLength(text) : 0;
  uint32_t line_begin = LineStart(text, toks[0].begin);

  // Is a single line break after token i a boundary?
  auto line_break_ends = [&](uint32_t i) {
    if (!wrapped) return true;
    // In wrapped text only a short line (a heading, a list item, the last
    // line of a paragraph) followed by a capital ends at the break.
    const RawToken& t = toks[i];
    uint32_t len = t.end - line_begin;
    return len * 10 < max_line * 6 && toks[i + 1].upper_initial &&
           !IsClausePunct(text, t) && t.kind != TokKind::kDash;
  };

  uint32_t start = 0;
  SentenceSoFar so_far;
  for (uint32_t i = 0; i < n; ++i) {
    if (i > 0 && toks[i].newlines_before > 0)
      line_begin = LineStart(text, toks[i].begin);
    so_far.lower_word |=
        toks[i].kind == TokKind::kWord && toks[i].lower_initial;
    so_far.content |=
        toks[i].kind == TokKind::kWord || toks[i].kind == TokKind::kNumber ||
        toks[i].kind == TokKind::kAbbrev || toks[i].kind == TokKind::kUrl ||
        toks[i].kind == TokKind::kEmail;
    so_far.colon |= toks[i].kind == TokKind::kPunct &&
                    toks[i].end - toks[i].begin == 1 &&
                    text[toks[i].begin] == ':';
    uint32_t last = i;
    bool end_here = false;
    if (IsFinal(toks[i])) {
      while (last + 1 < n && IsCloser(toks[last + 1]) &&
             !toks[last + 1].space_before)
        ++last;
      // "(I will need a rest!)." "Thanks for the heads up. ?": a period or
      // question mark after the final punctuation (and its closers) belongs
      // to the same sentence.
      while (last + 1 < n && toks[last + 1].newlines_before == 0 &&
             (toks[last + 1].kind == TokKind::kPeriod ||
              toks[last + 1].kind == TokKind::kQmark))
        ++last;
      // "I love her. :)": an emoticon after the final punctuation, on the
      // same line, belongs to the sentence it comments on.
      while (last + 1 < n && toks[last + 1].kind == TokKind::kEmoticon &&
             toks[last + 1].newlines_before == 0 &&
             EndsSentence(text, toks[i], toks[last + 1]))
        ++last;
    }
    if (last + 1 == n) {
      end_here = true;
    } else {
      const RawToken& nx = toks[last + 1];
      if (nx.newlines_before >= 2) {
        end_here = true;
      } else if (nx.newlines_before == 1 && line_break_ends(last)) {
        end_here = true;
      } else if (IsFinal(toks[i])) {
        end_here = EndsSentence(text, toks[i], nx);
        // '"Why are we here?" he asked': a quoted question or exclamation
        // followed by a lower-case word continues the sentence.
        if (toks[i].kind == TokKind::kQmark && nx.lower_initial &&
            toks[last].kind == TokKind::kCloseQuote)
          end_here = false;
      } else {
        end_here = NoPunctBoundary(text, toks, start, last);
      }
      // Gaps the rules leave open: the trained model decides.
      if (!end_here && decider != nullptr &&
          IsGapCandidate(toks[last], nx, so_far))
        end_here = decider->Split(text, toks, start, last, so_far);
    }
    // "1. The pricing ...", "* 2. The second ...": a list number is no
    // sentence of its own.
    if (end_here && last + 1 < n && toks[last + 1].newlines_before < 2 &&
        toks[i].kind == TokKind::kPeriod && IsListNumber(text, toks, start, i))
      end_here = false;
    // "... Now comes the fun part": an ellipsis opening a sentence is no
    // sentence of its own.
    if (end_here && last == start && toks[start].kind == TokKind::kEllipsis &&
        last + 1 < n && toks[last + 1].newlines_before < 2)
      end_here = false;
    if (!end_here) continue;

    SentenceRange r;
    r.first = start;
    r.last = last + 1;
    bool at_line_start =
        start == 0 ? first_at_line_start : toks[start].newlines_before > 0;
    bool at_line_end = last + 1 == n || toks[last + 1].newlines_before > 0;
    if (at_line_start && at_line_end) {
      uint32_t f = last;
      while (f > start && IsCloser(toks[f])) --f;
      const RawToken& fin = toks[f];
      bool punct_end = IsFinal(fin) || IsClausePunct(text, fin);
      bool has_word = false;
      for (uint32_t k = start; k <= last && !has_word; ++k)
        has_word = toks[k].kind == TokKind::kWord;
      r.heading = !punct_end && has_word;
    }
    out->push_back(r);
    start = last + 1;
    so_far = SentenceSoFar();
    i = last;
  }
}

}  // namespace khaldun::segment
