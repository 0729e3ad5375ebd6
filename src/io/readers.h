// Internals of the document readers (include/khaldun/reader.h): one factory
// per format and helpers they share.  Not part of the public API.
#ifndef KHALDUN_IO_READERS_H_
#define KHALDUN_IO_READERS_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "khaldun/document.h"
#include "khaldun/reader.h"
#include "khaldun/status.h"

namespace khaldun::io_internal {

// Where a reader's input comes from.  For "-", `prefix` holds bytes already
// taken from stdin while detecting the format; they come first.
struct Source {
  std::string path;    // as given; "-" = stdin
  std::string name;    // for messages: the path, or "<stdin>"
  std::string stem;    // default document id: file stem, or "stdin"
  std::string prefix;  // already-consumed leading bytes (stdin only)
};

Status NewTextReader(const Source& src, const ReaderOptions& opts,
                     std::unique_ptr<DocumentReader>* out);
Status NewJsonlReader(const Source& src, const ReaderOptions& opts,
                      std::unique_ptr<DocumentReader>* out);
Status NewPetrarchXmlReader(const Source& src, const ReaderOptions& opts,
                            std::unique_ptr<DocumentReader>* out);
Status NewConlluDocumentReader(const Source& src, const ReaderOptions& opts,
                               std::unique_ptr<DocumentReader>* out);

// NotFound("path: reason") unless src.path is "-" or can be opened.
Status CheckReadable(const Source& src);

// Reads the whole input (prefix first) into *out.
Status ReadAll(const Source& src, std::string* out);

// Reports a warning through opts.warn, or on stderr.
void Warn(const ReaderOptions& opts, const std::string& msg);

// Replaces invalid UTF-8 in *text, warning "<name>:<line>: warning: ..."
// where line is that of the first bad byte (counted from first_line at the
// start of *text).  Returns the number of replacements.
int RepairUtf8(const ReaderOptions& opts, std::string_view name,
               size_t first_line, std::string* text);

// Clears every field of *doc, keeping allocated capacity where possible.
void ResetDocument(Document* doc);

// Removes a leading UTF-8 byte-order mark.
void StripBom(std::string* s);

}  // namespace khaldun::io_internal

#endif  // KHALDUN_IO_READERS_H_
