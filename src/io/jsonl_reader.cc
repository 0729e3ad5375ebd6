// JSON Lines: one document per line.
#include <nlohmann/json.hpp>

#include "io/file_util.h"
#include "io/readers.h"
#include "io/utf8.h"

namespace khaldun::io_internal {
namespace {

using nlohmann::json;

std::string_view TypeName(const json& j) { return j.type_name(); }

// Trims nlohmann's "[json.exception.parse_error.101] parse error at line 1,"
// down to "column 5: syntax error ...".
std::string JsonErrorMessage(const char* what) {
  std::string m = what;
  size_t p = m.find("] ");
  if (p != std::string::npos) m.erase(0, p + 2);
  p = m.find("at line 1, ");
  if (p != std::string::npos) m.erase(0, p + 11);
  return m;
}

class JsonlReader : public DocumentReader {
 public:
  JsonlReader(Source src, const ReaderOptions& opts)
      : src_(std::move(src)), opts_(opts) {
    // Blank lines consumed while detecting the format shift line numbers.
    for (char c : src_.prefix)
      if (c == '\n') ++line_offset_;
  }

  Status Open() { return lines_.Open(src_.path); }

  Status Next(Document* doc) override {
    std::string_view raw;
    while (lines_.Next(&raw)) {
      bytes_ += raw.size() + 1;
      size_t line_no = lines_.line_number() + line_offset_;
      if (line_no == 1 && raw.substr(0, 3) == "\xEF\xBB\xBF")
        raw.remove_prefix(3);
      if (raw.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      Status s = Parse(raw, line_no, doc);
      if (!s.ok()) ++errors_;
      return s;
    }
    return Status::EndOfInput();
  }

  InputFormat format() const override { return InputFormat::kJsonl; }
  uint64_t bytes_read() const override { return bytes_; }

 private:
  std::string Where(size_t line) const {
    return src_.name + ":" + std::to_string(line);
  }

  Status Parse(std::string_view raw, size_t line_no, Document* doc) {
    line_.assign(raw);
    int bad = ReplaceInvalidUtf8(&line_);
    if (bad > 0) {
      utf8_replacements_ += bad;
      Warn(opts_, Where(line_no) + ": warning: invalid UTF-8 (" +
                      std::to_string(bad) +
                      (bad == 1 ? " sequence" : " sequences") +
                      ") replaced with U+FFFD");
    }
    json j;
    try {
      j = json::parse(line_);
    } catch (const json::exception& e) {
      return Status::InvalidArgument(
          Where(line_no) + ": invalid JSON: " + JsonErrorMessage(e.what()));
    }
    if (!j.is_object()) {
      return Status::InvalidArgument(Where(line_no) +
                                     ": expected a JSON object, got " +
                                     std::string(TypeName(j)));
    }
    auto text = j.find("text");
    if (text == j.end() || text->is_null()) {
      return Status::InvalidArgument(Where(line_no) +
                                     ": record has no \"text\" field");
    }
    if (!text->is_string()) {
      return Status::InvalidArgument(Where(line_no) +
                                     ": \"text\" must be a string, got " +
                                     std::string(TypeName(*text)));
    }
    ResetDocument(doc);
    doc->text = text->get_ref<const std::string&>();
    auto id = j.find("id");
    if (id == j.end() || id->is_null()) {
      doc->id = src_.stem + "-" + std::to_string(line_no);
    } else if (id->is_string()) {
      doc->id = id->get_ref<const std::string&>();
    } else if (id->is_number_integer() || id->is_number_unsigned()) {
      doc->id = id->dump();
    } else {
      doc->text.clear();
      return Status::InvalidArgument(Where(line_no) +
                                     ": \"id\" must be a string or an "
                                     "integer, got " +
                                     std::string(TypeName(*id)));
    }
    doc->date = opts_.default_date;
    auto date = j.find("date");
    if (date != j.end() && !date->is_null()) {
      std::string ds =
          date->is_string() ? date->get<std::string>() : date->dump();
      Date d;
      if (Date::Parse(ds, &d)) {
        doc->date = d;
      } else {
        Warn(opts_, Where(line_no) + ": warning: unreadable date " +
                        date->dump() + " (expected YYYY-MM-DD); " +
                        (opts_.default_date.known()
                             ? "using " + opts_.default_date.ToString()
                             : std::string("date unknown")));
      }
    }
    OptionalString(j, "title", line_no, &doc->title);
    OptionalString(j, "source", line_no, &doc->source);
    OptionalString(j, "url", line_no, &doc->url);
    doc->origin = Where(line_no);
    return Status::OK();
  }

  void OptionalString(const json& j, const char* key, size_t line_no,
                      std::string* out) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return;
    if (it->is_string()) {
      *out = it->get_ref<const std::string&>();
    } else {
      Warn(opts_, Where(line_no) + ": warning: \"" + key +
                      "\" is not a string (" + std::string(TypeName(*it)) +
                      "); ignored");
    }
  }

  Source src_;
  ReaderOptions opts_;
  LineReader lines_;
  std::string line_;
  size_t line_offset_ = 0;
  uint64_t bytes_ = 0;
};

}  // namespace

Status NewJsonlReader(const Source& src, const ReaderOptions& opts,
                      std::unique_ptr<DocumentReader>* out) {
  auto r = std::make_unique<JsonlReader>(src, opts);
  Status s = r->Open();
  if (!s.ok()) return s;
  *out = std::move(r);
  return Status::OK();
}

}  // namespace khaldun::io_internal
