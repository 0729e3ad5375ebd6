#include "io/readers.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "io/file_util.h"
#include "io/utf8.h"

namespace khaldun {
namespace io_internal {

Status ReadAll(const Source& src, std::string* out) {
  std::string body;
  Status s = ReadFileToString(src.path, &body);
  if (!s.ok()) return s;
  if (src.prefix.empty()) {
    out->swap(body);
  } else {
    *out = src.prefix;
    out->append(body);
  }
  return Status::OK();
}

Status CheckReadable(const Source& src) {
  if (src.path == "-") return Status::OK();
  FILE* f = std::fopen(src.path.c_str(), "rb");
  if (!f) return Status::NotFound(src.path + ": " + std::strerror(errno));
  std::fclose(f);
  return Status::OK();
}

void Warn(const ReaderOptions& opts, const std::string& msg) {
  if (opts.warn) {
    opts.warn(msg);
  } else {
    std::cerr << msg << "\n";
  }
}

int RepairUtf8(const ReaderOptions& opts, std::string_view name,
               size_t first_line, std::string* text) {
  size_t bad;
  int n = ReplaceInvalidUtf8(text, &bad);
  if (n > 0) {
    size_t line =
        first_line +
        static_cast<size_t>(std::count(
            text->begin(), text->begin() + static_cast<long>(bad), '\n'));
    Warn(opts, std::string(name) + ":" + std::to_string(line) +
                   ": warning: invalid UTF-8 (" + std::to_string(n) +
                   (n == 1 ? " sequence" : " sequences") +
                   ") replaced with U+FFFD");
  }
  return n;
}

void ResetDocument(Document* doc) {
  doc->id.clear();
  doc->date = Date();
  doc->title.clear();
  doc->source.clear();
  doc->url.clear();
  doc->text.clear();
  doc->origin.clear();
  doc->dateline = Dateline();
  doc->sentences.clear();
}

void StripBom(std::string* s) {
  if (s->size() >= 3 && std::memcmp(s->data(), "\xEF\xBB\xBF", 3) == 0)
    s->erase(0, 3);
}

}  // namespace io_internal

using io_internal::Source;

bool ParseInputFormat(std::string_view name, InputFormat* out) {
  if (name == "auto") {
    *out = InputFormat::kAuto;
  } else if (name == "text" || name == "txt") {
    *out = InputFormat::kText;
  } else if (name == "jsonl" || name == "json" || name == "ndjson") {
    *out = InputFormat::kJsonl;
  } else if (name == "xml" || name == "petrarch") {
    *out = InputFormat::kPetrarchXml;
  } else if (name == "conllu" || name == "conll") {
    *out = InputFormat::kConllu;
  } else {
    return false;
  }
  return true;
}

std::string_view InputFormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kAuto:
      return "auto";
    case InputFormat::kText:
      return "text";
    case InputFormat::kJsonl:
      return "jsonl";
    case InputFormat::kPetrarchXml:
      return "xml";
    case InputFormat::kConllu:
      return "conllu";
  }
  return "auto";
}

InputFormat FormatFromExtension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return InputFormat::kAuto;
  std::string ext(base.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(c));
  if (ext == "txt" || ext == "text") return InputFormat::kText;
  if (ext == "jsonl" || ext == "ndjson" || ext == "json")
    return InputFormat::kJsonl;
  if (ext == "xml") return InputFormat::kPetrarchXml;
  if (ext == "conllu" || ext == "conll") return InputFormat::kConllu;
  return InputFormat::kAuto;
}

InputFormat FormatFromContent(std::string_view head) {
  if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF")
    head.remove_prefix(3);
  size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i])))
    ++i;
  head.remove_prefix(i);
  if (head.empty()) return InputFormat::kText;
  if (head[0] == '{') return InputFormat::kJsonl;
  if (head[0] == '<') return InputFormat::kPetrarchXml;
  // CoNLL-U: "# sent_id", "# newdoc", "# text" comments, or a word line
  // with ten tab-separated columns and a numeric ID.
  auto first_line = [&](std::string_view s) {
    size_t nl = s.find('\n');
    return nl == std::string_view::npos ? s : s.substr(0, nl);
  };
  std::string_view line = first_line(head);
  for (std::string_view c : {"# sent_id", "# newdoc", "# text", "# newpar"})
    if (line.substr(0, c.size()) == c) return InputFormat::kConllu;
  if (std::isdigit(static_cast<unsigned char>(line[0])) &&
      std::count(line.begin(), line.end(), '\t') == 9)
    return InputFormat::kConllu;
  return InputFormat::kText;
}

Status DocumentReader::Open(const std::string& path,
                            const ReaderOptions& options,
                            std::unique_ptr<DocumentReader>* out) {
  Source src;
  src.path = path;
  if (path == "-") {
    src.name = "<stdin>";
    src.stem = "stdin";
  } else {
    src.name = path;
    src.stem = FileStem(path);
  }
  InputFormat f = options.format;
  if (f == InputFormat::kAuto && path != "-") f = FormatFromExtension(path);
  if (f == InputFormat::kAuto) {
    if (path == "-") {
      // Standard input cannot be rewound: look at the first non-blank
      // character only, and hand what was consumed to the reader.
      int c;
      while ((c = std::getc(stdin)) != EOF &&
             std::isspace(static_cast<unsigned char>(c)))
        src.prefix.push_back(static_cast<char>(c));
      if (c != EOF) std::ungetc(c, stdin);
      if (c == '{') {
        f = InputFormat::kJsonl;
      } else if (c == '<') {
        f = InputFormat::kPetrarchXml;
      } else if (c == '#') {
        f = InputFormat::kConllu;
      } else {
        f = InputFormat::kText;
      }
    } else {
      FILE* fp = std::fopen(path.c_str(), "rb");
      if (!fp) return Status::NotFound(path + ": " + std::strerror(errno));
      char buf[4096];
      size_t n = std::fread(buf, 1, sizeof(buf), fp);
      std::fclose(fp);
      f = FormatFromContent(std::string_view(buf, n));
    }
  }
  switch (f) {
    case InputFormat::kText:
      return io_internal::NewTextReader(src, options, out);
    case InputFormat::kJsonl:
      return io_internal::NewJsonlReader(src, options, out);
    case InputFormat::kPetrarchXml:
      return io_internal::NewPetrarchXmlReader(src, options, out);
    case InputFormat::kConllu:
      return io_internal::NewConlluDocumentReader(src, options, out);
    case InputFormat::kAuto:
      break;
  }
  return Status::Internal("input format not resolved");
}

}  // namespace khaldun
