// LSP base-protocol framing: Content-Length headers around JSON bodies, nothing more.
#pragma once

#include <cstddef>
#include <istream>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>

namespace fc::lsp {

/// Reads and writes framed messages. Reading is single-threaded; writing is locked so the
/// diagnostics worker and the request loop can both send.
class transport {
 public:
  static constexpr std::size_t max_body = 16u << 20;  ///< larger Content-Length is refused

  /// Reads a file descriptor (stdin): a body that stalls for `stall_ms` counts as truncated.
  transport(int fd, std::ostream& out, int stall_ms = 2000)
      : fd_(fd), out_(out), stall_ms_(stall_ms) {}
  /// Reads a stream that is complete (`--check`, tests).
  transport(std::istream& in, std::ostream& out) : in_(&in), out_(out) {}

  /// The next message body; nullopt at end of input. Broken frames are logged to stderr and
  /// skipped: the reader resynchronises on the next `Content-Length:` header.
  std::optional<std::string> read();
  /// Frames and writes one body, flushing so the client sees it at once.
  void write(const std::string& body);

 private:
  bool read_line(std::string& line);
  /// Appends input to buffer_; false at end of input or after `timeout_ms` (-1: wait).
  bool fill(int timeout_ms);

  int fd_ = -1;
  std::istream* in_ = nullptr;
  std::ostream& out_;
  int stall_ms_ = 0;
  std::string buffer_;  // read but not yet consumed
  std::mutex write_mutex_;
};

}  // namespace fc::lsp
