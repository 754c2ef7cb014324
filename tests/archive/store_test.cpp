// The archive store, the same suite on every backend (tests/archive/locations.hpp): index,
// re-index, prune, queries and totals, one transaction per article, and concurrent writers.
#include "archive/store.hpp"

#include <doctest/doctest.h>

#include <thread>

#include "index.hpp"
#include "locations.hpp"

namespace {

using fc::archive::open;
using fc::archive::open_mode;

fc::indexed_article article(const std::string& path, const std::string& text) {
  fc::check_options o;
  o.discover_config = false;
  return fc::index_text(path, text, o, {fc::parse_date("2024-01-02"), std::nullopt});
}

const char* ko_text =
    "---\ndate: 2023-04-14\ntitle: 생성 AI 전망\n---\n그랜드 뷰 리서치는 2030년 생성 AI 시장 "
    "규모가 21억달러에 이를 것으로 전망했다. 연평균 17% 성장할 것으로 보인다.\n";
const char* en_text =
    "# Drones\n\nAccording to IDC, the global drone market will reach $32.1 billion in 2025.\n";

std::vector<std::string> keys_of(const fc::indexed_article& a) {
  std::vector<std::string> keys;
  for (const auto& c : a.claims)
    if (c.figure.subject_key) keys.push_back(*c.figure.subject_key);
  return keys;
}

}  // namespace

TEST_CASE("an indexed article comes back with its date, title, sentence and interval") {
  for (const auto& loc : fc::test::fresh_locations()) {
    CAPTURE(loc.backend);
    std::string error;
    auto s = open(loc.uri, open_mode::write, error);
    REQUIRE_MESSAGE(s, error);
    auto a = article("news/genai.md", ko_text);
    CHECK(a.article.title == "생성 AI 전망");
    CHECK(a.article.published->iso() == "2023-04-14");
    CHECK(a.article.date_from == fc::archive::date_origin::front_matter);
    REQUIRE(s->put(a.article, a.claims, error));
    fc::archive::claim_query q;
    q.subject_keys = keys_of(a);
    auto figures = s->find(q, true, error);
    REQUIRE(figures);
    REQUIRE(figures->size() == 1);
    const auto& p = figures->front();
    CHECK(p.path == "news/genai.md");
    CHECK(p.title == "생성 AI 전망");
    CHECK(p.published->iso() == "2023-04-14");
    CHECK(p.sentence ==
          "그랜드 뷰 리서치는 2030년 생성 AI 시장 규모가 21억달러에 이를 것으로 전망했다.");
    CHECK(p.figure.text == "21억달러");
    CHECK(p.figure.source == "그랜드 뷰 리서치");
    CHECK(p.figure.year == 2030);
    CHECK(p.figure.currency == "USD");
    CHECK(*p.figure.value->low == doctest::Approx(2.05e9));
    CHECK(*p.figure.value->high == doctest::Approx(2.15e9));
    CHECK(p.figure.where.line == 5);
    auto all = s->find(q, false, error);  // the 17% growth rate too
    REQUIRE(all);
    CHECK(all->size() == 2);
    q.years = {2029};
    CHECK(s->find(q, true, error)->empty());
    auto st = s->stats(error);
    REQUIRE(st);
    CHECK(st->schema_version == fc::archive::schema_version);
    CHECK(st->articles == 1);
    CHECK(st->claims == 2);
    CHECK(st->figures == 1);
  }
}

TEST_CASE("re-indexing an article replaces it, removing drops it, hashes key the skip") {
  for (const auto& loc : fc::test::fresh_locations()) {
    CAPTURE(loc.backend);
    std::string error;
    auto s = open(loc.uri, open_mode::write, error);
    REQUIRE_MESSAGE(s, error);
    auto a = article("a.md", en_text);
    auto b = article("b.md", ko_text);
    REQUIRE(s->put(a.article, a.claims, error));
    REQUIRE(s->put(b.article, b.claims, error));
    std::string edited = en_text;
    edited.replace(edited.find("32.1"), 4, "30.5");
    auto a2 = article("a.md", edited);
    CHECK(a2.article.hash != a.article.hash);
    REQUIRE(s->put(a2.article, a2.claims, error));
    auto hashes = s->hashes(error);
    REQUIRE(hashes);
    CHECK(hashes->size() == 2);
    CHECK(hashes->at("a.md") == a2.article.hash);
    fc::archive::claim_query q;
    q.subject_keys = keys_of(a2);
    auto figures = s->find(q, true, error);
    REQUIRE(figures->size() == 1);
    CHECK(figures->front().figure.text == "$30.5 billion");
    CHECK(figures->front().published->iso() == "2024-01-02");  // --date: no front matter
    REQUIRE(s->remove("a.md", error));
    CHECK(s->find(q, true, error)->empty());
    CHECK(s->stats(error)->articles == 1);
  }
}

TEST_CASE("listings are ordered by date, then path, undated last") {
  for (const auto& loc : fc::test::fresh_locations()) {
    CAPTURE(loc.backend);
    std::string error;
    auto s = open(loc.uri, open_mode::write, error);
    REQUIRE_MESSAGE(s, error);
    auto late = article("z.md", std::string("---\ndate: 2024-05-01\n---\n") + en_text);
    auto early = article("y.md", std::string("---\ndate: 2022-05-01\n---\n") + en_text);
    auto undated = article("a.md", en_text);
    undated.article.published.reset();
    for (auto* x : {&late, &undated, &early}) REQUIRE(s->put(x->article, x->claims, error));
    fc::archive::claim_query q;
    q.subject_keys = keys_of(late);
    auto figures = s->find(q, true, error);
    REQUIRE(figures->size() == 3);
    CHECK((*figures)[0].path == "y.md");
    CHECK((*figures)[1].path == "z.md");
    CHECK((*figures)[2].path == "a.md");
    CHECK(s->stats(error)->undated == 1);
  }
}

TEST_CASE("two writers on one archive both land every article") {
  for (const auto& loc : fc::test::fresh_locations()) {
    CAPTURE(loc.backend);
    std::string error;
    REQUIRE_MESSAGE(open(loc.uri, open_mode::write, error), error);
    auto writer = [&](const std::string& prefix, bool& ok) {
      std::string e;
      auto s = open(loc.uri, open_mode::write, e);
      ok = s != nullptr;
      for (int i = 0; ok && i < 25; ++i) {
        auto a = article(prefix + std::to_string(i) + ".md", en_text);
        ok = s->put(a.article, a.claims, e);
      }
    };
    bool ok1 = false, ok2 = false;
    std::thread t1(writer, "one/", std::ref(ok1)), t2(writer, "two/", std::ref(ok2));
    t1.join();
    t2.join();
    CHECK(ok1);
    CHECK(ok2);
    auto s = open(loc.uri, open_mode::read, error);
    REQUIRE_MESSAGE(s, error);
    auto st = s->stats(error);
    REQUIRE(st);
    CHECK(st->articles == 50);
    CHECK(st->claims == 50);
  }
}
