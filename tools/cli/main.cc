// khaldun: the command-line front end.  See `khaldun --help`.
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <vector>

#include "cli/command.h"

namespace khaldun::cli {
namespace {

struct Registered {
  std::string name;
  std::function<void(const Groups&)> add;
};

std::vector<Registered>& Registry() {
  static std::vector<Registered> r;
  return r;
}

std::map<CLI::App*, std::function<int()>>& Runs() {
  static std::map<CLI::App*, std::function<int()>> r;
  return r;
}

// The deepest parsed sub-command.
CLI::App* Chosen(CLI::App* app) {
  for (CLI::App* sub : app->get_subcommands()) return Chosen(sub);
  return app;
}

}  // namespace

void SetRun(CLI::App* cmd, std::function<int()> run) {
  Runs()[cmd] = std::move(run);
}

CommandRegistrar::CommandRegistrar(const char* name,
                                   std::function<void(const Groups&)> add) {
  Registry().push_back({name, std::move(add)});
}

CommonOptions& Common() {
  static CommonOptions c;
  return c;
}

std::string FindShared(const std::string& rel) {
  std::vector<std::string> roots;
  if (const char* env = std::getenv("KHALDUN_SHARED")) roots.push_back(env);
  roots.push_back(std::string(KHALDUN_DATA_DIR) + "/../../shared");
  roots.push_back("../shared");
  roots.push_back("shared");
  for (const std::string& r : roots) {
    struct stat st;
    std::string path = r + "/" + rel;
    if (::stat(path.c_str(), &st) == 0) return path;
  }
  return "";
}

}  // namespace khaldun::cli

int main(int argc, char** argv) {
  using namespace khaldun::cli;
  CLI::App app{
      "Khaldun: political event data from news text (CAMEO/PLOVER coding).",
      "khaldun"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for all sub-commands");
  app.add_option("--data", Common().data_dir,
                 "Directory with models and lexicons (default: the built-in "
                 "data directory, or $KHALDUN_DATA)");
  app.add_option("--syntax-model", Common().syntax_model,
                 "Tagger and parser model file (default: "
                 "<data>/models/en_ewt.syntax, the perceptron parser the "
                 "event coder is tuned on; en_ewt_nn_small.syntax and "
                 "en_ewt_nn.syntax hold BiLSTM parsers, more accurate)");
  app.footer(
      "Exit codes: 0 ok, 1 some records failed, 2 usage error, 3 load "
      "error, 4 evaluation target missed.");
  Groups g;
  g.root = &app;
  g.eval = app.add_subcommand("eval", "Evaluate against a gold suite");
  g.eval->require_subcommand(1);
  g.lexicon = app.add_subcommand("lexicon", "Inspect and check lexicons");
  g.lexicon->require_subcommand(1);

  auto& reg = Registry();
  std::sort(reg.begin(), reg.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  for (const auto& r : reg) r.add(g);
  // Groups with no registered command yet are hidden.
  if (g.lexicon->get_subcommands({}).empty()) app.remove_subcommand(g.lexicon);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  CLI::App* chosen = Chosen(&app);
  auto it = Runs().find(chosen);
  if (it == Runs().end()) {
    std::cerr << chosen->help();
    return kExitUsage;
  }
  return it->second();
}
