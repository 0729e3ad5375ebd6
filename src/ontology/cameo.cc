#include "khaldun/cameo.h"

#include <algorithm>
#include <array>

#include "khaldun/event.h"

namespace khaldun {
namespace {

constexpr int RootNumber(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' ||
      code[1] > '9') {
    return -1;
  }
  return (code[0] - '0') * 10 + (code[1] - '0');
}

constexpr int QuadOfRoot(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 9) return 2;
  if (root >= 10 && root <= 14) return 3;
  if (root >= 15 && root <= 20) return 4;
  return 0;
}

constexpr EventType MakeEvent(std::string_view code, std::string_view name,
                              double goldstein, std::string_view plover_event,
                              std::string_view plover_mode,
                              std::string_view plover_context,
                              bool goldstein_inherited, bool plover_inherited,
                              bool in_gdelt_lookup) {
  EventType t;
  t.code = code;
  t.name = name;
  t.root = code.substr(0, 2);
  t.base = code.size() >= 3 ? code.substr(0, 3) : std::string_view();
  t.quad_class = QuadOfRoot(RootNumber(code));
  t.goldstein = goldstein;
  t.plover_event = plover_event;
  t.plover_mode = plover_mode;
  t.plover_context = plover_context;
  t.goldstein_inherited = goldstein_inherited;
  t.plover_inherited = plover_inherited;
  t.in_gdelt_lookup = in_gdelt_lookup;
  return t;
}

constexpr EventType kEvents[] = {
#define KHALDUN_CAMEO_EVENT(...) MakeEvent(__VA_ARGS__),
#include "ontology/cameo_table.inc"
#undef KHALDUN_CAMEO_EVENT
};

constexpr RoleType kRoles[] = {
#define KHALDUN_CAMEO_ROLE(code, name) RoleType{code, name},
#include "ontology/cameo_table.inc"
#undef KHALDUN_CAMEO_ROLE
};

constexpr KnownGroup kGroups[] = {
#define KHALDUN_CAMEO_GROUP(code, name) KnownGroup{code, name},
#include "ontology/cameo_table.inc"
#undef KHALDUN_CAMEO_GROUP
};

template <typename T, size_t N>
constexpr bool SortedUnique(const T (&a)[N]) {
  for (size_t i = 1; i < N; ++i) {
    if (!(a[i - 1].code < a[i].code)) return false;
  }
  return true;
}
static_assert(SortedUnique(kEvents), "cameo_table.inc: events not sorted");
static_assert(SortedUnique(kRoles), "cameo_table.inc: roles not sorted");
static_assert(SortedUnique(kGroups), "cameo_table.inc: groups not sorted");

template <typename T, size_t N>
const T* FindSorted(const T (&a)[N], std::string_view code) {
  const T* it = std::lower_bound(
      a, a + N, code,
      [](const T& x, std::string_view c) { return x.code < c; });
  return it != a + N && it->code == code ? it : nullptr;
}

}  // namespace

int Cameo::Slot(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return -1;
  int v = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  switch (code.size()) {
    case 2:
      return v;
    case 3:
      return 100 + v;
    default:
      return 1100 + v;
  }
}

Cameo::Cameo() {
  static_assert(std::size(kEvents) < 65535);
  for (size_t i = 0; i < std::size(kEvents); ++i) {
    index_[Slot(kEvents[i].code)] = static_cast<uint16_t>(i + 1);
  }
}

const Cameo& Cameo::Get() {
  static const Cameo* const cameo = new Cameo();
  return *cameo;
}

const EventType* Cameo::Find(std::string_view code) const {
  int slot = Slot(code);
  if (slot < 0 || index_[slot] == 0) return nullptr;
  return &kEvents[index_[slot] - 1];
}

bool Cameo::Annotate(Event* e) const {
  const EventType* t = Find(e->code);
  if (t == nullptr) {
    e->root.clear();
    e->base.clear();
    e->quad_class = 0;
    e->goldstein = 0;
    e->plover_event.clear();
    e->plover_mode.clear();
    return false;
  }
  e->root.assign(t->root);
  e->base.assign(t->base);
  e->quad_class = t->quad_class;
  e->goldstein = t->goldstein;
  e->plover_event.assign(t->plover_event);
  e->plover_mode.assign(t->plover_mode);
  return true;
}

const RoleType* Cameo::FindRole(std::string_view code) const {
  return FindSorted(kRoles, code);
}

const KnownGroup* Cameo::FindGroup(std::string_view code) const {
  return FindSorted(kGroups, code);
}

std::span<const EventType> Cameo::events() const { return kEvents; }
std::span<const RoleType> Cameo::roles() const { return kRoles; }
std::span<const KnownGroup> Cameo::groups() const { return kGroups; }

int Cameo::QuadClassOf(std::string_view code) {
  return QuadOfRoot(RootNumber(code));
}

}  // namespace khaldun
