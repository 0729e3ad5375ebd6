#include "segment/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "segment/abbreviations.h"
#include "segment/unicode.h"

namespace khaldun::segment {
namespace {

struct Char {
  uint32_t cp = 0;
  int len = 0;  // 0 at the end of the range
  CharClass cls = CharClass::kSpace;
};

inline char Lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Case-insensitive ASCII comparison of s with lower-case `lit`.
inline bool EqualsLower(std::string_view s, std::string_view lit) {
  if (s.size() != lit.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (Lower(s[i]) != lit[i]) return false;
  return true;
}

inline bool StartsWithLower(std::string_view s, std::string_view lit) {
  return s.size() >= lit.size() && EqualsLower(s.substr(0, lit.size()), lit);
}

// Word prefixes that EWT keeps attached to the following hyphen
// (e-mail, non-human, pre-war, ...).
bool IsEwtHyphenPrefix(std::string_view w) {
  static constexpr std::string_view kPrefixes[] = {
      "e",     "co",    "pre",   "post",  "non",  "anti",   "pro",   "mid",
      "ex",    "re",    "semi",  "multi", "over", "sub",    "un",    "counter",
      "inter", "intra", "trans", "cyber", "neo",  "psycho", "socio", "cross"};
  for (std::string_view p : kPrefixes)
    if (EqualsLower(w, p)) return true;
  return false;
}

// Unit words split from a preceding number ("5pm" -> 5 pm).
bool IsUnitSuffix(std::string_view w) {
  static constexpr std::string_view kUnits[] = {
      "am", "pm",  "kg", "km",  "mm",  "cm",   "lb",  "lbs", "mph", "ft",
      "mg", "ml",  "gb", "mb",  "kb",  "tb",   "ghz", "mhz", "hz",  "kmh",
      "hr", "hrs", "yr", "yrs", "min", "mins", "sec", "secs"};
  for (std::string_view u : kUnits)
    if (EqualsLower(w, u)) return true;
  // Thousands, millions, billions: "65k" "10K" "50m" "3bn" (but "3M", a
  // company, stays whole).
  return w == "k" || w == "K" || w == "m" || w == "b" || w == "bn";
}

// Apostrophe-less contractions that EWT splits: "dont" -> do|nt.  Returns
// the length of the first word, or 0.  (Words are compared as lower-case
// ASCII packed into a uint64_t: one pass over the word, then integer
// compares.)
constexpr uint64_t PackWord(std::string_view w) {
  uint64_t v = 0;
  for (size_t i = 0; i < w.size(); ++i)
    v |= static_cast<uint64_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return v;
}

size_t ApostropheLessSplit(std::string_view w) {
  struct Entry {
    uint64_t word;
    size_t first;
  };
  static constexpr Entry kEntries[] = {
      {PackWord("cannot"), 3},   {PackWord("gonna"), 3},
      {PackWord("wanna"), 3},    {PackWord("gotta"), 3},
      {PackWord("dont"), 2},     {PackWord("doesnt"), 4},
      {PackWord("didnt"), 3},    {PackWord("isnt"), 2},
      {PackWord("wasnt"), 3},    {PackWord("arent"), 3},
      {PackWord("werent"), 4},   {PackWord("havent"), 4},
      {PackWord("hasnt"), 3},    {PackWord("hadnt"), 3},
      {PackWord("couldnt"), 5},  {PackWord("wouldnt"), 5},
      {PackWord("shouldnt"), 6}, {PackWord("wont"), 2},
      {PackWord("aint"), 2},     {PackWord("mustnt"), 4},
      {PackWord("im"), 1},       {PackWord("ive"), 1},
      {PackWord("cant"), 2},     {PackWord("thats"), 4},
      {PackWord("whats"), 4},    {PackWord("theres"), 5},
      {PackWord("hes"), 2},      {PackWord("shes"), 3},
      {PackWord("youre"), 3},    {PackWord("theyre"), 4},
      {PackWord("youve"), 3},    {PackWord("weve"), 2},
      {PackWord("theyve"), 4},   {PackWord("youll"), 3},
      {PackWord("theyll"), 4},   {PackWord("outta"), 3}};
  if (w.size() < 2 || w.size() > 8) return 0;
  // Every entry ends in one of these letters: most words leave here.
  switch (Lower(w.back())) {
    case 't':
    case 'a':
    case 'm':
    case 'e':
    case 's':
    case 'l':
      break;
    default:
      return 0;
  }
  uint64_t v = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = Lower(w[i]);
    if (c < 'a' || c > 'z') return 0;
    v |= static_cast<uint64_t>(static_cast<unsigned char>(c)) << (8 * i);
  }
  for (const Entry& e : kEntries)
    if (e.word == v) return e.first;
  return 0;
}

class Scanner {
 public:
  Scanner(std::string_view text, uint32_t begin, uint32_t end,
          const TokenizerOptions& options, std::vector<RawToken>* out)
      : s_(text.data()),
        text_(text),
        begin_(begin),
        end_(end),
        opt_(options),
        out_(out) {}

