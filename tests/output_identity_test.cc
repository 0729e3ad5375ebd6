// `khaldun code` writes the same bytes whatever --threads is, and with and
// without the parse prefilter (--no-prefilter): on a self-contained sample
// built from data/samples (repeated past several batches) and on a slice of
// ../shared news (skipped when ../shared is absent).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "testing.h"

namespace khaldun {
namespace {

using ::khaldun::testing::CliPath;

std::string Source(const std::string& rel) {
  std::string self = __FILE__;
  return self.substr(0, self.rfind("/tests/")) + "/" + rel;
}

std::string ReadAll(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

struct Result {
  int status = -1;
  std::string events;  // stdout
  std::string log;     // stderr
};

// Runs `khaldun code ARGS INPUTS` (inputs already shell-quoted).
Result Code(const std::string& args, const std::string& inputs,
            const std::string& tag) {
  Result r;
  std::string log = ::testing::TempDir() + "/identity-" + tag + ".log";
  r.status = ::khaldun::testing::Run(
      CliPath() + " code --no-progress " + args + " " + inputs + " 2>" + log,
      &r.events);
  r.log = ReadAll(log);
  return r;
}

uint64_t NotParsed(const std::string& log) {
  std::smatch m;
  static const std::regex re(R"(not parsed \(prefilter\) (\d+))");
  if (!std::regex_search(log, m, re)) return 0;
  return std::stoull(m[1].str());
}

size_t Lines(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

// Codes `inputs` with 1, 3 and one-per-core threads, and with 2 threads
// without the prefilter, and expects the same bytes every time, some events
// and some sentences that the prefilter did not parse.
void ExpectIdentical(const std::string& inputs, const std::string& date) {
  const std::string common = "--date " + date;
  Result one = Code(common + " --threads 1 --timing", inputs, "t1");
  ASSERT_EQ(one.status, 0) << one.log;
  EXPECT_GT(Lines(one.events), 0u) << "no events: the test would prove little";
  EXPECT_GT(NotParsed(one.log), 0u) << "the prefilter skipped nothing:\n"
                                    << one.log;
  for (int threads : {0, 3}) {  // 0: one per core
    const std::string n = std::to_string(threads);
    Result r = Code(common + " --threads " + n, inputs, std::string("t") + n);
    ASSERT_EQ(r.status, 0) << r.log;
    EXPECT_TRUE(r.events == one.events)
        << "--threads " << threads << " changed the output (" << Lines(r.events)
        << " vs " << Lines(one.events) << " lines)";
  }
  Result all = Code(common + " --threads 2 --no-prefilter --timing", inputs,
                    "noprefilter");
  ASSERT_EQ(all.status, 0) << all.log;
  EXPECT_EQ(NotParsed(all.log), 0u);
  EXPECT_TRUE(all.events == one.events)
      << "--no-prefilter changed the output (" << Lines(all.events) << " vs "
      << Lines(one.events) << " lines)";
}

bool HaveModel() {
  return ::khaldun::testing::FileExists(::khaldun::testing::DataDir() +
                                        "/models/en_ewt.syntax");
}

TEST(OutputIdentity, SamplesAcrossThreadsAndPrefilter) {
  if (!HaveModel()) GTEST_SKIP() << "no syntax model: nothing is coded";
  // The JSONL samples repeated 60 times with fresh ids (180 documents: more
  // than one batch of 64 documents per thread), plus the text sample.
  std::ifstream in(Source("data/samples/sample_articles.jsonl"));
  std::vector<std::string> records;
  for (std::string line; std::getline(in, line);)
    if (line.find('{') != std::string::npos) records.push_back(line);
  ASSERT_FALSE(records.empty());
  std::string path = ::testing::TempDir() + "/identity-samples.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    for (int k = 0; k < 60; ++k) {
      for (size_t i = 0; i < records.size(); ++i) {
        std::string rec = records[i];
        // A new "id" first; a later duplicate key would win, so the
        // original id is renamed.
        size_t id = rec.find("\"id\"");
        if (id != std::string::npos)
          rec = rec.substr(0, id) + "\"orig_id\"" + rec.substr(id + 4);
        out << "{\"id\": \"s" << k << "-" << i << "\", " << rec.substr(1)
            << "\n";
      }
    }
  }
  ExpectIdentical(path + " " + Source("data/samples/sample_article.txt"),
                  "2026-03-02");
}

TEST(OutputIdentity, SharedNewsAcrossThreadsAndPrefilter) {
  if (!HaveModel()) GTEST_SKIP() << "no syntax model: nothing is coded";
  KHALDUN_REQUIRE_SHARED(bbc, "corpora/bbc/politics");
  KHALDUN_REQUIRE_SHARED(un, "corpora/un_general_debates");
  // The first 80 BBC politics articles and the first 4 UN speeches.
  std::vector<std::string> bbc_files, un_files;
  for (const auto& e : std::filesystem::directory_iterator(bbc))
    bbc_files.push_back(e.path().string());
  for (const auto& e : std::filesystem::recursive_directory_iterator(un))
    if (e.path().extension() == ".txt" && e.path().stem() != "README" &&
        e.path().stem() != "LICENSE")
      un_files.push_back(e.path().string());
  std::sort(bbc_files.begin(), bbc_files.end());
  std::sort(un_files.begin(), un_files.end());
  bbc_files.resize(std::min<size_t>(bbc_files.size(), 80));
  un_files.resize(std::min<size_t>(un_files.size(), 4));
  std::string inputs;
  for (const auto* v : {&bbc_files, &un_files})
    for (const std::string& f : *v) inputs += " '" + f + "'";
  ExpectIdentical(inputs, "2005-01-01");
}

}  // namespace
}  // namespace khaldun
