// Lexicon statistics and lint checks (`khaldun lexicon stats|check`).
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "khaldun/cameo.h"
#include "khaldun/lexicon.h"
#include "lexicon/text_util.h"

namespace khaldun {
namespace {

constexpr auto kErr = Diagnostic::Severity::kError;
constexpr auto kWarn = Diagnostic::Severity::kWarning;

// Entries imported from PETRARCH (.txt) use other code schemes (WEIS codes,
// test fixtures); they are not linted.
bool Imported(const std::string& where) {
  size_t colon = where.rfind(':');
  std::string_view f = std::string_view(where).substr(0, colon);
  return f.ends_with(".txt");
}

std::string Key(std::string_view alt) {
  std::string k;
  for (const auto& t : TokenizeName(alt)) {
    if (!k.empty()) k += ' ';
    k += lex::Lower(t);
  }
  return k;
}

std::string RoleString(const ActorRole& r) {
  std::string s = r.country.empty() ? "-" : r.country;
  if (!r.group.empty()) s += " +" + r.group;
  for (const auto& t : r.types) s += " " + t;
  return s;
}

bool SameResolution(const ActorRole& a, const ActorRole& b) {
  return a.country == b.country && a.group == b.group && a.types == b.types;
}

}  // namespace

LexiconStats Lexicon::Stats() const {
  LexiconStats st;
  const LexiconData& d = data_;
  std::set<std::string> countries, groups, verbs, nouns, all;
  for (const auto& c : d.countries) countries.insert(c.code);
  st.countries = static_cast<int>(countries.size());
  st.actors = static_cast<int>(d.actors.size());
  for (const auto& a : d.actors) {
    st.aliases += static_cast<int>(a.names.size());
    bool has_group = false, leader = false;
    for (const auto& r : a.roles) {
      if (!r.group.empty()) {
        groups.insert(r.group);
        has_group = true;
      }
      if (r.dated &&
          std::find(r.types.begin(), r.types.end(), "GOV") != r.types.end())
        leader = true;
    }
    st.group_entries += has_group;
    st.leaders += leader;
    // Organisations, parties and armed groups: neither a person (gender)
    // nor a dated office holder.
    st.organisations += a.gender == 0 && !leader;
  }
  st.groups = static_cast<int>(groups.size());
  st.agents = static_cast<int>(d.agents.size());
  st.synsets = static_cast<int>(d.synsets.size());
  std::set<std::string> codes;
  for (const auto& p : d.predicates) {
    for (const auto& l : p.lemmas) {
      (p.noun ? nouns : verbs).insert(l);
      all.insert(l);
    }
    st.patterns += static_cast<int>(p.patterns.size());
    for (const auto& pat : p.patterns) {
      codes.insert(pat.code);
      if (!pat.neg_code.empty()) codes.insert(pat.neg_code);
    }
  }
  st.verb_lemmas = static_cast<int>(verbs.size());
  st.noun_lemmas = static_cast<int>(nouns.size());
  st.predicate_lemmas = static_cast<int>(all.size());
  st.discards = static_cast<int>(d.discards.size());
  st.issues = static_cast<int>(d.issues.size());
  std::set<std::string> bases;
  for (const auto& c : codes)
    if (c.size() >= 3) bases.insert(c.substr(0, 3));
  for (const EventType& e : Cameo::Get().events()) {
    if (e.level() != 3) continue;
    std::string code(e.code);
    (bases.count(code) ? st.base_codes_covered : st.base_codes_missing)
        .push_back(code);
  }
  return st;
}

void Lexicon::Check(std::vector<Diagnostic>* out) const {
  const LexiconData& d = data_;
  const Cameo& cameo = Cameo::Get();
  auto err = [&](const std::string& w, std::string m) {
    out->push_back({kErr, w, std::move(m)});
  };
  auto warn = [&](const std::string& w, std::string m) {
    out->push_back({kWarn, w, std::move(m)});
  };
  std::set<std::string> country_codes;
  for (const auto& c : d.countries) country_codes.insert(c.code);
  auto check_country = [&](const std::string& code, const std::string& w) {
    if (code.empty()) return;
    if (country_codes.empty()) return;  // no table loaded: cannot check
    if (!country_codes.count(code))
      err(w, "unknown country code '" + code + "'");
  };

  // Countries: drops that drop nothing.
  {
    std::map<std::string, std::vector<const CountryEntry*>> by_code;
    for (const auto& c : d.countries) by_code[c.code].push_back(&c);
    for (const auto& [code, es] : by_code) {
      std::set<std::string> values;
      for (const auto* e : es)
        for (const auto* v :
             {&e->names, &e->adjectives, &e->people, &e->capitals})
          for (const auto& x : *v) values.insert(Key(x));
      for (const auto* e : es)
        for (const auto& x : e->drop)
          if (!values.count(Key(x)))
            warn(e->where, "drop: '" + x + "' is not a value of " + code);
    }
  }

  // Actors: codes, dates, aliases.
  std::unordered_map<std::string, std::vector<uint32_t>> alias_owner;
  for (uint32_t i = 0; i < d.actors.size(); ++i) {
    const ActorEntry& a = d.actors[i];
    if (Imported(a.where)) continue;
    if (a.roles.empty()) err(a.where, "actor without a role: line");
    int fallbacks = 0;
    for (size_t j = 0; j < a.roles.size(); ++j) {
      const ActorRole& r = a.roles[j];
      check_country(r.country, r.where);
      if (!r.group.empty() && !cameo.FindGroup(r.group))
        err(r.where, "unknown group code '+" + r.group + "'");
      for (const auto& t : r.types)
        if (!cameo.FindRole(t)) err(r.where, "unknown role type '" + t + "'");
      if (!r.dated && ++fallbacks == 2)
        err(r.where, "second undated role line (only one fallback allowed)");
      for (size_t k = 0; k < j; ++k)
        if (r.dated && a.roles[k].dated && r.dates.Overlaps(a.roles[k].dates))
          err(r.where, "date range " + r.dates.ToString() + " overlaps " +
                           a.roles[k].dates.ToString() + " (" +
                           a.roles[k].where + ")");
    }
    std::set<std::string> own;
    for (const auto& n : a.names) {
      std::string k = Key(n);
      if (!own.insert(k).second) {
        warn(a.where, "name '" + n + "' listed twice");
        continue;
      }
      alias_owner[k].push_back(i);
    }
  }
  // Conflicting duplicates: the same name resolving differently at a date.
  std::vector<std::pair<std::string, std::vector<uint32_t>>> aliases(
      alias_owner.begin(), alias_owner.end());
  std::sort(aliases.begin(), aliases.end());
  for (const auto& [name, owners] : aliases) {
    for (size_t x = 1; x < owners.size(); ++x) {
      const ActorEntry& b = d.actors[owners[x]];
      for (size_t y = 0; y < x; ++y) {
        const ActorEntry& a = d.actors[owners[y]];
        if (a.source != b.source) continue;  // stacking overrides on purpose
        std::string conflict;
        for (const auto& ra : a.roles)
          for (const auto& rb : b.roles)
            if (conflict.empty() && ra.dates.Overlaps(rb.dates) &&
                !SameResolution(ra, rb))
              conflict = RoleString(ra) + " vs " + RoleString(rb);
        if (!conflict.empty())
          err(b.where, "name '" + name + "' also names " + a.names[0] + " (" +
                           a.where + ") with overlapping dates: " + conflict);
        else
          warn(b.where, "name '" + name + "' duplicates " + a.where);
      }
    }
  }

  // Agents.
  std::unordered_map<std::string, const AgentEntry*> agent_names;
  for (const auto& a : d.agents) {
    if (Imported(a.where)) continue;
    if (a.types.empty()) warn(a.where, "agent without types:");
    for (const auto& t : a.types)
      if (!cameo.FindRole(t)) err(a.where, "unknown role type '" + t + "'");
    for (const auto& n : a.names) {
      auto [it, ins] = agent_names.emplace(Key(n), &a);
      if (!ins && it->second != &a) {
        if (it->second->types != a.types)
          err(a.where, "agent '" + n + "' also defined with other types at " +
                           it->second->where);
        else
          warn(a.where, "agent '" + n + "' duplicates " + it->second->where);
      }
    }
  }

  // Synsets.
  std::map<std::string, const SynsetEntry*> synsets;
  for (const auto& s : d.synsets) {
    auto [it, ins] = synsets.emplace(s.name, &s);
    if (!ins && !Imported(s.where))
      err(s.where,
          "synset " + s.name + " already defined at " + it->second->where);
  }
  for (const auto& s : d.synsets) {
    if (Imported(s.where)) continue;
    if (s.members.empty()) warn(s.where, "empty synset " + s.name);
    for (const auto& m : s.members)
      if (m[0] == '$' && !synsets.count(m)) err(s.where, "unknown synset " + m);
  }

  // Predicates and patterns.
  std::map<std::string, const Pattern*> seen;  // noun|lemma|template
  for (const auto& e : d.predicates) {
    if (Imported(e.where)) continue;
    if (e.patterns.empty()) warn(e.where, "predicate without patterns");
    for (const auto& p : e.patterns) {
      if (!cameo.Find(p.code))
        err(p.where, "unknown event code '" + p.code + "'");
      if (!p.neg_code.empty() && !cameo.Find(p.neg_code))
        err(p.where, "unknown event code '" + p.neg_code + "' in neg=");
      if (!p.modal_code.empty() && !cameo.Find(p.modal_code))
        err(p.where, "unknown event code '" + p.modal_code + "' in modal=");
      for (const auto& el : p.elements)
        if (el.kind == PatternElement::Kind::kSynset && !synsets.count(el.text))
          err(p.where, "unknown synset " + el.text);
      int sources = 0, targets = 0;
      for (const auto& el : p.elements) {
        sources += el.kind == PatternElement::Kind::kSource;
        targets += el.kind == PatternElement::Kind::kTarget;
      }
      if (sources > 1 || targets > 1)
        err(p.where, "more than one SOURCE or TARGET");
      if (p.notarget && targets)
        warn(p.where, "notarget with a TARGET element");
      for (const auto& l : e.lemmas) {
        std::string k = std::string(e.noun ? "n|" : "v|") + l + "|" + p.text;
        auto [it, ins] = seen.emplace(k, &p);
        if (ins) continue;
        const Pattern* first = it->second;
        if (first->code == p.code && first->neg_code == p.neg_code)
          err(p.where, "duplicate pattern '" + p.text + "' for '" + l +
                           "' (first at " + first->where + ")");
        else
          err(p.where, "unreachable pattern '" + p.text + "' for '" + l +
                           "': the same template at " + first->where +
                           " codes " + first->code);
      }
    }
  }

  // Discards.
  for (const auto& x : d.discards) {
    if (Imported(x.where)) continue;
    if (x.phrases.empty() && x.lemmas.empty())
      warn(x.where, "discard without phrase: or lemma:");
  }
  std::stable_sort(out->begin(), out->end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.error() > b.error();
                   });
}

}  // namespace khaldun
