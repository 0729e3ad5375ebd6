// The CAMEO ontology: event codes with their names, QuadClass, Goldstein
// score and PLOVER category; actor role types; known groups.  The table is
// Khaldun's own, compiled into the library (docs/cameo.md says how it was
// derived and checked).
//
//   const khaldun::Cameo& cameo = khaldun::Cameo::Get();
//   if (const khaldun::EventType* t = cameo.Find("0874")) {
//     // t->name == "Retreat or surrender militarily", t->root == "08",
//     // t->base == "087", t->quad_class == 2, t->goldstein == 8.0,
//     // t->plover_event == "RETREAT", t->plover_mode == "disarm"
//   }
//   cameo.Annotate(&event);  // fills root, base, quad_class, goldstein, plover
//
// Thread safety: the table is immutable static data; Get() and every const
// method may be called from any thread.  All string_views point into static
// storage and stay valid for the life of the program.
#ifndef KHALDUN_CAMEO_H_
#define KHALDUN_CAMEO_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace khaldun {

struct Event;

// One CAMEO event code.  Roots ("01".."20", the cue categories) are entries
// too; events are coded with 3- or 4-digit codes.
struct EventType {
  std::string_view code;  // "0874"
  std::string_view name;  // "Retreat or surrender militarily"
  std::string_view root;  // "08": the first two digits
  std::string_view base;  // "087": the first three digits ("" for a root)
  int quad_class = 0;     // GDELT: roots 01-05 -> 1 verbal cooperation,
                          // 06-09 -> 2 material cooperation, 10-14 -> 3
                          // verbal conflict, 15-20 -> 4 material conflict
  double goldstein = 0;   // GDELT's Goldstein scale, -10 .. +10
  // CAMEO->PLOVER 2021 mapping; all "" where PLOVER drops the code
  // (01 statements, 02 appeals).
  std::string_view plover_event;    // "RETREAT"
  std::string_view plover_mode;     // "disarm", or ""
  std::string_view plover_context;  // "military", "crime; corruption", or ""
  // Provenance flags (see docs/cameo.md):
  bool goldstein_inherited = false;  // not in GDELT's table: parent's score
  bool plover_inherited = false;     // not in the mapping: parent's category
  bool in_gdelt_lookup = false;      // GDELT's event-code lookup lists it
  int level() const { return static_cast<int>(code.size()); }  // 2, 3 or 4
  bool is_root() const { return code.size() == 2; }
};

// A CAMEO actor role type: "GOV" Government, "MIL" Military, ...
struct RoleType {
  std::string_view code;
  std::string_view name;
};

// A CAMEO known group: "UNO" United Nations, "HMS" Hamas, plus Khaldun's
// "ISI" (Islamic State) and "AFU" (African Union).
struct KnownGroup {
  std::string_view code;
  std::string_view name;
};

class Cameo {
 public:
  // The process-wide table (built on first use; thread-safe).
  static const Cameo& Get();

  // The entry for a 2-, 3- or 4-digit code, or nullptr.  O(1).
  const EventType* Find(std::string_view code) const;

  // Sets e->root, base, quad_class, goldstein, plover_event and plover_mode
  // from e->code.  Returns false (and clears those fields) when the code is
  // unknown.
  bool Annotate(Event* e) const;

  // Role type / known group by code ("GOV", "UNO"), or nullptr.  O(log n).
  const RoleType* FindRole(std::string_view code) const;
  const KnownGroup* FindGroup(std::string_view code) const;

  // All entries, sorted by code ("01", "010", "011", ..., "2042").
  std::span<const EventType> events() const;
  std::span<const RoleType> roles() const;
  std::span<const KnownGroup> groups() const;

  // QuadClass (1..4) of a root "01".."20" (or any code starting with one),
  // 0 when out of range.
  static int QuadClassOf(std::string_view code);

 private:
  Cameo();
  Cameo(const Cameo&) = delete;
  Cameo& operator=(const Cameo&) = delete;
  // index_[Slot(code)] = position in events() + 1, 0 = absent.
  static constexpr int kSlots = 100 + 1000 + 10000;
  static int Slot(std::string_view code);
  uint16_t index_[kSlots] = {};
};

}  // namespace khaldun

#endif  // KHALDUN_CAMEO_H_
