#include "khaldun/cameo.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "khaldun/event.h"

namespace khaldun {
namespace {

const Cameo& C() { return Cameo::Get(); }

TEST(CameoTest, DemandMeeting106) {
  const EventType* t = C().Find("106");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->code, "106");
  EXPECT_EQ(t->name, "Demand meeting, negotiation");
  EXPECT_EQ(t->root, "10");
  EXPECT_EQ(t->base, "106");
  EXPECT_EQ(t->quad_class, 3);
  EXPECT_DOUBLE_EQ(t->goldstein, -2.0);
  EXPECT_EQ(t->plover_event, "REQUEST");
  EXPECT_EQ(t->plover_mode, "meet");
  EXPECT_EQ(t->level(), 3);
}

TEST(CameoTest, FourDigitCode) {
  const EventType* t = C().Find("0874");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->name, "Retreat or surrender militarily");
  EXPECT_EQ(t->root, "08");
  EXPECT_EQ(t->base, "087");
  EXPECT_EQ(t->quad_class, 2);
  EXPECT_DOUBLE_EQ(t->goldstein, 8.0);
  EXPECT_EQ(t->plover_event, "RETREAT");
  EXPECT_EQ(t->plover_mode, "disarm");
  EXPECT_EQ(t->plover_context, "military");
  EXPECT_EQ(t->level(), 4);
  // 0871 exists too (a 4-digit code ending in 1, not a GDELT oddity).
  ASSERT_NE(C().Find("0871"), nullptr);
  EXPECT_EQ(C().Find("0871")->plover_mode, "ceasefire");
}

TEST(CameoTest, MilitaryForce190) {
  const EventType* t = C().Find("190");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->quad_class, 4);
  EXPECT_DOUBLE_EQ(t->goldstein, -8.0);
  EXPECT_EQ(t->plover_event, "ASSAULT");
  EXPECT_EQ(t->root, "19");
}

TEST(CameoTest, EveryRootPresentWithQuadClass) {
  for (int r = 1; r <= 20; ++r) {
    char code[3] = {static_cast<char>('0' + r / 10),
                    static_cast<char>('0' + r % 10), 0};
    const EventType* t = C().Find(code);
    ASSERT_NE(t, nullptr) << code;
    EXPECT_TRUE(t->is_root());
    EXPECT_EQ(t->base, "");
    int want = r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    EXPECT_EQ(t->quad_class, want) << code;
    EXPECT_EQ(Cameo::QuadClassOf(code), want);
    // Every root has at least one 3-digit child "r0".
    std::string child = std::string(code) + "0";
    ASSERT_NE(C().Find(child), nullptr) << child;
  }
  EXPECT_EQ(C().Find("01")->name, "MAKE PUBLIC STATEMENT");
  EXPECT_EQ(C().Find("20")->goldstein, -10.0);
}

TEST(CameoTest, UnknownCodes) {
  for (const char* bad : {"", "0", "00", "21", "999", "0875", "10x", "12345",
                          "abc", "1 0", "01 "}) {
    EXPECT_EQ(C().Find(bad), nullptr) << "'" << bad << "'";
  }
  EXPECT_EQ(Cameo::QuadClassOf("21"), 0);
  EXPECT_EQ(Cameo::QuadClassOf("x1"), 0);
}

TEST(CameoTest, AllEntriesConsistent) {
  std::set<std::string> codes;
  int n4 = 0;
  for (const EventType& t : C().events()) {
    EXPECT_TRUE(codes.insert(std::string(t.code)).second) << t.code;
    EXPECT_EQ(C().Find(t.code), &t);
    EXPECT_FALSE(t.name.empty()) << t.code;
    EXPECT_EQ(t.root, t.code.substr(0, 2));
    EXPECT_GE(t.goldstein, -10.0);
    EXPECT_LE(t.goldstein, 10.0);
    EXPECT_GE(t.quad_class, 1);
    if (t.level() > 2) {
      ASSERT_NE(C().Find(t.root), nullptr) << t.code;
      ASSERT_NE(C().Find(t.base), nullptr) << t.code;
    }
    if (t.level() == 4) ++n4;
    // PLOVER drops statements and appeals and covers everything else.
    bool dropped = t.root == "01" || t.root == "02" || t.code == "08";
    EXPECT_EQ(t.plover_event.empty(), dropped) << t.code;
  }
  EXPECT_EQ(codes.size(), C().events().size());
  EXPECT_GT(C().events().size(), 300u);
  EXPECT_GT(n4, 100);
}

