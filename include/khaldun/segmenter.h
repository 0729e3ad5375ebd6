// Newswire sentence segmentation and tokenisation (UD English EWT style).
//
//   khaldun::Segmenter segmenter;           // build once, share freely
//   khaldun::Document doc;
//   doc.text = "BAGHDAD: Iraq's PM didn't attend. He was in Gen. Smith's "
//              "office.";
//   segmenter.Segment(&doc);
//   // doc.dateline.place == "BAGHDAD"; doc.sentences.size() == 2;
//   // tokens of sentence 0: Iraq 's PM did n't attend .
//
// What Segment() fills:
// - Document::dateline: a leading "BAGHDAD:", "NEW YORK (Reuters) -",
//   "WASHINGTON, Jan 5 (Reuters) -", "AP -" or "LONDON --" with its place and
//   agency; the dateline belongs to no sentence (the first sentence starts
//   after it).
// - Document::sentences: span, tokens and is_heading (a line without final
//   punctuation, such as a headline, is a segment of its own).  Blank lines
//   are hard boundaries; single line breaks end a sentence unless the text
//   is hard-wrapped (detected per document).
// - For every Token: span (bytes of the ORIGINAL text), form (a view of it),
//   norm, space_after and fused_with_next.  Other Token fields are left
//   untouched (empty).
//
// Tokenisation follows UD English EWT: clitics are split into syntactic
// words ("don't" -> do|n't, "cannot" -> can|not, "Bush's" -> Bush|'s,
// "gonna" -> gon|na); every word but the last of a surface token is marked
// fused_with_next (the surface token is a CoNLL-U multi-word token).
// Punctuation is split off, while URLs, e-mail addresses, numbers (1,000.5),
// times (3:29), dates (16/11/2004), abbreviations (U.S., Gen., e.g.),
// initials, ellipses and emoticons stay single tokens.  A sentence-final
// abbreviation gives its period to the sentence, as EWT does ("U.S" ".").
// Hyphenated words (al-Sudani, US-led, second-largest) stay whole unless
// SegmenterOptions::split_hyphens asks for EWT's hyphen splitting.
//
// Token::norm is the form used for matching: curly quotes become ' and ",
// `` and '' become ", en dash -> "-", em dash -> "--", the ellipsis
// character -> "...", other Unicode dashes, primes and guillemets are folded
// likewise; a clitic keeps its normalised spelling (’s -> 's).  Invalid UTF-8
// never crashes: each bad byte is a one-byte symbol token (norm U+FFFD).
//
// Thread safety: a Segmenter is immutable after construction; Segment() and
// Tokenize() are const and may be called concurrently from many threads
// (scratch memory is per thread).
#ifndef KHALDUN_SEGMENTER_H_
#define KHALDUN_SEGMENTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"

namespace khaldun {

struct SegmenterOptions {
  // Recognise a dateline at the start of the document.
  bool detect_dateline = true;
  // EWT hyphen convention: split "US-led" into US - led (EWT keeps prefixes
  // such as e-mail, non-, pre-, anti- and phone numbers whole).  Off by
  // default: names such as al-Sudani stay one token for matching.
  bool split_hyphens = false;
  // Split clitics into syntactic words (don't -> do n't).
  bool split_clitics = true;
};

class Segmenter {
 public:
  Segmenter();
  explicit Segmenter(const SegmenterOptions& options);

  // Segments doc->text: replaces doc->dateline and doc->sentences.
  void Segment(Document* doc) const;

  // Tokenises text[span] as one sentence (no splitting, no dateline) and
  // appends its tokens to *out; their spans are offsets into `text`.  For
  // callers that already know the sentence boundaries.  Token::form views
  // `text`, which must outlive the tokens.
  void Tokenize(std::string_view text, Span span,
                std::vector<Token>* out) const;

  const SegmenterOptions& options() const { return options_; }

 private:
  SegmenterOptions options_;
};

// The normalised form of a token (see above); ASCII without `` or '' is
// returned unchanged.
std::string NormalizeToken(std::string_view form);
// Same, appending to *out (no allocation when it fits).
void AppendNormalized(std::string_view form, std::string* out);

}  // namespace khaldun

#endif  // KHALDUN_SEGMENTER_H_
