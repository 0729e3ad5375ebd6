// Checks Khaldun's compiled CAMEO table (src/ontology/cameo_table.inc)
// against the lookups in ../shared: every code, name, Goldstein score and
// PLOVER category, every role type and known group.  The deliberate
// differences are listed here and in docs/cameo.md.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/cameo.h"
#include "testing.h"

namespace khaldun {
namespace {

const Cameo& C() { return Cameo::Get(); }

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Rows of a tab-separated file with a header line; '\r' stripped.
std::vector<std::vector<std::string>> ReadTsv(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header) {
      header = false;
      continue;
    }
    if (Trim(line).empty()) continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    rows.push_back(f);
  }
  return rows;
}

// The short-label normalisation of docs/cameo.md: whitespace collapsed,
// curly quotes straightened, "specificed" corrected, final '.' dropped.
std::string NormName(std::string s) {
  for (std::string_view q : {"\xe2\x80\x98", "\xe2\x80\x99"}) {
    std::string straight;
    size_t from = 0;
    for (size_t p; (p = s.find(q, from)) != std::string::npos; from = p + 3) {
      straight.append(s, from, p - from);
      straight += '\'';
    }
    straight.append(s, from, std::string::npos);
    s.swap(straight);
  }
  std::string out;
  for (char c : Trim(s)) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() == ' ') continue;
      c = ' ';
    }
    out.push_back(c);
  }
  for (size_t p; (p = out.find("specificed")) != std::string::npos;) {
    out.replace(p, 10, "specified");
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

TEST(OntologySharedTest, EveryManualCodeWithItsName) {
  KHALDUN_REQUIRE_SHARED(path, "data/cameo/cameo_codebook_from_manual.tsv");
  auto rows = ReadTsv(path);
  ASSERT_GT(rows.size(), 250u);
  std::set<std::string> manual;
  for (const auto& r : rows) {
    ASSERT_GE(r.size(), 2u);
    manual.insert(r[0]);
    const EventType* t = C().Find(r[0]);
    ASSERT_NE(t, nullptr) << "missing manual code " << r[0];
    EXPECT_EQ(t->name, NormName(r[1])) << r[0];
  }
  // Nothing in the table but the manual's codes and the 20 roots.
  for (const EventType& t : C().events()) {
    if (!t.is_root()) {
      EXPECT_TRUE(manual.count(std::string(t.code))) << "extra " << t.code;
    }
  }
  EXPECT_EQ(C().events().size(), manual.size() + 20);
}

TEST(OntologySharedTest, EveryGdeltCodeAndRootName) {
  KHALDUN_REQUIRE_SHARED(path, "data/cameo/CAMEO.eventcodes.txt");
  auto rows = ReadTsv(path);
  ASSERT_GT(rows.size(), 250u);
  std::set<std::string> gdelt;
  // GDELT's lookup glues two records on one line:
  // "1056\tDemand de-escalation of military engagement106:[-5.0] Demand ...".
  std::regex glued(R"((\d{3,4}):\[)");
  for (const auto& r : rows) {
    ASSERT_GE(r.size(), 2u);
    gdelt.insert(r[0]);
    std::smatch m;
    if (std::regex_search(r[1], m, glued)) gdelt.insert(m[1]);
  }
  EXPECT_TRUE(gdelt.count("106")) << "the glued record was not recovered";
  for (const std::string& code : gdelt) {
    const EventType* t = C().Find(code);
    ASSERT_NE(t, nullptr) << "missing GDELT code " << code;
    EXPECT_TRUE(t->in_gdelt_lookup) << code;
  }
  for (const auto& r : rows) {
    if (r[0].size() == 2) {
      EXPECT_EQ(C().Find(r[0])->name, NormName(r[1]));
    }
  }
  for (const EventType& t : C().events()) {
    EXPECT_EQ(t.in_gdelt_lookup, gdelt.count(std::string(t.code)) > 0)
        << t.code;
  }
}

TEST(OntologySharedTest, GoldsteinScores) {
  KHALDUN_REQUIRE_SHARED(path, "data/cameo/CAMEO.goldsteinscale.txt");
  std::map<std::string, double> gs;
  for (const auto& r : ReadTsv(path)) {
    ASSERT_GE(r.size(), 2u);
    // GDELT's table spells 183 as "1883" (between 1823 and 1831).
    gs[r[0] == "1883" ? "183" : r[0]] = std::stod(r[1]);
  }
  ASSERT_GT(gs.size(), 300u);
  for (const auto& [code, value] : gs) {
    const EventType* t = C().Find(code);
    ASSERT_NE(t, nullptr) << "Goldstein code not in table: " << code;
    EXPECT_DOUBLE_EQ(t->goldstein, value) << code;
    EXPECT_FALSE(t->goldstein_inherited) << code;
  }
  int inherited = 0;
  for (const EventType& t : C().events()) {
    if (gs.count(std::string(t.code))) continue;
    ++inherited;
    EXPECT_TRUE(t.goldstein_inherited) << t.code;
    std::string parent(t.level() == 4 ? t.base : t.root);
    ASSERT_TRUE(gs.count(parent)) << t.code;
    EXPECT_DOUBLE_EQ(t.goldstein, gs[parent]) << t.code;
  }
  EXPECT_LE(inherited, 2);  // 1213 and 1214
}

struct Plover {
  std::string event, mode, context;
};

std::string CollapseSpaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c);
  }
  return out;
}

