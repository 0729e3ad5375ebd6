#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "khaldun/reader.h"
#include "testing.h"

namespace khaldun {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::khaldun::testing::TempDir() + "/" + name;
  std::ofstream f(path, std::ios::binary);
  f << content;
  return path;
}

// Reads everything; records documents, error messages and warnings.
struct ReadResult {
  std::vector<Document> docs;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
  InputFormat format = InputFormat::kAuto;
};

ReadResult ReadAll(const std::string& path, ReaderOptions opts = {}) {
  ReadResult r;
  opts.warn = [&r](const std::string& w) { r.warnings.push_back(w); };
  std::unique_ptr<DocumentReader> reader;
  Status s = DocumentReader::Open(path, opts, &reader);
  EXPECT_TRUE(s.ok()) << s.ToString();
  if (!s.ok()) return r;
  r.format = reader->format();
  Document doc;
  int guard = 0;
  while (!(s = reader->Next(&doc)).IsEndOfInput() && ++guard < 100000) {
    if (s.ok()) {
      r.docs.push_back(doc);
    } else {
      EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << s.ToString();
      r.errors.push_back(s.message());
    }
  }
  EXPECT_EQ(reader->errors(), static_cast<int>(r.errors.size()));
  return r;
}

TEST(InputFormat, ParseAndName) {
  InputFormat f;
  ASSERT_TRUE(ParseInputFormat("xml", &f));
  EXPECT_EQ(f, InputFormat::kPetrarchXml);
  ASSERT_TRUE(ParseInputFormat("jsonl", &f));
  EXPECT_EQ(InputFormatName(f), "jsonl");
  EXPECT_FALSE(ParseInputFormat("pdf", &f));
}

TEST(InputFormat, Detection) {
  EXPECT_EQ(FormatFromExtension("a/b.JSONL"), InputFormat::kJsonl);
  EXPECT_EQ(FormatFromExtension("x.conllu"), InputFormat::kConllu);
  EXPECT_EQ(FormatFromExtension("x.xml"), InputFormat::kPetrarchXml);
  EXPECT_EQ(FormatFromExtension("notes.txt"), InputFormat::kText);
  EXPECT_EQ(FormatFromExtension("README"), InputFormat::kAuto);
  EXPECT_EQ(FormatFromExtension("dir.d/file"), InputFormat::kAuto);
  EXPECT_EQ(FormatFromContent("  \n{\"text\": 1}"), InputFormat::kJsonl);
  EXPECT_EQ(FormatFromContent("<Sentences>"), InputFormat::kPetrarchXml);
  EXPECT_EQ(FormatFromContent("# newdoc id = a\n"), InputFormat::kConllu);
  EXPECT_EQ(FormatFromContent("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"),
            InputFormat::kConllu);
  EXPECT_EQ(FormatFromContent("2 killed in attack\n"), InputFormat::kText);
  EXPECT_EQ(FormatFromContent("# Heading\nText."), InputFormat::kText);
}

TEST(TextReader, OneDocumentPerFile) {
  std::string path = WriteTemp("article_one.txt",
                               "\xEF\xBB\xBFHeadline\n\nBAGHDAD: Body text.\n");
  ReaderOptions opts;
  ASSERT_TRUE(Date::Parse("2024-01-10", &opts.default_date));
  ReadResult r = ReadAll(path, opts);
  EXPECT_EQ(r.format, InputFormat::kText);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "article_one");
  EXPECT_EQ(r.docs[0].text, "Headline\n\nBAGHDAD: Body text.\n");  // no BOM
  EXPECT_EQ(r.docs[0].date.ToString(), "2024-01-10");
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(TextReader, DateUnknownWithoutOption) {
  ReadResult r = ReadAll(WriteTemp("nodate.txt", "Text."));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_FALSE(r.docs[0].date.known());
}

TEST(TextReader, InvalidUtf8IsReplacedWithWarning) {
  std::string path = WriteTemp("latin1.txt", "line one\nline two caf\xE9\n");
  ReadResult r = ReadAll(path);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "line one\nline two caf\xEF\xBF\xBD\n");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find(path + ":2: warning: invalid UTF-8"),
            std::string::npos)
      << r.warnings[0];
}

