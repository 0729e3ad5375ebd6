#include "khaldun/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>

#include "khaldun/segmenter.h"
#include "testing.h"

namespace khaldun {
namespace {

std::string Fixture(const std::string& name) {
  return testing::DataDir() + "/lexicons/test/" + name;
}

std::shared_ptr<const Lexicon> LoadFixture(
    std::vector<std::string> extra = {}) {
  std::vector<std::string> src = {Fixture("fixture.lex")};
  for (auto& e : extra) src.push_back(e);
  std::shared_ptr<const Lexicon> lex;
  std::vector<Diagnostic> diags;
  Status s = Lexicon::Load(src, {}, &lex, &diags);
  EXPECT_TRUE(s.ok()) << s.ToString();
  for (const auto& d : diags) ADD_FAILURE() << d.ToString();
  return lex;
}

Date D(const char* s) {
  Date d;
  EXPECT_TRUE(Date::Parse(s, &d));
  return d;
}

std::string Resolve(const Lexicon& lex, const char* phrase, const char* date) {
  ActorMatch m;
  if (!lex.ResolvePhrase(phrase, D(date), &m)) return "none";
  return m.code;
}

TEST(LexiconResolve, IssueCasesOnFixture) {
  auto lex = LoadFixture();
  ASSERT_TRUE(lex);
  EXPECT_EQ(Resolve(*lex, "Iraqi Prime Minister Mohammed Shia al-Sudani",
                    "2024-01-10"),
            "IRQGOV");
  EXPECT_EQ(Resolve(*lex, "Nouri al-Maliki", "2024-01-10"), "IRQ");
  EXPECT_EQ(Resolve(*lex, "Nouri al-Maliki", "2010-01-10"), "IRQGOV");
  // Underscores join a phrase's words as in PETRARCH's texts.
  EXPECT_EQ(Resolve(*lex, "Nouri_al-Maliki", "2010-01-10"), "IRQGOV");
  EXPECT_EQ(Resolve(*lex, "the Pentagon", "2024-01-10"), "USAMIL");
  ActorMatch m;
  ASSERT_TRUE(lex->ResolvePhrase("Hamas", D("2024-01-10"), &m));
  EXPECT_EQ(m.group, "HMS");
  EXPECT_EQ(m.country, "PSE");
  EXPECT_EQ(Resolve(*lex, "Iraqi", "2024-01-10"), "IRQ");
  EXPECT_EQ(Resolve(*lex, "US-led coalition", "2024-01-10"), "USAMIL");
  EXPECT_EQ(Resolve(*lex, "Iraqis", "2024-01-10"), "IRQCVL");
}

TEST(LexiconResolve, ModifiersAndDates) {
  auto lex = LoadFixture();
  EXPECT_EQ(Resolve(*lex, "Iraqi troops", "2024-01-10"), "IRQMIL");
  EXPECT_EQ(Resolve(*lex, "Iraq's formal security forces", "2024-01-10"),
            "IRQMIL");
  EXPECT_EQ(Resolve(*lex, "US-led coalition forces", "2024-01-10"), "USAMIL");
  // The date selects the role: al-Sudani before taking office.
  EXPECT_EQ(Resolve(*lex, "Sudani", "2021-05-01"), "IRQ");
  EXPECT_EQ(Resolve(*lex, "Maliki", "2014-09-08"), "IRQGOV");  // inclusive
  EXPECT_EQ(Resolve(*lex, "Maliki", "2014-09-09"), "IRQ");
  // A group actor with a role noun: the noun gives the types.
  ActorMatch m;
  ASSERT_TRUE(lex->ResolvePhrase("Hamas fighters", D("2024-01-10"), &m));
  EXPECT_EQ(m.code, "PSEHMSUAF");
  EXPECT_EQ(m.end, 2u);
  // A possessive actor alone is that actor ("Hamas's" with nothing after).
  EXPECT_EQ(Resolve(*lex, "Hamas's", "2024-01-10"), "PSEHMSUAF");
  // A role noun alone has no country.
  ASSERT_TRUE(lex->ResolvePhrase("the troops", D("2024-01-10"), &m));
  EXPECT_TRUE(m.agent_only);
  EXPECT_EQ(m.code, "MIL");
  // A capital alone.
  ASSERT_TRUE(lex->ResolvePhrase("Baghdad", D("2024-01-10"), &m));
  EXPECT_TRUE(m.capital);
  EXPECT_EQ(m.country, "IRQ");
  // Explanations name the entries.
  ASSERT_TRUE(lex->ResolvePhrase("Iraqi Prime Minister Nouri al-Maliki",
                                 D("2010-01-10"), &m));
  ASSERT_EQ(m.parts.size(), 3u);
  EXPECT_EQ(m.parts[0].kind, MatchPart::Kind::kAdjective);
  EXPECT_EQ(m.parts[1].kind, MatchPart::Kind::kAgent);
  EXPECT_EQ(m.parts[2].kind, MatchPart::Kind::kActor);
  EXPECT_NE(m.entry.find("fixture.lex:26"), std::string::npos) << m.entry;
}

TEST(LexiconResolve, CaseRuleForShortCapitals) {
  auto lex = LoadFixture();
  ActorMatch m;
  EXPECT_EQ(Resolve(*lex, "US", "2024-01-10"), "USA");
  EXPECT_FALSE(lex->ResolvePhrase("us", D("2024-01-10"), &m));
  EXPECT_EQ(Resolve(*lex, "IS", "2024-01-10"), "ISIUAF");
  EXPECT_FALSE(lex->ResolvePhrase("is", D("2024-01-10"), &m));
  EXPECT_EQ(Resolve(*lex, "U.S.", "2024-01-10"), "USA");
}

TEST(LexiconMatch, SentenceScan) {
  auto lex = LoadFixture();
  Segmenter seg;
  Document doc;
  doc.text =
      "Iraqi troops and Hamas fighters clashed as the Pentagon said "
      "Iraqis were safe.";
  seg.Segment(&doc);
  ASSERT_EQ(doc.sentences.size(), 1u);
  std::vector<ActorMatch> ms;
  lex->MatchActors(doc.sentences[0], D("2024-01-10"), &ms);
  std::vector<std::string> codes;
  for (const auto& m : ms) codes.push_back(m.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"IRQMIL", "PSEHMSUAF", "USAMIL",
                                             "IRQCVL"}));
  // Spans are token ranges.
  EXPECT_EQ(ms[0].begin, 0u);
  EXPECT_EQ(ms[0].end, 2u);
}