  void Run() {
    uint8_t newlines = 0;
    bool space = true;
    uint32_t pos = begin_;
    while (pos < end_) {
      Char c = At(pos);
      if (c.cls == CharClass::kNewline) {
        if (newlines < 2) ++newlines;
        space = true;
        open_single_ = false;
        pos += c.len;
        continue;
      }
      if (c.cls == CharClass::kSpace) {
        space = true;
        pos += c.len;
        continue;
      }
      size_t first = out_->size();
      space_before_ = space;
      pos = ScanToken(pos, c);
      RawToken& t = (*out_)[first];
      t.newlines_before = newlines;
      t.space_before = space;
      newlines = 0;
      space = false;
    }
  }

 private:
  Char At(uint32_t pos) const {
    Char c;
    if (pos >= end_) return c;
    c.cp = DecodeUtf8(s_ + pos, s_ + end_, &c.len);
    c.cls = Classify(c.cp);
    return c;
  }
  // Class of the code point ending just before `pos` (kSpace at the start).
  CharClass ClassBefore(uint32_t pos) const {
    if (pos <= begin_) return CharClass::kSpace;
    uint32_t p = pos - 1;
    while (p > begin_ && (static_cast<unsigned char>(s_[p]) & 0xC0) == 0x80)
      --p;
    return At(p).cls;
  }
  bool IsAlnumAt(uint32_t pos) const { return IsAlnum(At(pos).cls); }

  void Emit(uint32_t b, uint32_t e, TokKind kind,
            AbbrevKind abbrev = AbbrevKind::kNone, bool fused = false) {
    RawToken t;
    t.begin = b;
    t.end = e;
    t.kind = kind;
    t.abbrev = abbrev;
    t.fused_with_next = fused;
    CharClass c = At(b).cls;
    t.upper_initial = c == CharClass::kUpper;
    t.lower_initial = c == CharClass::kLower;
    out_->push_back(t);
    if (kind == TokKind::kOpenQuote || kind == TokKind::kCloseQuote) {
      // Track single quotes so that a trailing apostrophe (Dems') is read as
      // a closing quote when a single quote is open.
      uint32_t cp = At(b).cp;
      bool single = cp == '\'' || cp == 0x2018 || cp == 0x2019;
      if (single && e - b <= 3) open_single_ = kind == TokKind::kOpenQuote;
    }
  }

  // Byte length of a run of code point cp starting at pos.
  uint32_t RunOf(uint32_t pos, uint32_t cp) const {
    uint32_t p = pos;
    while (p < end_) {
      Char c = At(p);
      if (c.cp != cp) break;
      p += c.len;
    }
    return p - pos;
  }

