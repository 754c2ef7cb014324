// The measure words of subjects (claim-language §9.1) and where a sentence writes them.
#include "claims/measures.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "claims/context.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

const measure measures[] = {{"시장 규모", false},
                            {"시장규모", false},
                            {"시장", false},
                            {"산업", false},
                            {"매출액", false},
                            {"매출", false},
                            {"영업이익", false},
                            {"순이익", false},
                            {"수출액", false},
                            {"수입액", false},
                            {"발주액", false},
                            {"거래액", false},
                            {"수출", false},
                            {"투자", false},
                            {"지출", false},
                            {"출하량", false},
                            {"판매량", false},
                            {"설치 대수", false},
                            {"보급 대수", false},
                            {"생산량", false},
                            {"운영비", false},
                            {"경상수지", false},
                            {"무역수지", false},
                            {"점유율", false},
                            {"기업가치", false},
                            {"market size", true},
                            {"market", true},
                            {"industry", true},
                            {"sector", true},
                            {"revenue", true},
                            {"sales", true},
                            {"spending", true},
                            {"shipments", true},
                            {"exports", true},
                            {"investment", true},
                            {"Revenue", true},
                            {"Sales", true},
                            {"Spending", true},
                            {"Shipments", true},
                            {"Exports", true},
                            {"Market", true},
                            {"Industry", true},
                            {"segment", true},
                            {"부문", false},
                            {"분야", false},
                            {"지역", false},
                            {"market cap", true},
                            {"market value", true},
                            {"시가총액", false},
                            {"net income", true},
                            {"operating income", true},
                            {"net profit", true},
                            {"operating profit", true},
                            {"profit", true},
                            {"earnings", true},
                            {"EBITDA", true},
                            {"net loss", true},
                            {"Net income", true},
                            {"Profit", true},
                            {"Earnings", true},
                            {"가입자 수", false},
                            {"가입자", false},
                            {"이용자 수", false},
                            {"이용자", false},
                            {"사용자 수", false},
                            {"active users", true},
                            {"subscribers", true},
                            {"Subscribers", true},
                            {"관광객 수", false},
                            {"관광객", false},
                            {"방문객 수", false},
                            {"방문객", false},
                            {"생산량", false},
                            {"visitor arrivals", true},
                            {"Visitor arrivals", true},
                            {"premiums", true},
                            {"bookings", true},
                            {"turnover", true},
                            {"billings", true},
                            {"transaction value", true},
                            {"gross merchandise value", true},
                            {"거래액", false},
                            {"보험료", false},
                            {"수입액", false},
                            {"소비액", false},
                            {"수요", false},
                            {"발주량", false},
                            {"registrations", true},
                            {"Registrations", true},

                            {"installations", true},
                            {"Installations", true},
                            {"production", true},
                            {"Production", true},
                            {"output", true},
                            {"Output", true},
                            {"capacity", true},
                            {"Capacity", true},
                            {"demand", true},
                            {"Demand", true},
                            {"consumption", true},
                            {"Consumption", true},
                            {"imports", true},
                            {"Imports", true},
                            {"orders", true},
                            {"Orders", true},
                            {"sales volume", true},
                            {"Sales volume", true},
                            {"volumes", true},
                            {"Volumes", true},
                            {"units sold", true},
                            {"Units sold", true},
                            {"spend", true},
                            {"Spend", true},
                            {"판매액", false},
                            {"수주액", false},
                            {"수주", false},
                            {"설치량", false},
                            {"설치 용량", false},
                            {"발전량", false},
                            {"등록 대수", false},
                            {"거래량", false},
                            {"결제액", false},
                            {"생산액", false},
                            {"판매 대수", false},
                            {"출하액", false},
                            {"수입 규모", false},
                            {"소비 규모", false}};

}  // namespace

const std::vector<std::pair<std::size_t, const measure*>>& measure_hits(std::string_view s) {
  thread_local std::string cached_text;
  thread_local std::vector<std::pair<std::size_t, const measure*>> cached;
  if (s == cached_text && !cached_text.empty()) return cached;
  cached_text.assign(s);
  cached.clear();
  for (const auto& m : measures) {
    for (std::size_t p = s.find(m.word); p != std::string_view::npos; p = s.find(m.word, p + 1)) {
      if (m.english &&
          ((p > 0 && std::isalpha(static_cast<unsigned char>(s[p - 1]))) ||
           std::isalpha(static_cast<unsigned char>(s[std::min(s.size() - 1, p + m.word.size())]))))
        continue;
      // "revenue share", "market share", "시장 점유율": a share, not the measure itself.
      std::string_view rest = s.substr(p + m.word.size(), 12);
      // "market cap", "market capitalization", "시가총액": a company's value, not a market's size.
      if (m.word == "수요" && rest.rfind("일", 0) == 0) continue;  // 수요일: Wednesday
      if (m.word == "market" && (rest.rfind(" cap", 0) == 0 || rest.rfind(" value", 0) == 0))
        continue;
      // "시장 진출", "시장 공략": entering or targeting a market is an action, not the market.
      if (m.word == "시장" && (rest.rfind(" 진출", 0) == 0 || rest.rfind("진출", 0) == 0 ||
                               rest.rfind(" 공략", 0) == 0 || rest.rfind(" 진입", 0) == 0 ||
                               rest.rfind(" 선점", 0) == 0))
        continue;
      // "grow its revenue faster than the market", "시장보다 빠르게": what a figure is compared
      // with, not what it measures.
      if (before(s, p, 12).ends_with("than the ") || before(s, p, 12).ends_with("than ") ||
          rest.rfind("보다", 0) == 0)
        continue;
      // "무선이어폰 수요에 힘입어", "driven by strong demand": a cause, not what is measured.
      if (lang::words("roles.cause_after").prefix_of(s.substr(p + m.word.size(), 24)) ||
          lang::words("roles.cause_before").suffix_of(before(s, p, 40)))
        continue;
      if (rest.rfind(" share", 0) == 0 || rest.rfind(" 점유율", 0) == 0 ||
          rest.rfind("점유율", 0) == 0 || rest.rfind(" 비중", 0) == 0)
        continue;
      cached.emplace_back(p, &m);
    }
  }
  return cached;
}

}  // namespace fc::claims
