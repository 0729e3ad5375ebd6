// The on-disk layout of data/generated/gazetteer.bin (little-endian):
//
//   Header                                  (48 bytes)
//   GeoEntry[num_entries]                   countries first, by ISO3
//   uint32 keys[num_keys][3]                string offset, postings [b, e)
//   uint32 slots[num_slots]                 open addressing: key index + 1
//   uint32 postings[num_postings]           entry indices, best first
//   char strings[strings_size]              NUL-terminated, offset 0 = ""
//
// Each section starts at a multiple of 8 bytes.  The hash of a key is
// FNV-1a 64 of its normalised bytes; slot = hash & (num_slots - 1), linear
// probing.
#ifndef KHALDUN_GEO_GAZETTEER_FORMAT_H_
#define KHALDUN_GEO_GAZETTEER_FORMAT_H_

#include <cstdint>
#include <string_view>

#include "khaldun/geo.h"

namespace khaldun::geo {

struct GazetteerHeader {
  char magic[8];  // "KHGAZ\0\0\0"
  uint32_t version;
  uint32_t num_entries;
  uint32_t num_countries;
  uint32_t num_keys;
  uint32_t num_slots;
  uint32_t num_postings;
  uint32_t strings_size;
  uint32_t reserved[3];
};
static_assert(sizeof(GazetteerHeader) == 48);
static_assert(sizeof(GeoEntry) == 40);

inline uint64_t HashKey(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

inline size_t Align8(size_t n) { return (n + 7) & ~size_t{7}; }

}  // namespace khaldun::geo

#endif  // KHALDUN_GEO_GAZETTEER_FORMAT_H_
