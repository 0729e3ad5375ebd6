#include "io/conllu.h"

#include <gtest/gtest.h>

#include <fstream>

#include "testing.h"

namespace khaldun {
namespace {

// Two documents; the first has two paragraphs, an MWT with SpaceAfter=No and
// an empty node; the second has a sentence-final SpaceAfter=No.
constexpr char kSample[] =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# newpar id = p1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "# newpar id = p2\n"
    "1\tIt's\t_\t_\t_\t_\t_\t_\t_\t_\n"  // not an MWT: a bad line below
    "\n"
    "# sent_id = s3\n"
    "1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "1\tIt\tit\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2\t's\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
    "3\t!\t!\tPUNCT\t.\t_\t0\troot\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "# sent_id = s4\n"
    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
    "\n"
    "# sent_id = s5\n"
    "1\tthere\tthere\tADV\tRB\t_\t0\troot\t_\t_\n"
    "\n";

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::khaldun::testing::TempDir() + "/" + name;
  std::ofstream f(path);
  f << content;
  return path;
}

TEST(ConlluTest, ReadsDocumentsMwtsAndSpacing) {
  // Sentence s2 has a line with 10 columns but a valid shape; make it bad by
  // giving it too few columns.
  std::string sample = kSample;
  std::string bad = "1\tIt's\t_\t_\t_\t_\t_\t_\t_\t_\n";
  sample.replace(sample.find(bad), bad.size(), "1\tIt's\t_\t_\n");
  std::string path = WriteTemp("sample.conllu", sample);
  std::unique_ptr<ConlluReader> r;
  ASSERT_TRUE(ConlluReader::Open(path, true, &r).ok());

  Document d;
  Status s = r->Next(&d);
  // The malformed sentence s2 is reported first (file:line), then the rest.
  ASSERT_EQ(s.code(), Status::Code::kInvalidArgument) << s.ToString();
  EXPECT_NE(s.message().find("sample.conllu:15:"), std::string::npos)
      << s.message();
  ASSERT_TRUE(r->Next(&d).ok());
  EXPECT_EQ(d.id, "d1");
  EXPECT_EQ(d.text, "I don't know.\n\nIt's!");
  ASSERT_EQ(d.sentences.size(), 2u);
  const Sentence& s1 = d.sentences[0];
  EXPECT_EQ(s1.id, "s1");
  EXPECT_TRUE(s1.tagged);
  EXPECT_TRUE(s1.parsed);
  ASSERT_EQ(s1.tokens.size(), 5u);  // empty node skipped
  EXPECT_EQ(s1.tokens[1].form, "do");
  EXPECT_EQ(s1.tokens[2].form, "n't");
  EXPECT_TRUE(s1.tokens[1].fused_with_next);
  EXPECT_FALSE(s1.tokens[2].fused_with_next);
  EXPECT_FALSE(s1.tokens[1].space_after);
  EXPECT_TRUE(s1.tokens[2].space_after);
  EXPECT_FALSE(s1.tokens[3].space_after);
  EXPECT_EQ(s1.tokens[2].lemma, "not");
  EXPECT_EQ(s1.tokens[2].upos, UPos::kPART);
  EXPECT_EQ(s1.tokens[2].xpos, "RB");
  EXPECT_EQ(s1.tokens[0].feats, "Case=Nom");
  EXPECT_EQ(s1.tokens[2].feats, "");
  EXPECT_EQ(s1.tokens[0].head, 3);
  EXPECT_EQ(s1.tokens[3].head, -1);
  EXPECT_EQ(s1.tokens[3].deprel, "root");
  EXPECT_EQ(d.slice(s1.span), "I don't know.");
  for (const Sentence& sent : d.sentences)
    for (const Token& t : sent.tokens)
      EXPECT_EQ(t.form, d.text.substr(t.span.begin, t.span.size()));
  EXPECT_EQ(d.sentences[1].id, "s3");
  EXPECT_FALSE(d.sentences[1].tokens[1].space_after);

  ASSERT_TRUE(r->Next(&d).ok());
  EXPECT_EQ(d.id, "d2");
  EXPECT_EQ(d.text, "Hithere");  // SpaceAfter=No at the sentence end
  EXPECT_TRUE(r->Next(&d).IsEndOfInput());
  EXPECT_EQ(r->errors(), 1);
}

TEST(ConlluTest, RoundTrip) {
  std::string path = WriteTemp("rt.conllu", kSample);
  std::unique_ptr<ConlluReader> r;
  ASSERT_TRUE(ConlluReader::Open(path, true, &r).ok());
  std::string out;
  Document d;
  std::vector<Document> docs;
  for (Status s; !(s = r->Next(&d)).IsEndOfInput();) {
    if (s.ok()) docs.push_back(d);
  }
  ASSERT_EQ(docs.size(), 2u);
  for (const Document& doc : docs) WriteConllu(doc, &out);
  EXPECT_NE(out.find("2-3\tdon't\t_"), std::string::npos) << out;
  EXPECT_NE(out.find("# text = I don't know.\n"), std::string::npos);
  EXPECT_NE(out.find("# newpar\n# sent_id = s2\n"), std::string::npos) << out;
  EXPECT_NE(out.find("4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No"),
            std::string::npos);
  EXPECT_NE(out.find("1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                     "1\tIt\tit\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"),
            std::string::npos)
      << out;

  // Reading what was written gives the same documents and the same output.
  std::string path2 = WriteTemp("rt2.conllu", out);
  ASSERT_TRUE(ConlluReader::Open(path2, true, &r).ok());
  std::string out2;
  std::vector<Document> docs2;
  for (Status s; !(s = r->Next(&d)).IsEndOfInput();) {
    ASSERT_TRUE(s.ok()) << s.ToString();
    docs2.push_back(d);
  }
  ASSERT_EQ(docs2.size(), docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(docs2[i].text, docs[i].text);
    EXPECT_EQ(docs2[i].id, docs[i].id);
    WriteConllu(docs2[i], &out2);
  }
  EXPECT_EQ(out2, out);
}

TEST(ConlluTest, WholeFileAsOneDocumentAndUnfilledColumns) {
  std::string path = WriteTemp("plain.conllu",
                               "1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n"
                               "\n"
                               "# newdoc id = x\n"
                               "1\tWorld\t_\t_\t_\t_\t_\t_\t_\t_\n");
  std::unique_ptr<ConlluReader> r;
  ASSERT_TRUE(ConlluReader::Open(path, false, &r).ok());
  Document d;
  ASSERT_TRUE(r->Next(&d).ok());
  EXPECT_EQ(d.id, "plain");
  EXPECT_EQ(d.text, "Hello\n\nWorld");
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_FALSE(d.sentences[0].tagged);
  EXPECT_FALSE(d.sentences[0].parsed);
  EXPECT_TRUE(r->Next(&d).IsEndOfInput());
  std::string out;
  WriteConllu(d, &out);
  EXPECT_NE(out.find("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n"), std::string::npos)
      << out;
}

TEST(ConlluTest, BadHeadAndSequenceAreReported) {
  std::string path = WriteTemp("bad.conllu",
                               "1\ta\ta\tX\t_\t_\t5\tdep\t_\t_\n"
                               "\n"
                               "1\tb\tb\tX\t_\t_\t0\troot\t_\t_\n"
                               "3\tc\tc\tX\t_\t_\t1\tdep\t_\t_\n"
                               "\n"
                               "1\tok\tok\tFOO\t_\t_\t0\troot\t_\t_\n"
                               "\n"
                               "1\tfine\tfine\tADJ\t_\t_\t0\troot\t_\t_\n");
  std::unique_ptr<ConlluReader> r;
  ASSERT_TRUE(ConlluReader::Open(path, true, &r).ok());
  Document d;
  Status s = r->Next(&d);
  EXPECT_NE(s.message().find("HEAD 5"), std::string::npos) << s.message();
  s = r->Next(&d);
  EXPECT_NE(s.message().find("bad.conllu:4: word id 3 out of sequence"),
            std::string::npos)
      << s.message();
  s = r->Next(&d);
  EXPECT_NE(s.message().find("bad.conllu:6: unknown UPOS"), std::string::npos)
      << s.message();
  ASSERT_TRUE(r->Next(&d).ok());
  ASSERT_EQ(d.sentences.size(), 1u);
  EXPECT_EQ(d.sentences[0].tokens[0].form, "fine");
  EXPECT_EQ(r->errors(), 3);
}

}  // namespace
}  // namespace khaldun
