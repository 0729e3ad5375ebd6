// khaldun parse: tags, lemmatises and parses documents and writes CoNLL-U.
// Raw text (text, JSONL, PETRARCH XML) goes through the segmenter first;
// CoNLL-U input keeps its (gold) tokenisation and sentence split.
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.h"
#include "io/conllu.h"
#include "khaldun/reader.h"
#include "khaldun/segmenter.h"
#include "khaldun/syntax.h"

namespace khaldun::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> files;
  std::string input = "auto";
  std::string model;
  bool split_hyphens = false;
  bool no_dateline = false;
};

int RunParse(const ParseArgs& a) {
  ReaderOptions ro;
  if (!ParseInputFormat(a.input, &ro.format)) {
    std::cerr << "khaldun parse: unknown --input " << a.input << "\n";
    return kExitUsage;
  }
  std::string model_path = !a.model.empty() ? a.model
                           : !Common().syntax_model.empty()
                               ? Common().syntax_model
                               : SyntaxModel::PathIn(Common().data_dir);
  std::unique_ptr<SyntaxModel> model;
  Status s = SyntaxModel::Load(model_path, &model);
  if (!s.ok()) {
    std::cerr << "khaldun parse: " << s.ToString() << "\n";
    return kExitLoad;
  }
  SegmenterOptions so;
  so.split_hyphens = a.split_hyphens;
  so.detect_dateline = !a.no_dateline;
  Segmenter segmenter(so);
  int rc = kExitOk;
  std::vector<std::string> files = a.files;
  if (files.empty()) files.push_back("-");
  std::string out;
  for (const std::string& file : files) {
    std::unique_ptr<DocumentReader> r;
    s = DocumentReader::Open(file, ro, &r);
    if (!s.ok()) {
      std::cerr << "khaldun parse: " << s.ToString() << "\n";
      return kExitLoad;
    }
    Document doc;
    while (!(s = r->Next(&doc)).IsEndOfInput()) {
      if (!s.ok()) {
        std::cerr << s.message() << "\n";
        rc = kExitRecordErrors;
        continue;
      }
      if (doc.sentences.empty()) segmenter.Segment(&doc);
      model->Annotate(&doc);
      out.clear();
      WriteConllu(doc, &out);
      std::cout << out;
    }
  }
  return rc;
}

CommandRegistrar reg("parse", [](const Groups& g) {
  auto* a = new ParseArgs();
  CLI::App* cmd = g.root->add_subcommand(
      "parse",
      "Tag, lemmatise and parse text or CoNLL-U; write CoNLL-U to stdout");
  cmd->add_option("files", a->files, "Input files (default: stdin)");
  cmd->add_option("--input", a->input,
                  "Input format: auto, text, jsonl, xml, conllu")
      ->capture_default_str();
  cmd->add_option("--model", a->model,
                  "Syntax model (default: --syntax-model, else "
                  "<data>/models/en_ewt.syntax)");
  cmd->add_flag("--split-hyphens", a->split_hyphens,
                "Split hyphenated words as EWT does (US-led -> US - led)");
  cmd->add_flag("--no-dateline", a->no_dateline,
                "Do not look for a dateline at the start of raw text");
  SetRun(cmd, [a] { return RunParse(*a); });
});

}  // namespace
}  // namespace khaldun::cli
