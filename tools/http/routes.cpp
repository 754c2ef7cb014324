// The endpoints. /v1/check takes the article in the body, never a path: the server reads no
// files for a client, so it checks without config discovery.
#include <boost/json.hpp>
#include <sstream>

#include "check.hpp"
#include "http/body.hpp"
#include "http/http.hpp"
#include "render/render.hpp"
#include "support/shorten.hpp"

namespace fc::http {
namespace {

namespace json = boost::json;

response reply(beast_http::status status, std::string body, std::string_view type,
               unsigned version) {
  response res{status, version};
  res.set(beast_http::field::content_type, type);
  res.set(beast_http::field::cache_control, "no-store");
  res.set("X-Content-Type-Options", "nosniff");
  res.body() = std::move(body);
  res.prepare_payload();
  return res;
}

std::optional<std::string> string_field(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) throw std::invalid_argument(std::string(key) + " must be a string");
  return std::string(v->get_string());
}

response check(const request& req, std::chrono::milliseconds budget, archive::store* archive,
               std::function<bool()> cancelled) {
  std::string problem;
  auto body = parse_body(req.body(), problem);
  if (!body) return error(beast_http::status::bad_request, problem, req.version());
  if (!body->is_object())
    return error(beast_http::status::bad_request, "body must be a JSON object", req.version());
  const json::object& o = body->get_object();
  check_options options;
  options.discover_config = false;
  options.stop.deadline = std::chrono::steady_clock::now() + budget;
  options.stop.cancelled = std::move(cancelled);
  options.archive = archive;
  std::string name = "input.txt";
  std::optional<std::string> text;
  try {
    text = string_field(o, "text");
    if (auto lang = string_field(o, "lang")) {
      if (!language_choice(*lang))
        return error(beast_http::status::bad_request, "lang must be auto, ko, en, zh or ja",
                     req.version());
      options.lang = *lang;
    }
    if (auto lang = string_field(o, "message_lang")) {
      if (!language_choice(*lang))
        return error(beast_http::status::bad_request, "message_lang must be auto, ko, en, zh or ja",
                     req.version());
      options.message_lang = *lang;
    }
    if (auto d = string_field(o, "date"); d && !d->empty()) {
      options.article_date = parse_date(*d);
      if (!options.article_date)
        return error(beast_http::status::bad_request,
                     "invalid date '" + shortened(*d) + "' (" + date_problem(*d) + ")",
                     req.version());
    }
    if (auto f = string_field(o, "format")) {
      if (*f == "markdown")
        name = "input.md";
      else if (*f == "html")
        name = "input.html";
      else if (*f != "text" && *f != "auto")
        return error(beast_http::status::bad_request, "format must be text, markdown or html",
                     req.version());
    }
  } catch (const std::invalid_argument& e) {
    return error(beast_http::status::bad_request, e.what(), req.version());
  }
  if (!text) return error(beast_http::status::bad_request, "text is required", req.version());
  std::vector<file_result> results{check_text(name, std::move(*text), options)};
  if (results.front().timed_out)
    return error(beast_http::status::service_unavailable,
                 "check exceeded the time budget of " + std::to_string(budget.count()) +
                     " ms; send a shorter text",
                 req.version());
  std::ostringstream out;
  render::json(results, out);
  return reply(beast_http::status::ok, out.str(), "application/json; charset=utf-8", req.version());
}

}  // namespace

response error(beast_http::status status, std::string_view message, unsigned version) {
  return reply(status, json::serialize(json::object{{"error", message}}) + "\n",
               "application/json; charset=utf-8", version);
}

response route(const request& req, std::chrono::milliseconds budget, archive::store* archive,
               std::function<bool()> cancelled) {
  std::string_view target = req.target();
  target = target.substr(0, target.find('?'));
  auto method = req.method();
  if (target == "/healthz") {
    if (method != beast_http::verb::get && method != beast_http::verb::head)
      return error(beast_http::status::method_not_allowed, "use GET", req.version());
    return reply(beast_http::status::ok, "{\"status\":\"ok\"}\n", "application/json",
                 req.version());
  }
  if (target == "/v1/check") {
    if (method != beast_http::verb::post)
      return error(beast_http::status::method_not_allowed, "use POST", req.version());
    return check(req, budget, archive, std::move(cancelled));
  }
  if (target == "/" || target == "/index.html") {
    if (method != beast_http::verb::get && method != beast_http::verb::head)
      return error(beast_http::status::method_not_allowed, "use GET", req.version());
    response res = reply(beast_http::status::ok, std::string(demo_page()),
                         "text/html; charset=utf-8", req.version());
    // The page builds every node with textContent; the policy is a second fence.
    res.set("Content-Security-Policy",
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "connect-src 'self'");
    return res;
  }
  return error(beast_http::status::not_found, "no such endpoint", req.version());
}

}  // namespace fc::http
