#include "khaldun/status.h"

namespace khaldun {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kInvalidArgument:
      name = "invalid argument";
      break;
    case Code::kNotFound:
      name = "not found";
      break;
    case Code::kDataLoss:
      name = "data loss";
      break;
    case Code::kIOError:
      name = "I/O error";
      break;
    case Code::kEndOfInput:
      name = "end of input";
      break;
    case Code::kInternal:
      name = "internal error";
      break;
  }
  if (message_.empty()) return name;
  return std::string(name) + ": " + message_;
}

}  // namespace khaldun
