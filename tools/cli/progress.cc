#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace khaldun::cli {

std::string WithThousands(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  int lead = static_cast<int>(digits.size() % 3);
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (static_cast<int>(i) - lead) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string HumanBytes(uint64_t n) {
  char buf[32];
  if (n < 1024) {
    std::snprintf(buf, sizeof(buf), "%llu B",
                  static_cast<unsigned long long>(n));
  } else if (n < (1ull << 20)) {
    std::snprintf(buf, sizeof(buf), "%.1f KB", n / 1024.0);
  } else if (n < (1ull << 30)) {
    std::snprintf(buf, sizeof(buf), "%.1f MB", n / 1048576.0);
  } else {
    std::snprintf(buf, sizeof(buf), "%.2f GB", n / 1073741824.0);
  }
  return buf;
}

Progress::Progress(uint64_t total_bytes, bool enabled)
    : total_(total_bytes),
      enabled_(enabled && ::isatty(STDERR_FILENO)),
      start_(Clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { Finish(); }

std::string Progress::Format(uint64_t docs, uint64_t sentences, uint64_t bytes,
                             uint64_t total_bytes, double seconds) {
  double s = seconds > 1e-9 ? seconds : 1e-9;
  std::string line = WithThousands(docs) + " docs (" +
                     WithThousands(static_cast<uint64_t>(docs / s)) + "/s), " +
                     WithThousands(sentences) + " sentences (" +
                     WithThousands(static_cast<uint64_t>(sentences / s)) +
                     "/s), " + HumanBytes(bytes);
  if (total_bytes > 0) {
    if (bytes > total_bytes) bytes = total_bytes;
    line += " of " + HumanBytes(total_bytes);
    char buf[64];
    std::snprintf(buf, sizeof(buf), " %3.0f%%", 100.0 * bytes / total_bytes);
    line += buf;
    if (bytes > 0) {
      double eta = seconds * (total_bytes - bytes) / bytes;
      long e = static_cast<long>(eta + 0.5);
      std::snprintf(buf, sizeof(buf), ", ETA %ld:%02ld:%02ld", e / 3600,
                    (e / 60) % 60, e % 60);
      line += buf;
    }
  }
  return line;
}

void Progress::Update(uint64_t docs, uint64_t sentences, uint64_t bytes) {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  double elapsed = std::chrono::duration<double>(now - start_).count();
  if (total_ < (1u << 20) && elapsed < 1.0) return;  // small and quick
  if (ever_shown_ && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  std::string line = Format(docs, sentences, bytes, total_, elapsed);
  std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
  std::fflush(stderr);
  shown_ = ever_shown_ = true;
}

void Progress::Clear() {
  if (!shown_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

void Progress::Finish() {
  Clear();
  enabled_ = false;
}

}  // namespace khaldun::cli
