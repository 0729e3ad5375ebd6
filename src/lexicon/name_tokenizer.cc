// The name tokenizer: names and phrases of the lexicons are tokenised with
// the segmenter's tokenizer, so that they match running text.
#include "khaldun/lexicon.h"
#include "khaldun/segmenter.h"

namespace khaldun {

std::vector<std::string> TokenizeName(std::string_view text) {
  static const Segmenter seg;
  static thread_local std::vector<Token> toks;
  toks.clear();
  seg.Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &toks);
  std::vector<std::string> out;
  out.reserve(toks.size());
  for (const Token& t : toks)
    out.push_back(t.norm.empty() ? std::string(t.form) : t.norm);
  // A final abbreviation split by the sentence rule ("U.S" ".") is rejoined:
  // a name is not a sentence.
  if (out.size() >= 2 && out.back() == "." &&
      out[out.size() - 2].find('.') != std::string::npos &&
      text.ends_with(out[out.size() - 2] + ".")) {
    out.pop_back();
    out.back() += ".";
  }
  return out;
}

}  // namespace khaldun
