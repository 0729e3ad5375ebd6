// The resolution cases against the DEFAULT lexicons (data/lexicons +
// the generated countries), and `khaldun lexicon check` on them.
#include <gtest/gtest.h>

#include "khaldun/lexicon.h"
#include "testing.h"

namespace khaldun {
namespace {

std::shared_ptr<const Lexicon> Default() {
  static std::shared_ptr<const Lexicon> lex = [] {
    std::shared_ptr<const Lexicon> l;
    std::vector<Diagnostic> diags;
    Status s = Lexicon::Load({"default"}, {}, &l, &diags);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return l;
  }();
  return lex;
}

std::string Code(const char* phrase, const char* date, ActorMatch* m) {
  Date d;
  EXPECT_TRUE(Date::Parse(date, &d));
  if (!Default()->ResolvePhrase(phrase, d, m)) return "none";
  return m->code;
}

#define REQUIRE_COUNTRIES()                                                  \
  ASSERT_TRUE(Default());                                                    \
  if (Default()->Stats().countries < 200)                                    \
  GTEST_SKIP() << "no country table: run scripts/setup.sh (iso-codes + npm " \
                  "world-countries)"

TEST(LexiconDefault, SudaniIsIraqGovIn2024) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  EXPECT_EQ(
      Code("Iraqi Prime Minister Mohammed Shia al-Sudani", "2024-01-10", &m),
      "IRQGOV")
      << m.entry;
}

TEST(LexiconDefault, MalikiByDate) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  EXPECT_EQ(Code("Nouri al-Maliki", "2024-01-10", &m), "IRQ") << m.entry;
  EXPECT_EQ(Code("Nouri al-Maliki", "2010-01-10", &m), "IRQGOV") << m.entry;
}

TEST(LexiconDefault, PentagonIsUsMilitary) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  EXPECT_EQ(Code("the Pentagon", "2024-01-10", &m), "USAMIL") << m.entry;
}

TEST(LexiconDefault, HamasHasItsGroupCode) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  Code("Hamas", "2024-01-10", &m);
  EXPECT_EQ(m.group, "HMS") << m.entry;
  EXPECT_EQ(m.country, "PSE") << m.entry;
}

TEST(LexiconDefault, AdjectiveAlone) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  EXPECT_EQ(Code("Iraqi", "2024-01-10", &m), "IRQ") << m.entry;
}

TEST(LexiconDefault, UsLedCoalition) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  EXPECT_EQ(Code("US-led coalition", "2024-01-10", &m), "USAMIL") << m.entry;
}

TEST(LexiconDefault, RoleIsNamedAsTheTextSaysIt) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  EXPECT_EQ(Code("Turkey's foreign minister", "2024-01-10", &m), "TURGOV");
  EXPECT_EQ(m.name, "foreign minister") << m.entry;
}

TEST(LexiconDefault, DemonymAsNoun) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  EXPECT_EQ(Code("Iraqis", "2024-01-10", &m), "IRQCVL") << m.entry;
  // The plural form is the people, not the adjective "Indian" (its lemma).
  EXPECT_EQ(Code("Indians", "2024-01-10", &m), "INDCVL") << m.entry;
}

TEST(LexiconDefault, SovereignKeepsItsDemonym) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  EXPECT_EQ(Code("American diplomats", "2024-01-10", &m), "USAGOV") << m.entry;
  EXPECT_EQ(Code("French troops", "2024-01-10", &m), "FRAMIL") << m.entry;
  EXPECT_EQ(Code("Indian troops", "2024-01-10", &m), "INDMIL") << m.entry;
}

TEST(LexiconDefault, HistoricalNamesOfTheCameoManual) {
  REQUIRE_COUNTRIES();
  ActorMatch m;
  // The EU's predecessor is CAMEO's EEC (named for it).
  EXPECT_EQ(Code("the European Community", "1989-06-01", &m), "EECIGO")
      << m.entry;
  EXPECT_EQ(Code("Czechoslovakia", "1989-06-01", &m), "CZE") << m.entry;
  EXPECT_EQ(Code("extremist organization", "1989-06-01", &m), "RAD") << m.entry;
  EXPECT_EQ(Code("Czechoslovak troops", "1989-06-01", &m), "CZEMIL") << m.entry;
}

// The verb "call for X" is an appeal (02x), as the CAMEO manual codes
// "called for a ceasefire" (0256); the noun "calls for X" stays a demand.
TEST(LexiconDefault, VerbCallForIsAnAppealNounIsADemand) {
  ASSERT_TRUE(Default());
  auto codes = [](std::string_view lemma, bool noun, std::string_view tmpl) {
    std::string out;
    for (const Pattern* p : Default()->PatternsFor(lemma, noun))
      if (p->text == tmpl) out += p->code + " ";
    return out;
  };
  EXPECT_EQ(codes("call", false, "* for $DEESCALATION"), "0256 ");
  EXPECT_EQ(codes("call", false, "* for $RELEASE"), "0253 ");
  EXPECT_EQ(codes("call", true, "* for $DEESCALATION of TARGET"), "1056 ");
  EXPECT_EQ(codes("press", false, "* for $DEESCALATION"), "1056 ");
}

