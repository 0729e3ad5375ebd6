#include "khaldun/document.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace khaldun {
namespace {

constexpr std::array<std::string_view, kNumUPos> kUPosNames = {
    "X",   "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"};

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

}  // namespace

std::string_view UPosName(UPos p) { return kUPosNames[static_cast<int>(p)]; }

bool ParseUPos(std::string_view s, UPos* out) {
  for (int i = 0; i < kNumUPos; ++i) {
    if (kUPosNames[i] == s) {
      *out = static_cast<UPos>(i);
      return true;
    }
  }
  return false;
}

std::string Date::ToString() const {
  char buf[16];
  switch (precision) {
    case Precision::kUnknown:
      return "";
    case Precision::kYear:
      std::snprintf(buf, sizeof(buf), "%04d", year);
      break;
    case Precision::kMonth:
      std::snprintf(buf, sizeof(buf), "%04d-%02d", year, month);
      break;
    case Precision::kDay:
      std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buf;
}

bool Date::Parse(std::string_view s, Date* out) {
  Date d;
  // Drop a time part of an ISO timestamp.
  if (size_t t = s.find('T'); t != std::string_view::npos) s = s.substr(0, t);
  if (s.size() == 8 && s.find('-') == std::string_view::npos) {
    if (!ParseInt(s.substr(0, 4), &d.year) ||
        !ParseInt(s.substr(4, 2), &d.month) ||
        !ParseInt(s.substr(6, 2), &d.day))
      return false;
    d.precision = Precision::kDay;
  } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    if (!ParseInt(s.substr(0, 4), &d.year) ||
        !ParseInt(s.substr(5, 2), &d.month) ||
        !ParseInt(s.substr(8, 2), &d.day))
      return false;
    d.precision = Precision::kDay;
  } else if (s.size() == 7 && s[4] == '-') {
    if (!ParseInt(s.substr(0, 4), &d.year) ||
        !ParseInt(s.substr(5, 2), &d.month))
      return false;
    d.precision = Precision::kMonth;
  } else if (s.size() == 4) {
    if (!ParseInt(s, &d.year)) return false;
    d.precision = Precision::kYear;
  } else {
    return false;
  }
  if (d.year < 1 || d.year > 9999) return false;
  if (d.precision >= Precision::kMonth && (d.month < 1 || d.month > 12))
    return false;
  if (d.precision == Precision::kDay &&
      (d.day < 1 || d.day > DaysInMonth(d.year, d.month)))
    return false;
  *out = d;
  return true;
}

Document::Document(const Document& o)
    : id(o.id),
      date(o.date),
      title(o.title),
      source(o.source),
      url(o.url),
      text(o.text),
      origin(o.origin),
      dateline(o.dateline),
      sentences(o.sentences) {
  RebaseViews();
}

Document::Document(Document&& o) noexcept
    : id(std::move(o.id)),
      date(o.date),
      title(std::move(o.title)),
      source(std::move(o.source)),
      url(std::move(o.url)),
      text(std::move(o.text)),
      origin(std::move(o.origin)),
      dateline(std::move(o.dateline)),
      sentences(std::move(o.sentences)) {
  RebaseViews();
}

Document& Document::operator=(const Document& o) {
  if (this != &o) {
    Document tmp(o);
    *this = std::move(tmp);
  }
  return *this;
}

Document& Document::operator=(Document&& o) noexcept {
  if (this != &o) {
    id = std::move(o.id);
    date = o.date;
    title = std::move(o.title);
    source = std::move(o.source);
    url = std::move(o.url);
    text = std::move(o.text);
    origin = std::move(o.origin);
    dateline = std::move(o.dateline);
    sentences = std::move(o.sentences);
    RebaseViews();
  }
  return *this;
}

void Document::RebaseViews() {
  std::string_view t(text);
  for (Sentence& s : sentences)
    for (Token& tok : s.tokens)
      tok.form = t.substr(tok.span.begin, tok.span.size());
}

}  // namespace khaldun
