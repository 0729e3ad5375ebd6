// Internal helpers for Status propagation.
#ifndef KHALDUN_UTIL_STATUS_MACROS_H_
#define KHALDUN_UTIL_STATUS_MACROS_H_

#include "khaldun/status.h"

#define KHALDUN_RETURN_IF_ERROR(expr)          \
  do {                                         \
    ::khaldun::Status _khaldun_st = (expr);    \
    if (!_khaldun_st.ok()) return _khaldun_st; \
  } while (0)

#endif  // KHALDUN_UTIL_STATUS_MACROS_H_
