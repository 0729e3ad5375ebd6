#include "khaldun/writer.h"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "khaldun/cameo.h"

namespace khaldun {
namespace {

using nlohmann::json;

// A document with a heading and two sentences, and an event on the second
// sentence: "Iraqi troops attacked ISIS positions near Mosul."
Document MakeDoc() {
  Document doc;
  doc.id = "reuters-001";
  doc.date = {2024, 1, 10, Date::Precision::kDay};
  doc.url = "https://example.org/a?x=1";
  doc.text =
      "Fighting in north\n"
      "BAGHDAD: Iraq condemned the attack. "
      "Iraqi troops attacked ISIS positions near Mosul.";
  Sentence head;
  head.span = {0, 17};
  head.is_heading = true;
  Sentence s1;
  s1.span = {18, 53};
  Sentence s2;
  s2.span = {54, static_cast<uint32_t>(doc.text.size())};
  doc.sentences = {head, s1, s2};
  return doc;
}

Event MakeEvent(const Document& doc) {
  Event e;
  e.doc = doc.id;
  e.sentence = 2;
  e.date = {2024, 1, 9, Date::Precision::kDay};
  e.source.code = "IRQMIL";
  e.source.name = "Iraq";
  e.source.country = "IRQ";
  e.source.types = {"MIL"};
  e.source.text = "Iraqi troops";
  e.source.span = {54, 66};
  e.source.entry = "data/lexicon/actors.txt:12";
  Actor t;
  t.code = "ISI";
  t.name = "Islamic State";
  t.group = "ISI";
  t.types = {"REB", "UAF", "INS", "CVL"};  // more than 3: TSV keeps 3
  t.text = "ISIS";
  t.span = {76, 80};
  e.target = t;
  e.code = "190";
  EXPECT_TRUE(Cameo::Get().Annotate(&e));
  e.evidence.predicate = {67, 75};
  e.evidence.rule = "subj-verb-dobj";
  e.evidence.entry = "data/lexicon/verbs.txt:99";
  e.confidence = 0.875;
  return e;
}

std::string WriteOne(OutputFormat f, const Document& doc, const Event& e) {
  std::string out;
  EventWriter::Create(f)->Write(doc, e, &out);
  return out;
}

TEST(OutputFormatTest, Parse) {
  OutputFormat f = OutputFormat::kTsv;
  EXPECT_TRUE(ParseOutputFormat("jsonl", &f));
  EXPECT_EQ(f, OutputFormat::kJsonl);
  EXPECT_TRUE(ParseOutputFormat("tsv", &f));
  EXPECT_EQ(f, OutputFormat::kTsv);
  EXPECT_FALSE(ParseOutputFormat("csv", &f));
  EXPECT_FALSE(ParseOutputFormat("", &f));
  EXPECT_EQ(OutputFormatName(OutputFormat::kTsv), "tsv");
  EXPECT_EQ(OutputFormatName(OutputFormat::kJsonl), "jsonl");
  EXPECT_EQ(EventWriter::Create(OutputFormat::kTsv)->format(),
            OutputFormat::kTsv);
}

TEST(JsonlWriterTest, RoundTrip) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  std::string line = WriteOne(OutputFormat::kJsonl, doc, e);
  ASSERT_FALSE(line.empty());
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);  // exactly one line
  json j = json::parse(line);
  EXPECT_EQ(j["doc"], "reuters-001");
  EXPECT_EQ(j["sentence"], 2);
  EXPECT_EQ(j["sentence_text"],
            "Iraqi troops attacked ISIS positions near Mosul.");
  EXPECT_EQ(j["date"], "2024-01-09");
  EXPECT_EQ(j["source"]["code"], "IRQMIL");
  EXPECT_EQ(j["source"]["name"], "Iraq");
  EXPECT_EQ(j["source"]["country"], "IRQ");
  EXPECT_EQ(j["source"]["group"], "");
  EXPECT_EQ(j["source"]["types"], json::array({"MIL"}));
  EXPECT_EQ(j["source"]["text"], "Iraqi troops");
  EXPECT_EQ(j["source"]["span"], json::array({54, 66}));
  EXPECT_EQ(j["source"]["entry"], "data/lexicon/actors.txt:12");
  // Spans are byte offsets into the document text.
  auto span = j["source"]["span"];
  EXPECT_EQ(doc.text.substr(span[0], span[1].get<int>() - span[0].get<int>()),
            "Iraqi troops");
  EXPECT_EQ(j["target"]["group"], "ISI");
  EXPECT_EQ(j["target"]["types"].size(), 4u);
  EXPECT_EQ(j["code"], "190");
  EXPECT_EQ(j["root"], "19");
  EXPECT_EQ(j["base"], "190");
  EXPECT_EQ(j["quad_class"], 4);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), -8.0);
  EXPECT_TRUE(j["goldstein"].is_number_float());
  EXPECT_EQ(j["plover"]["event"], "ASSAULT");
  EXPECT_EQ(j["plover"]["mode"], "");
  EXPECT_TRUE(j["where"].is_null());
  EXPECT_EQ(j["evidence"]["predicate"], json::array({67, 75}));
  EXPECT_EQ(j["evidence"]["rule"], "subj-verb-dobj");
  EXPECT_EQ(j["evidence"]["entry"], "data/lexicon/verbs.txt:99");
  EXPECT_DOUBLE_EQ(j["confidence"].get<double>(), 0.875);
  EXPECT_EQ(j["mentions"], 1);
  EXPECT_EQ(j["unknown_names"], json::array());
  // Field order is fixed (documented in docs/output.md).
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  std::set<std::string> got(keys.begin(), keys.end());
  std::set<std::string> want = {
      "doc",        "sentence",  "sentence_text", "date",  "date_precision",
      "source",     "target",    "code",          "root",  "base",
      "quad_class", "goldstein", "plover",        "where", "evidence",
      "confidence", "mentions",  "unknown_names"};
  EXPECT_EQ(got, want);
  // ... and in the documented order.
  size_t pos = 0;
  for (const char* key :
       {"\"doc\":", "\"sentence\":", "\"sentence_text\":", "\"date\":",
        "\"date_precision\":", "\"source\":", "\"target\":", "\"code\":\"190\"",
        "\"root\":", "\"base\":", "\"quad_class\":", "\"goldstein\":",
        "\"plover\":", "\"where\":", "\"evidence\":", "\"confidence\":",
        "\"mentions\":", "\"unknown_names\":"}) {
    size_t p = line.find(key, pos);
    ASSERT_NE(p, std::string::npos) << key;
    pos = p;
  }
}

