#include "khaldun/coder.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "khaldun/lexicon.h"
#include "testing.h"
#include "tree.h"

namespace khaldun {
namespace {

constexpr char kLexicon[] = R"(
[country] IRQ
  name: Iraq
  adjective: Iraqi
  people: Iraqis
  capital: Baghdad
[country] USA
  name: United States | US
  adjective: American | US
[country] ISR
  name: Israel
  adjective: Israeli
[country] IRN
  name: Iran
  adjective: Iranian
[actor] Mohammed Shia al-Sudani | al-Sudani | Sudani
  role: IRQ GOV 2022-10-27..
  role: IRQ
  gender: m
[actor] the Pentagon | Pentagon
  role: USA MIL
[agent] prime minister | premier
  types: GOV
  person: yes
[agent] troops | force | military
  types: MIL
[agent] leader | president
  types: GOV
[agent] negotiator
  types: GOV
  person: yes
[actor] United Nations | UN
  role: - +UNO IGO
[verb] call
  020 * on TARGET
  100 * for TARGET
[verb] demand
  100 *
[verb] urge
  020 * TARGET
  053 * to support TARGET
[verb] pessimistic
  012 * about _
[verb] ready
  036 * to meet TARGET ; modal=keep
[verb] want
  020 * TARGET to _
  036 * to meet TARGET ; modal=keep
[synset] $AID
  aid | assistance
[verb] send
  070 * $AID to TARGET
  070 * TARGET $AID
[verb] threaten
  1313 * to secede
  130 * to _
[synset] $DESIRE
  desire | wish
[synset] $WITHDRAWAL
  withdrawal | exit | departure
[synset] $PLAN
  plan | intention
[synset] $WITHDRAW
  withdraw | pull out
[verb] express
  106 * $DESIRE for $WITHDRAWAL of TARGET
[verb] have
  0356 * $PLAN to $WITHDRAW TARGET ; neg=1246
[verb] condemn | denounce
  111 * TARGET
[verb] reject
  120 * TARGET
[verb] oppose
  110 * to TARGET
[verb] attack
  190 * TARGET
[verb] meet
  036 * with TARGET ; recip modal=keep
  036 * ; recip modal=keep
[verb] visit
  042 * TARGET ; modal=036
[verb] release
  0841 * TARGET ; neg=1243 modal=0353
[synset] $EMERGENCY
  state of emergency | martial law
[verb] declare
  1724 * $EMERGENCY ; notarget
[verb] lift
  0814 * $EMERGENCY
[verb] launch
  090 * inquiry
[verb] welcome
  043 * TARGET to _
  051 * TARGET ; conf=0.8
[noun] critic
  111 * of TARGET
[noun] strike
  190 SOURCE * on TARGET
[agent] police
  types: COP
[agent] protester
  types: CVL
[verb] arrest
  173 * TARGET
[verb] riot
  145 * ; notarget
[verb] block
  144 * _ to demand ; notarget
[verb] mediate
  045 * between TARGET and _
[noun] summit
  040 SOURCE * with TARGET ; modal=036
[verb] agree
  019 * that _ ; recip
[synset] $ACCUSATION
  accusation | charge
[verb] deny
  016 * $ACCUSATION by TARGET
[synset] $COOPERATE_V
  cooperate | collaborate
[verb] agree
  030 * that $COOPERATE_V ; recip modal=keep
[agent] company
  types: BUS
[verb] halt
  087 * operation in TARGET
[agent] refugee
  types: REF
[verb] allow
  0833 * return of TARGET
[verb] consider
  014 * _ to TARGET
)";

std::shared_ptr<const Lexicon> TestLexicon() {
  LexiconData data;
  std::vector<Diagnostic> diags;
  ReadLexText(kLexicon, "coder_test.lex", 0, &data, &diags);
  for (const Diagnostic& d : diags) ADD_FAILURE() << d.ToString();
  return Lexicon::Compile(std::move(data));
}

// Builds a parsed one-sentence document from "form/lemma/UPOS/head/deprel"
// items (heads 1-based, 0 = root), e.g. "Iraq/Iraq/PROPN/2/nsubj", with an
// optional sixth field, the Penn tag ("negotiators/.../nsubj/NNS").
Document Parsed(const std::string& spec,
                const std::string& date = "2024-01-10") {
  Document doc;
  doc.id = "t";
  Date::Parse(date, &doc.date);
  Sentence s;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    std::vector<std::string> f;
    size_t pos = 0, slash;
    while ((slash = item.find('/', pos)) != std::string::npos) {
      f.push_back(item.substr(pos, slash - pos));
      pos = slash + 1;
    }
    f.push_back(item.substr(pos));
    EXPECT_TRUE(f.size() == 5u || f.size() == 6u) << item;
    if (!doc.text.empty()) doc.text += ' ';
    Token t;
    t.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += f[0];
    t.span.end = static_cast<uint32_t>(doc.text.size());
    t.norm = f[0];
    t.lemma = f[1];
    ParseUPos(f[2], &t.upos);
    t.head = std::stoi(f[3]) - 1;
    t.deprel = f[4];
    if (f.size() == 6u) t.xpos = f[5];  // optional Penn tag
    s.tokens.push_back(t);
  }
  s.span = {0, static_cast<uint32_t>(doc.text.size())};
  s.tagged = s.parsed = true;
  doc.sentences.push_back(s);
  doc.RebaseViews();
  return doc;
}

std::string Codes(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    if (!out.empty()) out += ", ";
    out +=
        e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.code;
  }
  return out;
}

class CoderTest : public ::testing::Test {
 protected:
  std::string Code(const Document& doc, std::string* explain = nullptr) {
    std::vector<Event> events;
    coder_.Code(doc, &events, explain);
    return Codes(events);
  }
  EventCoder coder_{TestLexicon()};
};

TEST_F(CoderTest, SubjectVerbObject) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct")),
            "IRQ>ISR:111");
}

TEST_F(CoderTest, PerfectParticipleParsedAsAModifierOfTheObject) {
  // "Iraq has sent aid to Israel" with "sent" an amod of "aid", the object
  // of the auxiliary "has" (an AUX takes no object).
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj has/have/AUX/0/root "
                        "sent/send/VERB/4/amod/VBN aid/aid/NOUN/2/obj "
                        "to/to/ADP/6/case Israel/Israel/PROPN/2/obl "
                        "././PUNCT/2/punct")),
            "IRQ>ISR:070");
}

TEST_F(CoderTest, SubjectParsedOnATemporalNoun) {
  // "Iraq today urged Israel" with "Iraq" the nsubj of "today".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj "
                        "today/today/NOUN/3/obl:unmarked "
                        "urged/urge/VERB/0/root/VBD Israel/Israel/PROPN/3/obj "
                        "././PUNCT/3/punct")),
            "IRQ>ISR:020");
}

TEST(DepTreeTest, UpToNumberAfterAParticle) {
  // "Rebels kidnapped up to 16 advisers" with "up" the verb's particle and
  // "to" the counted noun's preposition: the noun is the object.
  Document doc = Parsed(
      "Rebels/rebel/NOUN/2/nsubj kidnapped/kidnap/VERB/0/root "
      "up/up/ADP/2/compound:prt to/to/ADP/6/case 16/16/NUM/6/nummod "
      "advisers/adviser/NOUN/2/obl ././PUNCT/2/punct");
  coder::DepTree t(doc.sentences[0]);
  EXPECT_EQ(t.RepairUpToNumber(), 1);
  EXPECT_EQ(t.head(5), 1);
  EXPECT_EQ(t.rel(5), "obj");
  EXPECT_EQ(t.head(2), 4);
  EXPECT_EQ(t.head(3), 2);
}

TEST(DepTreeTest, ApproximatorParsedAsTheCaseOfAnOblique) {
  // "Iraq provided about 70 dollars" with "about" the case of "dollars",
  // an obl: "about" modifies the number, "dollars" is the object.
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj provided/provide/VERB/0/root "
      "about/about/ADP/5/case 70/70/NUM/5/nummod dollars/dollar/NOUN/2/obl "
      "././PUNCT/2/punct");
  coder::DepTree t(doc.sentences[0]);
  EXPECT_EQ(t.RepairApproximatorParsedAsCase(), 1);
  EXPECT_EQ(t.head(4), 1);
  EXPECT_EQ(t.rel(4), "obj");
  EXPECT_EQ(t.rel(2), "advmod");
}

TEST(DepTreeTest, PassiveParsedAsACopula) {
  // "Iraq was opposed by Iran" with "was" the copula of "opposed".
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/3/nsubj was/be/AUX/3/cop opposed/oppose/VERB/0/root/VBN "
      "by/by/ADP/5/case Iran/Iran/PROPN/3/obl:agent ././PUNCT/3/punct");
  coder::DepTree t(doc.sentences[0]);
  EXPECT_EQ(t.RepairPassiveParsedAsCopula(), 1);
  EXPECT_EQ(t.rel(1), "aux:pass");
  EXPECT_EQ(t.rel(0), "nsubj:pass");
}

TEST(DepTreeTest, SubjectRootBeforeItsVerb) {
  // "Iraq has urged Iran" with "Iraq" the root and "urged" its parataxis.
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/0/root has/have/AUX/3/aux urged/urge/VERB/1/parataxis "
      "Iran/Iran/PROPN/3/obj ././PUNCT/1/punct");
  coder::DepTree t(doc.sentences[0]);
  EXPECT_EQ(t.RepairSubjectRootBeforeItsVerb(), 1);
  EXPECT_EQ(t.head(2), -1);
  EXPECT_EQ(t.head(0), 2);
  EXPECT_EQ(t.rel(0), "nsubj");
  EXPECT_EQ(t.head(4), 2);
}

TEST(DepTreeTest, ParticipleOnTheNearerNoun) {
  // "aid to refugees fleeing Iraq" with "fleeing" hung on "aid".
  Document doc = Parsed(
      "aid/aid/NOUN/0/root to/to/ADP/3/case refugees/refugee/NOUN/1/nmod "
      "fleeing/flee/VERB/1/acl/VBG Iraq/Iraq/PROPN/4/obj");
  coder::DepTree t(doc.sentences[0]);
  EXPECT_EQ(t.RepairParticipleOnTheNearerNoun(), 1);
  EXPECT_EQ(t.head(3), 2);
}

TEST_F(CoderTest, NamedAppositionOfASubjectWithTheCommaOnTheVerb) {
  // "The prime minister, Sudani, urged Israel" with both parsed as
  // subjects of "urged" and the comma hung on the verb.
  EXPECT_EQ(Code(Parsed("The/the/DET/3/det prime/prime/ADJ/3/amod "
                        "minister/minister/NOUN/7/nsubj ,/,/PUNCT/7/punct "
                        "Sudani/Sudani/PROPN/7/nsubj ,/,/PUNCT/7/punct "
                        "urged/urge/VERB/0/root Israel/Israel/PROPN/7/obj "
                        "././PUNCT/7/punct")),
            "IRQGOV>ISR:020");
}

TEST_F(CoderTest, NegationBlocksTheEvent) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj did/do/AUX/4/aux "
                        "not/not/PART/4/advmod condemn/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/4/punct")),
            "");
}

TEST_F(CoderTest, ModalAndQuestionBlockTheEvent) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj could/could/AUX/3/aux "
                        "attack/attack/VERB/0/root Israel/Israel/PROPN/3/obj "
                        "././PUNCT/3/punct")),
            "");
  EXPECT_EQ(Code(Parsed("Did/do/AUX/3/aux Iraq/Iraq/PROPN/3/nsubj "
                        "attack/attack/VERB/0/root Israel/Israel/PROPN/3/obj "
                        "?/?/PUNCT/3/punct")),
            "");
}

TEST_F(CoderTest, ModalCodeNamesTheIntention) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj visited/visit/VERB/0/root "
                        "Iran/Iran/PROPN/2/obj ././PUNCT/2/punct")),
            "IRQ>IRN:042");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj will/will/AUX/3/aux "
                        "visit/visit/VERB/0/root Iran/Iran/PROPN/3/obj "
                        "././PUNCT/3/punct")),
            "IRQ>IRN:036");
  // A possibility or an obligation is not an intention.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj could/could/AUX/3/aux "
                        "visit/visit/VERB/0/root Iran/Iran/PROPN/3/obj "
                        "././PUNCT/3/punct")),
            "");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj must/must/AUX/3/aux "
                        "visit/visit/VERB/0/root Iran/Iran/PROPN/3/obj "
                        "././PUNCT/3/punct")),
            "");
  // A condition still blocks it.
  EXPECT_EQ(Code(Parsed("if/if/SCONJ/4/mark Iraq/Iraq/PROPN/4/nsubj "
                        "will/will/AUX/4/aux visit/visit/VERB/0/root "
                        "Iran/Iran/PROPN/4/obj ././PUNCT/4/punct")),
            "");
}

TEST_F(CoderTest, PassiveAgentIsTheSource) {
  EXPECT_EQ(
      Code(Parsed("Israel/Israel/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass "
                  "attacked/attack/VERB/0/root by/by/ADP/5/case "
                  "Iraq/Iraq/PROPN/3/obl ././PUNCT/3/punct")),
      "IRQ>ISR:190");
}

TEST_F(CoderTest, ReportedSpeechCodesTheReportedEvent) {
  // "Israel said Iraq attacked US troops ." -> only IRQ > USAMIL.
  EXPECT_EQ(Code(Parsed("Israel/Israel/PROPN/2/nsubj said/say/VERB/0/root "
                        "Iraq/Iraq/PROPN/4/nsubj attacked/attack/VERB/2/ccomp "
                        "US/US/PROPN/6/compound troops/troops/NOUN/4/obj "
                        "././PUNCT/2/punct")),
            "IRQ>USAMIL:190");
}

TEST_F(CoderTest, CompoundSubjectGivesOneEventPerActor) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj and/and/CCONJ/3/cc "
                        "Iran/Iran/PROPN/1/conj condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/4/punct")),
            "IRQ>ISR:111, IRN>ISR:111");
}

TEST_F(CoderTest, AdjectiveConjoinedToAMentionsModifierSharesItsRole) {
  // "Iraqi and Iranian troops attacked Israel": the mention is "Iranian
  // troops"; "Iraqi", the head of its modifier's coordination, names the
  // other country's troops, not the bare country.
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/4/amod and/and/CCONJ/3/cc "
                        "Iranian/Iranian/ADJ/1/conj troops/troops/NOUN/5/nsubj "
                        "attacked/attack/VERB/0/root Israel/Israel/PROPN/5/obj "
                        "././PUNCT/5/punct")),
            "IRNMIL>ISR:190, IRQMIL>ISR:190");
}

TEST_F(CoderTest, WordClassMemberHeadedByItsFirstWord) {
  // "Iraq declared a state of emergency": the parse makes "state" the
  // object and "of emergency" its modifier; the member of several words
  // starts at the object.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj declared/declare/VERB/0/root "
                        "a/a/DET/4/det state/state/NOUN/2/obj of/of/ADP/6/case "
                        "emergency/emergency/NOUN/4/nmod ././PUNCT/2/punct")),
            "IRQ>-:1724");
}

TEST_F(CoderTest, VictimOfAnActIsNotTheTarget) {
  // "Israel condemned the killing of Iraqis": the Iraqis are the victims,
  // not what the condemnation is aimed at; no killer named, no event.
  EXPECT_EQ(Code(Parsed("Israel/Israel/PROPN/2/nsubj "
                        "condemned/condemn/VERB/0/root the/the/DET/4/det "
                        "killing/killing/NOUN/2/obj of/of/ADP/6/case "
                        "Iraqis/Iraqis/PROPN/4/nmod ././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, UpToANumberIsNoInfinitiveNorAnOblique) {
  // "Up to 50 Iraqi troops attacked Israel": the counted noun parsed as an
  // oblique of "up", the verb left without a subject.
  EXPECT_EQ(
      Code(Parsed("Up/up/ADV/6/advmod to/to/ADP/5/case 50/50/NUM/5/nummod "
                  "Iraqi/Iraqi/ADJ/5/amod troops/troops/NOUN/1/obl "
                  "attacked/attack/VERB/0/root Israel/Israel/PROPN/6/obj "
                  "././PUNCT/6/punct")),
      "IRQMIL>ISR:190");
  // "..., officials said": the "to" parsed as the verb's infinitive marker.
  EXPECT_EQ(
      Code(Parsed("Up/up/ADV/6/advmod to/to/ADP/6/mark 50/50/NUM/5/nummod "
                  "Iraqi/Iraqi/ADJ/5/amod troops/troops/NOUN/6/nsubj "
                  "attacked/attack/VERB/10/advcl Israel/Israel/PROPN/6/obj "
                  ",/,/PUNCT/10/punct officials/official/NOUN/10/nsubj "
                  "said/say/VERB/0/root ././PUNCT/10/punct")),
      "IRQMIL>ISR:190");
}

TEST_F(CoderTest, AnApproximateCountIsTheSubjectsNotTheRoot) {
  // "Some 50 Iraqi troops attacked Israel": "Some" the root, the troops its
  // nmod and the verb their conjunct.
  EXPECT_EQ(
      Code(Parsed("Some/some/DET/0/root 50/50/NUM/4/nummod "
                  "Iraqi/Iraqi/ADJ/4/amod troops/troops/NOUN/1/nmod "
                  "attacked/attack/VERB/4/conj/VBD Israel/Israel/PROPN/5/obj "
                  "././PUNCT/1/punct")),
      "IRQMIL>ISR:190");
  // The verb a relative clause of "Some" with the troops its passive
  // subject, tagged as a participle.
  EXPECT_EQ(
      Code(Parsed("Some/some/DET/0/root 50/50/NUM/4/nummod "
                  "Iraqi/Iraqi/ADJ/4/amod troops/troops/NOUN/5/nsubj:pass "
                  "attacked/attack/VERB/1/acl:relcl/VBN "
                  "Israel/Israel/PROPN/5/obj ././PUNCT/1/punct")),
      "IRQMIL>ISR:190");
  // A headline participle with a by-agent stays a modifier.
  EXPECT_EQ(Code(Parsed("Some/some/DET/0/root 50/50/NUM/4/nummod "
                        "Iraqi/Iraqi/ADJ/4/amod troops/troops/NOUN/1/nmod "
                        "attacked/attack/VERB/4/acl/VBN by/by/ADP/7/case "
                        "Israel/Israel/PROPN/5/obl")),
            "");
}

TEST_F(CoderTest, ANegatedGovernorNegatesItsInfinitiveParsedAsAdverbial) {
  // "Iraq would not meet demands to release Iranians": "release" parsed as
  // an advcl of "meet"; the refusal to release (1243), not the intention.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj would/would/AUX/4/aux "
                        "not/not/PART/4/advmod meet/meet/VERB/0/root "
                        "demands/demand/NOUN/4/obj to/to/PART/7/mark "
                        "release/release/VERB/4/advcl Iran/Iran/PROPN/7/obj "
                        "././PUNCT/4/punct")),
            "IRQ>IRN:1243");
}

