#include "segment/abbreviations.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace khaldun::segment {
namespace {

struct Abbrev {
  std::string_view word;
  AbbrevKind kind;
};

constexpr AbbrevKind T = AbbrevKind::kTitle;
constexpr AbbrevKind M = AbbrevKind::kMonth;
constexpr AbbrevKind O = AbbrevKind::kOther;

// Sorted by word (checked by a unit test).
constexpr Abbrev kAbbrevs[] = {
    {"Adm", T},    {"Ala", O},  {"Apr", M},    {"Ariz", O}, {"Ark", O},
    {"Art", T},    {"Assn", O}, {"Attn", T},   {"Aug", M},  {"Ave", O},
    {"Bldg", O},   {"Blvd", O}, {"Brig", T},   {"Bros", O}, {"Calif", O},
    {"Capt", T},   {"Cdr", T},  {"Ch", T},     {"Cmdr", T}, {"Co", O},
    {"Col", T},    {"Colo", O}, {"Comdr", T},  {"Conn", O}, {"Corp", O},
    {"Cpl", T},    {"Cpt", T},  {"Dec", M},    {"Del", O},  {"Dept", O},
    {"Det", T},    {"Dr", T},   {"Drs", T},    {"Esq", O},  {"Feb", M},
    {"Fig", T},    {"Figs", T}, {"Fla", O},    {"Fr", T},   {"Fri", M},
    {"Ft", T},     {"Ga", O},   {"Gen", T},    {"Gov", T},  {"Hon", T},
    {"Ill", O},    {"Inc", O},  {"Ind", O},    {"Insp", T}, {"Jan", M},
    {"Jr", O},     {"Jul", M},  {"Jun", M},    {"Kan", O},  {"Ky", O},
    {"La", O},     {"Lt", T},   {"Ltd", O},    {"Maj", T},  {"Mar", M},
    {"Mass", O},   {"Md", O},   {"Messrs", T}, {"Mich", O}, {"Minn", O},
    {"Miss", O},   {"Mmes", T}, {"Mo", O},     {"Mon", M},  {"Mont", O},
    {"Mr", T},     {"Mrs", T},  {"Ms", T},     {"Msgr", T}, {"Mt", T},
    {"Neb", O},    {"Nev", O},  {"No", T},     {"Nos", T},  {"Nov", M},
    {"Oct", M},    {"Okla", O}, {"Op", T},     {"Ore", O},  {"PS", T},
    {"Pa", O},     {"Penn", O}, {"Pfc", T},    {"Ph", T},   {"Pres", T},
    {"Prof", T},   {"Pte", O},  {"Pty", O},    {"Pvt", T},  {"Rd", O},
    {"Rep", T},    {"Reps", T}, {"Rev", T},    {"Sat", M},  {"Sen", T},
    {"Sens", T},   {"Sep", M},  {"Sept", M},   {"Sgt", T},  {"Sr", O},
    {"St", T},     {"Sun", M},  {"Supt", T},   {"Tenn", O}, {"Tex", O},
    {"Thu", M},    {"Thur", M}, {"Thurs", M},  {"Tue", M},  {"Tues", M},
    {"Univ", O},   {"Va", O},   {"Vol", T},    {"Vols", T}, {"Vt", O},
    {"Wash", O},   {"Wed", M},  {"Wis", O},    {"Wyo", O},  {"al", O},
    {"approx", T}, {"ca", T},   {"cf", T},     {"dept", O}, {"esp", T},
    {"est", O},    {"etc", O},  {"ext", T},    {"fig", T},  {"incl", T},
    {"no", T},     {"nos", T},  {"pp", T},     {"resp", O}, {"tel", T},
    {"viz", T},    {"vol", T},  {"vs", T},
};

// Sorted.
constexpr std::string_view kStarters[] = {
    "A",       "According", "After",   "Also",   "Although", "An",
    "And",     "Another",   "Any",     "Are",    "As",       "At",
    "Because", "Before",    "Both",    "But",    "By",       "Can",
    "Did",     "Do",        "Does",    "During", "Each",     "Even",
    "Every",   "For",       "From",    "He",     "Her",      "Here",
    "His",     "How",       "However", "I",      "If",       "In",
    "Is",      "It",        "Its",     "Last",   "Many",     "Meanwhile",
    "More",    "Most",      "My",      "No",     "Not",      "Now",
    "On",      "One",       "Only",    "Our",    "Please",   "She",
    "Since",   "So",        "Some",    "Such",   "Thank",    "Thanks",
    "That",    "The",       "Their",   "Then",   "There",    "These",
    "They",    "This",      "Those",   "Thus",   "To",       "Two",
    "Under",   "Unlike",    "We",      "What",   "When",     "Where",
    "Whether", "Which",     "While",   "Who",    "Why",      "With",
    "Yes",     "Yet",       "You",     "Your",
};

}  // namespace

AbbrevKind LookupAbbreviation(std::string_view word) {
  auto it = std::lower_bound(
      std::begin(kAbbrevs), std::end(kAbbrevs), word,
      [](const Abbrev& a, std::string_view w) { return a.word < w; });
  if (it != std::end(kAbbrevs) && it->word == word) return it->kind;
  return AbbrevKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  return std::binary_search(std::begin(kStarters), std::end(kStarters), word);
}

bool AbbreviationTablesSorted() {
  return std::is_sorted(std::begin(kAbbrevs), std::end(kAbbrevs),
                        [](const Abbrev& a, const Abbrev& b) {
                          return a.word < b.word;
                        }) &&
         std::is_sorted(std::begin(kStarters), std::end(kStarters));
}

}  // namespace khaldun::segment
