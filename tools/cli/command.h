// Sub-command registry of the `khaldun` tool.  Each tools/cli/cmd_*.cc file
// registers its sub-commands with a static CommandRegistrar; main.cc builds
// the CLI11 application, calls every registrar (sorted by name), parses the
// command line and runs the chosen command.
//
// Exit codes (documented in docs/cli.md):
//   0  success
//   1  some input records failed (errors were printed; the rest was output)
//   2  usage error (bad option or argument)
//   3  a model, lexicon or data file could not be loaded
//   4  an evaluation ran but missed its target (`khaldun eval --check`)
#ifndef KHALDUN_TOOLS_CLI_COMMAND_H_
#define KHALDUN_TOOLS_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace khaldun::cli {

enum ExitCode {
  kExitOk = 0,
  kExitRecordErrors = 1,
  kExitUsage = 2,
  kExitLoad = 3,
  kExitTargetMissed = 4,
};

// The groups that commands attach to.
struct Groups {
  CLI::App* root;     // khaldun <cmd>
  CLI::App* eval;     // khaldun eval <what>
  CLI::App* lexicon;  // khaldun lexicon <what>
};

// A sub-command's run function, set with SetRun(); its return value becomes
// the process exit code.
void SetRun(CLI::App* cmd, std::function<int()> run);

struct CommandRegistrar {
  CommandRegistrar(const char* name, std::function<void(const Groups&)> add);
};

// Options shared by many commands.
struct CommonOptions {
  std::string data_dir;  // --data: models and lexicons (default: built-in)
  // --syntax-model: the syntax model file (default: the data dir's).
  std::string syntax_model;
};
CommonOptions& Common();

// The path of `rel` inside the evaluation data (../shared): looked for under
// $KHALDUN_SHARED, ../shared beside the source tree, then ../shared and
// shared relative to the working directory.  "" when none has it.
std::string FindShared(const std::string& rel);

}  // namespace khaldun::cli

#endif  // KHALDUN_TOOLS_CLI_COMMAND_H_