  uint32_t ScanToken(uint32_t pos, Char c) {
    if (IsAlnum(c.cls)) {
      if (uint32_t e = MatchUrl(pos)) {
        Emit(pos, e, TokKind::kUrl);
        return e;
      }
      if (uint32_t e = MatchEmail(pos)) {
        Emit(pos, e, TokKind::kEmail);
        return e;
      }
      return ScanWord(pos, pos);
    }
    if (uint32_t e = MatchEmoticon(pos)) {
      Emit(pos, e, TokKind::kEmoticon);
      return e;
    }
    uint32_t cp = c.cp;
    uint32_t next = pos + c.len;
    if (IsApostrophe(cp) && space_before_) {
      if (uint32_t e = MatchLeadingApostropheWord(next)) {
        Emit(pos, e, TokKind::kWord);
        return e;
      }
    }
    // "$$$": a run of dollar signs is one symbol.
    if (cp == '$' && next < end_ && s_[next] == '$') {
      uint32_t e = pos + RunOf(pos, '$');
      Emit(pos, e, TokKind::kSymbol);
      return e;
    }
    // "==----" "---=": a separator mixing '-' and '=' is one token.
    if (cp == '-' || cp == '=') {
      uint32_t e = pos;
      bool dash = false, eq = false;
      while (e < end_ && (s_[e] == '-' || s_[e] == '=')) {
        dash = dash || s_[e] == '-';
        eq = eq || s_[e] == '=';
        ++e;
      }
      if (dash && eq && e - pos >= 3) {
        Emit(pos, e, TokKind::kSymbol);
        return e;
      }
    }
    switch (cp) {
      case '.': {
        uint32_t e = pos + RunOf(pos, '.');
        // "(GISB draft).doc": a (lower-case) file extension after a bracket
        // is one token.
        if (e == next && pos > begin_ && s_[pos - 1] == ')') {
          uint32_t q = next;
          while (q < end_ && q - next < 5 && s_[q] >= 'a' && s_[q] <= 'z') ++q;
          if (q - next >= 2 && q - next <= 4 && !IsAlnumAt(q)) {
            Emit(pos, q, TokKind::kWord);
            return q;
          }
        }
        // ".?" ".!": one token, as in EWT ("Word format.?").
        if (e == next && e < end_ && (s_[e] == '?' || s_[e] == '!')) {
          while (e < end_ && (s_[e] == '?' || s_[e] == '!')) ++e;
          Emit(pos, e, TokKind::kQmark);
          return e;
        }
        while (e < end_ && At(e).cp == 0x2026) e += 3;
        Emit(pos, e, e - pos >= 2 ? TokKind::kEllipsis : TokKind::kPeriod);
        return e;
      }
      case 0x2026: {  // …
        uint32_t e = next;
        for (;;) {
          Char d = At(e);
          if (d.cp != '.' && d.cp != 0x2026) break;
          e += d.len;
        }
        Emit(pos, e, TokKind::kEllipsis);
        return e;
      }
      case '?':
      case '!':
      case 0x203C:    // ‼
      case 0x2047:    // ⁇
      case 0x2048:    // ⁈
      case 0x2049: {  // ⁉
        uint32_t e = next;
        for (;;) {
          Char d = At(e);
          if (d.cp != '?' && d.cp != '!' &&
              !(d.cp >= 0x2047 && d.cp <= 0x2049) && d.cp != 0x203C)
            break;
          e += d.len;
        }
        Emit(pos, e, TokKind::kQmark);
        return e;
      }
      case '-': {
        uint32_t e = pos + RunOf(pos, '-');
        Emit(pos, e, TokKind::kDash);
        return e;
      }
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212: {
        uint32_t e = pos + RunOf(pos, cp);
        Emit(pos, e, TokKind::kDash);
        return e;
      }
      case '`': {
        uint32_t e = pos + std::min<uint32_t>(RunOf(pos, '`'), 2);
        Emit(pos, e, TokKind::kOpenQuote);
        return e;
      }
      case '\'':
      case '"': {
        uint32_t e = next;
        if (cp == '\'' && At(next).cp == '\'') e = next + 1;  // ''
        Emit(pos, e,
             IsOpeningQuote(pos, e) ? TokKind::kOpenQuote
                                    : TokKind::kCloseQuote);
        return e;
      }
      case 0x201C:  // “
      case 0x201E:  // „
      case 0x201F:  // ‟
      case 0x00AB:  // «
      case 0x2039:  // ‹
      case 0x2018:  // ‘
        // ‘’ ‘‘ ’’: two single quotes standing for a double quote are one
        // token, as in EWT.
        if (At(next).cp == 0x2018 || At(next).cp == 0x2019) {
          uint32_t e = next + At(next).len;
          Emit(pos, e, TokKind::kOpenQuote);
          return e;
        }
        [[fallthrough]];
      case 0x201A:  // ‚
      case 0x201B:  // ‛
        Emit(pos, next, TokKind::kOpenQuote);
        return next;
      case 0x201D:  // ”
      case 0x00BB:  // »
      case 0x203A:  // ›
        Emit(pos, next, TokKind::kCloseQuote);
        return next;
      case 0x2019:  // ’ as a quote (an apostrophe inside words is handled
                    // by ScanWord)
        if (At(next).cp == 0x2019) {
          uint32_t e = next + At(next).len;
          Emit(pos, e,
               IsOpeningQuote(pos, e) ? TokKind::kOpenQuote
                                      : TokKind::kCloseQuote);
          return e;
        }
        Emit(pos, next,
             IsOpeningQuote(pos, next) ? TokKind::kOpenQuote
                                       : TokKind::kCloseQuote);
        return next;
      case '(':
      case '[':
      case '{':
        Emit(pos, next, TokKind::kOpenBracket);
        return next;
      case ')':
      case ']':
      case '}':
        Emit(pos, next, TokKind::kCloseBracket);
        return next;
      case '+':
        if (space_before_ && IsDigitAt(next)) return ScanWord(pos, next);
        [[fallthrough]];
      case '<':
      case '>':
      case '*':
      case '=':
      case '_':
      case '~':
      case '#':
      case '^':
      case '|':
      case '\\':
      case '/': {
        uint32_t e = pos + RunOf(pos, cp);
        Emit(pos, e, cp == '/' ? TokKind::kPunct : TokKind::kSymbol);
        return e;
      }
      case ':':
        // "Direct Dial:? 203...": a question mark glued to a colon (a
        // mangled non-breaking space in e-mail) is one token, as in EWT.
        if (next < end_ && s_[next] == '?' &&
            (next + 1 == end_ || IsSpaceAt(next + 1))) {
          Emit(pos, next + 1, TokKind::kPunct);
          return next + 1;
        }
        [[fallthrough]];
      case ',':
      case ';':
        Emit(pos, next, TokKind::kPunct);
        return next;
      default:
        break;
    }
    Emit(pos, next,
         c.cls == CharClass::kPunct ? TokKind::kPunct : TokKind::kSymbol);
    return next;
  }