TEST_F(CoderTest, SuspectedBeforeTheObjectIsItsModifier) {
  // "Iraq attacked suspected Iranian troops": "suspected" parsed as a
  // participle clause of "attacked" with "troops" its oblique agent.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj attacked/attack/VERB/0/root "
                  "suspected/suspect/VERB/2/xcomp/VBN "
                  "Iranian/Iranian/ADJ/5/amod troops/troops/NOUN/3/obl:agent "
                  "././PUNCT/2/punct")),
      "IRQ>IRNMIL:190");
}

TEST_F(CoderTest, AStativePassiveHoldsItsSubjectsStance) {
  // "Iraq is opposed to Israel": the passive subject opposes.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj:pass is/be/AUX/3/aux:pass "
                        "opposed/oppose/VERB/0/root to/to/ADP/5/case "
                        "Israel/Israel/PROPN/3/obl ././PUNCT/3/punct")),
            "IRQ>ISR:110");
  // Not another passive ("Iraq was rejected"), nor with a by-agent.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass "
                        "opposed/oppose/VERB/0/root by/by/ADP/5/case "
                        "Israel/Israel/PROPN/3/obl to/to/ADP/7/case "
                        "Iran/Iran/PROPN/3/obl ././PUNCT/3/punct")),
            "ISR>IRN:110");
}

TEST_F(CoderTest, AStatementsParticipleSaysWhatItDoes) {
  // "Iraq issued a statement condemning Israel": not an unrealised
  // complement of "statement"; the issuer condemns.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj issued/issue/VERB/0/root "
                        "a/a/DET/4/det statement/statement/NOUN/2/obj "
                        "condemning/condemn/VERB/4/acl/VBG "
                        "Israel/Israel/PROPN/5/obj ././PUNCT/2/punct")),
            "IRQ>ISR:111");
}

TEST_F(CoderTest, AThatClausesSubjectIsTheAddresseeRatherThanTheSource) {
  // "Iraq demanded at Baghdad that Iran withdraw": the at-phrase names the
  // source itself; the clause's subject is the addressee.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj demanded/demand/VERB/0/root "
                        "at/at/ADP/4/case Baghdad/Baghdad/PROPN/2/obl "
                        "that/that/SCONJ/7/mark Iran/Iran/PROPN/7/nsubj "
                        "withdraw/withdraw/VERB/2/ccomp ././PUNCT/2/punct")),
            "IRQ>IRN:100");
}

TEST_F(CoderTest, AnIngModifierParsedAsAClauseBeforeItsVerb) {
  // "Iraq operating in Iran condemned Israel": "operating" a ccomp of
  // "condemned" with "Iraq" its subject.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj operating/operate/VERB/5/ccomp/VBG "
                  "in/in/ADP/4/case Iran/Iran/PROPN/2/obl "
                  "condemned/condemn/VERB/0/root Israel/Israel/PROPN/5/obj "
                  "././PUNCT/5/punct")),
      "IRQ>ISR:111");
}

TEST_F(CoderTest, AStateOfEmergencyWithNoPlaceIsTheSourcesCountrys) {
  // "The Iraqi president lifted martial law": IRQGOV -> IRQ.
  EXPECT_EQ(Code(Parsed("The/the/DET/3/det Iraqi/Iraqi/ADJ/3/amod "
                        "president/president/NOUN/4/nsubj "
                        "lifted/lift/VERB/0/root martial/martial/ADJ/6/amod "
                        "law/law/NOUN/4/obj ././PUNCT/4/punct")),
            "IRQGOV>IRQ:0814");
  // A bare state has no such target ("Iraq lifted martial law").
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj lifted/lift/VERB/0/root "
                        "martial/martial/ADJ/4/amod law/law/NOUN/2/obj "
                        "././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, AnInvestigationIsAimedAtTheFirstActorInWhatItLooksInto) {
  // "Iraq launched an inquiry into attacks by Iran".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj launched/launch/VERB/0/root "
                        "an/a/DET/4/det inquiry/inquiry/NOUN/2/obj "
                        "into/into/ADP/6/case attacks/attack/NOUN/2/obl "
                        "by/by/ADP/8/case Iran/Iran/PROPN/6/nmod "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:090");
  // Not the victim of what it looks into ("an inquiry into the killing of
  // Iranians").
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj launched/launch/VERB/0/root "
                        "an/a/DET/4/det inquiry/inquiry/NOUN/2/obj "
                        "into/into/ADP/6/case killing/killing/NOUN/2/obl "
                        "of/of/ADP/8/case Iran/Iran/PROPN/6/nmod "
                        "././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, HostingIsOfPeopleAndANounsPossessorActsInItsClause) {
  // "Iraq welcomed Iran's decision to visit Israel": no hosting of a
  // decision (043) but praise (051); the decision's visit is Iran's.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj welcomed/welcome/VERB/0/root "
                        "Iran/Iran/PROPN/5/nmod:poss 's/'s/PART/3/case "
                        "decision/decision/NOUN/2/obj to/to/PART/7/mark "
                        "visit/visit/VERB/5/acl Israel/Israel/PROPN/7/obj "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:051, IRN>ISR:036");
  // A guest is hosted ("Iraq welcomed Iran to Baghdad").
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj welcomed/welcome/VERB/0/root "
                        "Iran/Iran/PROPN/2/obj to/to/ADP/5/case "
                        "Baghdad/Baghdad/PROPN/2/obl ././PUNCT/2/punct")),
            "IRQ>IRN:043");
}

TEST_F(CoderTest, ReciprocalVerb) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj and/and/CCONJ/3/cc "
                        "Iran/Iran/PROPN/1/conj met/meet/VERB/0/root "
                        "././PUNCT/4/punct")),
            "IRQ>IRN:036, IRN>IRQ:036");
}

TEST_F(CoderTest, ReciprocalPatternWithAThirdPartyTarget) {
  // "Iraq and Iran met troops": the object names an actor without a
  // country, a third party; the subjects do not meet each other.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj and/and/CCONJ/3/cc "
                        "Iran/Iran/PROPN/1/conj met/meet/VERB/0/root "
                        "troops/troops/NOUN/4/obj ././PUNCT/4/punct")),
            "");
}

TEST_F(CoderTest, DemandForWithdrawal) {
  // Iraqi Prime Minister Mohammed Shia al-Sudani expressed the desire for
  // an exit of US-led forces .
  std::string explain;
  EXPECT_EQ(
      Code(
          Parsed("Iraqi/Iraqi/ADJ/3/amod Prime/Prime/PROPN/3/compound "
                 "Minister/Minister/PROPN/6/compound "
                 "Mohammed/Mohammed/PROPN/6/compound "
                 "Shia/Shia/PROPN/6/compound al-Sudani/al-Sudani/PROPN/7/nsubj "
                 "expressed/express/VERB/0/root the/the/DET/9/det "
                 "desire/desire/NOUN/7/obj for/for/ADP/12/case an/a/DET/12/det "
                 "exit/exit/NOUN/9/nmod of/of/ADP/15/case "
                 "US-led/US-led/ADJ/15/amod forces/force/NOUN/12/nmod "
                 "././PUNCT/7/punct"),
          &explain),
      "IRQGOV>USAMIL:106")
      << explain;
}

TEST_F(CoderTest, NoPlansToWithdrawIsARefusalAimedAtTheDatelinePlace) {
  Document doc = Parsed(
      "The/the/DET/2/det Pentagon/Pentagon/PROPN/3/nsubj said/say/VERB/0/root "
      "it/it/PRON/5/nsubj has/have/VERB/3/ccomp no/no/DET/7/det "
      "plans/plan/NOUN/5/obj to/to/PART/9/mark withdraw/withdraw/VERB/7/acl "
      "US/US/PROPN/11/compound troops/troops/NOUN/9/obj ././PUNCT/3/punct");
  doc.text = "BAGHDAD: " + doc.text;
  for (Token& t : doc.sentences[0].tokens) {
    t.span.begin += 9;
    t.span.end += 9;
  }
  doc.sentences[0].span = {9, static_cast<uint32_t>(doc.text.size())};
  doc.RebaseViews();
  doc.dateline.span = {0, 8};
  doc.dateline.place = "BAGHDAD";
  doc.dateline.place_span = {0, 7};
  std::string explain;
  EXPECT_EQ(Code(doc, &explain), "USAMIL>IRQ:1246") << explain;
}

TEST_F(CoderTest, EventNounWithPossessorTarget) {
  // Iraq has been a critic of Israel 's campaign .
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/5/nsubj has/have/AUX/5/aux "
                  "been/be/AUX/5/cop a/a/DET/5/det critic/critic/NOUN/0/root "
                  "of/of/ADP/9/case Israel/Israel/PROPN/9/nmod:poss "
                  "'s/'s/PART/7/case campaign/campaign/NOUN/5/nmod "
                  "././PUNCT/5/punct")),
      "IRQ>ISR:111");
}

TEST_F(CoderTest, NounPredicateTakesItsModifierAsSource) {
  EXPECT_EQ(Code(Parsed("US/US/PROPN/2/compound strikes/strike/NOUN/0/root "
                        "on/on/ADP/4/case Iraq/Iraq/PROPN/2/nmod")),
            "USA>IRQ:190");
}

TEST_F(CoderTest, PronounResolvesToEarlierPerson) {
  Document doc = Parsed(
      "Sudani/Sudani/PROPN/2/nsubj spoke/speak/VERB/0/root ././PUNCT/2/punct");
  Document second = Parsed(
      "He/he/PRON/2/nsubj condemned/condemn/VERB/0/root "
      "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct");
  uint32_t shift = static_cast<uint32_t>(doc.text.size() + 1);
  doc.text += " " + second.text;
  Sentence s = second.sentences[0];
  s.span.begin += shift;
  s.span.end += shift;
  for (Token& t : s.tokens) {
    t.span.begin += shift;
    t.span.end += shift;
  }
  doc.sentences.push_back(s);
  doc.RebaseViews();
  std::vector<Event> events;
  std::string explain;
  coder_.Code(doc, &events, &explain);
  ASSERT_EQ(Codes(events), "IRQGOV>ISR:111") << explain;
  EXPECT_EQ(events[0].source.text, "He");
  EXPECT_EQ(events[0].source.name, "Mohammed Shia al-Sudani");
  EXPECT_EQ(events[0].root, "11");
  EXPECT_EQ(events[0].quad_class, 3);
}

TEST_F(CoderTest, DateSelectsTheRole) {
  EXPECT_EQ(Code(Parsed("Sudani/Sudani/PROPN/2/nsubj "
                        "condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct",
                        "2015-01-01")),
            "IRQ>ISR:111");
}

TEST_F(CoderTest, QuantityNounPassesItsPhrasesToTheEventNoun) {
  // "a series of US strikes on Iraq", with "on Iraq" parsed under "series".
  EXPECT_EQ(Code(Parsed("It/it/PRON/2/nsubj came/come/VERB/0/root "
                        "after/after/ADP/5/case a/a/DET/5/det "
                        "series/series/NOUN/2/obl of/of/ADP/8/case "
                        "US/US/PROPN/8/compound strikes/strike/NOUN/5/nmod "
                        "on/on/ADP/10/case Iraq/Iraq/PROPN/5/nmod "
                        "././PUNCT/2/punct")),
            "USA>IRQ:190");
}

TEST_F(CoderTest, QuantityNounPhraseJoinsTheLastNounOfTheChain) {
  // "a series of US strikes on resistance groups within Iraq's forces", with
  // "on ... groups" already under "strikes" and "within ... forces" under
  // "series": it belongs to "groups" (the last noun before it), an actor
  // of none of its own, which stands for Iraq's forces.
  EXPECT_EQ(
      Code(Parsed("It/it/PRON/2/nsubj came/come/VERB/0/root "
                  "after/after/ADP/5/case a/a/DET/5/det "
                  "series/series/NOUN/2/obl of/of/ADP/8/case "
                  "US/US/PROPN/8/compound strikes/strike/NOUN/5/nmod "
                  "on/on/ADP/11/case resistance/resistance/NOUN/11/compound "
                  "groups/group/NOUN/8/nmod within/within/ADP/15/case "
                  "Iraq/Iraq/PROPN/15/nmod:poss 's/'s/PART/13/case "
                  "forces/force/NOUN/5/nmod ././PUNCT/2/punct")),
      "USA>IRQMIL:190");
}

TEST_F(CoderTest, ClauseHungOnADayBelongsToTheVerb) {
  // "Iraq threatened on Monday to secede from Iran", with the infinitive
  // parsed as a modifier of "Monday".
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj threatened/threaten/VERB/0/root "
                  "on/on/ADP/4/case Monday/Monday/PROPN/2/obl "
                  "to/to/PART/6/mark secede/secede/VERB/4/acl "
                  "from/from/ADP/8/case Iran/Iran/PROPN/6/obl "
                  "././PUNCT/2/punct")),
      "IRQ>IRN:1313");
}

TEST_F(CoderTest, DayParsedAsTheObjectGivesItBack) {
  // "Iraq sent Friday aid to Iran", with "Friday" the object and "aid" its
  // apposition: the pattern needs "aid" as the object.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                        "Friday/Friday/PROPN/2/obj aid/aid/NOUN/3/appos "
                        "to/to/ADP/6/case Iran/Iran/PROPN/2/obl "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:070");
}

TEST_F(CoderTest, NameAfterACommaIsTheSubjectsApposition) {
  // "The prime minister, Sudani, condemned Israel", with both parsed as
  // subjects of the verb: the title's apposition names the actor.
  EXPECT_EQ(Code(Parsed("The/the/DET/3/det prime/prime/ADJ/3/amod "
                        "minister/minister/NOUN/6/nsubj ,/,/PUNCT/3/punct "
                        "Sudani/Sudani/PROPN/6/nsubj "
                        "condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/6/obj ././PUNCT/6/punct")),
            "IRQGOV>ISR:111");
}

TEST_F(CoderTest, UnmarkedNameAfterANounNamesIt) {
  // "Iran condemned the capital Baghdad", with "Baghdad" an nmod:unmarked.
  EXPECT_EQ(Code(Parsed("Iran/Iran/PROPN/2/nsubj condemned/condemn/VERB/0/root "
                        "the/the/DET/4/det capital/capital/NOUN/2/obj "
                        "Baghdad/Baghdad/PROPN/4/nmod:unmarked "
                        "././PUNCT/2/punct")),
            "IRN>IRQGOV:111");
}

TEST_F(CoderTest, ModifiersJoinedByAndNameOneCountryEach) {
  // "Iraqi and Israeli troops condemned Iran", with "and" parsed as the
  // noun's own `cc`.
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/4/amod and/and/CCONJ/4/cc "
                        "Israeli/Israeli/ADJ/4/amod troops/troops/NOUN/5/nsubj "
                        "condemned/condemn/VERB/0/root Iran/Iran/PROPN/5/obj "
                        "././PUNCT/5/punct")),
            "ISRMIL>IRN:111, IRQMIL>IRN:111");
}

TEST_F(CoderTest, IncludingPhraseStandsForATargetWithoutActor) {
  // "Iraq condemned the nations, including Israel", with "including
  // Israel" parsed under the verb.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj condemned/condemn/VERB/0/root "
                        "the/the/DET/4/det nations/nation/NOUN/2/obj "
                        ",/,/PUNCT/7/punct including/include/VERB/7/case "
                        "Israel/Israel/PROPN/2/obl ././PUNCT/2/punct")),
            "IRQ>ISR:111");
}

TEST_F(CoderTest, ToClauseOfPurposeIsUnrealised) {
  // "Iraq met to condemn Israel": the condemnation is the purpose, not (yet)
  // an event; the parser makes the "to" clause an advcl.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj met/meet/VERB/0/root "
                        "to/to/SCONJ/4/mark condemn/condemn/VERB/2/advcl "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, TimeWordIsNeverAnActorSlot) {
  // "Iraq called on Tuesday for Iran": "on Tuesday" is no "on TARGET".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj called/call/VERB/0/root "
                        "on/on/ADP/4/case Tuesday/Tuesday/PROPN/2/obl "
                        "for/for/ADP/6/case Iran/Iran/PROPN/2/obl "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:100");
}

TEST_F(CoderTest, RoleNounOfAKnownGroupIsTheGroup) {
  // "Leaders of the UN condemned Israel": the UN, which has no country.
  EXPECT_EQ(Code(Parsed("Leaders/leader/NOUN/4/nsubj of/of/ADP/3/case "
                        "UN/UN/PROPN/1/nmod condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/4/punct")),
            "UNOIGO>ISR:111");
}

