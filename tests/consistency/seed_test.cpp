// The seed article (read from ../shared when present) and our own demo article: the
// growth-contradiction with its three claims, its arithmetic and the consistent 2028 range.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../support.hpp"

namespace {

void check_seed_conflict(const fc::file_result& r) {
  REQUIRE(fc::test::count_rule(r, "growth-contradiction") == 1);
  CHECK(r.findings.size() == 1);
  const auto& f = r.findings[0];
  CHECK(f.level == fc::severity::error);
  REQUIRE(f.claims.size() == 3);
  std::vector<const fc::claim*> cs;
  for (const auto& id : f.claims)
    for (const auto& c : r.claims)
      if (c.id == id) cs.push_back(&c);
  REQUIRE(cs.size() == 3);
  CHECK(cs[0]->value->point == doctest::Approx(1e9));
  CHECK(cs[0]->year.value_or(0) == 2028);
  CHECK(cs[0]->source.value_or("") == "리포트링커");
  CHECK(cs[1]->value->point == doctest::Approx(1.4e9));
  CHECK(cs[1]->year.value_or(0) == 2023);
  CHECK(cs[1]->qualifier() == "by");
  CHECK(cs[1]->source.value_or("") == "그랜드 뷰 리서치");
  CHECK(cs[2]->kind == fc::claim_kind::growth);
  CHECK(cs[2]->rate_of == fc::rate_kind::cagr);
  CHECK(cs[2]->value_hedge == "about");
  CHECK(cs[2]->rate->point == doctest::Approx(0.17));
  // The underlined claim is the 2028 figure; the consistent 2028 range is about 2.9–3.25e9.
  CHECK(f.where.start == cs[0]->where.start);
  REQUIRE(f.expected);
  REQUIRE(f.expected->value);
  CHECK(*f.expected->value->low == doctest::Approx(2.897e9).epsilon(0.002));
  CHECK(*f.expected->value->high == doctest::Approx(3.248e9).epsilon(0.002));
  CHECK(f.explanation.find("-6.51%") != std::string::npos);
  CHECK(f.explanation.find("1.165^5") != std::string::npos);
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("the seed article's key sentence is flagged") {
  std::filesystem::path seed = "../shared/seeds/genai-market-news1-2023.txt";
  if (!std::filesystem::exists(seed)) {
    MESSAGE("../shared is not present; the seed test is skipped");
    return;
  }
  auto r = fc::check_text(seed.string(), slurp(seed), {});
  check_seed_conflict(r);
  // 1억원 이상 is a lower-bound claim and raises nothing on its own.
  const auto* bound = fc::test::find_claim(r, "1억원");
  REQUIRE(bound);
  CHECK(bound->value_hedge == "at_least");
  for (const auto& c : r.claims) {
    CHECK(c.text.find("GPT") == std::string::npos);
    CHECK(c.text != "14일");
    CHECK(c.text != "6개월");
  }
}

TEST_CASE("the bundled demo article carries the same conflict") {
  std::filesystem::path demo = "fixtures/demo/genai-market.md";
  REQUIRE(std::filesystem::exists(demo));
  auto r = fc::check_text(demo.string(), slurp(demo), {});
  check_seed_conflict(r);
  CHECK(r.article_date);
}
