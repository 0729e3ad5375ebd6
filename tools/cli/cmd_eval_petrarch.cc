// khaldun eval petrarch FILE: the PETRARCH unit-test suite coded with
// Khaldun's own parser and coder on the suite's own dictionaries
// (src/eval/petrarch.h, docs/evaluation.md).
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.h"
#include "eval/petrarch.h"

namespace khaldun::cli {
namespace {

struct Args {
  std::string file = "../shared/data/petrarch2/PETR.UnitTest.records.xml";
  bool list_failures = false;
  bool no_explain = false;
  std::vector<std::string> records;
  std::string category;
  std::string cause;
  bool warnings = false;
  bool check = false;
  std::string conventions = "petrarch";
};

constexpr double kTarget = 85.0;

std::string Row(const eval::PetrarchTally& t) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-12s %7d %7d %6.1f%%  %5d/%-5d %6d",
                t.name.c_str(), t.records, t.passed, t.rate(), t.found,
                t.expected, t.extra);
  return buf;
}

void PrintRecord(const eval::PetrarchSuite& suite,
                 const eval::PetrarchResult& r, bool explain) {
  const eval::PetrarchRecord& rec = suite.records[r.record];
  std::cout << "\n== " << rec.id << " (" << rec.category
            << (rec.implemented ? "" : ", sentence=\"false\"") << ") "
            << suite.path << ":" << rec.line << " "
            << (r.score.passed ? "PASS" : "FAIL") << "\n";
  std::cout << "text: " << rec.text << "\n";
  if (!rec.config.empty()) {
    std::cout << "config:";
    for (const auto& [k, v] : rec.config) std::cout << " " << k << "=" << v;
    std::cout << "\n";
  }
  std::cout << "expected:";
  if (rec.expected.empty())
    std::cout << " no event"
              << (rec.error.empty() ? "" : " (error=\"" + rec.error + "\")");
  for (const eval::PetrarchCoding& c : rec.expected)
    std::cout << "\n  " << c.ToString();
  std::cout << "\nproduced:";
  if (r.produced.empty()) std::cout << " no event";
  for (const eval::PetrarchCoding& c : r.produced)
    std::cout << "\n  " << c.ToString();
  std::cout << "\n";
  for (const std::string& h : r.hints) std::cout << "hint: " << h << "\n";
  if (!r.score.passed) {
    std::cout << "causes:";
    for (int i = 0; i < static_cast<int>(eval::PetrarchCause::kCount); ++i)
      if ((r.causes >> i) & 1)
        std::cout << " " << eval::PetrarchCauseName(eval::PetrarchCause(i));
    std::cout << " (primary: " << eval::PetrarchCauseName(r.cause) << ")\n";
  }
  if (explain) std::cout << "explain:\n" << r.explain;
}