TEST(Reader, MissingFileFailsAtOpen) {
  for (const char* name : {"/nonexistent/a.txt", "/nonexistent/a.jsonl",
                           "/nonexistent/a.xml", "/nonexistent/a"}) {
    std::unique_ptr<DocumentReader> r;
    Status s = DocumentReader::Open(name, {}, &r);
    EXPECT_EQ(s.code(), Status::Code::kNotFound) << name;
    EXPECT_NE(s.message().find(name), std::string::npos);
  }
}

TEST(JsonlReader, ReadsFieldsAndSkipsBlankLines) {
  std::string path = WriteTemp(
      "news.jsonl",
      "{\"id\": \"a1\", \"date\": \"2024-01-10\", \"text\": \"Iraq met Iran.\","
      " \"title\": \"T\", \"source\": \"Reuters\", \"url\": \"http://x\"}\n"
      "\n"
      "{\"text\": \"No id here.\", \"date\": \"20240111\", \"id\": 7}\n"
      "{\"text\": \"Neither.\"}\r\n");
  ReaderOptions opts;
  ASSERT_TRUE(Date::Parse("2020-05-05", &opts.default_date));
  ReadResult r = ReadAll(path, opts);
  EXPECT_EQ(r.format, InputFormat::kJsonl);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_TRUE(r.errors.empty());
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "a1");
  EXPECT_EQ(d.date.ToString(), "2024-01-10");
  EXPECT_EQ(d.text, "Iraq met Iran.");
  EXPECT_EQ(d.title, "T");
  EXPECT_EQ(d.source, "Reuters");
  EXPECT_EQ(d.url, "http://x");
  EXPECT_EQ(d.origin, path + ":1");
  EXPECT_EQ(r.docs[1].id, "7");
  EXPECT_EQ(r.docs[1].date.ToString(), "2024-01-11");
  EXPECT_EQ(r.docs[1].origin, path + ":3");
  EXPECT_EQ(r.docs[2].id, "news-4");
  EXPECT_EQ(r.docs[2].date.ToString(), "2020-05-05");  // default
  EXPECT_TRUE(r.docs[2].title.empty());
}

TEST(JsonlReader, MalformedRecordsNameFileAndLineAndReadingGoesOn) {
  std::string path = WriteTemp(
      "bad.jsonl",
      "{\"id\": \"ok1\", \"text\": \"First.\"}\n"
      "{\"id\": \"broken\", \"text\": \"unterminated}\n"
      "{\"id\": \"notext\"}\n"
      "[1, 2]\n"
      "{\"id\": \"num\", \"text\": 42}\n"
      "{\"id\": [1], \"text\": \"bad id\"}\n"
      "{\"id\": \"ok2\", \"text\": \"Last.\", \"date\": \"yesterday\"}\n");
  ReadResult r = ReadAll(path);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "ok1");
  EXPECT_EQ(r.docs[1].id, "ok2");
  EXPECT_FALSE(r.docs[1].date.known());
  ASSERT_EQ(r.errors.size(), 5u);
  EXPECT_EQ(r.errors[0].rfind(path + ":2: invalid JSON", 0), 0u) << r.errors[0];
  EXPECT_EQ(r.errors[1], path + ":3: record has no \"text\" field");
  EXPECT_EQ(r.errors[2], path + ":4: expected a JSON object, got array");
  EXPECT_EQ(r.errors[3], path + ":5: \"text\" must be a string, got number");
  EXPECT_EQ(r.errors[4].rfind(path + ":6: \"id\" must be", 0), 0u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].rfind(path + ":7: warning: unreadable date", 0), 0u)
      << r.warnings[0];
}