TEST(JsonlWriterTest, UnknownNames) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  e.unknown_names.push_back({"Mosul", {76, 81}});
  e.unknown_names.push_back({"Abu \"X\"", {0, 3}});
  auto w = EventWriter::Create(OutputFormat::kJsonl);
  std::string line;
  w->Write(doc, e, &line);
  json j = json::parse(line);
  ASSERT_EQ(j["unknown_names"].size(), 2u);
  EXPECT_EQ(j["unknown_names"][0]["text"], "Mosul");
  EXPECT_EQ(j["unknown_names"][0]["span"], json::array({76, 81}));
  EXPECT_EQ(j["unknown_names"][1]["text"], "Abu \"X\"");
}

TEST(JsonlWriterTest, NullTargetUnknownDateNoPlover) {
  Document doc = MakeDoc();
  doc.date = Date();
  Event e = MakeEvent(doc);
  e.target.reset();
  e.date = Date();
  e.code = "010";  // statements have no PLOVER category
  ASSERT_TRUE(Cameo::Get().Annotate(&e));
  json j = json::parse(WriteOne(OutputFormat::kJsonl, doc, e));
  EXPECT_TRUE(j.contains("target"));
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_TRUE(j["date_precision"].is_null());
  EXPECT_TRUE(j["plover"].is_null());
  EXPECT_EQ(j["quad_class"], 1);
}

TEST(JsonlWriterTest, DateFallsBackToDocument) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  e.date = Date();
  json j = json::parse(WriteOne(OutputFormat::kJsonl, doc, e));
  EXPECT_EQ(j["date"], "2024-01-10");
  EXPECT_EQ(j["date_precision"], "day");
}

TEST(JsonlWriterTest, DatePrecisionFollowsTheDate) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  ASSERT_TRUE(Date::Parse("2024-01", &e.date));
  json j = json::parse(WriteOne(OutputFormat::kJsonl, doc, e));
  EXPECT_EQ(j["date"], "2024-01");
  EXPECT_EQ(j["date_precision"], "month");
}

