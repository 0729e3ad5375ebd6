// Integration tests of `khaldun` front-end behaviour: help, exit codes,
// record errors with file:line, invalid UTF-8, input formats, output files.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "testing.h"

namespace khaldun {
namespace {

using ::khaldun::testing::CliPath;
// Runs a shell command; stdout into *out.
int Sh(const std::string& cmd, std::string* out) {
  return ::khaldun::testing::Run(cmd, out);
}

// A file of the source tree (this file is <root>/tests/cli_test.cc; CMake
// compiles it by absolute path).
std::string Source(const std::string& rel) {
  std::string self = __FILE__;
  std::string root = self.substr(0, self.rfind("/tests/"));
  return root + "/" + rel;
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream f(path, std::ios::binary);
  f << content;
  return path;
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

// Runs `khaldun <args>` with stderr merged into *out.
int Khaldun(const std::string& args, std::string* out) {
  return Sh(CliPath() + " " + args + " 2>&1", out);
}

bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

TEST(Cli, Help) {
  std::string out;
  EXPECT_EQ(Khaldun("--help", &out), 0);
  EXPECT_TRUE(Contains(out, "code")) << out;
  EXPECT_TRUE(Contains(out, "version")) << out;
  EXPECT_TRUE(Contains(out, "Exit codes")) << out;
  EXPECT_EQ(Khaldun("code --help", &out), 0);
  for (const char* opt :
       {"--format", "--input", "--date", "--output", "--threads", "Exit codes"})
    EXPECT_TRUE(Contains(out, opt)) << opt << "\n" << out;
}

TEST(Cli, UsageErrorsExitWith2) {
  std::string out;
  EXPECT_EQ(Khaldun("", &out), 2);
  EXPECT_EQ(Khaldun("no-such-command", &out), 2);
  EXPECT_EQ(Khaldun("code --format xml -", &out), 2);
  EXPECT_EQ(Khaldun("code --input pdf -", &out), 2);
  EXPECT_EQ(Khaldun("code --date 2026-13-40 -", &out), 2);
  EXPECT_TRUE(Contains(out, "YYYY-MM-DD")) << out;
  EXPECT_EQ(Khaldun("code --output /nonexistent-dir/x.jsonl " +
                        Source("data/samples/sample_article.txt"),
                    &out),
            2);
  EXPECT_TRUE(Contains(out, "/nonexistent-dir/x.jsonl")) << out;
}

// --gold-tags scores the parser alone: the gold tags are kept, so UPOS and
// XPOS are not printed and no target applies (hence no --check).
TEST(Cli, EvalParseWithGoldTags) {
  std::string gold =
      WriteTemp("gold_tags.conllu",
                "# text = Rebels attacked the town.\n"
                "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                "4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
                "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  std::string out;
  ASSERT_EQ(Khaldun("eval parse --mode gold --gold-tags --gold " + gold, &out),
            0)
      << out;
  EXPECT_TRUE(Contains(out, "gold tags (the parser alone)")) << out;
  EXPECT_TRUE(Contains(out, "UAS")) << out;
  EXPECT_FALSE(Contains(out, "UPOS")) << out;
  EXPECT_FALSE(Contains(out, "target")) << out;
  EXPECT_EQ(Khaldun("eval parse --gold-tags --gold " + gold, &out), 2) << out;
  EXPECT_EQ(Khaldun("eval parse --mode gold --gold-tags --check --gold " + gold,
                    &out),
            2)
      << out;
}

TEST(Cli, TrainRefusesAMissingOutputDirectoryAtOnce) {
  std::string out;
  EXPECT_EQ(Khaldun("train --ud /nonexistent --out /nonexistent/models", &out),
            2)
      << out;
  EXPECT_TRUE(Contains(out, "/nonexistent/models: not a writable directory"))
      << out;
}

// Options that exclude each other are refused before any data is read.
TEST(Cli, TrainRefusesConflictingOptionsAtOnce) {
  std::string out;
  EXPECT_EQ(Khaldun("train --ud /nonexistent --out /tmp --parser-nn "
                    "--parser-beam 4",
                    &out),
            2)
      << out;
  EXPECT_TRUE(Contains(out, "does not take --parser-beam")) << out;
  EXPECT_EQ(Khaldun("train --ud /nonexistent --out /tmp --tagger-backward "
                    "--tag-refiner",
                    &out),
            2)
      << out;
  EXPECT_TRUE(Contains(out, "exclude each other")) << out;
}

// --syntax-model picks the tagger and parser model for every command (here
// the BiLSTM model, which gets the split "US - led" right where the default
// perceptron model makes "led" the root: the trees differ); a named model
// that is missing is a load error, not a silent fallback.
TEST(Cli, SyntaxModelOptionPicksTheModel) {
  const std::string nn = Source("data/models/en_ewt_nn.syntax");
  const std::string text =
      WriteTemp("usled.txt", "US-led forces bombed the village.\n");
  std::string def, out;
  ASSERT_EQ(Khaldun("parse --split-hyphens " + text, &def), 0) << def;
  ASSERT_EQ(
      Khaldun("--syntax-model " + nn + " parse --split-hyphens " + text, &out),
      0)
      << out;
  EXPECT_NE(def, out);  // not the default model's tree
  EXPECT_TRUE(Contains(out, "5\tbombed\tbomb\tVERB\tVBD\t_\t0\troot")) << out;
  EXPECT_EQ(Khaldun("--syntax-model /nonexistent/m.syntax code " + text, &out),
            3)
      << out;
  EXPECT_TRUE(Contains(out, "/nonexistent/m.syntax")) << out;
}

TEST(Cli, SampleArticleCodes) {
  std::string out;
  ASSERT_EQ(Khaldun("code --date 2026-03-02 " +
                        Source("data/samples/sample_article.txt"),
                    &out),
            0)
      << out;
  EXPECT_TRUE(Contains(out, "khaldun code: 1 document, ")) << out;
  EXPECT_FALSE(Contains(out, "failed")) << out;
}

TEST(Cli, MalformedJsonlRecordsAreReportedAndTheRestIsCoded) {
  std::string path = Source("tests/data/malformed.jsonl");
  std::string out;
  EXPECT_EQ(Khaldun("code " + path, &out), 1) << out;
  EXPECT_TRUE(Contains(out, path + ":2: invalid JSON")) << out;
  EXPECT_TRUE(Contains(out, path + ":3: record has no \"text\" field")) << out;
  EXPECT_TRUE(Contains(out, "2 documents")) << out;  // lines 1 and 4
  EXPECT_TRUE(Contains(out, "2 records failed")) << out;
}

TEST(Cli, MissingFileInABatchDoesNotStopTheOthers) {
  std::string out;
  EXPECT_EQ(Khaldun("code /nonexistent/a.txt " +
                        Source("data/samples/sample_articles.jsonl"),
                    &out),
            1);
  EXPECT_TRUE(Contains(out, "/nonexistent/a.txt: No such file")) << out;
  EXPECT_TRUE(Contains(out, "3 documents")) << out;
}

TEST(Cli, InvalidUtf8IsReplacedWithAWarning) {
  std::string txt = WriteTemp("cli_latin1.txt",
                              "Heading\n\nFrance condamn\xE9 the attack.\n"
                              "Bad \xFF\xFE bytes \xC3 here.\n");
  std::string out;
  EXPECT_EQ(Khaldun("code " + txt, &out), 0) << out;
  EXPECT_TRUE(Contains(out, txt + ":3: warning: invalid UTF-8")) << out;
  EXPECT_TRUE(Contains(out, "1 document")) << out;

  std::string jsonl = WriteTemp("cli_latin1.jsonl",
                                "{\"id\": \"a\", \"text\": \"ok.\"}\n"
                                "{\"id\": \"b\", \"text\": \"caf\xE9.\"}\n");
  EXPECT_EQ(Khaldun("code " + jsonl, &out), 0) << out;
  EXPECT_TRUE(Contains(out, jsonl + ":2: warning: invalid UTF-8")) << out;
  EXPECT_TRUE(Contains(out, "2 documents")) << out;
}

TEST(Cli, ReadsStandardInput) {
  std::string out;
  EXPECT_EQ(Sh("printf '\\n{\"id\":\"x\",\"text\":\"Iraq met Iran.\"}\\n"
               "{\"text\":\"Iran met Iraq.\"}\\n' | " +
                   CliPath() + " code - 2>&1",
               &out),
            0)
      << out;
  EXPECT_TRUE(Contains(out, "2 documents")) << out;
  // Plain text on stdin: one document.
  EXPECT_EQ(Sh("printf 'Iraq met Iran. Iran met Iraq.\\n' | " + CliPath() +
                   " code --date 2026-01-01 2>&1",
               &out),
            0);
  EXPECT_TRUE(Contains(out, "1 document,")) << out;
  // A record error on stdin names <stdin> and its line.
  EXPECT_EQ(Sh("printf '{\"text\":\"ok.\"}\\n{oops}\\n' | " + CliPath() +
                   " code --input jsonl - 2>&1",
               &out),
            1);
  EXPECT_TRUE(Contains(out, "<stdin>:2: invalid JSON")) << out;
}

TEST(Cli, QuietPrintsNothingOnStderrWhenAllIsWell) {
  std::string out;
  EXPECT_EQ(
      Sh(CliPath() + " code --quiet " +
             Source("data/samples/sample_articles.jsonl") + " 2>&1 >/dev/null",
         &out),
      0);
  EXPECT_EQ(out, "");
}

TEST(Cli, TsvOutputFileStartsWithTheHeader) {
  std::string path = ::testing::TempDir() + "/cli_events.tsv";
  std::string out;
  EXPECT_EQ(Khaldun("code -q --format tsv --output " + path + " " +
                        Source("data/samples/sample_articles.jsonl"),
                    &out),
            0)
      << out;
  std::string tsv = ReadFile(path);
  ASSERT_FALSE(tsv.empty());
  EXPECT_EQ(tsv.rfind("GLOBALEVENTID\t", 0), 0u) << tsv.substr(0, 200);
}

TEST(Cli, OutputDoesNotDependOnThreads) {
  std::string inputs = Source("data/samples/sample_articles.jsonl") + " " +
                       Source("data/samples/sample_article.txt");
  std::string one, four;
  ASSERT_EQ(
      Sh(CliPath() + " code -q --threads 1 --date 2026-03-02 " + inputs, &one),
      0);
  ASSERT_EQ(
      Sh(CliPath() + " code -q --threads 4 --date 2026-03-02 " + inputs, &four),
      0);
  EXPECT_EQ(one, four);
}

TEST(Cli, PetrarchXmlSample) {
  KHALDUN_REQUIRE_SHARED(path, "data/petrarch2/GigaWord.sample.PETR.xml");
  std::string out;
  EXPECT_EQ(Khaldun("code " + path, &out), 0) << out;
  EXPECT_TRUE(Contains(out, "76 documents")) << out;
}

}  // namespace
}  // namespace khaldun
