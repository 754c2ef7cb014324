// Currency, scale and counter words of claim-language §3-§5. Longest forms come first so a
// prefix never shadows a longer word (홍콩달러 before 달러, US$ before $).
#include "grammar/lexicon.hpp"

namespace fc::grammar::lexicon {

// Foreign currencies as Korean copy writes them ("108조 루피아", "4조 링깃"); a bare 페소 or
// 동 names no one currency. 弗 is older copy's and headlines' dollar (`50억弗`); data tables put
// the ISO code after the unit (`3512억 USD`).
const word ko_currencies[] = {
    {"홍콩달러", "HKD"},     {"대만달러", "TWD"},     {"호주달러", "AUD"},    {"캐나다달러", "CAD"},
    {"싱가포르달러", "SGD"}, {"미국 달러", "USD"},    {"달러", "USD"},        {"불", "USD"},
    {"弗", "USD"},           {"원", "KRW"},           {"엔", "JPY"},          {"위안", "CNY"},
    {"유로", "EUR"},         {"파운드", "GBP"},       {"루피아", "IDR"},      {"루피", "INR"},
    {"링깃", "MYR"},         {"바트", "THB"},         {"헤알", "BRL"},        {"레알", "BRL"},
    {"랜드", "ZAR"},         {"루블", "RUB"},         {"디르함", "AED"},      {"리얄", "SAR"},
    {"나이라", "NGN"},       {"멕시코 페소", "MXN"},  {"필리핀 페소", "PHP"}, {"베트남 동", "VND"},
    {"스위스 프랑", "CHF"},  {"뉴질랜드달러", "NZD"}, {"USD", "USD"},         {"EUR", "EUR"},
    {"JPY", "JPY"},          {"CNY", "CNY"},          {"GBP", "GBP"},         {"KRW", "KRW"}};
const std::size_t ko_currency_count = std::size(ko_currencies);

const word ko_counters[] = {{"명", "people"},
                            {"대", "units"},
                            {"건", "cases"},
                            {"개", "items"},
                            {"톤", "tonnes"},
                            {"배럴", "barrels"},
                            {"가구", "households"},
                            {"호", "homes"},
                            {"병", "bottles"},
                            {"장", "sheets"},
                            {"기", "units"},  // chargers, turbines, reactors: "30만 5000기"
                            {"GWh", "GWh"},
                            {"MWh", "MWh"},
                            {"TWh", "TWh"},
                            {"kWh", "kWh"},
                            {"GW", "GW"},
                            {"MW", "MW"},
                            {"CGT", "CGT"},
                            {"리터", "litres"},
                            {"t", "tonnes"},  // "6670만t", "18억4970만t": steel and grain copy
                            {"\xE2\x84\x93", "litres"}};  // ℓ
const std::size_t ko_counter_count = std::size(ko_counters);

const word prefixes[] = {{"U.S.$", "USD"},        {"US$", "USD"},          {"NT$", "TWD"},
                         {"NZ$", "NZD"},          {"HK$", "HKD"},          {"AU$", "AUD"},
                         {"A$", "AUD"},           {"CA$", "CAD"},          {"C$", "CAD"},
                         {"S$", "SGD"},           {"USD", "USD"},          {"EUR", "EUR"},
                         {"GBP", "GBP"},          {"JPY", "JPY"},          {"KRW", "KRW"},
                         {"CNY", "CNY"},          {"RMB", "CNY"},          {"INR", "INR"},
                         {"HKD", "HKD"},          {"TWD", "TWD"},          {"AUD", "AUD"},
                         {"CAD", "CAD"},          {"SGD", "SGD"},          {"CHF", "CHF"},
                         {"Rs.", "INR"},          {"Rs", "INR"},           {"$", "USD"},
                         {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"},     {"\xC2\xA5", "JPY"},
                         {"\xE2\x82\xA9", "KRW"}, {"\xE2\x82\xB9", "INR"}, {"AED", "AED"},
                         {"Dhs", "AED"},  // "Dh25 billion", "Dhs1.2 billion": UAE dirhams
                         {"Dh", "AED"},           {"SAR", "SAR"},          {"QAR", "QAR"},
                         {"KWD", "KWD"},          {"MYR", "MYR"},          {"THB", "THB"},
                         {"IDR", "IDR"},          {"VND", "VND"},          {"BRL", "BRL"},
                         {"MXN", "MXN"},          {"ZAR", "ZAR"},          {"SEK", "SEK"},
                         {"NOK", "NOK"},          {"DKK", "DKK"},          {"NZD", "NZD"},
                         {"R$", "BRL"},           {"\xE2\x82\xB1", "PHP"}, {"PHP", "PHP"},
                         {"KSh", "KES"},          {"Ksh", "KES"},          {"Sh", "KES"},
                         {"KES", "KES"},          {"\xE2\x82\xA6", "NGN"}, {"NGN", "NGN"},
                         {"RM", "MYR"},           {"Rp", "IDR"},           {"EGP", "EGP"},
                         {"PKR", "PKR"},          {"BDT", "BDT"},          {"P", "PHP"}};
const std::size_t prefix_count = std::size(prefixes);

bool prefix_may_start(std::string_view s, std::size_t pos) {
  static const auto filter = filter_of(prefixes, prefix_count);
  return filter.may_start(s, pos);
}

const word en_currencies[] = {
    {"U.S. dollars", "USD"}, {"US dollars", "USD"}, {"Korean won", "KRW"}, {"dollars", "USD"},
    {"dollar", "USD"},       {"won", "KRW"},        {"euros", "EUR"},      {"euro", "EUR"},
    {"yen", "JPY"},          {"yuan", "CNY"},       {"renminbi", "CNY"},   {"pounds", "GBP"},
    {"rupees", "INR"},       {"USD", "USD"},        {"EUR", "EUR"},        {"KRW", "KRW"},
    {"JPY", "JPY"},          {"GBP", "GBP"},        {"CNY", "CNY"},        {"dirhams", "AED"},
    {"riyals", "SAR"},       {"ringgit", "MYR"},    {"baht", "THB"},       {"rupiah", "IDR"}};
const std::size_t en_currency_count = std::size(en_currencies);

const word en_counters[] = {{"units", "units"},
                            {"unit", "units"},
                            {"users", "users"},
                            {"people", "people"},
                            {"subscribers", "subscribers"},
                            {"customers", "customers"},
                            {"devices", "units"},
                            {"vehicles", "vehicles"},
                            {"cars", "vehicles"},
                            {"tonnes", "tonnes"},
                            {"tons", "tonnes"},
                            {"barrels", "barrels"},
                            {"households", "households"},
                            {"visitors", "visitors"},
                            {"downloads", "downloads"},
                            {"parameters", "parameters"},
                            {"jobs", "jobs"},
                            {"workers", "people"},
                            {"patients", "people"},
                            {"smartphones", "units"},
                            {"phones", "units"},
                            {"copies", "copies"},
                            {"shipments", "units"},
                            {"residents", "people"},
                            {"GWh", "GWh"},
                            {"MWh", "MWh"},
                            {"TWh", "TWh"},
                            {"GWdc", "GW"},  // solar capacity in direct or alternating current
                            {"GWac", "GW"},
                            {"MWdc", "MW"},
                            {"MWac", "MW"},
                            {"GW", "GW"},
                            {"MW", "MW"},
                            {"gigawatt-hours", "GWh"},
                            {"gigawatt hours", "GWh"},
                            {"megawatt-hours", "MWh"},
                            {"terawatt-hours", "TWh"},
                            {"gigawatts", "GW"},
                            {"gigawatt", "GW"},
                            {"megawatts", "MW"},
                            {"CGT", "CGT"}};
const std::size_t en_counter_count = std::size(en_counters);

}  // namespace fc::grammar::lexicon
