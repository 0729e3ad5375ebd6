// Training of the sentence-boundary model (boundary_model.h) on UD English
// EWT: each document's text is rebuilt from the CoNLL-U file (as the
// evaluation does), tokenised and split by the rules; every gap the rules
// leave open and IsGapCandidate accepts is an example, labelled by whether a
// gold sentence starts after it.  A binary averaged perceptron is trained
// on train (examples shuffled with a seeded mt19937_64 each epoch, so a
// rerun gives the same weights); the decision threshold is the one with the
// best sentence F1 on dev.
//
//   BoundaryTrainOptions o;
//   BoundaryTrainResult r;
//   KHALDUN_RETURN_IF_ERROR(TrainBoundaryModel(train, dev, o, &r));
//   WriteBoundaryTable(r, "src/segment/boundary_weights.inc", command);
//
// Thread safety: pure functions.
#ifndef KHALDUN_SEGMENT_BOUNDARY_TRAIN_H_
#define KHALDUN_SEGMENT_BOUNDARY_TRAIN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::segment {

struct BoundaryTrainOptions {
  int epochs = 10;
  uint64_t seed = 42;
  // Candidate thresholds tried on dev, in weight units (scale 1000 = one
  // perceptron update).
  std::vector<int32_t> thresholds = {-2000, -1000, 0,    1000,  2000, 3000,
                                     4000,  6000,  8000, 10000, 15000};
};

struct BoundaryTrainResult {
  std::vector<int32_t> weights;  // kBoundaryBuckets scaled weights
  int32_t threshold = 0;
  std::string report;  // examples, dev sentence F1 per threshold
};

Status TrainBoundaryModel(const std::string& train_conllu,
                          const std::string& dev_conllu,
                          const BoundaryTrainOptions& options,
                          BoundaryTrainResult* result);

// Writes the weights as C++ (the generated boundary_weights.inc); `command`
// is recorded in its header.
Status WriteBoundaryTable(const BoundaryTrainResult& result,
                          const std::string& path, const std::string& command);

}  // namespace khaldun::segment

#endif  // KHALDUN_SEGMENT_BOUNDARY_TRAIN_H_