TEST(LexiconMatch, TaggedLemmas) {
  auto lex = LoadFixture();
  Segmenter seg;
  Document doc;
  doc.text = "American soldiers left.";
  seg.Segment(&doc);
  Sentence& s = doc.sentences[0];
  s.tagged = true;
  const char* lemmas[] = {"American", "soldier", "leave", "."};
  UPos upos[] = {UPos::kADJ, UPos::kNOUN, UPos::kVERB, UPos::kPUNCT};
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    s.tokens[i].lemma = lemmas[i];
    s.tokens[i].upos = upos[i];
  }
  std::vector<ActorMatch> ms;
  lex->MatchActors(s, D("2024-01-10"), &ms);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].code, "USAMIL");
}

TEST(LexiconMatch, TaggedAdjectivesJoinedByAndStayInTheMention) {
  auto lex = LoadFixture();
  Segmenter seg;
  Document doc;
  doc.text = "American brave and loyal soldiers left.";
  seg.Segment(&doc);
  Sentence& s = doc.sentences[0];
  s.tagged = true;
  UPos upos[] = {UPos::kADJ,  UPos::kADJ,  UPos::kCCONJ, UPos::kADJ,
                 UPos::kNOUN, UPos::kVERB, UPos::kPUNCT};
  ASSERT_EQ(s.tokens.size(), 7u);
  for (size_t i = 0; i < s.tokens.size(); ++i) s.tokens[i].upos = upos[i];
  s.tokens[4].lemma = "soldier";
  std::vector<ActorMatch> ms;
  lex->MatchActors(s, D("2024-01-10"), &ms);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].code, "USAMIL");
}

