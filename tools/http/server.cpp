// The listener and one session per connection (Beast, asynchronous): each read has a deadline
// (408 when a request was under way), bodies are capped by the parser, and connections beyond
// the global cap or the per-client cap are turned away with 503. A check stops when its client
// hangs up or the server shuts down.
#include <sys/socket.h>

#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "http/http.hpp"

namespace fc::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

// Open connections per client address, shared by the I/O threads.
class client_counts {
 public:
  std::size_t open(const std::string& client) {
    std::lock_guard lock(mutex_);
    return ++counts_[client];
  }
  void close(const std::string& client) {
    std::lock_guard lock(mutex_);
    auto it = counts_.find(client);
    if (it != counts_.end() && --it->second == 0) counts_.erase(it);
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::size_t> counts_;
};

enum class refusal { none, server_full, client_full };

class session : public std::enable_shared_from_this<session> {
 public:
  session(tcp::socket socket, const limits& l, std::atomic<std::size_t>& active,
          client_counts& clients, std::string client, refusal refused, asio::thread_pool& checks,
          const std::atomic<bool>& stopping)
      : stream_(std::move(socket)),
        checks_(checks),
        stopping_(stopping),
        limits_(l),
        active_(active),
        clients_(clients),
        client_(std::move(client)),
        refused_(refused) {}
  ~session() {
    --active_;
    clients_.close(client_);
  }

  void start() {
    if (refused_ == refusal::server_full)
      return send(error(beast_http::status::service_unavailable, "too many connections"), true);
    if (refused_ == refusal::client_full)
      return send(
          error(beast_http::status::service_unavailable, "too many connections from this client"),
          true);
    read();
  }

 private:
  void read() {
    parser_.emplace();
    parser_->body_limit(limits_.max_body);
    parser_->header_limit(16 * 1024);
    // The stream's own deadline closes the socket, which leaves no way to answer 408: a timer
    // of the session's strand cancels the read instead.
    stream_.expires_never();
    timed_out_ = false;
    deadline_.expires_after(limits_.timeout);
    deadline_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec) return;
      self->timed_out_ = true;
      beast::error_code ignored;
      self->stream_.socket().cancel(ignored);
    });
    beast_http::async_read(stream_, buffer_, *parser_,
                           beast::bind_front_handler(&session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    deadline_.cancel();
    if (timed_out_) ec = beast::error::timeout;
    if (ec == beast_http::error::body_limit)
      return send(error(beast_http::status::payload_too_large, "request body too large"), true);
    // A request cut off by the read deadline gets 408; an idle keep-alive connection just ends.
    if (ec == beast::error::timeout && (buffer_.size() || parser_->got_some()))
      return send(error(beast_http::status::request_timeout, "request not received in time"), true);
    if (ec == beast_http::error::end_of_stream || ec == beast::error::timeout) return close();
    if (ec) {
      if (buffer_.size() || parser_->got_some())
        return send(error(beast_http::status::bad_request, "malformed request"), true);
      return close();
    }
    auto req = std::make_shared<request>(parser_->release());
    // Checking is CPU work: it runs on the checking pool, so the I/O threads stay free for
    // /healthz, the demo page and new connections while long checks run.
    if (req->method() == beast_http::verb::post) {
      auto gone = std::make_shared<std::atomic<bool>>(false);
      watch_hangup(gone);
      asio::post(checks_, [self = shared_from_this(), req, gone] {
        if (gone->load()) return;  // the client left while the check was queued
        auto res = std::make_shared<response>(self->answer(*req, gone));
        asio::post(self->stream_.get_executor(), [self, req, res, gone] {
          if (gone->load()) return self->close();
          beast::error_code ignored;
          self->stream_.socket().cancel(ignored);  // ends the hang-up watch
          self->send(std::move(*res), !req->keep_alive());
        });
      });
      return;
    }
    send(answer(*req, nullptr), !req->keep_alive());
  }

  // While a check runs nothing is read, so a hang-up shows only as the socket turning readable
  // with nothing to read. Bytes instead (a pipelined request) end the watch: they wait their turn.
  void watch_hangup(const std::shared_ptr<std::atomic<bool>>& gone) {
    if (buffer_.size()) return;  // the next request is already here, so the client is too
    stream_.socket().async_wait(tcp::socket::wait_read, [self = shared_from_this(),
                                                         gone](beast::error_code ec) {
      if (ec) return;
      char byte;
      auto n = ::recv(self->stream_.socket().native_handle(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
      if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) gone->store(true);
    });
  }

  response answer(const request& req, std::shared_ptr<std::atomic<bool>> gone) const {
    response res;
    try {
      auto cancelled = [gone, &stopping = stopping_] {
        return stopping.load() || (gone && gone->load());
      };
      res = route(req, limits_.budget, limits_.archive, cancelled);
    } catch (const std::exception& e) {
      std::cerr << "forecheck serve: internal error: " << e.what() << "\n";
      res = error(beast_http::status::internal_server_error, "internal error", req.version());
    }
    res.keep_alive(req.keep_alive());
    return res;
  }

  void send(response res, bool last) {
    if (last) res.keep_alive(false);
    auto owned = std::make_shared<response>(std::move(res));
    stream_.expires_after(limits_.timeout);
    beast_http::async_write(
        stream_, *owned,
        [self = shared_from_this(), owned, last](beast::error_code ec, std::size_t) {
          if (ec || last) return self->linger();
          self->read();
        });
  }

  // After an early answer (413, 503) the client may still be sending; reading the rest for a
  // moment before closing lets it see the answer instead of a connection reset.
  void linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(2));
    drain_.resize(64 * 1024);
    stream_.async_read_some(asio::buffer(drain_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec) return self->close();
                              self->linger();
                            });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  asio::thread_pool& checks_;
  const std::atomic<bool>& stopping_;
  asio::steady_timer deadline_{stream_.get_executor()};
  bool timed_out_ = false;
  beast::flat_buffer buffer_;
  std::optional<beast_http::request_parser<beast_http::string_body>> parser_;
  std::vector<char> drain_;
  const limits& limits_;
  std::atomic<std::size_t>& active_;
  client_counts& clients_;
  std::string client_;
  refusal refused_;
};

