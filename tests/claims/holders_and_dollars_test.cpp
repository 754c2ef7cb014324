// A rank's measure names its holder's figure, a category is a measure, an irregular participle
// dates its figure, bare dollars converted into US dollars are another dollar, and a
// technology's name may open a sentence or a Korean topic.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;
using fc::test::with_mark;

TEST_CASE("a measure named by its rank alone is its holder's, a part of the whole") {
  auto r = run(
      "Retail sales of widgets fell to $6.0 billion in 2023, according to Acme Research. Blue "
      "widgets remained the largest category at $2.2 billion, while red widgets brought in $1.0 "
      "billion. Acme still projects the category will reach $7.7 billion by 2028, a compound "
      "annual growth rate of 5.1%.",
      "t.txt", "2024-02-01");
  CHECK(find_claim(r, "$2.2 billion")->subject == "Blue widgets");
  CHECK(find_claim(r, "$2.2 billion")->subject_key != find_claim(r, "$6.0 billion")->subject_key);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  CHECK(count_rule(r, "figure-disagreement") == 0);
  // The holder of a segment's rank is a part: one above the whole is caught.
  auto part =
      run("Acme expects worldwide spending on drone services to reach $600 billion in 2025. "
          "Inspection is poised to remain the largest segment, reaching $640 billion that year.",
          "t.txt", "2024-02-01");
  CHECK(find_claim(part, "$640 billion")->subject == "Inspection");
  CHECK(count_rule(part, "part-exceeds-whole") + count_rule(part, "breakdown-exceeds-whole") >= 1);
}

TEST_CASE("a category is a measure, and its CAGR is checked against its move") {
  const char* text =
      "The global widget category was worth US$10.0bn in 2023 and will reach US$15.0bn by 2028, "
      "according to Acme Research, which puts the category's compound annual growth rate at "
      "RATE over the period.";
  std::string wrong = with_mark(text, "RATE", "7.3%"), right = with_mark(text, "RATE", "8.4%");
  auto bad = run(wrong, "t.txt", "2024-09-10");
  CHECK(find_claim(bad, "US$10.0bn")->subject == "global widget category");
  CHECK(count_rule(bad, "cagr-mismatch") == 1);
  CHECK(count_rule(run(right, "t.txt", "2024-09-10"), "cagr-mismatch") == 0);
}

TEST_CASE("a participle without -ed before a relative year dates its figure") {
  for (const char* verb : {"spent", "sold", "recorded"}) {
    auto r = run(std::string("Acme reckons global sales of widgets could reach $80 billion a year "
                             "by 2030, roughly 16 times the $5 billion ") +
                     verb + " last year.",
                 "t.txt", "2024-03-12");
    CAPTURE(verb);
    CHECK(find_claim(r, "$5 billion")->year == 2023);
    CHECK(count_rule(r, "figure-disagreement") == 0);
  }
}

TEST_CASE("bare dollars converted into US dollars are the named country's dollar") {
  auto r = run(
      "Widget sales hit $4.2B\n\nOTTAWA — Canadians spent a record $4.2 billion (US$3.0 billion) "
      "on widgets last year, up five per cent from $4.0 billion in 2023, Acme Research said.",
      "t.txt", "2025-01-28");
  CHECK(find_claim(r, "$4.2 billion")->currency == "CAD");
  CHECK(find_claim(r, "$4.0 billion")->currency == "CAD");
  CHECK(find_claim(r, "US$3.0 billion")->currency == "USD");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  // No country named: the dollar stays unnamed, and still meets no US-dollar figure.
  auto unnamed = run("Widget sales reached $4.2 billion (US$3.0 billion) last year, Acme said.",
                     "t.txt", "2025-01-28");
  CHECK(find_claim(unnamed, "$4.2 billion")->currency == "$");
  // Bare dollars alone stay US dollars.
  auto plain = run("Widget sales in Canada reached $4.2 billion last year, Acme said.", "t.txt",
                   "2025-01-28");
  CHECK(find_claim(plain, "$4.2 billion")->currency == "USD");
}

