// Korean particles and copulas after a filled-in value: 을/를, 은/는, 이/가, 과/와, 으로/로,
// 이면/면, 이며/며 and 이어야/여야 follow the final sound of the value's last character as it is
// read aloud, so "3조 원" takes 이어야 and "3억 달러" 여야 (a copula written for one unit was wrong
// for another).
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "rules/format.hpp"
#include "rules/wording.hpp"
#include "support/utf8.hpp"

namespace fc::rules {
namespace {

struct sound {
  bool final_consonant = false;  ///< the reading ends in a consonant (받침)
  bool rieul = false;            ///< ... and it is ㄹ, which takes 로 rather than 으로
};

// The final sound of the value's last character: Hangul by its syllable, digits and Latin
// letters by their Korean names (7 칠, L 엘, M 엠, N 엔, R 알), % as 퍼센트. Unknown otherwise.
std::optional<sound> final_sound(std::string_view v) {
  if (v.empty()) return std::nullopt;
  std::size_t i = v.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(v[i]) & 0xC0) == 0x80) --i;
  char32_t cp = utf8::at(v, i);
  if (int jong = utf8::hangul_final(cp); jong >= 0) return sound{jong != 0, jong == 8};
  if (cp >= U'0' && cp <= U'9') {
    static constexpr bool has[] = {true, true, false, true, false, false, true, true, true, false};
    static constexpr bool rieul[] = {false, true,  false, false, false,
                                     false, false, true,  true,  false};
    return sound{has[cp - U'0'], rieul[cp - U'0']};
  }
  if (cp >= U'a' && cp <= U'z') cp -= U'a' - U'A';
  if (cp >= U'A' && cp <= U'Z')
    return sound{cp == U'L' || cp == U'M' || cp == U'N' || cp == U'R', cp == U'L' || cp == U'R'};
  if (cp == U'%') return sound{false, false};
  return std::nullopt;
}

// The particle at the start of `rest` in the form `value` needs; returns the bytes of `rest`
// it replaces (0 when `rest` starts with no known particle or the sound is unknown).
std::size_t particle(std::string_view value, std::string_view rest, std::string& out) {
  auto s = final_sound(value);
  if (!s) return 0;
  // Longer forms first: 이어야 before 이.
  // The copula's 이 drops after a vowel ("40달러면"); the subject marker's turns into 가.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> pairs = {
      {{"이어야", "여야"},
       {"이면", "면"},
       {"이며", "며"},
       {"을", "를"},
       {"은", "는"},
       {"이", "가"},
       {"과", "와"}}};
  if (rest.starts_with("으로") || rest.starts_with("로")) {
    out += s->final_consonant && !s->rieul ? "으로" : "로";
    return rest.starts_with("으로") ? std::string_view("으로").size()
                                    : std::string_view("로").size();
  }
  for (auto [with, without] : pairs)
    for (auto written : {with, without})
      if (rest.starts_with(written)) {
        out += s->final_consonant ? with : without;
        return written.size();
      }
  return 0;
}

}  // namespace

std::string josa(const std::string& value, std::string_view written) {
  std::string out = value;
  if (particle(value, written, out) != written.size()) out = value + std::string(written);
  return out;
}

std::string fill_korean(std::string_view pattern,
                        const std::function<std::string(std::string_view field)>& field) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    if ((pattern[i] == '{' || pattern[i] == '}') &&
        pattern.substr(i + 1, 1) == pattern.substr(i, 1)) {
      out += pattern[i];  // "{{", "}}": a brace written as text
      i += 2;
      continue;
    }
    std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += pattern[i++];
      continue;
    }
    std::string value = field(pattern.substr(i, close - i + 1));
    out += value;
    i = close + 1;
    i += particle(value, pattern.substr(i), out);
  }
  return out;
}

std::string fill(const std::string& tmpl, const std::map<std::string, std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      auto close = tmpl.find('}', i);
      if (close != std::string::npos) {
        auto it = values.find(tmpl.substr(i + 1, close - i - 1));
        if (it != values.end()) {
          out += it->second;
          i = close + particle(it->second, std::string_view(tmpl).substr(close + 1), out);
          continue;
        }
      }
    }
    out += tmpl[i];
  }
  return out;
}

}  // namespace fc::rules
