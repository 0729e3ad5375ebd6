// khaldun train-boundary: trains the sentence-boundary model of the
// segmenter (src/segment/boundary_model.h) on UD EWT train, chooses its
// threshold on dev and writes the generated table
// src/segment/boundary_weights.inc (rebuild the binary afterwards).

#include <iostream>
#include <memory>
#include <string>

#include "cli/command.h"
#include "segment/boundary_train.h"

namespace khaldun::cli {
namespace {

struct TrainBoundaryArgs {
  std::string ud = "../shared/data/ud";
  std::string out = "src/segment/boundary_weights.inc";
  int epochs = 10;
  uint64_t seed = 42;
};

int RunTrainBoundary(const TrainBoundaryArgs& args) {
  segment::BoundaryTrainOptions o;
  o.epochs = args.epochs;
  o.seed = args.seed;
  segment::BoundaryTrainResult r;
  Status st =
      segment::TrainBoundaryModel(args.ud + "/en_ewt-ud-train.conllu",
                                  args.ud + "/en_ewt-ud-dev.conllu", o, &r);
  std::cerr << r.report;
  if (!st.ok()) {
    std::cerr << "khaldun train-boundary: " << st.message() << "\n";
    return kExitLoad;
  }
  std::string command = "khaldun train-boundary --ud " + args.ud +
                        " --epochs " + std::to_string(args.epochs) +
                        " --seed " + std::to_string(args.seed);
  st = segment::WriteBoundaryTable(r, args.out, command);
  if (!st.ok()) {
    std::cerr << "khaldun train-boundary: " << st.message() << "\n";
    return kExitLoad;
  }
  std::cerr << "wrote " << args.out << "\n";
  return kExitOk;
}

CommandRegistrar reg("train-boundary", [](const Groups& g) {
  auto args = std::make_shared<TrainBoundaryArgs>();
  CLI::App* cmd = g.root->add_subcommand(
      "train-boundary",
      "Train the segmenter's sentence-boundary model on UD EWT (writes "
      "src/segment/boundary_weights.inc)");
  cmd->add_option("--ud", args->ud,
                  "Directory with en_ewt-ud-{train,dev}.conllu");
  cmd->add_option("--out", args->out, "Generated table to write");
  cmd->add_option("--epochs", args->epochs, "Perceptron epochs");
  cmd->add_option("--seed", args->seed, "Shuffling seed");
  SetRun(cmd, [args] { return RunTrainBoundary(*args); });
});

}  // namespace
}  // namespace khaldun::cli
