#include "eval/petrarch.h"

#include <gtest/gtest.h>

namespace khaldun::eval {
namespace {

constexpr char kXml[] = R"(<Validation>
<!-- a comment with <Sentence id="NOT-A-RECORD"> inside -->
<Environment>
    <Verbfile>V.verbs.txt</Verbfile>
    <Actorfile> A.actors.txt </Actorfile>
    <Agentfile>G.agents.txt</Agentfile>
    <Discardfile>D.discards.txt</Discardfile>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950103" id="DEMO-02" category="DEMO" sentence="true">
<!-- paired codes -->
<EventCoding sourcecode="DAGGOV" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode="GON" targetcode="DAGGOV" eventcode="033"></EventCoding>
<Text>
Dagolath's minister left for
   Minas Tirith &amp; Arnor.
</Text>
<Parse>(ROOT (S (NP (NNP Dagolath)) (VP (VBD left)) (. .)))</Parse>
</Sentence>
<Config option="new_actor_length" value="4"></Config>
<Sentence date = "20080801" id ="ERROR-01"  category="ERROR" sentence="false">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- text</Text>
</Sentence>
<Sentence date="19950112" id="DEMO-22" category="DEMO">
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<EventCoding noevents = "True"></EventCoding>
<Text>x</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchSuiteTest, ParsesEnvironmentRecordsAndCodings) {
  PetrarchSuite suite;
  Status s = ParsePetrarchSuite(kXml, "/data/p/PETR.xml", &suite);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(suite.dir, "/data/p");
  EXPECT_EQ(suite.actorfile, "A.actors.txt");
  std::vector<std::string> want = {
      "/data/p/V.verbs.txt", "/data/p/A.actors.txt", "/data/p/G.agents.txt",
      "/data/p/D.discards.txt"};
  EXPECT_EQ(suite.DictionaryPaths(), want);
  ASSERT_EQ(suite.records.size(), 3u);

  const PetrarchRecord& r0 = suite.records[0];
  EXPECT_EQ(r0.id, "DEMO-02");
  EXPECT_EQ(r0.category, "DEMO");
  EXPECT_EQ(r0.date, "19950103");
  EXPECT_TRUE(r0.implemented);
  EXPECT_EQ(r0.line, 11);
  EXPECT_EQ(r0.text, "Dagolath's minister left for Minas Tirith & Arnor.");
  ASSERT_EQ(r0.expected.size(), 2u);  // sorted
  EXPECT_EQ(r0.expected[0].ToString(), "DAGGOV -> GON 032");
  EXPECT_EQ(r0.expected[1].ToString(), "GON -> DAGGOV 033");
  EXPECT_EQ(r0.config.at("stop_on_error"), "True");
  EXPECT_EQ(r0.config.count("new_actor_length"), 0u);

  const PetrarchRecord& r1 = suite.records[1];
  EXPECT_EQ(r1.id, "ERROR-01");
  EXPECT_EQ(r1.date, "20080801");
  EXPECT_FALSE(r1.implemented);
  EXPECT_EQ(r1.error, "dateline");
  EXPECT_TRUE(r1.expects_nothing());
  EXPECT_EQ(r1.config.at("new_actor_length"), "4");

  const PetrarchRecord& r2 = suite.records[2];
  EXPECT_TRUE(r2.implemented);  // no sentence= attribute
  EXPECT_TRUE(r2.no_events);
  ASSERT_EQ(r2.expected.size(), 1u);
  EXPECT_EQ(r2.expected[0].source, "\"INJURY TOLL\"");
}

TEST(PetrarchSuiteTest, MalformedRecordsNameTheLine) {
  PetrarchSuite suite;
  Status s = ParsePetrarchSuite(
      "<Sentences>\n<Sentence id=\"A\">\n<Text>x</Text>\n", "f.xml", &suite);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("f.xml:2"), std::string::npos) << s.message();

  s = ParsePetrarchSuite(
      "<Sentence id=\"B\">\n<EventCoding sourcecode=\"X\"></EventCoding>\n"
      "<Text>x</Text></Sentence>",
      "f.xml", &suite);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("f.xml:2"), std::string::npos) << s.message();

  s = ParsePetrarchSuite("<Sentence id=\"C\"></Sentence>", "f.xml", &suite);
  EXPECT_FALSE(s.ok());  // no <Text>
}

PetrarchCoding C(std::string s, std::string t, std::string c) {
  return {std::move(s), std::move(t), std::move(c)};
}