TEST_CASE("a technology's name opens an English sentence and a Korean topic") {
  auto en =
      run("Advanced packaging revenue will climb from $30 billion in 2024 to about $60 billion in "
          "2030, Acme Research said. 2.5D and 3D packaging, helped by accelerator demand, made up "
          "$12 billion, or 40% of last year's total, and is set to more than double to $26 billion "
          "by 2030.",
          "t.txt", "2025-03-01");
  CHECK(find_claim(en, "$26 billion")->subject == "2.5D and 3D packaging");
  CHECK(count_rule(en, "figure-disagreement") == 0);
  auto ko = run(
      "한빛리서치에 따르면 첨단 패키징 매출은 2024년 300억달러에서 2030년 약 600억달러로 늘어날 "
      "전망이다. 2.5D·3D 패키징은 지난해 120억달러로 전체의 40%를 차지했고, 2030년에는 "
      "260억달러로 두 배 넘게 커질 것으로 보인다.",
      "t.txt", "2025-03-01");
  CHECK(find_claim(ko, "260억달러")->subject == "2.5D·3D 패키징");
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  CHECK(count_rule(ko, "move-direction") == 0);
  // A decimal with a scale letter is an amount, never a name.
  auto amount = run("Acme said 1.2B of widgets shipped last year.", "t.txt", "2025-03-01");
  CHECK(amount.claims.size() <= 1);
}

TEST_CASE("a name in apposition to a rank within the whole is one of its parts") {
  const char* text =
      "Online retail sales across the Gulf are set to grow from $20 billion this year to $31 "
      "billion in 2028, according to Acme Research. Oman, the region's largest market, is "
      "expected to see online sales of AMOUNT by 2028, while the Qatar market will reach Dh25 "
      "billion ($6.8 billion), the report said.";
  std::string above = with_mark(text, "AMOUNT", "$32.6 billion");
  std::string below = with_mark(text, "AMOUNT", "$12.6 billion");
  auto bad = run(above, "t.txt", "2024-10-02");
  CHECK(find_claim(bad, "$32.6 billion")->subject == "Oman");
  CHECK(count_rule(bad, "part-exceeds-whole") == 1);
  // The clause after "while" names its own figures, in dirhams converted in brackets.
  CHECK(find_claim(bad, "Dh25 billion")->currency == "AED");
  CHECK(find_claim(bad, "Dh25 billion")->subject == "Qatar market");
  CHECK(count_rule(run(below, "t.txt", "2024-10-02"), "part-exceeds-whole") == 0);
  // "the world's largest market" names a whole of its own, not a part of the one before.
  std::string world = with_mark(above, "the region's", "the world's");
  CHECK(count_rule(run(world, "t.txt", "2024-10-02"), "part-exceeds-whole") == 0);
  // A member of the region, whatever noun its apposition names, is a part too.
  std::string member = with_mark(above, "the region's largest market", "the region's busiest hub");
  CHECK(count_rule(run(member, "t.txt", "2024-10-02"), "part-exceeds-whole") == 1);
}

TEST_CASE("percentages of a whole split between items are its shares") {
  for (const char* list : {"blue units (46%), red units (39%) and green systems (18%)",
                           "blue units at 46%, red units at 39% and green systems at 18%"}) {
    CAPTURE(list);
    auto over = run(std::string("Sales of widgets in Europe fell to 1.9 million units last year, "
                                "Acme said. Sales were split between ") +
                        list + ".",
                    "t.txt", "2024-02-29");
    CHECK(find_claim(over, "46%")->kind == fc::claim_kind::share);
    CHECK(count_rule(over, "share-overflow") == 1);
  }
  auto fits = run(
      "Sales of widgets fell to 1.9 million units last year, Acme said. Sales were split between "
      "blue units (46%), red units (39%) and green systems (12%).",
      "t.txt", "2024-02-29");
  CHECK(count_rule(fits, "share-overflow") == 0);
  CHECK(count_rule(fits, "growth-contradiction") == 0);
}

TEST_CASE("a rank's pronoun or a rank in the world names no part of the whole before") {
  auto which =
      run("Retail sales of widgets reached $6.0 billion in 2023, Acme said. Oat widgets, which "
          "remained the largest category at $2.2 billion, grew fastest.",
          "t.txt", "2024-02-01");
  CHECK(find_claim(which, "$2.2 billion")->subject != "which");
  auto world = run(
      "The U.S. widget market reached $10 billion in 2024, Acme said. In 2024 China remained the "
      "largest market worldwide at $50 billion.",
      "t.txt", "2025-02-01");
  CHECK(count_rule(world, "part-exceeds-whole") == 0);
}