TEST(JsonlWriterTest, SentenceTextFromDocumentWhenEmpty) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  e.sentence_text.clear();
  e.sentence = 1;
  json j = json::parse(WriteOne(OutputFormat::kJsonl, doc, e));
  EXPECT_EQ(j["sentence_text"], "BAGHDAD: Iraq condemned the attack.");
  e.sentence_text = "explicit";
  j = json::parse(WriteOne(OutputFormat::kJsonl, doc, e));
  EXPECT_EQ(j["sentence_text"], "explicit");
  e.sentence_text.clear();
  e.sentence = 99;  // out of range: empty, no crash
  j = json::parse(WriteOne(OutputFormat::kJsonl, doc, e));
  EXPECT_EQ(j["sentence_text"], "");
}

TEST(JsonlWriterTest, Where) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  Place p;
  p.type = Place::Type::kCity;
  p.name = "Mosul, Nineveh, Iraq";
  p.country = "IRQ";
  p.adm1 = "IQ.15";
  p.lat = 36.335;
  p.lon = 43.11889;
  p.geonames_id = 99072;
  p.span = {96, 101};
  e.where = p;
  json j = json::parse(WriteOne(OutputFormat::kJsonl, doc, e));
  const json& w = j["where"];
  EXPECT_EQ(w["type"], "city");
  EXPECT_EQ(w["name"], "Mosul, Nineveh, Iraq");
  EXPECT_EQ(w["country"], "IRQ");
  EXPECT_EQ(w["adm1"], "IQ.15");
  EXPECT_DOUBLE_EQ(w["lat"].get<double>(), 36.335);
  EXPECT_DOUBLE_EQ(w["lon"].get<double>(), 43.11889);
  EXPECT_EQ(w["geonames_id"], 99072);
  EXPECT_EQ(w["span"], json::array({96, 101}));
  EXPECT_EQ(w["centroid_fallback"], false);

  p.type = Place::Type::kCountry;
  p.span = {};
  p.geonames_id = 0;
  p.centroid_fallback = true;
  e.where = p;
  j = json::parse(WriteOne(OutputFormat::kJsonl, doc, e));
  EXPECT_EQ(j["where"]["type"], "country");
  EXPECT_TRUE(j["where"]["span"].is_null());
  EXPECT_TRUE(j["where"]["geonames_id"].is_null());
  EXPECT_EQ(j["where"]["centroid_fallback"], true);
}