TEST(LexiconMatch, ARoleNounIsNeverAVerb) {
  auto lex = LoadFixture();
  Segmenter seg;
  Document doc;
  doc.text = "Iraq forced it.";
  seg.Segment(&doc);
  Sentence& s = doc.sentences[0];
  s.tagged = true;
  const char* lemmas[] = {"Iraq", "force", "it", "."};
  UPos upos[] = {UPos::kPROPN, UPos::kVERB, UPos::kPRON, UPos::kPUNCT};
  ASSERT_EQ(s.tokens.size(), 4u);
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    s.tokens[i].lemma = lemmas[i];
    s.tokens[i].upos = upos[i];
  }
  std::vector<ActorMatch> ms;
  lex->MatchActors(s, D("2024-01-10"), &ms);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].code, "IRQ");
  // As a noun it is one.
  s.tokens[1].upos = UPos::kNOUN;
  ms.clear();
  lex->MatchActors(s, D("2024-01-10"), &ms);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].code, "IRQMIL");
}

TEST(LexiconStack, LaterSourceWins) {
  std::string path = ::khaldun::testing::TempDir() + "/override.lex";
  {
    std::ofstream f(path);
    f << "[actor] Sudani\n  role: IRQ REB\n";
  }
  auto lex = LoadFixture({path});
  EXPECT_EQ(Resolve(*lex, "Sudani", "2024-01-10"), "IRQREB");
  // The full name still comes from the first source.
  EXPECT_EQ(Resolve(*lex, "Mohammed Shia al-Sudani", "2024-01-10"), "IRQGOV");
  std::remove(path.c_str());
}

TEST(LexiconResolve, PossessiveGroupWithoutCountryNamesTheRolesGroup) {
  std::string path = ::khaldun::testing::TempDir() + "/possessive_group.lex";
  {
    std::ofstream f(path);
    f << "[actor] United Nations | UN\n  role: - +UNO IGO\n"
         "[agent] envoy | special envoy\n  types: GOV\n";
  }
  auto lex = LoadFixture({path});
  EXPECT_EQ(Resolve(*lex, "the UN's special envoy", "2020-01-01"), "UNOGOV");
  std::remove(path.c_str());
}

TEST(LexiconPredicates, AdverbLedPhraseFoundFromItsVerb) {
  std::string path = ::khaldun::testing::TempDir() + "/adverb.lex";
  {
    std::ofstream f(path);
    f << "[verb] forcibly displace | hold talks\n  200 * TARGET\n";
  }
  auto lex = LoadFixture({path});
  // "forcibly displaced villagers": the verb is "displace", the adverb
  // hangs from it.
  EXPECT_EQ(lex->PatternsFor("forcibly", false).size(), 1u);
  EXPECT_EQ(lex->PatternsFor("displace", false).size(), 1u);
  // Other verb phrases stay indexed by their first word only.
  EXPECT_EQ(lex->PatternsFor("hold", false).size(), 1u);
  EXPECT_TRUE(lex->PatternsFor("talks", false).empty());
  std::remove(path.c_str());
}

