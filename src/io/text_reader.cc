// Plain text: the whole file is one Document.
#include "io/readers.h"

namespace khaldun::io_internal {
namespace {

class TextReader : public DocumentReader {
 public:
  TextReader(Source src, const ReaderOptions& opts)
      : src_(std::move(src)), opts_(opts) {}

  Status Next(Document* doc) override {
    if (done_) return Status::EndOfInput();
    done_ = true;
    ResetDocument(doc);
    Status s = ReadAll(src_, &doc->text);
    if (!s.ok()) {
      ++errors_;
      return s;
    }
    bytes_ = doc->text.size();
    StripBom(&doc->text);
    utf8_replacements_ += RepairUtf8(opts_, src_.name, 1, &doc->text);
    doc->id = src_.stem;
    doc->date = opts_.default_date;
    doc->origin = src_.name;
    return Status::OK();
  }

  InputFormat format() const override { return InputFormat::kText; }
  uint64_t bytes_read() const override { return bytes_; }

 private:
  Source src_;
  ReaderOptions opts_;
  bool done_ = false;
  uint64_t bytes_ = 0;
};

}  // namespace

Status NewTextReader(const Source& src, const ReaderOptions& opts,
                     std::unique_ptr<DocumentReader>* out) {
  // Fail at Open() (not at the first Next()) when the file is missing.
  Status s = CheckReadable(src);
  if (!s.ok()) return s;
  *out = std::make_unique<TextReader>(src, opts);
  return Status::OK();
}

}  // namespace khaldun::io_internal
