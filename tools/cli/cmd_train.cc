// khaldun train: trains the tagger, lemmatizer and dependency parser on UD
// English EWT and writes data/models/en_ewt.syntax (see docs/models.md).
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "io/conllu.h"
#include "khaldun/syntax.h"

namespace khaldun::cli {
namespace {

struct TrainArgs {
  std::string ud = "../shared/data/ud";
  std::string out = "data/models";
  int tagger_epochs = 10;
  int parser_epochs = 15;
  int folds = 5;
  uint64_t seed = 42;
  std::string wordnet = "/usr/share/wordnet";
  std::string corpora = "../shared/corpora";
  bool quiet = false;
  bool refiner = false;
  bool no_parser_clusters = false;
  bool parser_gold_tags = false;
  bool parser_label_features = false;
  int parser_beam = 1;
  bool parser_beam_early = false;
  bool tagger_backward = false;
  float tagger_backward_threshold = 15;
  size_t tagger_backward_max_features = 0;
  size_t tagger_max_features = 0;
  std::string jackknife_cache;
  std::string parser_only;
};

int RunTrain(const TrainArgs& a) {
  auto start = std::chrono::steady_clock::now();
  // Before minutes of training, not after.
  std::error_code ec;
  if (!std::filesystem::is_directory(a.out, ec) ||
      ::access(a.out.c_str(), W_OK) != 0) {
    std::cerr << "khaldun train: " << a.out
              << ": not a writable directory (--out)\n";
    return kExitUsage;
  }
  std::vector<Document> train, dev;
  const std::string train_path = a.ud + "/en_ewt-ud-train.conllu";
  const std::string dev_path = a.ud + "/en_ewt-ud-dev.conllu";
  for (auto [path, docs] :
       {std::pair{&train_path, &train}, std::pair{&dev_path, &dev}}) {
    Status s = ReadConlluFile(*path, docs);
    if (!s.ok()) {
      std::cerr << "khaldun train: " << s.ToString() << "\n";
      return s.code() == Status::Code::kNotFound ? kExitLoad
                                                 : kExitRecordErrors;
    }
  }
  SyntaxTrainOptions o;
  o.tagger_epochs = a.tagger_epochs;
  o.parser_epochs = a.parser_epochs;
  o.jackknife_folds = a.folds;
  o.seed = a.seed;
  o.wordnet_dir = a.wordnet;
  o.corpora_dir = a.corpora;
  o.verbose = !a.quiet;
  o.tag_refiner = a.refiner;
  o.parser_clusters = !a.no_parser_clusters;
  o.parser_gold_tags = a.parser_gold_tags;
  o.parser_label_features = a.parser_label_features;
  o.parser_beam = a.parser_beam;
  o.parser_beam_early = a.parser_beam_early;
  if (a.tagger_backward && a.refiner) {
    std::cerr << "khaldun train: --tagger-backward and --tag-refiner "
                 "exclude each other\n";
    return kExitUsage;
  }
  o.tagger_backward = a.tagger_backward;
  o.tagger_backward_threshold = a.tagger_backward_threshold;
  o.tagger_backward_max_features = a.tagger_backward_max_features;
  o.tagger_max_features = a.tagger_max_features;
  o.jackknife_cache = a.jackknife_cache;
  o.base_model = a.parser_only;
  o.data_description =
      "UD English EWT: en_ewt-ud-train.conllu (training), "
      "en_ewt-ud-dev.conllu (progress only)";
  if (!a.corpora.empty())
    o.data_description +=
        "; word clusters from unlabeled news text (only the clusters are "
        "stored)";
  std::unique_ptr<SyntaxModel> model;
  Status s = SyntaxModel::Train(train, dev, o, &model);
  if (!s.ok()) {
    std::cerr << "khaldun train: " << s.ToString() << "\n";
    return s.code() == Status::Code::kNotFound ? kExitLoad : kExitRecordErrors;
  }
  const std::string path = a.out + "/en_ewt.syntax";
  s = model->Save(path);
  if (!s.ok()) {
    std::cerr << "khaldun train: " << s.ToString() << "\n";
    return kExitLoad;
  }
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::cerr << "wrote " << path << " (" << model->Serialize().size()
            << " bytes) in " << secs << " s\n";
  return kExitOk;
}

CommandRegistrar reg("train", [](const Groups& g) {
  auto* a = new TrainArgs();
  CLI::App* cmd = g.root->add_subcommand(
      "train",
      "Train the tagger, lemmatizer and parser on UD English EWT "
      "(writes <out>/en_ewt.syntax)");
  cmd->add_option("--ud", a->ud, "Directory with en_ewt-ud-{train,dev}.conllu")
      ->capture_default_str();
  cmd->add_option("--out", a->out, "Output directory")->capture_default_str();
  cmd->add_option("--tagger-epochs", a->tagger_epochs)->capture_default_str();
  cmd->add_option("--parser-epochs", a->parser_epochs)->capture_default_str();
  cmd->add_option("--folds", a->folds,
                  "Jackknife folds for the parser's predicted tags")
      ->capture_default_str();
  cmd->add_option("--seed", a->seed)->capture_default_str();
  cmd->add_option("--wordnet", a->wordnet,
                  "WordNet dict dir with *.exc (\"\" = none)")
      ->capture_default_str();
  cmd->add_option("--corpora", a->corpora,
                  "Unlabeled text for the tagger's word clusters (\"\" = "
                  "none)")
      ->capture_default_str();
  cmd->add_flag("--tag-refiner", a->refiner,
                "Add the stacked second tagging pass (experimental: did "
                "not improve EWT dev)");
  cmd->add_flag("--tagger-backward", a->tagger_backward,
                "Add the tagger's backward pass: a right-to-left model "
                "whose scores are added to the first pass's for unsure "
                "tokens (experimental)");
  cmd->add_option("--tagger-backward-threshold", a->tagger_backward_threshold,
                  "Consult the backward model for tokens whose first-pass "
                  "score margin is below this")
      ->capture_default_str();
  cmd->add_option("--tagger-backward-max-features",
                  a->tagger_backward_max_features,
                  "Feature rows kept in the backward model (0 = all)")
      ->capture_default_str();
  cmd->add_option("--tagger-max-features", a->tagger_max_features,
                  "Feature rows kept in the tagger's model (0 = all)")
      ->capture_default_str();
  cmd->add_flag("--no-parser-clusters", a->no_parser_clusters,
                "No word-class features in the parser");
  cmd->add_flag("--parser-gold-tags", a->parser_gold_tags,
                "Also train the parser on each sentence with its gold tags "
                "(experimental: better on EWT, worse on the event evals)");
  cmd->add_flag("--parser-label-features", a->parser_label_features,
                "Richer label features (experimental, as above)");
  cmd->add_option("--parser-beam", a->parser_beam,
                  "Beam width of the parser, trained globally (1 = greedy; "
                  "experimental)")
      ->capture_default_str()
      ->check(CLI::Range(1, 255));
  cmd->add_flag("--parser-beam-early", a->parser_beam_early,
                "Early update instead of max-violation (with "
                "--parser-beam)");
  cmd->add_option("--jackknife-cache", a->jackknife_cache,
                  "File of the parser's jackknifed training tags: written "
                  "by a full training, read by --parser-only");
  cmd->add_option("--parser-only", a->parser_only,
                  "Train only the parser, keeping this model's tagger and "
                  "lemmatizer (needs --jackknife-cache; for experiments)");
  cmd->add_flag("--quiet", a->quiet, "No progress on stderr");
  SetRun(cmd, [a] { return RunTrain(*a); });
});

}  // namespace
}  // namespace khaldun::cli
