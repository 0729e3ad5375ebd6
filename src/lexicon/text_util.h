// Small string helpers shared by the lexicon readers.
#ifndef KHALDUN_LEXICON_TEXT_UTIL_H_
#define KHALDUN_LEXICON_TEXT_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "khaldun/lexicon.h"

namespace khaldun::lex {

std::string_view Trim(std::string_view s);
// Splits on `sep`, trims, drops empty parts.
std::vector<std::string> SplitTrim(std::string_view s, char sep);
std::vector<std::string_view> SplitWs(std::string_view s);
// ASCII lowercase (UTF-8 bytes >= 0x80 are left alone).
std::string Lower(std::string_view s);
// The same into *out (its buffer reused).
void LowerInto(std::string_view s, std::string* out);
bool IsAllCaps(std::string_view s);  // letters present, none lowercase
// Removes a '#' comment (honouring "\#"), and unescapes "\#".
std::string StripComment(std::string_view line);
// "YYYY-MM-DD" / "YYYY-MM" / "YYYY"; end=true takes the last day.
bool ParseDayKey(std::string_view s, bool end, int* ymd);
// "FROM..TO" / "FROM.." / "..TO".
bool ParseRange(std::string_view s, DateRange* r);
std::string FormatKey(int ymd);  // 20221027 -> "2022-10-27"
void AddDiag(std::vector<Diagnostic>* diags, Diagnostic::Severity sev,
             std::string where, std::string msg);
inline std::string Where(const std::string& file, size_t line) {
  return file + ":" + std::to_string(line);
}

}  // namespace khaldun::lex

#endif  // KHALDUN_LEXICON_TEXT_UTIL_H_
