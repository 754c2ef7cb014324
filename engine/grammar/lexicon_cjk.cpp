// Chinese and Japanese word tables of claim-language §13-14 (data only): currencies, counters,
// hedge words and the words that name a rate. Longest forms first, so 元人民币 wins over 元 and
// 年复合增长率 over 增长.
#include "grammar/lexicon.hpp"

namespace fc::grammar::lexicon {

const word cjk_currencies[] = {
    {"元人民币", "CNY"}, {"元人民幣", "CNY"}, {"人民币", "CNY"}, {"人民幣", "CNY"},
    {"人民元", "CNY"},   {"美元", "USD"},     {"美金", "USD"},   {"日元", "JPY"},
    {"日圆", "JPY"},     {"欧元", "EUR"},     {"歐元", "EUR"},   {"英镑", "GBP"},
    {"英鎊", "GBP"},     {"港元", "HKD"},     {"港币", "HKD"},   {"港幣", "HKD"},
    {"新台币", "TWD"},   {"新臺幣", "TWD"},   {"台币", "TWD"},   {"韩元", "KRW"},
    {"韓元", "KRW"},     {"澳元", "AUD"},     {"加元", "CAD"},   {"卢比", "INR"},
    {"台湾ドル", "TWD"}, {"香港ドル", "HKD"}, {"米ドル", "USD"}, {"豪ドル", "AUD"},
    {"ドル", "USD"},     {"円", "JPY"},       {"ユーロ", "EUR"}, {"ポンド", "GBP"},
    {"ウォン", "KRW"},   {"ルピー", "INR"},   {"元", "CNY"},     {"USD", "USD"},
    {"EUR", "EUR"},      {"JPY", "JPY"},      {"CNY", "CNY"},    {"RMB", "CNY"},
    {"GBP", "GBP"},      {"KRW", "KRW"}};
const std::size_t cjk_currency_count = std::size(cjk_currencies);

const word cjk_prefixes[] = {{"人民币", "CNY"}, {"人民幣", "CNY"}, {"新台币", "TWD"},
                             {"新臺幣", "TWD"}, {"港币", "HKD"},   {"港幣", "HKD"}};
const std::size_t cjk_prefix_count = std::size(cjk_prefixes);

// 兆瓦 and 兆字节 are mega in mainland unit words (§12.2), so they are units here, never 1e12.
const word cjk_counters[] = {
    {"太瓦时", "TWh"}, {"太瓦時", "TWh"},  {"吉瓦时", "GWh"},    {"吉瓦時", "GWh"},
    {"兆瓦时", "MWh"}, {"兆瓦時", "MWh"},  {"千瓦时", "kWh"},    {"千瓦時", "kWh"},
    {"吉瓦", "GW"},    {"兆瓦", "MW"},     {"千瓦", "kW"},       {"人次", "person-trips"},
    {"人", "people"},  {"名", "people"},   {"辆", "vehicles"},   {"輛", "vehicles"},
    {"台", "units"},   {"部", "units"},    {"件", "cases"},      {"吨", "tonnes"},
    {"噸", "tonnes"},  {"トン", "tonnes"}, {"户", "households"}, {"世帯", "households"},
    {"戸", "homes"},   {"套", "homes"},    {"家", "companies"},  {"社", "companies"},
    {"个", "items"},   {"個", "items"},    {"GWh", "GWh"},       {"MWh", "MWh"},
    {"TWh", "TWh"},    {"GW", "GW"},       {"MW", "MW"}};
const std::size_t cjk_counter_count = std::size(cjk_counters);

const word cjk_hedges_before[] = {{"约合", "about"},
                                  {"约为", "about"},
                                  {"大约", "about"},
                                  {"約", "about"},
                                  {"约", "about"},
                                  {"およそ", "about"},
                                  {"ほぼ", "about"},
                                  {"将近", "nearly"},
                                  {"接近", "nearly"},
                                  {"逼近", "nearly"},
                                  {"近", "nearly"},
                                  {"超过", "over"},
                                  {"超過", "over"},
                                  {"多于", "over"},
                                  {"高于", "over"},
                                  {"超", "over"},
                                  {"逾", "over"},
                                  {"不少于", "at_least"},
                                  {"不低于", "at_least"},
                                  {"至少", "at_least"},
                                  {"少なくとも", "at_least"},
                                  {"最低", "at_least"},
                                  {"突破", "at_least"},
                                  {"不超过", "at_most"},
                                  {"最多", "at_most"},
                                  {"至多", "at_most"},
                                  {"最高", "at_most"},
                                  {"最大", "at_most"},
                                  {"略低于", "a_bit_under"},
                                  {"不到", "under"},
                                  {"不足", "under"},
                                  {"低于", "under"},
                                  {"少于", "under"}};
const std::size_t cjk_hedge_before_count = std::size(cjk_hedges_before);

const word cjk_hedges_after[] = {
    {"左右", "about"},    {"上下", "about"},    {"前后", "about"},     {"前後", "about"},
    {"程度", "about"},    {"ぐらい", "about"},  {"くらい", "about"},   {"近く", "nearly"},
    {"以上", "at_least"}, {"以下", "at_most"},  {"未満", "under"},     {"超え", "over"},
    {"超", "over"},       {"強", "a_bit_over"}, {"弱", "a_bit_under"}, {"台", "band"}};
const std::size_t cjk_hedge_after_count = std::size(cjk_hedges_after);

const word cjk_rate_cues[] = {{"年均复合增长率", "cagr"},
                              {"复合年均增长率", "cagr"},
                              {"年复合增长率", "cagr"},
                              {"复合年增长率", "cagr"},
                              {"复合增长率", "cagr"},  // "2021—2027年复合增长率": 年 ends the range
                              {"年均复合增速", "cagr"},
                              {"年平均成長率", "cagr"},
                              {"年平均成长率", "cagr"},
                              {"年均增长率", "cagr"},
                              {"年均增速", "cagr"},
                              {"年均增长", "cagr"},
                              {"年平均", "cagr"},
                              {"年率", "cagr"},
                              {"CAGR", "cagr"},
                              {"前年同期比", "yoy"},
                              {"前年度比", "yoy"},
                              {"較去年同期", "yoy"},
                              {"较去年同期", "yoy"},
                              {"前年比", "yoy"},
                              {"前期比", "yoy"},
                              {"比上年", "yoy"},
                              {"较上年", "yoy"},
                              {"較上年", "yoy"},
                              {"同比", "yoy"},
                              {"前四半期比", "qoq"},
                              {"环比", "qoq"},
                              {"環比", "qoq"},
                              {"同期比", "yoy"},
                              {"下降", "decline"},
                              {"减少", "decline"},
                              {"減少", "decline"},
                              {"下滑", "decline"},
                              {"回落", "decline"},
                              {"低下", "decline"},
                              {"缩小", "decline"},
                              {"萎缩", "decline"},
                              {"降低", "decline"},
                              {"下跌", "decline"},
                              {"增长", "growth"},
                              {"增長", "growth"},
                              {"增加", "growth"},
                              {"上升", "growth"},
                              {"提高", "growth"},
                              {"成長", "growth"},
                              {"増加", "growth"},
                              {"上昇", "growth"}};
const std::size_t cjk_rate_cue_count = std::size(cjk_rate_cues);

}  // namespace fc::grammar::lexicon