TEST(JsonlReader, InvalidUtf8IsReplacedWithWarning) {
  std::string path = WriteTemp("utf.jsonl",
                               "{\"text\": \"fine\"}\n"
                               "{\"text\": \"caf\xE9 \xFF\"}\n");
  ReadResult r = ReadAll(path);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[1].text, "caf\xEF\xBF\xBD \xEF\xBF\xBD");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].rfind(path + ":2: warning: invalid UTF-8 (2", 0), 0u)
      << r.warnings[0];
}

TEST(PetrarchXmlReader, ReadsSentencesAndIgnoresTheRest) {
  std::string path =
      WriteTemp("petr.xml",
                "<!-- header <Sentence> in a comment -->\n"
                "<Sentences>\n"
                "<Sentence date = \"20080804\" id =\"AFP_1\" source = \"AFP\" "
                "sentence = \"True\">\n"
                "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" "
                "eventcode=\"064\"></EventCoding>\n"
                "<Text>\n"
                "Arnor &amp; Gondor met &lt;here&gt;, \n"
                "  said &quot;Reuters&quot; &#233;&#x2019;s AT&T. \n"
                "</Text>\n"
                "<Parse>\n( (S (NP (NNP Arnor)) ) )\n</Parse>\n"
                "</Sentence>\n"
                "<Sentence date='19950101' id='DEMO-01' category='DEMO'>\n"
                "<!-- a comment inside -->\n"
                "<Text><![CDATA[Raw <b>cdata</b> &amp;]]></Text>\n"
                "</Sentence>\n"
                "</Sentences>\n");
  ReadResult r = ReadAll(path);
  EXPECT_EQ(r.format, InputFormat::kPetrarchXml);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "AFP_1");
  EXPECT_EQ(r.docs[0].date.ToString(), "2008-08-04");
  EXPECT_EQ(r.docs[0].source, "AFP");
  EXPECT_EQ(r.docs[0].text,
            "Arnor & Gondor met <here>, said \"Reuters\" \xC3\xA9\xE2\x80\x99s "
            "AT&T.");
  EXPECT_EQ(r.docs[0].origin, path + ":3");
  EXPECT_EQ(r.docs[1].id, "DEMO-01");
  EXPECT_EQ(r.docs[1].date.ToString(), "1995-01-01");
  EXPECT_EQ(r.docs[1].text, "Raw <b>cdata</b> &amp;");
}

TEST(PetrarchXmlReader, MalformedRecordsNameFileAndLine) {
  std::string path =
      WriteTemp("petr_bad.xml",
                "<Sentences>\n"
                "<Sentence id=\"no-text\" date=\"20080801\">\n"
                "<Parse>(S)</Parse>\n"
                "</Sentence>\n"
                "<Sentence id=\"unclosed\" date=\"20080801\">\n"
                "<Text>Never closed.</Text>\n"
                "<Sentence id=\"good\" date=\"2008080x\">\n"
                "<Text>Fine.</Text>\n"
                "</Sentence>\n"
                "<Sentence id=\"broken-attr\" date=>\n"
                "<Text>Lost.</Text>\n"
                "</Sentence>\n"
                "<Sentence id=\"last\"><Text>Last one.</Text></Sentence>\n"
                "<Sentence id=\"eof\"><Text>Cut off");
  ReadResult r = ReadAll(path);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "good");
  EXPECT_EQ(r.docs[0].text, "Fine.");
  EXPECT_FALSE(r.docs[0].date.known());
  EXPECT_EQ(r.docs[1].id, "last");
  ASSERT_EQ(r.errors.size(), 4u);
  EXPECT_EQ(r.errors[0], path + ":2: <Sentence id=\"no-text\"> has no <Text>");
  EXPECT_EQ(r.errors[1], path +
                             ":5: <Sentence id=\"unclosed\"> is not closed by "
                             "</Sentence>");
  EXPECT_EQ(r.errors[2].rfind(path + ":10: ", 0), 0u) << r.errors[2];
  EXPECT_EQ(r.errors[3].rfind(path + ":14: <Text> is not closed", 0), 0u)
      << r.errors[3];
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].rfind(path + ":7: warning: unreadable date", 0), 0u);
}