  bool IsSpaceAt(uint32_t pos) const {
    return pos < end_ && (s_[pos] == ' ' || s_[pos] == '\t' ||
                          s_[pos] == '\n' || s_[pos] == '\r');
  }

  bool IsDigitAt(uint32_t pos) const {
    return pos < end_ && s_[pos] >= '0' && s_[pos] <= '9';
  }

  // A straight or ambiguous quote at [b, e) opens when it follows white
  // space or an opening bracket/quote and is followed by a non-space.
  bool IsOpeningQuote(uint32_t b, uint32_t e) const {
    bool after_open = space_before_;
    if (!after_open && !out_->empty()) {
      const RawToken& prev = out_->back();
      after_open = prev.end == b && (prev.kind == TokKind::kOpenBracket ||
                                     prev.kind == TokKind::kOpenQuote ||
                                     prev.kind == TokKind::kDash);
    }
    if (!after_open) return false;
    return !IsSpaceOrNewline(At(e).cls);
  }

  // 'em 'cause 'til 'bout 'n '60s after an apostrophe at pos-1.
  uint32_t MatchLeadingApostropheWord(uint32_t pos) const {
    uint32_t p = pos;
    while (p < end_ && IsAlnumAt(p)) ++p;
    if (p == pos || p - pos > 5) return 0;
    if (p < end_ && (s_[p] == '\'' || IsAlnumAt(p))) return 0;
    std::string_view w(s_ + pos, p - pos);
    static constexpr std::string_view kWords[] = {"em",   "cause", "til",
                                                  "bout", "n",     "round"};
    for (std::string_view k : kWords)
      if (EqualsLower(w, k)) return p;
    if (w.size() == 3 && w[0] >= '0' && w[0] <= '9' && w[1] >= '0' &&
        w[1] <= '9' && (w[2] == 's' || w[2] == 'S'))
      return p;
    return 0;
  }

