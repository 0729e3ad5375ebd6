// Beam search for the arc-hybrid parser (Parser::BeamParse) and its global
// training (Parser::TrainBeam): a structured averaged perceptron over whole
// transition sequences (Zhang & Clark 2008; Zhang & Nivre 2011) with the
// static oracle's gold sequence and the max-violation update (Huang, Fayong
// & Guo 2012) or early update (Collins & Roark 2004).
//
// A state's score is the sum of the transition scores (the same
// MoveFeatures and transition model as the greedy parser) of its scored
// moves; a move forced by the transition system (the only valid one) adds
// nothing, in training and decoding alike.  In arc-hybrid with the root at
// the end of the buffer every state of a sentence of n words ends after
// exactly 2n moves, so the states of a beam always compare sequences of the
// same length.  Arcs are labelled greedily by the label model when they are
// made (labels do not enter the beam score); the labeller trains on the
// arcs of the gold sequence, as the greedy parser's does on gold-head arcs.
//
// Training needs projective trees: a non-projective training tree is
// projectivised by lifting (the shortest non-projective arc's dependent is
// attached to its head's head, until none is left).
#ifndef KHALDUN_PARSE_BEAM_H_
#define KHALDUN_PARSE_BEAM_H_

#include <cstdint>
#include <vector>

#include "parse/parser.h"

namespace khaldun {

// A beam item: the state's score and its last move (the state itself is
// the ParserScratch at the same index of BeamScratch::cur).
struct BeamItem {
  int64_t score = 0;  // decoding (int16 weights)
  double fscore = 0;  // training (float weights)
  int b = 0;          // buffer front
  int parent = -1;    // index in the previous step's beam
  int move = -1;
  int label = -1;
  bool gold = true;  // training: the gold sequence so far
  // Decoding: the valid moves and the item's features in the scratch.
  int valid = 0;
  uint32_t feats_begin = 0, feats_end = 0;
};

// Per-thread beam memory (ParserScratch::beam); grown to the widest beam
// and longest sentence seen, then reused without allocation.
struct BeamScratch {
  // States of the current and next step (k each).
  std::vector<ParserScratch> cur, next;
  std::vector<BeamItem> items, next_items;
  struct Candidate {
    int64_t score;
    double fscore;
    int parent;
    int move;
  };
  std::vector<Candidate> cands;
  std::vector<int> uses;  // children kept per parent
  // Training: the items of every step (history for the update).
  std::vector<std::vector<BeamItem>> history;
};

// Lifts non-projective arcs of heads (head of token i, n = root, for
// tokens 0..n-1) until the tree is projective; returns the number of arcs
// changed.
int Projectivize(std::vector<int>* heads);

// The static oracle's move for a projective gold tree (gold[i]: head of
// token i, n = root; done[i]: dependents of i attached so far, deps[i]:
// i's gold dependents): reduce as soon as possible (LEFT, then RIGHT, else
// SHIFT); -1 when no move keeps the gold tree (non-projective).
int StaticOracle(const std::vector<int>& stack, int b, int n,
                 const std::vector<int>& gold, const std::vector<int>& done,
                 const std::vector<int>& deps);

}  // namespace khaldun

#endif  // KHALDUN_PARSE_BEAM_H_
