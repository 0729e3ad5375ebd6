// CoNLL-U through io/conllu.h, plus what ConlluReader leaves to the caller:
// the default date and the repair of invalid UTF-8 (spans are remapped).
#include <algorithm>
#include <vector>

#include "io/conllu.h"
#include "io/readers.h"
#include "io/utf8.h"

namespace khaldun::io_internal {
namespace {

// Repairs doc->text piecewise between span boundaries so that every span
// can be remapped; returns the number of replacements.
int RepairDocumentUtf8(Document* doc) {
  if (IsValidUtf8(doc->text)) return 0;
  std::vector<uint32_t> cuts = {0, static_cast<uint32_t>(doc->text.size())};
  for (const Sentence& s : doc->sentences) {
    cuts.push_back(s.span.begin);
    cuts.push_back(s.span.end);
    for (const Token& t : s.tokens) {
      cuts.push_back(t.span.begin);
      cuts.push_back(t.span.end);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<uint32_t> mapped(cuts.size());
  std::string out;
  out.reserve(doc->text.size() + 16);
  int n = 0;
  std::string piece;
  for (size_t i = 0; i < cuts.size(); ++i) {
    mapped[i] = static_cast<uint32_t>(out.size());
    if (i + 1 < cuts.size()) {
      piece.assign(doc->text, cuts[i], cuts[i + 1] - cuts[i]);
      n += ReplaceInvalidUtf8(&piece);
      out += piece;
    }
  }
  auto remap = [&](uint32_t off) {
    size_t k = std::lower_bound(cuts.begin(), cuts.end(), off) - cuts.begin();
    return mapped[k];
  };
  auto remap_span = [&](Span* sp) {
    sp->begin = remap(sp->begin);
    sp->end = remap(sp->end);
  };
  for (Sentence& s : doc->sentences) {
    remap_span(&s.span);
    for (Token& t : s.tokens) {
      remap_span(&t.span);
      n += ReplaceInvalidUtf8(&t.norm);
      n += ReplaceInvalidUtf8(&t.lemma);
    }
  }
  doc->text.swap(out);
  doc->RebaseViews();
  return n;
}

class ConlluDocumentReader : public DocumentReader {
 public:
  ConlluDocumentReader(std::unique_ptr<ConlluReader> r, Source src,
                       const ReaderOptions& opts)
      : r_(std::move(r)), src_(std::move(src)), opts_(opts) {}

  Status Next(Document* doc) override {
    Status s = r_->Next(doc);
    if (!s.ok()) {
      if (!s.IsEndOfInput()) ++errors_;
      return s;
    }
    if (!doc->date.known()) doc->date = opts_.default_date;
    int n = RepairDocumentUtf8(doc);
    if (n > 0) {
      utf8_replacements_ += n;
      Warn(opts_, src_.name + ": warning: invalid UTF-8 (" + std::to_string(n) +
                      " sequences) in document " + doc->id +
                      " replaced with U+FFFD");
    }
    return Status::OK();
  }
  InputFormat format() const override { return InputFormat::kConllu; }

 private:
  std::unique_ptr<ConlluReader> r_;
  Source src_;
  ReaderOptions opts_;
};

}  // namespace

Status NewConlluDocumentReader(const Source& src, const ReaderOptions& opts,
                               std::unique_ptr<DocumentReader>* out) {
  std::unique_ptr<ConlluReader> r;
  Status s = ConlluReader::Open(src.path, opts.conllu_split_documents, &r);
  if (!s.ok()) return s;
  *out = std::make_unique<ConlluDocumentReader>(std::move(r), src, opts);
  return Status::OK();
}

}  // namespace khaldun::io_internal
