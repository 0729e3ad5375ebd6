#include "khaldun/writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace khaldun {
namespace {

struct Iso3Fips {
  std::string_view iso3, fips;
};
constexpr Iso3Fips kIso3Fips[] = {
#define KHALDUN_ISO3_FIPS(iso3, fips) {iso3, fips},
#include "output/iso3_fips.inc"
#undef KHALDUN_ISO3_FIPS
};

// FIPS 10-4 country code for an ISO3 code, or "" when unknown.
std::string_view FipsOf(std::string_view iso3) {
  const Iso3Fips* end = kIso3Fips + std::size(kIso3Fips);
  const Iso3Fips* it =
      std::lower_bound(kIso3Fips, end, iso3,
                       [](const Iso3Fips& x, auto k) { return x.iso3 < k; });
  return it != end && it->iso3 == iso3 ? it->fips : std::string_view();
}

void AppendInt(long long v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

void AppendUint(uint64_t v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

// Shortest round-trip representation, always with a '.' or exponent so that
// it reads as a floating-point number ("-8.0", "0.85", "33.3128").
// Non-finite values are written as `nan_text`.
void AppendDouble(double v, std::string* out, std::string_view nan_text) {
  if (!std::isfinite(v)) {
    out->append(nan_text);
    return;
  }
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  std::string_view s(buf, r.ptr - buf);
  out->append(s);
  if (s.find_first_of(".e") == std::string_view::npos) out->append(".0");
}

// Two digits, zero padded.
void Append2(int v, std::string* out) {
  out->push_back(static_cast<char>('0' + (v / 10) % 10));
  out->push_back(static_cast<char>('0' + v % 10));
}

void AppendSpan(Span s, std::string* out) {
  out->push_back('[');
  AppendUint(s.begin, out);
  out->push_back(',');
  AppendUint(s.end, out);
  out->push_back(']');
}

// The event's date, or the document's when the event has none.
const Date& EventDate(const Document& doc, const Event& e) {
  return e.date.known() ? e.date : doc.date;
}

std::string_view DocId(const Document& doc, const Event& e) {
  return e.doc.empty() ? std::string_view(doc.id) : std::string_view(e.doc);
}

std::string_view SentenceText(const Document& doc, const Event& e) {
  if (!e.sentence_text.empty()) return e.sentence_text;
  if (e.sentence >= 0 &&
      static_cast<size_t>(e.sentence) < doc.sentences.size()) {
    Span s = doc.sentences[e.sentence].span;
    if (s.end <= doc.text.size() && s.begin <= s.end) return doc.slice(s);
  }
  return {};
}

std::string_view PlaceTypeName(Place::Type t) {
  switch (t) {
    case Place::Type::kCountry:
      return "country";
    case Place::Type::kAdm1:
      return "adm1";
    case Place::Type::kCity:
      return "city";
  }
  return "country";
}

// ---- JSON Lines ------------------------------------------------------------

void AppendActor(const Actor& a, std::string* out) {
  out->append("{\"code\":");
  AppendJsonString(a.code, out);
  out->append(",\"name\":");
  AppendJsonString(a.name, out);
  out->append(",\"country\":");
  AppendJsonString(a.country, out);
  out->append(",\"group\":");
  AppendJsonString(a.group, out);
  out->append(",\"types\":[");
  for (size_t i = 0; i < a.types.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(a.types[i], out);
  }
  out->append("],\"text\":");
  AppendJsonString(a.text, out);
  out->append(",\"span\":");
  AppendSpan(a.span, out);
  out->append(",\"entry\":");
  AppendJsonString(a.entry, out);
  out->push_back('}');
}

void AppendPlace(const Place& p, std::string* out) {
  out->append("{\"type\":\"");
  out->append(PlaceTypeName(p.type));
  out->append("\",\"name\":");
  AppendJsonString(p.name, out);
  out->append(",\"country\":");
  AppendJsonString(p.country, out);
  out->append(",\"adm1\":");
  AppendJsonString(p.adm1, out);
  out->append(",\"lat\":");
  AppendDouble(p.lat, out, "null");
  out->append(",\"lon\":");
  AppendDouble(p.lon, out, "null");
  out->append(",\"geonames_id\":");
  if (p.geonames_id != 0) {
    AppendInt(p.geonames_id, out);
  } else {
    out->append("null");
  }
  out->append(",\"span\":");
  if (p.span.empty()) {
    out->append("null");
  } else {
    AppendSpan(p.span, out);
  }
  out->append(",\"centroid_fallback\":");
  out->append(p.centroid_fallback ? "true" : "false");
  out->push_back('}');
}

class JsonlWriter : public EventWriter {
 public:
  OutputFormat format() const override { return OutputFormat::kJsonl; }

  void Write(const Document& doc, const Event& e,
             std::string* out) const override {
    out->append("{\"doc\":");
    AppendJsonString(DocId(doc, e), out);
    out->append(",\"sentence\":");
    AppendInt(e.sentence, out);
    out->append(",\"sentence_text\":");
    AppendJsonString(SentenceText(doc, e), out);
    out->append(",\"date\":");
    const Date& date = EventDate(doc, e);
    if (date.known()) {
      out->push_back('"');
      out->append(date.ToString());
      out->push_back('"');
    } else {
      out->append("null");
    }
    out->append(",\"date_precision\":");
    switch (date.precision) {
      case Date::Precision::kDay:
        out->append("\"day\"");
        break;
      case Date::Precision::kMonth:
        out->append("\"month\"");
        break;
      case Date::Precision::kYear:
        out->append("\"year\"");
        break;
      case Date::Precision::kUnknown:
        out->append("null");
        break;
    }
    out->append(",\"source\":");
    AppendActor(e.source, out);
    out->append(",\"target\":");
    if (e.target) {
      AppendActor(*e.target, out);
    } else {
      out->append("null");
    }
    out->append(",\"code\":");
    AppendJsonString(e.code, out);
    out->append(",\"root\":");
    AppendJsonString(e.root, out);
    out->append(",\"base\":");
    AppendJsonString(e.base, out);
    out->append(",\"quad_class\":");
    AppendInt(e.quad_class, out);
    out->append(",\"goldstein\":");
    AppendDouble(e.goldstein, out, "null");
    out->append(",\"plover\":");
    if (e.plover_event.empty()) {
      out->append("null");
    } else {
      out->append("{\"event\":");
      AppendJsonString(e.plover_event, out);
      out->append(",\"mode\":");
      AppendJsonString(e.plover_mode, out);
      out->push_back('}');
    }
    out->append(",\"where\":");
    if (e.where) {
      AppendPlace(*e.where, out);
    } else {
      out->append("null");
    }
    out->append(",\"evidence\":{\"predicate\":");
    AppendSpan(e.evidence.predicate, out);
    out->append(",\"rule\":");
    AppendJsonString(e.evidence.rule, out);
    out->append(",\"entry\":");
    AppendJsonString(e.evidence.entry, out);
    out->append("},\"confidence\":");
    AppendDouble(e.confidence, out, "null");
    out->append(",\"mentions\":");
    AppendInt(e.mentions, out);
    out->append(",\"unknown_names\":[");
    for (size_t i = 0; i < e.unknown_names.size(); ++i) {
      if (i) out->push_back(',');
      out->append("{\"text\":");
      AppendJsonString(e.unknown_names[i].text, out);
      out->append(",\"span\":");
      AppendSpan(e.unknown_names[i].span, out);
      out->push_back('}');
    }
    out->append("]}\n");
  }
};

// ---- TSV (GDELT 2.0 event table)
// ---------------------------------------------

constexpr std::string_view kTsvColumns[] = {
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
};
static_assert(std::size(kTsvColumns) == 61);

// A TSV field: tabs, newlines and other control characters become spaces.
void AppendTsvField(std::string_view s, std::string* out) {
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) < 0x20) {
      out->append(s.data() + start, i - start);
      out->push_back(' ');
      start = i + 1;
    }
  }
  out->append(s.data() + start, s.size() - start);
}

