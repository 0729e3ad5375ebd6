// Document readers: plain text, JSON Lines, PETRARCH XML and CoNLL-U.
//
//   khaldun::ReaderOptions opts;          // format kAuto: by extension/content
//   std::unique_ptr<khaldun::DocumentReader> r;
//   khaldun::Status s = khaldun::DocumentReader::Open("news.jsonl", opts, &r);
//   if (!s.ok()) { std::cerr << s.message() << "\n"; return 3; }
//   khaldun::Document doc;
//   while (!(s = r->Next(&doc)).IsEndOfInput()) {
//     if (!s.ok()) { std::cerr << s.message() << "\n"; continue; }  //
//     file:line
//     ... use doc ...
//   }
//
// Formats (see docs/cli.md for the details):
//   text   one document per file; id = file stem ("stdin" for "-"); date =
//          ReaderOptions::default_date (unknown when not given).
//   jsonl  one JSON object per line: "text" (required), "id", "date",
//          optional "title", "source", "url".  Blank lines are skipped.  A
//          missing id becomes "<file stem>-<line>"; a record without a date
//          gets default_date.
//   xml    PETRARCH XML: <Sentence date="20080801" id="..." source="...">
//          <Text>...</Text> ... </Sentence>; one Document per Sentence, its
//          whitespace (the text is line-wrapped) collapsed to single spaces;
//          <Parse>, <EventCoding> and comments are ignored.
//   conllu CoNLL-U (io/conllu.h); a new Document at each "# newdoc".
//
// Errors: Open() fails (NotFound/IOError) when the file cannot be read.  A
// malformed record makes Next() return InvalidArgument("file:line: why");
// the reader has then skipped that record and the next call continues with
// the rest of the input.  Invalid UTF-8 is never an error: the bad bytes are
// replaced with U+FFFD and a warning "file:line: warning: ..." is reported
// through ReaderOptions::warn (stderr by default).
//
// Thread safety: one DocumentReader per thread.
#ifndef KHALDUN_READER_H_
#define KHALDUN_READER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

enum class InputFormat { kAuto, kText, kJsonl, kPetrarchXml, kConllu };

// "auto", "text" (or "txt"), "jsonl" (or "json", "ndjson"), "xml" (or
// "petrarch"), "conllu" (or "conll") -> format; false if unknown.
bool ParseInputFormat(std::string_view name, InputFormat* out);
std::string_view InputFormatName(InputFormat f);  // "jsonl"

// The format a path's extension implies (".jsonl" -> kJsonl), or kAuto.
InputFormat FormatFromExtension(std::string_view path);
// The format the first bytes of a file imply: '{' -> jsonl, '<' -> xml,
// a CoNLL-U comment or word line -> conllu, anything else -> text.
InputFormat FormatFromContent(std::string_view head);

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  // Date of documents that carry none (text files, JSONL without "date").
  Date default_date;
  // CoNLL-U only: a new Document at each "# newdoc" (else one per file).
  bool conllu_split_documents = true;
  // Receives warnings ("file:line: warning: ..."); stderr when empty.
  std::function<void(const std::string&)> warn;
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;

  // Opens `path` ("-" = standard input) in options.format, or the detected
  // format when kAuto (extension first, then the first bytes).
  static Status Open(const std::string& path, const ReaderOptions& options,
                     std::unique_ptr<DocumentReader>* out);

  // Fills *doc (replacing its previous content) with the next document;
  // Status::EndOfInput() at the end.  See the header comment for errors.
  virtual Status Next(Document* doc) = 0;

  // The format actually read (never kAuto).
  virtual InputFormat format() const = 0;
  // Bytes of the input consumed so far (for progress reports); 0 when the
  // reader cannot tell.
  virtual uint64_t bytes_read() const { return 0; }
  // Number of records that failed so far (Next() returned an error).
  int errors() const { return errors_; }
  // Number of invalid UTF-8 sequences replaced so far.
  int utf8_replacements() const { return utf8_replacements_; }

 protected:
  int errors_ = 0;
  int utf8_replacements_ = 0;
};

}  // namespace khaldun

#endif  // KHALDUN_READER_H_
