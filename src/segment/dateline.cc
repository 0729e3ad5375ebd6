#include "segment/dateline.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "segment/unicode.h"

namespace khaldun::segment {
namespace {

constexpr std::string_view kAgencies[] = {
    "AAP",     "ABC",       "AFP",      "ANI",     "ANSA",    "AP",     "APA",
    "BBC",     "BNA",       "CNA",      "CNN",     "DPA",     "EFE",    "IANS",
    "IRNA",    "ITAR-TASS", "Interfax", "KUNA",    "Kyodo",   "MENA",   "NNA",
    "PAP",     "PTI",       "QNA",      "RIA",     "Reuters", "SANA",   "SPA",
    "TASS",    "UNB",       "UPI",      "WAM",     "Xinhua",  "Yonhap", "dpa",
    "AA",      "Bloomberg", "NHK",      "Anadolu", "Bernama", "IINA",   "KCNA",
    "REUTERS", "XINHUA",    "AP Photo"};

// All-caps labels that look like datelines but are not.
constexpr std::string_view kNotPlaces[] = {
    "A",          "ADVISORY", "ALERT",    "ANALYSIS",   "ATTENTION",
    "BACKGROUND", "BREAKING", "BULLETIN", "CC",         "COMMENT",
    "CORRECTION", "DATE",     "EDITOR",   "EDITORIAL",  "EDITORS",
    "EXCLUSIVE",  "FACTBOX",  "FACT BOX", "FEATURE",    "FILE",
    "FROM",       "FW",       "FWD",      "HIGHLIGHTS", "INTERVIEW",
    "LIVE",       "MORE",     "NB",       "NEWS",       "NOTE",
    "OPINION",    "PHOTO",    "PHOTOS",   "PS",         "Q",
    "QUOTE",      "RE",       "READ",     "REVIEW",     "SENT",
    "SUBJECT",    "SUMMARY",  "TIMELINE", "TO",         "UPDATE",
    "UPDATED",    "URGENT",   "VIDEO",    "WARNING",    "WATCH",
    "WHAT",       "WHY",      "HOW",      "WHO",        "WHEN",
    "WHERE",      "I",        "OK",       "FAQ",        "TEXT",
    "TITLE",      "BY",       "ATTN",     "IMPORTANT",  "FYI",
    "P.S.",       "PPS",      "UPDATE 1", "UPDATE 2",   "EDITOR'S NOTE"};

constexpr std::string_view kMonths[] = {
    "Jan",  "Feb",     "Mar",       "Apr",     "May",      "Jun",
    "Jul",  "Aug",     "Sep",       "Sept",    "Oct",      "Nov",
    "Dec",  "January", "February",  "March",   "April",    "June",
    "July", "August",  "September", "October", "November", "December"};

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view s) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

class Parser {
 public:
  Parser(std::string_view text, size_t pos) : t_(text), p_(pos) {}

  bool Parse(Dateline* out) {
    SkipBlanks();
    size_t place_begin = p_;
    int words = 0;
    bool all_caps = true;
    int letters = 0;
    size_t place_end = p_;
    while (words < 5) {
      Char c = At(p_);
      if (c.cls != CharClass::kUpper) break;
      size_t q = p_;
      while (q < t_.size()) {
        Char d = At(q);
        if (IsLetter(d.cls)) {
          ++letters;
          if (d.cls == CharClass::kLower) all_caps = false;
        } else if (!(d.cp == '.' || d.cp == '\'' || d.cp == 0x2019 ||
                     (d.cp == '-' && IsLetter(At(q + 1).cls)))) {
          break;
        }
        q += d.len;
      }
      ++words;
      p_ = q;
      place_end = q;
      // Another word follows after a single space?
      if (p_ + 1 < t_.size() && t_[p_] == ' ' &&
          At(p_ + 1).cls == CharClass::kUpper) {
        size_t save = p_;
        ++p_;
        // Do not swallow a following "(Agency)" or dash: handled below.
        if (!IsLetter(At(p_).cls)) {
          p_ = save;
          break;
        }
        continue;
      }
      break;
    }
    if (words == 0 || letters < 2) return false;
    std::string_view place = t_.substr(place_begin, place_end - place_begin);

    // Qualifiers: ", Jan 5", ", Calif.", ", D.C."
    bool qualified = false;
    while (p_ < t_.size() && t_[p_] == ',') {
      size_t q = p_ + 1;
      while (q < t_.size() && t_[q] == ' ') ++q;
      size_t e = ParseQualifier(q);
      if (e == 0) return false;
      p_ = e;
      qualified = true;
    }

    // Agency in parentheses.
    std::string_view agency;
    size_t save = p_;
    SkipSpaces();
    if (p_ < t_.size() && t_[p_] == '(') {
      size_t close = t_.find(')', p_);
      if (close == std::string_view::npos || close - p_ > 40) return false;
      std::string_view inside = t_.substr(p_ + 1, close - p_ - 1);
      if (inside.empty() || inside.find('\n') != std::string_view::npos ||
          !IsLetter(At(p_ + 1).cls))
        return false;
      agency = inside;
      p_ = close + 1;
    } else {
      p_ = save;
    }

    // Separator.
    bool space_before_sep = p_ < t_.size() && t_[p_] == ' ';
    SkipSpaces();
    if (p_ >= t_.size()) return false;
    bool colon = false;
    if (t_[p_] == ':') {
      if (space_before_sep) return false;
      colon = true;
      ++p_;
    } else if (t_[p_] == '-') {
      size_t q = p_;
      while (q < t_.size() && t_[q] == '-' && q - p_ < 3) ++q;
      p_ = q;
    } else {
      Char c = At(p_);
      if (c.cp != 0x2014 && c.cp != 0x2013 && c.cp != 0x2015 && c.cp != 0x2012)
        return false;
      p_ += c.len;
    }
    size_t sep_end = p_;
    // White space, then text.
    Char after = At(p_);
    if (!IsSpaceOrNewline(after.cls)) return false;
    while (p_ < t_.size() && IsSpaceOrNewline(At(p_).cls)) p_ += At(p_).len;
    if (p_ >= t_.size()) return false;

    // Validate.
    bool place_is_agency =
        agency.empty() && !qualified && InList(kAgencies, place);
    if (!place_is_agency) {
      if (agency.empty() && !all_caps) return false;
      if (all_caps && InList(kNotPlaces, place)) return false;
      if (colon && agency.empty() && words > 3) return false;
      if (!agency.empty() && !all_caps) {
        // Title case: every word capitalised, at most three words.
        if (words > 3) return false;
      }
    }
    out->span = Span{static_cast<uint32_t>(place_begin),
                     static_cast<uint32_t>(sep_end)};
    if (place_is_agency) {
      out->agency = std::string(place);
      out->place.clear();
      out->place_span = Span{};
    } else {
      out->place = std::string(place);
      out->place_span = Span{static_cast<uint32_t>(place_begin),
                             static_cast<uint32_t>(place_end)};
      out->agency = std::string(agency);
    }
    return true;
  }