TEST_F(CoderTest, QuantityNounTakesTheActorOfItsOfPhrase) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj condemned/condemn/VERB/0/root "
                        "scores/score/NOUN/2/obj of/of/ADP/6/case "
                        "Israeli/Israeli/ADJ/6/amod troops/troops/NOUN/3/nmod "
                        "././PUNCT/2/punct")),
            "IRQ>ISRMIL:111");
}

TEST_F(CoderTest, RelationNounDoesNotTakeTheActorOfItsOfPhrase) {
  // "Iraq condemned supporters of Israel": the supporters are not Israel.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj condemned/condemn/VERB/0/root "
                        "supporters/supporter/NOUN/2/obj of/of/ADP/5/case "
                        "Israel/Israel/PROPN/3/nmod ././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, TitleBeforeAnUnknownNameGivesTheActor) {
  // "Iraqi President Abdul condemned Israel", the name unknown to the
  // lexicon and the title parsed as nmod:desc of it.
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod President/President/PROPN/3/"
                        "nmod:desc Abdul/Abdul/PROPN/4/nsubj "
                        "condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/4/punct")),
            "IRQGOV>ISR:111");
}

TEST_F(CoderTest, ThatClauseSubjectIsTheTargetOfAnUntargetedPattern) {
  // "Iraq demanded that Iran leave": no object, no argument phrase.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj demanded/demand/VERB/0/root "
                        "that/that/SCONJ/5/mark Iran/Iran/PROPN/5/nsubj "
                        "leave/leave/VERB/2/ccomp ././PUNCT/2/punct")),
            "IRQ>IRN:100");
}

TEST_F(CoderTest, ConditionSubjectIsTheTargetOfAThreat) {
  // "Iran threatened to secede unless Israel withdrew": the threat is
  // aimed at the subject of the condition.
  EXPECT_EQ(
      Code(Parsed("Iran/Iran/PROPN/2/nsubj threatened/threaten/VERB/0/root "
                  "to/to/PART/4/mark secede/secede/VERB/2/xcomp "
                  "unless/unless/SCONJ/7/mark Israel/Israel/PROPN/7/nsubj "
                  "withdrew/withdraw/VERB/4/advcl ././PUNCT/2/punct")),
      "IRN>ISR:1313");
  // A pronoun subject is not resolved there, and a condition does not give
  // the target of a pattern outside 13x.
  EXPECT_EQ(
      Code(Parsed("Iran/Iran/PROPN/2/nsubj threatened/threaten/VERB/0/root "
                  "to/to/PART/4/mark secede/secede/VERB/2/xcomp "
                  "unless/unless/SCONJ/7/mark it/it/PRON/7/nsubj "
                  "withdrew/withdraw/VERB/4/advcl ././PUNCT/2/punct")),
      "");
  EXPECT_EQ(Code(Parsed("Iran/Iran/PROPN/2/nsubj demanded/demand/VERB/0/root "
                        "compensation/compensation/NOUN/2/obj "
                        "if/if/SCONJ/6/mark Israel/Israel/PROPN/6/nsubj "
                        "withdrew/withdraw/VERB/2/advcl ././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, TheyStandsForPersonsNamedByAPluralNoun) {
  // "Iraqi negotiators said they met Israel".
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod "
                        "negotiators/negotiator/NOUN/3/nsubj/NNS "
                        "said/say/VERB/0/root they/they/PRON/5/nsubj "
                        "met/meet/VERB/3/ccomp Israel/Israel/PROPN/5/obj "
                        "././PUNCT/3/punct")),
            "IRQGOV>ISR:036");
  // One negotiator is not "they".
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod "
                        "negotiator/negotiator/NOUN/3/nsubj/NN "
                        "said/say/VERB/0/root they/they/PRON/5/nsubj "
                        "met/meet/VERB/3/ccomp Israel/Israel/PROPN/5/obj "
                        "././PUNCT/3/punct")),
            "");
}

TEST_F(CoderTest, SheIsNotAManOfTheLexicon) {
  // "Sudani said he condemned Israel": he = Sudani (gender: m) ...
  EXPECT_EQ(Code(Parsed("Sudani/Sudani/PROPN/2/nsubj said/say/VERB/0/root "
                        "he/he/PRON/4/nsubj condemned/condemn/VERB/2/ccomp "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/2/punct")),
            "IRQGOV>ISR:111");
  // ... but "she" is not.
  EXPECT_EQ(Code(Parsed("Sudani/Sudani/PROPN/2/nsubj said/say/VERB/0/root "
                        "she/she/PRON/4/nsubj condemned/condemn/VERB/2/ccomp "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, APatternWhoseTargetIsAnActorIsPreferred) {
  // "Iraq and Iran met with reporters": "with TARGET" binds a non-actor,
  // the shorter reciprocal pattern codes the meeting.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj and/and/CCONJ/3/cc "
                        "Iran/Iran/PROPN/1/conj met/meet/VERB/0/root "
                        "with/with/ADP/6/case reporters/reporter/NOUN/4/obl "
                        "././PUNCT/4/punct")),
            "IRQ>IRN:036, IRN>IRQ:036");
}

TEST_F(CoderTest, ReportedObligationIsTheSpeakersDemand) {
  // "Iraq said Iran must visit Israel": Iraq demands a meeting of Iran
  // (036 -> 106); Iran's visit itself is not coded.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj said/say/VERB/0/root "
                        "Iran/Iran/PROPN/5/nsubj must/must/AUX/5/aux "
                        "visit/visit/VERB/2/ccomp Israel/Israel/PROPN/5/obj "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:106");
}

TEST_F(CoderTest, AnIssuedWarningThatYMustIsADemand) {
  // "Iraq issued a warning that Iran must visit Israel".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj issued/issue/VERB/0/root "
                        "a/a/DET/4/det warning/warning/NOUN/2/obj "
                        "that/that/SCONJ/8/mark Iran/Iran/PROPN/8/nsubj "
                        "must/must/AUX/8/aux visit/visit/VERB/2/ccomp "
                        "Israel/Israel/PROPN/8/obj ././PUNCT/2/punct")),
            "IRQ>IRN:106");
}

TEST_F(CoderTest, AReportedObligationWithoutAPatternIsADemand) {
  // "Iraq declared that Iran must drop barriers": "drop" has no pattern;
  // Iraq demands something of Iran (100).
  const std::string tail =
      "drop/drop/VERB/2/ccomp barriers/barrier/NOUN/6/obj ././PUNCT/2/punct";
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj declared/declare/VERB/0/root "
                        "that/that/SCONJ/6/mark Iran/Iran/PROPN/6/nsubj "
                        "must/must/AUX/6/aux " +
                        tail)),
            "IRQ>IRN:100");
  // The same with the that-clause parsed as adverbial.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj declared/declare/VERB/0/root "
                        "that/that/SCONJ/6/mark Iran/Iran/PROPN/6/nsubj "
                        "must/must/AUX/6/aux drop/drop/VERB/2/advcl "
                        "barriers/barrier/NOUN/6/obj ././PUNCT/2/punct")),
            "IRQ>IRN:100");
  // Not a guess ("must have dropped").
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj declared/declare/VERB/0/root "
                        "that/that/SCONJ/7/mark Iran/Iran/PROPN/7/nsubj "
                        "must/must/AUX/7/aux have/have/AUX/7/aux "
                        "dropped/drop/VERB/2/ccomp barriers/barrier/NOUN/7/obj "
                        "././PUNCT/2/punct")),
            "");
  // Not "must not", nor without a speaker, nor a passive.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj declared/declare/VERB/0/root "
                        "that/that/SCONJ/7/mark Iran/Iran/PROPN/7/nsubj "
                        "must/must/AUX/7/aux not/not/PART/7/advmod "
                        "drop/drop/VERB/2/ccomp barriers/barrier/NOUN/7/obj "
                        "././PUNCT/2/punct")),
            "");
  EXPECT_EQ(Code(Parsed("declared/declare/VERB/0/root that/that/SCONJ/5/mark "
                        "Iran/Iran/PROPN/5/nsubj must/must/AUX/5/aux "
                        "drop/drop/VERB/1/ccomp barriers/barrier/NOUN/5/obj "
                        "././PUNCT/1/punct")),
            "");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj declared/declare/VERB/0/root "
                        "that/that/SCONJ/7/mark Iran/Iran/PROPN/7/nsubj:pass "
                        "must/must/AUX/7/aux be/be/AUX/7/aux:pass "
                        "punished/punish/VERB/2/ccomp ././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, MainVerbParsedAsAModifierOfItsSubject) {
  // "Iraqi troops attacked Israel" with "attacked" as acl of a root "troops".
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/0/root "
                        "attacked/attack/VERB/2/acl Israel/Israel/PROPN/3/obj "
                        "././PUNCT/2/punct")),
            "IRQMIL>ISR:190");
  // A real reduced relative under another verb stays unrealised.
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/5/nsubj "
                        "attacked/attack/VERB/2/acl by/by/ADP/5/case "
                        "Israel/Israel/PROPN/3/obl met/meet/VERB/0/root "
                        "././PUNCT/6/punct")),
            "");
}

TEST_F(CoderTest, FiniteVerbAfterItsSubjectIsTheMainVerb) {
  // "Officials said Iraqi troops attacked Israel" with "troops" parsed as
  // the object of "said" and "attacked" (VBD) as its acl.
  auto doc = [](const std::string& attacked, const std::string& obj) {
    return Parsed(
        "Officials/official/NOUN/2/nsubj said/say/VERB/0/root "
        "Iraqi/Iraqi/ADJ/4/amod troops/troops/NOUN/2/obj " +
        attacked + " " + obj + "././PUNCT/2/punct");
  };
  EXPECT_EQ(
      Code(doc("attacked/attack/VERB/4/acl/VBD", "Israel/Israel/PROPN/5/obj ")),
      "IRQMIL>ISR:190");
  // A participle with a direct object is no passive reduced relative.
  EXPECT_EQ(
      Code(doc("attacked/attack/VERB/4/acl/VBN", "Israel/Israel/PROPN/5/obj ")),
      "IRQMIL>ISR:190");
  // A participle without one is ("troops attacked by Israel").
  EXPECT_EQ(Code(doc("attacked/attack/VERB/4/acl/VBN",
                     "by/by/ADP/7/case Israel/Israel/PROPN/5/obl ")),
            "");
}

TEST_F(CoderTest, ADayParsedAsASecondSubjectGivesWay) {
  // "Iraq said Monday it attacked Israel": "Monday" and "it" both nsubj.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj said/say/VERB/0/root "
                        "Monday/Monday/PROPN/5/nsubj it/it/PRON/5/nsubj "
                        "attacked/attack/VERB/2/ccomp "
                        "Israel/Israel/PROPN/5/obj ././PUNCT/2/punct")),
            "IRQ>ISR:190");
}

TEST_F(CoderTest, AnExpletiveOfWillingIsItsSubject) {
  // "Iraq says it is willing to visit Israel" with *it* parsed as expl.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj says/say/VERB/0/root "
                        "it/it/PRON/5/expl is/be/AUX/5/cop "
                        "willing/willing/ADJ/2/ccomp to/to/PART/7/mark "
                        "visit/visit/VERB/5/xcomp Israel/Israel/PROPN/7/obj "
                        "././PUNCT/2/punct")),
            "IRQ>ISR:036");
}

TEST_F(CoderTest, TheSourceOfAnActOneIsEngagedInOrResponsibleFor) {
  EXPECT_EQ(
      Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/4/nsubj:pass "
                  "were/be/AUX/4/aux:pass engaged/engage/VERB/0/root "
                  "in/in/ADP/6/case strikes/strike/NOUN/4/obl "
                  "on/on/ADP/8/case Israel/Israel/PROPN/6/nmod "
                  "././PUNCT/4/punct")),
      "IRQMIL>ISR:190");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj is/be/AUX/3/cop "
                        "responsible/responsible/ADJ/0/root for/for/ADP/5/case "
                        "strikes/strike/NOUN/3/obl on/on/ADP/7/case "
                        "Israel/Israel/PROPN/5/nmod ././PUNCT/3/punct")),
            "IRQ>ISR:190");
}

TEST_F(CoderTest, AThatClauseParsedAsAdverbialNamesTheTargetOfADemand) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj demanded/demand/VERB/0/root "
                        "that/that/SCONJ/5/mark Iran/Iran/PROPN/5/nsubj "
                        "leave/leave/VERB/2/advcl ././PUNCT/2/punct")),
            "IRQ>IRN:100");
  // Not a clause that does not start right after the verb.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj demanded/demand/VERB/0/root "
                        "more/more/ADV/2/advmod that/that/SCONJ/6/mark "
                        "Iran/Iran/PROPN/6/nsubj leave/leave/VERB/2/advcl "
                        "././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, ASubjectTheParserGaveToTheHead) {
  // "Iraq rejects Israel, Sudani said": both subjects under "said".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/6/nsubj rejects/reject/VERB/6/ccomp "
                        "Israel/Israel/PROPN/2/obj ,/,/PUNCT/5/punct "
                        "Sudani/Sudani/PROPN/6/nsubj said/say/VERB/0/root "
                        "././PUNCT/6/punct")),
            "IRQ>ISR:120");
  // "Iraq has outright rejected Israel": "outright" the root.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj has/have/AUX/3/aux "
                        "outright/outright/ADV/0/root "
                        "rejected/reject/VERB/3/parataxis "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/3/punct")),
            "IRQ>ISR:120");
}

TEST_F(CoderTest, ASubjectHungOnTheAuxiliary) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj has/have/AUX/3/aux "
                        "condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/3/obj ././PUNCT/3/punct")),
            "IRQ>ISR:111");
}

TEST_F(CoderTest, WantingAnotherActorToActIsAnAppeal) {
  // "Iraq wants Iran to meet Israel": Iraq's appeal to Iran, not its
  // intention to meet Israel.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj wants/want/VERB/0/root "
                        "Iran/Iran/PROPN/2/obj to/to/PART/5/mark "
                        "meet/meet/VERB/2/xcomp Israel/Israel/PROPN/5/obj "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:020");
  // "Iraq wants to meet Israel": its own intention.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj wants/want/VERB/0/root "
                        "to/to/PART/4/mark meet/meet/VERB/2/xcomp "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/2/punct")),
            "IRQ>ISR:036");
}

TEST_F(CoderTest, AThatClauseHungOnADayAfterTheVerb) {
  // "Iraq demanded Friday that Iran leave": the clause under "Friday".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj demanded/demand/VERB/0/root "
                        "Friday/Friday/PROPN/2/obl:unmarked "
                        "that/that/SCONJ/6/mark Iran/Iran/PROPN/6/nsubj "
                        "leave/leave/VERB/3/csubj ././PUNCT/2/punct")),
            "IRQ>IRN:100");
}

TEST_F(CoderTest, APessimisticCommentIsAimedAtTheActorItIsAbout) {
  // "Iraq is pessimistic about the chances of talks with Israel".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj is/be/AUX/3/cop "
                        "pessimistic/pessimistic/ADJ/0/root "
                        "about/about/ADP/6/case the/the/DET/6/det "
                        "chances/chance/NOUN/3/obl of/of/ADP/8/case "
                        "talks/talk/NOUN/6/nmod with/with/ADP/10/case "
                        "Israel/Israel/PROPN/8/nmod ././PUNCT/3/punct")),
            "IRQ>ISR:012");
}

TEST_F(CoderTest, AReportedObligationToBeReadyIsADemand) {
  // "Iraq said Iran must be ready to meet Israel": Iraq's demand of Iran.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj said/say/VERB/0/root "
                        "Iran/Iran/PROPN/6/nsubj must/must/AUX/6/aux "
                        "be/be/AUX/6/cop ready/ready/ADJ/2/ccomp "
                        "to/to/PART/8/mark meet/meet/VERB/6/xcomp "
                        "Israel/Israel/PROPN/8/obj ././PUNCT/2/punct")),
            "IRQ>IRN:106");
  // The same with the clause hung on "Wednesday".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj said/say/VERB/0/root "
                        "Wednesday/Wednesday/PROPN/2/obl:unmarked "
                        "that/that/SCONJ/8/mark "
                        "Iran/Iran/PROPN/8/nsubj must/must/AUX/8/aux "
                        "be/be/AUX/8/cop ready/ready/ADJ/3/advcl "
                        "to/to/PART/10/mark meet/meet/VERB/8/xcomp "
                        "Israel/Israel/PROPN/10/obj ././PUNCT/2/punct")),
            "IRQ>IRN:106");
}

TEST_F(CoderTest, AVerbParsedAsAModifierOfItsObject) {
  // "Iraqi troops attacked Israel" with "attacked" an amod of "Israel",
  // itself parsed as the object of "troops".
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/0/root "
                        "attacked/attack/VERB/4/amod Israel/Israel/PROPN/2/obj "
                        "././PUNCT/2/punct")),
            "IRQMIL>ISR:190");
  // A participle before a noun in its ordinary place stays a modifier
  // ("Iraq condemned attacked Israel": nothing attacks).
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj condemned/condemn/VERB/0/root "
                        "attacked/attack/VERB/4/amod Israel/Israel/PROPN/2/obj "
                        "././PUNCT/2/punct")),
            "IRQ>ISR:111");
}