TEST(LexiconPredicates, PatternsSynsetsDiscards) {
  auto lex = LoadFixture();
  const auto& ps = lex->PatternsFor("denounce", false);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0]->code, "111");
  EXPECT_EQ(ps[0]->predicate_index, 0);
  ASSERT_EQ(ps[0]->elements.size(), 2u);
  EXPECT_EQ(ps[0]->elements[1].kind, PatternElement::Kind::kTarget);

  const auto& call = lex->PatternsFor("call", false);
  ASSERT_EQ(call.size(), 3u);
  const Pattern& p = *call[0];
  EXPECT_EQ(p.code, "106");
  ASSERT_EQ(p.elements.size(), 5u);
  EXPECT_EQ(p.elements[1].kind, PatternElement::Kind::kLiteral);
  EXPECT_TRUE(p.elements[1].function_word);
  EXPECT_EQ(p.elements[2].kind, PatternElement::Kind::kSynset);
  EXPECT_EQ(p.elements[2].text, "$WITHDRAWAL");
  EXPECT_NE(p.where.find("fixture.lex:"), std::string::npos);

  const auto& have = lex->PatternsFor("have", false);
  ASSERT_EQ(have.size(), 1u);
  EXPECT_EQ(have[0]->neg_code, "1246");
  // Noun phrases are indexed by their last word.
  EXPECT_EQ(lex->PatternsFor("strike", true).size(), 1u);
  EXPECT_EQ(lex->PredicatesFor("strike", true).size(), 1u);
  EXPECT_TRUE(lex->PatternsFor("strike", false).empty());

  int peace = lex->SynsetId("$PEACE");
  ASSERT_GE(peace, 0);
  EXPECT_TRUE(lex->InSynset(peace, "truce"));  // through $CEASEFIRE
  EXPECT_TRUE(lex->InSynset(peace, "peace deal"));
  EXPECT_FALSE(lex->InSynset(peace, "withdrawal"));
  EXPECT_EQ(lex->SynsetId("$NOPE"), -1);

  Segmenter seg;
  Document doc;
  doc.text = "They agreed a cease-fire and a peace deal.";
  seg.Segment(&doc);
  const Sentence& s = doc.sentences[0];
  EXPECT_EQ(lex->MatchSynsetAt(s, 3, lex->SynsetId("$CEASEFIRE")), 1);
  EXPECT_EQ(lex->MatchSynsetAt(s, 6, peace), 2);
  EXPECT_EQ(lex->MatchSynsetAt(s, 2, peace), 0);
  // Prepared once per sentence: the same answers, and two sentences asked
  // about in turn do not see each other's words.
  Document doc2;
  doc2.text = "A truce and a peace deal held.";
  seg.Segment(&doc2);
  auto p1 = lex->Prepare(s);
  auto p2 = lex->Prepare(doc2.sentences[0]);
  EXPECT_EQ(lex->MatchSynsetAt(*p1, 3, lex->SynsetId("$CEASEFIRE")), 1);
  EXPECT_EQ(lex->MatchSynsetAt(*p2, 1, peace), 1);  // "truce"
  EXPECT_EQ(lex->MatchSynsetAt(*p1, 6, peace), 2);
  EXPECT_EQ(lex->MatchSynsetAt(*p2, 4, peace), 2);  // "peace deal"
  EXPECT_EQ(lex->MatchSynsetAt(*p1, 2, peace), 0);
  EXPECT_EQ(lex->MatchSynsetAt(*p2, 3, peace), 0);  // "a"
  EXPECT_EQ(lex->MatchSynsetAt(*p2, 99, peace), 0);
  EXPECT_EQ(lex->MatchSynsetAt(*p1, 3, -1), 0);
  // A PreparedSentence no one holds any more is refilled for the next
  // sentence; one still held is not touched.
  p1.reset();
  p2.reset();
  auto p3 = lex->Prepare(doc2.sentences[0]);
  const Lexicon::PreparedSentence* reused = p3.get();
  p3.reset();
  auto p4 = lex->Prepare(s);
  EXPECT_EQ(p4.get(), reused);
  EXPECT_EQ(lex->MatchSynsetAt(*p4, 3, lex->SynsetId("$CEASEFIRE")), 1);
  EXPECT_EQ(lex->MatchSynsetAt(*p4, 6, peace), 2);
  EXPECT_EQ(lex->MatchSynsetAt(*p4, 2, peace), 0);
  auto p5 = lex->Prepare(doc2.sentences[0]);
  EXPECT_NE(p5.get(), p4.get());
  EXPECT_EQ(lex->MatchSynsetAt(*p5, 1, peace), 1);
  EXPECT_EQ(lex->MatchSynsetAt(*p5, 4, peace), 2);
  EXPECT_EQ(lex->MatchSynsetAt(*p4, 6, peace), 2);
  EXPECT_EQ(lex->MatchSynsetAt(*p4, 3, lex->SynsetId("$CEASEFIRE")), 1);

  ASSERT_NE(lex->FindAgent("prime minister"), nullptr);
  EXPECT_EQ(lex->FindAgent("Prime Minister")->types[0], "GOV");
  EXPECT_EQ(lex->FindAgent("dentist"), nullptr);

  doc.text = "Kane scored a goal in the Premier League.";
  seg.Segment(&doc);
  const DiscardEntry* d = lex->MatchDiscard(doc.sentences[0]);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->reason, "sports");
  doc.text = "Iraq condemned the attack.";
  seg.Segment(&doc);
  EXPECT_EQ(lex->MatchDiscard(doc.sentences[0]), nullptr);
}

