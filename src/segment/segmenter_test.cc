#include "khaldun/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "segment/abbreviations.h"

namespace khaldun {
namespace {

// Words of one sentence, fused words joined by "|": "do|n't".
std::string Words(const Sentence& s) {
  std::string out;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    out += s.tokens[i].form;
    if (i + 1 < s.tokens.size()) out += s.tokens[i].fused_with_next ? "|" : " ";
  }
  return out;
}

std::vector<std::string> Tok(const std::string& text,
                             SegmenterOptions opts = {}) {
  Document doc;
  doc.text = text;
  Segmenter(opts).Segment(&doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.push_back(Words(s));
  return out;
}

std::string Tok1(const std::string& text, SegmenterOptions opts = {}) {
  std::string out;
  for (const std::string& s : Tok(text, opts)) {
    if (!out.empty()) out += " || ";
    out += s;
  }
  return out;
}

TEST(TokenizerTest, Clitics) {
  EXPECT_EQ(Tok1("I don't know"), "I do|n't know");
  EXPECT_EQ(Tok1("We can't, won't and cannot go"),
            "We ca|n't , wo|n't and can|not go");
  EXPECT_EQ(Tok1("Bush's plan, they're here, I'll go, I've, I'd, I'm"),
            "Bush|'s plan , they|'re here , I|'ll go , I|'ve , I|'d , I|'m");
  EXPECT_EQ(Tok1("gonna wanna gotta dont"), "gon|na wan|na got|ta do|nt");
  EXPECT_EQ(Tok1("Israel’s war didn’t end"), "Israel|’s war did|n’t end");
  EXPECT_EQ(Tok1("the Dems' plan"), "the Dems|' plan");
  EXPECT_EQ(Tok1("O'Brien rock'n'roll"), "O'Brien rock'n'roll");
}

TEST(TokenizerTest, ApostropheLessContractions) {
  EXPECT_EQ(Tok1("Im sure ive seen it, thats why I cant go and hes late"),
            "I|m sure i|ve seen it , that|s why I ca|nt go and he|s late");
  EXPECT_EQ(Tok1("youre right, theres more, whats up, get outta here"),
            "you|re right , there|s more , what|s up , get out|ta here");
  // "its" is it|s only before a word that cannot follow the possessive.
  EXPECT_EQ(Tok1("its a pity and its not over"),
            "it|s a pity and it|s not over");
  EXPECT_EQ(Tok1("The army and its own men, its very existence"),
            "The army and its own men , its very existence");
}

TEST(TokenizerTest, NormKeepsSpansIntoOriginal) {
  Document doc;
  doc.text = "Iraq’s “process” — ok… and ‘fine’ – done";
  Segmenter().Segment(&doc);
  ASSERT_EQ(doc.sentences.size(), 1u);
  std::vector<std::string> norms;
  for (const Token& t : doc.sentences[0].tokens) {
    EXPECT_EQ(t.form, doc.slice(t.span));
    norms.push_back(t.norm);
  }
  EXPECT_EQ(norms, (std::vector<std::string>{"Iraq", "'s", "\"", "process",
                                             "\"", "--", "ok", "...", "and",
                                             "'", "fine", "'", "-", "done"}));
  EXPECT_EQ(NormalizeToken("``"), "\"");
  EXPECT_EQ(NormalizeToken("''"), "\"");
  EXPECT_EQ(NormalizeToken("plain"), "plain");
}

TEST(TokenizerTest, HyphensWholeByDefaultSplitForEwt) {
  EXPECT_EQ(Tok1("al-Sudani and US-led, second-largest"),
            "al-Sudani and US-led , second-largest");
  SegmenterOptions ewt;
  ewt.split_hyphens = true;
  EXPECT_EQ(Tok1("al-Sudani and US-led e-mail non-human 713-853-3989", ewt),
            "al - Sudani and US - led e-mail non-human 713-853-3989");
}

TEST(TokenizerTest, NumbersUrlsEmailsAbbreviations) {
  EXPECT_EQ(Tok1("Some 2,000 troops paid $4.5 billion at 3:29 on 16/11/2004"),
            "Some 2,000 troops paid $ 4.5 billion at 3:29 on 16/11/2004");
  EXPECT_EQ(Tok1("See http://www.bbc.co.uk/news. Mail a.b@c.com now"),
            "See http://www.bbc.co.uk/news . || Mail a.b@c.com now");
  EXPECT_EQ(Tok1("Gen. Smith met Mr. Jones in the U.S. on Jan. 5"),
            "Gen. Smith met Mr. Jones in the U.S. on Jan. 5");
  EXPECT_EQ(Tok1("J. R. R. Tolkien, e.g. here"),
            "J. R. R. Tolkien , e.g. here");
  EXPECT_EQ(Tok1("US$5 and 50% at 5pm #3"), "US$ 5 and 50 % at 5 pm # 3");
  EXPECT_EQ(Tok1("wait... ok :) fine :-( ;)"), "wait ... ok :) fine :-( ;)");
  EXPECT_EQ(Tok1("(CNN) said \"no\""), "( CNN ) said \" no \"");
}

TEST(TokenizerTest, SentenceFinalAbbreviationGivesUpPeriod) {
  // EWT: "U.S" "." at the end of a sentence.
  EXPECT_EQ(Tok1("He went to the U.S. The trip was long."),
            "He went to the U.S . || The trip was long .");
  EXPECT_EQ(Tok1("He works for Acme Inc."), "He works for Acme Inc .");
  Document doc;
  doc.text = "to the U.S.";
  Segmenter().Segment(&doc);
  const auto& toks = doc.sentences.at(0).tokens;
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[2].form, "U.S");
  EXPECT_FALSE(toks[2].space_after);
  EXPECT_EQ(toks[3].form, ".");
}

TEST(SplitterTest, AbbreviationsInitialsDecimalsQuotes) {
  EXPECT_EQ(Tok("Gen. Smith arrived. He spoke.").size(), 2u);
  EXPECT_EQ(Tok("Growth was 2.5 percent. It fell.").size(), 2u);
  EXPECT_EQ(Tok("George W. Bush spoke in Washington D.C. today.").size(), 1u);
  EXPECT_EQ(Tok1("He said: \"We will go.\" Then he left."),
            "He said : \" We will go . \" || Then he left .");
  EXPECT_EQ(Tok1("“We will go.” Then he left."),
            "“ We will go . ” || Then he left .");
  EXPECT_EQ(Tok1("Wait... What happened? Nothing!"),
            "Wait ... || What happened ? || Nothing !");
  EXPECT_EQ(Tok("It rose... and fell.").size(), 1u);
  EXPECT_EQ(Tok("(This is quoted.) Next one.").size(), 2u);
}

TEST(SplitterTest, HeadingsAndBlankLines) {
  Document doc;
  doc.text =
      "US Strikes on Iraq\nThe strikes began. They ended.\n\nNew paragraph "
      "without end\n\nLast one.";
  Segmenter().Segment(&doc);
  ASSERT_EQ(doc.sentences.size(), 5u);
  EXPECT_TRUE(doc.sentences[0].is_heading);
  EXPECT_EQ(doc.slice(doc.sentences[0].span), "US Strikes on Iraq");
  EXPECT_FALSE(doc.sentences[1].is_heading);
  EXPECT_FALSE(doc.sentences[2].is_heading);
  EXPECT_TRUE(doc.sentences[3].is_heading);
  EXPECT_FALSE(doc.sentences[4].is_heading);
}

TEST(SplitterTest, HardWrappedTextJoinsLines) {
  Document doc;
  doc.text =
      "The company said it would raise its\n"
      "dividend next year, and analysts\n"
      "expected more cuts in the coming\n"
      "months. Shares rose.\n";
  Segmenter().Segment(&doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_FALSE(doc.sentences[0].is_heading);
}

TEST(SplitterTest, EmailHeadersWithoutPunctuation) {
  EXPECT_EQ(Tok("Kay Mann 04/26/2001 07:17 AM Will you send it?").size(), 3u);
  EXPECT_EQ(Tok("Thanks, Sean").size(), 2u);
}

TEST(SplitterTest, EmoticonAfterFinalPunctuationStaysInSentence) {
  EXPECT_EQ(Tok1("I love her. :) We met."), "I love her . :) || We met .");
  EXPECT_EQ(Tok1("Join us!!!! :-)"), "Join us !!!! :-)");
  // Not across a line break.
  EXPECT_EQ(Tok("I love her.\n:) We met.").size(), 3u);
}

TEST(SplitterTest, AngleBracketedAddressEndsHeader) {
  EXPECT_EQ(Tok1("Email: Ann Lee <ann@x.com> Today's Article"),
            "Email : Ann Lee < ann@x.com > || Today|'s Article");
  EXPECT_EQ(Tok("\"Les Spahn\" <les@hnks.com> 02/13/2001 08:02 PM").size(), 2u);
  EXPECT_EQ(Tok("Write to <ann@x.com> or call.").size(), 1u);
}

TEST(SplitterTest, PunctuationAfterFinalPunctuationStaysInSentence) {
  EXPECT_EQ(Tok1("I will need a rest (and sleep!). Then we go."),
            "I will need a rest ( and sleep ! ) . || Then we go .");
  EXPECT_EQ(Tok1("Thanks for the heads up. ? The address is below."),
            "Thanks for the heads up . ? || The address is below .");
}

TEST(SplitterTest, ListNumberIsNoSentence) {
  EXPECT_EQ(
      Tok1("See below. 1. The pricing is fixed. 2. The date is not."),
      "See below . || 1 . The pricing is fixed . || 2 . The date is not .");
  EXPECT_EQ(Tok("* 3. The third aspect is money.").size(), 1u);
  // Not a list number: more than two digits, or not at a sentence start.
  EXPECT_EQ(Tok("It was 1999. 100. The end.").size(), 3u);
  EXPECT_EQ(Tok("Seats 1-4. Their schedule is full.").size(), 2u);
}

TEST(TokenizerTest, QuestionMarkGluedToPeriodOrColon) {
  EXPECT_EQ(Tok1("It is in Word format.? Thanks"),
            "It is in Word format .? || Thanks");
  EXPECT_EQ(Tok1("Direct Dial:? 203.961.7523"), "Direct Dial :? 203.961.7523");
}

TEST(TokenizerTest, ThousandsMillionsBillionsSplitFromNumber) {
  EXPECT_EQ(Tok1("paid 65k or 10K, not 50m or 3bn"),
            "paid 65 k or 10 K , not 50 m or 3 bn");
  EXPECT_EQ(Tok1("3M and the 2nd MP3"), "3M and the 2nd MP3");
}

TEST(TokenizerTest, TwoCurlySingleQuotesAreOneToken) {
  EXPECT_EQ(Tok1("‘’Should we go?’’ he asked."),
            "‘’ Should we go ? ’’ he asked .");
  EXPECT_EQ(NormalizeToken("‘’"), "\"");
  EXPECT_EQ(NormalizeToken("’’"), "\"");
  EXPECT_EQ(Tok1("the Dems’ plan"), "the Dems|’ plan");
}

TEST(TokenizerTest, InternalMailAddressIsOneToken) {
  EXPECT_EQ(Tok1("Copy to Sara Shackleton, Rice@ENRON"),
            "Copy to Sara Shackleton , Rice@ENRON");
  EXPECT_EQ(Tok1("meet @ 5"), "meet @ 5");
}

TEST(SplitterTest, QuotedQuestionBeforeLowerCaseContinues) {
  EXPECT_EQ(Tok("\"Why are we here?\" he asked. Nobody knew.").size(), 2u);
  EXPECT_EQ(Tok("\"Welcome!\" to all of you.").size(), 1u);
  // Without the quote, a lower-case word after "?" still starts a sentence
  // (web text).
  EXPECT_EQ(Tok("Any ideas? thanks").size(), 2u);
}

TEST(TokenizerTest, FileExtensionAfterBracket) {
  EXPECT_EQ(Tok1("See Constellation Power (GISB draft).doc now"),
            "See Constellation Power ( GISB draft ) .doc now");
  EXPECT_EQ(Tok("He left (at last).Then we ate.").size(), 2u);
}

TEST(TokenizerTest, EwtHyphenPrefixes) {
  SegmenterOptions ewt;
  ewt.split_hyphens = true;
  EXPECT_EQ(Tok1("x-rays and neo-conservative", ewt),
            "x - rays and neo-conservative");
}

TEST(TokenizerTest, DollarRunsAndMixedSeparators) {
  EXPECT_EQ(Tok1("It costs $$$ and $5"), "It costs $$$ and $ 5");
  EXPECT_EQ(Tok1("----== Posted ==---- a -- b = c"),
            "----== Posted ==---- a -- b = c");
}

TEST(SplitterTest, TimeZoneAfterTimeOfDay) {
  EXPECT_EQ(Tok("The call is at 10:00 AM CST the place is EB 3143C").size(),
            1u);
  EXPECT_EQ(Tok("Kay Mann 04/26/2001 07:17 AM Will you send it?").size(), 3u);
}

TEST(SplitterTest, OpeningEllipsisIsNoSentence) {
  EXPECT_EQ(Tok1("You won! ... Now comes the fun part."),
            "You won ! || ... Now comes the fun part .");
}

TEST(SplitterTest, DashGreetingIsOneTitleCaseWord) {
  EXPECT_EQ(Tok("Vince - Thanks for the note.").size(), 2u);
  EXPECT_EQ(Tok("Good Service - Limited Results").size(), 1u);
  EXPECT_EQ(Tok("FYI - See rows 49-53.").size(), 1u);
}

TEST(SplitterTest, EmailAbbreviations) {
  EXPECT_EQ(Tok("PS. Love the new website!").size(), 1u);
  EXPECT_EQ(Tok("Attn. GCP London: there is a new product.").size(), 1u);
}

TEST(SplitterTest, ListOfLinks) {
  EXPECT_EQ(Tok1("http://a.com/x.html http://b.org/y.html"),
            "http://a.com/x.html || http://b.org/y.html");
}

TEST(TokenizerTest, YahooAndPostScript) {
  EXPECT_EQ(Tok1("Google is not as popular as Yahoo! and AOL."),
            "Google is not as popular as Yahoo! and AOL .");
  EXPECT_EQ(Tok("P.S. I am moving back to Calgary.").size(), 1u);
  EXPECT_EQ(Tok("We love it!! Yahoo!! Then we left.").size(), 3u);
}

TEST(SplitterTest, AttachmentNoteEndsBeforeCapital) {
  EXPECT_EQ(Tok1("<< File: budget.xls >> Please review it."),
            "<< File : budget.xls >> || Please review it .");
  EXPECT_EQ(Tok("a >> b and C").size(), 1u);
}

TEST(SplitterTest, EtcBeforePronounI) {
  EXPECT_EQ(Tok("We sell lamps, chairs, etc. I think they are good.").size(),
            2u);
  EXPECT_EQ(Tok("We sell lamps, etc. A few are cheap.").size(), 1u);
}

TEST(SplitterTest, TwoWordSignOff) {
  EXPECT_EQ(Tok1("Warm regards, Bill Gottlieb"),
            "Warm regards , || Bill Gottlieb");
  EXPECT_EQ(Tok("Best wishes, Ann").size(), 2u);
  EXPECT_EQ(Tok("Many thanks, Jeff Garten").size(), 2u);
  EXPECT_EQ(Tok("Respectfully, Danny Jones").size(), 2u);
  EXPECT_EQ(Tok("He sent his regards, but Ann did not.").size(), 1u);
}

TEST(DatelineTest, RecognisedAndNotGlued) {
  struct Case {
    std::string text, place, agency, first_word;
  };
  std::vector<Case> cases = {
      {"BAGHDAD: Iraq said.", "BAGHDAD", "", "Iraq"},
      {"NEW YORK (Reuters) - Stocks fell.", "NEW YORK", "Reuters", "Stocks"},
      {"WASHINGTON, Jan 5 (Reuters) - The US said.", "WASHINGTON", "Reuters",
       "The"},
      {"AP - Police said.", "", "AP", "Police"},
      {"LONDON — Britain said.", "LONDON", "", "Britain"},
      {"Washington (CNN) -- The House voted.", "Washington", "CNN", "The"},
      {"Headline here\nCAIRO, Jan. 5 (AFP) - Egypt said.", "CAIRO", "AFP",
       "Headline"},
  };
  for (const Case& c : cases) {
    Document doc;
    doc.text = c.text;
    Segmenter().Segment(&doc);
    EXPECT_TRUE(doc.dateline.present()) << c.text;
    EXPECT_EQ(doc.dateline.place, c.place) << c.text;
    EXPECT_EQ(doc.dateline.agency, c.agency) << c.text;
    if (!c.place.empty()) {
      EXPECT_EQ(doc.slice(doc.dateline.place_span), c.place);
    }
    ASSERT_FALSE(doc.sentences.empty()) << c.text;
    EXPECT_EQ(doc.sentences[0].tokens[0].form, c.first_word) << c.text;
    for (const Sentence& s : doc.sentences)
      EXPECT_GE(s.span.begin >= doc.dateline.span.end ||
                    s.span.end <= doc.dateline.span.begin,
                true);
  }
}

TEST(DatelineTest, NotADateline) {
  for (const char* text :
       {"NOTE: this is a note.", "Hello: world.", "The U.S. - said it.",
        "I - for one - agree.", "UPDATE: more soon."}) {
    Document doc;
    doc.text = text;
    Segmenter().Segment(&doc);
    EXPECT_FALSE(doc.dateline.present()) << text;
  }
}

TEST(SegmenterTest, InvalidUtf8AndOddInputNeverCrash) {
  std::string bad = "Caf\xC3 \xFF\xFE ok. \xE2\x80 end\xF0\x9F";
  Document doc;
  doc.text = bad;
  Segmenter().Segment(&doc);
  size_t n = 0;
  for (const Sentence& s : doc.sentences)
    for (const Token& t : s.tokens) {
      EXPECT_EQ(t.form, doc.slice(t.span));
      EXPECT_LE(t.span.end, doc.text.size());
      ++n;
    }
  EXPECT_GT(n, 3u);
  // Every byte sequence of length <= 2 over a small alphabet.
  const std::string alphabet = std::string("a.\n '\"") + "\xE2\x80\x99\xC3";
  for (char a : alphabet)
    for (char b : alphabet) {
      Document d;
      d.text = std::string(1, a) + b;
      Segmenter().Segment(&d);
    }
  Document empty;
  Segmenter().Segment(&empty);
  EXPECT_TRUE(empty.sentences.empty());
}

TEST(SegmenterTest, RandomBytesKeepInvariants) {
  // Deterministic pseudo-random texts over an alphabet rich in the
  // characters the rules look at, plus arbitrary bytes.
  const std::string alphabet = std::string("aZ9.,;:'\"()-!?$@/&#*<> \n\n\t") +
                               "\xE2\x80\x99\xE2\x80\x9C" + "\xC3\xA9\xFF\x80";
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return state >> 16;
  };
  for (int iter = 0; iter < 3000; ++iter) {
    Document doc;
    size_t len = next() % 80;
    for (size_t i = 0; i < len; ++i) {
      doc.text += (next() % 8 == 0) ? static_cast<char>(next() & 0xFF)
                                    : alphabet[next() % alphabet.size()];
    }
    Segmenter(iter % 2 ? SegmenterOptions{}
                       : SegmenterOptions{true, true, true})
        .Segment(&doc);
    uint32_t prev_end = 0;
    for (const Sentence& s : doc.sentences) {
      ASSERT_FALSE(s.tokens.empty());
      EXPECT_EQ(s.span.begin, s.tokens.front().span.begin);
      EXPECT_EQ(s.span.end, s.tokens.back().span.end);
      for (const Token& t : s.tokens) {
        ASSERT_LE(t.span.end, doc.text.size());
        ASSERT_LT(t.span.begin, t.span.end);
        ASSERT_GE(t.span.begin, prev_end);
        EXPECT_EQ(t.form, doc.slice(t.span));
        EXPECT_FALSE(t.norm.empty());
        prev_end = t.span.end;
      }
    }
    if (doc.dateline.present()) {
      EXPECT_LE(doc.dateline.span.end, doc.text.size());
    }
  }
}

TEST(SegmenterTest, SpacesAfterAndSpans) {
  Document doc;
  doc.text = "Hi there.  Bye";
  Segmenter().Segment(&doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  const auto& t = doc.sentences[0].tokens;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_TRUE(t[0].space_after);
  EXPECT_FALSE(t[1].space_after);
  EXPECT_TRUE(t[2].space_after);
  EXPECT_EQ(doc.sentences[1].span, (Span{11, 14}));
  EXPECT_FALSE(doc.sentences[1].tokens[0].space_after);
}

TEST(SegmenterTest, TokenizeKnownSentence) {
  std::string text = "xx They didn't go. yy";
  std::vector<Token> toks;
  Segmenter().Tokenize(text, Span{3, 18}, &toks);
  std::vector<std::string> forms;
  for (const Token& t : toks) forms.emplace_back(t.form);
  EXPECT_EQ(forms, (std::vector<std::string>{"They", "did", "n't", "go", "."}));
  EXPECT_TRUE(toks[1].fused_with_next);
  EXPECT_EQ(toks[0].span, (Span{3, 7}));
}

TEST(SegmenterTest, ConcurrentUseGivesSameResult) {
  Segmenter seg;
  std::string text;
  for (int i = 0; i < 200; ++i)
    text +=
        "Gen. Smith's troops didn't enter al-Qaim on Jan. 5. They waited.\n";
  Document ref;
  ref.text = text;
  seg.Segment(&ref);
  std::vector<std::thread> threads;
  std::vector<size_t> counts(4);
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      Document d;
      d.text = text;
      seg.Segment(&d);
      size_t n = 0;
      for (const Sentence& s : d.sentences) n += s.tokens.size();
      counts[k] = n;
    });
  for (auto& t : threads) t.join();
  size_t n = 0;
  for (const Sentence& s : ref.sentences) n += s.tokens.size();
  for (size_t c : counts) EXPECT_EQ(c, n);
  EXPECT_EQ(ref.sentences.size(), 400u);
}

TEST(AbbreviationsTest, TablesSortedAndLookups) {
  EXPECT_TRUE(segment::AbbreviationTablesSorted());
  EXPECT_EQ(segment::LookupAbbreviation("Gen"), segment::AbbrevKind::kTitle);
  EXPECT_EQ(segment::LookupAbbreviation("Jan"), segment::AbbrevKind::kMonth);
  EXPECT_EQ(segment::LookupAbbreviation("Inc"), segment::AbbrevKind::kOther);
  EXPECT_EQ(segment::LookupAbbreviation("house"), segment::AbbrevKind::kNone);
  EXPECT_TRUE(segment::IsSentenceStarter("The"));
  EXPECT_FALSE(segment::IsSentenceStarter("Senate"));
}

}  // namespace
}  // namespace khaldun