TEST_F(CoderTest, AParticipleTaggedAdjectiveBeforeItsObjectIsTheVerb) {
  // "Iraqi troops attacked Israel" with "attacked" tagged ADJ (lemma
  // "attacked") and parsed as an amod of its object: the verb "attack".
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/0/root "
                        "attacked/attacked/ADJ/4/amod "
                        "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct")),
            "IRQMIL>ISR:190");
  // An adjective whose form is no verb's with patterns stays one.
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/0/root "
                        "armed/armed/ADJ/4/amod "
                        "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, AVerbOverAnNmodOfTheNounBeforeIt) {
  // "Iraqi troops attacked Israeli troops in Iran, officials said": the
  // parser made "troops" (the object) an nmod of the subject and the verb
  // its amod; "in Iran" hangs from the subject too.
  const std::string before =
      "Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/10/nsubj "
      "attacked/attack/VERB/5/amod Israeli/Israeli/ADJ/5/amod "
      "troops/troops/NOUN/2/nmod ";
  EXPECT_EQ(Code(Parsed(before +
                        "in/in/ADP/7/case Iran/Iran/PROPN/2/nmod "
                        ",/,/PUNCT/10/punct officials/official/NOUN/10/nsubj "
                        "said/say/VERB/0/root ././PUNCT/10/punct")),
            "IRQMIL>ISRMIL:190");
  // Not when the noun is the only subject of its head.
  EXPECT_EQ(
      Code(Parsed(before + "in/in/ADP/7/case Iran/Iran/PROPN/2/nmod "
                           ",/,/PUNCT/10/punct officials/official/NOUN/10/obj "
                           "said/say/VERB/0/root ././PUNCT/10/punct")),
      "");
}

TEST_F(CoderTest, AVerbBetweenANameAndTheNounItIsCompoundedTo) {
  // "Iraq attacked Israeli troops, officials said" with "Iraq" a compound
  // of "troops", the verb its amod, "troops" one of two subjects of "said".
  auto spec = [](const std::string& rel) {
    return "Iraq/Iraq/PROPN/4/compound attacked/attack/VERB/4/amod "
           "Israeli/Israeli/ADJ/4/amod troops/troops/NOUN/7/nsubj "
           ",/,/PUNCT/7/punct officials/official/NOUN/7/" +
           rel + " said/say/VERB/0/root ././PUNCT/7/punct";
  };
  EXPECT_EQ(Code(Parsed(spec("nsubj"))), "IRQ>ISRMIL:190");
  // With "troops" the only subject the words stay a noun phrase.
  EXPECT_EQ(Code(Parsed(spec("obj"))), "");
}

TEST_F(CoderTest, APrepositionHungOnATitleIsTheNamesCase) {
  // "Troops of President Sudani attacked Israel" with "of" the case of
  // "President" (nmod:desc of "Sudani"): the troops are Sudani's, Iraqi.
  EXPECT_EQ(Code(Parsed("Troops/troops/NOUN/5/nsubj of/of/ADP/3/case "
                        "President/President/PROPN/4/nmod:desc "
                        "Sudani/Sudani/PROPN/1/nmod "
                        "attacked/attack/VERB/0/root "
                        "Israel/Israel/PROPN/5/obj ././PUNCT/5/punct")),
            "IRQMIL>ISR:190");
}

TEST_F(CoderTest, AnAgentlessPassiveTakesTheAttackerOfItsAttack) {
  // "Israel was struck in a raid by Iran": the "by" phrase of the raid.
  auto spec = [](const std::string& noun) {
    return "Israel/Israel/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass "
           "attacked/attack/VERB/0/root in/in/ADP/6/case a/a/DET/6/det " +
           noun + "/NOUN/3/obl by/by/ADP/8/case Iran/Iran/PROPN/6/nmod " +
           "././PUNCT/3/punct";
  };
  EXPECT_EQ(Code(Parsed(spec("raid/raid"))), "IRN>ISR:190");
  // Not the "by" phrase of something else ("in a report by Iran").
  EXPECT_EQ(Code(Parsed(spec("report/report"))), "");
}

TEST_F(CoderTest, PeopleThePoliceCoerceAreThePolicesCountrys) {
  auto spec = [](const std::string& subject, const std::string& verb) {
    return "Iraqi/Iraqi/ADJ/2/amod " + subject + "/NOUN/3/nsubj " + verb +
           "/VERB/0/root protesters/protester/NOUN/3/obj ././PUNCT/3/punct";
  };
  EXPECT_EQ(Code(Parsed(spec("police/police", "arrested/arrest"))),
            "IRQCOP>IRQCVL:173");
  // Not troops, nor an attack (root 19).
  EXPECT_EQ(Code(Parsed(spec("troops/troops", "arrested/arrest"))), "");
  EXPECT_EQ(Code(Parsed(spec("police/police", "attacked/attack"))), "");
}

TEST_F(CoderTest, ProtestersRiotingInAPlaceAreItsPeople) {
  // "Protesters rioted in Baghdad, officials said" with "rioted" an acl of
  // "Protesters", the first of two subjects of "said".
  auto spec = [](const std::string& place, const std::string& rel) {
    return "Protesters/protester/NOUN/7/nsubj rioted/riot/VERB/1/acl "
           "in/in/ADP/4/case " +
           place + "/PROPN/2/obl ,/,/PUNCT/7/punct officials/official/NOUN/7/" +
           rel + " said/say/VERB/0/root ././PUNCT/7/punct";
  };
  EXPECT_EQ(Code(Parsed(spec("Baghdad/Baghdad", "nsubj"))), "IRQCVL>-:145");
  // The only subject of "said": a reduced relative, no event.
  EXPECT_EQ(Code(Parsed(spec("Baghdad/Baghdad", "obj"))), "");
  // No country where they are: no source.
  EXPECT_EQ(Code(Parsed(spec("Springfield/Springfield", "nsubj"))), "");
  // Where the object is: "Protesters blocked streets in Baghdad to demand
  // reforms".
  EXPECT_EQ(Code(Parsed("Protesters/protester/NOUN/2/nsubj "
                        "blocked/block/VERB/0/root streets/street/NOUN/2/obj "
                        "in/in/ADP/5/case Baghdad/Baghdad/PROPN/3/nmod "
                        "to/to/PART/7/mark demand/demand/VERB/2/advcl "
                        "reforms/reform/NOUN/7/obj ././PUNCT/2/punct")),
            "IRQCVL>-:144");
}

TEST_F(CoderTest, AConditionParsedAsAComplementNamesTheThreatened) {
  // "Iraq threatened to stop talks if Iran attacks", the "if" clause
  // parsed as a ccomp of "stop".
  auto spec = [](const std::string& verb) {
    return "Iraq/Iraq/PROPN/2/nsubj threatened/threaten/VERB/0/root "
           "to/to/PART/4/mark " +
           verb +
           "/VERB/2/xcomp talks/talk/NOUN/4/obj if/if/SCONJ/8/mark "
           "Iran/Iran/PROPN/8/nsubj attacks/attack/VERB/4/ccomp "
           "././PUNCT/2/punct";
  };
  EXPECT_EQ(Code(Parsed(spec("stop/stop"))), "IRQ>IRN:130");
  // After "ask" the clause is an indirect question, no condition.
  EXPECT_EQ(Code(Parsed(spec("ask/ask"))), "");
}

TEST_F(CoderTest, APerfectHaveParsedAsAVerbIsTheAuxiliary) {
  // "Iraq has attacked Israel, officials said" with "has" a ccomp of its own
  // beside the participle.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj has/have/VERB/7/ccomp/VBZ "
                        "attacked/attack/VERB/7/ccomp/VBN "
                        "Israel/Israel/PROPN/3/obj ,/,/PUNCT/7/punct "
                        "officials/official/NOUN/7/nsubj "
                        "said/say/VERB/0/root ././PUNCT/7/punct")),
            "IRQ>ISR:190");
  // "Iraq has them attacked": "have" with an object is no auxiliary.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj has/have/VERB/0/root/VBZ "
                        "attacked/attack/VERB/2/xcomp/VBN "
                        "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, TargetInAPhraseOfTheObject) {
  // "Iraq threatened to deliver blows to Israel": "to Israel" hangs from
  // the object, which names no actor.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj threatened/threaten/VERB/0/root "
                  "to/to/PART/4/mark deliver/deliver/VERB/2/xcomp "
                  "blows/blow/NOUN/4/obj to/to/ADP/7/case "
                  "Israel/Israel/PROPN/5/nmod ././PUNCT/2/punct")),
      "IRQ>ISR:130");
  // Not from a phrase of another kind ("blows in Israel").
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj threatened/threaten/VERB/0/root "
                  "to/to/PART/4/mark deliver/deliver/VERB/2/xcomp "
                  "blows/blow/NOUN/4/obj in/in/ADP/7/case "
                  "Israel/Israel/PROPN/5/nmod ././PUNCT/2/punct")),
      "");
}

TEST_F(CoderTest, AnAppositionStartingWithAndIsAConjunct) {
  // "Iraqi troops and Iranian troops attacked Israel" with the second
  // subject parsed as an apposition of the first.
  EXPECT_EQ(
      Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/6/nsubj "
                  "and/and/CCONJ/4/cc Iranian/Iranian/ADJ/5/amod "
                  "troops/troops/NOUN/2/appos attacked/attack/VERB/0/root "
                  "Israel/Israel/PROPN/6/obj ././PUNCT/6/punct")),
      "IRQMIL>ISR:190, IRNMIL>ISR:190");
  // A true apposition ("Iraqi troops, Iran's allies, attacked Israel"):
  // one subject.
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/8/nsubj "
                        ",/,/PUNCT/6/punct Iran/Iran/PROPN/6/nmod:poss "
                        "'s/'s/PART/4/case allies/ally/NOUN/2/appos "
                        ",/,/PUNCT/6/punct attacked/attack/VERB/0/root "
                        "Israel/Israel/PROPN/8/obj ././PUNCT/8/punct")),
            "IRQMIL>ISR:190");
}

TEST_F(CoderTest, APatternWhoseTargetIsTheSourceGivesWay) {
  // "Sudani urged Iran to support him": `053 * to support TARGET` binds *him*,
  // Sudani himself; `020 * TARGET` names Iran.
  EXPECT_EQ(Code(Parsed("Sudani/Sudani/PROPN/2/nsubj urged/urge/VERB/0/root "
                        "Iran/Iran/PROPN/2/obj to/to/PART/5/mark "
                        "support/support/VERB/2/xcomp him/he/PRON/5/obj "
                        "././PUNCT/2/punct")),
            "IRQGOV>IRN:020");
  // "... to support Israel": the longer pattern.
  EXPECT_EQ(
      Code(Parsed("Sudani/Sudani/PROPN/2/nsubj urged/urge/VERB/0/root "
                  "Iran/Iran/PROPN/2/obj to/to/PART/5/mark "
                  "support/support/VERB/2/xcomp Israel/Israel/PROPN/5/obj "
                  "././PUNCT/2/punct")),
      "IRQGOV>ISR:053");
}

TEST_F(CoderTest, AWordClassMaySitInTheOfPhraseOfAQuantity) {
  // "Iraq sent tons of aid to Iran".
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                  "tons/ton/NOUN/2/obj of/of/ADP/5/case aid/aid/NOUN/3/nmod "
                  "to/to/ADP/7/case Iran/Iran/PROPN/5/nmod "
                  "././PUNCT/2/punct")),
      "IRQ>IRN:070");
}

TEST_F(CoderTest, AWordClassMaySitInTheOfOrInPhraseOfASum) {
  // "Iraq sent 5 million dollars in aid to Iran".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                        "5/5/NUM/4/compound million/million/NUM/5/nummod "
                        "dollars/dollar/NOUN/2/obj in/in/ADP/7/case "
                        "aid/aid/NOUN/5/nmod to/to/ADP/9/case "
                        "Iran/Iran/PROPN/7/nmod ././PUNCT/2/punct")),
            "IRQ>IRN:070");
}

TEST_F(CoderTest, TargetFromAnArgumentPhraseBelowThePredicate) {
  // "Iraq threatened to secede from Iran": the from-phrase hangs from
  // "secede", the pattern's word below the predicate.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj threatened/threaten/VERB/0/root "
                  "to/to/PART/4/mark secede/secede/VERB/2/xcomp "
                  "from/from/ADP/6/case Iran/Iran/PROPN/4/obl "
                  "././PUNCT/2/punct")),
      "IRQ>IRN:1313");
}

TEST_F(CoderTest, RoleNounTakesTheCountryOfItsAtPhrase) {
  // "Troops at Iraq's border condemned Israel".
  EXPECT_EQ(
      Code(Parsed("Troops/troops/NOUN/6/nsubj at/at/ADP/5/case "
                  "Iraq/Iraq/PROPN/5/nmod:poss 's/'s/PART/3/case "
                  "border/border/NOUN/1/nmod condemned/condemn/VERB/0/root "
                  "Israel/Israel/PROPN/6/obj ././PUNCT/6/punct")),
      "IRQMIL>ISR:111");
}

TEST_F(CoderTest, CapitalAsAnActorIsItsGovernment) {
  EXPECT_EQ(Code(Parsed("Baghdad/Baghdad/PROPN/2/nsubj "
                        "condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct")),
            "IRQGOV>ISR:111");
  EXPECT_EQ(Code(Parsed("Israel/Israel/PROPN/2/nsubj "
                        "condemned/condemn/VERB/0/root "
                        "Baghdad/Baghdad/PROPN/2/obj ././PUNCT/2/punct")),
            "ISR>IRQGOV:111");
  // The target of an attack is the city, not its government.
  EXPECT_EQ(Code(Parsed("Israel/Israel/PROPN/2/nsubj "
                        "attacked/attack/VERB/0/root "
                        "Baghdad/Baghdad/PROPN/2/obj ././PUNCT/2/punct")),
            "ISR>IRQ:190");
}

TEST_F(CoderTest, HistoryIsNotCoded) {
  // "In 1987 Iraq condemned Israel" in an article of 2024-01-10.
  std::string explain;
  EXPECT_EQ(Code(Parsed("In/in/ADP/2/case 1987/1987/NUM/4/obl "
                        "Iraq/Iraq/PROPN/4/nsubj condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/4/punct"),
                 &explain),
            "");
  EXPECT_NE(explain.find("history: dated 1987"), std::string::npos) << explain;
  // This week's news is.
  EXPECT_EQ(Code(Parsed("On/on/ADP/2/case Monday/Monday/PROPN/4/obl "
                        "Iraq/Iraq/PROPN/4/nsubj condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/4/obj ././PUNCT/4/punct")),
            "IRQ>ISR:111");
  // "since 2014" dates the start of something that goes on.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/2/obj since/since/ADP/5/case "
                        "2014/2014/NUM/2/obl ././PUNCT/2/punct")),
            "IRQ>ISR:111");
}

// The sentences of `specs` (see Parsed) as one document.
Document ParsedDoc(const std::vector<std::string>& specs) {
  Document doc;
  for (const std::string& spec : specs) {
    Document one = Parsed(spec);
    if (doc.sentences.empty()) {
      doc = one;
      continue;
    }
    doc.text += ' ';
    const uint32_t off = static_cast<uint32_t>(doc.text.size());
    doc.text += one.text;
    Sentence s = one.sentences[0];
    for (Token& t : s.tokens) {
      t.span.begin += off;
      t.span.end += off;
    }
    s.span = {off, static_cast<uint32_t>(doc.text.size())};
    doc.sentences.push_back(s);
  }
  doc.RebaseViews();
  return doc;
}

TEST_F(CoderTest, EventNounRefersToAnEarlierEvent) {
  // "Iran condemned Israel. Baghdad rejected the criticism."
  Document doc = ParsedDoc(
      {"Iran/Iran/PROPN/2/nsubj condemned/condemn/VERB/0/root "
       "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct",
       "Israel/Israel/PROPN/2/nsubj rejected/reject/VERB/0/root "
       "the/the/DET/4/det criticism/criticism/NOUN/2/obj ././PUNCT/2/punct"});
  EXPECT_EQ(Code(doc), "IRN>ISR:111, ISR>IRN:120");
  // Without a determiner the noun refers to nothing in particular.
  doc =
      ParsedDoc({"Iran/Iran/PROPN/2/nsubj condemned/condemn/VERB/0/root "
                 "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct",
                 "Israel/Israel/PROPN/2/nsubj rejected/reject/VERB/0/root "
                 "criticism/criticism/NOUN/2/obj ././PUNCT/2/punct"});
  EXPECT_EQ(Code(doc), "IRN>ISR:111");
}

TEST_F(CoderTest, UnknownProperNamesAreKeptForDiscovery) {
  // "Iraq condemned Israel in Minas Tirith on Monday."
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj condemned/condemn/VERB/0/root "
      "Israel/Israel/PROPN/2/obj in/in/ADP/6/case Minas/Minas/PROPN/6/compound "
      "Tirith/Tirith/PROPN/2/obl on/on/ADP/8/case Monday/Monday/PROPN/2/obl "
      "././PUNCT/2/punct");
  std::vector<Event> events;
  coder_.Code(doc, &events);
  ASSERT_EQ(events.size(), 1u);
  ASSERT_EQ(events[0].unknown_names.size(), 1u);
  EXPECT_EQ(events[0].unknown_names[0].text, "Minas Tirith");
  const Span& sp = events[0].unknown_names[0].span;
  EXPECT_EQ(doc.text.substr(sp.begin, sp.end - sp.begin), "Minas Tirith");
}

TEST_F(CoderTest, AVisitNeedsAnOfficialVisitor) {
  // Civilians travelling are no political event; an official or a state is.
  EXPECT_EQ(Code(Parsed("Iraqis/Iraqis/NOUN/2/nsubj visited/visit/VERB/0/root "
                        "Iran/Iran/PROPN/2/obj ././PUNCT/2/punct")),
            "");
  EXPECT_EQ(Code(Parsed("Sudani/Sudani/PROPN/2/nsubj visited/visit/VERB/0/root "
                        "Iran/Iran/PROPN/2/obj ././PUNCT/2/punct")),
            "IRQGOV>IRN:042");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj visited/visit/VERB/0/root "
                        "Iran/Iran/PROPN/2/obj ././PUNCT/2/punct")),
            "IRQ>IRN:042");
}

