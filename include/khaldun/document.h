// The document model: a Document owns its text; Sentences and Tokens point
// into it by byte spans.
//
//   Document doc;
//   doc.id = "a1";
//   doc.text = "BAGHDAD: Iraq condemned the attack.";
//   // after segmentation (see pipeline.h):
//   for (const Sentence& s : doc.sentences)
//     for (const Token& t : s.tokens) std::cout << t.form << "\n";
//
// Invariant: token.form == doc.text.substr(token.span.begin, token.span.size())
// for every token.  Copying or moving a Document re-points the views at the
// new copy of the text, so a Document may be stored in containers freely.
//
// Thread safety: a Document is a plain value; distinct Documents may be used
// from distinct threads, one Document must not be mutated concurrently.
#ifndef KHALDUN_DOCUMENT_H_
#define KHALDUN_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun {

// A half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool operator==(const Span&) const = default;
};

// A calendar date with a precision.  year == 0 means "unknown".
struct Date {
  enum class Precision : uint8_t { kUnknown = 0, kYear, kMonth, kDay };
  int year = 0;
  int month = 0;  // 1..12, 0 if unknown
  int day = 0;    // 1..31, 0 if unknown
  Precision precision = Precision::kUnknown;

  bool known() const { return year != 0; }
  // "2024-01-10", "2024-01", "2024", or "" when unknown.
  std::string ToString() const;
  // Parses "YYYY-MM-DD", "YYYYMMDD", "YYYY-MM" or "YYYY" (an ISO timestamp
  // "2024-01-10T08:00:00Z" is accepted and its time dropped).
  static bool Parse(std::string_view s, Date* out);
  bool operator==(const Date&) const = default;
};

// Universal POS tags (https://universaldependencies.org/u/pos/).
enum class UPos : uint8_t {
  kX = 0,
  kADJ,
  kADP,
  kADV,
  kAUX,
  kCCONJ,
  kDET,
  kINTJ,
  kNOUN,
  kNUM,
  kPART,
  kPRON,
  kPROPN,
  kPUNCT,
  kSCONJ,
  kSYM,
  kVERB,
};
constexpr int kNumUPos = 17;
std::string_view UPosName(UPos p);              // "NOUN"
bool ParseUPos(std::string_view s, UPos* out);  // "NOUN" -> kNOUN

// One syntactic word (UD "word"); contractions such as "don't" become two
// tokens ("do", "n't") whose spans are adjacent, the first marked
// fused_with_next so that the surface token can be recovered.
struct Token {
  Span span;              // bytes in Document::text
  std::string_view form;  // view of the original text at span
  std::string norm;       // normalised form for matching (quotes, dashes)
  std::string lemma;
  UPos upos = UPos::kX;
  std::string xpos;   // Penn Treebank tag
  std::string feats;  // UD features, "_" or "" when none
  int head = -1;      // index of the head token in the sentence; -1 = root
                      // (or not yet parsed: see Sentence::parsed)
  std::string deprel;
  bool space_after = true;       // whitespace follows in the text
  bool fused_with_next = false;  // same surface token as the next one
};

struct Sentence {
  std::string id;  // e.g. CoNLL-U sent_id; may be empty
  Span span;
  std::vector<Token> tokens;
  bool is_heading = false;  // a line without final punctuation (a headline)
  bool tagged = false;      // upos/xpos/lemma filled
  bool parsed = false;      // head/deprel filled
};

// A dateline such as "BAGHDAD:" or "NEW YORK (Reuters) -".
struct Dateline {
  Span span;          // the whole dateline, empty if none
  std::string place;  // "BAGHDAD", as written
  Span place_span;
  std::string agency;  // "Reuters", "AP", or ""
  bool present() const { return !span.empty(); }
};

struct Document {
  std::string id;
  Date date;
  std::string title;
  std::string source;
  std::string url;
  std::string text;
  // Where the document came from, for error messages: "file.jsonl:12".
  std::string origin;

  // Filled by segmentation.
  Dateline dateline;
  std::vector<Sentence> sentences;

  Document() = default;
  Document(const Document& o);
  Document(Document&& o) noexcept;
  Document& operator=(const Document& o);
  Document& operator=(Document&& o) noexcept;

  std::string_view slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.size());
  }
  // Re-points every Token::form at this->text (called by copy and move).
  void RebaseViews();
};

}  // namespace khaldun

#endif  // KHALDUN_DOCUMENT_H_