TEST(OntologySharedTest, PloverMapping) {
  KHALDUN_REQUIRE_SHARED(path, "data/plover/CAMEO2PLOVER-2021.txt");
  std::ifstream in(path);
  std::map<std::string, Plover> map;
  std::map<std::string, std::set<std::string>> roots;
  std::regex row(R"(^(\d{2,4}):(.*)$)");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::smatch m;
    if (!std::regex_match(line, m, row)) continue;
    std::string code = m[1], rest = m[2];
    rest = rest.substr(0, rest.find('#'));
    std::vector<std::string> f;
    std::stringstream ss(rest);
    std::string cell;
    while (std::getline(ss, cell, ',')) f.push_back(CollapseSpaces(Trim(cell)));
    f.resize(3);
    if (code.size() == 2) {
      roots[code].insert(f[0]);
    } else {
      map[code] = {f[0], f[1], f[2]};
    }
  }
  ASSERT_GT(map.size(), 200u);
  for (const auto& [code, p] : map) {
    const EventType* t = C().Find(code);
    ASSERT_NE(t, nullptr) << "PLOVER code not in table: " << code;
    EXPECT_EQ(t->plover_event, p.event) << code;
    EXPECT_EQ(t->plover_mode, p.mode) << code;
    EXPECT_EQ(t->plover_context, p.context) << code;
    EXPECT_FALSE(t->plover_inherited) << code;
  }
  for (const EventType& t : C().events()) {
    std::string code(t.code);
    if (map.count(code)) continue;
    if (t.is_root()) {
      const auto& ev = roots[code];
      EXPECT_EQ(t.plover_event, ev.size() == 1 ? *ev.begin() : "") << code;
    } else if (t.root == "01" || t.root == "02") {
      EXPECT_EQ(t.plover_event, "") << code;  // dropped by PLOVER
    } else {
      EXPECT_TRUE(t.plover_inherited) << code;
      std::string parent = t.level() == 4 && map.count(std::string(t.base))
                               ? std::string(t.base)
                               : std::string(t.root) + "0";
      ASSERT_TRUE(map.count(parent)) << code;
      EXPECT_EQ(t.plover_event, map[parent].event) << code;
      EXPECT_EQ(t.plover_mode, map[parent].mode) << code;
    }
  }
}

TEST(OntologySharedTest, QuadClassOfEveryCode) {
  for (const EventType& t : C().events()) {
    int r = std::stoi(std::string(t.root));
    int want = r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    EXPECT_EQ(t.quad_class, want) << t.code;
  }
}

TEST(OntologySharedTest, RoleTypes) {
  KHALDUN_REQUIRE_SHARED(path, "data/cameo/CAMEO.type.txt");
  auto rows = ReadTsv(path);
  ASSERT_GT(rows.size(), 30u);
  for (const auto& r : rows) {
    const RoleType* t = C().FindRole(r[0]);
    ASSERT_NE(t, nullptr) << r[0];
    EXPECT_EQ(t->name, NormName(r[1])) << r[0];
  }
  EXPECT_EQ(C().roles().size(), rows.size());
}

TEST(OntologySharedTest, KnownGroups) {
  KHALDUN_REQUIRE_SHARED(path, "data/cameo/CAMEO.knowngroup.txt");
  auto rows = ReadTsv(path);
  ASSERT_GT(rows.size(), 100u);
  for (const auto& r : rows) {
    const KnownGroup* g = C().FindGroup(r[0]);
    ASSERT_NE(g, nullptr) << r[0];
    if (r[0] == "KID") continue;  // "Children?s" repaired
    EXPECT_EQ(g->name, NormName(r[1])) << r[0];
  }
  // Plus the two additions of eval/CODING_GUIDELINE.md.
  EXPECT_EQ(C().groups().size(), rows.size() + 2);
  EXPECT_NE(C().FindGroup("ISI"), nullptr);
  EXPECT_NE(C().FindGroup("AFU"), nullptr);
}

}  // namespace
}  // namespace khaldun