void AppendTsvActor(const Actor* a, std::string* out) {
  if (a == nullptr) {
    out->append(10, '\t');
    return;
  }
  out->push_back('\t');
  AppendTsvField(a->code, out);
  out->push_back('\t');
  AppendTsvField(a->name, out);
  out->push_back('\t');
  AppendTsvField(a->country, out);
  out->push_back('\t');
  AppendTsvField(a->group, out);
  out->append("\t\t\t");  // EthnicCode, Religion1Code, Religion2Code
  for (size_t i = 0; i < 3; ++i) {
    out->push_back('\t');
    if (i < a->types.size()) AppendTsvField(a->types[i], out);
  }
}

// GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world
// city, 5 world state (first-order administrative division).
int GdeltGeoType(const Place& p) {
  bool us = p.country == "USA";
  switch (p.type) {
    case Place::Type::kCountry:
      return 1;
    case Place::Type::kAdm1:
      return us ? 2 : 5;
    case Place::Type::kCity:
      return us ? 3 : 4;
  }
  return 1;
}

void AppendTsvPlace(const Place* p, std::string* out) {
  if (p == nullptr) {
    out->append(8, '\t');
    return;
  }
  std::string_view fips = FipsOf(p->country);
  out->push_back('\t');
  AppendInt(GdeltGeoType(*p), out);
  out->push_back('\t');
  AppendTsvField(p->name, out);
  out->push_back('\t');
  out->append(fips);
  out->push_back('\t');
  if (!p->adm1.empty()) {
    // A GeoNames admin1 key "IQ.07" becomes GDELT's FIPS form "IZ07".
    std::string_view adm1 = p->adm1;
    size_t dot = adm1.find('.');
    if (dot != std::string_view::npos && !fips.empty()) {
      out->append(fips);
      AppendTsvField(adm1.substr(dot + 1), out);
    } else {
      AppendTsvField(adm1, out);
    }
  } else if (p->type == Place::Type::kCountry) {
    out->append(fips);  // GDELT repeats the country code for countries
  }
  out->push_back('\t');  // ADM2Code
  out->push_back('\t');
  AppendDouble(p->lat, out, "");
  out->push_back('\t');
  AppendDouble(p->lon, out, "");
  out->push_back('\t');
  if (p->geonames_id != 0) {
    AppendInt(p->geonames_id, out);
  } else if (p->type == Place::Type::kCountry) {
    out->append(fips);  // GDELT's feature id of a country is its FIPS code
  }
}

