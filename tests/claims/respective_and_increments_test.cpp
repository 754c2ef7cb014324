// Years and amounts paired "respectively", increments written as amounts or as multiples of the
// increase in Chinese, and Japanese point changes.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("listed years and as many amounts pair in order when the text says respectively") {
  auto zh = run(
      "甲乙研究院称，2018年、2019年我国宠物保险市场规模分别为100亿元和125亿元，去年进一步增至"
      "150亿元，同比增长20%。",
      "t.txt", "2021-05-01");
  CHECK(find_claim(zh, "100亿元")->year == 2018);
  CHECK(find_claim(zh, "125亿元")->year == 2019);
  CHECK(count_rule(zh, "change-mismatch") == 0);
  auto en = run(
      "The Acme drone market was worth $1.0 billion and $1.5 billion in 2022 and 2023, "
      "respectively, up 30%.",
      "t.txt", "2024-05-01");
  CHECK(find_claim(en, "$1.0 billion")->year == 2022);
  CHECK(count_rule(en, "change-mismatch") == 1);
}

TEST_CASE("a Chinese increment: a net increase amount, and a multiple of the increase") {
  auto r = run(
      "甲乙研究院数据显示，2022年中国算力市场规模约为1370亿元，同比增长38.4%，较2021年净增约380亿"
      "元。",
      "t.txt", "2023-02-14");
  CHECK(find_claim(r, "380亿元")->kind == fc::claim_kind::change);
  CHECK(count_rule(r, "change-mismatch") == 0);
  auto factor = run("甲乙研究院预计，到2030年我国银发经济规模将达到19.1万亿元，较2023年的7.1万亿元增长约1.7倍。",
                    "t.txt", "2023-10-30");
  CHECK(find_claim(factor, "1.7倍")->rate->point == doctest::Approx(2.7));
  CHECK(count_rule(factor, "change-mismatch") == 0);
}

TEST_CASE("a Japanese point change is a change in points") {
  auto r = run("アクメ総研によると、販売チャネルではECの比率が前年の14％から17％へ3ポイント上昇した。",
               "t.txt", "2019-04-08");
  CHECK(find_claim(r, "3ポイント")->rate_of == fc::rate_kind::points);
  CHECK(count_rule(r, "points-vs-percent") == 0);
}
