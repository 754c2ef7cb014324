// Batches of articles written in one transaction, on every backend (tests/archive/locations.hpp),
// and an archive opened in the background for a check.
#include <doctest/doctest.h>

#include <algorithm>
#include <thread>

#include "archive/opening.hpp"
#include "archive/store.hpp"
#include "index.hpp"
#include "locations.hpp"

namespace {

using fc::archive::open;
using fc::archive::open_mode;

fc::indexed_article article(const std::string& path, double billions) {
  fc::check_options o;
  o.discover_config = false;
  std::string text = "# Drones\n\nAccording to IDC, the global drone market will reach $" +
                     std::to_string(billions).substr(0, 4) + " billion in 2025.\n";
  return fc::index_text(path, text, o, {fc::parse_date("2024-01-02"), std::nullopt});
}

std::vector<fc::archive::store::entry> entries(const std::vector<fc::indexed_article>& as) {
  std::vector<fc::archive::store::entry> out;
  for (const auto& a : as) out.push_back({&a.article, &a.claims});
  return out;
}

fc::archive::claim_query drone_query() {
  fc::archive::claim_query q;
  q.subject_keys = {*article("x.md", 1).claims.front().figure.subject_key};
  return q;
}

}  // namespace

TEST_CASE("an archive batch lands whole, and a path named twice in it keeps its last version") {
  for (const auto& loc : fc::test::fresh_locations()) {
    CAPTURE(loc.backend);
    std::string error;
    auto s = open(loc.uri, open_mode::write, error);
    REQUIRE_MESSAGE(s, error);
    std::vector<fc::indexed_article> batch = {article("a.md", 30.5), article("b.md", 31.5),
                                              article("a.md", 32.5)};
    REQUIRE_MESSAGE(s->put_all(entries(batch), error), error);
    auto st = s->stats(error);
    REQUIRE(st);
    CHECK(st->articles == 2);
    CHECK(st->claims == 2);
    auto figures = s->find(drone_query(), true, error);
    REQUIRE(figures);
    REQUIRE(figures->size() == 2);
    CHECK(figures->at(0).path == "a.md");
    CHECK(figures->at(0).figure.text == "$32.5 billion");
    CHECK(figures->at(1).figure.text == "$31.5 billion");
    // A second batch replaces what the first wrote.
    batch = {article("b.md", 20.5), article("a.md", 21.5)};
    REQUIRE_MESSAGE(s->put_all(entries(batch), error), error);
    CHECK(s->stats(error)->claims == 2);
    figures = s->find(drone_query(), true, error);
    REQUIRE(figures->size() == 2);
    CHECK(figures->at(0).figure.text == "$21.5 billion");
    CHECK(figures->at(1).figure.text == "$20.5 billion");
  }
}

// Each writer re-indexes the same articles, one in path order, the other in reverse: locks
// taken in batch order would deadlock, and the server would abort one of them.
TEST_CASE("two archive writers re-indexing the same articles in opposite orders both finish") {
  for (const auto& loc : fc::test::fresh_locations()) {
    CAPTURE(loc.backend);
    std::string error;
    REQUIRE_MESSAGE(open(loc.uri, open_mode::write, error), error);
    auto writer = [&](bool reverse, bool& ok, std::string& e) {
      auto s = open(loc.uri, open_mode::write, e);
      ok = s != nullptr;
      for (int round = 0; ok && round < 6; ++round) {
        std::vector<fc::indexed_article> batch;
        for (int i = 0; i < 24; ++i)
          batch.push_back(
              article("p" + std::to_string(i) + ".md", 10 + round + (reverse ? 50 : 0)));
        if (reverse) std::reverse(batch.begin(), batch.end());
        ok = s->put_all(entries(batch), e);
      }
    };
    bool ok1 = false, ok2 = false;
    std::string e1, e2;
    std::thread t1(writer, false, std::ref(ok1), std::ref(e1));
    std::thread t2(writer, true, std::ref(ok2), std::ref(e2));
    t1.join();
    t2.join();
    CHECK_MESSAGE(ok1, e1);
    CHECK_MESSAGE(ok2, e2);
    auto s = open(loc.uri, open_mode::read, error);
    REQUIRE_MESSAGE(s, error);
    auto st = s->stats(error);
    REQUIRE(st);
    CHECK(st->articles == 24);
    CHECK(st->claims == 24);
  }
}

TEST_CASE("an archive opened in the background answers once open, and a failed opening says why") {
  for (const auto& loc : fc::test::fresh_locations()) {
    CAPTURE(loc.backend);
    std::string error;
    {
      auto w = open(loc.uri, open_mode::write, error);
      REQUIRE_MESSAGE(w, error);
      auto a = article("a.md", 30.5);
      REQUIRE(w->put(a.article, a.claims, error));
    }
    fc::archive::opening_store s(loc.uri, open_mode::read);
    auto figures = s.find(drone_query(), true, error);  // waits for the opening
    REQUIRE_MESSAGE(figures, error);
    CHECK(figures->size() == 1);
    CHECK(s.wait(error));
    if (loc.backend == "sqlite")
      CHECK(s.location() == loc.uri);
    else
      CHECK(s.location().find("fc:***@") != std::string::npos);  // the password redacted
  }
  std::string missing = fc::test::fresh_sqlite_path();
  fc::archive::opening_store s(missing, open_mode::read);
  std::string error;
  CHECK_FALSE(s.wait(error));
  CHECK(error == "no archive at " + missing + " (create it with 'forecheck index --db " + missing +
                     " PATH...')");
  std::string again;
  CHECK_FALSE(s.find(drone_query(), true, again));
  CHECK(again == error);
}