// GDELT marks events from the lead paragraph: here, events of the first
// sentence that is not a heading.
bool IsRootEvent(const Document& doc, const Event& e) {
  int first = 0;
  while (static_cast<size_t>(first) < doc.sentences.size() &&
         doc.sentences[first].is_heading) {
    ++first;
  }
  if (static_cast<size_t>(first) >= doc.sentences.size()) {
    return e.sentence <= 0;
  }
  return e.sentence == first;
}

class TsvWriter : public EventWriter {
 public:
  OutputFormat format() const override { return OutputFormat::kTsv; }

  void Begin(std::string* out) const override {
    for (size_t i = 0; i < std::size(kTsvColumns); ++i) {
      if (i > 0) out->push_back('\t');
      out->append(kTsvColumns[i]);
    }
    out->push_back('\n');
  }

  void Write(const Document& doc, const Event& e,
             std::string* out) const override {
    AppendUint(EventId(doc, e), out);
    const Date& d = EventDate(doc, e);
    if (d.known()) {
      // SQLDATE YYYYMMDD, MonthYear YYYYMM, Year, FractionDate; unknown
      // month/day are 00.
      out->push_back('\t');
      AppendInt(d.year, out);
      Append2(d.month, out);
      Append2(d.day, out);
      out->push_back('\t');
      AppendInt(d.year, out);
      Append2(d.month, out);
      out->push_back('\t');
      AppendInt(d.year, out);
      out->push_back('\t');
      // GDELT: YEAR + (MONTH * 30 + DAY) / 365, four decimals.
      char buf[32];
      double frac = d.year + (d.month * 30 + d.day) / 365.0;
      auto r = std::to_chars(buf, buf + sizeof buf, frac,
                             std::chars_format::fixed, 4);
      out->append(buf, r.ptr);
    } else {
      out->append("\t\t\t\t");
    }
    AppendTsvActor(&e.source, out);
    AppendTsvActor(e.target ? &*e.target : nullptr, out);
    out->push_back('\t');
    out->push_back(IsRootEvent(doc, e) ? '1' : '0');
    out->push_back('\t');
    AppendTsvField(e.code, out);
    out->push_back('\t');
    AppendTsvField(e.base, out);
    out->push_back('\t');
    AppendTsvField(e.root, out);
    out->push_back('\t');
    if (e.quad_class != 0) AppendInt(e.quad_class, out);
    out->push_back('\t');
    AppendDouble(e.goldstein, out, "");
    out->push_back('\t');
    AppendInt(e.mentions, out);  // NumMentions
    out->push_back('\t');        // NumSources: unknown
    out->push_back('\t');
    AppendInt(e.mentions, out);    // NumArticles: one report per mention
    out->push_back('\t');          // AvgTone: not computed
    AppendTsvPlace(nullptr, out);  // Actor1Geo_*
    AppendTsvPlace(nullptr, out);  // Actor2Geo_*
    AppendTsvPlace(e.where ? &*e.where : nullptr, out);  // ActionGeo_*
    out->push_back('\t');  // DATEADDED: not recorded (output must be
                           // reproducible)
    out->push_back('\t');
    AppendTsvField(doc.url.empty() ? DocId(doc, e) : doc.url, out);
    out->push_back('\n');
  }
};

