// Seed acceptance: scores the events Khaldun codes from a seed article
// against the expected.json beside it (../shared/eval/seed).
//
// expected.json lists "must", "may" and "must_not" events.  An expected
// event belongs to the sentence containing its quoted text; a produced event
// from that sentence matches it when the source country and group, the
// target country and group (null = no target) are the same and the event
// root is among its "roots".  Every produced event that matches no must/may
// event is an extra (a false positive).  The must_not entries are prose;
// Khaldun reads the rules they state from tests' own structured form (see
// SeedRule) — docs/coder.md lists them.
#ifndef KHALDUN_EVAL_SEED_H_
#define KHALDUN_EVAL_SEED_H_

#include <string>
#include <vector>

#include "khaldun/event.h"
#include "khaldun/pipeline.h"
#include "khaldun/status.h"

namespace khaldun::eval {

struct SeedReport {
  int must_total = 0;
  int must_found = 0;
  int must_not_violations = 0;
  int extras = 0;                  // produced events outside must and may
  int events = 0;                  // produced events
  std::vector<std::string> lines;  // human-readable details
  // The acceptance: all must, no must-not, at most 3 extras.
  bool passed() const {
    return must_found == must_total && must_not_violations == 0 && extras <= 3;
  }
};

// Runs `pipeline` on <dir>/article.txt (dated by expected.json) and scores
// it against <dir>/expected.json.
Status EvaluateSeed(const Pipeline& pipeline, const std::string& dir,
                    SeedReport* report);

}  // namespace khaldun::eval

#endif  // KHALDUN_EVAL_SEED_H_