TEST(PetrarchScoreTest, AllExpectedAndNothingElse) {
  PetrarchRecord rec;
  rec.expected = {C("ARN", "GON", "064"), C("GON", "ARN", "064")};
  RecordScore s =
      ScoreRecord(rec, {C("GON", "ARN", "064"), C("ARN", "GON", "064"),
                        C("ARN", "GON", "064")});  // duplicate
  EXPECT_TRUE(s.passed);
  EXPECT_EQ(s.found, 2);
  EXPECT_EQ(s.produced, 2);

  s = ScoreRecord(rec, {C("ARN", "GON", "064")});
  EXPECT_FALSE(s.passed);
  ASSERT_EQ(s.missing.size(), 1u);
  EXPECT_EQ(s.missing[0], C("GON", "ARN", "064"));
  EXPECT_TRUE(s.extra.empty());

  s = ScoreRecord(rec, {C("ARN", "GON", "064"), C("GON", "ARN", "064"),
                        C("ARN", "GON", "0641")});
  EXPECT_FALSE(s.passed);
  ASSERT_EQ(s.extra.size(), 1u);
  EXPECT_EQ(s.extra[0].code, "0641");
}

TEST(PetrarchScoreTest, NoEventRecords) {
  PetrarchRecord rec;
  rec.no_events = true;
  EXPECT_TRUE(ScoreRecord(rec, {}).passed);
  EXPECT_FALSE(ScoreRecord(rec, {C("ARN", "GON", "064")}).passed);
}

TEST(PetrarchScoreTest, CodingOfEvents) {
  Event e;
  e.code = "032";
  e.source.code = "DAGGOV";
  EXPECT_EQ(CodingOf(e), C("DAGGOV", "---", "032"));
  Actor t;
  t.text = "injury  toll";
  e.target = t;
  EXPECT_EQ(CodingOf(e), C("DAGGOV", "\"INJURY TOLL\"", "032"));
  EXPECT_EQ(PetrarchActorCode(Actor()), "---");
}

TEST(PetrarchScoreTest, TalliesPerCategory) {
  PetrarchSuite suite;
  suite.records.resize(3);
  suite.records[0].category = "DEMO";
  suite.records[1].category = "DEMO";
  suite.records[2].category = "AGENT";
  suite.records[2].implemented = false;
  suite.records[0].expected = {C("A", "B", "010")};
  PetrarchReport report;
  for (size_t i = 0; i < 3; ++i) {
    PetrarchResult r;
    r.record = i;
    r.score.passed = i != 1;
    r.score.expected = 2;
    r.score.found = i == 1 ? 1 : 2;
    report.results.push_back(r);
  }
  TallyPetrarch(suite, &report);
  ASSERT_EQ(report.categories.size(), 2u);
  EXPECT_EQ(report.categories[0].name, "AGENT");
  EXPECT_EQ(report.categories[0].passed, 1);
  EXPECT_EQ(report.categories[1].name, "DEMO");
  EXPECT_EQ(report.categories[1].records, 2);
  EXPECT_EQ(report.categories[1].passed, 1);
  EXPECT_DOUBLE_EQ(report.categories[1].rate(), 50.0);
  EXPECT_EQ(report.overall.records, 3);
  EXPECT_EQ(report.overall.passed, 2);
  EXPECT_EQ(report.overall.found, 5);
  EXPECT_EQ(report.implemented.records, 2);
  EXPECT_EQ(report.implemented.passed, 1);
  EXPECT_EQ(report.with_events.records, 1);
  EXPECT_EQ(report.with_events.passed, 1);
}

constexpr char kExplain[] =
    "sentence 0: Arnor is about to restore ties with Gondor.\n"
    "    0 Arnor Arnor PROPN 2 nsubj\n"
    "  actor 'Arnor' -> ARN (a.txt:45)\n"
    "  predicate 'restore': 064 * (v.txt:987): rejected, complement of "
    "'about'\n"
    "  predicate 'meet': 031:032 * (v.txt:1): rejected, no target actor at "
    "'x'\n"
    "  predicate 'starting': no pattern matched\n";

TEST(PetrarchCauseTest, ParsesExplainPredicates) {
  std::vector<PredicateOutcome> p = ParseExplainPredicates(kExplain);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].word, "restore");
  EXPECT_EQ(p[0].code, "064");
  EXPECT_EQ(p[0].outcome, "* (v.txt:987): rejected, complement of 'about'");
  EXPECT_EQ(p[1].code, "031:032");
  EXPECT_EQ(p[2].word, "starting");
  EXPECT_EQ(p[2].code, "");
  EXPECT_EQ(p[2].outcome, "no pattern matched");
}

