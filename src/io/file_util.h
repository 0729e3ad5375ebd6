// Small file helpers shared by the readers: whole-file reads and a buffered
// line reader that counts lines (for file:line error messages).  "-" means
// standard input.  Not thread-safe: one LineReader per thread.
#ifndef KHALDUN_IO_FILE_UTIL_H_
#define KHALDUN_IO_FILE_UTIL_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "khaldun/status.h"

namespace khaldun {

// Reads all of `path` ("-" = stdin) into *out.
Status ReadFileToString(const std::string& path, std::string* out);

// Reads a file line by line; lines are returned without the trailing "\n"
// (and without "\r" before it).
class LineReader {
 public:
  LineReader() = default;
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  Status Open(const std::string& path);
  // Sets *line to the next line; false at end of input.  The view stays
  // valid until the next call.
  bool Next(std::string_view* line);
  // 1-based number of the line last returned by Next().
  size_t line_number() const { return line_number_; }
  const std::string& path() const { return path_; }
  // "path:line" of the line last returned.
  std::string Where() const;

 private:
  FILE* file_ = nullptr;
  bool owns_ = false;
  std::string path_;
  std::string buf_;
  size_t line_number_ = 0;
};

// Base name of a path without its directory and final extension:
// "dir/a.b.txt" -> "a.b".
std::string FileStem(std::string_view path);

}  // namespace khaldun

#endif  // KHALDUN_IO_FILE_UTIL_H_
