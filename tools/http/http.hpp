// `forecheck serve`: shared types of the HTTP hook (limits, the request router).
#pragma once

#include <boost/beast/http.hpp>
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "archive/store.hpp"

namespace fc::http {

namespace beast_http = boost::beast::http;
using request = beast_http::request<beast_http::string_body>;
using response = beast_http::response<beast_http::string_body>;

struct limits {
  std::size_t max_body = 1u << 20;   ///< larger bodies get 413
  std::chrono::seconds timeout{10};  ///< to read one request, headers and body
  std::size_t max_connections = 64;  ///< more get 503 at once
  /// Open connections from one client address; more get 503, so one client cannot take them all.
  std::size_t max_per_client = 16;
  /// Checking time per request; past it the answer is 503 with an error naming the budget.
  std::chrono::milliseconds budget{5000};
  /// --archive: published claims every check is compared with (shared by the threads).
  archive::store* archive = nullptr;
};

/// Answers one request: GET /, GET /healthz, POST /v1/check; errors as JSON. A check gives up
/// when `cancelled` says so (its client left): the answer is then never sent.
response route(const request& req, std::chrono::milliseconds budget = limits{}.budget,
               archive::store* archive = nullptr, std::function<bool()> cancelled = {});
/// A JSON error response `{"error": message}` with this status.
response error(beast_http::status status, std::string_view message, unsigned version = 11);
/// The demo page served at `/` (HTML + JS, no build step).
std::string_view demo_page();

/// Serves until SIGINT/SIGTERM. Prints the bound address on stdout (port 0 picks one).
int serve(const std::string& host, unsigned short port, const limits& l);

}  // namespace fc::http
