#include <iostream>

#include "cli/command.h"

namespace khaldun::cli {
namespace {

CommandRegistrar reg("version", [](const Groups& g) {
  CLI::App* cmd = g.root->add_subcommand("version", "Print the version");
  SetRun(cmd, [] {
    std::cout << "khaldun " << KHALDUN_VERSION << "\n";
    return kExitOk;
  });
});

}  // namespace
}  // namespace khaldun::cli
