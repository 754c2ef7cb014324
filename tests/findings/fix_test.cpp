// check --fix in the engine: a finding's expected value written into its one figure, in the
// figure's own form, and every case where the fit is not unambiguous left alone.
#include "findings/fix.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "../support.hpp"

using fc::test::run;
namespace findings = fc::findings;

namespace {

// The one finding of `r` with `rule`, which the test expects to be there.
const fc::finding& only(const fc::file_result& r, const std::string& rule) {
  REQUIRE(fc::test::count_rule(r, rule) == 1);
  return *std::find_if(r.findings.begin(), r.findings.end(),
                       [&](const fc::finding& f) { return f.rule == rule; });
}

std::string why_not(const fc::file_result& r, const fc::finding& f) {
  std::string why;
  CHECK_FALSE(findings::fix_for(f, r.claims, r.original, &why));
  return why;
}

// The text after --fix, and that a second plan over it finds nothing to fix and no error.
std::string fixed_once(const fc::file_result& r) {
  auto plan = findings::plan_fixes(r.findings, r.claims, r.original);
  CHECK_FALSE(plan.blocked);
  std::string fixed = findings::apply_edits(r.original, plan.edits);
  auto again = run(fixed, r.path);
  for (const auto& f : again.findings) CHECK(f.level != fc::severity::error);
  CHECK(findings::plan_fixes(again.findings, again.claims, again.original).edits.empty());
  return fixed;
}

}  // namespace

TEST_CASE("the number in a figure: one group of digits, commas and decimals kept") {
  auto n = findings::single_number("$1,200.50 million");
  REQUIRE(n);
  CHECK(n->start == 1);
  CHECK(n->end == 9);
  CHECK(n->value == doctest::Approx(1200.5));
  CHECK(n->decimals == 2);
  CHECK(n->thousands);
  auto ko = findings::single_number("10억달러");
  REQUIRE(ko);
  CHECK((ko->value == 10 && ko->decimals == 0 && !ko->thousands));
  std::string why;
  for (const char* several :
       {"1조2000억원", "3~4조원", "$3–4 billion", "5천7백43억달러", "10~15억 달러"}) {
    CAPTURE(several);
    CHECK_FALSE(findings::single_number(several, &why));
    CHECK(why == "the figure is written with more than one number");
  }
  CHECK_FALSE(findings::single_number("1,20억원", &why));
  CHECK(why == "the figure's commas are not thousands separators");
  CHECK_FALSE(findings::single_number("two-fold", &why));
  CHECK(findings::write_number(3104.6, 0, true) == "3,105");
  CHECK(findings::write_number(1234567.891, 2, true) == "1,234,567.89");
  CHECK(findings::write_number(12.2462, 1, false) == "12.2");
  CHECK(findings::write_number(999.6, 0, true) == "1,000");
}

TEST_CASE("Korean amount: 10억달러 becomes 31억달러 and nothing else changes") {
  auto r = run(
      "A사는 2028년 국내 로봇 시장 규모를 10억달러로 내다봤고, B사는 2023년까지 14억달러 규모로 "
      "커질 것이라고 전망했다. 양사 모두 연평균 약 17% 성장을 예상했다.");
  const auto& f = only(r, "growth-contradiction");
  auto e = findings::fix_for(f, r.claims, r.original);
  REQUIRE(e);
  CHECK(e->before == "10억달러");
  CHECK(e->after == "31억달러");
  CHECK(r.original.substr(e->start, e->end - e->start) == "10억달러");
  CHECK(e->findings == std::vector<std::string>{f.id});
  std::string fixed = fixed_once(r);
  std::string want = r.original;
  want.replace(e->start, 2, "31");
  CHECK(fixed == want);
}

TEST_CASE("Korean figures keep their thousands separators; a rate keeps its decimals") {
  auto amount = run(
      "국내 밀키트 시장은 2020년 1,800억원에서 2025년 5,000억원으로 연평균 10% 성장할 전망이다.");
  auto e = findings::fix_for(only(amount, "cagr-mismatch"), amount.claims, amount.original);
  REQUIRE(e);
  CHECK(e->after == "3,105억원");
  auto rate =
      run("국내 수소충전소 시장은 2024년 4,100억원에서 2030년 1조1,600억원으로 연평균 29.4% 성장할 "
          "것으로 보인다.");
  auto r = findings::fix_for(only(rate, "cagr-mismatch"), rate.claims, rate.original);
  REQUIRE(r);
  CHECK(r->before == "29.4%");
  CHECK(r->after == "18.9%");
  fixed_once(rate);
}

TEST_CASE("English amount and rate: $1.0 billion becomes $3.1 billion, 17.5% becomes 12.2%") {
  auto amount = run(
      "ReportLinker sees the market at $1.0 billion in 2028, while Grand View Research puts it at "
      "$1.4 billion by 2023; both assume about 17% annual growth.");
  auto e = findings::fix_for(only(amount, "growth-contradiction"), amount.claims, amount.original);
  REQUIRE(e);
  CHECK(e->after == "$3.1 billion");
  fixed_once(amount);
  auto rate =
      run("The global drone market was valued at USD 10.8 billion in 2022 and is expected to reach "
          "USD 21.6 billion by 2028, a CAGR of 17.5%.");
  auto r = findings::fix_for(only(rate, "cagr-mismatch"), rate.claims, rate.original);
  REQUIRE(r);
  CHECK(r->before == "17.5%");
  CHECK(r->after == "12.2%");
  CHECK(fixed_once(rate).ends_with("a CAGR of 12.2%."));
}