  uint32_t ChunkEnd(uint32_t pos) const {
    uint32_t p = pos;
    while (p < end_) {
      Char c = At(p);
      if (IsSpaceOrNewline(c.cls)) break;
      p += c.len;
    }
    return p;
  }

  uint32_t MatchUrl(uint32_t pos) const {
    std::string_view rest(s_ + pos, std::min<uint32_t>(end_ - pos, 8));
    char c0 = Lower(rest[0]);
    if (c0 != 'h' && c0 != 'f' && c0 != 'w' && c0 != 'm') return 0;
    bool url =
        StartsWithLower(rest, "http://") || StartsWithLower(rest, "https://") ||
        StartsWithLower(rest, "ftp://") || StartsWithLower(rest, "mailto:") ||
        (StartsWithLower(rest, "www.") && rest.size() > 4 &&
         IsAlnumAt(pos + 4));
    if (!url) return 0;
    uint32_t e = ChunkEnd(pos);
    // Trailing punctuation belongs to the sentence, not the URL.
    std::string_view u(s_ + pos, e - pos);
    bool has_open_paren = u.find('(') != std::string_view::npos;
    while (e > pos + 4) {
      char last = s_[e - 1];
      if (std::strchr(".,;:!?'\"]}>", last) != nullptr ||
          (last == ')' && !has_open_paren)) {
        --e;
        continue;
      }
      // Closing curly quotes (3 bytes: E2 80 9D / E2 80 99).
      if (e - pos > 7 && static_cast<unsigned char>(s_[e - 3]) == 0xE2 &&
          static_cast<unsigned char>(s_[e - 2]) == 0x80 &&
          (static_cast<unsigned char>(s_[e - 1]) == 0x9D ||
           static_cast<unsigned char>(s_[e - 1]) == 0x99)) {
        e -= 3;
        continue;
      }
      break;
    }
    return e;
  }

  static bool IsLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' ||
           c == '+' || c == '-';
  }
  static bool IsAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  static bool IsDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-' || c == '.';
  }

