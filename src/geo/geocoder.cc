// Geocoder (khaldun/geo.h): place mentions, disambiguation and event
// places.  The rules are documented in docs/geo.md.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

#include "khaldun/geo.h"
#include "util/calendar.h"

namespace khaldun {
namespace {

using Kind = GeoEntry::Kind;
using Rank = GeoEntry::Rank;

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view s) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

// Prepositions that make the next name a location ("in Baghdad").
constexpr std::string_view kLocatives[] = {
    "in",        "at",     "near",    "outside",  "inside",     "into",
    "across",    "around", "toward",  "towards",  "throughout", "within",
    "from",      "to",     "via",     "through",  "nearby",     "across",
    "outskirts", "visit",  "visited", "visiting", "reached",    "entered"};
// Weaker cues: enough to accept a small place, not to locate an event.
constexpr std::string_view kWeakLocatives[] = {
    "of",     "between", "and",       "or",       "for",        "on",
    "over",   "off",     "attacked",  "shelled",  "bombed",     "captured",
    "seized", "stormed", "besieged",  "hit",      "struck",     "left",
    "fled",   "retook",  "liberated", "occupied", "surrounded", "raided"};

// Capitalised words that are also populated places in cities1000 but far
// more often something else in English news (written for Khaldun).
constexpr std::string_view kStopNames[] = {
    "of",           "man",         "police",      "mobile",
    "reading",      "split",       "nice",        "best",
    "bar",          "van",         "young",       "union",
    "independence", "liberty",     "victory",     "hope",
    "mission",      "commerce",    "industry",    "enterprise",
    "paradise",     "prospect",    "republic",    "sale",
    "street",       "batman",      "deal",        "surprise",
    "university",   "president",   "parliament",  "congress",
    "senate",       "white house", "army",        "navy",
    "government",   "ministry",    "minister",    "general",
    "royal",        "central",     "national",    "federal",
    "north",        "south",       "east",        "west",
    "northern",     "southern",    "eastern",     "western",
    "christmas",    "easter",      "god",         "allah",
    "mr",           "mrs",         "ms",          "dr",
    "said",         "says",        "new",         "old",
    "first",        "state",       "city",        "county",
    "island",       "islands",     "lake",        "win",
    "lucky",        "world",       "cup",         "league",
    "open",         "grand",       "games",       "club",
    "team",         "division",    "premier",     "champions",
    "championship", "final",       "media",       "market",
    "mart",         "price",       "prices",      "bank",
    "trade",        "center",      "centre",      "victoria cross",
    "hamilton",     "lincoln",     "florence",    "marion",
    "eugene",       "beaumont",    "sherman",     "allen",
    "irving",       "lawrence",    "jackson",     "clinton",
    "kennedy",      "franklin",    "warren",      "carson",
    "garland",      "mesa",        "moody",       "kent",
    "essex",        "gary",        "bloomington", "norman",
    "murray",       "nelson",      "douglas",     "mcallen",
    "taylor",       "bell",        "palmer",      "ford",
    "wells",        "stanley",     "howard",      "abbott",
    "wilson",       "morgan",      "marina",      "sterling",
    "ra",           "man city",    "oman city",   "la",
    "el",           "al",          "de",          "le",
    "san",          "santa",       "saint",       "st",
    "port",         "fort",        "mount",       "bay",
    "valley",       "beach",       "springs",     "heights"};

// Words after a place that keep it a place ("Iraqi Kurdistan" aside):
// "U.S. President", "Iraq War" no.
constexpr std::string_view kRoleWords[] = {
    "president",  "prime",       "foreign",     "defence",
    "defense",    "interior",    "finance",     "secretary",
    "ambassador", "premier",     "vice",        "deputy",
    "chancellor", "king",        "queen",       "gen",
    "general",    "leader",      "governor",    "mayor",
    "officials",  "official",    "minister",    "state",
    "province",   "governorate", "region",      "city",
    "capital",    "border",      "time",        "gmt",
    "envoy",      "spokesman",   "spokeswoman", "president-elect",
    "senator",    "sen",         "rep",         "crown",
    "emir",       "sheikh",      "mps",         "lawmakers",
    "troops",     "forces",      "soldiers",    "police",
    "rebels",     "opposition",  "authorities", "counterpart"};

// Words at a sentence start that are capitalised only for that reason.
constexpr std::string_view kInitialWords[] = {
    "the",       "in",        "at",      "on",        "from",      "to",
    "but",       "and",       "after",   "before",    "when",      "with",
    "for",       "by",        "as",      "during",    "since",     "meanwhile",
    "both",      "a",         "an",      "this",      "that",      "some",
    "many",      "while",     "if",      "although",  "elsewhere", "near",
    "outside",   "inside",    "across",  "across",    "last",      "earlier",
    "later",     "also",      "however", "officials", "police",    "troops",
    "residents", "witnesses", "reports", "there",     "here",      "across"};

// Directional words that may precede a place inside a name run.
constexpr std::string_view kDirections[] = {
    "north",        "south",        "east",      "west",         "northern",
    "southern",     "eastern",      "western",   "central",      "northeast",
    "northwest",    "southeast",    "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "greater",   "downtown",     "upstate",
    "mainland",     "rural"};

bool IsUpperStart(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = s[0];
  if (c >= 'A' && c <= 'Z') return true;
  // Latin capitals with diacritics: U+00C0..U+00DE.
  if (c == 0xC3 && s.size() > 1) {
    unsigned char d = s[1];
    return d >= 0x80 && d <= 0x9E;
  }
  return false;
}

bool HasLower(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}

bool HasAlpha(std::string_view s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

bool HasDigit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// Lower-case ASCII copy (short words only) for list look-ups.
std::string_view LowerWord(std::string_view s, std::string* buf) {
  buf->clear();
  for (char c : s) {
    if (c == '.') continue;
    buf->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return *buf;
}

// Connectors allowed inside a name run ("Bank of Japan", "Dar es Salaam").
bool IsConnector(std::string_view w) {
  return w == "of" || w == "de" || w == "al" || w == "el" || w == "es" ||
         w == "du" || w == "la" || w == "del" || w == "da" || w == "upon" ||
         w == "bin" || w == "ibn" || w == "di" || w == "dos" || w == "do";
}

struct Match {
  int first = -1, last = -1;  // tokens, inclusive
  std::span<const uint32_t> cands;
  PlaceMention::Cue cue = PlaceMention::Cue::kName;
  bool weak_cue = false;
  int region_cue = -1;      // index of the match naming the containing region
  int cue_of = -1;          // index of the match this one is the region of
  std::string_view postal;  // "CA" in "Long Beach, CA"
  std::string key;          // normalised name
  bool division_word = false;  // "... province", "... state"
  bool strong = false;         // a country, region or ADM1 reading exists
};

bool IsWeekdayOrMonth(std::string_view w) {
  return calendar::WeekdayIndex(w) >= 0 ||
         calendar::MonthNumber(w, /*abbreviations=*/true) > 0;
}

// "1996-12-06", "12/06/1996": a date token.
bool IsDateToken(std::string_view s) {
  if (s.size() < 8 || s.size() > 10) return false;
  int digits = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c != '-' && c != '/' && c != '.')
      return false;
  }
  return digits >= 6;
}

double CityScore(const GeoEntry& e) {
  double s = 12.0 * std::log10(static_cast<double>(e.population) + 1.0);
  switch (e.rank) {
    case Rank::kCapital:
      s += 25;
      break;
    case Rank::kSeatAdm1:
      s += 10;
      break;
    case Rank::kSeatLower:
      s += 3;
      break;
    default:
      break;
  }
  return s;
}

// Per-document context for disambiguation.
struct Context {
  std::unordered_map<uint32_t, double> countries;  // country entry -> weight
  std::unordered_map<uint32_t, int> adm1s;         // ADM1 entry -> mentions
};

}  // namespace

