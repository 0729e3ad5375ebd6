// Imports every PETRARCH2 dictionary in ../shared/data/petrarch2: each line
// with content is parsed or reported with file:line; counts are printed.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#include "khaldun/lexicon.h"
#include "testing.h"

namespace khaldun {
namespace {

namespace fs = std::filesystem;

bool IsDictionary(const std::string& name) {
  return name.ends_with(".txt") && name != "LICENSE";
}

TEST(LexiconPetrarch, ImportsEveryDictionary) {
  KHALDUN_REQUIRE_SHARED(dir, "data/petrarch2/CAMEO.2.0.txt");
  dir = testing::SharedDir() + "/data/petrarch2";
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (IsDictionary(e.path().filename().string()))
      files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 12u);
  int total_errors = 0;
  for (const auto& f : files) {
    LexiconData data;
    std::vector<Diagnostic> diags;
    ImportCounts n;
    Status s = ImportPetrarchFile(f, 0, &data, &diags, &n);
    ASSERT_TRUE(s.ok()) << s.ToString();
    // Every content line is either parsed or reported.
    EXPECT_EQ(n.parsed + n.errors, n.lines) << f;
    EXPECT_EQ(static_cast<int>(diags.size()), n.errors) << f;
    for (const auto& d : diags) {
      EXPECT_TRUE(d.where.starts_with(f + ":")) << d.where;
      std::cout << "  " << d.ToString() << "\n";
    }
    std::cout << fs::path(f).filename().string() << ": " << n.kind << ", "
              << n.lines << " lines, " << n.parsed << " parsed, " << n.errors
              << " reported; synsets " << n.synsets << ", verbs " << n.verbs
              << ", patterns " << n.patterns << ", actors " << n.actors
              << ", names " << n.names << ", roles " << n.roles << ", agents "
              << n.agents << ", discards " << n.discards << ", issues "
              << n.issues << ", words " << n.words << "\n";
    // Almost all of each file is understood (the reported lines are real
    // defects of the dictionaries: malformed dates, unclosed brackets).
    EXPECT_GE(n.parsed, n.lines * 99 / 100) << f;
    total_errors += n.errors;
    std::string name = fs::path(f).filename().string();
    if (name == "CAMEO.2.0.txt") {
      EXPECT_GE(n.verbs, 1500);
      EXPECT_GE(n.patterns, 4500);
      EXPECT_GE(n.synsets, 30);
    } else if (name == "Phoenix.Countries.actors.txt") {
      EXPECT_GE(n.actors, 15000);
      EXPECT_GE(n.roles, 20000);
    } else if (name == "Phoenix.agents.txt") {
      EXPECT_GE(n.agents, 2000);
    }
  }
  std::cout << "total reported lines: " << total_errors << "\n";
}

TEST(LexiconPetrarch, ValidationDictionariesLoadAndResolve) {
  KHALDUN_REQUIRE_SHARED(actors, "data/petrarch2/PETR.Validate.actors.txt");
  std::string dir = testing::SharedDir() + "/data/petrarch2/";
  std::shared_ptr<const Lexicon> lex;
  std::vector<Diagnostic> diags;
  Status s = Lexicon::Load(
      {dir + "PETR.Validate.verbs.txt", dir + "PETR.Validate.actors.txt",
       dir + "PETR.Validate.agents.txt", dir + "PETR.Validate.discards.txt"},
      {}, &lex, &diags);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ActorMatch m;
  Date d;
  Date::Parse("2014-01-01", &d);
  ASSERT_TRUE(lex->ResolvePhrase("Hamas", d, &m));
  EXPECT_EQ(m.code, "PSEREBHMS");  // the raw PETRARCH code
  ASSERT_TRUE(lex->ResolvePhrase("Israeli troops", d, &m));
  EXPECT_EQ(m.code, "ISRMIL");
  EXPECT_FALSE(lex->PatternsFor("accord", false).empty());
}

TEST(LexiconPetrarch, StacksOverDefault) {
  KHALDUN_REQUIRE_SHARED(phx, "data/petrarch2/Phoenix.Countries.actors.txt");
  std::string out;
  std::string cmd = testing::CliPath() +
                    " lexicon lookup \"Haidar al-Abadi\" --date 2015-06-01"
                    " --lexicon default --lexicon " +
                    phx;
  int rc = testing::Run(cmd, &out);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("Phoenix.Countries.actors.txt:"), std::string::npos)
      << out;
  EXPECT_NE(out.find("IRQ"), std::string::npos) << out;
}

}  // namespace
}  // namespace khaldun