  uint32_t MatchEmail(uint32_t pos) const {
    uint32_t p = pos;
    while (p < end_ && IsLocalChar(s_[p])) ++p;
    if (p >= end_ || s_[p] != '@' || p == pos) return 0;
    uint32_t d = p + 1;
    uint32_t q = d;
    while (q < end_ && IsDomainChar(s_[q])) ++q;
    while (q > d && (s_[q - 1] == '.' || s_[q - 1] == '-')) --q;
    std::string_view domain(s_ + d, q - d);
    size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos) {
      // "Sara Shackleton/HOU/ECT@ECT", "Rice@ENRON": a host name without a
      // dot (internal mail), after a name part that has a letter.
      if (domain.size() < 2 || !IsAsciiLetter(domain[0])) return 0;
      for (uint32_t k = pos; k < p; ++k)
        if (IsAsciiLetter(s_[k])) return q;
      return 0;
    }
    if (dot == 0 || domain.size() - dot - 1 < 2) return 0;
    return q;
  }

  uint32_t MatchEmoticon(uint32_t pos) const {
    static constexpr std::string_view kEmoticons[] = {
        ":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":-/", ":-|", ":'(", "8-)",
        "^_^", ":)",  ":(",  ";)",  ":D",  ":P",  ":p",  ":/",  ":|",  ":O",
        ":o",  ":]",  ":[",  "=)",  "=(",  "=D",  ";D",  "^^",  "<3",  ":*"};
    char c = s_[pos];
    if (c != ':' && c != ';' && c != '=' && c != '^' && c != '<' && c != '8')
      return 0;
    std::string_view rest(s_ + pos, std::min<uint32_t>(end_ - pos, 3));
    for (std::string_view e : kEmoticons) {
      if (rest.substr(0, e.size()) != e) continue;
      uint32_t end = pos + static_cast<uint32_t>(e.size());
      Char after = At(end);
      if (IsAlnum(after.cls)) continue;
      // "8)" or "(8)" style numbering is not an emoticon: require a space
      // (or text start) before "8-)" and "=".
      if ((c == '8' || c == '=') && !space_before_) continue;
      // ":/" directly followed by "/" is part of a path.
      if (after.cp == '/' || (e == ":(" && after.cp == '(')) continue;
      return end;
    }
    return 0;
  }

  // Scans a word, number or abbreviation whose token begins at `start` and
  // whose first alphanumeric character is at `pos`; emits 1-3 tokens.
  uint32_t ScanWord(uint32_t start, uint32_t pos) {
    uint32_t p = pos;
    bool has_letter = false;
    bool first_digit = IsDigitAt(pos);
    bool internal_period = false;
    uint32_t max_period_seg = 0;  // longest letter run between periods
    uint32_t seg_begin = pos;     // start of the current period segment
    uint32_t part_begin = pos;    // start of the current hyphen part
    CharClass last = CharClass::kSpace;
    bool dollar = false;
    for (;;) {
      while (p < end_) {
        Char c = At(p);
        if (!IsAlnum(c.cls)) break;
        if (IsLetter(c.cls)) has_letter = true;
        last = c.cls;
        p += c.len;
      }
      max_period_seg = std::max(max_period_seg, p - seg_begin);
      if (p >= end_) break;
      Char c = At(p);
      uint32_t after = p + c.len;
      Char n = At(after);
      bool join = false;
      switch (c.cp) {
        case '.':
          if (IsAlnum(n.cls) && !GluedSentence(seg_begin, p, after)) {
            join = true;
            internal_period = true;
          }
          break;
        case ',':
          // 1,000 (exactly three digits follow)
          join = last == CharClass::kDigit && after + 3 <= end_ &&
                 IsDigitAt(after) && IsDigitAt(after + 1) &&
                 IsDigitAt(after + 2) && !IsAlnumAt(after + 3);
          break;
        case ':':
          join = last == CharClass::kDigit && n.cls == CharClass::kDigit;
          break;
        case '/':
          if (last == CharClass::kDigit && n.cls == CharClass::kDigit) {
            join = true;
          } else if (IsLetter(last) && IsLetter(n.cls) && p - part_begin <= 2) {
            uint32_t q = after;
            while (q < end_ && IsAlnumAt(q) && q - after <= 3) ++q;
            join = q - after <= 2 && !IsAlnumAt(q);  // w/o, l/c, b/t
          }
          break;
        case '-':
        case 0x2010:
        case 0x2011:
          if (IsAlnum(last) && IsAlnum(n.cls)) {
            if (!opt_.split_hyphens) {
              join = true;
            } else {
              join = HyphenJoinsEwt(part_begin, p, after);
            }
          }
          break;
        case '\'':
        case 0x2019:
          join = IsAlnum(last) && IsLetter(n.cls);
          break;
        case '&':
          if (IsLetter(last) && IsLetter(n.cls) && p - part_begin <= 3) {
            uint32_t q = after;
            while (q < end_ && IsAlnumAt(q) && q - after <= 3) ++q;
            join = q - after <= 3;  // AT&T, P&L, R&D
          }
          break;
        case '_':
          join = IsAlnum(last) && IsAlnum(n.cls);
          break;
        case '$':
          // US$, HK$, C$
          if (!first_digit && p - pos <= 3 && start == pos) {
            bool upper = true;
            for (uint32_t i = pos; i < p; ++i)
              upper = upper && s_[i] >= 'A' && s_[i] <= 'Z';
            if (upper) {
              dollar = true;
              p = after;
            }
          }
          break;
        default:
          break;
      }
      if (dollar || !join) break;
      if (c.cp == '.') seg_begin = after;
      if (c.cp != '.' && c.cp != ',' && c.cp != ':') part_begin = after;
      p = after;
    }
    if (dollar) {
      Emit(start, p, TokKind::kSymbol);
      return p;
    }

    TokKind kind =
        first_digit || start != pos ? TokKind::kNumber : TokKind::kWord;
    // "5pm" -> 5 pm
    if (first_digit && has_letter) {
      uint32_t q = pos;
      while (q < p &&
             (IsDigitAt(q) || s_[q] == '.' || s_[q] == ',' || s_[q] == ':'))
        ++q;
      if (q < p && IsUnitSuffix(std::string_view(s_ + q, p - q)) &&
          IsDigitAt(q - 1)) {
        Emit(start, q, TokKind::kNumber);
        return EmitWordTail(q, p);
      }
    }

    // "Yahoo!": the exclamation mark is part of the name (EWT).
    if (p - start == 5 && p < end_ && s_[p] == '!' &&
        std::string_view(s_ + start, 5) == "Yahoo" &&
        !(p + 1 < end_ && (s_[p + 1] == '!' || s_[p + 1] == '?'))) {
      Emit(start, p + 1, TokKind::kWord);
      return p + 1;
    }
    // An attached final period makes an abbreviation.
    if (has_letter && !first_digit && p < end_ && s_[p] == '.' &&
        !(p + 1 < end_ && s_[p + 1] == '.')) {
      AbbrevKind ak =
          ClassifyAbbreviation(start, p, internal_period, max_period_seg);
      if (ak != AbbrevKind::kNone) {
        Emit(start, p + 1, TokKind::kAbbrev, ak);
        return p + 1;
      }
    }
    if (kind == TokKind::kWord && opt_.split_clitics)
      return EmitWordTail(start, p);
    Emit(start, p, kind);
    return p;
  }

  // "wonders.Neither": two sentences run together (a lower-case word, a
  // period, a capitalised word) -- unlike "Compaq.com", "U.S", "Ph.D".
  bool GluedSentence(uint32_t seg_begin, uint32_t dot, uint32_t after) const {
    if (dot - seg_begin < 3 || after + 2 > end_) return false;
    for (uint32_t i = seg_begin; i < dot; ++i)
      if (s_[i] < 'a' || s_[i] > 'z') return false;
    if (s_[after] < 'A' || s_[after] > 'Z') return false;
    uint32_t q = after + 1;
    if (s_[q] < 'a' || s_[q] > 'z') return false;
    while (q < end_ && IsAlnumAt(q)) ++q;
    // Not a domain or file name: no further period inside the chunk.
    return !(q + 1 < end_ && s_[q] == '.' && IsAlnumAt(q + 1));
  }

  // EWT hyphenation: keep the hyphen inside the token after a known prefix
  // (e-mail, non-human) and inside phone numbers (713-853-3989).
  bool HyphenJoinsEwt(uint32_t part_begin, uint32_t hyphen,
                      uint32_t after) const {
    std::string_view left(s_ + part_begin, hyphen - part_begin);
    if (IsEwtHyphenPrefix(left)) return true;
    bool left_digits = !left.empty();
    for (char ch : left) left_digits = left_digits && ch >= '0' && ch <= '9';
    if (!left_digits) return false;
    uint32_t q = after;
    while (q < end_ && IsDigitAt(q)) ++q;
    uint32_t right = q - after;
    if (right == 0 || (q < end_ && IsAlnumAt(q))) return false;
    return (left.size() == 3 && (right == 3 || right == 4)) ||
           (left.size() == 1 && right == 3);  // 1-800-...
  }

  AbbrevKind ClassifyAbbreviation(uint32_t b, uint32_t e, bool internal_period,
                                  uint32_t max_seg) const {
    std::string_view w(s_ + b, e - b);
    if (internal_period) {
      // U.S, e.g, p.m, Ph.D, U.S.A -- short segments only (not domains).
      if (max_seg > 3) return AbbrevKind::kNone;
      if (EqualsLower(w, "e.g") || EqualsLower(w, "i.e") ||
          EqualsLower(w, "c.f") || EqualsLower(w, "p.s"))
        return AbbrevKind::kTitle;
      return AbbrevKind::kOther;
    }
    if (w.size() == 1) {
      return (w[0] >= 'A' && w[0] <= 'Z') ? AbbrevKind::kInitial
                                          : AbbrevKind::kNone;
    }
    AbbrevKind k = LookupAbbreviation(w);
    if (k == AbbrevKind::kTitle && (w == "No" || w == "Nos" || w == "no")) {
      // "No. 7" but "said no."
      uint32_t q = e + 1;
      while (q < end_ && s_[q] == ' ') ++q;
      if (!(IsDigitAt(q) || (q < end_ && s_[q] == '#')))
        return AbbrevKind::kNone;
    }
    return k;
  }

  // Emits the word [b, e), splitting clitics; handles a trailing possessive
  // apostrophe (Dems').  Returns the end of what was consumed.
  uint32_t EmitWordTail(uint32_t b, uint32_t e) {
    std::string_view w(s_ + b, e - b);
    if (!opt_.split_clitics) {
      Emit(b, e, TokKind::kWord);
      return e;
    }
    // Possessive plural: "Dems' " -> Dems|'
    if (e < end_ && (w.back() == 's' || w.back() == 'S') && !open_single_) {
      Char c = At(e);
      if (IsApostrophe(c.cp)) {
        Char n = At(e + c.len);
        if (!IsAlnum(n.cls) && w.size() >= 2) {
          Emit(b, e, TokKind::kWord, AbbrevKind::kNone, /*fused=*/true);
          Emit(e, e + c.len, TokKind::kWord);
          return e + c.len;
        }
      }
    }
    // Find the last apostrophe.
    size_t apos = std::string_view::npos;
    size_t apos_len = 0;
    for (size_t i = w.size(); i-- > 0;) {
      if (w[i] == '\'') {
        apos = i;
        apos_len = 1;
        break;
      }
      if (i + 3 <= w.size() && static_cast<unsigned char>(w[i]) == 0xE2 &&
          static_cast<unsigned char>(w[i + 1]) == 0x80 &&
          static_cast<unsigned char>(w[i + 2]) == 0x99) {
        apos = i;
        apos_len = 3;
        break;
      }
    }
    size_t split = 0;
    if (apos != std::string_view::npos && apos > 0) {
      std::string_view suffix = w.substr(apos + apos_len);
      if (EqualsLower(suffix, "t") && apos >= 2 && Lower(w[apos - 1]) == 'n') {
        split = apos - 1;  // do|n't, ca|n't
      } else if (EqualsLower(suffix, "s") || EqualsLower(suffix, "re") ||
                 EqualsLower(suffix, "ll") || EqualsLower(suffix, "ve") ||
                 EqualsLower(suffix, "d") || EqualsLower(suffix, "m")) {
        split = apos;
      }
    } else if (apos == std::string_view::npos) {
      split = ApostropheLessSplit(w);
      // "its a", "its not": it|s before a word that cannot follow the
      // possessive (EWT: 84 such "its" against 193 possessives, none of
      // them before these words).
      if (split == 0 && EqualsLower(w, "its") && ItIsFollows(e)) split = 2;
    }
    if (split > 0 && split < w.size()) {
      Emit(b, b + static_cast<uint32_t>(split), TokKind::kWord,
           AbbrevKind::kNone, /*fused=*/true);
      Emit(b + static_cast<uint32_t>(split), e, TokKind::kWord);
    } else {
      Emit(b, e, TokKind::kWord);
    }
    return e;
  }

  // Is the word after `pos` (on the same line) one that follows "it's"
  // but not the possessive "its"?
  bool ItIsFollows(uint32_t pos) const {
    while (pos < end_ && text_[pos] == ' ') ++pos;
    uint32_t b = pos;
    while (pos < end_ && ((text_[pos] >= 'a' && text_[pos] <= 'z') ||
                          (text_[pos] >= 'A' && text_[pos] <= 'Z')))
      ++pos;
    std::string_view next = text_.substr(b, pos - b);
    if (next.empty() || (pos < end_ && text_[pos] == '-')) return false;
    static constexpr std::string_view kWords[] = {
        "a",     "an",   "not",  "the",      "really",    "still", "simply",
        "just",  "been", "too",  "probably", "always",    "never", "going",
        "gonna", "my",   "your", "actually", "definitely"};
    for (std::string_view k : kWords)
      if (EqualsLower(next, k)) return true;
    return false;
  }

  const char* s_;
  std::string_view text_;
  uint32_t begin_;
  uint32_t end_;
  const TokenizerOptions& opt_;
  std::vector<RawToken>* out_;
  bool space_before_ = true;
  bool open_single_ = false;
};

}  // namespace

void TokenizeRange(std::string_view text, uint32_t begin, uint32_t end,
                   const TokenizerOptions& options,
                   std::vector<RawToken>* out) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(text.size()));
  if (begin >= end) return;
  Scanner(text, begin, end, options, out).Run();
}

}  // namespace khaldun::segment