TEST(LexiconCheck, ReportsEveryErrorWithFileLine) {
  std::shared_ptr<const Lexicon> lex;
  std::vector<Diagnostic> diags;
  LexiconOptions o;
  o.keep_going = true;
  ASSERT_TRUE(Lexicon::Load({Fixture("bad.lex")}, o, &lex, &diags).ok());
  lex->Check(&diags);
  std::multiset<int> lines;
  for (const auto& d : diags) {
    if (!d.error()) continue;
    size_t colon = d.where.rfind(':');
    lines.insert(std::stoi(d.where.substr(colon + 1)));
    EXPECT_NE(d.where.find("bad.lex:"), std::string::npos) << d.ToString();
  }
  // 8 overlap, 11 conflicting alias, 15 country+type+group, 19 duplicate,
  // 20 unreachable, 21 unknown code, 22 unknown synset, 23 no '*',
  // 24 two '*', 26 unknown kind.
  EXPECT_EQ(lines,
            (std::multiset<int>{8, 11, 15, 15, 15, 19, 20, 21, 22, 23, 24, 26}))
      << [&] {
           std::string all;
           for (const auto& d : diags) all += d.ToString() + "\n";
           return all;
         }();
  // Without keep_going the syntax errors fail the load.
  Status s = Lexicon::Load({Fixture("bad.lex")}, {}, &lex, nullptr);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("bad.lex:23"), std::string::npos) << s.message();
}

TEST(LexiconCheck, FixtureIsClean) {
  auto lex = LoadFixture();
  std::vector<Diagnostic> diags;
  lex->Check(&diags);
  for (const auto& d : diags)
    if (d.error()) ADD_FAILURE() << d.ToString();
}

TEST(LexiconStats, Counts) {
  auto lex = LoadFixture();
  LexiconStats st = lex->Stats();
  EXPECT_EQ(st.countries, 3);
  EXPECT_EQ(st.actors, 5);
  EXPECT_EQ(st.groups, 2);  // HMS, ISI
  EXPECT_EQ(st.leaders, 2);
  EXPECT_EQ(st.agents, 4);
  EXPECT_EQ(st.synsets, 4);
  EXPECT_EQ(st.verb_lemmas, 4);
  EXPECT_EQ(st.noun_lemmas, 2);
  EXPECT_EQ(st.patterns, 6);
  EXPECT_EQ(st.discards, 1);
  EXPECT_NE(std::find(st.base_codes_covered.begin(),
                      st.base_codes_covered.end(), "111"),
            st.base_codes_covered.end());
  EXPECT_NE(std::find(st.base_codes_missing.begin(),
                      st.base_codes_missing.end(), "080"),
            st.base_codes_missing.end());
}

