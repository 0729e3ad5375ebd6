// The PETRARCH import details that PETRARCH's own unit-test suite relies on
// (docs/evaluation.md, `eval petrarch`): paired codes, '%' compounds, dated
// null codes, and agents joined to imported actors.
#include <gtest/gtest.h>

#include <fstream>

#include "khaldun/lexicon.h"
#include "testing.h"

namespace khaldun {
namespace {

Date D(const std::string& s) {
  Date d;
  Date::Parse(s, &d);
  return d;
}

std::string Write(const std::string& name, const std::string& text) {
  std::string path = ::khaldun::testing::TempDir() + "/" + name;
  std::ofstream f(path);
  f << text;
  return path;
}

const Pattern* FindPattern(const LexiconData& data, const std::string& lemma,
                           const std::string& text) {
  for (const PredicateEntry& p : data.predicates) {
    bool has = p.lemmas.empty();
    for (const std::string& l : p.lemmas) has = has || l == lemma;
    if (!has) continue;
    for (const Pattern& pat : p.patterns)
      if (pat.text == text) return &pat;
  }
  return nullptr;
}

TEST(PetrarchImport, PairedCodesKeepTheReverseCode) {
  std::string verbs = Write("Paired.verbs.txt",
                            "--- ARRIVE  [032:033]  ---\nARRIVE\n"
                            "- * FEELERS  [031:032]\n- * WITH % [:034]\n");
  LexiconData data;
  std::vector<Diagnostic> diags;
  ImportCounts n;
  ASSERT_TRUE(ImportPetrarchFile(verbs, 0, &data, &diags, &n).ok());
  EXPECT_TRUE(diags.empty());
  const Pattern* def = FindPattern(data, "arrive", "*");
  ASSERT_NE(def, nullptr);
  EXPECT_EQ(def->code, "032");
  EXPECT_EQ(def->paired_code, "033");
  const Pattern* feelers = FindPattern(data, "arrive", "* feelers");
  ASSERT_NE(feelers, nullptr);
  EXPECT_EQ(feelers->code, "031");
  EXPECT_EQ(feelers->paired_code, "032");
  // "[:034]": only the second code, as the event's own.
  const Pattern* with = FindPattern(data, "arrive", "* with TARGET");
  ASSERT_NE(with, nullptr);
  EXPECT_EQ(with->code, "034");
  EXPECT_EQ(with->paired_code, "");
}

TEST(PetrarchImport, PercentIsACompoundActor) {
  std::string verbs = Write("Pct.verbs.txt",
                            "--- DELAY [120] ---\nDELAY\n"
                            "- % HAVE *  [191]\n- * WITH %  [067]\n");
  LexiconData data;
  std::vector<Diagnostic> diags;
  ImportCounts n;
  ASSERT_TRUE(ImportPetrarchFile(verbs, 0, &data, &diags, &n).ok());
  EXPECT_TRUE(diags.empty());
  // Before '*': the subject's members act on each other.
  const Pattern* have = FindPattern(data, "delay", "have *");
  ASSERT_NE(have, nullptr);
  EXPECT_TRUE(have->recip);
  EXPECT_EQ(have->code, "191");
  // After '*': the target.
  const Pattern* with = FindPattern(data, "delay", "* with TARGET");
  ASSERT_NE(with, nullptr);
  EXPECT_FALSE(with->recip);
}

TEST(PetrarchImport, DatedNullCodeIsNotAnActorCode) {
  std::string actors = Write("Null.actors.txt",
                             "PRINCE OF DOL AMROTH\n\t[--- <950630]\n"
                             "\t[DOL]\nBOROMIR  [---]\n");
  LexiconData data;
  std::vector<Diagnostic> diags;
  ImportCounts n;
  ASSERT_TRUE(ImportPetrarchFile(actors, 0, &data, &diags, &n).ok());
  EXPECT_EQ(n.errors, 0);
  ASSERT_EQ(data.actors.size(), 2u);
  ASSERT_EQ(data.actors[0].roles.size(), 2u);
  const ActorRole& null_role = data.actors[0].roles[0];
  EXPECT_EQ(null_role.raw_code, "");
  EXPECT_EQ(null_role.dates.to, 19950630);
  EXPECT_TRUE(null_role.dated);
  EXPECT_TRUE(data.actors[1].roles.empty());

  auto lex = Lexicon::Compile(std::move(data));
  ActorMatch m;
  // Before the date the name is no actor code; after it, DOL.
  ASSERT_TRUE(lex->ResolvePhrase("Prince of Dol Amroth", D("1995-01-10"), &m));
  EXPECT_EQ(m.code, "");
  ASSERT_TRUE(lex->ResolvePhrase("Prince of Dol Amroth", D("1996-01-10"), &m));
  EXPECT_EQ(m.code, "DOL");
}

TEST(PetrarchImport, AgentsJoinImportedActors) {
  std::string actors =
      Write("Join.actors.txt",
            "GONDOR [GON]\nBREE [BRE]\nROMENDACIL [BRE]\nARNOR [ARN]\n");
  std::string agents =
      Write("Join.agents.txt",
            "PRIME_MINISTER [~GOV]\nFOREIGN_MINISTER [~GOVFRM]\n"
            "DIPLOMAT [~GOV]\nMSF {} [NGO~]\nGOVERNMENT [~GOV]\n");
  LexiconData data;
  std::vector<Diagnostic> diags;
  ImportCounts n;
  ASSERT_TRUE(ImportPetrarchFile(actors, 0, &data, &diags, &n).ok());
  ASSERT_TRUE(ImportPetrarchFile(agents, 0, &data, &diags, &n).ok());
  EXPECT_TRUE(diags.empty());
  auto lex = Lexicon::Compile(std::move(data));
  const Date d = D("1995-01-10");
  ActorMatch m;
  // A possessor that is an imported actor gives its code to the agent.
  ASSERT_TRUE(lex->ResolvePhrase("Gondor's Prime Minister", d, &m));
  EXPECT_EQ(m.code, "GONGOV");
  ASSERT_TRUE(lex->ResolvePhrase("Arnor's foreign minister", d, &m));
  EXPECT_EQ(m.code, "ARNGOVFRM");
  // An agent before the person joins the person's code.
  ASSERT_TRUE(lex->ResolvePhrase("Bree Prime Minister Romendacil", d, &m));
  EXPECT_EQ(m.code, "BREGOV");
  // A prefix agent ([NGO~]) goes before the actor's code.
  ASSERT_TRUE(lex->ResolvePhrase("MSF Arnor diplomat", d, &m));
  EXPECT_EQ(m.code, "NGOARNGOV");
  // An agent after the actor, and no duplicated type.
  ASSERT_TRUE(lex->ResolvePhrase("Gondor government", d, &m));
  EXPECT_EQ(m.code, "GONGOV");
  ASSERT_TRUE(lex->ResolvePhrase("Gondor government diplomat", d, &m));
  EXPECT_EQ(m.code, "GONGOV");
  // A possessor's code wins over the possessed person's own (PETRARCH's
  // "Arnor's Elrond" -> ARN), with the agents between them joined.
  ASSERT_TRUE(lex->ResolvePhrase("Arnor's Romendacil", d, &m));
  EXPECT_EQ(m.code, "ARN");
  ASSERT_TRUE(lex->ResolvePhrase("Gondor's Prime Minister Romendacil", d, &m));
  EXPECT_EQ(m.code, "GONGOV");
}

}  // namespace
}  // namespace khaldun