TEST_F(CoderTest, AnUnknownSubjectBlocksHeAndShe) {
  // "Sudani condemned Israel. Rasul said he visited Iran.": "he" is most
  // likely Rasul, whom the lexicons do not know, so no event.
  const std::string first =
      "Sudani/Sudani/PROPN/2/nsubj condemned/condemn/VERB/0/root "
      "Israel/Israel/PROPN/2/obj ././PUNCT/2/punct";
  EXPECT_EQ(Code(ParsedDoc({first,
                            "Rasul/Rasul/PROPN/2/nsubj said/say/VERB/0/root "
                            "he/he/PRON/4/nsubj visited/visit/VERB/2/ccomp "
                            "Iran/Iran/PROPN/4/obj ././PUNCT/2/punct"})),
            "IRQGOV>ISR:111");
  // Without the unknown subject "he" is Sudani.
  EXPECT_EQ(
      Code(ParsedDoc({first,
                      "Officials/official/NOUN/2/nsubj said/say/VERB/0/root "
                      "he/he/PRON/4/nsubj visited/visit/VERB/2/ccomp "
                      "Iran/Iran/PROPN/4/obj ././PUNCT/2/punct"})),
      "IRQGOV>ISR:111, IRQGOV>IRN:042");
}

TEST_F(CoderTest, CounterpartTakesTheSourcesRole) {
  // "Sudani visited his Iranian counterpart."
  EXPECT_EQ(
      Code(Parsed("Sudani/Sudani/PROPN/2/nsubj "
                  "visited/visit/VERB/0/root his/his/PRON/5/nmod:poss "
                  "Iranian/Iranian/ADJ/5/amod "
                  "counterpart/counterpart/NOUN/2/obj ././PUNCT/2/punct")),
      "IRQGOV>IRNGOV:042");
  // A target with a role of its own keeps it.
  EXPECT_EQ(Code(Parsed("Sudani/Sudani/PROPN/2/nsubj "
                        "visited/visit/VERB/0/root "
                        "Iranian/Iranian/ADJ/4/amod troops/troops/NOUN/2/obj "
                        "././PUNCT/2/punct")),
            "IRQGOV>IRNMIL:042");
}

// ---- conventions (CoderOptions::conventions) ------------------------------

class ConventionsTest : public ::testing::Test {
 protected:
  std::string Code(const Document& doc, Conventions c) {
    EventCoder coder(lex_, CoderOptions{.conventions = c});
    std::vector<Event> events;
    std::string explain;
    coder.Code(doc, &events, &explain);
    return Codes(events);
  }
  std::shared_ptr<const Lexicon> lex_ = TestLexicon();
};

TEST_F(ConventionsTest, FiniteVerbAfterItsSubjectOnlyUnderKhaldun) {
  Document doc = Parsed(
      "Officials/official/NOUN/2/nsubj said/say/VERB/0/root "
      "Iraqi/Iraqi/ADJ/4/amod troops/troops/NOUN/2/obj "
      "attacked/attack/VERB/4/acl/VBD Israel/Israel/PROPN/5/obj "
      "././PUNCT/2/punct");
  EXPECT_EQ(Code(doc, Conventions::kKhaldun), "IRQMIL>ISR:190");
  EXPECT_EQ(Code(doc, Conventions::kPetrarch), "");
}

TEST_F(ConventionsTest, FutureIsCodedOnlyUnderPetrarch) {
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/3/nsubj will/will/AUX/3/aux attack/attack/VERB/0/root "
      "Israel/Israel/PROPN/3/obj ././PUNCT/3/punct");
  EXPECT_EQ(Code(doc, Conventions::kKhaldun), "");
  EXPECT_EQ(Code(doc, Conventions::kPetrarch), "IRQ>ISR:190");
  // Other modals block the event under both.
  Document could = Parsed(
      "Iraq/Iraq/PROPN/3/nsubj could/could/AUX/3/aux "
      "attack/attack/VERB/0/root Israel/Israel/PROPN/3/obj ././PUNCT/3/punct");
  EXPECT_EQ(Code(could, Conventions::kPetrarch), "");
}

TEST_F(ConventionsTest, AboutToIsCodedOnlyUnderPetrarch) {
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/3/nsubj is/be/AUX/3/cop about/about/ADJ/0/root "
      "to/to/PART/5/mark attack/attack/VERB/3/xcomp "
      "Israel/Israel/PROPN/5/obj ././PUNCT/3/punct");
  EXPECT_EQ(Code(doc, Conventions::kKhaldun), "");
  EXPECT_EQ(Code(doc, Conventions::kPetrarch), "IRQ>ISR:190");
  // A complement of a verb with no patterns is coded too (PETRARCH codes
  // the lower verb); of one with patterns ("visit"), it stays unrealised.
  Document vowed = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj vowed/vow/VERB/0/root to/to/PART/4/mark "
      "attack/attack/VERB/2/xcomp Israel/Israel/PROPN/4/obj "
      "././PUNCT/2/punct");
  EXPECT_EQ(Code(vowed, Conventions::kKhaldun), "");
  EXPECT_EQ(Code(vowed, Conventions::kPetrarch), "IRQ>ISR:190");
  Document visited = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj visited/visit/VERB/0/root to/to/PART/4/mark "
      "attack/attack/VERB/2/xcomp Israel/Israel/PROPN/4/obj "
      "././PUNCT/2/punct");
  // The visit (its target found in its infinitive), not the attack.
  EXPECT_EQ(Code(visited, Conventions::kPetrarch), "IRQ>ISR:042");
}

TEST_F(ConventionsTest, ActorWithoutCountryOnlyUnderPetrarch) {
  Document doc = Parsed(
      "The/the/DET/3/det prime/prime/ADJ/3/amod minister/minister/NOUN/4/nsubj "
      "condemned/condemn/VERB/0/root Israel/Israel/PROPN/4/obj "
      "././PUNCT/4/punct");
  EXPECT_EQ(Code(doc, Conventions::kKhaldun), "");
  EXPECT_EQ(Code(doc, Conventions::kPetrarch), "---GOV>ISR:111");
}

TEST_F(ConventionsTest, PetrarchJoinsARoleNounsOfPhraseCodeAndItsTypes) {
  // "Troops of the UN condemned Israel": the UN itself under Khaldun's
  // conventions; its code and the role's type under PETRARCH's.
  Document doc = Parsed(
      "Troops/troops/NOUN/5/nsubj of/of/ADP/4/case the/the/DET/4/det "
      "UN/UN/PROPN/1/nmod condemned/condemn/VERB/0/root "
      "Israel/Israel/PROPN/5/obj ././PUNCT/5/punct");
  EXPECT_EQ(Code(doc, Conventions::kKhaldun), "UNOIGO>ISR:111");
  EXPECT_EQ(Code(doc, Conventions::kPetrarch), "UNOIGOMIL>ISR:111");
  // A bare role noun is no country for another ("troops of the leader").
  Document bare = Parsed(
      "Troops/troops/NOUN/5/nsubj of/of/ADP/4/case the/the/DET/4/det "
      "leader/leader/NOUN/1/nmod condemned/condemn/VERB/0/root "
      "Israel/Israel/PROPN/5/obj ././PUNCT/5/punct");
  EXPECT_EQ(Code(bare, Conventions::kPetrarch), "---MIL>ISR:111");
}

TEST_F(ConventionsTest, PetrarchTargetIsTheFirstActorAmongTheComplements) {
  // "Iraq condemned the attack on Iran": Iran is inside the object.
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj condemned/condemn/VERB/0/root "
      "the/the/DET/4/det attack/attack/NOUN/2/obj on/on/ADP/6/case "
      "Iran/Iran/PROPN/4/nmod ././PUNCT/2/punct");
  EXPECT_EQ(Code(doc, Conventions::kKhaldun), "");
  EXPECT_EQ(Code(doc, Conventions::kPetrarch), "IRQ>IRN:111");
}

TEST(ConventionNames, RoundTrip) {
  Conventions c = Conventions::kKhaldun;
  ASSERT_TRUE(ParseConventions("petrarch", &c));
  EXPECT_EQ(c, Conventions::kPetrarch);
  EXPECT_EQ(ConventionsName(c), "petrarch");
  ASSERT_TRUE(ParseConventions("khaldun", &c));
  EXPECT_EQ(ConventionsName(c), "khaldun");
  EXPECT_FALSE(ParseConventions("tabari", &c));
}

// ---- imported PETRARCH dictionaries -----------------------------------------

std::shared_ptr<const Lexicon> ImportedLexicon() {
  // One file per process: ctest runs the tests as parallel processes.
  std::string dir = ::khaldun::testing::TempDir() + "/coder_test_" +
                    std::to_string(::getpid());
  std::string verbs = dir + ".verbs.txt";
  std::string actors = dir + ".actors.txt";
  {
    std::ofstream f(verbs);
    f << "--- ARRIVE [032:033] ---\nARRIVE\n"
         "--- EXPRESS [020] ---\nEXPRESS\n- * HOPES [024]\n"
         "--- RISEN [223] ---\nRISEN\n"
         "--- RISE [999] ---\nRISE\n"
         "--- DELAY [120] ---\nDELAY\n- % HAVE * [191]\n"
         "&NEG\n+DID N'T\n+WILL NOT\n"
         "&CURRENCY\n+SWISS FRANCS\n+DOLLARS\n"
         "--- CLASH [223] ---\nCLASH\n- &NEG * [904]\n"
         "- MOST_CERTAINLY_&NEG * [907]\n"
         "--- GIVE [070] ---\nGIVE\n- * &CURRENCY [903]\n"
         "- * NEW_AID [901]\n- * MEMOS FROM [911]\n"
         "--- CONFISCATE [1711] ---\nCONFISCATE\nWIRE_+TAP\n"
         "--- ALLOW [080] ---\nALLOW\n- * REALLY_PLEASANT [024]\n"
         "--- CRITICIZE [121] ---\nCRITICIZE\n- HEAVILY UNJUSTLY * [123]\n"
         "--- SIGN [081] ---\nSIGN\n"
         "--- CELEBRATE [181] ---\nCELEBRATE\n- * IFTAR AT ^ ^ + [044]\n"
         "- + HOSTING * MAY_DAY $ [046]\n"
         "--- ACT [100] ---\nACT\n- INDICATED WOULD * NOW [1010]\n"
         "--- BREAK [1717] ---\nBREAK\n- + * IN $ [075]\n"
         "--- ADOPT [081] ---\nADOPT\n- * RESOLUTION [102]\n"
         "--- REGRET [115] ---\nREGRET\n- NOTED + * [116]\n"
         "--- RECEIVE [070] ---\nRECEIVE\n- + * MONEY FROM $ [071]\n"
         "--- CLOSE [---] ---\nCLOSE\n- * BORDER [192]\n"
         "--- MARCH [181] ---\nMARCH\n"
         "--- RESCHEDULE [082] ---\nRESCHEDULE\n"
         "--- OPPOSE [112] ---\nOPPOSE\n"
         "--- URGE [102] ---\nURGE\n"
         "--- DEPART [032] ---\nDEPART\n"
         "--- HAVE [---] ---\nHAVE\n- * HOPES [024]\n"
         "--- ATTEMPT [---] ---\nATTEMPT\n- * PERSUADE [095]\n";
  }
  std::string agents = dir + ".agents.txt";
  {
    std::ofstream f(actors);
    f << "IRAQ [IRQ]\nIRAN [IRN]\nISRAEL [ISR]\nIRAN TELEVISION [IRNTV]\n"
         "IRAN_RADIO [IRNRAD]\n";
  }
  {
    std::ofstream f(agents);
    f << "POLICE {} [~COP]\nSOLDIER [~MIL]\n";
  }
  LexiconData data;
  std::vector<Diagnostic> diags;
  ImportCounts n;
  EXPECT_TRUE(ImportPetrarchFile(verbs, 0, &data, &diags, &n).ok());
  EXPECT_TRUE(ImportPetrarchFile(actors, 1, &data, &diags, &n).ok());
  EXPECT_TRUE(ImportPetrarchFile(agents, 2, &data, &diags, &n).ok());
  for (const Diagnostic& d : diags) ADD_FAILURE() << d.ToString();
  return Lexicon::Compile(std::move(data));
}

class ImportedCoderTest : public ::testing::Test {
 protected:
  std::string Code(const Document& doc) {
    std::vector<Event> events;
    std::string explain;
    coder_.Code(doc, &events, &explain);
    last_explain_ = explain;
    return Codes(events);
  }
  EventCoder coder_{ImportedLexicon(),
                    CoderOptions{.conventions = Conventions::kPetrarch}};
  std::string last_explain_;  // of the last Code() call, for debugging
};

TEST_F(ImportedCoderTest, PairedCodeGivesTheReverseEvent) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj arrived/arrive/VERB/0/root "
                        "in/in/ADP/4/case Iran/Iran/PROPN/2/obl "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:032, IRN>IRQ:033");
}

TEST_F(ImportedCoderTest, LiteralsMatchSurfaceForms) {
  // "* HOPES": the word's form, though its lemma is "hope".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj expressed/express/VERB/0/root "
                        "hopes/hope/NOUN/2/obj for/for/ADP/5/case "
                        "Iran/Iran/PROPN/3/nmod ././PUNCT/2/punct")),
            "IRQ>IRN:024");
}

TEST_F(ImportedCoderTest, InflectedVerbBlockWinsOverTheLemma) {
  // "has risen" takes the RISEN block, "rises" the RISE block.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj has/have/AUX/3/aux "
                        "risen/rise/VERB/0/root against/against/ADP/5/case "
                        "Iran/Iran/PROPN/3/obl ././PUNCT/3/punct")),
            "IRQ>IRN:223");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj rises/rise/VERB/0/root "
                        "against/against/ADP/4/case Iran/Iran/PROPN/2/obl "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:999");
}

TEST_F(ImportedCoderTest, WordsBeforeThePredicateInTextOrder) {
  // "&NEG *": the negation the pattern names is its meaning, not a denial.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj did/do/AUX/4/aux "
                        "n't/not/PART/4/advmod clash/clash/VERB/0/root "
                        "with/with/ADP/6/case Iran/Iran/PROPN/4/obl")),
            "IRQ>IRN:904");
  // MOST_CERTAINLY_&NEG: joined words, nothing between them.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/6/nsubj most/most/ADV/3/advmod "
                        "certainly/certainly/ADV/6/advmod did/do/AUX/6/aux "
                        "n't/not/PART/6/advmod clash/clash/VERB/0/root "
                        "with/with/ADP/8/case Iran/Iran/PROPN/6/obl")),
            "IRQ>IRN:907");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/7/nsubj most/most/ADV/3/advmod "
                        "certainly/certainly/ADV/7/advmod really/really/ADV/7/"
                        "advmod did/do/AUX/7/aux n't/not/PART/7/advmod "
                        "clash/clash/VERB/0/root with/with/ADP/9/case "
                        "Iran/Iran/PROPN/7/obl")),
            "IRQ>IRN:904");
}

TEST_F(ImportedCoderTest, WordClassMembersOfSeveralWords) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj gave/give/VERB/0/root "
                        "swiss/swiss/ADJ/4/amod francs/franc/NOUN/2/obj "
                        "to/to/ADP/6/case Iran/Iran/PROPN/2/obl")),
            "IRQ>IRN:903");
}

TEST_F(ImportedCoderTest, JoinedWordsAfterThePredicateAreAdjacent) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj gave/give/VERB/0/root "
                        "new/new/ADJ/4/amod aid/aid/NOUN/2/obj "
                        "to/to/ADP/6/case Iran/Iran/PROPN/2/obl")),
            "IRQ>IRN:901");
  // "new military aid": NEW_AID does not match; the block's default does.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj gave/give/VERB/0/root "
                        "new/new/ADJ/5/amod military/military/ADJ/5/amod "
                        "aid/aid/NOUN/2/obj to/to/ADP/7/case "
                        "Iran/Iran/PROPN/2/obl")),
            "IRQ>IRN:070");
}

TEST_F(ImportedCoderTest, FinalPrepositionHeadsAPhrase) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj gave/give/VERB/0/root "
                        "memos/memo/NOUN/2/obj from/from/ADP/5/case "
                        "Iran/Iran/PROPN/3/nmod")),
            "IRQ>IRN:911");
}

TEST_F(ImportedCoderTest, PlusMarksTheVerbOfAPhrase) {
  // "WIRE_+TAP": the verb is "tap"; "wire" next to it, whatever its parse.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj wire/wire/NOUN/1/nmod "
                        "tapped/tap/VERB/0/root Iran/Iran/PROPN/3/obj")),
            "IRQ>IRN:1711");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj tapped/tap/VERB/0/root "
                        "Iran/Iran/PROPN/2/obj")),
            "");
}

TEST_F(ImportedCoderTest, WordsAfterThePredicateInTextOrder) {
  // "Iraq allowed that Iran is a really pleasant place": the words are in a
  // complement clause, not below "allowed" in the tree; the target is the
  // clause's subject.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj allowed/allow/VERB/0/root "
                  "that/that/SCONJ/9/mark Iran/Iran/PROPN/9/nsubj "
                  "is/be/AUX/9/cop a/a/DET/9/det "
                  "really/really/ADV/8/advmod pleasant/pleasant/ADJ/9/amod "
                  "place/place/NOUN/2/ccomp")),
      "IRQ>IRN:024");
}

TEST_F(ImportedCoderTest, AgentlessPassiveSubjectIsTheSource) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass "
                        "criticized/criticize/VERB/0/root over/over/ADP/6/case "
                        "its/its/PRON/6/nmod:poss dispute/dispute/NOUN/3/obl "
                        "with/with/ADP/8/case Iran/Iran/PROPN/6/nmod")),
            "IRQ>IRN:121");
}

