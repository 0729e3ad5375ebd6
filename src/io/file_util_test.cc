#include "io/file_util.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "testing.h"

namespace khaldun {
namespace {

TEST(FileUtilTest, LineReaderCountsLinesAndStripsCr) {
  std::string path = ::khaldun::testing::TempDir() + "/lines.txt";
  {
    std::ofstream f(path);
    f << "a\r\nbb\n\nlast";
  }
  LineReader r;
  ASSERT_TRUE(r.Open(path).ok());
  std::string_view line;
  ASSERT_TRUE(r.Next(&line));
  EXPECT_EQ(line, "a");
  ASSERT_TRUE(r.Next(&line));
  EXPECT_EQ(line, "bb");
  ASSERT_TRUE(r.Next(&line));
  EXPECT_EQ(line, "");
  ASSERT_TRUE(r.Next(&line));
  EXPECT_EQ(line, "last");
  EXPECT_EQ(r.Where(), path + ":4");
  EXPECT_FALSE(r.Next(&line));
}

TEST(FileUtilTest, MissingFileNamesThePath) {
  LineReader r;
  Status s = r.Open("/nonexistent/x.txt");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/x.txt"), std::string::npos);
  std::string out;
  EXPECT_FALSE(ReadFileToString("/nonexistent/y", &out).ok());
}

TEST(FileUtilTest, FileStem) {
  EXPECT_EQ(FileStem("dir/a.b.txt"), "a.b");
  EXPECT_EQ(FileStem("article.txt"), "article");
  EXPECT_EQ(FileStem("noext"), "noext");
  EXPECT_EQ(FileStem(".hidden"), ".hidden");
}

}  // namespace
}  // namespace khaldun
