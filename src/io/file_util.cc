#include "io/file_util.h"

#include <cerrno>
#include <cstring>

namespace khaldun {

Status ReadFileToString(const std::string& path, std::string* out) {
  out->clear();
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    return Status::NotFound(path + ": " + std::strerror(errno));
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) out->append(buf, n);
  bool err = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (err) return Status::IOError(path + ": read failed");
  return Status::OK();
}

LineReader::~LineReader() {
  if (owns_ && file_) std::fclose(file_);
}

Status LineReader::Open(const std::string& path) {
  path_ = path;
  if (path == "-") {
    file_ = stdin;
    owns_ = false;
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    if (!file_) return Status::NotFound(path + ": " + std::strerror(errno));
    owns_ = true;
  }
  line_number_ = 0;
  return Status::OK();
}

bool LineReader::Next(std::string_view* line) {
  if (!file_) return false;
  buf_.clear();
  int c;
  bool any = false;
  while ((c = std::getc(file_)) != EOF) {
    any = true;
    if (c == '\n') break;
    buf_.push_back(static_cast<char>(c));
  }
  if (!any) return false;
  if (!buf_.empty() && buf_.back() == '\r') buf_.pop_back();
  ++line_number_;
  *line = buf_;
  return true;
}

std::string LineReader::Where() const {
  return path_ + ":" + std::to_string(line_number_);
}

std::string FileStem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path = path.substr(slash + 1);
  size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return std::string(path);
}

}  // namespace khaldun