TEST(CameoTest, ProvenanceFlags) {
  // In the manual but not in GDELT's Goldstein table: the parent's score.
  const EventType* t = C().Find("1213");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->goldstein_inherited);
  EXPECT_DOUBLE_EQ(t->goldstein, C().Find("121")->goldstein);
  EXPECT_FALSE(t->in_gdelt_lookup);
  // Not in the PLOVER mapping: the parent's category.
  t = C().Find("1951");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->plover_inherited);
  EXPECT_EQ(t->plover_event, C().Find("195")->plover_event);
  // GDELT's Goldstein table spells 183 as 1883.
  EXPECT_FALSE(C().Find("183")->goldstein_inherited);
  EXPECT_EQ(C().Find("1883"), nullptr);
}

TEST(CameoTest, Annotate) {
  Event e;
  e.code = "0874";
  ASSERT_TRUE(C().Annotate(&e));
  EXPECT_EQ(e.root, "08");
  EXPECT_EQ(e.base, "087");
  EXPECT_EQ(e.quad_class, 2);
  EXPECT_DOUBLE_EQ(e.goldstein, 8.0);
  EXPECT_EQ(e.plover_event, "RETREAT");
  EXPECT_EQ(e.plover_mode, "disarm");

  e.code = "190";
  ASSERT_TRUE(C().Annotate(&e));
  EXPECT_EQ(e.root, "19");
  EXPECT_EQ(e.base, "190");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_EQ(e.plover_mode, "");

  e.code = "999";
  EXPECT_FALSE(C().Annotate(&e));
  EXPECT_EQ(e.root, "");
  EXPECT_EQ(e.base, "");
  EXPECT_EQ(e.quad_class, 0);
  EXPECT_EQ(e.plover_event, "");
}

TEST(CameoTest, RolesAndGroups) {
  for (const char* role : {"GOV", "MIL", "COP", "REB", "INS", "UAF", "SPY",
                           "CVL", "BUS", "MED", "HLH", "HRI", "LAB", "REF",
                           "CRM", "EDU", "NGO", "IGO", "JUD", "LEG", "OPP"}) {
    const RoleType* r = C().FindRole(role);
    ASSERT_NE(r, nullptr) << role;
    EXPECT_EQ(r->code, role);
    EXPECT_FALSE(r->name.empty());
  }
  EXPECT_EQ(C().FindRole("GOV")->name, "Government");
  EXPECT_EQ(C().FindRole("MIL")->name, "Military");
  EXPECT_EQ(C().FindRole("XYZ"), nullptr);
  EXPECT_EQ(C().FindRole(""), nullptr);

  EXPECT_EQ(C().FindGroup("UNO")->name, "United Nations");
  EXPECT_EQ(C().FindGroup("HMS")->name, "Hamas");
  ASSERT_NE(C().FindGroup("ISI"), nullptr);
  EXPECT_EQ(C().FindGroup("ISI")->name, "Islamic State");
  ASSERT_NE(C().FindGroup("AFU"), nullptr);
  EXPECT_EQ(C().FindGroup("AFU")->name, "African Union");
  EXPECT_EQ(C().FindGroup("KID")->name,
            "United Nations Children's Fund (UNICEF)");
  EXPECT_EQ(C().FindGroup("GOV"), nullptr);
  EXPECT_GT(C().groups().size(), 100u);
  EXPECT_GT(C().roles().size(), 30u);
}

}  // namespace
}  // namespace khaldun