// Sanctions on goods from a country are aimed at that country: "lifted
// sanctions against gold from South Africa" (085), "imposed tariffs on goods
// from China" (163).
TEST(LexiconDefault, SanctionsOnGoodsFromACountry) {
  ASSERT_TRUE(Default());
  auto codes = [](std::string_view lemma, std::string_view tmpl) {
    std::string out;
    for (const Pattern* p : Default()->PatternsFor(lemma, false))
      if (p->text == tmpl) out += p->code + " ";
    return out;
  };
  EXPECT_EQ(codes("lift", "* $SANCTIONS against _ from TARGET"), "085 ");
  EXPECT_EQ(codes("impose", "* $SANCTIONS on _ from TARGET"), "163 ");
}

// Frames added for the CAMEO manual's examples, each general: "asked the EC
// for immediate delivery of additional aid" (023), "launched 10 days of war
// games" (062, reciprocal), "would allow the return of U.N. weapons
// inspectors" (0862, not the return of refugees, 0833).
TEST(LexiconDefault, AidWarGamesAndReturningInspectors) {
  ASSERT_TRUE(Default());
  auto codes = [](std::string_view lemma, std::string_view tmpl) {
    std::string out;
    for (const Pattern* p : Default()->PatternsFor(lemma, false))
      if (p->text == tmpl) out += p->code + (p->recip ? "r " : " ");
    return out;
  };
  EXPECT_EQ(codes("ask", "* TARGET for _ of $AID"), "023 ");
  EXPECT_EQ(codes("launch", "* _ of $WAR_GAME"), "062r ");
  EXPECT_EQ(codes("allow", "* return of $INSPECTORS"), "0862 ");
  EXPECT_EQ(codes("allow", "* return of TARGET"), "0833 ");
  // A verb phrase led by an adverb in -ly is indexed by its verb as well:
  // "sexually abused" is found from "abuse".
  EXPECT_EQ(codes("abuse", "* TARGET"), "1821 ");
  EXPECT_EQ(codes("oppose", "* to $MEDIATION"), "126 ");
  EXPECT_EQ(codes("denounce", "* as TARGET"), "111 ");
  // "Palestinians shunned work" is a strike (143), found from "shun".
  EXPECT_EQ(codes("shun", "*"), "143 ");
  EXPECT_EQ(codes("speed", "* $WITHDRAWAL of $TROOPS from TARGET"), "0874 ");
  EXPECT_EQ(codes("remain", "* on alert in TARGET"), "152 ");
  // Sanctions not renewed lapse: "failed to renew sanctions" is 085.
  std::string renew_neg = "none", impose_neg = "none";
  for (const Pattern* p : Default()->PatternsFor("renew", false))
    if (p->text == "* $SANCTIONS against TARGET") renew_neg = p->neg_code;
  for (const Pattern* p : Default()->PatternsFor("impose", false))
    if (p->text == "* $SANCTIONS against TARGET") impose_neg = p->neg_code;
  EXPECT_EQ(renew_neg, "085");
  EXPECT_EQ(impose_neg, "");
}

// PatternNumbers numbers the patterns of data().predicates in order
// (entry, then pattern), beside the lists of PatternsFor, as PatternNumber
// and PatternAt do.
TEST(LexiconDefault, PatternNumbers) {
  REQUIRE_COUNTRIES();
  const auto& preds = Default()->data().predicates;
  std::vector<const Pattern*> by_number;
  for (const auto& e : preds)
    for (const Pattern& p : e.patterns) by_number.push_back(&p);
  int lists = 0;
  for (const char* lemma : {"condemn", "renew", "impose", "attack", "meet"})
    for (bool noun : {false, true}) {
      const auto& pats = Default()->PatternsFor(lemma, noun);
      const auto& nums = Default()->PatternNumbers(pats);
      if (pats.empty()) {
        EXPECT_TRUE(nums.empty());
        continue;
      }
      ++lists;
      ASSERT_EQ(nums.size(), pats.size());
      for (size_t i = 0; i < pats.size(); ++i) {
        ASSERT_LT(nums[i], by_number.size());
        EXPECT_EQ(by_number[nums[i]], pats[i]);
      }
    }
  EXPECT_GE(lists, 4);
  ASSERT_EQ(Default()->PatternCount(), by_number.size());
  for (uint32_t k = 0; k < by_number.size(); ++k) {
    EXPECT_EQ(Default()->PatternNumber(*by_number[k]), k);
    EXPECT_EQ(&Default()->PatternAt(k), by_number[k]);
  }
  const std::vector<const Pattern*> other;
  EXPECT_TRUE(Default()->PatternNumbers(other).empty());
}

TEST(LexiconDefault, CheckIsClean) {
  REQUIRE_COUNTRIES();
  std::string out;
  int rc =
      testing::Run(testing::CliPath() + " lexicon check --no-warnings", &out);
  EXPECT_EQ(rc, 0) << out;
}

}  // namespace
}  // namespace khaldun
