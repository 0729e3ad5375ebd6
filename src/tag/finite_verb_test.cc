#include "tag/finite_verb.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace khaldun::tag {
namespace {

// "form/XPOS form/XPOS ..." -> a tagged sentence.
Sentence Tagged(const std::string& spec) {
  Sentence s;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    size_t slash = item.rfind('/');
    Token t;
    t.norm = item.substr(0, slash);  // the repair reads norm, else form
    t.xpos = item.substr(slash + 1);
    s.tokens.push_back(t);
  }
  s.tagged = true;
  return s;
}

std::string Tags(const Sentence& s) {
  std::string out;
  for (const Token& t : s.tokens) out += (out.empty() ? "" : " ") + t.xpos;
  return out;
}

TEST(RepairFiniteVerbs, ASentenceWithoutAFiniteVerbGetsOne) {
  Sentence s = Tagged("Rebels/NNS attacked/VBN the/DT town/NN ./.");
  EXPECT_EQ(RepairFiniteVerbs(&s), 1);
  EXPECT_EQ(Tags(s), "NNS VBD DT NN .");
}

TEST(RepairFiniteVerbs, AfterAVerbOfSaying) {
  Sentence s =
      Tagged("Officials/NNS said/VBD rebels/NNS attacked/VBN the/DT town/NN");
  EXPECT_EQ(RepairFiniteVerbs(&s), 1);
  EXPECT_EQ(s.tokens[3].xpos, "VBD");
}

TEST(RepairFiniteVerbs, ParticiplesStay) {
  // A finite verb elsewhere and no verb of saying: a reduced relative.
  Sentence s =
      Tagged("Men/NNS armed/VBN the/DT night/NN before/RB attacked/VBD it/PRP");
  EXPECT_EQ(RepairFiniteVerbs(&s), 0);
  // No object after it.
  s = Tagged("Rebels/NNS defeated/VBN by/IN troops/NNS ./.");
  EXPECT_EQ(RepairFiniteVerbs(&s), 0);
  // A form that is only a participle.
  s = Tagged("Troops/NNS taken/VBN the/DT town/NN");
  EXPECT_EQ(RepairFiniteVerbs(&s), 0);
  // No nominal before it.
  s = Tagged("Recently/RB attacked/VBN the/DT town/NN");
  EXPECT_EQ(RepairFiniteVerbs(&s), 0);
}

TEST(RepairFiniteVerbs, HyphenatedModifierIsAParticiple) {
  Sentence s =
      Tagged("US/NNP -/HYPH led/VBD forces/NNS bombed/VBN the/DT village/NN");
  EXPECT_EQ(RepairFiniteVerbs(&s), 2);
  EXPECT_EQ(Tags(s), "NNP HYPH VBN NNS VBD DT NN");
}

}  // namespace
}  // namespace khaldun::tag
