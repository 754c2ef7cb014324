// Sentences in the style of the fixtures, with their numbers varied by a fixed-seed generator
// so the grammar sees many distinct figures, not one line repeated.
#include "tools/benchmarks/corpus.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdint>

namespace fc::bench {
namespace {

struct lcg {
  std::uint64_t state;
  unsigned next(unsigned n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>((state >> 33) % n);
  }
};

// Each paragraph is about its own market, as in real articles, so figures of different
// paragraphs are not compared with each other.
const char* const kTopics[] = {"로봇", "클라우드", "반도체", "배터리",
                               "드론", "수소",     "보안",   "게임"};
const char* const kTopicsEn[] = {"robotics", "cloud",    "chip",     "battery",
                                 "drone",    "hydrogen", "security", "gaming"};

std::string korean(lcg& r, unsigned topic) {
  switch (r.next(5)) {
    case 0:
      return fmt::format(
          "{}{} 시장이 주목받는다. 글로벌 리서치 회사 리포트링커는 {}년 시장 규모를 {}억달러로 "
          "예측했으며 그랜드 뷰 "
          "리서치는 {}년까지 {}억달러에 달할 것으로 전망했다. ",
          kTopics[topic % 8], topic, 2025 + r.next(6), 10 + r.next(90), 2023 + r.next(3),
          10 + r.next(50));
    case 1:
      return fmt::format("양사 모두 생성AI 시장이 연평균 약 {}%씩 성장할 것으로 봤다. ",
                         5 + r.next(30));
    case 2:
      return fmt::format(
          "국내 {}{} 시장은 2022년 {}조{}억원에서 2027년 {}조{}천억 원으로 커질 전망이다. ",
          kTopics[topic % 8], topic, 1 + r.next(3), 1000 + 1000 * r.next(9), 3 + r.next(5),
          1 + r.next(9));
    case 3:
      return "빅테크가 속속 뛰어들 만큼 인공지능 경쟁이 본격화되는 모양새다. 챗GPT의 하루 운영비는 "
             "1억원 이상이다. GPT-4는 14일 공개됐다. ";
    default:
      return fmt::format("한국은행에 따르면 지난해 경상수지 흑자는 {}억{}만달러로 집계됐다. ",
                         100 + r.next(300), 1000 * (1 + r.next(9)));
  }
}

std::string english(lcg& r, unsigned topic) {
  switch (r.next(4)) {
    case 0: {
      // A consistent press-release sentence: the stated CAGR is computed from the figures.
      double a = 5 + r.next(200) / 10.0, b = a * (2 + r.next(40) / 10.0);
      return fmt::format(
          "The global {}{} market was valued at USD {:.1f} billion in 2022 and is "
          "expected to reach USD {:.1f} billion by 2030, a CAGR of {:.1f}%. ",
          kTopicsEn[topic % 8], topic, a, b, (std::pow(b / a, 1.0 / 8) - 1) * 100);
    }
    case 1:
      return fmt::format(
          "ReportLinker sees the {}{} market at ${}bn in 2028, while Grand View Research puts "
          "it at ${}.{}bn by 2023. ",
          kTopicsEn[topic % 8], topic, 1 + r.next(9), 1 + r.next(5), r.next(10));
    case 2:
      return "Apple shipped 50 million iPhone 15 units in 40 countries; call +1 (604) 555-0199. ";
    default:
      return fmt::format("Revenue came in at €{}.{}m for FY2024, up {}% year on year. ",
                         1 + r.next(9), r.next(10), 1 + r.next(20));
  }
}

}  // namespace

std::vector<std::string> make_corpus(const std::string& lang, std::size_t total_bytes,
                                     std::size_t article_bytes) {
  lcg r{42};
  std::vector<std::string> out;
  std::size_t total = 0;
  unsigned topic = 0;
  while (total < total_bytes) {
    std::string a;
    while (a.size() < article_bytes) {
      if (lang == "zh" || lang == "ja") {
        unsigned pick = r.next(5), x = r.next(1000), y = r.next(1000);
        a += lang == "zh" ? chinese(pick, x, y, topic) : japanese(pick, x, y, topic);
        if (r.next(4) == 0) a += "\n\n", ++topic;
        continue;
      }
      bool ko = lang == "ko" || (lang == "mixed" && r.next(2) == 0);
      a += ko ? korean(r, topic) : english(r, topic);
      if (r.next(4) == 0) a += "\n\n", ++topic;
    }
    total += a.size();
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace fc::bench