TEST(LexiconRead, SyntaxErrors) {
  LexiconData data;
  std::vector<Diagnostic> diags;
  ReadLexText(
      "[actor] A\n  role: IRQ GOV 2020-13-01..\n  role: iraq\n"
      "  role: IRQ 2020-01-01..2019-01-01\n[verb] go\n  12x * TARGET\n"
      "  020 * TARGET ; bogus\n  020 * TARGET ; conf=2\n"
      "[synset] lower\n  stray line without key\n",
      "mem.lex", 0, &data, &diags);
  std::vector<std::string> where;
  for (const auto& d : diags) where.push_back(d.where);
  EXPECT_EQ(where, (std::vector<std::string>{
                       "mem.lex:2", "mem.lex:3", "mem.lex:4", "mem.lex:6",
                       "mem.lex:7", "mem.lex:8", "mem.lex:9"}));
}

TEST(LexiconDates, RangesAndKeys) {
  DateRange a{20060520, 20140908}, b{20140908, 0}, c{20140909, 0};
  EXPECT_TRUE(a.Overlaps(b));
  EXPECT_FALSE(a.Overlaps(c));
  EXPECT_TRUE(DateRange{}.Overlaps(a));
  EXPECT_EQ(a.ToString(), "2006-05-20..2014-09-08");
  EXPECT_EQ(c.ToString(), "2014-09-09..");
  EXPECT_EQ(DateKey(D("2024-01-10")), 20240110);
  EXPECT_EQ(DateKey(D("2024")), 20240701);
  EXPECT_EQ(DateKey(Date()), 0);
}

TEST(PetrarchImport, SmallFiles) {
  std::string dir = ::khaldun::testing::TempDir();
  std::string verbs = dir + "/Test.verbs.txt", actors = dir + "/T.actors.txt",
              agents = dir + "/T.agents.txt";
  {
    std::ofstream f(verbs);
    f << "&CEASEFIRE_\n+TRUCE\n+CEASE_FIRE\n\n--- CONDEMN [111] ---\n"
         "CONDEMN\nDENOUNCE {DENOUNCES DENOUNCED}\n"
         "- * (FOR {&CEASEFIRE VIOLATION}) [112] # comment\n"
         "- $ * + [:113]\n- * NOTHING [---]\n- NO STAR HERE [110]\n";
  }
  {
    std::ofstream f(actors);
    f << "NOURI_AL_MALIKI_  # c\n+MALIKI\n\t[IRQGOV 20060520-20140908]\n"
         "\t[IRQ]\nHAMAS [PSEREBHMS]\nOLD_GUY\n\t[USAGOV >010101]\n"
         "\t[USAGOV <991231]\n";
  }
  {
    std::ofstream f(agents);
    f << "!MINIST! = MINISTER, MINISTRY\nFOREIGN_!MINIST! [~GOVFRM]\n"
         "PEACEKEEPER {PEACEKEEPERS} [IGO~]\nNO_CODE\n";
  }
  LexiconData data;
  std::vector<Diagnostic> diags;
  ImportCounts n;
  ASSERT_TRUE(ImportPetrarchFile(verbs, 0, &data, &diags, &n).ok());
  EXPECT_EQ(n.kind, "verbs");
  EXPECT_EQ(n.synsets, 1);
  EXPECT_EQ(n.verbs, 2);
  EXPECT_EQ(n.patterns, 3);  // block default + 2 coded patterns
  EXPECT_EQ(n.errors, 1);    // the line without '*'
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].where, verbs + ":11");
  ASSERT_EQ(data.synsets.size(), 1u);
  EXPECT_EQ(data.synsets[0].name, "$CEASEFIRE");
  EXPECT_EQ(data.synsets[0].members[1], "cease fire");
  const PredicateEntry& p = data.predicates[0];
  EXPECT_EQ(p.lemmas, (std::vector<std::string>{"condemn", "denounce"}));
  ASSERT_EQ(p.patterns.size(), 3u);
  EXPECT_EQ(p.patterns[1].text, "* for $CEASEFIRE violation");
  EXPECT_EQ(p.patterns[1].code, "112");
  EXPECT_EQ(p.patterns[2].text, "SOURCE * TARGET");
  EXPECT_EQ(p.patterns[2].code, "113");

  diags.clear();
  ASSERT_TRUE(ImportPetrarchFile(actors, 1, &data, &diags, &n).ok());
  EXPECT_EQ(n.errors, 0);
  ASSERT_EQ(data.actors.size(), 3u);
  EXPECT_EQ(data.actors[0].names,
            (std::vector<std::string>{"nouri al maliki", "maliki"}));
  const ActorRole* r = data.actors[0].RoleAt(20100110);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->raw_code, "IRQGOV");
  EXPECT_EQ(data.actors[0].RoleAt(20240110)->raw_code, "IRQ");
  EXPECT_EQ(data.actors[1].roles[0].group, "HMS");
  EXPECT_EQ(data.actors[1].roles[0].country, "PSE");
  EXPECT_EQ(data.actors[2].roles[0].dates.from, 20010101);
  EXPECT_EQ(data.actors[2].roles[1].dates.to, 19991231);

  diags.clear();
  ASSERT_TRUE(ImportPetrarchFile(agents, 2, &data, &diags, &n).ok());
  EXPECT_EQ(n.agents, 2);
  EXPECT_EQ(n.errors, 1);
  EXPECT_EQ(data.agents[0].names,
            (std::vector<std::string>{"foreign minister", "foreign ministry"}));
  EXPECT_EQ(data.agents[0].types, (std::vector<std::string>{"GOV", "FRM"}));
  EXPECT_TRUE(data.agents[1].prefix);

  // Imported entries resolve like native ones; stacking over a fixture.
  auto lex = Lexicon::Compile(std::move(data));
  ActorMatch m;
  ASSERT_TRUE(lex->ResolvePhrase("Maliki", D("2010-01-10"), &m));
  EXPECT_EQ(m.code, "IRQGOV");
  ASSERT_TRUE(lex->ResolvePhrase("Nouri al-Maliki", D("2010-01-10"), &m));
  EXPECT_EQ(m.code, "IRQGOV");  // "al-Maliki" matches "al maliki"
}

