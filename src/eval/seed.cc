#include "eval/seed.h"

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "io/file_util.h"
#include "khaldun/document.h"
#include "util/status_macros.h"

namespace khaldun::eval {
namespace {

using json = nlohmann::json;

struct Expected {
  std::string kind;  // "must" / "may"
  std::string quote;
  int sentence = -1;
  std::string src_country, src_group;
  bool has_target = false;
  std::string tgt_country, tgt_group;
  std::set<std::string> roots;
  std::string preferred;
};

// A must_not entry, read from its prose: "any event with source USA and a
// root 08 code (yield), or code 166/0874: ..." -> source USA and (root 08
// or code 166 or 0874); "... source or target is Reuters or a news
// organisation ..." -> an actor that is a news organisation.
struct Rule {
  std::string text;
  std::string source;
  std::set<std::string> roots, codes;
  bool media = false;
  std::vector<std::string> media_names;
};

Rule ParseRule(const std::string& what) {
  Rule r;
  r.text = what;
  std::string head = what.substr(0, what.find(':'));
  std::smatch m;
  if (std::regex_search(head, m, std::regex("source ([A-Z]{3})\\b")))
    r.source = m[1];
  std::smatch rm;
  static const std::regex kRoots(
      "roots? ([0-9]{2}(?:(?:, | or | and )[0-9]{2})*)");
  static const std::regex kTwo("[0-9]{2}");
  static const std::regex kCodes("codes? ([0-9/]+)");
  static const std::regex kCode("[0-9]{3,4}");
  static const std::regex kName("\\b([A-Z][a-z]+)\\b");
  auto all = [](const std::string& text, const std::regex& re) {
    std::vector<std::string> out;
    for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end;
         ++it)
      out.push_back(it->str());
    return out;
  };
  if (std::regex_search(head, rm, kRoots))
    for (const std::string& x : all(rm[1], kTwo)) r.roots.insert(x);
  if (std::regex_search(head, rm, kCodes))
    for (const std::string& x : all(rm[1], kCode)) r.codes.insert(x);
  if (what.find("news organi") != std::string::npos) {
    r.media = true;
    for (const std::string& x : all(head, kName))
      if (x != "Any") r.media_names.push_back(x);
  }
  return r;
}

bool IsMedia(const Actor& a, const Rule& r) {
  for (const std::string& t : a.types)
    if (t == "MED") return true;
  for (const std::string& n : r.media_names)
    if (a.name.find(n) != std::string::npos ||
        a.text.find(n) != std::string::npos)
      return true;
  return false;
}

bool Violates(const Event& e, const Rule& r) {
  if (r.media)
    return IsMedia(e.source, r) || (e.target && IsMedia(*e.target, r));
  if (!r.source.empty() && e.source.country != r.source) return false;
  if (r.roots.empty() && r.codes.empty()) return false;
  return r.roots.count(e.root) > 0 || r.codes.count(e.code) > 0;
}

bool Matches(const Event& e, const Expected& x) {
  if (e.sentence != x.sentence) return false;
  if (e.source.country != x.src_country || e.source.group != x.src_group)
    return false;
  if (x.has_target != e.target.has_value()) return false;
  if (x.has_target &&
      (e.target->country != x.tgt_country || e.target->group != x.tgt_group))
    return false;
  return x.roots.count(e.root) > 0;
}

std::string Show(const Event& e) {
  std::string s =
      "sentence " + std::to_string(e.sentence) + ": " + e.source.code + " -> " +
      (e.target ? e.target->code : std::string("(none)")) + " " + e.code;
  return s;
}

}  // namespace

Status EvaluateSeed(const Pipeline& pipeline, const std::string& dir,
                    SeedReport* report) {
  *report = SeedReport();
  std::string json_text;
  KHALDUN_RETURN_IF_ERROR(ReadFileToString(dir + "/expected.json", &json_text));
  json spec = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (spec.is_discarded())
    return Status::InvalidArgument(dir + "/expected.json: not valid JSON");

  Document doc;
  doc.id = spec.value("document", std::string("article.txt"));
  doc.origin = dir + "/article.txt";
  KHALDUN_RETURN_IF_ERROR(ReadFileToString(doc.origin, &doc.text));
  if (!Date::Parse(spec.value("date", std::string()), &doc.date))
    return Status::InvalidArgument(dir + "/expected.json: no valid date");
  std::vector<Event> events;
  KHALDUN_RETURN_IF_ERROR(pipeline.Process(&doc, &events));
  report->events = static_cast<int>(events.size());

  auto sentence_of = [&](const std::string& quote) {
    for (size_t i = 0; i < doc.sentences.size(); ++i)
      if (doc.slice(doc.sentences[i].span).find(quote) != std::string::npos)
        return static_cast<int>(i);
    return -1;
  };
  std::vector<Expected> expected;
  for (const char* kind : {"must", "may"}) {
    if (!spec.contains(kind)) continue;
    for (const json& j : spec[kind]) {
      Expected x;
      x.kind = kind;
      x.quote = j.value("sentence", std::string());
      x.sentence = sentence_of(x.quote);
      if (x.sentence < 0)
        report->lines.push_back(std::string(kind) + " '" + x.quote +
                                "': no sentence contains it");
      const json& s = j["source"];
      x.src_country = s.value("country", std::string());
      x.src_group = s.value("group", std::string());
      if (j.contains("target") && !j["target"].is_null()) {
        x.has_target = true;
        x.tgt_country = j["target"].value("country", std::string());
        x.tgt_group = j["target"].value("group", std::string());
      }
      for (const json& r : j["roots"]) x.roots.insert(r.get<std::string>());
      x.preferred = j.value("preferred_code", std::string());
      expected.push_back(std::move(x));
    }
  }
  std::vector<Rule> rules;
  if (spec.contains("must_not"))
    for (const json& j : spec["must_not"])
      rules.push_back(ParseRule(j.value("what", std::string())));

  for (const Expected& x : expected) {
    if (x.kind != "must") continue;
    ++report->must_total;
    const Event* hit = nullptr;
    for (const Event& e : events)
      if (Matches(e, x)) {
        hit = &e;
        break;
      }
    if (hit) {
      ++report->must_found;
      report->lines.push_back(
          "must   FOUND   '" + x.quote + "': " + Show(*hit) +
          (hit->code == x.preferred ? " (preferred code)" : ""));
    } else {
      report->lines.push_back(
          "must   MISSING '" + x.quote + "': " + x.src_country + " -> " +
          (x.has_target ? x.tgt_country : "(none)") + " root " +
          *x.roots.begin() + " (sentence " + std::to_string(x.sentence) + ")");
    }
  }
  for (const Event& e : events) {
    bool allowed = false;
    for (const Expected& x : expected) allowed |= Matches(e, x);
    for (const Rule& r : rules) {
      if (Violates(e, r)) {
        ++report->must_not_violations;
        report->lines.push_back("must-not VIOLATED by " + Show(e) + ": " +
                                r.text);
      }
    }
    if (!allowed) {
      ++report->extras;
      report->lines.push_back("extra  " + Show(e) + " (" + e.evidence.entry +
                              ")");
    }
  }
  return Status::OK();
}

}  // namespace khaldun::eval
