// Newswire dateline recognition: "BAGHDAD:", "NEW YORK (Reuters) -",
// "WASHINGTON, Jan 5 (Reuters) -", "Washington (CNN) --", "AP -",
// "LONDON —".  Looked for at the start of the first line, or of the second
// or third line when the lines before are headings (no final punctuation).
//
//   Dateline d;
//   if (DetectDateline(text, &d)) { /* d.place == "BAGHDAD" */ }
//
// Rules: the place is one to four upper-case words (title case is accepted
// only with an agency in parentheses); it may be followed by ", <date>" or
// ", <state>" qualifiers, then an optional "(Agency)", then ":" or a dash,
// then white space and more text.  A known agency alone ("AP -", "Reuters
// -") is an agency without a place.  Common all-caps labels (NOTE:,
// UPDATE:, FROM:, ...) are not datelines.
//
// Thread safety: pure function.
#ifndef KHALDUN_SEGMENT_DATELINE_H_
#define KHALDUN_SEGMENT_DATELINE_H_

#include <string_view>

#include "khaldun/document.h"

namespace khaldun::segment {

// Fills *out and returns true when `text` starts with a dateline.
bool DetectDateline(std::string_view text, Dateline* out);

// Tries a dateline at byte `pos` (a line start).
bool ParseDatelineAt(std::string_view text, size_t pos, Dateline* out);

}  // namespace khaldun::segment

#endif  // KHALDUN_SEGMENT_DATELINE_H_
