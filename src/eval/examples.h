// The CAMEO manual's example sentences as an evaluation: does Khaldun, with
// its default lexicons, code each example with the example's code (exact)
// or at least with its root?
//
//   std::vector<eval::CodebookExample> ex;
//   std::vector<std::string> notes;
//   Status s = eval::ReadCodebookExamples(
//       "../shared/data/cameo/cameo_codebook_from_manual.tsv", "", &ex,
//       &notes);
//   eval::ExamplesReport report;
//   s = eval::EvaluateExamples(ex, {}, &report);
//   std::cout << report.dyadic.root << "/" << report.dyadic.examples;
//
// Where the examples come from: the codebook TSV (cameo_code, name,
// description, usage_notes) lists the codes; a column named "example" or
// "examples" is used when present, but the shared TSV has none, so the
// examples are read from the verb codebook (chapter 2) of the manual's text
// beside it (CAMEO.Manual.1.1b3.txt): every "Example" field of a "CAMEO
// <code>" block, with its continuation lines joined, words hyphenated
// across lines re-joined and page furniture (page numbers, running heads)
// dropped.  "Example Note" fields are not examples.
//
// "Identifiable source and target" (the target population) is a
// mechanical criterion: the lexicon finds at least two actor mentions with
// distinct codes, each with a country or a known group, in the example.
//
// Thread safety: plain functions over values.
#ifndef KHALDUN_EVAL_EXAMPLES_H_
#define KHALDUN_EVAL_EXAMPLES_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::eval {

struct CodebookExample {
  std::string code;   // "0231"
  std::string name;   // the code's name in the TSV
  std::string text;   // the example sentence(s)
  std::string where;  // "file:line" of its first line
};

// The codes of the codebook TSV (header row with "cameo_code"); *examples
// receives the examples of an "example(s)" column if there is one.
Status ParseCodebookTsv(std::string_view tsv, const std::string& path,
                        std::map<std::string, std::string>* names,
                        std::vector<CodebookExample>* examples);

// The examples of the verb codebook in the manual's text.
void ParseManualExamples(std::string_view manual, const std::string& path,
                         std::vector<CodebookExample>* out);

// Reads the TSV and, when it has no example column, the manual (`manual`,
// or "" for CAMEO.Manual.1.1b3.txt beside the TSV).  Examples whose code is
// not in the TSV, and placeholders without a lower-case letter ("NEED
// EXAMPLE."), are dropped with a note in *notes.
Status ReadCodebookExamples(const std::string& tsv_path,
                            const std::string& manual_path,
                            std::vector<CodebookExample>* out,
                            std::vector<std::string>* notes);

struct ExampleMatch {
  bool exact = false;  // an event with the example's code
  bool root = false;   // an event with the example's root
};
// `produced`: the codes of the events coded from the example.
ExampleMatch ScoreExample(std::string_view code,
                          const std::vector<std::string>& produced);

struct PredicateOutcome;  // petrarch.h

// Why an example has no root match, from the coder's explanation:
// "other-root" (events, none of the root), "no-pattern" (no word has a
// pattern of the root and none of the sentence's patterns matched...),
// "no-match" (words with patterns, none matched the parse), or the reason a
// matched pattern of the root was rejected: "no-target", "no-source",
// "complement", "modal", "negated", "same-actor", "other".  "" for a root
// match.
std::string ExampleMissCause(std::string_view code,
                             const std::vector<std::string>& produced,
                             const std::vector<PredicateOutcome>& predicates);

struct ExampleResult {
  size_t example = 0;                 // index into the examples
  std::vector<std::string> produced;  // "IRQGOV -> USA 0231" per event
  std::vector<std::string> codes;     // event codes, in order
  std::vector<std::string> actors;    // distinct usable actor codes found
  ExampleMatch match;
  bool dyadic = false;  // identifiable source and target (see above)
  std::string cause;    // ExampleMissCause
  std::string explain;
};

struct ExampleTally {
  int examples = 0, exact = 0, root = 0, any_event = 0;
  void Add(const ExampleResult& r);
  static double Rate(int n, int d) { return d ? 100.0 * n / d : 0; }
};

struct ExamplesReport {
  std::vector<ExampleResult> results;
  ExampleTally all;
  ExampleTally dyadic;
  std::map<std::string, ExampleTally> by_root;         // all examples
  std::map<std::string, ExampleTally> dyadic_by_root;  // dyadic only
  std::vector<std::string> load_warnings;
};

void TallyExamples(const std::vector<CodebookExample>& examples,
                   ExamplesReport* report);

struct ExamplesEvalOptions {
  std::string data_dir;      // "" = default
  std::string syntax_model;  // "" = the data dir's
  std::vector<std::string> lexicons = {"default"};
};

Status EvaluateExamples(const std::vector<CodebookExample>& examples,
                        const ExamplesEvalOptions& options,
                        ExamplesReport* report);

}  // namespace khaldun::eval

#endif  // KHALDUN_EVAL_EXAMPLES_H_
