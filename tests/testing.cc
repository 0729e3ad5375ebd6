#include "testing.h"

#include <sys/stat.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace khaldun::testing {

std::string SharedDir() {
  if (const char* e = std::getenv("KHALDUN_SHARED")) return e;
  return KHALDUN_SHARED_DIR;
}

std::string DataDir() { return KHALDUN_DATA_DIR; }

std::string CliPath() { return KHALDUN_CLI; }

bool FileExists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

std::string TempDir() {
  static const std::string dir = [] {
    std::string tmpl = ::testing::TempDir();
    if (tmpl.empty() || tmpl.back() != '/') tmpl += '/';
    tmpl += "khaldun_test_XXXXXX";
    if (!::mkdtemp(tmpl.data())) {
      ADD_FAILURE() << "cannot make a scratch directory from " << tmpl;
      return ::testing::TempDir();
    }
    static std::string made = tmpl;
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(made, ec);
    });
    return tmpl;
  }();
  return dir;
}

int Run(const std::string& cmd, std::string* out) {
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return -1;
  std::array<char, 4096> buf;
  size_t n;
  if (out) out->clear();
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0)
    if (out) out->append(buf.data(), n);
  int st = ::pclose(p);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

}  // namespace khaldun::testing
