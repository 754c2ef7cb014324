// The language server: open documents, a debounced checking worker, and one method table.
#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "lsp/protocol.hpp"
#include "lsp/transport.hpp"

namespace fc::lsp {

/// One checked version of a document. Owns its text so the line index can view it.
struct analysis {
  analysis(std::string t, std::int64_t v) : text(std::move(t)), version(v), lines(text) {}
  analysis(const analysis&) = delete;
  analysis& operator=(const analysis&) = delete;
  const std::string text;
  const std::int64_t version;
  const line_index lines;
  file_result result;
};

struct server_options {
  std::chrono::milliseconds debounce{150};
  bool background = true;  ///< false: no worker thread; checks happen in flush() (`--check`)
};

class server {
 public:
  server(transport& io, server_options options);
  ~server();
  /// Reads and answers messages until `exit` or end of input; returns the process exit code.
  int run();
  /// Handles one message body (a request, notification or garbage).
  void handle(const std::string& body);
  /// Checks every pending document now and publishes (for `--check` and tests).
  void flush();

  // Handlers, one per method (server.cpp binds them; long ones live in their own files).
  json::value initialize(const json::object& params);
  json::value initialized(const json::object& params);
  json::value shutdown(const json::object& params);
  json::value exit(const json::object& params);
  json::value did_open(const json::object& params);
  json::value did_change(const json::object& params);
  json::value did_close(const json::object& params);
  json::value did_change_configuration(const json::object& params);
  json::value hover(const json::object& params);
  json::value code_action(const json::object& params);

 private:
  struct document {
    std::string text;
    std::int64_t version = 0;
    bool dirty = false;
    std::chrono::steady_clock::time_point due;
    std::shared_ptr<const analysis> latest;
  };

  void send_result(const json::value& id, json::value result);
  void send_error(const json::value& id, int code, const std::string& message);
  void schedule(const std::string& uri, std::chrono::milliseconds delay);
  void apply_settings(const json::value& settings);
  /// Checks one version of a document. `superseded_only`: give up (a timed-out result that is
  /// then thrown away) once that version is edited, closed, or the server stops.
  std::shared_ptr<const analysis> analyze(const std::string& uri, std::string text,
                                          std::int64_t version, bool superseded_only = false);
  /// The analysis of the current text (checked on the spot when the worker is behind).
  std::shared_ptr<const analysis> current(const std::string& uri);
  /// Checks one due document if any; false when nothing was due.
  bool check_one(std::unique_lock<std::mutex>& lock, bool ignore_due);
  void publish(const std::string& uri, const analysis* a);
  /// A window/showMessage warning: a setting the editor sent that cannot be used.
  void show_warning(const std::string& text);
  void worker();

  transport& io_;
  server_options options_;
  std::mutex mutex_;  // guards everything below
  std::condition_variable wake_;
  std::map<std::string, document> documents_;
  check_options check_;
  /// The archive named by the `archive` setting; analyses hold it while they run.
  std::shared_ptr<archive::store> archive_;
  bool initialized_ = false, shutdown_ = false, exit_ = false, stopping_ = false;
  std::thread worker_;
};

}  // namespace fc::lsp