// One numbering of the patterns (entry, then pattern), given both ways and
// by PatternNumbers; an entry without patterns takes no number.
TEST(LexiconTest, PatternNumbering) {
  LexiconData data;
  for (const char* lemma : {"condemn", "hold", "meet"}) {
    PredicateEntry e;
    e.lemmas = {lemma};
    data.predicates.push_back(e);
  }
  auto add = [&](int entry, const char* code) {
    Pattern p;
    p.code = code;
    p.entry = entry;
    data.predicates[entry].patterns.push_back(p);
  };
  add(0, "111");
  add(0, "112");
  add(2, "036");  // entry 1 ("hold") has none
  auto lex = Lexicon::Compile(std::move(data));
  ASSERT_EQ(lex->PatternCount(), 3u);
  const auto& preds = lex->data().predicates;
  const Pattern* by_number[] = {&preds[0].patterns[0], &preds[0].patterns[1],
                                &preds[2].patterns[0]};
  for (uint32_t k = 0; k < 3; ++k) {
    EXPECT_EQ(lex->PatternNumber(*by_number[k]), k);
    EXPECT_EQ(&lex->PatternAt(k), by_number[k]);
  }
  EXPECT_EQ(lex->PatternNumbers(lex->PatternsFor("condemn", false)),
            (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(lex->PatternNumbers(lex->PatternsFor("meet", false)),
            (std::vector<uint32_t>{2}));
  const Pattern copy = preds[2].patterns[0];
  EXPECT_EQ(lex->PatternNumber(copy), Lexicon::kNoPattern);
}

}  // namespace
}  // namespace khaldun
