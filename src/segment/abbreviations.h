// Word lists used by the tokenizer and the sentence splitter: abbreviations
// that take a period ("Gen.", "Jan.", "Inc."), and words that typically
// start a sentence ("The", "He", ...).  The lists are the project's own.
//
// Thread safety: read-only tables.
#ifndef KHALDUN_SEGMENT_ABBREVIATIONS_H_
#define KHALDUN_SEGMENT_ABBREVIATIONS_H_

#include <string_view>

#include "segment/tokenizer.h"

namespace khaldun::segment {

// The kind of a known abbreviation written without its period ("Gen" ->
// kTitle, "Jan" -> kMonth, "Inc" -> kOther), or kNone.  Case-sensitive,
// except for the entries that are usually written in lower case (etc, vs).
AbbrevKind LookupAbbreviation(std::string_view word);

// True for capitalised words that usually start a sentence ("The", "He",
// "But"), used after an ambiguous abbreviation ("in the U.S. The ...").
bool IsSentenceStarter(std::string_view word);

// For tests: both tables are sorted (they are binary-searched).
bool AbbreviationTablesSorted();

}  // namespace khaldun::segment

#endif  // KHALDUN_SEGMENT_ABBREVIATIONS_H_
