#include "lexicon/text_util.h"

#include <charconv>
#include <cstdio>

namespace khaldun::lex {

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
    --e;
  return s.substr(b, e - b);
}

std::vector<std::string> SplitTrim(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) p = s.size();
    std::string_view part = Trim(s.substr(start, p - start));
    if (!part.empty()) out.emplace_back(part);
    start = p + 1;
  }
  return out;
}

std::vector<std::string_view> SplitWs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

void LowerInto(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

std::string Lower(std::string_view s) {
  std::string out;
  LowerInto(s, &out);
  return out;
}

bool IsAllCaps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

std::string StripComment(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '#') {
      out.push_back('#');
      ++i;
    } else if (line[i] == '#') {
      break;
    } else {
      out.push_back(line[i]);
    }
  }
  while (!out.empty() &&
         (out.back() == ' ' || out.back() == '\t' || out.back() == '\r'))
    out.pop_back();
  return out;
}

namespace {
bool Int(std::string_view s, int* v) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}
int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}
}  // namespace

bool ParseDayKey(std::string_view s, bool end, int* ymd) {
  int y = 0, m = 0, d = 0;
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    if (!Int(s.substr(0, 4), &y) || !Int(s.substr(5, 2), &m) ||
        !Int(s.substr(8, 2), &d))
      return false;
  } else if (s.size() == 7 && s[4] == '-') {
    if (!Int(s.substr(0, 4), &y) || !Int(s.substr(5, 2), &m)) return false;
  } else if (s.size() == 4) {
    if (!Int(s, &y)) return false;
  } else {
    return false;
  }
  if (y < 1000 || m < 0 || m > 12) return false;
  if (m == 0) {
    m = end ? 12 : 1;
    d = end ? 31 : 1;
  } else if (d == 0) {
    d = end ? DaysIn(y, m) : 1;
  }
  if (d < 1 || d > DaysIn(y, m)) return false;
  *ymd = y * 10000 + m * 100 + d;
  return true;
}

bool ParseRange(std::string_view s, DateRange* r) {
  size_t p = s.find("..");
  if (p == std::string_view::npos) return false;
  std::string_view a = s.substr(0, p), b = s.substr(p + 2);
  *r = DateRange();
  if (a.empty() && b.empty()) return false;
  if (!a.empty() && !ParseDayKey(a, false, &r->from)) return false;
  if (!b.empty() && !ParseDayKey(b, true, &r->to)) return false;
  return true;
}

std::string FormatKey(int ymd) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd / 10000,
                (ymd / 100) % 100, ymd % 100);
  return buf;
}

void AddDiag(std::vector<Diagnostic>* diags, Diagnostic::Severity sev,
             std::string where, std::string msg) {
  if (!diags) return;
  diags->push_back({sev, std::move(where), std::move(msg)});
}

}  // namespace khaldun::lex
