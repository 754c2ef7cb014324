// Roles that a clause gives a figure: a relative clause after an object is no source, units
// counted in 대 before make "2억대" a count, a share names its whole, a prior figure is the year
// before the figure nearest it, a yearly figure is its year's level.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a verb's relative clause after an object names no source") {
  auto r = run(
      "한국섬유산업연합회에 따르면 국내 골프웨어 시장 규모는 지난해 6조3000억원으로 정점을 찍은 뒤 "
      "올해 5조8000억원으로 7.9% 줄어들 전망이다.",
      "t.txt", "2023-05-01");
  REQUIRE(find_claim(r, "5조8000억원"));
  CHECK(find_claim(r, "5조8000억원")->source.value_or("") == "한국섬유산업연합회");
  // A topic-marked name still is one.
  auto named = run("가트너는 올해 시장이 5조원에 이를 것으로 전망했다.", "t.txt", "2023-05-01");
  CHECK(find_claim(named, "5조원")->source.value_or("") == "가트너");
}

TEST_CASE("억대 is a band, unless the sentence counts units in 대 before it") {
  auto units =
      run("출하량이 지난해 1억5000만대에서 2028년 2억대에 이를 전망이다.", "t.txt", "2024-05-01");
  REQUIRE(find_claim(units, "2억대"));
  CHECK(find_claim(units, "2억대")->unit.value_or("") == "units");
  auto band = run("그는 억대 연봉을 받는다. 매출은 100억대에 머물렀다.");
  CHECK_FALSE(find_claim(band, "100억대"));
}

TEST_CASE("a share names the whole it is of") {
  auto r =
      run("Online pet-food sales in Canada reached C$2.6 billion in 2023, equal to 18% of total "
          "pet-food spending. Home delivery generated 52% of last year's online pet-food sales.");
  REQUIRE(find_claim(r, "18%"));
  REQUIRE(find_claim(r, "52%"));
  CHECK(find_claim(r, "18%")->share_whole != find_claim(r, "52%")->share_whole);
  auto ko = run("모바일 게임은 전체 게임 매출의 57%를 차지했다.");
  REQUIRE(find_claim(ko, "57%"));
  CHECK(find_claim(ko, "57%")->share_whole.value_or("") != "");
}

TEST_CASE("a prior figure is the year before the nearest figure before it") {
  auto r = run(
      "The market rose 9% in 2022 to €22 billion, from €20.2 billion a year earlier, and should "
      "reach about €24 billion this year.",
      "t.txt", "2023-11-08");
  CHECK(find_claim(r, "€20.2 billion")->year == 2021);
  CHECK(find_claim(r, "€24 billion")->year == 2023);
}

TEST_CASE("a yearly figure is its year's level and a whole for its parts") {
  auto r = run(
      "Sales could reach $105 billion a year by 2030, analysts said. Of the 2030 total, obesity "
      "drugs should bring in $60 billion and diabetes drugs $40 billion.");
  const auto* part = find_claim(r, "$40 billion");
  REQUIRE(part);
  CHECK(part->whole_of == find_claim(r, "$105 billion")->id);
  CHECK(part->year == 2030);
}

TEST_CASE("a topic-marked name before an estimating verb is the rate's source") {
  auto r =
      run("마켓츠앤마켓츠는 글로벌 게임 엔진 시장이 지난해 28억달러에서 2028년 53억달러로 연평균 "
          "13.6% 성장할 것으로 예상했다. 같은 기간에 대해 그랜드뷰리서치는 연평균 성장률을 11~12% "
          "수준으로 잡아 보수적인 시각을 보였다.",
          "t.txt", "2024-06-20");
  REQUIRE(find_claim(r, "11~12%"));
  CHECK(find_claim(r, "11~12%")->source.value_or("") == "그랜드뷰리서치");
  CHECK(r.findings.empty());  // a rival's rate with no figures of its own checks nothing
}