// FNV-1a, 64 bits.
struct Fnv {
  uint64_t h = 1469598103934665603ULL;
  void Bytes(std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
  }
  void U32(uint32_t v) {
    for (int i = 0; i < 4; ++i) {
      h ^= (v >> (8 * i)) & 0xff;
      h *= 1099511628211ULL;
    }
  }
};

}  // namespace

bool ParseOutputFormat(std::string_view name, OutputFormat* out) {
  if (name == "jsonl" || name == "json") {
    *out = OutputFormat::kJsonl;
    return true;
  }
  if (name == "tsv") {
    *out = OutputFormat::kTsv;
    return true;
  }
  return false;
}

std::string_view OutputFormatName(OutputFormat f) {
  return f == OutputFormat::kTsv ? "tsv" : "jsonl";
}

uint64_t EventId(const Document& doc, const Event& e) {
  Fnv f;
  std::string_view id = DocId(doc, e);
  f.U32(static_cast<uint32_t>(id.size()));
  f.Bytes(id);
  f.U32(static_cast<uint32_t>(e.sentence));
  f.U32(static_cast<uint32_t>(e.code.size()));
  f.Bytes(e.code);
  f.U32(e.source.span.begin);
  f.U32(e.source.span.end);
  f.Bytes(e.target ? "T" : "-");
  if (e.target) {
    f.U32(e.target->span.begin);
    f.U32(e.target->span.end);
  }
  f.U32(e.evidence.predicate.begin);
  f.U32(e.evidence.predicate.end);
  // Actor codes distinguish the events of a compound actor sharing a span.
  f.Bytes(e.source.code);
  f.Bytes("\x1f");
  if (e.target) f.Bytes(e.target->code);
  // Final avalanche (splitmix64) so that similar inputs spread out.
  uint64_t h = f.h;
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h & 0x7fffffffffffffffULL;
}

std::span<const std::string_view> TsvColumns() { return kTsvColumns; }

std::unique_ptr<EventWriter> EventWriter::Create(OutputFormat format) {
  switch (format) {
    case OutputFormat::kTsv:
      return std::make_unique<TsvWriter>();
    case OutputFormat::kJsonl:
      break;
  }
  return std::make_unique<JsonlWriter>();
}

EventWriter::~EventWriter() = default;

void EventWriter::Begin(std::string*) const {}

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  const char* run = p;
  for (; p != end; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(run, p - run);
    run = p + 1;
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      default: {
        char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
        out->append(u, 6);
      }
    }
  }
  out->append(run, p - run);
  out->push_back('"');
}

}  // namespace khaldun
