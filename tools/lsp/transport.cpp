// Framing only (style §7.6): a bad frame is logged and skipped, never fatal. Unlike clangd,
// which stops on a malformed header, the reader looks for the next `Content-Length:` so one
// bad write from an editor plugin does not end the session.
#include "lsp/transport.hpp"

#include <poll.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <charconv>
#include <iostream>

namespace fc::lsp {
namespace {

constexpr std::size_t max_line = 8192;  // headers are short; longer lines are junk

std::size_t find_header(const std::string& line) {
  static constexpr std::string_view name = "content-length:";
  if (line.size() < name.size()) return std::string::npos;
  for (std::size_t i = 0; i + name.size() <= line.size(); ++i) {
    std::size_t k = 0;
    while (k < name.size() && std::tolower(static_cast<unsigned char>(line[i + k])) == name[k]) ++k;
    if (k == name.size()) return i;
  }
  return std::string::npos;
}

}  // namespace

bool transport::fill(int timeout_ms) {
  char chunk[65536];
  if (in_) {
    in_->read(chunk, sizeof chunk);
    buffer_.append(chunk, static_cast<std::size_t>(in_->gcount()));
    return in_->gcount() > 0;
  }
  for (;;) {
    pollfd p{fd_, POLLIN, 0};
    int ready = ::poll(&p, 1, timeout_ms);
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return false;
    ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }
}

// One line without its CR LF. A line longer than max_line keeps only its tail: a header glued
// to the end of a junk body must still be found.
bool transport::read_line(std::string& line) {
  std::size_t scanned = 0;
  for (;;) {
    std::size_t nl = buffer_.find('\n', scanned);
    if (nl != std::string::npos) {
      line.assign(buffer_, 0, nl);
      buffer_.erase(0, nl + 1);
      break;
    }
    if (buffer_.size() > 2 * max_line) buffer_.erase(0, buffer_.size() - max_line);
    scanned = buffer_.size();
    if (!fill(-1)) {
      line = std::move(buffer_);
      buffer_.clear();
      if (line.empty()) return false;
      break;
    }
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

std::optional<std::string> transport::read() {
  std::string line;
  for (;;) {
    // Headers: skip to a Content-Length line, then read up to the blank line.
    std::optional<std::size_t> length;
    bool bad = false, any = false;
    while (read_line(line)) {
      if (line.empty()) {
        if (any) break;
        continue;
      }
      std::size_t at = find_header(line);
      if (!any && at == std::string::npos) {
        std::cerr << "forecheck lsp: skipping junk before a header (" << line.size() << " bytes)\n";
        continue;
      }
      if (at != std::string::npos) {
        any = true;
        std::string_view v = std::string_view(line).substr(at + 15);
        while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
        while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
        std::size_t n = 0;
        auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || p != v.data() + v.size()) {
          std::cerr << "forecheck lsp: bad Content-Length '" << v << "'\n";
          bad = true;
        } else {
          length = n;
        }
      }
      // Other headers (Content-Type) are allowed and ignored.
    }
    if (!any) return std::nullopt;  // end of input
    if (bad || !length) continue;
    if (*length > max_body) {
      // Refused without reading: a lying header must not make us allocate or wait for it.
      std::cerr << "forecheck lsp: Content-Length " << *length << " exceeds " << max_body
                << " bytes; message refused\n";
      continue;
    }
    // A client writes a message in one go, so a body that stops arriving was cut short.
    while (buffer_.size() < *length && fill(stall_ms_ > 0 ? stall_ms_ : -1)) {
    }
    std::string body = buffer_.substr(0, *length);
    buffer_.erase(0, body.size());
    if (body.size() < *length)
      std::cerr << "forecheck lsp: message body cut short (" << body.size() << " of " << *length
                << " bytes)\n";
    // JSON cannot hold a raw CR LF, so a header line inside the body means the message was
    // truncated and the next one began: hand that one back to the reader.
    std::size_t at = find_header(body);
    if (at != std::string::npos && body.find("\r\n", at) != std::string::npos) {
      buffer_.insert(0, body, at);
      body.resize(at);
      std::cerr << "forecheck lsp: a message was cut short by the next header\n";
    }
    if (body.empty()) continue;
    return body;
  }
}

void transport::write(const std::string& body) {
  std::lock_guard lock(write_mutex_);
  out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out_.flush();
}

}  // namespace fc::lsp
