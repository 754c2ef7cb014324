// The method table and the JSON-RPC envelope: parse, dispatch, answer or report the error.
#include "lsp/server.hpp"

#include <iostream>
#include <string_view>

namespace fc::lsp {
namespace {

struct method {
  std::string_view name;
  json::value (server::*handler)(const json::object&);
};

// One line per method (style §7.6). Notifications and requests share the table: whether an
// answer is sent depends on the message carrying an id.
constexpr method methods[] = {
    {"initialize", &server::initialize},
    {"initialized", &server::initialized},
    {"shutdown", &server::shutdown},
    {"exit", &server::exit},
    {"textDocument/didOpen", &server::did_open},
    {"textDocument/didChange", &server::did_change},
    {"textDocument/didClose", &server::did_close},
    {"textDocument/hover", &server::hover},
    {"textDocument/codeAction", &server::code_action},
    {"workspace/didChangeConfiguration", &server::did_change_configuration},
};

// JSON-RPC 2.0 and LSP error codes.
constexpr int parse_error = -32700, invalid_request = -32600, method_not_found = -32601,
              invalid_params_code = -32602, internal_error = -32603, not_initialized = -32002;

}  // namespace

server::server(transport& io, server_options options) : io_(io), options_(options) {
  if (options_.background) worker_ = std::thread([this] { worker(); });
}

server::~server() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
}

int server::run() {
  while (auto body = io_.read()) {
    handle(*body);
    std::lock_guard lock(mutex_);
    if (exit_) break;
  }
  std::lock_guard lock(mutex_);
  return shutdown_ ? 0 : 1;  // LSP: exit without shutdown is exit code 1
}

void server::send_result(const json::value& id, json::value result) {
  io_.write(
      json::serialize(json::object{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}));
}

void server::send_error(const json::value& id, int code, const std::string& message) {
  std::cerr << "forecheck lsp: error " << code << ": " << message << "\n";
  io_.write(json::serialize(json::object{
      {"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}}));
}

void server::handle(const std::string& body) {
  boost::system::error_code ec;
  json::value message = json::parse(body, ec);
  if (ec) return send_error(nullptr, parse_error, "parse error: " + ec.message());
  if (!message.is_object()) return send_error(nullptr, invalid_request, "not a JSON-RPC object");
  const json::object& m = message.get_object();
  const json::value* id = m.if_contains("id");
  if (id && !id->is_string() && !id->is_int64() && !id->is_uint64() && !id->is_null())
    return send_error(nullptr, invalid_request, "id must be a number or a string");
  const json::value* name = m.if_contains("method");
  if (!name || !name->is_string()) {
    if (m.contains("result") || m.contains("error")) return;  // a reply; we send no requests
    return send_error(id ? *id : nullptr, invalid_request, "no method");
  }
  const json::value* version = m.if_contains("jsonrpc");
  if (!version || *version != "2.0") {
    // Stricter than clangd's stop: say so and keep serving (style §7.6).
    if (id) return send_error(*id, invalid_request, "jsonrpc must be \"2.0\"");
    std::cerr << "forecheck lsp: ignoring a non-2.0 notification\n";
    return;
  }
  std::string_view method_name = name->get_string();
  static const json::object no_params;
  const json::value* params = m.if_contains("params");
  if (params && !params->is_object() && !params->is_null()) {
    if (id) send_error(*id, invalid_params_code, "params must be an object");
    return;
  }
  const json::object& p = params && params->is_object() ? params->get_object() : no_params;
  const method* found = nullptr;
  for (const auto& entry : methods)
    if (entry.name == method_name) found = &entry;
  if (!found) {
    if (id) send_error(*id, method_not_found, "method not found: " + std::string(method_name));
    return;  // unknown notifications ($/setTrace, $/cancelRequest...) are ignored by LSP rules
  }
  bool ready;
  {
    std::lock_guard lock(mutex_);
    ready = initialized_ || method_name == "initialize" || method_name == "exit";
  }
  if (!ready) {
    if (id) send_error(*id, not_initialized, "server not initialized");
    return;
  }
  try {
    json::value result = (this->*found->handler)(p);
    if (id) send_result(*id, std::move(result));
  } catch (const invalid_params& e) {
    if (id)
      send_error(*id, invalid_params_code, e.what());
    else
      std::cerr << "forecheck lsp: " << method_name << ": " << e.what() << "\n";
  } catch (const std::exception& e) {
    // A bug in a handler costs that one message, never the session.
    if (id)
      send_error(*id, internal_error, std::string("internal error: ") + e.what());
    else
      std::cerr << "forecheck lsp: internal error in " << method_name << ": " << e.what() << "\n";
  }
}

json::value server::initialize(const json::object& params) {
  if (const json::value* o = params.if_contains("initializationOptions")) apply_settings(*o);
  std::lock_guard lock(mutex_);
  initialized_ = true;
  return json::object{
      {"capabilities",
       {{"positionEncoding", "utf-16"},
        {"textDocumentSync", {{"openClose", true}, {"change", 2}}},  // 2 = incremental
        {"hoverProvider", true},
        {"codeActionProvider", {{"codeActionKinds", json::array{"quickfix"}}}}}},
      {"serverInfo", {{"name", "forecheck"}, {"version", "0.1.0"}}}};
}

json::value server::initialized(const json::object&) { return nullptr; }

json::value server::shutdown(const json::object&) {
  std::lock_guard lock(mutex_);
  shutdown_ = true;
  return nullptr;
}

json::value server::exit(const json::object&) {
  std::lock_guard lock(mutex_);
  exit_ = true;
  return nullptr;
}

}  // namespace fc::lsp
