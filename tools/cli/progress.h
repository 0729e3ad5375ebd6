// A one-line progress display on stderr for long runs of `khaldun code`:
// documents/s, sentences/s, bytes done and, when the input size is known,
// the percentage and ETA.  It draws only when stderr is a terminal and the
// input is large (>= 1 MiB) or the run has lasted more than a second, and at
// most five times a second.  Not thread-safe: call from the main thread.
#ifndef KHALDUN_TOOLS_CLI_PROGRESS_H_
#define KHALDUN_TOOLS_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace khaldun::cli {

class Progress {
 public:
  // total_bytes: size of the whole input, 0 when unknown (a pipe).
  // enabled: false to never draw (--quiet, --no-progress).
  Progress(uint64_t total_bytes, bool enabled);
  ~Progress();

  // Reports the totals so far; draws when due.
  void Update(uint64_t docs, uint64_t sentences, uint64_t bytes);
  // Erases the line (before printing a message on stderr); the next
  // Update() draws it again.
  void Clear();
  // Erases the line for good.
  void Finish();

  // The line that would be drawn (for tests): "1,024 docs (512/s) ...".
  static std::string Format(uint64_t docs, uint64_t sentences, uint64_t bytes,
                            uint64_t total_bytes, double seconds);

 private:
  using Clock = std::chrono::steady_clock;
  uint64_t total_;
  bool enabled_;
  bool shown_ = false;  // the line is on screen
  bool ever_shown_ = false;
  Clock::time_point start_, last_draw_;
};

// "1,234,567"
std::string WithThousands(uint64_t n);
// "512 B", "12.3 KB", "4.5 MB", "1.2 GB"
std::string HumanBytes(uint64_t n);

}  // namespace khaldun::cli

#endif  // KHALDUN_TOOLS_CLI_PROGRESS_H_