TEST(JsonEscapeTest, QuotesNewlinesTabsControls) {
  std::string nasty = "say \"hi\"\\ back\nnew\tline\r\b\f";
  nasty.push_back('\x01');
  nasty.push_back('\x1f');
  nasty.push_back('\0');
  nasty += "\x7f caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xe2\x80\xa8";
  std::string out;
  AppendJsonString(nasty, &out);
  EXPECT_EQ(out.find('\n'), std::string::npos);
  EXPECT_EQ(out.find('\t'), std::string::npos);
  for (unsigned char c : out) EXPECT_GE(c, 0x20) << out;
  EXPECT_NE(out.find("\\u0001"), std::string::npos);
  EXPECT_NE(out.find("\\u001f"), std::string::npos);
  EXPECT_NE(out.find("\\u0000"), std::string::npos);
  EXPECT_EQ(json::parse(out).get<std::string>(), nasty);

  // The same through a whole record.
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  e.sentence_text = nasty;
  e.source.name = nasty;
  e.evidence.rule = "";
  std::string line = WriteOne(OutputFormat::kJsonl, doc, e);
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  json j = json::parse(line);
  EXPECT_EQ(j["sentence_text"], nasty);
  EXPECT_EQ(j["source"]["name"], nasty);
  EXPECT_EQ(j["evidence"]["rule"], "");

  out.clear();
  AppendJsonString("", &out);
  EXPECT_EQ(out, "\"\"");
  out.clear();
  AppendJsonString("plain", &out);
  EXPECT_EQ(out, "\"plain\"");
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    if (tab == std::string::npos) {
      f.push_back(line.substr(start));
      return f;
    }
    f.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

TEST(TsvWriterTest, HeaderNamesAndColumnCount) {
  auto w = EventWriter::Create(OutputFormat::kTsv);
  std::string header;
  w->Begin(&header);
  ASSERT_EQ(header.back(), '\n');
  header.pop_back();
  std::vector<std::string> cols = SplitTabs(header);
  ASSERT_EQ(cols.size(), 61u);
  ASSERT_EQ(TsvColumns().size(), 61u);
  for (size_t i = 0; i < cols.size(); ++i) EXPECT_EQ(cols[i], TsvColumns()[i]);
  EXPECT_EQ(cols[0], "GLOBALEVENTID");
  EXPECT_EQ(cols[1], "SQLDATE");
  EXPECT_EQ(cols[5], "Actor1Code");
  EXPECT_EQ(cols[15], "Actor2Code");
  EXPECT_EQ(cols[25], "IsRootEvent");
  EXPECT_EQ(cols[26], "EventCode");
  EXPECT_EQ(cols[30], "GoldsteinScale");
  EXPECT_EQ(cols[35], "Actor1Geo_Type");
  EXPECT_EQ(cols[51], "ActionGeo_Type");
  EXPECT_EQ(cols[59], "DATEADDED");
  EXPECT_EQ(cols[60], "SOURCEURL");
  // JSONL has no header.
  std::string none;
  EventWriter::Create(OutputFormat::kJsonl)->Begin(&none);
  EXPECT_EQ(none, "");
}

std::map<std::string, std::string> TsvRecord(const Document& doc,
                                             const Event& e) {
  std::string line = WriteOne(OutputFormat::kTsv, doc, e);
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  line.pop_back();
  std::vector<std::string> f = SplitTabs(line);
  EXPECT_EQ(f.size(), 61u) << line;
  std::map<std::string, std::string> m;
  for (size_t i = 0; i < f.size() && i < TsvColumns().size(); ++i) {
    m[std::string(TsvColumns()[i])] = f[i];
  }
  return m;
}

TEST(TsvWriterTest, FieldsFilledLikeGdelt) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  Place p;
  p.type = Place::Type::kCity;
  p.name = "Mosul, Nineveh, Iraq";
  p.country = "IRQ";
  p.adm1 = "IQ.15";
  p.lat = 36.335;
  p.lon = 43.11889;
  p.geonames_id = 99072;
  e.where = p;
  auto m = TsvRecord(doc, e);
  EXPECT_EQ(m["GLOBALEVENTID"], std::to_string(EventId(doc, e)));
  EXPECT_EQ(m["SQLDATE"], "20240109");
  EXPECT_EQ(m["MonthYear"], "202401");
  EXPECT_EQ(m["Year"], "2024");
  EXPECT_EQ(m["FractionDate"], "2024.1068");  // 2024 + (30 + 9) / 365
  EXPECT_EQ(m["Actor1Code"], "IRQMIL");
  EXPECT_EQ(m["Actor1Name"], "Iraq");
  EXPECT_EQ(m["Actor1CountryCode"], "IRQ");
  EXPECT_EQ(m["Actor1KnownGroupCode"], "");
  EXPECT_EQ(m["Actor1Type1Code"], "MIL");
  EXPECT_EQ(m["Actor1Type2Code"], "");
  EXPECT_EQ(m["Actor2Code"], "ISI");
  EXPECT_EQ(m["Actor2KnownGroupCode"], "ISI");
  EXPECT_EQ(m["Actor2Type1Code"], "REB");
  EXPECT_EQ(m["Actor2Type3Code"], "INS");
  EXPECT_EQ(m["Actor2EthnicCode"], "");
  EXPECT_EQ(m["IsRootEvent"], "0");  // sentence 1 is the lead, not 2
  EXPECT_EQ(m["EventCode"], "190");
  EXPECT_EQ(m["EventBaseCode"], "190");
  EXPECT_EQ(m["EventRootCode"], "19");
  EXPECT_EQ(m["QuadClass"], "4");
  EXPECT_EQ(m["GoldsteinScale"], "-8.0");
  EXPECT_EQ(m["NumMentions"], "1");
  EXPECT_EQ(m["NumArticles"], "1");
  EXPECT_EQ(m["AvgTone"], "");
  EXPECT_EQ(m["Actor1Geo_Type"], "");
  EXPECT_EQ(m["ActionGeo_Type"], "4");  // world city
  EXPECT_EQ(m["ActionGeo_FullName"], "Mosul, Nineveh, Iraq");
  EXPECT_EQ(m["ActionGeo_CountryCode"], "IZ");  // FIPS 10-4, as GDELT
  EXPECT_EQ(m["ActionGeo_ADM1Code"], "IZ15");
  EXPECT_EQ(m["ActionGeo_Lat"], "36.335");
  EXPECT_EQ(m["ActionGeo_Long"], "43.11889");
  EXPECT_EQ(m["ActionGeo_FeatureID"], "99072");
  EXPECT_EQ(m["DATEADDED"], "");
  EXPECT_EQ(m["SOURCEURL"], "https://example.org/a?x=1");

  e.sentence = 1;
  e.target.reset();
  e.where.reset();
  doc.url.clear();
  m = TsvRecord(doc, e);
  EXPECT_EQ(m["IsRootEvent"], "1");
  EXPECT_EQ(m["Actor2Code"], "");
  EXPECT_EQ(m["Actor2Type1Code"], "");
  EXPECT_EQ(m["ActionGeo_Type"], "");
  EXPECT_EQ(m["SOURCEURL"], "reuters-001");  // no URL: the document id

  // A country-level place: FIPS code as ADM1 and feature id, as GDELT does.
  Place c;
  c.type = Place::Type::kCountry;
  c.name = "Iraq";
  c.country = "IRQ";
  c.lat = 33;
  c.lon = 44;
  e.where = c;
  m = TsvRecord(doc, e);
  EXPECT_EQ(m["ActionGeo_Type"], "1");
  EXPECT_EQ(m["ActionGeo_ADM1Code"], "IZ");
  EXPECT_EQ(m["ActionGeo_FeatureID"], "IZ");
  EXPECT_EQ(m["ActionGeo_Lat"], "33.0");
  c.type = Place::Type::kAdm1;
  c.country = "USA";
  c.adm1 = "US.CA";
  e.where = c;
  EXPECT_EQ(TsvRecord(doc, e)["ActionGeo_Type"], "2");  // US state
  EXPECT_EQ(TsvRecord(doc, e)["ActionGeo_ADM1Code"], "USCA");

  // Unknown dates leave the date columns empty.
  e.date = Date();
  doc.date = Date();
  m = TsvRecord(doc, e);
  EXPECT_EQ(m["SQLDATE"], "");
  EXPECT_EQ(m["FractionDate"], "");
  EXPECT_EQ(m["EventCode"], "190");
}

