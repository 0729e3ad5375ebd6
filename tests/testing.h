// Test helpers: where ../shared and the data directory are, and a macro that
// skips a test with a clear message when ../shared is absent (a user's fresh
// clone has none; CI always has it).
#ifndef KHALDUN_TESTS_TESTING_H_
#define KHALDUN_TESTS_TESTING_H_

#include <gtest/gtest.h>

#include <string>

namespace khaldun::testing {

// ../shared, or $KHALDUN_SHARED when set.
std::string SharedDir();
// The project's data/ (models, lexicons).
std::string DataDir();
// The khaldun CLI binary.
std::string CliPath();
// Runs a shell command, returns its exit status, stores stdout in *out.
int Run(const std::string& cmd, std::string* out);
bool FileExists(const std::string& path);
// A scratch directory of this test process's own, made on first use under
// gtest's temp dir and removed at exit. ctest runs every test case as its own
// process, in parallel, so fixed names under the shared temp dir would race
// (one process truncating a file while another reads it).
std::string TempDir();

}  // namespace khaldun::testing

// Skips the current test unless ../shared/<rel> exists; sets `var` to its
// full path.
#define KHALDUN_REQUIRE_SHARED(var, rel)                                  \
  std::string var = ::khaldun::testing::SharedDir() + "/" + (rel);        \
  if (!::khaldun::testing::FileExists(var)) {                             \
    GTEST_SKIP() << "needs " << var                                       \
                 << " (../shared is absent: evaluation data is not part " \
                    "of the repository)";                                 \
  }

#endif  // KHALDUN_TESTS_TESTING_H_