TEST_F(ImportedCoderTest, TargetInTheVerbsOwnInfinitive) {
  // "Iraq signed an accord to supply Iran": in PETRARCH's verb phrase.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj signed/sign/VERB/0/root "
                        "an/a/DET/4/det accord/accord/NOUN/2/obj "
                        "to/to/PART/6/mark supply/supply/VERB/2/advcl "
                        "Iran/Iran/PROPN/6/obj")),
            "IRQ>IRN:081");
  // A clause without "to" is not ("signed an accord when Iran ...").
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj signed/sign/VERB/0/root "
                        "an/a/DET/4/det accord/accord/NOUN/2/obj "
                        "when/when/SCONJ/7/mark Iran/Iran/PROPN/7/nsubj "
                        "left/leave/VERB/2/advcl")),
            "");
}

TEST_F(ImportedCoderTest, GoverningVerbBeforeThePredicate) {
  // "Iraq indicated it would act now with Iran": INDICATED is the verb the
  // clause completes; its subject is the source of the unresolved "it".
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj indicated/indicate/VERB/0/root "
      "it/it/PRON/5/nsubj would/would/AUX/5/aux act/act/VERB/2/ccomp "
      "now/now/ADV/5/advmod with/with/ADP/8/case Iran/Iran/PROPN/5/obl");
  EXPECT_EQ(Code(doc), "IRQ>IRN:1010");
  // A clause with a subject noun of its own is about it, not about the
  // governing clause's subject ("Iraq indicated crowds would act now").
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj indicated/indicate/VERB/0/root "
                  "crowds/crowd/NOUN/5/nsubj would/would/AUX/5/aux "
                  "act/act/VERB/2/ccomp now/now/ADV/5/advmod "
                  "with/with/ADP/8/case Iran/Iran/PROPN/5/obl")),
      "");
  EventCoder khaldun(ImportedLexicon());
  std::vector<Event> events;
  khaldun.Code(doc, &events);
  EXPECT_EQ(Codes(events), "");  // modal, and "it" has no antecedent
}

TEST_F(ImportedCoderTest, PassiveRaisingVerbIsNoGovernor) {
  // "Iraq was seen to break into Iran".
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass "
      "seen/see/VERB/0/root to/to/PART/5/mark break/break/VERB/3/xcomp "
      "into/into/ADP/7/case Iran/Iran/PROPN/5/obl");
  EXPECT_EQ(Code(doc), "IRQ>IRN:1717");
  EventCoder khaldun(ImportedLexicon());
  std::vector<Event> events;
  khaldun.Code(doc, &events);
  EXPECT_EQ(Codes(events), "");
}

TEST_F(ImportedCoderTest, GovernorWithoutPatternsLeavesTheComplementCoded) {
  // "Iraq tried to clash with Iran": "try" has no patterns, PETRARCH codes
  // the clash; under Khaldun's conventions it is an unrealised attempt.
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj tried/try/VERB/0/root to/to/PART/4/mark "
      "clash/clash/VERB/2/xcomp with/with/ADP/6/case Iran/Iran/PROPN/4/obl");
  EXPECT_EQ(Code(doc), "IRQ>IRN:223");
  EventCoder khaldun(ImportedLexicon());
  std::vector<Event> events;
  khaldun.Code(doc, &events);
  EXPECT_EQ(Codes(events), "");
}

TEST_F(ImportedCoderTest, PassiveSubjectIsTheTarget) {
  EXPECT_EQ(Code(Parsed("Iran/Iran/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass "
                        "criticized/criticize/VERB/0/root by/by/ADP/5/case "
                        "Iraq/Iraq/PROPN/3/obl")),
            "IRQ>IRN:121");
}

TEST_F(ImportedCoderTest, AClauseBeforeTheVerbIsNotItsComplement) {
  // "Iraq arrived in Iran, Israel criticized": nothing follows "criticized".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj arrived/arrive/VERB/7/ccomp "
                        "in/in/ADP/4/case Iran/Iran/PROPN/2/obl ,/,/PUNCT/2/"
                        "punct Israel/Israel/PROPN/7/nsubj "
                        "criticized/criticize/VERB/0/root")),
            "IRQ>IRN:032, IRN>IRQ:033");
}

TEST_F(ImportedCoderTest, RoleNounsConjoinedToAnActorShareItsCountry) {
  std::string dir = ::khaldun::testing::TempDir() + "/coder_test_agents_" +
                    std::to_string(::getpid());
  std::string agents = dir + ".agents.txt";
  {
    std::ofstream f(agents);
    f << "MEDIA {} [~MED]\nGOVERNMENT [~GOV]\n";
  }
  LexiconData data = ImportedLexicon()->data();
  std::vector<Diagnostic> diags;
  ImportCounts n;
  ASSERT_TRUE(ImportPetrarchFile(agents, 2, &data, &diags, &n).ok());
  EventCoder coder(Lexicon::Compile(std::move(data)),
                   CoderOptions{.conventions = Conventions::kPetrarch});
  // "Iraq media and government criticized Iran".
  std::vector<Event> events;
  coder.Code(Parsed("Iraq/Iraq/PROPN/2/compound media/media/NOUN/5/nsubj "
                    "and/and/CCONJ/4/cc government/government/NOUN/2/conj "
                    "criticized/criticize/VERB/0/root Iran/Iran/PROPN/5/obj"),
             &events);
  EXPECT_EQ(Codes(events), "IRQMED>IRN:121, IRQGOV>IRN:121");
}

TEST_F(ImportedCoderTest, RequireTargetFalseKeepsEventsWithoutTarget) {
  // "Iraq criticized on Saturday": a noun phrase after the verb, no actor.
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj criticized/criticize/VERB/0/root "
      "on/on/ADP/4/case Saturday/Saturday/PROPN/2/obl ././PUNCT/2/punct");
  EXPECT_EQ(Code(doc), "");
  EventCoder coder(ImportedLexicon(),
                   CoderOptions{.conventions = Conventions::kPetrarch,
                                .require_target = false});
  std::vector<Event> events;
  coder.Code(doc, &events);
  EXPECT_EQ(Codes(events), "IRQ>-:121");
  // With no noun phrase after the verb ("criticized today": a bare time
  // word, PETRARCH's NP-TMP), PETRARCH has no target slot and no event.
  events.clear();
  coder.Code(Parsed("Iraq/Iraq/PROPN/2/nsubj criticized/criticize/VERB/0/root "
                    "today/today/NOUN/2/obl:unmarked ././PUNCT/2/punct"),
             &events);
  EXPECT_EQ(Codes(events), "");
}

TEST_F(ImportedCoderTest, CommaLimitsDropClauses) {
  // "Iraq criticized Israel, Iran criticized Israel.": the terminal clause
  // has 3 words.
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj criticized/criticize/VERB/0/root "
      "Israel/Israel/PROPN/2/obj ,/,/PUNCT/6/punct Iran/Iran/PROPN/6/nsubj "
      "criticized/criticize/VERB/2/parataxis Israel/Israel/PROPN/6/obj "
      "././PUNCT/2/punct");
  auto code = [&](CoderOptions::CommaLimits cl, Conventions c) {
    EventCoder coder(ImportedLexicon(),
                     CoderOptions{.conventions = c, .commas = cl});
    std::vector<Event> events;
    coder.Code(doc, &events);
    return Codes(events);
  };
  const std::string both = "IRQ>ISR:121, IRN>ISR:121";
  EXPECT_EQ(code({}, Conventions::kPetrarch), both);
  EXPECT_EQ(code({.emin = 2, .emax = 8}, Conventions::kPetrarch),
            "IRQ>ISR:121");
  // Too long for the limits, or the limits off: kept.
  EXPECT_EQ(code({.emin = 4, .emax = 8}, Conventions::kPetrarch), both);
  EXPECT_EQ(code({.min = 2, .max = 8}, Conventions::kPetrarch), both);
  // An initial clause of 3 words ("Iraq criticized Israel") loses its
  // complete phrases: the subject and object, not the verb.
  EXPECT_EQ(code({.bmin = 2, .bmax = 3}, Conventions::kPetrarch),
            "IRN>ISR:121");
  // Never under Khaldun's conventions.
  EXPECT_EQ(code({.emin = 2, .emax = 8}, Conventions::kKhaldun),
            code({}, Conventions::kKhaldun));
  // A comma inside a noun phrase does not delimit a clause: "Iraq, the
  // neighbour, criticized Israel" keeps its subject with the limits on.
  Document np = Parsed(
      "Iraq/Iraq/PROPN/6/nsubj ,/,/PUNCT/4/punct the/the/DET/4/det "
      "neighbour/neighbour/NOUN/1/appos ,/,/PUNCT/4/punct "
      "criticized/criticize/VERB/0/root Israel/Israel/PROPN/6/obj "
      "././PUNCT/6/punct");
  EventCoder coder(ImportedLexicon(),
                   CoderOptions{.conventions = Conventions::kPetrarch,
                                .commas = {.bmin = 1, .bmax = 8}});
  std::vector<Event> events;
  coder.Code(np, &events);
  EXPECT_EQ(Codes(events), "IRQ>ISR:121");
}

TEST_F(ImportedCoderTest, PercentCodesTheCompoundBothWays) {
  // "Iraq and Iran have delayed the meeting": '% HAVE *'; the word before
  // the predicate (HAVE) matches its auxiliary.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/5/nsubj and/and/CCONJ/3/cc "
                        "Iran/Iran/PROPN/1/conj have/have/AUX/5/aux "
                        "delayed/delay/VERB/0/root the/the/DET/7/det "
                        "meeting/meeting/NOUN/5/obj ././PUNCT/5/punct")),
            "IRQ>IRN:191, IRN>IRQ:191");
}

TEST_F(ImportedCoderTest, NewActorLengthMakesActorsOfUnknownPhrases) {
  // "Gryffindor's head McGonagall criticized the Ministry of Magic":
  // neither phrase names an actor.
  Document doc = Parsed(
      "Gryffindor/Gryffindor/PROPN/3/nmod:poss 's/'s/PART/1/case "
      "head/head/NOUN/5/nsubj McGonagall/McGonagall/PROPN/3/appos "
      "criticized/criticize/VERB/0/root the/the/DET/7/det "
      "Ministry/Ministry/PROPN/5/obj of/of/ADP/9/case "
      "Magic/Magic/PROPN/7/nmod on/on/ADP/11/case "
      "Wednesday/Wednesday/PROPN/5/obl ././PUNCT/5/punct");
  auto code = [&](int length, Conventions c) {
    EventCoder coder(
        ImportedLexicon(),
        CoderOptions{.conventions = c, .new_actor_length = length});
    std::vector<Event> events;
    coder.Code(doc, &events);
    std::string out;
    for (const Event& e : events)
      out += "[" + e.source.code + "|" + e.source.text + "] -> [" +
             (e.target ? e.target->code + "|" + e.target->text : "-") + "] " +
             e.code;
    return out;
  };
  EXPECT_EQ(code(0, Conventions::kPetrarch), "");
  EXPECT_EQ(code(4, Conventions::kPetrarch),
            "[|Gryffindor head McGonagall] -> [|the Ministry of Magic] 121");
  // A phrase longer than the limit is no actor ("the Ministry of Magic" has
  // four words).
  EXPECT_EQ(code(3, Conventions::kPetrarch), "");
  // Never under Khaldun's conventions.
  EXPECT_EQ(code(4, Conventions::kKhaldun), "");
}

TEST_F(ImportedCoderTest, VerbParsedAsAConjunctOfAnAdverb) {
  // "Iraq was heavily and unjustly criticized over its dispute with Iran":
  // "criticized" parsed as a conjunct of "heavily"; the pattern's words
  // before '*' (with "and" between them) are still in its phrase.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj was/be/AUX/3/cop "
                        "heavily/heavily/ADV/0/root and/and/CCONJ/6/cc "
                        "unjustly/unjustly/ADV/6/advmod "
                        "criticized/criticize/VERB/3/conj over/over/ADP/9/case "
                        "its/its/PRON/9/nmod:poss dispute/dispute/NOUN/6/obl "
                        "with/with/ADP/11/case Iran/Iran/PROPN/9/nmod")),
            "IRQ>IRN:123");
}

TEST_F(ImportedCoderTest, CaretSkipsANounPhraseInTextOrder) {
  // "Iraq celebrated Iftar at Israel with the parliament of Iran": '^ ^'
  // skips "Israel" and "the parliament"; the TARGET is Iran (the tree
  // reading binds "Iftar", no actor).
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj celebrated/celebrate/VERB/0/root "
                  "Iftar/Iftar/PROPN/2/obj at/at/ADP/5/case "
                  "Israel/Israel/PROPN/2/obl with/with/ADP/8/case "
                  "the/the/DET/8/det parliament/parliament/NOUN/2/obl "
                  "of/of/ADP/10/case Iran/Iran/PROPN/8/nmod "
                  "././PUNCT/2/punct")),
      "IRQ>IRN:044");
}

TEST_F(ImportedCoderTest, TemporalClauseWithoutSubjectHasNoSource) {
  // "Iraq signed an accord after criticizing Iran": PETRARCH codes no
  // criticism (the clause has no noun phrase for a source); Khaldun's
  // conventions give it the main clause's subject.
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/2/nsubj signed/sign/VERB/0/root an/a/DET/4/det "
      "accord/accord/NOUN/2/obj after/after/SCONJ/6/mark "
      "criticizing/criticize/VERB/2/advcl Iran/Iran/PROPN/6/obj "
      "././PUNCT/2/punct");
  EXPECT_EQ(Code(doc), "");
  EventCoder khaldun(ImportedLexicon());
  std::vector<Event> events;
  khaldun.Code(doc, &events);
  EXPECT_EQ(Codes(events), "IRQ>IRN:121");
}

TEST_F(ImportedCoderTest, ContentWordsOfAPatternAreNotStemmed) {
  // "* RESOLUTION" matches "resolution", not "resolutions" (PETRARCH2 does
  // not stem pattern words): the block's default code.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj adopted/adopt/VERB/0/root "
                        "a/a/DET/4/det resolution/resolution/NOUN/2/obj "
                        "with/with/ADP/6/case Iran/Iran/PROPN/4/nmod")),
            "IRQ>IRN:102");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj adopted/adopt/VERB/0/root "
                        "resolutions/resolution/NOUN/2/obj "
                        "with/with/ADP/5/case Iran/Iran/PROPN/3/nmod")),
            "IRQ>IRN:081");
}

TEST_F(ImportedCoderTest, TargetBeforeThePredicateIsItsSubject) {
  // "+ * MONEY FROM $" (TARGET * MONEY FROM SOURCE): the receiver is the
  // target.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj received/receive/VERB/0/root "
                        "money/money/NOUN/2/obj from/from/ADP/5/case "
                        "Iran/Iran/PROPN/3/nmod")),
            "IRN>IRQ:071")
      << last_explain_;
  // "NOTED + *" without SOURCE: the subject of the clause it completes
  // is the source.
  EXPECT_EQ(Code(Parsed("Israel/Israel/PROPN/2/nsubj noted/note/VERB/0/root "
                        "that/that/SCONJ/5/mark Iraq/Iraq/PROPN/5/nsubj "
                        "regretted/regret/VERB/2/ccomp it/it/PRON/5/obj")),
            "ISR>IRQ:116")
      << last_explain_;
}

TEST_F(ImportedCoderTest, AgentWithAPluralListIsNotInflected) {
  // "SOLDIER [~MIL]": its regular plural matches; "POLICE {} [~COP]": the
  // empty list says it has none, so "polices" is no agent.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj signed/sign/VERB/0/root "
                        "with/with/ADP/6/case Iran/Iran/PROPN/6/nmod:poss "
                        "'s/'s/PART/4/case soldiers/soldier/NOUN/2/obl")),
            "IRQ>IRNMIL:081");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj signed/sign/VERB/0/root "
                        "with/with/ADP/6/case Iran/Iran/PROPN/6/nmod:poss "
                        "'s/'s/PART/4/case police/police/NOUN/2/obl")),
            "IRQ>IRNCOP:081");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj signed/sign/VERB/0/root "
                        "with/with/ADP/6/case Iran/Iran/PROPN/6/nmod:poss "
                        "'s/'s/PART/4/case polices/police/NOUN/2/obl")),
            "IRQ>IRN:081");
}

TEST_F(ImportedCoderTest, NearestOfSeveralSubjectsNamingAnActor) {
  // A parse with two subjects ("Old foes Iraq signed with Israel"): the one
  // right before the verb, as PETRARCH's noun phrase before its verb phrase.
  EXPECT_EQ(Code(Parsed("old/old/ADJ/2/amod foes/foe/NOUN/4/nsubj:pass "
                        "Iraq/Iraq/PROPN/4/nsubj signed/sign/VERB/0/root "
                        "with/with/ADP/6/case Israel/Israel/PROPN/4/obl")),
            "IRQ>ISR:081");
  // Unless it names no actor ("Iraq's mayor" parsed as two subjects).
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj mayor/mayor/NOUN/3/nsubj "
                        "signed/sign/VERB/0/root with/with/ADP/5/case "
                        "Israel/Israel/PROPN/3/obl")),
            "IRQ>ISR:081");
  EXPECT_EQ(Code(Parsed("lions/lion/NOUN/3/nsubj Iraq/Iraq/PROPN/3/nsubj "
                        "signed/sign/VERB/0/root with/with/ADP/5/case "
                        "Israel/Israel/PROPN/3/obl")),
            "IRQ>ISR:081");
}

TEST_F(ImportedCoderTest, ThatClauseParsedAsAdverbialHoldsTheTarget) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj expressed/express/VERB/0/root "
                        "hopes/hope/NOUN/2/obj that/that/SCONJ/8/mark "
                        "Iran/Iran/PROPN/8/nsubj:pass could/could/AUX/8/aux "
                        "be/be/AUX/8/aux:pass drawn/draw/VERB/2/advcl "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:024");
}