TEST(TsvWriterTest, TabsAndNewlinesInFieldsBecomeSpaces) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  e.source.name = "Iraq\tthe\nstate\r";
  auto m = TsvRecord(doc, e);  // checks 61 columns, one line
  EXPECT_EQ(m["Actor1Name"], "Iraq the state ");
}

TEST(EventIdTest, DeterministicAndDistinct) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  uint64_t id = EventId(doc, e);
  EXPECT_EQ(id, EventId(doc, e));
  Document copy = doc;
  EXPECT_EQ(id, EventId(copy, e));
  EXPECT_LT(id, 1ULL << 63);
  std::set<uint64_t> ids = {id};
  Event other = e;
  other.sentence = 1;
  EXPECT_TRUE(ids.insert(EventId(doc, other)).second);
  other = e;
  other.code = "193";
  EXPECT_TRUE(ids.insert(EventId(doc, other)).second);
  other = e;
  other.target.reset();
  EXPECT_TRUE(ids.insert(EventId(doc, other)).second);
  other = e;
  other.source.code = "IRQGOV";  // compound actor, same span
  EXPECT_TRUE(ids.insert(EventId(doc, other)).second);
  other = e;
  other.doc = "reuters-002";
  EXPECT_TRUE(ids.insert(EventId(doc, other)).second);
  // Fields that do not identify the event do not change the id.
  other = e;
  other.confidence = 0.1;
  other.where = Place();
  EXPECT_EQ(EventId(doc, other), id);
}

TEST(WriterTest, AppendsWithoutClobbering) {
  Document doc = MakeDoc();
  Event e = MakeEvent(doc);
  for (OutputFormat f : {OutputFormat::kJsonl, OutputFormat::kTsv}) {
    auto w = EventWriter::Create(f);
    std::string out = "prefix\n";
    w->Write(doc, e, &out);
    std::string one = WriteOne(f, doc, e);
    w->Write(doc, e, &out);
    EXPECT_EQ(out, "prefix\n" + one + one);
  }
}

}  // namespace
}  // namespace khaldun
