// Gazetteer::Build: compiles GeoNames cities1000, ISO 3166 (Debian
// iso-codes) and world-countries into data/generated/gazetteer.bin.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "geo/gazetteer_format.h"
#include "io/file_util.h"
#include "khaldun/geo.h"
#include "util/status_macros.h"

namespace khaldun {
namespace {

using json = nlohmann::json;

// Names the sources lack or spell differently from newswire, written for
// Khaldun: ISO3, then aliases.
struct Alias {
  const char* iso3;
  const char* names;  // '|'-separated
};
constexpr Alias kCountryAliases[] = {
    {"USA", "U.S.|U.S.A.|US|USA|America|United States|the United States"},
    {"GBR", "Britain|Great Britain|UK|U.K.|United Kingdom"},
    {"PSE",
     "Palestine|Palestinian territories|Palestinian Territories|"
     "occupied Palestinian territories"},
    {"KOR", "South Korea|S. Korea"},
    {"PRK", "North Korea|N. Korea"},
    {"RUS", "Russia"},
    {"IRN", "Iran"},
    {"SYR", "Syria"},
    {"COD",
     "DR Congo|DRC|Congo-Kinshasa|Democratic Republic of Congo|"
     "Democratic Republic of the Congo|Zaire"},
    {"COG", "Congo-Brazzaville|Republic of Congo|Congo Republic"},
    {"CZE", "Czech Republic|Czechia"},
    {"MKD", "Macedonia|North Macedonia|FYROM"},
    {"SWZ", "Swaziland|Eswatini"},
    {"TUR", "Turkey|Turkiye"},
    {"CPV", "Cape Verde"},
    {"VAT", "Vatican|Holy See|Vatican City"},
    {"TLS", "East Timor|Timor-Leste"},
    {"CIV", "Ivory Coast"},
    {"MMR", "Burma|Myanmar"},
    {"NLD", "Holland|The Netherlands"},
    {"ARE", "UAE|U.A.E.|Emirates"},
    {"BIH", "Bosnia|Bosnia-Herzegovina"},
    {"LAO", "Laos"},
    {"VNM", "Vietnam|Viet Nam"},
    {"TWN", "Taiwan"},
    {"VEN", "Venezuela"},
    {"BOL", "Bolivia"},
    {"TZA", "Tanzania"},
    {"MDA", "Moldova"},
    {"FSM", "Micronesia"},
    {"XKX", "Kosovo"},
    {"SAU", "Saudi|KSA"},
    {"CAF", "CAR|Central African Republic"},
};

// World regions (no country) and named areas inside a country, written
// for Khaldun with approximate centroids.
struct Region {
  const char* names;  // '|'-separated, first = display name
  const char* iso3;   // "" for regions spanning countries
  float lat, lon;
};
constexpr Region kRegions[] = {
    {"Europe", "", 50, 15},
    {"Asia", "", 35, 90},
    {"Africa", "", 5, 20},
    {"North America", "", 45, -100},
    {"South America", "", -15, -60},
    {"Latin America", "", -5, -70},
    {"Central America", "", 13, -86},
    {"Middle East|Mideast", "", 29, 42},
    {"Gulf|Persian Gulf|Arabian Gulf", "", 27, 51},
    {"Arabian Peninsula", "", 23, 46},
    {"Balkans", "", 43, 20},
    {"Caucasus", "", 42, 45},
    {"Central Asia", "", 43, 65},
    {"Southeast Asia|South-East Asia", "", 5, 110},
    {"South Asia", "", 22, 78},
    {"East Asia", "", 35, 115},
    {"Far East", "", 35, 125},
    {"Scandinavia", "", 62, 15},
    {"Caribbean", "", 16, -72},
    {"Pacific", "", 0, -160},
    {"Atlantic", "", 30, -40},
    {"Mediterranean", "", 36, 17},
    {"Sahel", "", 15, 5},
    {"Horn of Africa", "", 8, 45},
    {"North Africa", "", 27, 12},
    {"West Africa", "", 11, -3},
    {"East Africa", "", 0, 36},
    {"Southern Africa", "", -25, 25},
    {"Sub-Saharan Africa", "", 0, 20},
    {"Western Europe", "", 48, 5},
    {"Eastern Europe", "", 50, 30},
    {"Baltic|Baltics", "", 57, 24},
    {"Maghreb", "", 31, 3},
    {"Oceania", "", -20, 150},
    {"Antarctica", "", -80, 0},
    {"Arctic", "", 80, 0},
    {"Korean Peninsula", "", 38, 127},
    {"Indochina", "", 15, 105},
    {"Kurdistan", "", 37, 43},
    {"Kashmir", "", 34, 75},
    {"Asia-Pacific", "", 10, 130},
    {"West Indies", "", 15, -65},
    {"Yugoslavia", "SRB", 44, 20.5f},
    {"Soviet Union|USSR", "RUS", 55.75f, 37.6f},
    {"Czechoslovakia", "CZE", 49.8f, 15.5f},
    {"East Germany|West Germany", "DEU", 51, 10},
    {"West Bank", "PSE", 31.95f, 35.25f},
    {"Gaza Strip|Gaza", "PSE", 31.42f, 34.36f},
    {"Golan Heights|Golan", "SYR", 33, 35.75f},
    {"Sinai|Sinai Peninsula", "EGY", 29.5f, 33.8f},
    {"Crimea", "UKR", 45.3f, 34.4f},
    {"Donbas|Donbass", "UKR", 48, 38.5f},
    {"Darfur", "SDN", 13.5f, 24},
    {"Tibet", "CHN", 31, 88},
    {"Siberia", "RUS", 60, 105},
    {"Chechnya", "RUS", 43.4f, 45.7f},
    {"Kurdistan Region|Iraqi Kurdistan", "IRQ", 36.2f, 44},
    {"Punjab", "PAK", 31, 72.5f},
    {"Balochistan|Baluchistan", "PAK", 28.5f, 65},
    {"Xinjiang", "CHN", 41, 85},
};

// AP-style abbreviations of US states, as in "Long Beach, Calif."
struct StateAbbrev {
  const char* iso;
  const char* names;
};
constexpr StateAbbrev kUsStateAbbrevs[] = {
    {"US-AL", "Ala."},
    {"US-AZ", "Ariz."},
    {"US-AR", "Ark."},
    {"US-CA", "Calif."},
    {"US-CO", "Colo."},
    {"US-CT", "Conn."},
    {"US-FL", "Fla."},
    {"US-GA", "Ga."},
    {"US-IL", "Ill."},
    {"US-KS", "Kan.|Kans."},
    {"US-KY", "Ky."},
    {"US-MD", "Md."},
    {"US-MA", "Mass."},
    {"US-MI", "Mich."},
    {"US-MN", "Minn."},
    {"US-MS", "Miss."},
    {"US-MO", "Mo."},
    {"US-MT", "Mont."},
    {"US-NE", "Neb.|Nebr."},
    {"US-NV", "Nev."},
    {"US-NH", "N.H."},
    {"US-NJ", "N.J."},
    {"US-NM", "N.M."},
    {"US-NY", "N.Y."},
    {"US-NC", "N.C."},
    {"US-ND", "N.D."},
    {"US-OK", "Okla."},
    {"US-OR", "Ore.|Oreg."},
    {"US-PA", "Pa.|Penn."},
    {"US-RI", "R.I."},
    {"US-SC", "S.C."},
    {"US-SD", "S.D."},
    {"US-TN", "Tenn."},
    {"US-TX", "Tex."},
    {"US-VT", "Vt."},
    {"US-VA", "Va."},
    {"US-WA", "Wash."},
    {"US-WV", "W.Va."},
    {"US-WI", "Wis.|Wisc."},
    {"US-WY", "Wyo."},
    {"US-DC", "D.C.|Washington D.C."},
};

// Generic words that ISO 3166-2 adds to subdivision names.
constexpr std::string_view kSubdivisionWords[] = {
    "sheng",      "shi",        "zizhiqu",    "province", "governorate",
    "region",     "oblast",     "oblast'",    "kray",     "respublika",
    "state",      "department", "district",   "county",   "municipality",
    "prefecture", "territory",  "autonomous", "huizi",    "zhuangzu",
    "uygur",      "wilayah",    "muhafazat"};

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  while (true) {
    size_t e = s.find(sep, b);
    out.emplace_back(s.substr(b, e == std::string_view::npos ? e : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

std::string Norm(std::string_view s) {
  std::string out;
  NormalizePlaceName(s, &out);
  return out;
}

// Latin script only (ASCII, Latin-1 .. Latin Extended, Latin Extended
// Additional); no digits.
bool LatinName(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if (c >= '0' && c <= '9') return false;
      ++i;
      continue;
    }
    uint32_t cp;
    int n;
    if (c >= 0xF0) return false;
    if (c >= 0xE0) {
      if (i + 2 >= s.size()) return false;
      cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      n = 3;
    } else if (c >= 0xC0) {
      if (i + 1 >= s.size()) return false;
      cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
      n = 2;
    } else {
      return false;
    }
    bool ok = (cp >= 0xC0 && cp < 0x250) || (cp >= 0x1E00 && cp < 0x1F00) ||
              cp == 0x2019 || cp == 0x2018 || cp == 0x02BB || cp == 0x02BC ||
              cp == 0x02BF || cp == 0x02BE;
    if (!ok) return false;
    i += n;
  }
  return true;
}

bool AllUpper(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return false;
  return true;
}

struct BEntry {
  GeoEntry e{};
  std::string name, code, adm1;
  std::vector<std::string> keys;      // normalised
  std::vector<std::string> alt_keys;  // from alternate names (cities)
  double prior = 0;
};

class Builder {
 public:
  Status Run(const GazetteerSources& src, const std::string& out_path,
             std::string* summary) {
    KHALDUN_RETURN_IF_ERROR(Countries(src));
    KHALDUN_RETURN_IF_ERROR(Subdivisions(src));
    AddRegions();
    KHALDUN_RETURN_IF_ERROR(Cities(src));
    MapAdm1();
    AddDemonyms();
    KHALDUN_RETURN_IF_ERROR(Write(out_path));
    if (summary) {
      char buf[256];
      std::snprintf(buf, sizeof(buf),
                    "%zu entries (%zu countries, %zu ADM1 of which %zu mapped "
                    "to GeoNames, %zu cities, %zu regions, %zu demonyms), "
                    "%zu keys, %zu postings",
                    entries_.size(), num_countries_, num_adm1_, mapped_adm1_,
                    num_cities_, num_regions_, num_demonyms_, num_keys_,
                    num_postings_);
      *summary = buf;
    }
    return Status::OK();
  }

 private:
  static Status ReadJson(const std::string& path, json* out) {
    std::string text;
    Status s = ReadFileToString(path, &text);
    if (!s.ok()) return s;
    *out = json::parse(text, nullptr, false);
    if (out->is_discarded()) return Status::DataLoss(path + ": invalid JSON");
    return Status::OK();
  }

  static std::string Str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : "";
  }

  void AddKey(BEntry* e, std::string_view name) {
    std::string k = Norm(name);
    if (k.size() >= 2) e->keys.push_back(std::move(k));
  }

  Status Countries(const GazetteerSources& src) {
    json iso, wc;
    KHALDUN_RETURN_IF_ERROR(ReadJson(src.iso3166_1, &iso));
    KHALDUN_RETURN_IF_ERROR(ReadJson(src.world_countries, &wc));
    std::map<std::string, BEntry> by_iso3;
    std::map<std::string, std::string> iso2_to_3;
    for (const json& c : iso.value("3166-1", json::array())) {
      std::string a3 = Str(c, "alpha_3"), a2 = Str(c, "alpha_2");
      if (a3.empty()) continue;
      BEntry& e = by_iso3[a3];
      e.code = a3;
      e.name = Str(c, "common_name");
      if (e.name.empty()) e.name = Str(c, "name");
      for (const char* k : {"name", "official_name", "common_name"})
        if (!Str(c, k).empty()) AddKey(&e, Str(c, k));
      iso2_to_3[a2] = a3;
    }
    for (const json& c : wc) {
      std::string a3 = Str(c, "cca3"), a2 = Str(c, "cca2");
      if (a2 == "XK") a3 = "XKX";
      if (a3.empty()) continue;
      BEntry& e = by_iso3[a3];
      e.code = a3;
      iso2_to_3.emplace(a2, a3);
      const json& name = c.value("name", json::object());
      if (!Str(name, "common").empty()) {
        e.name = Str(name, "common");
        AddKey(&e, e.name);
      }
      if (!Str(name, "official").empty()) AddKey(&e, Str(name, "official"));
      for (const json& a : c.value("altSpellings", json::array())) {
        if (!a.is_string()) continue;
        std::string s = a.get<std::string>();
        // Two-letter codes ("IQ") are words too often; longer ones stay.
        if (s.size() <= 2 || !LatinName(s)) continue;
        AddKey(&e, s);
      }
      const json& ll = c.value("latlng", json::array());
      if (ll.is_array() && ll.size() == 2) {
        e.e.lat = ll[0].get<float>();
        e.e.lon = ll[1].get<float>();
      }
      const json& dem = c.value("demonyms", json::object());
      if (dem.contains("eng")) {
        for (const char* g : {"m", "f"}) {
          std::string d = Str(dem["eng"], g);
          if (!d.empty()) demonyms_[a3].push_back(d);
        }
      }
    }
    for (const Alias& a : kCountryAliases) {
      auto it = by_iso3.find(a.iso3);
      if (it == by_iso3.end()) continue;
      for (const std::string& n : Split(a.names, '|')) AddKey(&it->second, n);
    }
    for (auto& [a3, e] : by_iso3) {
      if (e.name.empty()) e.name = a3;
      e.e.kind = GeoEntry::Kind::kCountry;
      e.prior = 1e12;
      iso3_index_[a3] = static_cast<uint32_t>(entries_.size());
      entries_.push_back(std::move(e));
    }
    for (auto& [a2, a3] : iso2_to_3) {
      auto it = iso3_index_.find(a3);
      if (it != iso3_index_.end()) iso2_index_[a2] = it->second;
    }
    for (uint32_t i = 0; i < entries_.size(); ++i) entries_[i].e.country = i;
    num_countries_ = entries_.size();
    return Status::OK();
  }

  Status Subdivisions(const GazetteerSources& src) {
    json iso;
    KHALDUN_RETURN_IF_ERROR(ReadJson(src.iso3166_2, &iso));
    for (const json& s : iso.value("3166-2", json::array())) {
      if (s.contains("parent")) continue;  // first level only
      std::string code = Str(s, "code");
      auto it = iso2_index_.find(code.substr(0, 2));
      if (it == iso2_index_.end()) continue;
      std::string name = Str(s, "name");
      if (size_t b = name.find(" ["); b != std::string::npos) name.resize(b);
      BEntry e;
      e.code = code;
      e.e.kind = GeoEntry::Kind::kAdm1;
      e.e.country = it->second;
      e.prior = 1e10;
      AddKey(&e, name);
      // Without the generic words and Arabic article: "Anhui Sheng" ->
      // "Anhui", "Al Anbar" -> "Anbar".
      std::vector<std::string> kept = Split(Norm(name), ' ');
      while (kept.size() > 1 &&
             std::find(std::begin(kSubdivisionWords),
                       std::end(kSubdivisionWords),
                       kept.back()) != std::end(kSubdivisionWords))
        kept.pop_back();
      if (!kept.empty() &&
          (kept[0] == "al" || kept[0] == "an" || kept[0] == "as" ||
           kept[0] == "ad" || kept[0] == "ar" || kept[0] == "ash" ||
           kept[0] == "at" || kept[0] == "az") &&
          kept.size() > 1)
        kept.erase(kept.begin());
      std::string short_key;
      for (const std::string& w : kept) {
        if (!short_key.empty()) short_key += ' ';
        short_key += w;
      }
      if (short_key.size() >= 3) e.keys.push_back(short_key);
      // Display name: the source's words without the generic ones.
      std::vector<std::string> raw = Split(name, ' ');
      while (raw.size() > 1 &&
             std::find(std::begin(kSubdivisionWords),
                       std::end(kSubdivisionWords),
                       Norm(raw.back())) != std::end(kSubdivisionWords))
        raw.pop_back();
      std::string disp;
      for (const std::string& w : raw) {
        if (!disp.empty()) disp += ' ';
        disp += w;
      }
      e.name = disp.empty() ? name : disp;
      e.e.lat = entries_[it->second].e.lat;
      e.e.lon = entries_[it->second].e.lon;
      for (const StateAbbrev& a : kUsStateAbbrevs)
        if (code == a.iso)
          for (const std::string& n : Split(a.names, '|')) AddKey(&e, n);
      adm1_by_iso_[code] = static_cast<uint32_t>(entries_.size());
      entries_.push_back(std::move(e));
      ++num_adm1_;
    }
    return Status::OK();
  }

  void AddRegions() {
    for (const Region& r : kRegions) {
      BEntry e;
      std::vector<std::string> names = Split(r.names, '|');
      e.name = names[0];
      for (const std::string& n : names) AddKey(&e, n);
      e.e.kind = GeoEntry::Kind::kRegion;
      e.e.lat = r.lat;
      e.e.lon = r.lon;
      e.e.country = GeoEntry::kNone;
      if (*r.iso3) {
        auto it = iso3_index_.find(r.iso3);
        if (it != iso3_index_.end()) e.e.country = it->second;
      }
      e.prior = 1e11;
      entries_.push_back(std::move(e));
      ++num_regions_;
    }
  }

  Status Cities(const GazetteerSources& src) {
    LineReader r;
    KHALDUN_RETURN_IF_ERROR(r.Open(src.cities1000));
    std::string_view line;
    while (r.Next(&line)) {
      std::vector<std::string> f = Split(line, '\t');
      if (f.size() < 15)
        return Status::DataLoss(r.Where() + ": expected 19 fields");
      auto it = iso2_index_.find(f[8]);
      if (it == iso2_index_.end()) continue;
      BEntry e;
      e.e.kind = GeoEntry::Kind::kCity;
      e.e.geonames_id = std::atoi(f[0].c_str());
      e.name = f[1];
      e.e.lat = std::strtof(f[4].c_str(), nullptr);
      e.e.lon = std::strtof(f[5].c_str(), nullptr);
      e.e.population =
          static_cast<uint32_t>(std::strtoul(f[14].c_str(), nullptr, 10));
      e.e.country = it->second;
      const std::string& fc = f[7];
      e.e.rank = fc == "PPLC"   ? GeoEntry::Rank::kCapital
                 : fc == "PPLA" ? GeoEntry::Rank::kSeatAdm1
                 : (fc == "PPLA2" || fc == "PPLA3" || fc == "PPLA4")
                     ? GeoEntry::Rank::kSeatLower
                     : GeoEntry::Rank::kOther;
      if (!f[10].empty()) e.adm1 = f[8] + "." + f[10];
      AddKey(&e, f[1]);
      AddKey(&e, f[2]);
      // Without the Arabic article: "Al Fallujah" -> "fallujah".
      {
        std::string k = Norm(f[2]);
        for (std::string_view art : {"al ", "an ", "as ", "ad ", "ar ", "ash ",
                                     "at ", "az ", "el ", "ad dawlat "})
          if (k.size() > art.size() + 3 && k.starts_with(art)) {
            e.alt_keys.push_back(k.substr(art.size()));
            break;
          }
      }
      for (const std::string& a : Split(f[3], ',')) {
        if (a.size() < 3 || !LatinName(a)) continue;
        if (a.size() <= 4 && AllUpper(a)) continue;  // airport codes
        std::string k = Norm(a);
        if (k.size() >= 2 && !k.starts_with("the "))
          e.alt_keys.push_back(std::move(k));
      }
      e.prior = e.e.population + static_cast<double>(e.e.rank) * 1e5;
      entries_.push_back(std::move(e));
      ++num_cities_;
    }
    return Status::OK();
  }

  // Links ISO 3166-2 subdivisions to GeoNames admin1 codes: directly when
  // GeoNames uses the ISO letters (US.CA, GB.ENG, CH.ZH), else through the
  // seat of the division bearing its name (IQ-BG Baghdad -> the PPLA/PPLC
  // "Baghdad" -> IQ.07).
  void MapAdm1() {
    // Seats by country and normalised name.
    std::unordered_map<std::string, uint32_t> seats;  // "IQ|baghdad"
    std::unordered_set<std::string> admin1_codes;     // "US.CA"
    for (uint32_t i = num_countries_; i < entries_.size(); ++i) {
      const BEntry& e = entries_[i];
      if (e.e.kind != GeoEntry::Kind::kCity || e.adm1.empty()) continue;
      admin1_codes.insert(e.adm1);
      if (e.e.rank < GeoEntry::Rank::kSeatAdm1) continue;
      std::string cc = e.adm1.substr(0, 2);
      for (const std::string& k : e.keys) {
        auto [it, fresh] = seats.emplace(cc + "|" + k, i);
        if (!fresh && entries_[it->second].e.population < e.e.population)
          it->second = i;
      }
    }
    for (auto& [iso, idx] : adm1_by_iso_) {
      BEntry& s = entries_[idx];
      std::string cc = iso.substr(0, 2);
      std::string direct = cc + "." + iso.substr(3);
      bool alpha = true;
      for (char ch : iso.substr(3))
        if (ch >= '0' && ch <= '9') alpha = false;
      if (alpha && admin1_codes.count(direct)) {
        s.adm1 = direct;
      } else {
        for (const std::string& k : s.keys) {
          auto it = seats.find(cc + "|" + k);
          if (it != seats.end()) {
            s.adm1 = entries_[it->second].adm1;
            break;
          }
        }
      }
      if (!s.adm1.empty() && !adm1_index_.count(s.adm1)) {
        adm1_index_[s.adm1] = idx;
        ++mapped_adm1_;
      }
    }
    // Cities: parent division; divisions: population-weighted centroid.
    std::unordered_map<uint32_t, std::array<double, 3>> sums;
    for (uint32_t i = num_countries_; i < entries_.size(); ++i) {
      BEntry& e = entries_[i];
      e.e.parent = GeoEntry::kNone;
      if (e.e.kind != GeoEntry::Kind::kCity || e.adm1.empty()) continue;
      auto it = adm1_index_.find(e.adm1);
      if (it == adm1_index_.end()) continue;
      e.e.parent = it->second;
      double w = std::max<double>(e.e.population, 1000);
      auto& s = sums[it->second];
      s[0] += w * e.e.lat;
      s[1] += w * e.e.lon;
      s[2] += w;
    }
    for (auto& [idx, s] : sums) {
      entries_[idx].e.lat = static_cast<float>(s[0] / s[2]);
      entries_[idx].e.lon = static_cast<float>(s[1] / s[2]);
      entries_[idx].e.population =
          static_cast<uint32_t>(std::min<double>(s[2], 4e9));
    }
    for (uint32_t i = 0; i < num_countries_; ++i)
      entries_[i].e.parent = GeoEntry::kNone;
  }

  void AddDemonyms() {
    for (auto& [iso3, names] : demonyms_) {
      auto it = iso3_index_.find(iso3);
      if (it == iso3_index_.end()) continue;
      std::sort(names.begin(), names.end());
      names.erase(std::unique(names.begin(), names.end()), names.end());
      for (const std::string& d : names) {
        BEntry e;
        e.name = d;
        e.e.kind = GeoEntry::Kind::kDemonym;
        e.e.country = it->second;
        e.e.parent = GeoEntry::kNone;
        e.prior = 0;
        AddKey(&e, d);
        // Plural for people: "Iraqis", "Americans" (not "Britishs").
        char last = d.empty() ? 0 : d.back();
        if (last != 's' && last != 'h' &&
            !(d.size() > 3 && d.substr(d.size() - 3) == "ese"))
          AddKey(&e, d + "s");
        entries_.push_back(std::move(e));
        ++num_demonyms_;
      }
    }
  }

  uint32_t Intern(const std::string& s) {
    if (s.empty()) return 0;
    auto [it, fresh] = strings_index_.emplace(s, 0);
    if (fresh) {
      it->second = static_cast<uint32_t>(strings_.size());
      strings_.append(s);
      strings_.push_back('\0');
    }
    return it->second;
  }

  Status Write(const std::string& path) {
    strings_.assign(1, '\0');
    // Keys -> postings.
    std::unordered_map<std::string, std::vector<uint32_t>> index;
    for (uint32_t i = 0; i < entries_.size(); ++i) {
      BEntry& e = entries_[i];
      std::sort(e.keys.begin(), e.keys.end());
      e.keys.erase(std::unique(e.keys.begin(), e.keys.end()), e.keys.end());
      for (const std::string& k : e.keys) index[k].push_back(i);
      std::sort(e.alt_keys.begin(), e.alt_keys.end());
      e.alt_keys.erase(std::unique(e.alt_keys.begin(), e.alt_keys.end()),
                       e.alt_keys.end());
      for (const std::string& k : e.alt_keys) {
        if (std::binary_search(e.keys.begin(), e.keys.end(), k)) continue;
        // "New York" of "New York City", "Washington" of "Washington, D.C.":
        // the leading words of the entry's own name count as its name.
        bool prefix = false;
        for (const std::string& own : e.keys)
          if (own.size() > k.size() && own.starts_with(k) &&
              own[k.size()] == ' ')
            prefix = true;
        index[k].push_back(prefix ? i : (i | GeoEntry::kAltName));
      }
    }
    std::vector<std::string> keys;
    keys.reserve(index.size());
    for (auto& [k, v] : index) keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    std::vector<uint32_t> key_table;
    std::vector<uint32_t> postings;
    constexpr size_t kMaxPostings = 100;
    for (const std::string& k : keys) {
      std::vector<uint32_t>& v = index[k];
      std::stable_sort(v.begin(), v.end(), [&](uint32_t a, uint32_t b) {
        return entries_[a & GeoEntry::kIndexMask].prior >
               entries_[b & GeoEntry::kIndexMask].prior;
      });
      if (v.size() > kMaxPostings) v.resize(kMaxPostings);
      key_table.push_back(Intern(k));
      key_table.push_back(static_cast<uint32_t>(postings.size()));
      postings.insert(postings.end(), v.begin(), v.end());
      key_table.push_back(static_cast<uint32_t>(postings.size()));
    }
    uint32_t num_slots = 1;
    while (num_slots < keys.size() * 2) num_slots <<= 1;
    std::vector<uint32_t> slots(num_slots, 0);
    for (uint32_t i = 0; i < keys.size(); ++i) {
      uint32_t s =
          static_cast<uint32_t>(geo::HashKey(keys[i])) & (num_slots - 1);
      while (slots[s] != 0) s = (s + 1) & (num_slots - 1);
      slots[s] = i + 1;
    }
    std::vector<GeoEntry> out(entries_.size());
    for (size_t i = 0; i < entries_.size(); ++i) {
      BEntry& e = entries_[i];
      out[i] = e.e;
      out[i].name = Intern(e.name);
      out[i].code = Intern(e.code);
      out[i].adm1 = Intern(e.adm1);
    }
    num_keys_ = keys.size();
    num_postings_ = postings.size();

    geo::GazetteerHeader h{};
    std::memcpy(h.magic, "KHGAZ\0\0\0", 8);
    h.version = Gazetteer::kFormatVersion;
    h.num_entries = static_cast<uint32_t>(out.size());
    h.num_countries = static_cast<uint32_t>(num_countries_);
    h.num_keys = static_cast<uint32_t>(keys.size());
    h.num_slots = num_slots;
    h.num_postings = static_cast<uint32_t>(postings.size());
    h.strings_size = static_cast<uint32_t>(strings_.size());
    std::string buf;
    auto put = [&](const void* p, size_t n) {
      buf.append(static_cast<const char*>(p), n);
      buf.resize(geo::Align8(buf.size()), '\0');
    };
    put(&h, sizeof(h));
    put(out.data(), out.size() * sizeof(GeoEntry));
    put(key_table.data(), key_table.size() * 4);
    put(slots.data(), slots.size() * 4);
    put(postings.data(), postings.size() * 4);
    put(strings_.data(), strings_.size());
    std::string tmp = path + ".tmp";
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return Status::IOError(tmp + ": cannot write");
    bool ok = std::fwrite(buf.data(), 1, buf.size(), f) == buf.size();
    ok = std::fclose(f) == 0 && ok;
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0)
      return Status::IOError(path + ": write failed");
    return Status::OK();
  }

  std::vector<BEntry> entries_;
  size_t num_countries_ = 0, num_adm1_ = 0, mapped_adm1_ = 0, num_cities_ = 0,
         num_regions_ = 0, num_demonyms_ = 0, num_keys_ = 0, num_postings_ = 0;
  std::map<std::string, uint32_t> iso3_index_, iso2_index_, adm1_by_iso_;
  std::unordered_map<std::string, uint32_t> adm1_index_;
  std::map<std::string, std::vector<std::string>> demonyms_;
  std::string strings_;
  std::unordered_map<std::string, uint32_t> strings_index_;
};

}  // namespace

Status Gazetteer::Build(const GazetteerSources& sources,
                        const std::string& out_path, std::string* summary) {
  Builder b;
  return b.Run(sources, out_path, summary);
}

}  // namespace khaldun
