// Gazetteer build/load and geocoder rules on a small fixture gazetteer
// written by the test (no npm packages or ../shared needed).
#include "khaldun/geo.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "khaldun/dates.h"
#include "khaldun/segmenter.h"

namespace khaldun {
namespace {

std::string TempDir() {
  static std::string dir = [] {
    char tmpl[] = "/tmp/khaldun_geo_testXXXXXX";
    char* d = mkdtemp(tmpl);
    return std::string(d ? d : "/tmp");
  }();
  return dir;
}

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

// GeoNames cities1000 rows: id, name, ascii, alternates, lat, lon, class,
// code, country, cc2, admin1, admin2, admin3, admin4, population, ...
std::string City(const char* id, const char* name, const char* alts,
                 const char* lat, const char* lon, const char* code,
                 const char* cc, const char* admin1, const char* pop) {
  return std::string(id) + "\t" + name + "\t" + name + "\t" + alts + "\t" +
         lat + "\t" + lon + "\tP\t" + code + "\t" + cc + "\t\t" + admin1 +
         "\t\t\t\t" + pop + "\t\t0\tUTC\t2020-01-01\n";
}

std::shared_ptr<const Gazetteer> Fixture() {
  static std::shared_ptr<const Gazetteer> gaz = [] {
    std::string d = TempDir();
    Write(d + "/iso1.json", R"({"3166-1": [
      {"alpha_2": "IQ", "alpha_3": "IRQ", "name": "Iraq"},
      {"alpha_2": "FR", "alpha_3": "FRA", "name": "France"},
      {"alpha_2": "US", "alpha_3": "USA", "name": "United States"},
      {"alpha_2": "LY", "alpha_3": "LBY", "name": "Libya"},
      {"alpha_2": "LB", "alpha_3": "LBN", "name": "Lebanon"},
      {"alpha_2": "JO", "alpha_3": "JOR", "name": "Jordan"},
      {"alpha_2": "GE", "alpha_3": "GEO", "name": "Georgia"}]})");
    Write(d + "/iso2.json", R"({"3166-2": [
      {"code": "IQ-BG", "name": "Baghdād", "type": "Governorate"},
      {"code": "US-TX", "name": "Texas", "type": "State"},
      {"code": "US-GA", "name": "Georgia", "type": "State"},
      {"code": "US-CA", "name": "California", "type": "State"}]})");
    Write(d + "/wc.json", R"([
      {"cca2": "IQ", "cca3": "IRQ", "name": {"common": "Iraq"},
       "latlng": [33, 44], "altSpellings": ["IQ"],
       "demonyms": {"eng": {"m": "Iraqi", "f": "Iraqi"}}},
      {"cca2": "US", "cca3": "USA", "name": {"common": "United States"},
       "latlng": [38, -97], "altSpellings": ["US", "USA"],
       "demonyms": {"eng": {"m": "American", "f": "American"}}},
      {"cca2": "LB", "cca3": "LBN", "name": {"common": "Lebanon"},
       "latlng": [33.8, 35.8], "altSpellings": [],
       "demonyms": {"eng": {"m": "Lebanese", "f": "Lebanese"}}}])");
    std::string cities = City("98182", "Baghdad", "Bagdad,Bagdád", "33.34",
                              "44.40", "PPLC", "IQ", "07", "7216000") +
                         City("2988507", "Paris", "Lutetia", "48.85", "2.35",
                              "PPLC", "FR", "11", "2138551") +
                         City("4717560", "Paris", "", "33.66", "-95.55",
                              "PPLA2", "US", "TX", "24782") +
                         City("2210247", "Tripoli", "Tarabulus", "32.88",
                              "13.18", "PPLC", "LY", "77", "1150989") +
                         City("266826", "Tripoli", "", "34.43", "35.84", "PPLA",
                              "LB", "09", "229398") +
                         City("4180439", "Atlanta", "", "33.75", "-84.39",
                              "PPLA", "US", "GA", "463878") +
                         City("5367929", "Long Beach", "", "33.77", "-118.19",
                              "PPL", "US", "CA", "474140") +
                         City("2172797", "Long Beach", "", "-33.0", "151.0",
                              "PPL", "AU", "02", "5000") +
                         City("1", "Washington", "Hometown", "1", "1", "PPL",
                              "US", "TX", "150000");
    Write(d + "/cities.txt", cities);
    GazetteerSources src;
    src.cities1000 = d + "/cities.txt";
    src.world_countries = d + "/wc.json";
    src.iso3166_1 = d + "/iso1.json";
    src.iso3166_2 = d + "/iso2.json";
    std::string summary;
    Status s = Gazetteer::Build(src, d + "/gaz.bin", &summary);
    EXPECT_TRUE(s.ok()) << s.ToString();
    std::shared_ptr<const Gazetteer> g;
    s = Gazetteer::Load(d + "/gaz.bin", &g);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return g;
  }();
  return gaz;
}

