// Status: the result of an operation that can fail.
//
//   khaldun::Status s = reader.Next(&doc);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
//
// A Status is either OK or carries a code and a message.  Messages that
// concern input data name the file and line ("input.jsonl:12: ...").
// Status is a small value type; it is safe to copy and to pass between
// threads.
#ifndef KHALDUN_STATUS_H_
#define KHALDUN_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace khaldun {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // bad user input (option, record, pattern)
    kNotFound,         // a file, model or entry is missing
    kDataLoss,         // a file is corrupt or of the wrong format/version
    kIOError,          // the OS refused a read or write
    kEndOfInput,       // a reader has no more records (not an error)
    kInternal,         // a bug
  };

  Status() = default;  // OK
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status DataLoss(std::string msg) {
    return Status(Code::kDataLoss, std::move(msg));
  }
  static Status IOError(std::string msg) {
    return Status(Code::kIOError, std::move(msg));
  }
  static Status EndOfInput() { return Status(Code::kEndOfInput, ""); }
  static Status Internal(std::string msg) {
    return Status(Code::kInternal, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  bool IsEndOfInput() const { return code_ == Code::kEndOfInput; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace khaldun

#endif  // KHALDUN_STATUS_H_
