// khaldun eval examples TSV: the CAMEO manual's example sentences coded with
// the default lexicons; exact-code and root matches, overall and on the
// examples with an identifiable source and target (src/eval/examples.h,
// docs/evaluation.md).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "cli/command.h"
#include "eval/examples.h"

namespace khaldun::cli {
namespace {

struct Args {
  std::string tsv = "../shared/data/cameo/cameo_codebook_from_manual.tsv";
  std::string manual;
  std::vector<std::string> lexicons = {"default"};
  bool list_failures = false;
  bool list_all = false;
  bool explain = false;
  bool by_root = false;
  bool check = false;
};

constexpr double kTarget = 70.0;

std::string Row(const std::string& name, const eval::ExampleTally& t) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "%-26s %5d  %5d %6.1f%%  %5d %6.1f%%  %5d",
                name.c_str(), t.examples, t.exact,
                eval::ExampleTally::Rate(t.exact, t.examples), t.root,
                eval::ExampleTally::Rate(t.root, t.examples), t.any_event);
  return buf;
}

CommandRegistrar reg("eval-examples", [](const Groups& g) {
  auto a = std::make_shared<Args>();
  CLI::App* cmd = g.eval->add_subcommand(
      "examples",
      "Code the CAMEO manual's example sentences and score exact code and "
      "root matches");
  cmd->add_option("tsv", a->tsv, "cameo_codebook_from_manual.tsv")
      ->capture_default_str();
  cmd->add_option("--manual", a->manual,
                  "The manual's text with the examples (default: "
                  "CAMEO.Manual.1.1b3.txt beside the TSV)");
  cmd->add_option("--lexicon", a->lexicons, "Lexicon sources")
      ->capture_default_str();
  cmd->add_flag("--list-failures", a->list_failures,
                "Print every example without a root match");
  cmd->add_flag("--list", a->list_all,
                "Print every example with its result (as --list-failures)");
  cmd->add_flag("--explain", a->explain,
                "With --list-failures: add the coder's explanation");
  cmd->add_flag("--by-root", a->by_root, "Print the figures per root");
  cmd->add_flag("--check", a->check,
                "Exit 4 when root match on the dyadic examples is under 70%");
  SetRun(cmd, [a] {
    std::vector<eval::CodebookExample> examples;
    std::vector<std::string> notes;
    Status s = eval::ReadCodebookExamples(a->tsv, a->manual, &examples, &notes);
    if (!s.ok()) {
      std::cerr << "khaldun eval examples: " << s.ToString() << "\n";
      return static_cast<int>(kExitLoad);
    }
    for (const std::string& n : notes) std::cerr << "note: " << n << "\n";
    eval::ExamplesEvalOptions opts;
    opts.data_dir = Common().data_dir;
    opts.syntax_model = Common().syntax_model;
    opts.lexicons = a->lexicons;
    eval::ExamplesReport report;
    s = eval::EvaluateExamples(examples, opts, &report);
    if (!s.ok()) {
      std::cerr << "khaldun eval examples: " << s.ToString() << "\n";
      return static_cast<int>(kExitLoad);
    }
    if (a->list_failures || a->list_all) {
      for (const eval::ExampleResult& r : report.results) {
        if (r.match.root && !a->list_all) continue;
        const eval::CodebookExample& ex = examples[r.example];
        std::cout << "\n== " << ex.code << " " << ex.name << " (" << ex.where
                  << ")" << (r.dyadic ? " dyadic" : "")
                  << (r.match.exact  ? " EXACT"
                      : r.match.root ? " ROOT"
                                     : " MISS")
                  << (r.cause.empty() ? "" : " (" + r.cause + ")") << "\n"
                  << "text: " << ex.text << "\nactors:";
        for (const std::string& x : r.actors) std::cout << " " << x;
        std::cout << "\nproduced:";
        if (r.produced.empty()) std::cout << " no event";
        for (const std::string& p : r.produced) std::cout << "\n  " << p;
        std::cout << "\n";
        if (a->explain) std::cout << "explain:\n" << r.explain;
      }
      std::cout << "\n";
    }
    std::cout << "CAMEO manual examples: " << examples.size() << "\n"
              << "                           exmpl  exact   rate   root   "
                 "rate  any-event\n"
              << Row("all examples", report.all) << "\n"
              << Row("source and target (>=2)", report.dyadic) << "\n";
    if (a->by_root) {
      for (const auto& [root, t] : report.by_root) {
        std::cout << Row("root " + root, t) << "\n";
        auto it = report.dyadic_by_root.find(root);
        if (it != report.dyadic_by_root.end())
          std::cout << Row("  dyadic", it->second) << "\n";
      }
    }
    std::map<std::string, std::vector<std::string>> causes;
    for (const eval::ExampleResult& r : report.results)
      if (r.dyadic && !r.cause.empty())
        causes[r.cause].push_back(examples[r.example].where);
    std::cout << "misses with source and target, by cause:\n";
    for (const auto& [cause, where] : causes) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "  %-12s %4zu  e.g. ", cause.c_str(),
                    where.size());
      std::cout << buf << where[0] << "\n";
    }
    double rate =
        eval::ExampleTally::Rate(report.dyadic.root, report.dyadic.examples);
    bool met = rate >= kTarget;
    std::cout << "target: root match >= " << kTarget
              << "% on examples with source and target: "
              << (met ? "MET" : "MISSED") << "\n";
    return static_cast<int>(a->check && !met ? kExitTargetMissed : kExitOk);
  });
});

}  // namespace
}  // namespace khaldun::cli