std::string Key(std::string_view s) {
  std::string out;
  NormalizePlaceName(s, &out);
  return out;
}

TEST(NormalizePlaceName, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(Key("Al-Başrah"), "al basrah");
  EXPECT_EQ(Key("U.S."), "us");
  EXPECT_EQ(Key("  Sant Julià   de Lòria "), "sant julia de loria");
  EXPECT_EQ(Key("Karbalā’"), "karbala");
  EXPECT_EQ(Key("Şalāḩ ad Dīn"), "salah ad din");
  EXPECT_EQ(Key("BAGHDAD"), "baghdad");
}

TEST(Gazetteer, BuildLoadLookup) {
  auto g = Fixture();
  ASSERT_TRUE(g);
  auto c = g->Lookup("baghdad");
  ASSERT_GE(c.size(), 2u);  // the city and the governorate
  bool city = false;
  for (uint32_t raw : c) {
    const GeoEntry& e = g->entry(raw & GeoEntry::kIndexMask);
    if (e.kind == GeoEntry::Kind::kCity) {
      city = true;
      EXPECT_EQ(e.geonames_id, 98182);
      Place p = g->ToPlace(raw & GeoEntry::kIndexMask);
      EXPECT_EQ(p.country, "IRQ");
      EXPECT_EQ(p.adm1, "IQ.07");
      EXPECT_EQ(p.name, "Baghdad, Baghdād, Iraq");
    }
  }
  EXPECT_TRUE(city);
  // An alternate name is flagged.
  auto alt = g->Lookup("bagdad");
  ASSERT_EQ(alt.size(), 1u);
  EXPECT_TRUE(alt[0] & GeoEntry::kAltName);
  EXPECT_TRUE(g->Lookup("atlantis").empty());
  uint32_t usa = g->CountryByIso3("USA");
  ASSERT_NE(usa, GeoEntry::kNone);
  EXPECT_EQ(g->entry(usa).kind, GeoEntry::Kind::kCountry);
  EXPECT_EQ(g->CountryByIso3("XXX"), GeoEntry::kNone);
  // US states are linked to GeoNames admin1 codes directly.
  auto tx = g->Lookup("texas");
  ASSERT_EQ(tx.size(), 1u);
  EXPECT_EQ(g->ToPlace(tx[0]).adm1, "US.TX");
  // AP abbreviations name the state.
  EXPECT_EQ(g->Lookup("calif").size(), 1u);
}

TEST(Gazetteer, LoadErrors) {
  std::shared_ptr<const Gazetteer> g;
  EXPECT_EQ(Gazetteer::Load(TempDir() + "/missing.bin", &g).code(),
            Status::Code::kNotFound);
  Write(TempDir() + "/bad.bin",
        "not a gazetteer at all, clearly not one....."
        "..........");
  EXPECT_EQ(Gazetteer::Load(TempDir() + "/bad.bin", &g).code(),
            Status::Code::kDataLoss);
}

std::vector<PlaceMention> Find(const std::string& text,
                               Document* doc_out = nullptr) {
  Document doc;
  doc.text = text;
  Segmenter().Segment(&doc);
  Geocoder geo(Fixture());
  auto out = geo.Find(doc);
  if (doc_out) *doc_out = std::move(doc);
  return out;
}

const PlaceMention* Mention(const std::vector<PlaceMention>& ms,
                            const std::string& text) {
  for (const PlaceMention& m : ms)
    if (m.text == text) return &m;
  return nullptr;
}

long Id(const PlaceMention* m) {
  return m ? Fixture()->entry(m->entry).geonames_id : -1;
}

TEST(Geocoder, PopulationAndCapitals) {
  auto ms = Find("Police arrested two men in Paris on Friday.");
  EXPECT_EQ(Id(Mention(ms, "Paris")), 2988507);
  ms = Find("Militias fought for control of Tripoli.");
  EXPECT_EQ(Id(Mention(ms, "Tripoli")), 2210247);
}

TEST(Geocoder, ContainingRegionCues) {
  auto ms = Find("The mayor of Paris, Texas, declared an emergency.");
  EXPECT_EQ(Id(Mention(ms, "Paris")), 4717560);
  ms = Find("Clashes in Tripoli, Lebanon, killed three people.");
  EXPECT_EQ(Id(Mention(ms, "Tripoli")), 266826);
  ms = Find("The port of Long Beach, Calif., reopened.");
  EXPECT_EQ(Id(Mention(ms, "Long Beach")), 5367929);
}

