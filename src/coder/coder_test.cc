#include "khaldun/coder.h"

#include <gtest/gtest.h>

#include <sstream>

#include "khaldun/lexicon.h"

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
[actor] United Nations | UN
  role: - +UNO IGO
[verb] call
  020 * on TARGET
  100 * for TARGET
[verb] demand
  100 *
[synset] $AID
  aid | assistance
[verb] send
  070 * $AID to TARGET
[verb] threaten
  1313 * to secede
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
[verb] attack
  190 * TARGET
[verb] meet
  036 * with TARGET ; recip modal=keep
  036 * ; recip modal=keep
[verb] visit
  042 * TARGET ; modal=036
[noun] critic
  111 * of TARGET
[noun] strike
  190 SOURCE * on TARGET
)";

std::shared_ptr<const Lexicon> TestLexicon() {
  LexiconData data;
  std::vector<Diagnostic> diags;
  ReadLexText(kLexicon, "coder_test.lex", 0, &data, &diags);
  for (const Diagnostic& d : diags) ADD_FAILURE() << d.ToString();
  return Lexicon::Compile(std::move(data));
}

// Builds a parsed one-sentence document from "form/lemma/UPOS/head/deprel"
// items (heads 1-based, 0 = root), e.g. "Iraq/Iraq/PROPN/2/nsubj".
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
    EXPECT_EQ(f.size(), 5u) << item;
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

TEST_F(CoderTest, ReciprocalVerb) {
  EXPECT_EQ(Code(Parsed("Iraq/Iraq/PROPN/4/nsubj and/and/CCONJ/3/cc "
                        "Iran/Iran/PROPN/1/conj met/meet/VERB/0/root "
                        "././PUNCT/4/punct")),
            "IRQ>IRN:036, IRN>IRQ:036");
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

TEST_F(CoderTest, AWordClassMaySitInTheOfPhraseOfAQuantity) {
  // "Iraq sent tons of aid to Iran".
  EXPECT_EQ(
      Code(Parsed("Iraq/Iraq/PROPN/2/nsubj sent/send/VERB/0/root "
                  "tons/ton/NOUN/2/obj of/of/ADP/5/case aid/aid/NOUN/3/nmod "
                  "to/to/ADP/7/case Iran/Iran/PROPN/5/nmod "
                  "././PUNCT/2/punct")),
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

}  // namespace
}  // namespace khaldun
