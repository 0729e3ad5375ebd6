// NormalizePlaceName (khaldun/geo.h): the key of gazetteer names.
#include <cstdint>
#include <string>
#include <string_view>

#include "khaldun/geo.h"

namespace khaldun {
namespace {

// Generated from Unicode NFD decompositions (base letter, lower case;
// "?" = no Latin base letter).
constexpr char kFoldC0[] =
    "aaaaaaaceeeeiiiidnooooo?ouuuuytsaaaaaaaceeeeiiiidnooooo?ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkklllllll"
    "lllnnnnnn?nnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    "????????????????????????????????oo?????????????uu???????????????"
    "?????????????aaiioouuuuuuuuuu?aaaa????ggkkoooo??j???gg??nnaa????"
    "aaaaeeeeiiiioooorrrruuuusstt??hh??????aaeeooooooooyy????????????"
    "????????????????";
constexpr char kFold1E00[] =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
    "wwwwwwwwwwxxxxyyzzzzzzhtwy??????aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy??????";

// Decodes one UTF-8 sequence at s[i]; returns its code point and sets *len
// (invalid bytes decode as themselves, one byte long).
uint32_t Decode(std::string_view s, size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) {
    *len = 1;
    return c;
  }
  uint32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) {
      *len = 1;
      return c;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  *len = n;
  return cp;
}

}  // namespace

void NormalizePlaceName(std::string_view s, std::string* out) {
  const size_t start = out->size();
  bool space = true;  // at the start, or after a space
  auto put = [&](char c) {
    if (c == ' ') {
      if (!space) out->push_back(' ');
      space = true;
    } else {
      out->push_back(c);
      space = false;
    }
  };
  for (size_t i = 0; i < s.size();) {
    int len;
    uint32_t cp = Decode(s, i, &len);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') {
        put(static_cast<char>(c - 'A' + 'a'));
      } else if (c == '-' || c == '_' || c == ' ' || c == '\t' || c == '/' ||
                 c == ',') {
        put(' ');
      } else if (c == '.' || c == '\'' || c == '`' || c == '"') {
        // dropped
      } else {
        put(c);
      }
    } else if (cp >= 0xC0 && cp < 0x250 && kFoldC0[cp - 0xC0] != '?') {
      put(kFoldC0[cp - 0xC0]);
    } else if (cp >= 0x1E00 && cp < 0x1F00 && kFold1E00[cp - 0x1E00] != '?') {
      put(kFold1E00[cp - 0x1E00]);
    } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BB || cp == 0x02BC ||
               cp == 0x02BF || cp == 0x02BE || cp == 0xB4) {
      // apostrophes and ayn/hamza signs: dropped
    } else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014 ||
               cp == 0xA0) {
      put(' ');
    } else {
      out->append(s.substr(i, len));
      space = false;
    }
    i += len;
  }
  if (out->size() > start && out->back() == ' ') out->pop_back();
}

}  // namespace khaldun
