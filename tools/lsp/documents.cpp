// Text sync and diagnostics: documents are kept in full, and a worker thread checks each one
// once its edits have paused for the debounce delay, so typing never waits for the engine.
#include <iostream>

#include "lsp/server.hpp"
#include "support/date.hpp"
#include "support/shorten.hpp"

namespace fc::lsp {
namespace {

std::string text_document_uri(const json::object& params) {
  return std::string(member_string(member_object(params, "textDocument"), "uri"));
}

}  // namespace

json::value server::did_open(const json::object& params) {
  const json::object& doc = member_object(params, "textDocument");
  std::string uri(member_string(doc, "uri"));
  std::string text(member_string(doc, "text"));
  const json::value* v = doc.if_contains("version");
  std::int64_t version = v && v->is_int64() ? v->get_int64() : 0;
  {
    std::lock_guard lock(mutex_);
    document& d = documents_[uri];
    d.text = std::move(text);
    d.version = version;
  }
  schedule(uri, std::chrono::milliseconds(0));  // a freshly opened file is checked at once
  return nullptr;
}

json::value server::did_change(const json::object& params) {
  const json::object& doc = member_object(params, "textDocument");
  std::string uri(member_string(doc, "uri"));
  const json::value* changes = params.if_contains("contentChanges");
  if (!changes || !changes->is_array())
    throw invalid_params("params: 'contentChanges' must be an array");
  {
    std::lock_guard lock(mutex_);
    auto it = documents_.find(uri);
    if (it == documents_.end()) throw invalid_params("didChange for a document that is not open");
    // Edits apply to a copy, so a bad change in the middle leaves the document untouched.
    std::string text = it->second.text;
    for (const auto& change : changes->get_array()) {
      if (!change.is_object()) throw invalid_params("params: a content change must be an object");
      apply_change(text, change.get_object());
    }
    it->second.text = std::move(text);
    const json::value* v = doc.if_contains("version");
    it->second.version = v && v->is_int64() ? v->get_int64() : it->second.version + 1;
  }
  schedule(uri, options_.debounce);
  return nullptr;
}

json::value server::did_close(const json::object& params) {
  std::string uri = text_document_uri(params);
  {
    std::lock_guard lock(mutex_);
    documents_.erase(uri);
  }
  publish(uri, nullptr);  // clears the file's diagnostics in the editor
  return nullptr;
}

json::value server::did_change_configuration(const json::object& params) {
  if (const json::value* s = params.if_contains("settings")) apply_settings(*s);
  std::vector<std::string> uris;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [uri, d] : documents_) uris.push_back(uri);
  }
  for (const auto& uri : uris) schedule(uri, std::chrono::milliseconds(0));
  return nullptr;
}

// Settings come as {"forecheck": {...}} (VS Code sections) or flat; both are read.
void server::apply_settings(const json::value& settings) {
  if (!settings.is_object()) return;
  const json::object* s = &settings.get_object();
  if (const json::value* inner = s->if_contains("forecheck"); inner && inner->is_object())
    s = &inner->get_object();
  // A setting that cannot be used is shown in the editor, not only on stderr, which editors
  // hide: the user must know the archive or the date is not being applied.
  std::vector<std::string> problems;
  {
    std::lock_guard lock(mutex_);
    if (const json::value* lang = s->if_contains("lang"); lang && lang->is_string()) {
      std::string l(lang->get_string());
      if (language_choice(l))
        check_.lang = l;
      else
        problems.push_back("ignoring setting lang='" + shortened(l) +
                           "' (expected auto, ko, en, zh or ja)");
    }
    if (const json::value* lang = s->if_contains("messageLang"); lang && lang->is_string()) {
      std::string l(lang->get_string());
      if (language_choice(l))
        check_.message_lang = l;
      else
        problems.push_back("ignoring setting messageLang='" + shortened(l) +
                           "' (expected auto, ko, en, zh or ja)");
    }
    // "archive": a SQLite file or postgresql:// URI made by `forecheck index`.
    if (const json::value* a = s->if_contains("archive")) {
      if (a->is_null() || (a->is_string() && a->get_string().empty())) {
        archive_.reset();
      } else if (a->is_string()) {
        std::string error;
        auto opened = archive::open(std::string(a->get_string()), archive::open_mode::read, error);
        if (opened)
          archive_ = std::move(opened);
        else
          problems.push_back("ignoring setting archive: " + error);
      } else {
        problems.push_back("ignoring setting archive: expected a path or a postgresql:// URI");
      }
      check_.archive = archive_.get();
    }
    if (const json::value* d = s->if_contains("date")) {
      if (d->is_null() || (d->is_string() && d->get_string().empty()))
        check_.article_date.reset();
      else if (d->is_string()) {
        if (auto parsed = parse_date(std::string(d->get_string())))
          check_.article_date = parsed;
        else
          problems.push_back("ignoring setting date='" + shortened(std::string(d->get_string())) +
                             "' (expected YYYY-MM-DD)");
      }
    }
  }
  for (const auto& p : problems) {
    std::cerr << "forecheck lsp: " << p << "\n";
    show_warning("forecheck: " + p);
  }
}

