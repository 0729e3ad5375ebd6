// Test helpers for the neural parser: a tiny random model and sentence.
#ifndef KHALDUN_PARSE_NN_TEST_UTIL_H_
#define KHALDUN_PARSE_NN_TEST_UTIL_H_

#include "parse/nn_parser.h"

namespace khaldun {
namespace testing_nn {

// A tiny model with random weights on a five-word sentence.
inline nn::Model TinyModel(int layers) {
  nn::Model m;
  m.dims.word = 4;
  m.dims.tag = 3;
  m.dims.cls = 2;
  m.dims.lstm = 5;
  m.dims.layers = layers;
  m.dims.hidden = 6;
  m.dims.label_hidden = 4;
  m.num_labels = 4;
  m.root_label = 0;
  m.word_keys = {11, 12, 13};
  m.tag_keys = {21, 22};
  m.BuildMaps();
  m.Layout();
  m.InitWeights(3);
  // Larger weights than the initialisation's, so that the gates and the
  // tanh layers are far from linear.
  for (float& x : m.p) x *= 3;
  return m;
}

inline void TinySentence(nn::Scratch* sc) {
  sc->n1 = 6;  // five words and the root
  sc->w = {2, 3, 0, 4, 2, 1};
  sc->t = {2, 3, 2, 0, 3, 1};
  sc->c = {1, 5, 0, 7, 3, nn::kNumClassIds - 1};
}

}  // namespace testing_nn
}  // namespace khaldun

#endif  // KHALDUN_PARSE_NN_TEST_UTIL_H_
