// Event records: who did what to whom, when and where, with the evidence.
// The fields and their JSON/TSV serialisation are documented in
// docs/output.md.  Plain values; safe to copy and to move between threads.
#ifndef KHALDUN_EVENT_H_
#define KHALDUN_EVENT_H_

#include <optional>
#include <string>
#include <vector>

#include "khaldun/document.h"

namespace khaldun {

// An actor decomposed as GDELT does: country + known group + role types.
struct Actor {
  std::string code;  // full CAMEO actor code, e.g. "IRQGOV", "USAMIL"
  std::string name;  // canonical name, e.g. "Iraq", "Mohammed Shia al-Sudani"
  std::string country;  // ISO 3166-1 alpha-3 (PSE for Palestinians), or ""
  std::string group;    // CAMEO known-group code (UNO, NAT, HMS, ...) or ""
  std::vector<std::string> types;  // role types: GOV, MIL, REB, ...
  std::string text;                // the words it came from
  Span span;                       // their bytes in Document::text
  std::string entry;  // lexicon entry that resolved it: "file:line", or ""
};

// Where an event happened (filled by the geocoder).
struct Place {
  enum class Type { kCountry, kAdm1, kCity };
  Type type = Type::kCountry;
  std::string name;     // full name: "Baghdad, Baghdad, Iraq"
  std::string country;  // ISO3
  std::string adm1;     // ISO 3166-2 or GeoNames admin1 code, or ""
  double lat = 0, lon = 0;
  long geonames_id = 0;
  Span span;  // mention it came from; empty for fallbacks
  bool centroid_fallback = false;
};

struct Evidence {
  Span predicate;     // the predicate words
  std::string rule;   // the coder rule that fired, e.g. "subj-verb-dobj"
  std::string entry;  // the lexicon pattern that fired: "file:line"
};

// A proper name in an event's sentence that no lexicon entry knows ("the
// Ansar Allah Brigade"), kept for new-actor discovery.
struct NameMention {
  std::string text;
  Span span;  // bytes in Document::text
};

struct Event {
  std::string doc;   // Document::id
  int sentence = 0;  // index in Document::sentences
  std::string sentence_text;
  Date date;

  Actor source;
  std::optional<Actor> target;

  std::string code;  // CAMEO event code, e.g. "106"
  // Derived from code through the ontology (see cameo.h).
  std::string root;  // "10"
  std::string base;  // "106" (first three digits)
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_event;
  std::string plover_mode;

  std::optional<Place> where;
  Evidence evidence;
  double confidence = 0;
  int mentions = 1;  // number of reports merged into this event
  // Runs of proper nouns (PROPN) in the sentence outside every actor match
  // and not a month or weekday, in text order.  Places are included (the
  // geocoder's choice is `where`).
  std::vector<NameMention> unknown_names;
};

}  // namespace khaldun

#endif  // KHALDUN_EVENT_H_