Geocoder::Geocoder(std::shared_ptr<const Gazetteer> gazetteer,
                   GeocoderOptions options)
    : gaz_(std::move(gazetteer)), options_(options) {}

namespace {

class DocGeocoder {
 public:
  DocGeocoder(const Gazetteer& g, const GeocoderOptions& o, const Document& d)
      : g_(g), o_(o), doc_(d) {}

  std::vector<PlaceMention> Run() {
    std::vector<PlaceMention> out;
    // The dateline.
    std::vector<std::pair<PlaceMention, Match>> all;
    if (doc_.dateline.present() && !doc_.dateline.place.empty()) {
      key_.clear();
      NormalizePlaceName(doc_.dateline.place, &key_);
      auto c = g_.Lookup(key_);
      if (!c.empty()) {
        PlaceMention m;
        m.sentence = -1;
        m.span = doc_.dateline.place_span;
        m.text = doc_.dateline.place;
        m.cue = PlaceMention::Cue::kDateline;
        Match mt;
        mt.cands = c;
        mt.cue = PlaceMention::Cue::kDateline;
        mt.cue = PlaceMention::Cue::kDateline;
        all.emplace_back(std::move(m), mt);
      }
    }
    std::vector<std::vector<Match>> per_sentence(doc_.sentences.size());
    for (size_t si = 0; si < doc_.sentences.size(); ++si)
      FindInSentence(doc_.sentences[si], &per_sentence[si]);
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      size_t base = all.size();
      for (Match& mt : per_sentence[si]) {
        if (PersonName(mt)) mt.cands = {};  // never resolves
        PlaceMention m;
        m.sentence = static_cast<int>(si);
        m.first = mt.first;
        m.last = mt.last;
        m.span =
            Span{s.tokens[mt.first].span.begin, s.tokens[mt.last].span.end};
        m.text = std::string(doc_.slice(m.span));
        m.cue = mt.cue;
        if (mt.region_cue >= 0) mt.region_cue += static_cast<int>(base);
        if (mt.cue_of >= 0) mt.cue_of += static_cast<int>(base);
        all.emplace_back(std::move(m), std::move(mt));
      }
    }
    // Pass 1: context from countries named outright, demonyms and the
    // dateline; pass 2 adds the countries and ADM1s of pass-1 results.
    for (auto& [m, mt] : all) {
      if (mt.cands.empty()) continue;
      const uint32_t top_i = mt.cands[0] & GeoEntry::kIndexMask;
      const GeoEntry& top = g_.entry(top_i);
      if (top.kind == Kind::kCountry)
        ctx_.countries[top_i] += 1;
      else if (m.cue == PlaceMention::Cue::kDateline &&
               top.country != GeoEntry::kNone)
        ctx_.countries[top.country] += 2;
    }
    margins_.assign(all.size(), 0);
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t k = 0; k < all.size(); ++k)
        Resolve(all, &all[k].first, all[k].second, &margins_[k]);
      if (pass == 1) break;
      Context next = ctx_;
      for (size_t k = 0; k < all.size(); ++k) {
        const PlaceMention& m = all[k].first;
        const Match& mt = all[k].second;
        if (m.entry == GeoEntry::kNone) continue;
        const GeoEntry& e = g_.entry(m.entry);
        if (e.kind != Kind::kCountry && e.country != GeoEntry::kNone)
          next.countries[e.country] += 0.5;
        // Division context only from mentions with one reading or a
        // containing-region cue.
        if (mt.cands.size() > 1 && mt.region_cue < 0 && mt.postal.empty() &&
            margins_[k] < 15)
          continue;
        if (e.kind == Kind::kAdm1) next.adm1s[m.entry] += 1;
        if (e.kind == Kind::kCity && e.parent != GeoEntry::kNone)
          next.adm1s[e.parent] += 1;
      }
      ctx_ = std::move(next);
    }
    for (auto& [m, mt] : all)
      if (m.entry != GeoEntry::kNone) out.push_back(std::move(m));
    return out;
  }

  bool PersonName(const Match& mt) const {
    return !mt.strong && mt.first == mt.last &&
           mt.cue != PlaceMention::Cue::kLocative &&
           std::find(person_keys_.begin(), person_keys_.end(), mt.key) !=
               person_keys_.end();
  }

  const Context& context() const { return ctx_; }

  // Finds place names in one sentence; demonyms go to the context.
  void FindInSentence(const Sentence& s, std::vector<Match>* out) {
    const int n = static_cast<int>(s.tokens.size());
    if (n == 0) return;
    // Modes: headlines in capitals, tables of results.
    int alpha = 0, caps = 0, lower_words = 0, digits = 0;
    for (const Token& t : s.tokens) {
      if (HasDigit(t.form)) ++digits;
      if (!HasAlpha(t.form)) continue;
      ++alpha;
      if (!HasLower(t.form)) ++caps;
      if (t.form.size() >= 2 && t.form[0] >= 'a' && t.form[0] <= 'z')
        ++lower_words;
    }
    const bool caps_mode = alpha > 0 && caps * 10 >= alpha * 6 && alpha > 1;
    const bool table = lower_words == 0 && digits > 0;
    // "ROME 1996-12-06", "AL-AIN , United Arab Emirates 1996-12-06": a
    // dateline on a line of its own.
    dateline_line_ = n <= 8 && IsDateToken(s.tokens[n - 1].form);
    // Name runs.
    std::vector<char> cap(n, 0);
    for (int i = 0; i < n; ++i) {
      std::string_view f = s.tokens[i].form;
      cap[i] = IsUpperStart(f) ||
               (s.tagged && s.tokens[i].upos == UPos::kPROPN && HasAlpha(f));
    }
    int first_word = 0;
    while (first_word < n && !HasAlpha(s.tokens[first_word].form)) ++first_word;
    for (int i = 0; i < n;) {
      if (!cap[i]) {
        ++i;
        continue;
      }
      int rb = i;
      while (rb + 1 < n) {
        if (cap[rb + 1]) {
          ++rb;
          continue;
        }
        if (rb + 2 < n && cap[rb + 2] && IsConnector(s.tokens[rb + 1].form)) {
          rb += 2;
          continue;
        }
        break;
      }
      Run(s, i, rb, first_word, caps_mode, table, out);
      i = rb + 1;
    }
    // "X, Y" containing-region cues.
    for (size_t k = 0; k + 1 < out->size(); ++k) {
      Match& a = (*out)[k];
      Match& b = (*out)[k + 1];
      if (b.first == a.last + 2 && s.tokens[a.last + 1].form == ",") {
        a.region_cue = static_cast<int>(k + 1);
        b.cue_of = static_cast<int>(k);
      }
    }
    for (Match& a : *out) {
      // "Long Beach, CA": a postal code after the comma.
      if (a.region_cue < 0 && a.last + 2 < n &&
          s.tokens[a.last + 1].form == ",") {
        std::string_view p = s.tokens[a.last + 2].form;
        if (p.size() == 2 && !HasLower(p)) a.postal = p;
      }
    }
  }

  void Run(const Sentence& s, int ra, int rb, int first_word, bool caps_mode,
           bool table, std::vector<Match>* out) {
    const size_t run_start = out->size();
    std::vector<std::pair<int, int>> others;  // unmatched run tokens
    if (ra == first_word && ra < rb &&
        In(kInitialWords, LowerWord(s.tokens[ra].form, &lower_)))
      ++ra;
    for (int i = ra; i <= rb;) {
      bool found = false;
      for (int len = std::min(5, rb - i + 1); len >= 1; --len) {
        int last = i + len - 1;
        // Not across a connector at the edge.
        if (!IsUpperStart(s.tokens[last].form) && !s.tagged) continue;
        Span sp{s.tokens[i].span.begin, s.tokens[last].span.end};
        key_.clear();
        NormalizePlaceName(doc_.slice(sp), &key_);
        if (key_.size() < 2) continue;
        auto c = g_.Lookup(key_);
        if (c.empty()) continue;
        // Demonyms only inform the context.
        bool place = false;
        for (uint32_t e : c)
          if (g_.entry(e & GeoEntry::kIndexMask).kind != Kind::kDemonym)
            place = true;
        if (!place) {
          ctx_.countries[g_.entry(c[0] & GeoEntry::kIndexMask).country] += 1;
          i = last + 1;
          found = true;
          break;
        }
        Match m;
        m.first = i;
        m.last = last;
        m.cands = c;
        m.key = key_;
        if (last + 1 < static_cast<int>(s.tokens.size())) {
          std::string_view nw = LowerWord(s.tokens[last + 1].form, &lower_);
          m.division_word = nw == "province" || nw == "state" ||
                            nw == "governorate" || nw == "region" ||
                            nw == "oblast" || nw == "county";
        }
        if (Accept(s, &m, ra, rb, first_word, caps_mode, table))
          out->push_back(m);
        else
          others.emplace_back(i, last);
        i = last + 1;
        found = true;
        break;
      }
      if (!found) {
        others.emplace_back(i, i);
        ++i;
      }
    }
    if (caps_mode) return;
    // Other capitalised words in the run make it a person or an
    // organisation ("Michael Jordan", "Bank of Japan", "Baghdad
    // University"), unless they are directions, roles or sentence-initial
    // function words.
    std::vector<Match> kept;
    for (size_t k = run_start; k < out->size(); ++k) {
      const Match& m = (*out)[k];
      bool bad = false;
      bool right_ok = false;  // "U.S. President ...": the rest is a title
      for (auto [a, b] : others) {
        for (int t = a; t <= b && !bad; ++t) {
          std::string_view w = LowerWord(s.tokens[t].form, &lower_);
          if (IsConnector(w) && !IsUpperStart(s.tokens[t].form)) continue;
          if (t < m.first) {
            if (In(kDirections, w)) continue;
            if (t == first_word && In(kInitialWords, w)) continue;
            bad = true;
            if (!m.strong && m.first == m.last && t == m.first - 1)
              person_keys_.push_back(m.key);
          } else if (t > m.last && !right_ok) {
            if ((t == m.last + 1 && In(kRoleWords, w)) || IsWeekdayOrMonth(w)) {
              right_ok = true;
              continue;
            }
            bad = true;
          }
        }
        if (bad) break;
      }
      if (!bad) kept.push_back(m);
    }
    out->resize(run_start);
    out->insert(out->end(), kept.begin(), kept.end());
  }

  bool Accept(const Sentence& s, Match* m, int ra, int rb, int first_word,
              bool caps_mode, bool table) {
    (void)ra;
    (void)rb;
    std::string_view w = key_;
    // Weekday and month names ("March", "May": places in cities1000) too.
    if (In(kStopNames, w) || calendar::WeekdayIndex(w) >= 0 ||
        calendar::MonthNumber(w, /*abbreviations=*/false) > 0)
      return false;
    // Cue: the word before the name.
    int p = m->first - 1;
    if (p >= 0) {
      std::string_view pw = LowerWord(s.tokens[p].form, &lower_);
      if (In(kLocatives, pw) && !IsUpperStart(s.tokens[p].form))
        m->cue = PlaceMention::Cue::kLocative;
      else if (In(kWeakLocatives, pw) || pw == ",")
        m->weak_cue = true;
    }
    // Best kind among the candidates.
    bool country = false, adm1 = false, region = false;
    double best_city = 0;
    uint32_t max_pop = 0, max_alt_pop = 0;
    for (uint32_t e : m->cands) {
      const GeoEntry& g = g_.entry(e & GeoEntry::kIndexMask);
      switch (g.kind) {
        case Kind::kCountry:
          country = true;
          break;
        case Kind::kAdm1:
          adm1 = true;
          break;
        case Kind::kRegion:
          region = true;
          break;
        case Kind::kCity: {
          best_city = std::max(best_city, CityScore(g));
          uint32_t pop = g.population;
          if (g.rank >= Rank::kSeatAdm1) pop = std::max(pop, 200000u);
          // A city known by this name only as an alternate counts when
          // it is large ("Bagdad", "Kiev"), or after a cue.
          if ((e & GeoEntry::kAltName) && pop < 1000000) {
            max_alt_pop = std::max(max_alt_pop, pop);
            pop = 0;
          }
          max_pop = std::max(max_pop, pop);
          break;
        }
        default:
          break;
      }
    }
    const bool one_word = m->first == m->last;
    m->strong = country || region || adm1;
    if (dateline_line_) return true;
    // Two-letter keys ("US", "UK") only in capitals and for countries.
    if (w.size() <= 2) {
      // "US", "UK"; "Va.", "N.Y." for divisions.
      std::string_view f = s.tokens[m->last].form;
      bool abbrev = (f.size() >= 2 && f.back() == '.') ||
                    (m->last + 1 < static_cast<int>(s.tokens.size()) &&
                     s.tokens[m->last + 1].form == ".");
      if (!(country && !HasLower(s.tokens[m->first].form)) && !(adm1 && abbrev))
        return false;
    }
    if (table) return country || region || adm1;
    if (country || region) return true;
    bool initial = m->first == first_word;
    if (caps_mode) return adm1 || max_pop >= o_.min_bare_city_population;
    if (m->cue == PlaceMention::Cue::kLocative) return true;
    if (adm1) return true;
    if (m->weak_cue && max_alt_pop >= 100000) return true;
    if (initial && one_word) return max_pop >= 1000000;
    if (!one_word) return max_pop >= 20000 || m->weak_cue;
    return max_pop >= o_.min_bare_city_population ||
           (m->weak_cue && max_pop >= 20000);
  }

  void Resolve(const std::vector<std::pair<PlaceMention, Match>>& all,
               PlaceMention* m, const Match& mt, double* margin) {
    m->candidates = static_cast<int>(mt.cands.size());
    double best = -1e9, second = -1e9;
    // Countries of the ADM1 and country readings ("Ontario" the province
    // makes Ontario, California a namesake).
    uint32_t big_countries[4];
    int num_big = 0;
    for (uint32_t raw : mt.cands) {
      const GeoEntry& e = g_.entry(raw & GeoEntry::kIndexMask);
      if ((e.kind == Kind::kAdm1 || e.kind == Kind::kCountry) && num_big < 4)
        big_countries[num_big++] = e.country;
    }
    // The place this one contains ("Savannah, Georgia": Georgia).
    const Match* inner = mt.cue_of >= 0 ? &all[mt.cue_of].second : nullptr;
    uint32_t best_e = GeoEntry::kNone;
    std::string best_reason;
    // The containing region named after the comma.
    uint32_t cue_entry = GeoEntry::kNone;
    if (mt.region_cue >= 0) {
      const PlaceMention& r = all[mt.region_cue].first;
      if (r.entry != GeoEntry::kNone) {
        cue_entry = r.entry;
      } else if (!all[mt.region_cue].second.cands.empty()) {
        cue_entry = all[mt.region_cue].second.cands[0] & GeoEntry::kIndexMask;
      }
    }
    for (uint32_t raw : mt.cands) {
      const uint32_t c = raw & GeoEntry::kIndexMask;
      const GeoEntry& e = g_.entry(c);
      double score;
      std::string reason;
      switch (e.kind) {
        case Kind::kCountry:
          score = 100;
          reason = "country name";
          break;
        case Kind::kRegion:
          score = 95;
          reason = "region name";
          break;
        case Kind::kAdm1:
          score = 60;
          reason = "first-level division";
          // A division named after its seat means the city ("Baghdad",
          // "Arbil") unless the text says "province", "state", ...
          for (uint32_t raw2 : mt.cands) {
            const GeoEntry& x = g_.entry(raw2 & GeoEntry::kIndexMask);
            if (x.kind == Kind::kCity && x.rank >= Rank::kSeatAdm1 &&
                (x.parent == c ||
                 (x.parent == GeoEntry::kNone && x.country == e.country))) {
              score -= 20;
              reason += ", named after its seat";
              break;
            }
          }
          if (mt.division_word) {
            score += 60;
            reason += ", called a division";
          }
          break;
        case Kind::kCity:
          score = CityScore(e);
          reason = e.rank == Rank::kCapital    ? "capital"
                   : e.rank == Rank::kSeatAdm1 ? "seat of a division"
                                               : "populated place";
          reason += ", population " + std::to_string(e.population);
          if (raw & GeoEntry::kAltName) {
            score -= 35;
            reason += ", alternate name";
          }
          if (e.population < 500000) {
            bool namesake = false;
            for (int k = 0; k < num_big; ++k)
              if (big_countries[k] != e.country) namesake = true;
            if (namesake) {
              score -= 15;
              reason += ", namesake of a division or country";
            }
          }
          if (mt.cue == PlaceMention::Cue::kDateline) {
            score += 30;
            reason += ", dateline city";
          }
          break;
        default:
          continue;  // demonym
      }
      if (e.kind != Kind::kCountry && e.country != GeoEntry::kNone) {
        auto it = ctx_.countries.find(e.country);
        if (it != ctx_.countries.end() && it->second > 0) {
          score += 35;
          reason += ", document context " +
                    std::string(g_.str(g_.entry(e.country).code));
        }
      }
      if (e.kind == Kind::kCountry) {
        auto it = ctx_.countries.find(c);
        if (it != ctx_.countries.end() && it->second >= 2) score += 5;
      }
      // ADM1 context: a city of a division named elsewhere, a division
      // whose cities are named elsewhere.
      uint32_t a = e.kind == Kind::kAdm1 ? c : e.parent;
      if (a != GeoEntry::kNone &&
          (e.kind == Kind::kAdm1 || e.kind == Kind::kCity)) {
        auto it = ctx_.adm1s.find(a);
        int self = m->entry == c || (m->entry != GeoEntry::kNone &&
                                     g_.entry(m->entry).parent == a)
                       ? 1
                       : 0;
        if (it != ctx_.adm1s.end() && it->second > self) {
          score += 60;
          reason +=
              ", division context " + std::string(g_.str(g_.entry(a).name));
        }
      }
      if (cue_entry != GeoEntry::kNone && cue_entry != c) {
        const GeoEntry& r = g_.entry(cue_entry);
        bool inside =
            (r.kind == Kind::kCountry && e.country == cue_entry) ||
            (r.kind == Kind::kAdm1 &&
             (e.parent == cue_entry || (e.adm1 != 0 && r.adm1 != 0 &&
                                        g_.str(e.adm1) == g_.str(r.adm1))));
        if (inside) {
          score += 200;
          reason += ", region cue " + std::string(g_.str(r.name));
        } else if (r.kind == Kind::kAdm1 && r.adm1 == 0 &&
                   e.country == r.country) {
          // A division not linked to GeoNames: its country at least.
          score += 150;
          reason +=
              ", region cue " + std::string(g_.str(r.name)) + " (country)";
        }
      }
      if (inner && (e.kind == Kind::kCountry || e.kind == Kind::kAdm1)) {
        for (uint32_t raw_in : inner->cands) {
          const GeoEntry& x = g_.entry(raw_in & GeoEntry::kIndexMask);
          bool contains =
              x.kind == Kind::kCity &&
              ((e.kind == Kind::kCountry && x.country == c) ||
               (e.kind == Kind::kAdm1 &&
                (x.parent == c || (e.adm1 == 0 && x.country == e.country))));
          if (contains) {
            score += 200;
            reason += ", contains " + std::string(g_.str(x.name));
            break;
          }
        }
      }
      if (!mt.postal.empty() && e.kind == Kind::kCity && e.adm1 != 0) {
        std::string_view a1 = g_.str(e.adm1);
        if (a1.size() > 3 && a1.substr(3) == mt.postal &&
            a1.substr(0, 2) == "US") {
          score += 200;
          reason += ", state code " + std::string(mt.postal);
        }
      }
      if (score > best) {
        second = best;
        best = score;
        best_e = c;
        best_reason = std::move(reason);
      } else if (score > second) {
        second = score;
      }
    }
    *margin = best - second;
    m->entry = best_e;
    m->score = best;
    m->reason = std::move(best_reason);
    if (best_e != GeoEntry::kNone) m->kind = g_.entry(best_e).kind;
  }

 private:
  const Gazetteer& g_;
  const GeocoderOptions& o_;
  const Document& doc_;
  Context ctx_;
  std::string key_, lower_;
  bool dateline_line_ = false;
  std::vector<double> margins_;  // best minus second score, per mention
  // Keys seen as part of a person's name ("Brian Lara"): single-word
  // mentions of them elsewhere in the document are dropped.
  std::vector<std::string> person_keys_;
};

