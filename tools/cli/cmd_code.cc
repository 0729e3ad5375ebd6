// khaldun code: read documents, run the pipeline, write events.
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "cli/progress.h"
#include "khaldun/pipeline.h"
#include "khaldun/reader.h"
#include "khaldun/writer.h"

namespace khaldun::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> files;
  std::string format = "jsonl";
  std::string input = "auto";
  std::string date;
  std::string output;
  int threads = 1;
  bool quiet = false;
  bool no_progress = false;
  bool explain = false;
  std::vector<std::string> lexicons;
  std::string conventions = "khaldun";
  bool timing = false;
  bool no_prefilter = false;
};

// CPU seconds (user, system) used by this process so far.
void CpuSeconds(double* user, double* sys) {
  struct rusage ru;
  ::getrusage(RUSAGE_SELF, &ru);
  *user = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6;
  *sys = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

// Size of the input when known: regular files (and stdin redirected from
// one); 0 when any part is a pipe.
uint64_t TotalBytes(const std::vector<std::string>& files) {
  uint64_t total = 0;
  for (const std::string& f : files) {
    struct stat st;
    int rc = f == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(f.c_str(), &st);
    if (rc != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<uint64_t>(st.st_size);
  }
  return total;
}

double ThreadCpuSeconds() {
  timespec ts;
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

class CodeRun {
 public:
  explicit CodeRun(const CodeArgs& args) : args_(args) {}

  int Run() {
    auto start = std::chrono::steady_clock::now();
    OutputFormat out_format;
    if (!ParseOutputFormat(args_.format, &out_format)) {
      std::cerr << "khaldun code: unknown --format " << args_.format << "\n";
      return kExitUsage;
    }
    ReaderOptions ropts;
    if (!ParseInputFormat(args_.input, &ropts.format)) {
      std::cerr << "khaldun code: unknown --input " << args_.input << "\n";
      return kExitUsage;
    }
    if (!args_.date.empty() && !Date::Parse(args_.date, &ropts.default_date)) {
      std::cerr << "khaldun code: --date " << args_.date
                << ": expected YYYY-MM-DD\n";
      return kExitUsage;
    }
    ropts.warn = [this](const std::string& w) { Log(w); };
    std::vector<std::string> files = args_.files;
    if (files.empty()) files.push_back("-");
    threads_ = args_.threads;
    if (threads_ <= 0)
      threads_ = std::max(1u, std::thread::hardware_concurrency());

    PipelineOptions popts;
    popts.data_dir = Common().data_dir;
    popts.syntax_model = Common().syntax_model;
    if (!args_.lexicons.empty()) popts.lexicons = args_.lexicons;
    if (!ParseConventions(args_.conventions, &popts.coder.conventions)) {
      std::cerr << "khaldun code: unknown --conventions " << args_.conventions
                << "\n";
      return kExitUsage;
    }
    popts.prefilter = !args_.no_prefilter;
    Status s = Pipeline::Load(popts, &pipeline_);
    if (!s.ok()) {
      std::cerr << "khaldun code: " << s.ToString() << "\n";
      return kExitLoad;
    }
    for (const std::string& w : pipeline_->warnings()) Log(w);
    auto loaded = std::chrono::steady_clock::now();
    load_seconds_ = std::chrono::duration<double>(loaded - start).count();
    CpuSeconds(&load_user_, &load_sys_);
    start = loaded;
    writer_ = EventWriter::Create(out_format);

    if (!args_.output.empty() && args_.output != "-") {
      out_ = std::fopen(args_.output.c_str(), "wb");
      if (!out_) {
        std::cerr << "khaldun code: cannot write " << args_.output << ": "
                  << std::strerror(errno) << "\n";
        return kExitUsage;
      }
    } else {
      out_ = stdout;
    }
    progress_ = std::make_unique<Progress>(TotalBytes(files),
                                           !args_.quiet && !args_.no_progress);
    writer_->Begin(&buf_);

    for (const std::string& path : files) CodeFile(path, ropts);
    ProcessBatch(pending_);  // documents left over from the last files
    pending_ = 0;
    Flush(/*force=*/true);

    bool write_failed = std::fflush(out_) != 0 || std::ferror(out_);
    if (out_ != stdout) write_failed |= std::fclose(out_) != 0;
    progress_->Finish();
    if (write_failed) {
      std::cerr << "khaldun code: writing "
                << (args_.output.empty() ? "<stdout>" : args_.output)
                << " failed: " << std::strerror(errno) << "\n";
      ++failed_;
    }
    if (!args_.quiet) {
      double secs = std::chrono::duration<double>(
                        std::chrono::steady_clock::now() - start)
                        .count();
      PrintSummary(secs);
    }
    return failed_ > 0 ? kExitRecordErrors : kExitOk;
  }

 private:
  // Prints a message on stderr without garbling the progress line.
  void Log(const std::string& msg) {
    if (progress_) progress_->Clear();
    std::fputs(msg.c_str(), stderr);
    std::fputc('\n', stderr);
  }

  void CodeFile(const std::string& path, const ReaderOptions& ropts) {
    std::unique_ptr<DocumentReader> reader;
    Status s = DocumentReader::Open(path, ropts, &reader);
    if (!s.ok()) {
      Log(s.message());
      ++failed_;
      return;
    }
    // A batch spans files: with one document per file (plain text) the
    // workers would otherwise get one document at a time.
    size_t& n = pending_;
    const size_t batch_size = 64 * static_cast<size_t>(threads_);
    if (batch_.size() < batch_size) batch_.resize(batch_size);
    for (;;) {
      Clock::time_point t0;
      double c0 = 0;
      if (args_.timing) t0 = Clock::now(), c0 = ThreadCpuSeconds();
      s = reader->Next(&batch_[n]);
      if (args_.timing) {
        read_seconds_ += Seconds(Clock::now() - t0);
        read_cpu_ += ThreadCpuSeconds() - c0;
      }
      if (s.IsEndOfInput()) break;
      if (!s.ok()) {
        Log(s.message());
        ++failed_;
        continue;
      }
      // A batch is also cut by size, so that memory stays bounded however
      // long the documents are.
      batch_bytes_ += batch_[n].text.size();
      if (++n == batch_size ||
          batch_bytes_ >=
              kBatchBytesPerThread * static_cast<size_t>(threads_)) {
        ProcessBatch(n);
        n = 0;
        progress_->Update(docs_, sentences_,
                          bytes_done_ + reader->bytes_read());
      }
    }
    uint64_t size = reader->bytes_read();
    if (size == 0) size = TotalBytes({path});
    bytes_done_ += size;
    progress_->Update(docs_, sentences_, bytes_done_);
  }

  // Runs the pipeline on batch_[0, n) (on threads_ threads) and writes the
  // events in input order.
  void ProcessBatch(size_t n) {
    if (n == 0) return;
    if (events_.size() < n) {
      events_.resize(n);
      status_.resize(n);
      explain_.resize(n);
    }
    // Each worker has its own stage times, added up after the batch.
    auto work = [&](size_t i, StageTimes* times) {
      events_[i].clear();
      explain_[i].clear();
      status_[i] =
          pipeline_->Process(&batch_[i], &events_[i],
                             args_.explain ? &explain_[i] : nullptr, times);
    };
    if (threads_ == 1 || n == 1) {
      for (size_t i = 0; i < n; ++i) work(i, args_.timing ? &times_ : nullptr);
    } else {
      std::atomic<size_t> next{0};
      std::vector<std::thread> pool;
      size_t t = std::min<size_t>(static_cast<size_t>(threads_), n);
      std::vector<StageTimes> per_worker(t);
      for (size_t k = 0; k < t; ++k) {
        pool.emplace_back([&, k] {
          StageTimes* times = args_.timing ? &per_worker[k] : nullptr;
          for (size_t i; (i = next.fetch_add(1)) < n;) work(i, times);
        });
      }
      for (std::thread& th : pool) th.join();
      for (const StageTimes& w : per_worker) times_.Add(w);
    }
    Clock::time_point t0;
    double c0 = 0;
    if (args_.timing) t0 = Clock::now(), c0 = ThreadCpuSeconds();
    for (size_t i = 0; i < n; ++i) {
      if (!status_[i].ok()) {
        Log(status_[i].message());
        ++failed_;
        continue;
      }
      ++docs_;
      sentences_ += batch_[i].sentences.size();
      if (args_.explain) {
        // The explanation precedes the document's events, each line marked
        // with "# " so that it cannot be taken for an event.
        buf_ += "# document " + batch_[i].id + "\n";
        size_t pos = 0;
        const std::string& x = explain_[i];
        while (pos < x.size()) {
          size_t nl = x.find('\n', pos);
          if (nl == std::string::npos) nl = x.size();
          buf_ += "# ";
          buf_.append(x, pos, nl - pos);
          buf_ += '\n';
          pos = nl + 1;
        }
      }
      for (const Event& e : events_[i]) {
        writer_->Write(batch_[i], e, &buf_);
        ++events_written_;
      }
      Flush(false);
    }
    // Done with the batch: free its tokens now (not when the slot is
    // reused), and the text of an unusually long document.
    for (size_t i = 0; i < n; ++i) {
      batch_[i].sentences.clear();
      events_[i].clear();
      if (batch_[i].text.capacity() > kBatchBytesPerThread)
        std::string().swap(batch_[i].text);
    }
    batch_bytes_ = 0;
    if (args_.timing) {
      write_seconds_ += Seconds(Clock::now() - t0);
      write_cpu_ += ThreadCpuSeconds() - c0;
    }
  }

  void Flush(bool force) {
    if (buf_.empty() || (!force && buf_.size() < (1u << 20))) return;
    std::fwrite(buf_.data(), 1, buf_.size(), out_);
    buf_.clear();
  }

  void PrintSummary(double secs) {
    std::string line = "khaldun code: " + WithThousands(docs_) +
                       (docs_ == 1 ? " document, " : " documents, ") +
                       WithThousands(sentences_) +
                       (sentences_ == 1 ? " sentence, " : " sentences, ") +
                       WithThousands(events_written_) +
                       (events_written_ == 1 ? " event" : " events");
    char buf[160];
    std::snprintf(buf, sizeof(buf), " in %.3f s (+%.3f s loading)", secs,
                  load_seconds_);
    line += buf;
    if (secs > 0 && sentences_ > 0) {
      line += ", " + WithThousands(static_cast<uint64_t>(sentences_ / secs)) +
              " sentences/s";
    }
    if (failed_ > 0) {
      line += "; " + WithThousands(failed_) +
              (failed_ == 1 ? " record failed" : " records failed");
    }
    Log(line);
    // CPU time: on a busy machine the wall clock says little.
    double user = 0, sys = 0;
    CpuSeconds(&user, &sys);
    user -= load_user_;
    sys -= load_sys_;
    std::snprintf(buf, sizeof(buf),
                  "khaldun code: cpu %.3f s user + %.3f s sys (+%.3f s "
                  "loading)",
                  user, sys, load_user_ + load_sys_);
    line = buf;
    if (user + sys > 0 && sentences_ > 0) {
      line += ", " +
              WithThousands(static_cast<uint64_t>(sentences_ / (user + sys))) +
              " sentences per cpu-second";
    }
    Log(line);
    if (args_.timing) PrintTiming(secs);
    const PipelineStages& st = pipeline_->stages();
    if (!st.code) {
      Log("khaldun code: note: no events are coded: " + pipeline_->Describe());
    }
  }

  // The --timing table: seconds per stage, summed over the workers (so with
  // several threads the sum exceeds the wall time), and the share of each.
  void PrintTiming(double wall) {
    std::string out = "khaldun code: timing per stage, summed over " +
                      std::to_string(threads_) + " worker" +
                      (threads_ == 1 ? "" : "s") +
                      " (wall and thread cpu seconds)\n";
    struct Row {
      const char* name;
      double wall, cpu;
    };
    std::vector<Row> rows = {{"read", read_seconds_, read_cpu_}};
    for (int i = 0; i < StageTimes::kNumStages; ++i)
      rows.push_back({StageTimes::Name(i), times_.wall[i], times_.cpu[i]});
    rows.push_back({"write", write_seconds_, write_cpu_});
    double total_wall = 0, total_cpu = 0;
    for (const Row& r : rows) total_wall += r.wall, total_cpu += r.cpu;
    char buf[160];
    for (const Row& r : rows) {
      std::snprintf(buf, sizeof(buf),
                    "  %-8s %9.3f s wall %9.3f s cpu %5.1f%% of cpu\n", r.name,
                    r.wall, r.cpu,
                    total_cpu > 0 ? 100.0 * r.cpu / total_cpu : 0.0);
      out += buf;
    }
    std::snprintf(buf, sizeof(buf),
                  "  %-8s %9.3f s wall %9.3f s cpu (elapsed %.3f s; loading "
                  "%.3f s)\n",
                  "total", total_wall, total_cpu, wall, load_seconds_);
    out += buf;
    std::snprintf(
        buf, sizeof(buf),
        "  sentences: %llu, parsed %llu, not parsed (prefilter) "
        "%llu (%.1f%%)",
        static_cast<unsigned long long>(times_.sentences),
        static_cast<unsigned long long>(times_.parsed),
        static_cast<unsigned long long>(times_.skipped),
        times_.parsed + times_.skipped > 0
            ? 100.0 * times_.skipped / (times_.parsed + times_.skipped)
            : 0.0);
    out += buf;
    Log(out);
  }

  using Clock = std::chrono::steady_clock;
  static double Seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
  }

  const CodeArgs& args_;
  int threads_ = 1;
  StageTimes times_;
  double read_seconds_ = 0, write_seconds_ = 0;
  double read_cpu_ = 0, write_cpu_ = 0;
  double load_user_ = 0, load_sys_ = 0;
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<EventWriter> writer_;
  std::unique_ptr<Progress> progress_;
  FILE* out_ = nullptr;
  std::string buf_;
  std::vector<Document> batch_;
  std::vector<std::vector<Event>> events_;
  std::vector<Status> status_;
  std::vector<std::string> explain_;
  // Text bytes per worker after which a batch is processed even when it has
  // fewer than 64 documents per worker.
  static constexpr size_t kBatchBytesPerThread = 4u << 20;
  size_t batch_bytes_ = 0;
  size_t pending_ = 0;  // documents read into batch_ but not yet processed
  uint64_t docs_ = 0, sentences_ = 0, events_written_ = 0, failed_ = 0;
  uint64_t bytes_done_ = 0;
  double load_seconds_ = 0;
};

CodeArgs& Args() {
  static CodeArgs a;
  return a;
}

CommandRegistrar reg("code", [](const Groups& g) {
  CodeArgs& a = Args();
  CLI::App* cmd = g.root->add_subcommand(
      "code", "Code political events (CAMEO) from news documents");
  cmd->add_option("files", a.files, "Input files; '-' or none = standard input")
      ->type_name("FILE");
  cmd->add_option("--format", a.format, "Output format")
      ->check(CLI::IsMember({"jsonl", "tsv"}))
      ->capture_default_str();
  cmd->add_option("--input", a.input,
                  "Input format; auto = by extension (.txt .jsonl .xml "
                  ".conllu), else by content")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "xml", "conllu"}))
      ->capture_default_str();
  cmd->add_option("--date", a.date,
                  "Date of documents that carry none (text files, JSON "
                  "records without \"date\")")
      ->type_name("YYYY-MM-DD")
      ->check(CLI::Validator(
          [](std::string& s) {
            Date d;
            return Date::Parse(s, &d) ? std::string()
                                      : "expected YYYY-MM-DD, got " + s;
          },
          "", "date"));
  cmd->add_option("-o,--output", a.output, "Write events to FILE, not stdout")
      ->type_name("FILE");
  cmd->add_option("--threads", a.threads,
                  "Worker threads, 0 = one per core (output order and "
                  "content do not depend on it)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  cmd->add_flag("--timing", a.timing,
                "Print the time spent in each stage (read, segment, tag, "
                "match, parse, code, place, write) on stderr");
  cmd->add_flag("--no-prefilter", a.no_prefilter,
                "Parse every sentence (by default a sentence that cannot "
                "yield an event, with no predicate of the lexicons or no "
                "possible source actor, is tagged but not parsed; the "
                "output is the same)");
  cmd->add_flag("-q,--quiet", a.quiet, "No summary or progress on stderr");
  cmd->add_flag("--explain", a.explain,
                "Before each document's events, print (as '# ' lines) the "
                "parse, the actors, and every candidate predicate with why "
                "it was kept or rejected");
  cmd->add_option("--lexicon", a.lexicons,
                  "Lexicon source instead of the default lexicons: "
                  "\"default\", a .lex file or directory, or a PETRARCH "
                  "dictionary (.txt); repeatable, later sources win")
      ->type_name("SRC");
  cmd->add_option("--conventions", a.conventions,
                  "Coding conventions: khaldun (the coding guideline) or "
                  "petrarch (what PETRARCH2 codes: \"will X\" and \"is "
                  "about to X\" as X, actors without a country as ---GOV); "
                  "docs/coder.md")
      ->check(CLI::IsMember({"khaldun", "petrarch"}))
      ->capture_default_str();
  cmd->add_flag("--no-progress", a.no_progress,
                "No progress line (it shows only when stderr is a terminal "
                "and the input is large)");
  cmd->footer(
      "Each document's events are written in input order, one per line "
      "(JSONL) or row (TSV; see docs/output.md).  A malformed record is "
      "reported on stderr as \"file:line: why\" and skipped; the rest is "
      "still coded and the exit status is 1.  Invalid UTF-8 is replaced "
      "with U+FFFD (warning).\nExit codes: 0 ok, 1 some records failed, "
      "2 usage error, 3 a model or lexicon could not be loaded.");
  SetRun(cmd, [] { return CodeRun(Args()).Run(); });
});

}  // namespace
}  // namespace khaldun::cli
