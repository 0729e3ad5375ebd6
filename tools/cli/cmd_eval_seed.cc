// khaldun eval seed DIR: scores the seed article against expected.json.
#include <iostream>

#include "cli/command.h"
#include "eval/seed.h"
#include "khaldun/pipeline.h"

namespace khaldun::cli {
namespace {

struct Args {
  std::string dir = "../shared/eval/seed";
};

CommandRegistrar reg("eval-seed", [](const Groups& g) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = g.eval->add_subcommand(
      "seed", "Score the seed article against its expected events");
  cmd->add_option("dir", args->dir, "Folder with article.txt and expected.json")
      ->capture_default_str();
  SetRun(cmd, [args] {
    PipelineOptions po;
    po.data_dir = Common().data_dir;
    po.syntax_model = Common().syntax_model;
    std::unique_ptr<Pipeline> pipeline;
    Status s = Pipeline::Load(po, &pipeline);
    if (!s.ok()) {
      std::cerr << "khaldun: " << s.ToString() << "\n";
      return static_cast<int>(kExitLoad);
    }
    eval::SeedReport r;
    s = eval::EvaluateSeed(*pipeline, args->dir, &r);
    if (!s.ok()) {
      std::cerr << "khaldun: " << s.ToString() << "\n";
      return static_cast<int>(kExitLoad);
    }
    for (const std::string& line : r.lines) std::cout << line << "\n";
    std::cout << "must events:      " << r.must_found << "/" << r.must_total
              << "\nmust-not events:  " << r.must_not_violations
              << "\nextra events:     " << r.extras << " (at most 3)"
              << "\nevents produced:  " << r.events
              << "\nresult:           " << (r.passed() ? "PASS" : "FAIL")
              << "\n";
    return static_cast<int>(r.passed() ? kExitOk : kExitTargetMissed);
  });
});

}  // namespace
}  // namespace khaldun::cli