TEST_F(ImportedCoderTest, AdjectiveWithoutCopulaIsNoPredicate) {
  // "marched very close to the border with Iran": PETRARCH codes the verb;
  // the adjective is in its phrase and holds the target.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj marched/march/VERB/0/root "
                        "very/very/ADV/4/advmod close/close/ADJ/2/xcomp "
                        "to/to/ADP/7/case the/the/DET/7/det "
                        "border/border/NOUN/4/obl with/with/ADP/9/case "
                        "Iran/Iran/PROPN/4/obl ././PUNCT/2/punct")),
            "IRQ>IRN:181");
}

TEST_F(ImportedCoderTest, SeveralSubjectsNamingActorsAreAllSources) {
  // "Iraq and the evil awful Iran signed with Israel", the coordination
  // broken up by the parse: both are sources.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/7/nsubj and/and/CCONJ/4/cc "
                        "the/the/DET/4/det evil/evil/NOUN/1/conj "
                        "awful/awful/ADJ/4/amod Iran/Iran/PROPN/7/nsubj "
                        "signed/sign/VERB/0/root with/with/ADP/9/case "
                        "Israel/Israel/PROPN/7/obl")),
            "IRN>ISR:081, IRQ>ISR:081");
  // Only for the verb whose subjects they are: "Iraq signed an accord with
  // Israel, officials and Iran said", "signed" parsed under "Iraq".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/10/nsubj signed/sign/VERB/1/acl "
                        "an/a/DET/4/det accord/accord/NOUN/2/obj "
                        "with/with/ADP/6/case Israel/Israel/PROPN/4/nmod "
                        "officials/official/NOUN/10/nsubj and/and/CCONJ/9/cc "
                        "Iran/Iran/PROPN/7/conj said/say/VERB/0/root")),
            "IRQ>ISR:081");
}

TEST_F(ImportedCoderTest, TargetBeforeAGoverningVerbIsItsSubject) {
  // "+ HOSTING * MAY_DAY $": the host is the target, the SOURCE the actor
  // after "May Day" in text order (the tree puts it inside "May Day").
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj will/will/AUX/4/aux "
                        "be/be/AUX/4/aux hosting/host/VERB/0/root "
                        "Israel/Israel/PROPN/4/obj to/to/PART/7/mark "
                        "celebrate/celebrate/VERB/4/xcomp "
                        "May/May/PROPN/9/compound Day/day/NOUN/7/obj "
                        "with/with/ADP/11/case Iran/Iran/PROPN/9/nmod "
                        "././PUNCT/4/punct")),
            "IRN>IRQ:046");
}

TEST_F(ImportedCoderTest, GovernorWhoseWordsThePatternNamesIsNoBlock) {
  // "&NEG *" names the words of "did n't attempt": the clash is coded,
  // though ATTEMPT has patterns of its own.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj did/do/AUX/4/aux "
                        "n't/not/PART/4/advmod attempt/attempt/VERB/0/root "
                        "to/to/PART/6/mark clash/clash/VERB/4/xcomp "
                        "with/with/ADP/8/case Iran/Iran/PROPN/6/obl")),
            "IRQ>IRN:904");
  // Without them the infinitive is unrealised.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj attempted/attempt/VERB/0/root "
                        "to/to/PART/4/mark clash/clash/VERB/2/xcomp "
                        "with/with/ADP/6/case Iran/Iran/PROPN/4/obl")),
            "");
}

TEST_F(ImportedCoderTest, SpacedActorNameMayHaveAnAdjectiveBetweenItsWords) {
  // "IRAN TELEVISION" (words joined by a space, TABARI's open connector)
  // matches "Iran state-run television"; "IRAN_RADIO" ('_') does not match
  // "Iran state-run radio".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj signed/sign/VERB/0/root "
                        "with/with/ADP/6/case Iran/Iran/PROPN/6/compound "
                        "state-run/state-run/ADJ/6/amod "
                        "television/television/NOUN/2/obl")),
            "IRQ>IRNTV:081");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj signed/sign/VERB/0/root "
                        "with/with/ADP/6/case Iran/Iran/PROPN/6/compound "
                        "state-run/state-run/ADJ/6/amod "
                        "radio/radio/NOUN/2/obl")),
            "IRQ>IRN:081");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj signed/sign/VERB/0/root "
                        "with/with/ADP/5/case Iran/Iran/PROPN/5/compound "
                        "radio/radio/NOUN/2/obl")),
            "IRQ>IRNRAD:081");
}

TEST_F(ImportedCoderTest, TextOrderSourceIsTheActorOfItsNounPhrase) {
  // "+ * IN $" for "Israel was seen to break in an anti- Iran parade": the
  // SOURCE's noun phrase starts at "anti", which hangs from "Iran".
  EXPECT_EQ(
      Code(Parsed("Israel/Israel/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass "
                  "seen/see/VERB/0/root to/to/PART/5/mark "
                  "break/break/VERB/3/xcomp in/in/ADP/5/compound:prt "
                  "an/a/DET/11/det anti/anti/X/10/obl:unmarked "
                  "-/-/PUNCT/8/punct Iran/Iran/PROPN/11/compound "
                  "parade/parade/NOUN/5/obj")),
      "IRN>ISR:075");
}

TEST_F(ImportedCoderTest, UnmarkedSecondaryPredicateIsInTheVerbPhrase) {
  // "Iraq rescheduled his mushroom hunting trip in Iran", "hunting" parsed
  // as an xcomp of "rescheduled": its phrase is PETRARCH's object.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj "
                        "rescheduled/reschedule/VERB/0/root "
                        "his/his/PRON/4/nmod:poss mushroom/mushroom/NOUN/2/obj "
                        "hunting/hunt/VERB/2/xcomp trip/trip/NOUN/5/obj "
                        "in/in/ADP/8/case Iran/Iran/PROPN/5/obl")),
            "IRQ>IRN:082");
}

TEST_F(ImportedCoderTest, ByPhraseUnderAnAdverbIsThePassiveAgent) {
  // "Iran was opposed earlier by Iraq", the by-phrase under "earlier".
  EXPECT_EQ(Code(Parsed("Iran/Iran/PROPN/3/nsubj:pass was/be/AUX/3/cop "
                        "opposed/oppose/VERB/0/root earlier/early/ADV/3/advmod "
                        "by/by/ADP/6/case Iraq/Iraq/PROPN/4/obl")),
            "IRQ>IRN:112");
}

TEST_F(ImportedCoderTest, PerfectParsedAsAModifierOfTheObject) {
  // "Iraq has broken relations with Iran", "broken" an amod of "relations",
  // the object of "has".
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj has/have/VERB/0/root "
                  "broken/break/VERB/4/amod relations/relation/NOUN/2/obj "
                  "with/with/ADP/6/case Iran/Iran/PROPN/4/nmod")),
      "IRQ>IRN:1717");
}

TEST_F(ImportedCoderTest, NounWithAuxiliaryAndSubjectIsAVerb) {
  // "Iraq will wire tap Iran" with "tap" tagged NOUN.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj will/will/AUX/4/aux "
                        "wire/wire/NOUN/4/compound tap/tap/NOUN/0/root "
                        "Iran/Iran/PROPN/4/obj")),
            "IRQ>IRN:1711");
}

TEST_F(ImportedCoderTest, SubjectParsedInsideAnOpeningClause) {
  // "Iraq's soldiers, in remarks published Monday, urged Iran", the subject
  // parsed as an obl of "published".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nmod:poss 's/'s/PART/1/case "
                        "soldiers/soldier/NOUN/7/obl ,/,/PUNCT/3/punct "
                        "in/in/ADP/6/case remarks/remark/NOUN/7/obl "
                        "published/publish/VERB/9/advcl ,/,/PUNCT/7/punct "
                        "urged/urge/VERB/0/root Iran/Iran/PROPN/9/obj")),
            "IRQMIL>IRN:102");
}

TEST_F(ImportedCoderTest, RootNounWithAnAdverbialClauseIsAVerb) {
  // "Iraq departs from Iran after crowds trashed its embassy" with
  // "departs" tagged NOUN, the root, "Iraq" a compound of it.
  Document doc = Parsed(
      "Iraq/Iraq/PROPN/2/compound departs/depart/NOUN/0/root "
      "from/from/ADP/4/case Iran/Iran/PROPN/2/nmod after/after/SCONJ/7/mark "
      "crowds/crowd/NOUN/7/nsubj trashed/trash/VERB/2/advcl "
      "its/its/PRON/9/nmod:poss embassy/embassy/NOUN/7/obj");
  EXPECT_EQ(Code(doc), "IRQ>IRN:032");
  // Without the clause it is a noun phrase ("Iraq departs from Iran").
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/compound departs/depart/NOUN/0/root "
                        "from/from/ADP/4/case Iran/Iran/PROPN/2/nmod")),
            "");
}

TEST_F(CoderTest, ACoordinatorInAPatternJoinsConjuncts) {
  // "Iraq mediated between Israel and Iran": `between TARGET and _`, the
  // "and" a `cc` of the second conjunct, not a dependent of the first.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj mediated/mediate/VERB/0/root "
                        "between/between/ADP/4/case Israel/Israel/PROPN/2/obl "
                        "and/and/CCONJ/6/cc Iran/Iran/PROPN/4/conj "
                        "././PUNCT/2/punct")),
            "IRQ>ISR:045, IRQ>IRN:045");
  // No conjunct: no match.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj mediated/mediate/VERB/0/root "
                        "between/between/ADP/4/case Israel/Israel/PROPN/2/obl "
                        "././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, APhraseHungOnADayBelongsToWhatTheDayModifies) {
  // "Iraq sent aid on Friday to Iran": "to Iran" parsed under "Friday".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                        "aid/aid/NOUN/2/obj on/on/ADP/5/case "
                        "Friday/Friday/PROPN/2/obl to/to/ADP/7/case "
                        "Iran/Iran/PROPN/5/nmod ././PUNCT/2/punct")),
            "IRQ>IRN:070");
}

TEST_F(CoderTest, OfTwoPatternsOfOneSizeFewerWildcardsWin) {
  // "Iraq and Iran agreed that the states should cooperate": `030 * that
  // $COOPERATE_V` over `019 * that _`, listed first.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj and/and/CCONJ/3/cc "
                        "Iran/Iran/PROPN/1/conj agreed/agree/VERB/0/root "
                        "that/that/SCONJ/8/mark states/state/NOUN/8/nsubj "
                        "should/should/AUX/8/aux "
                        "cooperate/cooperate/VERB/4/ccomp ././PUNCT/4/punct")),
            "IRQ>IRN:030, IRN>IRQ:030");
}

TEST_F(CoderTest, AnAdjectivalParticipleTaggedAsAVerb) {
  // "Iraq sent aid to neighboring Iran": "to" parsed as the mark of
  // "neighboring", "Iran" as its object.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                        "aid/aid/NOUN/2/obj to/to/ADP/5/mark "
                        "neighboring/neighbor/VERB/3/acl "
                        "Iran/Iran/PROPN/5/obj ././PUNCT/2/punct")),
            "IRQ>IRN:070");
}

TEST_F(CoderTest, ACompanyDeescalatesNoMilitaryEngagement) {
  // "An Iraqi company halted operations in Iran": no 087.
  EXPECT_EQ(Code(Parsed("An/a/DET/3/det Iraqi/Iraqi/ADJ/3/amod "
                        "company/company/NOUN/4/nsubj halted/halt/VERB/0/root "
                        "operations/operation/NOUN/4/obj in/in/ADP/7/case "
                        "Iran/Iran/PROPN/5/nmod ././PUNCT/4/punct")),
            "");
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/3/nsubj "
                        "halted/halt/VERB/0/root "
                        "operations/operation/NOUN/3/obj in/in/ADP/6/case "
                        "Iran/Iran/PROPN/4/nmod ././PUNCT/3/punct")),
            "IRQMIL>IRN:087");
}

TEST_F(CoderTest, RefugeesTakeTheCountryTheyFled) {
  // "Iraq sent aid to refugees fleeing Iran".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                        "aid/aid/NOUN/2/obj to/to/ADP/5/case "
                        "refugees/refugee/NOUN/3/nmod fleeing/flee/VERB/5/acl "
                        "Iran/Iran/PROPN/6/obj ././PUNCT/2/punct")),
            "IRQ>IRNREF:070");
  // "... fleeing the war in Iran", the place under the verb.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                  "aid/aid/NOUN/2/obj to/to/ADP/5/case "
                  "refugees/refugee/NOUN/3/nmod fleeing/flee/VERB/5/acl "
                  "the/the/DET/8/det war/war/NOUN/6/obj in/in/ADP/10/case "
                  "Iran/Iran/PROPN/6/obl ././PUNCT/2/punct")),
      "IRQ>IRNREF:070");
}

TEST_F(CoderTest, ACaseMarkerOnACompoundIsTheHeads) {
  // "Iraq allowed the return of Iranian weapons inspectors": "of" parsed as
  // the case of "weapons", a compound of "inspectors".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj allowed/allow/VERB/0/root "
                        "the/the/DET/4/det return/return/NOUN/2/obj "
                        "of/of/ADP/7/case Iranian/Iranian/ADJ/8/amod "
                        "weapons/weapon/NOUN/8/compound "
                        "inspectors/inspector/NOUN/4/nmod ././PUNCT/2/punct")),
            "IRQ>IRN:0833");
}

TEST_F(CoderTest, AFlatNameAfterAHeadThatIsNoActor) {
  // "Mr Sudani condemned Israel": the title the head, the name `flat`.
  EXPECT_EQ(Code(Parsed("Mr/Mr/PROPN/3/nsubj Sudani/Sudani/PROPN/1/flat "
                        "condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/3/obj ././PUNCT/3/punct")),
            "IRQGOV>ISR:111");
}

TEST_F(CoderTest, AParticipleParsedUnderANameIsTheVerbs) {
  // "Iraq wrote to Iran urging it ...": "urging" an advcl of "Iran".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj wrote/write/VERB/0/root "
                        "to/to/ADP/4/case Iran/Iran/PROPN/2/obl "
                        "urging/urge/VERB/4/advcl/VBG it/it/PRON/5/obj "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:020");
}

TEST_F(CoderTest, ADatelineParsedAsASubjectGivesWay) {
  // "BAGHDAD (Reuters) - Iran attacked Israel" in a second paragraph (no
  // document dateline): *BAGHDAD* and *Iran* both nsubj.
  EXPECT_EQ(Code(Parsed("BAGHDAD/Baghdad/PROPN/7/nsubj (/(/PUNCT/3/punct "
                        "Reuters/Reuters/PROPN/1/appos )/)/PUNCT/3/punct "
                        "-/-/PUNCT/7/punct Iran/Iran/PROPN/7/nsubj "
                        "attacked/attack/VERB/0/root "
                        "Israel/Israel/PROPN/7/obj ././PUNCT/7/punct")),
            "IRN>ISR:190");
  // "BAGHDAD (Reuters) - Iran on Sunday attacked Israel": *Iran* a
  // conjunct of the dateline, the day a second subject.
  EXPECT_EQ(Code(Parsed("BAGHDAD/Baghdad/PROPN/9/nsubj (/(/PUNCT/3/punct "
                        "Reuters/Reuters/PROPN/1/appos )/)/PUNCT/3/punct "
                        "-/-/PUNCT/6/punct Iran/Iran/PROPN/1/conj "
                        "on/on/ADP/9/mark Sunday/Sunday/PROPN/9/nsubj "
                        "attacked/attack/VERB/0/root "
                        "Israel/Israel/PROPN/9/obj ././PUNCT/9/punct")),
            "IRN>ISR:190");
}

TEST_F(CoderTest, ACapitalAsItsGovernmentIsNoOtherActor) {
  // "The Iraqi president condemned Baghdad": Baghdad is IRQ GOV, the
  // president's own side.
  EXPECT_EQ(Code(Parsed("The/the/DET/3/det Iraqi/Iraqi/ADJ/3/amod "
                        "president/president/NOUN/4/nsubj "
                        "condemned/condemn/VERB/0/root "
                        "Baghdad/Baghdad/PROPN/4/obj ././PUNCT/4/punct")),
            "");
}

TEST_F(CoderTest, TheToOfAnInfinitivalCopulaIsNoPreposition) {
  // "Iraq considers Iran to be an Israeli ally": no 014 aimed at Israel.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj "
                        "considers/consider/VERB/0/root "
                        "Iran/Iran/PROPN/2/obj to/to/PART/8/mark "
                        "be/be/AUX/8/cop an/a/DET/8/det "
                        "Israeli/Israeli/ADJ/8/amod ally/ally/NOUN/2/xcomp "
                        "././PUNCT/2/punct")),
            "");
}

TEST_F(CoderTest, OnBeforeADayIsTheDays) {
  // "Iraq denied on Friday charges by Iran": "on" parsed as the case of
  // "charges", "Friday" as its subject.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj denied/deny/VERB/0/root "
                        "on/on/ADP/5/case Friday/Friday/PROPN/5/nsubj "
                        "charges/charge/VERB/2/obl by/by/ADP/7/case "
                        "Iran/Iran/PROPN/5/obl ././PUNCT/2/punct")),
            "IRQ>IRN:016");
}