// Accepts connections one at a time; only one accept is ever pending, so `failing` needs no lock.
struct listener {
  tcp::acceptor& acceptor;
  asio::steady_timer pause;
  const limits& l;
  std::atomic<std::size_t>& active;
  client_counts& clients;
  asio::thread_pool& checks;
  const std::atomic<bool>& stopping;
  bool failing = false;

  void accept() {
    // Each connection gets its own strand: the I/O threads never run one stream's read and
    // timer handlers at the same time.
    acceptor.async_accept(asio::make_strand(acceptor.get_executor()),
                          beast::bind_front_handler(&listener::on_accept, this));
  }

  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == asio::error::operation_aborted) return;
    if (ec) return retry(ec);
    failing = false;
    beast::error_code peer_error;
    auto peer = socket.remote_endpoint(peer_error);
    std::string client = peer_error ? std::string() : peer.address().to_string();
    refusal refused = ++active > l.max_connections              ? refusal::server_full
                      : clients.open(client) > l.max_per_client ? refusal::client_full
                                                                : refusal::none;
    if (refused == refusal::server_full) clients.open(client);  // the session closes it
    std::make_shared<session>(std::move(socket), l, active, clients, std::move(client), refused,
                              checks, stopping)
        ->start();
    accept();
  }

  // Out of file descriptors (EMFILE) the connection stays queued, so accepting again at once
  // fails at once: a busy loop on one I/O thread. Wait for sessions to close instead, as Go's
  // net/http does, and log once per spell rather than per attempt.
  void retry(beast::error_code ec) {
    if (!failing)
      // strerror, not ec.message(): UBSan's vptr check misfires on Boost.System's category
      // object here, and an accept error is always a system error.
      std::cerr << "forecheck serve: cannot accept: " << std::strerror(ec.value())
                << "; retrying every 50 ms\n";
    failing = true;
    pause.expires_after(std::chrono::milliseconds(50));
    pause.async_wait([this](beast::error_code) { accept(); });
  }
};

}  // namespace

int serve(const std::string& host, unsigned short port, const limits& l) {
  // Declared before the io_context: sessions still queued in it when it is destroyed at
  // shutdown decrement this counter from their destructors.
  std::atomic<std::size_t> active{0};
  std::atomic<bool> stopping{false};
  client_counts clients;
  asio::io_context io;
  beast::error_code ec;
  auto address = asio::ip::make_address(host, ec);
  if (ec) {
    std::cerr << "forecheck serve: bad --host '" << host << "': " << ec.message() << "\n";
    return 2;
  }
  tcp::acceptor acceptor(io);
  tcp::endpoint endpoint{address, port};
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    std::cerr << "forecheck serve: cannot listen on " << host << ":" << port << ": " << ec.message()
              << "\n";
    return 2;
  }
  // Checking runs on its own pool, one thread per core; the two I/O threads only move bytes.
  asio::thread_pool checks(std::max(1u, std::thread::hardware_concurrency()));
  listener accepting{acceptor, asio::steady_timer(io), l, active, clients, checks, stopping};
  accepting.accept();
  asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) {
    stopping = true;
    io.stop();
  });
  auto bound = acceptor.local_endpoint();
  std::cout << "forecheck serve: listening on http://" << bound.address().to_string() << ":"
            << bound.port() << "/" << std::endl;
  std::thread second_io([&] { io.run(); });
  io.run();
  second_io.join();
  // A check under way stops at its next sentence (`stopping`); queued ones are dropped.
  checks.stop();
  checks.join();
  return 0;
}

}  // namespace fc::http