void server::show_warning(const std::string& text) {
  io_.write(
      json::serialize(json::object{{"jsonrpc", "2.0"},
                                   {"method", "window/showMessage"},
                                   {"params", json::object{{"type", 2}, {"message", text}}}}));
}

void server::schedule(const std::string& uri, std::chrono::milliseconds delay) {
  {
    std::lock_guard lock(mutex_);
    auto it = documents_.find(uri);
    if (it == documents_.end()) return;
    it->second.dirty = true;
    it->second.due = std::chrono::steady_clock::now() + delay;
  }
  wake_.notify_all();
}

std::shared_ptr<const analysis> server::analyze(const std::string& uri, std::string text,
                                                std::int64_t version, bool superseded_only) {
  check_options options;
  std::shared_ptr<archive::store> keep;  // a settings change cannot close it under the check
  {
    std::lock_guard lock(mutex_);
    options = check_;
    keep = archive_;
  }
  // A budget keeps one pathological buffer from holding the worker; the editor is told.
  options.stop.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  // The worker's check of a version typed over is wasted time before the newest one's.
  if (superseded_only)
    options.stop.cancelled = [this, &uri, version] {
      std::lock_guard lock(mutex_);
      auto it = documents_.find(uri);
      return stopping_ || it == documents_.end() || it->second.version != version;
    };
  auto a = std::make_shared<analysis>(std::move(text), version);
  // The path picks the format (.md, .html) and the .forecheck.toml that applies to the file.
  a->result = check_text(uri_to_path(uri), a->text, options);
  return a;
}

std::shared_ptr<const analysis> server::current(const std::string& uri) {
  std::string text;
  std::int64_t version;
  {
    std::lock_guard lock(mutex_);
    auto it = documents_.find(uri);
    if (it == documents_.end()) throw invalid_params("document is not open: " + uri);
    if (it->second.latest && it->second.latest->version == it->second.version && !it->second.dirty)
      return it->second.latest;
    text = it->second.text;
    version = it->second.version;
  }
  return analyze(uri, std::move(text), version);
}

void server::publish(const std::string& uri, const analysis* a) {
  json::object params{{"uri", uri},
                      {"diagnostics", a ? diagnostics(a->result, a->lines, uri) : json::array{}}};
  if (a) params["version"] = a->version;
  io_.write(json::serialize(json::object{{"jsonrpc", "2.0"},
                                         {"method", "textDocument/publishDiagnostics"},
                                         {"params", std::move(params)}}));
}

bool server::check_one(std::unique_lock<std::mutex>& lock, bool ignore_due) {
  auto now = std::chrono::steady_clock::now();
  document* next = nullptr;
  std::string uri;
  for (auto& [u, d] : documents_)
    if (d.dirty && (ignore_due || d.due <= now) && (!next || d.due < next->due)) next = &d, uri = u;
  if (!next) return false;
  next->dirty = false;
  std::string text = next->text;
  std::int64_t version = next->version;
  lock.unlock();
  auto a = analyze(uri, std::move(text), version, true);
  lock.lock();
  auto it = documents_.find(uri);
  // Closed or edited meanwhile: this result is stale and a newer check is already scheduled.
  if (stopping_ || it == documents_.end() || it->second.version != version || it->second.dirty)
    return true;
  it->second.latest = a;
  lock.unlock();
  publish(uri, a.get());
  lock.lock();
  return true;
}

void server::worker() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    try {
      if (check_one(lock, false)) continue;
    } catch (const std::exception& e) {
      if (!lock.owns_lock()) lock.lock();
      std::cerr << "forecheck lsp: internal error while checking: " << e.what() << "\n";
      continue;
    }
    std::optional<std::chrono::steady_clock::time_point> wake_at;
    for (const auto& [u, d] : documents_)
      if (d.dirty && (!wake_at || d.due < *wake_at)) wake_at = d.due;
    if (wake_at)
      wake_.wait_until(lock, *wake_at);
    else
      wake_.wait(lock);
  }
}

void server::flush() {
  std::unique_lock lock(mutex_);
  while (check_one(lock, true)) {
  }
}

}  // namespace fc::lsp
