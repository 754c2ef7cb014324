// libFuzzer target: the HTTP hook's request handling — Beast's parser (with the server's body
// limit) then the router — on arbitrary bytes.
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstddef>
#include <cstdint>

#include "http/http.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace bhttp = boost::beast::http;
  bhttp::request_parser<bhttp::string_body> parser;
  parser.body_limit(fc::http::limits{}.max_body);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(data, size), ec);
  if (!ec) parser.put_eof(ec);
  if (parser.is_done()) (void)fc::http::route(parser.get());
  return 0;
}