TEST(Geocoder, DocumentContext) {
  // Lebanon named elsewhere in the document.
  auto ms = Find("Lebanon sent troops. They deployed in Tripoli.");
  EXPECT_EQ(Id(Mention(ms, "Tripoli")), 266826);
  // A demonym gives the context too.
  ms = Find("Lebanese troops deployed in Tripoli.");
  EXPECT_EQ(Id(Mention(ms, "Tripoli")), 266826);
}

TEST(Geocoder, CountriesBeatNamesakesAndStatesNeedContext) {
  auto ms = Find("Russian troops crossed into Georgia.");
  ASSERT_TRUE(Mention(ms, "Georgia"));
  EXPECT_EQ(Mention(ms, "Georgia")->kind, GeoEntry::Kind::kCountry);
  ms = Find("Storms hit Atlanta, Georgia, overnight.");
  ASSERT_TRUE(Mention(ms, "Georgia"));
  EXPECT_EQ(Mention(ms, "Georgia")->kind, GeoEntry::Kind::kAdm1);
}

TEST(Geocoder, PersonsAndOrganisationsAreNotPlaces) {
  EXPECT_EQ(Mention(Find("Yesterday Michael Jordan visited Texas."), "Jordan"),
            nullptr);
  EXPECT_EQ(Mention(Find("The Bank of Paris raised rates."), "Paris"), nullptr);
  // An alternate name of a small place is not taken bare.
  EXPECT_EQ(Mention(Find("He visited his Hometown friends."), "Hometown"),
            nullptr);
}

TEST(Geocoder, DatelineAndTransliteration) {
  auto ms = Find("BAGHDAD (Reuters) - A bomb exploded in Bagdad on Monday.");
  const PlaceMention* d = Mention(ms, "BAGHDAD");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->cue, PlaceMention::Cue::kDateline);
  EXPECT_EQ(Id(d), 98182);
  EXPECT_EQ(Id(Mention(ms, "Bagdad")), 98182);
}

TEST(Geocoder, UnknownNamesNeverFail) {
  auto ms = Find("Officials in Xanadu and Atlantis met in Paris.");
  EXPECT_EQ(ms.size(), 1u);
  Document doc;  // empty document
  Geocoder geo(Fixture());
  EXPECT_TRUE(geo.Find(doc).empty());
}

Event MakeEvent(const Document& doc, const char* pred, const char* src,
                const char* tgt, int quad) {
  Event e;
  e.sentence = 0;
  for (const Token& t : doc.sentences[0].tokens)
    if (t.form == pred) e.evidence.predicate = t.span;
  e.source.country = src;
  if (*tgt) {
    e.target.emplace();
    e.target->country = tgt;
  }
  e.quad_class = quad;
  return e;
}

TEST(GeocoderAnnotate, LocativeDatelineAndFallback) {
  Geocoder geo(Fixture());
  Document doc;
  doc.text =
      "BAGHDAD (Reuters) - Iraq accused the United States of the attack, "
      "and troops clashed in Tripoli, Lebanon.";
  Segmenter().Segment(&doc);
  std::vector<Event> events;
  // A statement by Iraq: the dateline.
  events.push_back(MakeEvent(doc, "accused", "IRQ", "USA", 3));
  // A fight located by the sentence.
  events.push_back(MakeEvent(doc, "clashed", "USA", "LBN", 4));
  // A statement by the US: not at the Baghdad dateline; centroid of USA.
  events.push_back(MakeEvent(doc, "accused", "USA", "FRA", 3));
  geo.Annotate(doc, &events);
  ASSERT_TRUE(events[0].where);
  EXPECT_EQ(events[0].where->geonames_id, 98182);
  EXPECT_FALSE(events[0].where->centroid_fallback);
  EXPECT_EQ(doc.slice(events[0].where->span), "BAGHDAD");
  ASSERT_TRUE(events[1].where);
  EXPECT_EQ(events[1].where->geonames_id, 266826);
  EXPECT_EQ(doc.slice(events[1].where->span), "Tripoli");
  ASSERT_TRUE(events[2].where);
  EXPECT_TRUE(events[2].where->centroid_fallback);
  EXPECT_EQ(events[2].where->type, Place::Type::kCountry);
  EXPECT_EQ(events[2].where->country, "USA");
  EXPECT_TRUE(events[2].where->span.empty());
}

}  // namespace
}  // namespace khaldun