TEST(PetrarchXmlReader, GigaWordSample) {
  KHALDUN_REQUIRE_SHARED(path, "data/petrarch2/GigaWord.sample.PETR.xml");
  ReadResult r = ReadAll(path);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  EXPECT_TRUE(r.warnings.empty());
  ASSERT_GT(r.docs.size(), 50u);
  for (const Document& d : r.docs) {
    EXPECT_FALSE(d.id.empty());
    EXPECT_TRUE(d.date.known()) << d.id;
    EXPECT_FALSE(d.text.empty()) << d.id;
    EXPECT_EQ(d.text.find('\n'), std::string::npos) << d.id;
    EXPECT_EQ(d.text.find('('), d.text.find("(")) << d.id;
    EXPECT_EQ(d.text.find("(NP"), std::string::npos) << d.id;  // no <Parse>
    EXPECT_EQ(d.source, "AFP");
  }
  EXPECT_EQ(r.docs[0].id, "AFP0808020625_4");
  EXPECT_EQ(r.docs[0].text.substr(0, 20), "The stopover came as");
  // Records whose <Text> is empty get their words from the <Parse>.
  auto it = std::find_if(r.docs.begin(), r.docs.end(),
                         [](const Document& d) { return d.id == "TEST_1"; });
  ASSERT_NE(it, r.docs.end());
  EXPECT_EQ(it->text.substr(0, 58),
            "The Malaysia Airlines Boeing 777 flight MH17 was blown up ");
  EXPECT_EQ(it->text.back(), '.');
  EXPECT_EQ(it->text.find(" ."), std::string::npos);
}

TEST(PetrarchXmlReader, UnitTestRecords) {
  KHALDUN_REQUIRE_SHARED(path, "data/petrarch2/PETR.UnitTest.records.xml");
  ReadResult r = ReadAll(path);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  EXPECT_GT(r.docs.size(), 250u);
  for (const Document& d : r.docs) {
    EXPECT_EQ(d.text.find("(NP"), std::string::npos) << d.id;
    EXPECT_EQ(d.text.find("<!--"), std::string::npos) << d.id;
  }
}

TEST(ConlluThroughDocumentReader, AutoDetectedAndDefaultDate) {
  std::string path = WriteTemp(
      "tiny_data",  // no extension: detected from content
      "# newdoc id = d1\n"
      "# sent_id = s1\n"
      "# text = Iraq protested.\n"
      "1\tIraq\tIraq\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
      "\n");
  ReaderOptions opts;
  ASSERT_TRUE(Date::Parse("2024-02-02", &opts.default_date));
  ReadResult r = ReadAll(path, opts);
  EXPECT_EQ(r.format, InputFormat::kConllu);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "d1");
  EXPECT_EQ(r.docs[0].text, "Iraq protested.");
  EXPECT_EQ(r.docs[0].date.ToString(), "2024-02-02");
  ASSERT_EQ(r.docs[0].sentences.size(), 1u);
  EXPECT_EQ(r.docs[0].sentences[0].tokens[1].form, "protested");
}

TEST(ConlluThroughDocumentReader, InvalidUtf8RepairedSpansRemapped) {
  std::string path =
      WriteTemp("bad_utf8.conllu",
                "# sent_id = s1\n"
                "1\tcaf\xE9\tcafe\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                "2\tnoir\tnoir\tADJ\tJJ\t_\t1\tamod\t_\tSpaceAfter=No\n"
                "\n");
  ReadResult r = ReadAll(path);
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.text, "caf\xEF\xBF\xBD noir");
  ASSERT_EQ(d.sentences.size(), 1u);
  ASSERT_EQ(d.sentences[0].tokens.size(), 2u);
  EXPECT_EQ(d.sentences[0].tokens[0].form, "caf\xEF\xBF\xBD");
  EXPECT_EQ(d.sentences[0].tokens[1].form, "noir");
  EXPECT_EQ(d.sentences[0].span.end, d.text.size());
  EXPECT_EQ(r.warnings.size(), 1u);
}

}  // namespace
}  // namespace khaldun
