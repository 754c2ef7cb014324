// Chinese and Japanese benchmark sentences in the style of claim-language §13-14, with their
// numbers varied by the caller's fixed-seed generator (written for forecheck, not quoted).
#include <fmt/format.h>

#include "tools/benchmarks/corpus.hpp"

namespace fc::bench {
namespace {

const char* const kTopicsZh[] = {"机器人", "云计算", "半导体",   "动力电池",
                                 "无人机", "氢能",   "网络安全", "游戏"};
const char* const kTopicsJa[] = {"ロボット", "クラウド", "半導体",       "蓄電池",
                                 "ドローン", "水素",     "セキュリティ", "ゲーム"};

}  // namespace

std::string chinese(unsigned pick, unsigned a, unsigned b, unsigned topic) {
  const char* t = kTopicsZh[topic % 8];
  switch (pick % 5) {
    case 0:
      return fmt::format(
          "据研究机构预测，到{}年中国{}{}市场规模将达到{}亿美元，年复合增长率约为{}%。",
          2025 + a % 6, t, topic, 10 + b % 90, 5 + a % 30);
    case 1:
      return fmt::format("{}年{}{}行业营收为{}.{}亿元人民币，同比增长{}.{}%。", 2021 + a % 3, t,
                         topic, 10 + b % 300, a % 10, 3 + b % 40, a % 10);
    case 2:
      return fmt::format("预计{}年产业规模将突破{}.{}万亿元，占比提高{}.{}个百分点。", 2027 + a % 4,
                         1 + a % 5, b % 10, 1 + b % 5, a % 10);
    case 3:
      return "千万不要把十四五规划和双11、618的销售额混为一谈，第一季度的数据另有口径。";
    default:
      return fmt::format("假期近{}亿人次出游，人均花费约{}元，出口额比上年增长{}倍。", 1 + a % 9,
                         500 + 10 * (b % 90), 1 + a % 3);
  }
}

std::string japanese(unsigned pick, unsigned a, unsigned b, unsigned topic) {
  const char* t = kTopicsJa[topic % 8];
  switch (pick % 5) {
    case 0:
      return fmt::format(
          "調査会社の予測によると、{}{}の国内市場は{}年に{}兆{}000億円に拡大する見込みだ。", t,
          topic, 2026 + a % 5, 1 + a % 4, 1 + b % 9);
    case 1:
      return fmt::format("{}{}の世界需要額は約{}億ドルと、前年比{}.{}%増えた。", t, topic,
                         50 + b % 900, 2 + a % 30, b % 10);
    case 2:
      return fmt::format("年平均成長率（CAGR）は{}.{}%で、{}年度には{}割超の企業が導入する。",
                         3 + a % 40, b % 10, 2024 + a % 6, 2 + b % 7);
    case 3:
      return "兆しが見え始めた億劫な交渉には、万が一に備えた十分な準備が要る。一方、一部は撤退した"
             "。";
    default:
      return fmt::format("売上高は前年同期比{}割増の{}億円、シェアは{}ポイント低下した。",
                         1 + a % 5, 100 + b % 800, 1 + a % 15);
  }
}

}  // namespace fc::bench
