// CoNLL-U (https://universaldependencies.org/format.html) reading and
// writing.
//
//   std::unique_ptr<ConlluReader> r;
//   KHALDUN_RETURN_IF_ERROR(ConlluReader::Open("en_ewt-ud-dev.conllu",
//                                              /*split_documents=*/true, &r));
//   Document doc;
//   for (Status s; !(s = r->Next(&doc)).IsEndOfInput();) {
//     if (!s.ok()) { std::cerr << s.message() << "\n"; continue; }
//     std::string out;
//     WriteConllu(doc, &out);
//   }
//
// The reader rebuilds each Document's text from the surface tokens:
// - a multi-word token line ("19-20 don't") gives the surface form and its
//   words become Tokens; when the word forms concatenate to the surface form
//   (always so in EWT) each word gets its own span, else every word spans the
//   whole surface token and Token::norm keeps the word form; all but the last
//   word are marked fused_with_next;
// - SpaceAfter=No in MISC suppresses the space after a token (also at the end
//   of a sentence);
// - sentences are separated by one space, paragraphs ("# newpar") and
//   documents ("# newdoc") by "\n\n";
// - empty nodes (IDs such as 8.1) are skipped.
// Token fields filled: span/form (views into the rebuilt text), norm (= form),
// lemma, upos, xpos, feats, head (0-based index in the sentence, -1 for the
// root), deprel, space_after, fused_with_next.  "_" columns are left empty
// (except the lemma of a "_" token).  Sentence::id = sent_id;
// Sentence::tagged / parsed are set when every word has a UPOS / HEAD.
// Document::id = the "# newdoc id", or "<file stem>-<n>" (or the file stem
// when documents are not split).
//
// Thread safety: one ConlluReader per thread; WriteConllu is reentrant.
#ifndef KHALDUN_IO_CONLLU_H_
#define KHALDUN_IO_CONLLU_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/file_util.h"
#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

class ConlluReader {
 public:
  // Opens `path` ("-" = stdin).  With split_documents, a new Document starts
  // at each "# newdoc" comment; without, the whole file is one Document.
  static Status Open(const std::string& path, bool split_documents,
                     std::unique_ptr<ConlluReader>* out);

  // Fills *doc with the next Document.  Returns Status::EndOfInput() at the
  // end.  A malformed sentence gives InvalidArgument("file:line: why"); that
  // sentence is skipped and the next call goes on with the rest of the input
  // (the same Document continues).
  Status Next(Document* doc);

  // Number of sentences skipped because of errors so far.
  int errors() const { return errors_; }

 private:
  // One sentence block as parsed from the file.
  struct Word {
    std::string form, lemma, upos, xpos, feats, head, deprel;
    bool space_after = true;
    bool fused_with_next = false;
    std::string surface;  // MWT surface form (first word of a group only)
    int group_size = 1;   // words in the MWT group (first word only)
    bool group_space = true;
  };
  struct Block {
    bool newdoc = false;
    std::string newdoc_id;
    bool newpar = false;
    std::string sent_id;
    std::vector<Word> words;
  };

  ConlluReader() = default;
  // Reads the next sentence block into pending_; false at end of input.
  // On a malformed block, returns true with *error set.
  bool ReadBlock(Status* error);
  void Append(const Block& b);
  void Emit(Document* doc);

  LineReader lines_;
  bool split_ = false;
  std::string stem_;
  int doc_counter_ = 0;
  int errors_ = 0;
  bool eof_ = false;
  Block pending_;
  Block carry_;  // breaks seen in a skipped block
  bool have_pending_ = false;
  Document cur_;
  bool cur_started_ = false;
  bool last_space_after_ = true;
};

// Appends the CoNLL-U of `doc` to *out: "# newdoc id" (when doc.id is set),
// "# newpar" before sentences that follow a blank line in the text,
// "# sent_id" (the Sentence::id, or its 1-based index), "# text", multi-word
// token lines for fused tokens, and one line per token.  Columns not filled
// (see Sentence::tagged / parsed) are written as "_".
// Reads every Document of a CoNLL-U file (documents split at "# newdoc"),
// appending them to *docs; stops at the first malformed sentence and returns
// its error.
Status ReadConlluFile(const std::string& path, std::vector<Document>* docs);

void WriteConllu(const Document& doc, std::string* out);

}  // namespace khaldun

#endif  // KHALDUN_IO_CONLLU_H_
