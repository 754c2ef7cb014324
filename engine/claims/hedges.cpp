// Hedge words around a figure (claim-language §2.2, §8): 약/about widen, 이상/over open a side.
// The word must touch the figure (optionally through a particle), so a hedge on another
// number in the sentence never leaks over.
#include <cctype>
#include <utility>

#include "claims/context.hpp"

namespace fc::claims {
namespace {

bool ends_with(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::string prefix_hedge(std::string_view written) {
  // "About 2.5% of GDP": a capital at the start of the sentence is the same word.
  std::string lower(trim_right(written));
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view b = lower;
  struct {
    std::string_view word;
    const char* hedge;
  } static const table[] = {{"약", "about"},
                            {"대략", "about"},
                            {"최대", "at_most"},
                            {"최고", "at_most"},
                            {"최소", "at_least"},
                            {"적어도", "at_least"},
                            {"거의", "nearly"},
                            {"about", "about"},
                            {"around", "about"},
                            {"approximately", "about"},
                            {"roughly", "about"},
                            {"some", "about"},
                            {"an estimated", "about"},
                            {"circa", "about"},
                            {"~", "about"},
                            {"nearly", "nearly"},
                            {"almost", "nearly"},
                            {"close to", "nearly"},
                            {"approaching", "nearly"},
                            {"just under", "a_bit_under"},
                            {"just over", "a_bit_over"},
                            {"a little over", "a_bit_over"},
                            {"slightly more than", "a_bit_over"},
                            {"more than", "over"},
                            {"over", "over"},
                            {"above", "over"},
                            {"exceeding", "over"},
                            {"exceed", "over"},
                            {"surpassing", "over"},
                            {"in excess of", "over"},
                            {"north of", "over"},
                            {"top", "over"},
                            {"tops", "over"},
                            {"surpass", "over"},
                            {"at least", "at_least"},
                            {"a minimum of", "at_least"},
                            {"no less than", "at_least"},
                            {"upwards of", "at_least"},
                            {"passed", "at_least"},
                            {"crossed", "at_least"},
                            {"less than", "under"},
                            {"under", "under"},
                            {"below", "under"},
                            {"fewer than", "under"},
                            {"up to", "at_most"},
                            {"at most", "at_most"},
                            {"as much as", "at_most"},
                            {"as high as", "at_most"},
                            {"a maximum of", "at_most"},
                            {"no more than", "at_most"}};
  for (const auto& t : table) {
    if (!ends_with(b, t.word)) continue;
    std::size_t start = b.size() - t.word.size();
    if (start > 0 && std::isalpha(static_cast<unsigned char>(b[start - 1]))) continue;
    if (start > 0 && (static_cast<unsigned char>(b[start - 1]) & 0x80)) continue;
    return t.hedge;
  }
  return {};
}

std::string suffix_hedge(std::string_view a, hedge& h) {
  // Skip one particle (을/를/이/가/에/로) and a space before a bound word.
  static const std::string_view particles[] = {"을 ", "를 ", "이 ", "가 ", "에 ", "으로 ", "로 ",
                                               "을",  "를",  "이",  "가",  "에",  " "};
  struct {
    std::string_view word;
    const char* hedge;
  } static const table[] = {{"이상", "at_least"},    {"이하", "at_most"},  {"초과", "over"},
                            {"미만", "under"},       {"가량", "about"},    {"정도", "about"},
                            {"안팎", "about"},       {"내외", "about"},    {"쯤", "about"},
                            {"수준", "about"},       {"전후", "about"},    {"선", "about"},
                            {"남짓", "a_bit_over"},  {"넘", "over"},       {"돌파", "at_least"},
                            {"웃도", "over"},        {"웃돌", "over"},     {"상회", "over"},
                            {"밑도", "under"},       {"하회", "under"},    {"못 미치", "under"},
                            {"육박", "nearly"},      {"가까이", "nearly"}, {"근접", "nearly"},
                            {"-plus", "a_bit_over"}, {"+", "a_bit_over"},  {" or more", "at_least"},
                            {" or less", "at_most"}};
  for (auto [word, third] :
       {std::pair{" 초반대", 1}, std::pair{" 중반대", 2}, std::pair{" 후반대", 3},
        std::pair{"대 초반", 1}, std::pair{"대 중반", 2}, std::pair{"대 후반", 3}}) {
    if (a.rfind(word, 0) == 0) {
      h.band_unit_third = static_cast<std::size_t>(third);
      return "band";  // "3% 중반대": the middle third of [3%, 4%)
    }
  }
  if (a.rfind("대", 0) == 0) {
    std::string_view rest = a.substr(3);
    if (rest.rfind(" 초반", 0) == 0 || rest.rfind("초반", 0) == 0) h.band_unit_third = 1;
    if (rest.rfind(" 중반", 0) == 0 || rest.rfind("중반", 0) == 0) h.band_unit_third = 2;
    if (rest.rfind(" 후반", 0) == 0 || rest.rfind("후반", 0) == 0) h.band_unit_third = 3;
    return "band";
  }
  for (const auto& t : table)
    if (a.rfind(t.word, 0) == 0) return t.hedge;
  for (auto p : particles) {
    if (a.rfind(p, 0) != 0) continue;
    std::string_view rest = a.substr(p.size());
    for (const auto& t : table)
      if (t.word[0] != ' ' && t.word[0] != '-' && t.word[0] != '+' && rest.rfind(t.word, 0) == 0)
        return t.hedge;
  }
  return {};
}

}  // namespace

hedge read_hedge(std::string_view s, const grammar::mention& m, bool forecast) {
  hedge h;
  std::string pre = prefix_hedge(before(s, m.begin, 24));
  if (pre == "at_most" && !forecast &&
      before(s, m.begin, 24).find("as much as") != std::string_view::npos)
    pre.clear();  // "as much as $3bn last year" is emphasis, not a bound (§2.2)
  // "52억 달러(약 5조7000억원) 수준": a bracketed conversion sits between a figure and its hedge.
  std::size_t tail = m.end;
  if (tail < s.size() && s[tail] == '(')
    if (std::size_t close = s.find(')', tail); close != std::string_view::npos && close - tail < 48)
      tail = close + 1;
  std::string post = suffix_hedge(after(s, m.end, 24), h);
  if (post.empty() && tail != m.end) post = suffix_hedge(after(s, tail, 24), h);
  if (m.is_range) {
    h.name = pre == "at_least" ? "at_least" : "range";
  } else if (!post.empty() && post != "about") {
    h.name = post;  // a bound after the figure wins; 약 … 이상 relaxes it below (§2.2)
    if (pre == "about" && post == "at_least") h.name = "at_least_about";
  } else if (!pre.empty()) {
    h.name = pre;
  } else if (!post.empty()) {
    h.name = post;
  }
  return h;
}

}  // namespace fc::claims