CommandRegistrar reg("eval-petrarch", [](const Groups& g) {
  auto a = std::make_shared<Args>();
  CLI::App* cmd = g.eval->add_subcommand(
      "petrarch",
      "Code the PETRARCH unit-test records with Khaldun's parser on their own "
      "dictionaries and score them per category");
  cmd->add_option("file", a->file, "PETR.UnitTest.records.xml")
      ->capture_default_str();
  cmd->add_flag("--list-failures", a->list_failures,
                "Print every failing record: expected vs produced codings, "
                "a diagnosis hint and the coder's explanation");
  cmd->add_flag("--no-explain", a->no_explain,
                "With --list-failures/--record: leave out the explanation");
  cmd->add_option("--record", a->records,
                  "Print this record (by id) whatever its result; repeatable")
      ->take_last()
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--category", a->category,
                  "With --list-failures: only records of this category");
  cmd->add_option("--cause", a->cause,
                  "With --list-failures: only failures with this primary "
                  "cause (a name of the 'failures by cause' table)");
  cmd->add_flag("--warnings", a->warnings,
                "Print the dictionaries' import diagnostics");
  cmd->add_flag("--check", a->check, "Exit 4 when under 85% of records pass");
  cmd->add_option("--conventions", a->conventions,
                  "Coding conventions: petrarch (what PETRARCH2 codes: "
                  "\"will X\" and \"about to X\" coded as X, actors "
                  "without a country as ---GOV) or khaldun (the coding "
                  "guideline; docs/coder.md)")
      ->check(CLI::IsMember({"petrarch", "khaldun"}))
      ->capture_default_str();
  SetRun(cmd, [a] {
    eval::PetrarchSuite suite;
    Status s = eval::ReadPetrarchSuite(a->file, &suite);
    if (!s.ok()) {
      std::cerr << "khaldun eval petrarch: " << s.ToString() << "\n";
      return static_cast<int>(kExitLoad);
    }
    eval::PetrarchEvalOptions opts;
    opts.data_dir = Common().data_dir;
    opts.syntax_model = Common().syntax_model;
    ParseConventions(a->conventions, &opts.conventions);
    eval::PetrarchReport report;
    s = eval::EvaluatePetrarch(suite, opts, &report);
    if (!s.ok()) {
      std::cerr << "khaldun eval petrarch: " << s.ToString() << "\n";
      return static_cast<int>(kExitLoad);
    }
    if (a->warnings)
      for (const std::string& w : report.load_warnings) std::cerr << w << "\n";
    bool explain = !a->no_explain;
    for (const eval::PetrarchResult& r : report.results) {
      const eval::PetrarchRecord& rec = suite.records[r.record];
      bool asked = false;
      for (const std::string& id : a->records) asked |= id == rec.id;
      bool listed =
          a->list_failures && !r.score.passed &&
          (a->category.empty() || a->category == rec.category) &&
          (a->cause.empty() || a->cause == eval::PetrarchCauseName(r.cause));
      if (asked || listed) PrintRecord(suite, r, explain);
    }
    std::cout << "\nPETRARCH suite " << suite.path << ": "
              << suite.records.size() << " records; dictionaries:";
    for (const std::string& d : suite.DictionaryPaths()) std::cout << " " << d;
    std::cout << " (" << report.load_warnings.size()
              << " import diagnostics; --warnings prints them)\n";
    std::cout << "conventions: " << ConventionsName(opts.conventions)
              << " (--conventions petrarch|khaldun)\n";
    std::cout << "category     records  passed   rate   codings found/exp  "
                 "extra\n";
    for (const eval::PetrarchTally& t : report.categories)
      std::cout << Row(t) << "\n";
    std::cout << Row(report.overall) << "\n";
    eval::PetrarchTally impl = report.implemented;
    impl.name = "sentence=true";
    std::cout << Row(impl)
              << "   (records PETRARCH does not mark as unimplemented)\n";
    std::cout << Row(report.with_events)
              << "   (records that expect at least one event)\n";
    // Failures by cause (docs/evaluation.md): primary = first cause in order
    // of precedence; touched = records where the cause occurs at all.
    constexpr int kCauses = static_cast<int>(eval::PetrarchCause::kCount);
    int primary[kCauses] = {}, touched[kCauses] = {};
    std::vector<std::string> ids[kCauses];
    for (const eval::PetrarchResult& r : report.results) {
      if (r.score.passed) continue;
      int c = static_cast<int>(r.cause);
      ++primary[c];
      if (ids[c].size() < 5) ids[c].push_back(suite.records[r.record].id);
      for (int i = 0; i < kCauses; ++i) touched[i] += (r.causes >> i) & 1;
    }
    std::cout << "failures by cause  primary touched  e.g.\n";
    for (int i = 0; i < kCauses; ++i) {
      if (!primary[i] && !touched[i]) continue;
      char buf[80];
      std::snprintf(
          buf, sizeof buf, "  %-15s %7d %7d  ",
          std::string(eval::PetrarchCauseName(eval::PetrarchCause(i))).c_str(),
          primary[i], touched[i]);
      std::cout << buf;
      for (const std::string& id : ids[i]) std::cout << id << " ";
      std::cout << "\n";
    }
    bool met = report.overall.rate() >= kTarget;
    std::cout << "target: >= " << kTarget
              << "% of records pass: " << (met ? "MET" : "MISSED") << "\n";
    return static_cast<int>(a->check && !met ? kExitTargetMissed : kExitOk);
  });
});

}  // namespace
}  // namespace khaldun::cli
