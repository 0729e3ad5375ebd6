// Event output: JSON Lines (one event per line) or a TSV laid out like
// GDELT 2.0's event table.  Every field is documented in docs/output.md.
//
//   auto writer = khaldun::EventWriter::Create(khaldun::OutputFormat::kJsonl);
//   std::string out;
//   writer->Begin(&out);                       // TSV header; nothing for JSONL
//   for (const khaldun::Event& e : events) writer->Write(doc, e, &out);
//   fwrite(out.data(), 1, out.size(), stdout);
//
// Writers append to a caller-owned std::string, so worker threads can format
// their documents' events in parallel and an ordered writer concatenates the
// buffers; the output depends only on (doc, event), never on thread count or
// on the order of calls.
//
// Thread safety: a writer holds no mutable state; one writer may be shared by
// threads as long as each thread appends to its own string.
#ifndef KHALDUN_WRITER_H_
#define KHALDUN_WRITER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "khaldun/document.h"
#include "khaldun/event.h"

namespace khaldun {

enum class OutputFormat { kJsonl, kTsv };

// "jsonl" (also "json") or "tsv"; false for anything else.
bool ParseOutputFormat(std::string_view name, OutputFormat* out);
std::string_view OutputFormatName(OutputFormat f);  // "jsonl", "tsv"

// A deterministic 63-bit id for an event (the TSV's GLOBALEVENTID): a hash
// of the document id, sentence index, code, source/target/predicate spans.
// Independent of thread count, run and position in the output.
uint64_t EventId(const Document& doc, const Event& e);

// The TSV column names, in order (GDELT 2.0 event table, 61 columns).
std::span<const std::string_view> TsvColumns();

class EventWriter {
 public:
  static std::unique_ptr<EventWriter> Create(OutputFormat format);
  virtual ~EventWriter();

  // Appends what precedes the first record: the TSV header line (JSONL has
  // none).  Call once per output stream.
  virtual void Begin(std::string* out) const;

  // Appends one record, terminated by '\n'.  `doc` is the document the event
  // came from (for its id, sentences, url and date); spans in `e` are byte
  // offsets into doc.text.
  virtual void Write(const Document& doc, const Event& e,
                     std::string* out) const = 0;

  virtual OutputFormat format() const = 0;
};

// Appends `s` as a JSON string literal (with quotes).  Valid UTF-8 is
// assumed; '"', '\\' and control characters are escaped.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace khaldun

#endif  // KHALDUN_WRITER_H_