TEST_CASE("a figure of more than one number is not fixed") {
  auto r = run(
      "A사는 2028년 국내 로봇 시장 규모를 1조2000억원으로 내다봤고, B사는 2023년까지 1조4000억원 "
      "규모로 커질 것이라고 전망했다. 양사 모두 연평균 약 17% 성장을 예상했다.");
  const auto& f = only(r, "growth-contradiction");
  REQUIRE(f.expected);
  CHECK(why_not(r, f) == "the figure is written with more than one number");
  auto plan = findings::plan_fixes(r.findings, r.claims, r.original);
  CHECK(plan.blocked);
  CHECK(plan.edits.empty());
  // A range with its currency written once ("$1–2 billion") is one figure of two numbers.
  auto range = run(
      "ReportLinker sees the market at $1–2 billion in 2028, while Grand View Research puts it at "
      "$1.4 billion by 2023; both assume about 17% annual growth.");
  CHECK(why_not(range, only(range, "cagr-mismatch")) ==
        "the figure is written with more than one number");
}

TEST_CASE("ambiguous fits are refused") {
  // Only 3.3%–3.6% fits, and no whole number lies there: 9% cannot become 3% or 4%.
  auto coarse =
      run("Sales of the gadget rose from 1,250 thousand units in 2019 to 1,480 thousand units in "
          "2024, a CAGR of 9%.");
  CHECK(why_not(coarse, only(coarse, "cagr-mismatch")) ==
        "no number at the figure's precision lies in the consistent range");
  // Two findings that want different digits in one figure: neither is applied.
  auto r =
      run("The global drone market was valued at USD 10.8 billion in 2022 and is expected to reach "
          "USD 21.6 billion by 2028, a CAGR of 17.5%.");
  std::vector<fc::finding> two = r.findings;
  two.push_back(two.at(0));
  two.back().id = "f2";
  two.back().expected->rate = fc::interval{0.15, 0.145, 0.155};
  auto plan = findings::plan_fixes(two, r.claims, r.original);
  CHECK(plan.edits.empty());
  CHECK(plan.blocked);
  REQUIRE(plan.left.size() == 2);
  CHECK(plan.left[0].reason == "another finding wants other digits there");
  // Two that agree make one edit.
  two.back().expected = two.front().expected;
  plan = findings::plan_fixes(two, r.claims, r.original);
  REQUIRE(plan.edits.size() == 1);
  CHECK(plan.edits[0].findings == std::vector<std::string>{"f1", "f2"});
  // A span that is not exactly one figure, and bytes that are not the figure as read.
  fc::finding wide = r.findings.at(0);
  wide.where.start -= 3;
  CHECK(why_not(r, wide) == "the finding does not underline exactly one figure");
  std::string changed = r.original;
  changed.replace(r.findings.at(0).where.start, 1, "7");
  std::string why;
  CHECK_FALSE(findings::fix_for(r.findings.at(0), r.claims, changed, &why));
  CHECK(why == "the bytes at the figure's span are not the figure as read");
  fc::finding none = r.findings.at(0);
  none.expected.reset();
  CHECK(why_not(r, none) == "the finding has no consistent value");
}

TEST_CASE("a file with an error that cannot be fixed is not changed; warnings are not fixed") {
  auto r =
      run("The global drone market was valued at USD 10.8 billion in 2022 and is expected to reach "
          "USD 21.6 billion by 2028, a CAGR of 17.5%. Sales of the gadget rose from 1,250 thousand "
          "units in 2019 to 1,480 thousand units in 2024, a CAGR of 9%.");
  REQUIRE(fc::test::count_rule(r, "cagr-mismatch") == 2);
  auto plan = findings::plan_fixes(r.findings, r.claims, r.original);
  CHECK(plan.blocked);
  CHECK(plan.edits.size() == 1);
  REQUIRE(plan.left.size() == 1);
  CHECK(r.findings[plan.left[0].finding].where.start > plan.edits[0].end);
  auto warned =
      run("The global drone market was valued at USD 10.8 billion in 2022 and is expected to reach "
          "USD 21.6 billion by 2028, a CAGR of 17.5%.");
  warned.findings.at(0).level = fc::severity::warning;
  plan = findings::plan_fixes(warned.findings, warned.claims, warned.original);
  CHECK(plan.edits.empty());
  CHECK_FALSE(plan.blocked);
  CHECK(findings::apply_edits(warned.original, plan.edits) == warned.original);
}

TEST_CASE("a fall in points is fixed with its own sign") {
  auto r =
      run("Operating margin narrowed to 8.2% from 14.5%, a decline of 4.1 percentage points, the "
          "company said.");
  CHECK(fixed_once(r) ==
        "Operating margin narrowed to 8.2% from 14.5%, a decline of 6.3 percentage points, the "
        "company said.");
}