TEST_F(CoderTest, APlannedEventNounIsAnIntention) {
  // "Iraq's planned summit with Iran was postponed" -> 036, not 040.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/4/nmod:poss 's/'s/PART/1/case "
                  "planned/plan/VERB/4/amod summit/summit/NOUN/8/nsubj:pass "
                  "with/with/ADP/6/case Iran/Iran/PROPN/4/nmod "
                  "was/be/AUX/8/aux:pass postponed/postpone/VERB/0/root "
                  "././PUNCT/8/punct")),
      "IRQ>IRN:036");
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nmod:poss 's/'s/PART/1/case "
                        "summit/summit/NOUN/7/nsubj:pass "
                        "with/with/ADP/5/case Iran/Iran/PROPN/3/nmod "
                        "was/be/AUX/7/aux:pass postponed/postpone/VERB/0/root "
                        "././PUNCT/7/punct")),
            "IRQ>IRN:040");
}

TEST_F(CoderTest, ThatIsOptionalBeforeAComplementClause) {
  // "Iraq and Iran agreed there was a need ...": `* that _` without "that".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj and/and/CCONJ/3/cc "
                        "Iran/Iran/PROPN/1/conj agreed/agree/VERB/0/root "
                        "there/there/PRON/6/expl was/be/VERB/4/ccomp "
                        "a/a/DET/8/det need/need/NOUN/6/nsubj "
                        "././PUNCT/4/punct")),
            "IRQ>IRN:019, IRN>IRQ:019");
  // Not a noun parsed as the clause ("agreed Iran's regime had a pattern").
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj and/and/CCONJ/3/cc "
                        "Iran/Iran/PROPN/1/conj agreed/agree/VERB/0/root "
                        "a/a/DET/6/det pattern/pattern/NOUN/4/ccomp "
                        "././PUNCT/4/punct")),
            "");
}

TEST_F(CoderTest, ASecondSubjectAfterAndIsAConjunct) {
  // "Iraq and Iranian President X agreed there was ...": the second name
  // parsed as a second nsubj whose phrase starts with "and".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/5/nsubj and/and/CCONJ/4/cc "
                        "Iranian/Iranian/ADJ/4/amod "
                        "president/president/NOUN/5/nsubj "
                        "agreed/agree/VERB/0/root "
                        "there/there/PRON/7/expl was/be/VERB/5/ccomp "
                        "a/a/DET/9/det need/need/NOUN/7/nsubj "
                        "././PUNCT/5/punct")),
            "IRQ>IRNGOV:019, IRNGOV>IRQ:019");
}

TEST_F(CoderTest, ASumOfAidIsAQuantityAndNoTarget) {
  // "Iraq sent 5 million dollars of aid to Iran": the aid is reached
  // through the sum's "of" phrase.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                        "5/5/NUM/4/nummod million/million/NUM/5/nummod "
                        "dollars/dollar/NOUN/2/obj of/of/ADP/7/case "
                        "aid/aid/NOUN/5/nmod to/to/ADP/9/case "
                        "Iran/Iran/PROPN/7/nmod ././PUNCT/2/punct")),
            "IRQ>IRN:070");
  // "Iraq sent 5 million dollars of aid": the sum is not the recipient of
  // `* TARGET $AID`.
  std::string explain;
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                        "5/5/NUM/4/nummod million/million/NUM/5/nummod "
                        "dollars/dollar/NOUN/2/obj of/of/ADP/7/case "
                        "aid/aid/NOUN/5/nmod ././PUNCT/2/punct"),
                 &explain),
            "");
  EXPECT_EQ(explain.find("at 'dollars'"), std::string::npos) << explain;
}

TEST_F(CoderTest, APessimisticCommentAboutAClauseWithAPossessor) {
  // "Iraq is pessimistic about Israel's will to agree": "about" parsed as
  // the mark of "agree", "Israel's" its possessor before it.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/3/nsubj is/be/AUX/3/cop "
                  "pessimistic/pessimistic/ADJ/0/root "
                  "about/about/ADP/9/mark Israel/Israel/PROPN/9/nmod:poss "
                  "'s/'s/PART/5/case will/will/AUX/9/aux "
                  "to/to/PART/9/mark agree/agree/VERB/3/advcl "
                  "././PUNCT/3/punct")),
      "IRQ>ISR:012");
}

// Session 10: the coder read with the BiLSTM parser's trees.

TEST_F(CoderTest, AVerbConjoinedToTheObjectIsTheVerbsConjunct) {
  // "Iraq condemned Israel and attacked Iran", with "attacked" a conjunct
  // of the object "Israel".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj "
                        "condemned/condemn/VERB/0/root/VBD "
                        "Israel/Israel/PROPN/2/obj and/and/CCONJ/5/cc "
                        "attacked/attack/VERB/3/conj/VBD Iran/Iran/PROPN/5/obj "
                        "././PUNCT/2/punct")),
            "IRQ>ISR:111, IRQ>IRN:190");
}

TEST_F(CoderTest, AnIncludingNameOnATargetWithoutCountry) {
  // "Iraq condemned the military coalition, including Israel", with the
  // example phrase under "coalition" (whose "military" names no country).
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj condemned/condemn/VERB/0/root "
                        "the/the/DET/5/det military/military/NOUN/5/compound "
                        "coalition/coalition/NOUN/2/obj ,/,/PUNCT/8/punct "
                        "including/include/VERB/8/case "
                        "Israel/Israel/PROPN/5/nmod ././PUNCT/2/punct")),
            "IRQ>ISR:111");
}

TEST_F(CoderTest, AnIncludingPhraseNamesItsNoun) {
  // "Nations, including Iraq, condemned Israel": "including" is lemmatised
  // "include".
  EXPECT_EQ(Code(Parsed("Nations/nation/NOUN/6/nsubj ,/,/PUNCT/4/punct "
                        "including/include/VERB/4/case "
                        "Iraq/Iraq/PROPN/1/nmod ,/,/PUNCT/1/punct "
                        "condemned/condemn/VERB/0/root "
                        "Israel/Israel/PROPN/6/obj ././PUNCT/6/punct")),
            "IRQ>ISR:111");
}

TEST_F(CoderTest, AVerbParsedAsAModifierOfItsObjectAnApposition) {
  // "Iraqi troops on Monday attacked Iranian positions", with "attacked"
  // an amod of "positions", an apposition of the root "troops", and the
  // day between them.
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/0/root "
                        "on/on/ADP/4/case Monday/Monday/PROPN/2/nmod "
                        "attacked/attack/VERB/7/amod "
                        "Iranian/Iranian/ADJ/7/amod "
                        "positions/position/NOUN/2/appos ././PUNCT/2/punct")),
            "IRQMIL>IRN:190");
}

TEST_F(CoderTest, AVerbParsedAsAModifierOfItsObjectAConjunct) {
  // "Iraqi troops attacked Iranian positions, police said", with
  // "positions" a conjunct (no "and") of the subject "troops".
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/8/nsubj "
                        "attacked/attack/VERB/5/amod "
                        "Iranian/Iranian/ADJ/5/amod "
                        "positions/position/NOUN/2/conj ,/,/PUNCT/8/punct "
                        "police/police/NOUN/8/nsubj said/say/VERB/0/root "
                        "././PUNCT/8/punct")),
            "IRQMIL>IRN:190");
}

TEST_F(CoderTest, AnInfinitiveOfTheNounRootIsNoMainVerb) {
  // "Iraq on Monday rejected Iranian calls to condemn Israel", with
  // "rejected" an amod of the root "calls", which has the infinitive.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/6/nsubj on/on/ADP/3/case "
                        "Monday/Monday/PROPN/1/nmod "
                        "rejected/reject/VERB/6/amod "
                        "Iranian/Iranian/ADJ/6/amod calls/call/NOUN/0/root "
                        "to/to/PART/8/mark condemn/condemn/VERB/6/acl "
                        "Israel/Israel/PROPN/8/obj ././PUNCT/6/punct")),
            "IRQ>IRN:120");
}

TEST_F(CoderTest, AVerbAmodAfterItsNounIsItsVerb) {
  // "The Iraqi leader today condemned Israel", with "condemned" an amod of
  // the root "leader" before it.
  EXPECT_EQ(Code(Parsed("The/the/DET/3/det Iraqi/Iraqi/ADJ/3/amod "
                        "leader/leader/NOUN/0/root "
                        "today/today/NOUN/5/obl:unmarked "
                        "condemned/condemn/VERB/3/amod/VBD "
                        "Israel/Israel/PROPN/5/obj ././PUNCT/3/punct")),
            "IRQGOV>ISR:111");
}

TEST_F(CoderTest, ADayCompoundedToAVerbAfterOn) {
  // "Iraq on Monday attacked Iranian positions", with "on" a marker and
  // "Monday" a compound of "attacked", itself an amod of the object.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/0/root on/on/ADP/4/mark "
                        "Monday/Monday/PROPN/4/compound "
                        "attacked/attack/VERB/6/amod "
                        "Iranian/Iranian/ADJ/6/amod "
                        "positions/position/NOUN/1/nmod ././PUNCT/1/punct")),
            "IRQ>IRN:190");
}

TEST_F(CoderTest, ADayCompoundedToAWordTaggedVerbWithOn) {
  // "Iraq denied on Monday accusations by Iran", with "accusations" tagged
  // VERB, "on" its case and "Monday" its compound.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj denied/deny/VERB/0/root "
                        "on/on/ADP/5/case Monday/Monday/PROPN/5/compound "
                        "accusations/accusation/VERB/2/obl by/by/ADP/7/case "
                        "Iran/Iran/PROPN/5/nmod ././PUNCT/2/punct")),
            "IRQ>IRN:016");
}

TEST_F(CoderTest, AVerbParsedAsAModifierOfItsObjectWithNestedModifiers) {
  // "Iraqi troops attacked illegal Iranian positions", with "illegal" on
  // "Iranian" and "positions" an apposition of the root "troops".
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod troops/troops/NOUN/0/root "
                        "attacked/attack/VERB/6/amod "
                        "illegal/illegal/ADJ/5/amod "
                        "Iranian/Iranian/ADJ/6/amod "
                        "positions/position/NOUN/2/appos ././PUNCT/2/punct")),
            "IRQMIL>IRN:190");
}

TEST_F(CoderTest, AVerbAfterAndParsedAsAModifierOfItsObject) {
  // "Iraq condemned an attack by Iran and sent aid to Israel", with "sent"
  // an amod of "aid", itself an nmod of "attack" carrying the "and".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj "
                        "condemned/condemn/VERB/0/root an/a/DET/4/det "
                        "attack/attack/NOUN/2/obj by/by/ADP/6/case "
                        "Iran/Iran/PROPN/4/nmod and/and/CCONJ/9/cc "
                        "sent/send/VERB/9/amod/VBN aid/aid/NOUN/4/nmod "
                        "to/to/ADP/11/case Israel/Israel/PROPN/9/nmod "
                        "././PUNCT/2/punct")),
            "IRQ>ISR:070");
}

TEST_F(CoderTest, AConditionParsedAsParataxisNamesTheThreatened) {
  // "Iran threatened to secede unless Israel withdrew", with the condition
  // a parataxis of "threatened".
  EXPECT_EQ(
      Code(Parsed("Iran/Iran/PROPN/2/nsubj threatened/threaten/VERB/0/root "
                  "to/to/PART/4/mark secede/secede/VERB/2/xcomp "
                  "unless/unless/SCONJ/7/mark Israel/Israel/PROPN/7/nsubj "
                  "withdrew/withdraw/VERB/2/parataxis ././PUNCT/2/punct")),
      "IRN>ISR:1313");
}

TEST_F(ImportedCoderTest, ARootNounWithASubjectAndAnAdverbialClauseIsAVerb) {
  // "Iraq departs from Iran after crowds trashed its embassy" with
  // "departs" tagged NOUN, the root, "Iraq" its nsubj.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj departs/depart/NOUN/0/root "
                        "from/from/ADP/4/case Iran/Iran/PROPN/2/nmod "
                        "after/after/SCONJ/7/mark crowds/crowd/NOUN/7/nsubj "
                        "trashed/trash/VERB/2/advcl "
                        "its/its/PRON/9/nmod:poss embassy/embassy/NOUN/7/obj")),
            "IRQ>IRN:032");
}

TEST_F(ImportedCoderTest, AParticipleUnderHaveIsAPerfect) {
  // "Iraq has broken relations with Iran" with "has" tagged VERB (a verb
  // with patterns) and "broken" its xcomp.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj has/have/VERB/0/root "
                        "broken/break/VERB/2/xcomp/VBN "
                        "relations/relation/NOUN/3/obj with/with/ADP/6/case "
                        "Iran/Iran/PROPN/4/nmod ././PUNCT/2/punct")),
            "IRQ>IRN:1717");
}

TEST_F(ImportedCoderTest, AThatClauseParsedAsParataxisHoldsTheTarget) {
  // "Iraq expressed hopes that Iran could be drawn in", with the clause a
  // parataxis of "expressed".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj "
                        "expressed/express/VERB/0/root hopes/hope/NOUN/2/obj "
                        "that/that/SCONJ/8/mark Iran/Iran/PROPN/8/nsubj:pass "
                        "could/could/AUX/8/aux be/be/AUX/8/aux:pass "
                        "drawn/draw/VERB/2/parataxis in/in/ADV/8/advmod "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:024");
}

TEST_F(ImportedCoderTest, ACopularClausesNegationIsItsOwn) {
  // "Iraq allowed that Iran isn't really pleasant", with "n't" on the
  // adjective (as UD hangs it) that the pattern names.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj allowed/allow/VERB/0/root "
                        "that/that/SCONJ/8/mark Iran/Iran/PROPN/8/nsubj "
                        "is/be/AUX/8/cop n't/not/PART/8/advmod "
                        "really/really/ADV/8/advmod "
                        "pleasant/pleasant/ADJ/2/ccomp ././PUNCT/2/punct")),
            "IRQ>IRN:024");
}

TEST_F(CoderTest, AStativePassiveWithAPlainSubject) {
  // "Iraq is opposed to Israel", with "Iraq" a plain nsubj beside the
  // passive auxiliary.
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/3/nsubj is/be/AUX/3/aux:pass "
                        "opposed/oppose/VERB/0/root to/to/ADP/5/case "
                        "Israel/Israel/PROPN/3/obl ././PUNCT/3/punct")),
            "IRQ>ISR:110");
}

TEST_F(CoderTest, TheObjectParsedAsTheSubjectOfAnInfinitive) {
  // "Iraq wanted Iran to leave", with "Iran" the nsubj of "leave", an
  // advcl of "wanted".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj wanted/want/VERB/0/root "
                        "Iran/Iran/PROPN/5/nsubj to/to/PART/5/mark "
                        "leave/leave/VERB/2/advcl/VB ././PUNCT/2/punct")),
            "IRQ>IRN:020");
}

TEST_F(CoderTest, AnApproximatorParsedAsTheObjectsCase) {
  // "Iraq sent about 70 tons of aid to Iran", with "about" the case of
  // "tons".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                        "about/about/ADP/5/case 70/70/NUM/5/nummod "
                        "tons/ton/NOUN/2/obj of/of/ADP/7/case "
                        "aid/aid/NOUN/5/nmod to/to/ADP/9/case "
                        "Iran/Iran/PROPN/2/obl ././PUNCT/2/punct")),
            "IRQ>IRN:070");
}

TEST_F(CoderTest, ATitledNameConjoinedToAnAppositionJoinsItsTitle) {
  // "Iraqi leader Sudani and Israeli President Herzog condemned Iran",
  // with "Herzog" a conjunct of "Sudani", the apposition of "leader".
  EXPECT_EQ(Code(Parsed("Iraqi/Iraqi/ADJ/2/amod leader/leader/NOUN/8/nsubj "
                        "Sudani/Sudani/PROPN/2/appos and/and/CCONJ/7/cc "
                        "Israeli/Israeli/ADJ/6/amod "
                        "President/President/PROPN/7/nmod:desc "
                        "Herzog/Herzog/PROPN/3/conj "
                        "condemned/condemn/VERB/0/root Iran/Iran/PROPN/8/obj "
                        "././PUNCT/8/punct")),
            "IRQGOV>IRN:111, ISRGOV>IRN:111");
}

TEST_F(CoderTest, APhraseOnAMeasureObjectIsTheVerbs) {
  // "Iraq sent 70 tons of aid to Iran", with "to Iran" on "tons".
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                        "70/70/NUM/4/nummod tons/ton/NOUN/2/obj "
                        "of/of/ADP/6/case aid/aid/NOUN/4/nmod "
                        "to/to/ADP/8/case Iran/Iran/PROPN/4/nmod "
                        "././PUNCT/2/punct")),
            "IRQ>IRN:070");
}

TEST_F(CoderTest, AReportingVerbsSubjectParsedAsAnApposition) {
  // "Iraq sent aid to refugees fleeing the war in Iran, the UN said", with
  // "UN" an apposition of "war" and "said" without a subject.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                  "aid/aid/NOUN/2/obj to/to/ADP/5/case "
                  "refugees/refugee/NOUN/2/obl fleeing/flee/VERB/5/acl "
                  "the/the/DET/8/det war/war/NOUN/6/obj in/in/ADP/10/case "
                  "Iran/Iran/PROPN/8/nmod ,/,/PUNCT/13/punct "
                  "the/the/DET/13/det UN/UN/PROPN/8/appos "
                  "said/say/VERB/2/parataxis ././PUNCT/2/punct")),
      "IRQ>IRNREF:070");
}

TEST_F(CoderTest, TargetInAPhraseOfAPhraseOfTheObject) {
  // "Iraq threatened to deliver blows on ships to Israel": neither the
  // object nor its "on" phrase names an actor; the latter's "to" phrase
  // does.
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj threatened/threaten/VERB/0/root "
                  "to/to/PART/4/mark deliver/deliver/VERB/2/xcomp "
                  "blows/blow/NOUN/4/obj on/on/ADP/7/case "
                  "ships/ship/NOUN/5/nmod to/to/ADP/9/case "
                  "Israel/Israel/PROPN/7/nmod ././PUNCT/2/punct")),
      "IRQ>ISR:130");
}

}  // namespace
}  // namespace khaldun