 private:
  struct Char {
    uint32_t cp = 0;
    int len = 1;
    CharClass cls = CharClass::kSpace;
  };
  Char At(size_t pos) const {
    Char c;
    if (pos >= t_.size()) return c;
    c.cp = DecodeUtf8(t_.data() + pos, t_.data() + t_.size(), &c.len);
    c.cls = Classify(c.cp);
    return c;
  }
  void SkipBlanks() {
    while (p_ < t_.size() && (t_[p_] == ' ' || t_[p_] == '\t')) ++p_;
  }
  void SkipSpaces() {
    while (p_ < t_.size() && t_[p_] == ' ') ++p_;
  }
  size_t WordEnd(size_t q) const {
    while (q < t_.size() && ((t_[q] >= 'A' && t_[q] <= 'Z') ||
                             (t_[q] >= 'a' && t_[q] <= 'z') || t_[q] == '.'))
      ++q;
    return q;
  }
  static bool Digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  }
  // A date ("Jan 5", "Jan. 5, 2024", "5 January") or a state/country
  // ("Calif.", "D.C.", "Iraq"); returns the end or 0.
  size_t ParseQualifier(size_t q) const {
    size_t w = WordEnd(q);
    if (w == q) {
      // "5 January"
      size_t d = q;
      while (d < t_.size() && t_[d] >= '0' && t_[d] <= '9') ++d;
      if (d == q || d - q > 2 || d >= t_.size() || t_[d] != ' ') return 0;
      size_t m = WordEnd(d + 1);
      std::string_view month = t_.substr(d + 1, m - d - 1);
      if (!month.empty() && month.back() == '.') month.remove_suffix(1);
      return InList(kMonths, month) ? m : 0;
    }
    if (!(t_[q] >= 'A' && t_[q] <= 'Z')) return 0;
    std::string_view word = t_.substr(q, w - q);
    std::string_view bare = word;
    if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
    if (InList(kMonths, bare) && w < t_.size() && t_[w] == ' ') {
      size_t d = w + 1;
      size_t e = d;
      while (e < t_.size() && t_[e] >= '0' && t_[e] <= '9') ++e;
      if (e > d && e - d <= 2) {
        // optional ", 2024"
        if (e + 6 <= t_.size() && t_[e] == ',' && t_[e + 1] == ' ' &&
            Digits(t_.substr(e + 2, 4)))
          return e + 6;
        return e;
      }
    }
    if (word.size() > 16) return 0;
    return w;
  }

  std::string_view t_;
  size_t p_;
};

// Does the line [b, e) end without final punctuation (a heading)?
bool LooksLikeHeading(std::string_view line) {
  while (!line.empty() &&
         (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
    line.remove_suffix(1);
  if (line.empty() || line.size() > 200) return false;
  char last = line.back();
  return std::strchr(".?!:;,", last) == nullptr;
}

}  // namespace

bool ParseDatelineAt(std::string_view text, size_t pos, Dateline* out) {
  Dateline d;
  if (!Parser(text, pos).Parse(&d)) return false;
  *out = std::move(d);
  return true;
}

bool DetectDateline(std::string_view text, Dateline* out) {
  size_t pos = 0;
  for (int line = 0; line < 3 && pos < text.size(); ++line) {
    // Skip blank lines.
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' ||
                                 text[pos] == '\r' || text[pos] == '\n'))
      ++pos;
    if (pos >= text.size()) return false;
    if (ParseDatelineAt(text, pos, out)) return true;
    size_t e = text.find('\n', pos);
    if (e == std::string_view::npos) return false;
    if (!LooksLikeHeading(text.substr(pos, e - pos))) return false;
    pos = e + 1;
  }
  return false;
}

}  // namespace khaldun::segment