bool Verbal(const Event& e) { return e.quad_class == 1 || e.quad_class == 3; }

// Does token t's head chain reach p within a few steps?
bool Reaches(const Sentence& s, int t, int p) {
  int cur = s.tokens[t].head;
  for (int d = 0; d < 4 && cur >= 0; ++d) {
    if (cur == p) return true;
    cur = s.tokens[cur].head;
  }
  return false;
}

}  // namespace

std::vector<PlaceMention> Geocoder::Find(const Document& doc) const {
  DocGeocoder g(*gaz_, options_, doc);
  return g.Run();
}

void Geocoder::Annotate(const Document& doc, std::vector<Event>* events) const {
  std::vector<PlaceMention> places = Find(doc);
  Annotate(doc, places, events);
}

void Geocoder::Annotate(const Document& doc,
                        const std::vector<PlaceMention>& places,
                        std::vector<Event>* events) const {
  const PlaceMention* dateline = nullptr;
  for (const PlaceMention& m : places)
    if (m.cue == PlaceMention::Cue::kDateline) dateline = &m;
  for (Event& e : *events) {
    if (e.where) continue;
    // 1. A locative phrase in the event's sentence (attached to the
    // predicate when the sentence is parsed), nearest to the predicate.
    const PlaceMention* best = nullptr;
    int best_dist = 1 << 30;
    const Sentence* s =
        e.sentence >= 0 && e.sentence < static_cast<int>(doc.sentences.size())
            ? &doc.sentences[e.sentence]
            : nullptr;
    int pred = -1;
    if (s) {
      for (size_t i = 0; i < s->tokens.size(); ++i)
        if (s->tokens[i].span.begin >= e.evidence.predicate.begin &&
            s->tokens[i].span.end <= e.evidence.predicate.end &&
            !e.evidence.predicate.empty()) {
          pred = static_cast<int>(i);
          break;
        }
    }
    for (const PlaceMention& m : places) {
      if (m.sentence != e.sentence || m.cue != PlaceMention::Cue::kLocative)
        continue;
      const GeoEntry& g = gaz_->entry(m.entry);
      if (g.kind == Kind::kRegion && g.country == GeoEntry::kNone) continue;
      if (s && s->parsed && pred >= 0 && !Reaches(*s, m.last, pred) &&
          !Reaches(*s, m.first, pred))
        continue;
      // A statement's sentence names places it is about; only "said in
      // Baghdad" (right after the predicate) says where it was made.
      if (Verbal(e) && pred >= 0 && !(s && s->parsed) &&
          (m.first <= pred || m.first - pred > 3))
        continue;
      int at = pred >= 0 ? pred : 0;
      int dist = std::abs(m.first - at);
      if (dist < best_dist) {
        best_dist = dist;
        best = &m;
      }
    }
    if (best) {
      Place p = gaz_->ToPlace(best->entry);
      p.span = best->span;
      e.where = std::move(p);
      continue;
    }
    // 2. The dateline, when an actor of the event belongs there.
    if (dateline) {
      const GeoEntry& g = gaz_->entry(dateline->entry);
      std::string_view cc = g.country != GeoEntry::kNone
                                ? gaz_->str(gaz_->entry(g.country).code)
                                : std::string_view();
      if (!cc.empty() &&
          (e.source.country == cc || (e.target && e.target->country == cc))) {
        Place p = gaz_->ToPlace(dateline->entry);
        p.span = dateline->span;
        e.where = std::move(p);
        continue;
      }
    }
    // 3. The centroid of the source's country (statements) or the
    // target's (actions), marked as a fallback.
    std::string_view first = Verbal(e) || !e.target
                                 ? std::string_view(e.source.country)
                                 : std::string_view(e.target->country);
    std::string_view second =
        Verbal(e) || !e.target ? (e.target ? std::string_view(e.target->country)
                                           : std::string_view())
                               : std::string_view(e.source.country);
    uint32_t c = first.empty() ? GeoEntry::kNone : gaz_->CountryByIso3(first);
    if (c == GeoEntry::kNone && !second.empty())
      c = gaz_->CountryByIso3(second);
    if (c == GeoEntry::kNone) continue;  // no place: `where` stays empty
    Place p = gaz_->ToPlace(c);
    p.centroid_fallback = true;
    e.where = std::move(p);
  }
}

}  // namespace khaldun
