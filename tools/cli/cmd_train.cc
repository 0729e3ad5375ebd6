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
  bool quiet = false;
  bool no_parser_clusters = false;
  // The training options, bound to the command line (corpora_dir gets
  // the CLI default ../shared/corpora).
  SyntaxTrainOptions o;
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
  if (a.o.tagger_backward && a.o.tag_refiner) {
    std::cerr << "khaldun train: --tagger-backward and --tag-refiner "
                 "exclude each other\n";
    return kExitUsage;
  }
  if (a.o.parser_nn.enabled && a.o.parser_beam > 1) {
    std::cerr << "khaldun train: --parser-nn decodes greedily; it does not "
                 "take --parser-beam\n";
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
  SyntaxTrainOptions o = a.o;
  o.verbose = !a.quiet;
  o.parser_clusters = !a.no_parser_clusters;
  o.data_description =
      "UD English EWT: en_ewt-ud-train.conllu (training), "
      "en_ewt-ud-dev.conllu (progress only)";
  if (!o.corpora_dir.empty())
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
  a->o.corpora_dir = "../shared/corpora";
  CLI::App* cmd = g.root->add_subcommand(
      "train",
      "Train the tagger, lemmatizer and parser on UD English EWT "
      "(writes <out>/en_ewt.syntax)");
  cmd->add_option("--ud", a->ud, "Directory with en_ewt-ud-{train,dev}.conllu")
      ->capture_default_str();
  cmd->add_option("--out", a->out, "Output directory")->capture_default_str();
  cmd->add_option("--tagger-epochs", a->o.tagger_epochs)->capture_default_str();
  cmd->add_option("--parser-epochs", a->o.parser_epochs)->capture_default_str();
  cmd->add_option("--folds", a->o.jackknife_folds,
                  "Jackknife folds for the parser's predicted tags")
      ->capture_default_str();
  cmd->add_option("--seed", a->o.seed)->capture_default_str();
  cmd->add_option("--wordnet", a->o.wordnet_dir,
                  "WordNet dict dir with *.exc (\"\" = none)")
      ->capture_default_str();
  cmd->add_option("--corpora", a->o.corpora_dir,
                  "Unlabeled text for the tagger's word clusters (\"\" = "
                  "none)")
      ->capture_default_str();
  cmd->add_flag("--tag-refiner", a->o.tag_refiner,
                "Add the stacked second tagging pass (experimental: did "
                "not improve EWT dev)");
  cmd->add_flag("--tagger-backward", a->o.tagger_backward,
                "Add the tagger's backward pass: a right-to-left model "
                "whose scores are added to the first pass's for unsure "
                "tokens (experimental)");
  cmd->add_option("--tagger-backward-threshold", a->o.tagger_backward_threshold,
                  "Consult the backward model for tokens whose first-pass "
                  "score margin is below this")
      ->capture_default_str();
  cmd->add_option("--tagger-backward-max-features",
                  a->o.tagger_backward_max_features,
                  "Feature rows kept in the backward model (0 = all)")
      ->capture_default_str();
  cmd->add_option("--tagger-max-features", a->o.tagger_max_features,
                  "Feature rows kept in the tagger's model (0 = all)")
      ->capture_default_str();
  cmd->add_flag("--no-parser-clusters", a->no_parser_clusters,
                "No word-class features in the parser");
  cmd->add_flag("--parser-gold-tags", a->o.parser_gold_tags,
                "Also train the parser on each sentence with its gold tags "
                "(experimental: better on EWT, worse on the event evals)");
  cmd->add_flag("--parser-label-features", a->o.parser_label_features,
                "Richer label features (experimental, as above)");
  cmd->add_option("--parser-beam", a->o.parser_beam,
                  "Beam width of the parser, trained globally (1 = greedy; "
                  "experimental)")
      ->capture_default_str()
      ->check(CLI::Range(1, 255));
  cmd->add_flag("--parser-beam-early", a->o.parser_beam_early,
                "Early update instead of max-violation (with "
                "--parser-beam)");
  NnParserOptions* nn = &a->o.parser_nn;
  cmd->add_flag("--parser-nn", nn->enabled,
                "Neural transition scorer: a BiLSTM with MLP scorers "
                "instead of the perceptrons (experimental)");
  cmd->add_option("--nn-epochs", nn->epochs)->capture_default_str();
  cmd->add_option("--nn-lstm-dims", nn->lstm_dim, "BiLSTM units per direction")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--nn-lstm-layers", nn->lstm_layers)
      ->capture_default_str()
      ->check(CLI::Range(1, 8));
  cmd->add_option("--nn-hidden", nn->hidden, "Hidden units of the scorer")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--nn-label-hidden", nn->label_hidden,
                  "Hidden units of the labeller")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--nn-word-dims", nn->word_dim)
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--nn-tag-dims", nn->tag_dim)
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--nn-class-dims", nn->class_dim)
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--nn-learning-rate", nn->learning_rate)
      ->capture_default_str();
  cmd->add_option("--nn-explore", nn->explore,
                  "Probability of following a wrong prediction")
      ->capture_default_str();
  cmd->add_option("--nn-explore-after", nn->explore_after,
                  "Epochs before error exploration")
      ->capture_default_str();
  cmd->add_option("--nn-dropout-in", nn->dropout_in,
                  "Dropout rate of the BiLSTM's inputs")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 0.9));
  cmd->add_option("--nn-dropout-out", nn->dropout_out,
                  "Dropout rate of the BiLSTM's outputs")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 0.9));
  cmd->add_option("--nn-average", nn->average,
                  "Decay of the weights' moving average per update (e.g. "
                  "0.9999; 0 = none)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 0.999999));
  cmd->add_option("--nn-batch", nn->batch, "Sentences per update")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--parser-extra", a->o.parser_extra,
                  "CoNLL-U of automatically parsed sentences added to the "
                  "parser's training data (uptraining; experimental)");
  cmd->add_option("--jackknife-cache", a->o.jackknife_cache,
                  "File of the parser's jackknifed training tags: written "
                  "by a full training, read by --parser-only");
  cmd->add_option("--parser-only", a->o.base_model,
                  "Train only the parser, keeping this model's tagger and "
                  "lemmatizer (needs --jackknife-cache; for experiments)");
  cmd->add_flag("--quiet", a->quiet, "No progress on stderr");
  SetRun(cmd, [a] { return RunTrain(*a); });
});

}  // namespace
}  // namespace khaldun::cli