bool Has(uint32_t causes, PetrarchCause c) {
  return (causes >> static_cast<int>(c)) & 1;
}

TEST(PetrarchCauseTest, ClassifiesAndPicksThePrimaryCause) {
  std::vector<PredicateOutcome> preds = ParseExplainPredicates(kExplain);
  MissingFacts m;
  m.coding = C("ARN", "GON", "031");
  m.source_found = m.target_found = m.code_in_lexicon = m.code_on_word = true;
  uint32_t c = ClassifyFailure({m}, false, preds);
  EXPECT_TRUE(Has(c, PetrarchCause::kAbout));
  EXPECT_TRUE(Has(c, PetrarchCause::kNoTarget));  // 031:032 counts as 031
  EXPECT_FALSE(Has(c, PetrarchCause::kActor));
  EXPECT_EQ(PrimaryCause(c), PetrarchCause::kAbout);

  // Without the "about" line: the target is the primary cause.
  preds.erase(preds.begin());
  c = ClassifyFailure({m}, false, preds);
  EXPECT_EQ(PrimaryCause(c), PetrarchCause::kNoTarget);

  // A code that no predicate line carries, actors found: another pattern
  // was chosen.
  m.coding.code = "085";
  EXPECT_EQ(PrimaryCause(ClassifyFailure({m}, false, preds)),
            PetrarchCause::kOtherPattern);

  MissingFacts a;
  a.coding = C("---GOV", "---", "023");
  a.code_in_lexicon = true;
  c = ClassifyFailure({a}, false, {});
  EXPECT_TRUE(Has(c, PetrarchCause::kNoCountry));
  EXPECT_TRUE(Has(c, PetrarchCause::kActor));
  EXPECT_TRUE(Has(c, PetrarchCause::kNoLemma));
  EXPECT_EQ(PrimaryCause(c), PetrarchCause::kNoCountry);

  // Under the PETRARCH conventions "---GOV" is something the coder can
  // produce: not a cause by itself.
  c = ClassifyFailure({a}, false, {}, Conventions::kPetrarch);
  EXPECT_FALSE(Has(c, PetrarchCause::kNoCountry));
  EXPECT_EQ(PrimaryCause(c), PetrarchCause::kActor);

  // A rejection the coder recognises as a parse error.
  std::vector<PredicateOutcome> parse = ParseExplainPredicates(
      "  predicate 'fired': 190 * (v.txt:1): rejected, complement of "
      "'States' (parse: a finite verb under a noun)\n");
  MissingFacts f;
  f.coding = C("USA", "KOR", "190");
  f.source_found = f.target_found = f.code_in_lexicon = f.code_on_word = true;
  c = ClassifyFailure({f}, false, parse);
  EXPECT_TRUE(Has(c, PetrarchCause::kComplement));
  EXPECT_EQ(PrimaryCause(c), PetrarchCause::kParser);
  EXPECT_EQ(PetrarchCauseName(PetrarchCause::kParser), "parser");

  EXPECT_EQ(PrimaryCause(ClassifyFailure({}, true, preds)),
            PetrarchCause::kExtraOnly);
  EXPECT_EQ(PrimaryCause(0), PetrarchCause::kOther);
  EXPECT_EQ(PetrarchCauseName(PetrarchCause::kNoTarget), "no-target");
  EXPECT_EQ(PetrarchCauseName(PetrarchCause::kOther), "other");
}

TEST(PetrarchConfigTest, RecordCoderOptions) {
  PetrarchRecord rec;
  CoderOptions o = RecordCoderOptions(rec, Conventions::kPetrarch);
  EXPECT_EQ(o.conventions, Conventions::kPetrarch);
  EXPECT_TRUE(o.require_target);
  EXPECT_EQ(o.new_actor_length, 0);
  rec.config["require_dyad"] = "False";
  rec.config["new_actor_length"] = "4";
  o = RecordCoderOptions(rec, Conventions::kKhaldun);
  EXPECT_EQ(o.conventions, Conventions::kKhaldun);
  EXPECT_FALSE(o.require_target);
  EXPECT_EQ(o.new_actor_length, 4);
  rec.config["require_dyad"] = "True";
  rec.config["new_actor_length"] = "4x";  // malformed: the default
  o = RecordCoderOptions(rec, Conventions::kPetrarch);
  EXPECT_TRUE(o.require_target);
  EXPECT_EQ(o.new_actor_length, 0);
  rec.config["new_actor_length"] = "-2";
  EXPECT_EQ(RecordCoderOptions(rec, Conventions::kPetrarch).new_actor_length,
            0);
}

}  // namespace
}  // namespace khaldun::eval
