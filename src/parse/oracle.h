// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): the
// gold tree it reads, and the cost of each move (the number of gold arcs it
// makes unreachable).  Shared by the perceptron parser (parser.cc) and the
// BiLSTM scorer (nn_parser.cc).
#ifndef KHALDUN_PARSE_ORACLE_H_
#define KHALDUN_PARSE_ORACLE_H_

#include <map>
#include <string>
#include <vector>

#include "khaldun/document.h"

namespace khaldun {

// The gold tree of s for the oracle: (*gold)[i] = head of token i with n =
// the root (n tokens; entry n is -1), (*label)[i] = the id of its relation
// in *label_id (an unknown relation is added with id 0; entry n is 0).
inline void GoldTree(const Sentence& s, std::map<std::string, int>* label_id,
                     std::vector<int>* gold, std::vector<int>* label) {
  const int n = static_cast<int>(s.tokens.size());
  gold->assign(n + 1, -1);
  label->assign(n + 1, 0);
  for (int i = 0; i < n; ++i) {
    (*gold)[i] = s.tokens[i].head < 0 ? n : s.tokens[i].head;
    (*label)[i] = (*label_id)[s.tokens[i].deprel];
  }
}

// cost[m] for m = SHIFT, LEFT, RIGHT (Parser::Move) with the stack, the
// buffer at b of n (the root is n) and the gold heads (gold[i] = n for the
// root's dependent); invalid moves cost 1 << 20.
inline void ArcHybridCosts(const std::vector<int>& stack, int b, int n,
                           const std::vector<int>& gold, int* cost) {
  enum { kShift = 0, kLeft = 1, kRight = 2 };
  const int ns = static_cast<int>(stack.size());
  cost[0] = cost[1] = cost[2] = 1 << 20;
  const int s0 = ns > 0 ? stack[ns - 1] : -1;
  const int s1 = ns > 1 ? stack[ns - 2] : -1;
  if (b < n) {
    // SHIFT: b's dependents in the stack, b's head in the stack below s0.
    int c = 0;
    for (int k = 0; k < ns; ++k) {
      if (gold[stack[k]] == b) ++c;
      if (k < ns - 1 && gold[b] == stack[k]) ++c;
    }
    cost[kShift] = c;
  }
  if (s0 >= 0) {
    int deps_in_buffer = 0;
    for (int k = b; k < n; ++k)
      if (gold[k] == s0) ++deps_in_buffer;
    const bool head_in_buffer = gold[s0] >= b;
    if (b < n || ns == 1) {
      // LEFT: s0 <- b.
      cost[kLeft] =
          deps_in_buffer +
          ((gold[s0] != b && (gold[s0] == s1 || head_in_buffer)) ? 1 : 0);
    }
    if (s1 >= 0) {
      cost[kRight] = deps_in_buffer + (head_in_buffer ? 1 : 0);
    }
  }
}

}  // namespace khaldun

#endif  // KHALDUN_PARSE_ORACLE_H_
