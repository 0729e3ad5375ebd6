// khaldun segment: show the dateline, sentences and tokens of documents.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "io/conllu.h"
#include "khaldun/reader.h"
#include "khaldun/segmenter.h"

namespace khaldun::cli {
namespace {

struct SegmentArgs {
  std::string file = "-";
  std::string format = "text";
  std::string input = "auto";
  bool split_hyphens = false;
  bool no_dateline = false;
};

// Text view: the dateline, then per sentence its number, "H" for headings,
// its text on one line, and its words (fused words joined by "·").
void WriteText(const Document& doc, std::string* out) {
  *out += "# doc ";
  *out += doc.id;
  *out += '\n';
  if (doc.dateline.present()) {
    *out += "# dateline: ";
    *out += doc.slice(doc.dateline.span);
    *out += "  place=";
    *out += doc.dateline.place;
    *out += "  agency=";
    *out += doc.dateline.agency;
    *out += '\n';
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    *out += std::to_string(i + 1);
    *out += s.is_heading ? "\tH\t" : "\tS\t";
    for (char c : doc.slice(s.span))
      *out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    *out += "\n\t\t";
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      const Token& t = s.tokens[k];
      *out += t.form;
      if (t.norm != t.form) {
        *out += "{";
        *out += t.norm;
        *out += "}";
      }
      if (k + 1 < s.tokens.size()) *out += t.fused_with_next ? "·" : " ";
    }
    *out += '\n';
  }
}

nlohmann::json SpanJson(Span s) {
  return nlohmann::json::array({s.begin, s.end});
}

void WriteJsonl(const Document& doc, std::string* out) {
  nlohmann::json j;
  j["id"] = doc.id;
  if (doc.dateline.present()) {
    j["dateline"] = {{"text", doc.slice(doc.dateline.span)},
                     {"span", SpanJson(doc.dateline.span)},
                     {"place", doc.dateline.place},
                     {"place_span", SpanJson(doc.dateline.place_span)},
                     {"agency", doc.dateline.agency}};
  } else {
    j["dateline"] = nullptr;
  }
  nlohmann::json sents = nlohmann::json::array();
  for (const Sentence& s : doc.sentences) {
    nlohmann::json toks = nlohmann::json::array();
    for (const Token& t : s.tokens) {
      toks.push_back({{"form", t.form},
                      {"norm", t.norm},
                      {"span", SpanJson(t.span)},
                      {"space_after", t.space_after},
                      {"fused_with_next", t.fused_with_next}});
    }
    sents.push_back({{"span", SpanJson(s.span)},
                     {"heading", s.is_heading},
                     {"text", doc.slice(s.span)},
                     {"tokens", std::move(toks)}});
  }
  j["sentences"] = std::move(sents);
  *out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  *out += '\n';
}

int RunSegment(const SegmentArgs& args) {
  if (args.format != "text" && args.format != "jsonl" &&
      args.format != "conllu") {
    std::cerr << "khaldun segment: unknown --format " << args.format
              << " (text, jsonl or conllu)\n";
    return kExitUsage;
  }
  ReaderOptions ropts;
  if (!ParseInputFormat(args.input, &ropts.format)) {
    std::cerr << "khaldun segment: unknown --input " << args.input << "\n";
    return kExitUsage;
  }
  std::unique_ptr<DocumentReader> reader;
  Status st = DocumentReader::Open(args.file, ropts, &reader);
  if (!st.ok()) {
    std::cerr << "khaldun segment: " << st.message() << "\n";
    return kExitUsage;
  }
  SegmenterOptions sopts;
  sopts.split_hyphens = args.split_hyphens;
  sopts.detect_dateline = !args.no_dateline;
  Segmenter segmenter(sopts);
  Document doc;
  std::string out;
  bool errors = false;
  while (!(st = reader->Next(&doc)).IsEndOfInput()) {
    if (!st.ok()) {
      std::cerr << st.message() << "\n";
      errors = true;
      continue;
    }
    segmenter.Segment(&doc);
    out.clear();
    if (args.format == "text") {
      WriteText(doc, &out);
    } else if (args.format == "jsonl") {
      WriteJsonl(doc, &out);
    } else {
      WriteConllu(doc, &out);
      out += '\n';
    }
    std::cout << out;
  }
  std::cout.flush();
  return errors ? kExitRecordErrors : kExitOk;
}

CommandRegistrar reg("segment", [](const Groups& g) {
  auto args = std::make_shared<SegmentArgs>();
  CLI::App* cmd = g.root->add_subcommand(
      "segment",
      "Split documents into sentences and tokens (shows the dateline, "
      "sentences, headings and tokens)");
  cmd->add_option("file", args->file, "Input file, - for stdin (default -)");
  cmd->add_option("--format", args->format,
                  "Output: text (default), jsonl (one document per line) "
                  "or conllu")
      ->check(CLI::IsMember({"text", "jsonl", "conllu"}));
  cmd->add_option("--input", args->input,
                  "Input format: auto (default), text, jsonl, xml, conllu");
  cmd->add_flag("--split-hyphens", args->split_hyphens,
                "Split hyphenated words as UD EWT does (US - led)");
  cmd->add_flag("--no-dateline", args->no_dateline,
                "Do not look for a dateline");
  cmd->footer(
      "Text output: '# dateline:' line, then per sentence: number, H "
      "(heading) or S, the sentence; below it the words (words of one "
      "surface token joined by '·', {norm} when it differs from the form).");
  SetRun(cmd, [args] { return RunSegment(*args); });
});

}  // namespace
}  // namespace khaldun::cli
