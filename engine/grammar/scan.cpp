// The scanner: jumps to candidate positions (digits, currency signs, numeral words) and tries
// the parsers there, longest family first. Traps that need context live here (§12.1).
#include <array>
#include <cctype>
#include <cstdint>

#include "grammar/cjk.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/mention.hpp"
#include "grammar/parsers.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

bool ascii_alnum(char32_t c) { return c < 0x80 && std::isalnum(static_cast<int>(c)); }

// Hangul syllable U+AC00..U+D7A3 ending at `pos`, or 0: three bytes with lead EA..ED, checked
// without the general decoder.
char32_t hangul_ending_at(std::string_view s, std::size_t pos) {
  if (pos < 3) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos - 3;
  if (p[0] < 0xEA || p[0] > 0xED || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
  char32_t cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  return utf8::is_hangul(cp) ? cp : 0;
}

// utf8::before without the decoder for the common cases: an ASCII byte or a Hangul syllable.
char32_t before(std::string_view s, std::size_t pos) {
  if (pos > 0 && static_cast<unsigned char>(s[pos - 1]) < 0x80) return s[pos - 1];
  if (char32_t h = hangul_ending_at(s, pos)) return h;
  return utf8::before(s, pos);
}

// Digits glued to letters or hyphens are product names and ids (GPT-4, S24, 10-K, PM2.5).
bool glued_start(std::string_view s, std::size_t pos) {
  char32_t prev = before(s, pos);
  if (ascii_alnum(prev) || prev == U'_' || prev == U'/' || prev == U'#') return true;
  // "PM2.5", "v1.2"; after a comma only a digit glues ("1,2"): a letter before it ends a
  // word, as in folded Chinese text ("168.7GW，2023-2028年").
  if (prev == U'.' || prev == U',') {
    char32_t prev2 = pos >= 2 ? before(s, pos - 1) : 0;
    return prev == U'.' ? ascii_alnum(prev2) : (prev2 >= U'0' && prev2 <= U'9');
  }
  if (prev == U'-' && pos >= 2) {
    char32_t prev2 = before(s, pos - 1);
    return ascii_alnum(prev2) || prev2 == U')';
  }
  return prev == U'제' || prev == U'第';  // 제3조, 第一: ordinals and law articles
}

// What the byte at a character boundary says about a mention starting there: digits, '$', '\'',
// and the lead bytes of €/₩/₹ (E2) and £/¥ (C2) always start a candidate; Latin letters and
// the lead bytes EA..ED (the syllables below) need a closer look; anything else is skipped by
// its UTF-8 length. One table lookup per character instead of a chain of <cctype> calls.
enum byte_class : unsigned char { kOther, kStart, kUpper, kLower, kSyllable, kHan };

constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kStart;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  t['$'] = t['\''] = t[0xC2] = t[0xE2] = kStart;
  t[0xEA] = t[0xEB] = t[0xEC] = t[0xED] = kSyllable;
  for (int c = 0xE3; c <= 0xE9; ++c) t[c] = kHan;  // kana, CJK ideographs (three bytes)
  return t;
}();

bool ascii_alpha(unsigned char c) { return kByteClass[c] == kUpper || kByteClass[c] == kLower; }
bool ascii_alnum_byte(unsigned char c) { return ascii_alpha(c) || (c >= '0' && c <= '9'); }

// Vague amounts and multiples start with these (수십억, 몇백만, 두 배, 여섯 배, 한 자릿수) ...
constexpr std::u32string_view kNumeralWordStarts = U"수몇십두세네다여일아스열한";
// ... and Hangul numerals (일조 이천억 원) with these, tried only where a word starts.
constexpr std::u32string_view kHangulNumeralStarts = U"일이삼사오육칠팔구백천";

// Syllables as their three UTF-8 bytes, so the dispatch compares bytes instead of decoding
// every Hangul syllable of the text (measured faster than a lookup table by code point).
template <std::size_t N>
constexpr auto utf8_syllables(std::u32string_view syllables) {
  std::array<std::array<unsigned char, 3>, N> t{};
  for (std::size_t i = 0; i < N; ++i) {
    char32_t cp = syllables[i];
    t[i] = {static_cast<unsigned char>(0xE0 | (cp >> 12)),
            static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F)),
            static_cast<unsigned char>(0x80 | (cp & 0x3F))};
  }
  return t;
}
constexpr auto kNumeralWords = utf8_syllables<kNumeralWordStarts.size()>(kNumeralWordStarts);
// ... and Chinese and Japanese figures with these: numerals, vague and multiple words, and the
// first characters of the currencies written before a number (人民币, 新台币, 港币).
constexpr std::u32string_view kCjkStarts = U"〇零一二两兩三四五六七八九十百千数几幾上倍半翻人新港";
// One bit per code point of U+3000..U+9FFF, so a Han character is tested with one lookup.
constexpr std::array<std::uint64_t, 0x7000 / 64> kCjkStartBits = [] {
  std::array<std::uint64_t, 0x7000 / 64> t{};
  for (char32_t cp : kCjkStarts) t[(cp - 0x3000) / 64] |= std::uint64_t{1} << ((cp - 0x3000) % 64);
  return t;
}();

bool cjk_start(const unsigned char* p) {
  char32_t cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  if (cp < 0x3000 || cp >= 0xA000) return false;
  return (kCjkStartBits[(cp - 0x3000) / 64] >> ((cp - 0x3000) % 64)) & 1;
}
constexpr auto kHangulNumerals = utf8_syllables<kHangulNumeralStarts.size()>(kHangulNumeralStarts);

template <std::size_t N>
bool one_of(const std::array<std::array<unsigned char, 3>, N>& syllables, const unsigned char* p) {
  for (const auto& b : syllables)
    if (p[0] == b[0] && p[1] == b[1] && p[2] == b[2]) return true;
  return false;
}

// A Latin letter that starts a word (the caller checked the byte before is no letter).
bool word_candidate(std::string_view s, std::size_t pos) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (kByteClass[c] == kUpper) {
    // Currency codes and prefixes (USD, US$, U.S.$, NT$, Rs) and FY: two capitals, a capital
    // and '$' or '.', or "Rs", "Rp", "Sh", "Dh", "P" (the Philippine peso) before a digit. Ordinary
    // capitalised words are skipped at once.
    char n = pos + 1 < s.size() ? s[pos + 1] : '\0';
    char d = pos + 2 < s.size() ? s[pos + 2] : '\0';
    bool digit_next = std::isdigit(static_cast<unsigned char>(d)) || d == ' ';
    return kByteClass[static_cast<unsigned char>(n)] == kUpper || n == '$' || n == '.' ||
           (c == 'R' && n == 's') || (c == 'R' && n == 'p' && digit_next) ||
           (c == 'S' && n == 'h' && std::isdigit(static_cast<unsigned char>(d))) ||
           (c == 'D' && n == 'h' && (std::isdigit(static_cast<unsigned char>(d)) || d == 's')) ||
           (c == 'P' && std::isdigit(static_cast<unsigned char>(n)));
  }
  // Only the words that start a multiple or a vague amount (doubled, billions of dollars).
  static const lexicon::word starts[] = {
      {"doubl", ""}, {"tripl", ""}, {"quadr", ""}, {"halve", ""}, {"twofo", ""}, {"three", ""},
      {"fourf", ""}, {"fivef", ""}, {"tenfo", ""}, {"two-f", ""}, {"ten-f", ""}, {"billi", ""},
      {"milli", ""}, {"trill", ""}, {"hundr", ""}, {"tens ", ""}, {"sever", ""}, {"a few", ""},
      {"multi", ""}, {"singl", ""}, {"a thi", ""}, {"a qua", ""}, {"half", ""},  {"one-t", ""},
      {"Half ", ""}, {"A thi", ""}, {"A qua", ""}, {"Two-t", ""}, {"two-t", ""}, {"two t", ""},
      {"four ", ""}, {"five ", ""}, {"six t", ""}, {"seven", ""}, {"eight", ""}, {"nine ", ""},
      {"ten t", ""}, {"sixfo", ""}, {"ninef", ""}, {"four-", ""}, {"five-", ""}, {"six-f", ""},
      {"nine-", ""}, {"twent", ""}};
  static const auto filter = lexicon::filter_of(starts, std::size(starts));
  static const lexicon::word_index index(starts, std::size(starts));
  return filter.may_start(s, pos) && index.find(s, pos) != nullptr;
}

bool may_start_hangul_numeral(std::string_view s, std::size_t pos) {
  if (pos + 3 > s.size()) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  return one_of(kHangulNumerals, p) || s.compare(pos, 3, "십") == 0;
}

// The first position at or after `pos` where a mention may start. Inside a run of Latin
// letters only the first can start one, so the rest of the word is passed over at once.
// `cjk` is set when Han or kana text is passed, so its context words are read afterwards.
std::size_t next_candidate(std::string_view s, std::size_t pos, bool& cjk) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  while (pos < n) {
    unsigned char c = p[pos];
    switch (kByteClass[c]) {
      case kStart:
        return pos;
      case kUpper:
      case kLower:
        if ((pos == 0 || !ascii_alpha(p[pos - 1])) && word_candidate(s, pos)) return pos;
        do ++pos;
        while (pos < n && ascii_alpha(p[pos]));
        break;
      case kSyllable:
        if (pos + 3 <= n && (one_of(kNumeralWords, p + pos) ||
                             (one_of(kHangulNumerals, p + pos) && !hangul_ending_at(s, pos))))
          return pos;
        pos += 3;
        break;
      case kHan:
        cjk = true;
        if (pos + 3 <= n && cjk_start(p + pos)) return pos;
        pos += 3;
        break;
      default:
        // Step by the lead byte's length: the text is valid UTF-8 after the document layer.
        pos += c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
  }
  return n;
}

// First syllables of what may follow a number in a Korean mention: scale words, currencies,
// counters, 배, 퍼센트/프로, 여.
constexpr std::u32string_view kHangulAfterNumber =
    U"만억조경천백십원달불엔위유파루홍대싱미명건개톤배가호병장퍼프여기";

bool law_article(std::string_view s, const mention& m) {
  // `3조 2항`, `2인 1조`: 조 as an article or a team, not a trillion.
  if (m.end < m.begin + 3 || s.substr(m.end - 3, 3) != "조") return false;
  std::size_t i = m.end;
  if (i < s.size() && s[i] == ' ') ++i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i > m.end + 1 && (s.substr(i, 3) == "항" || s.substr(i, 3) == "호")) return true;
  return m.begin >= 4 && s.substr(m.begin - 4, 4) == "인 ";
}

}  // namespace

std::optional<mention> parse_mention(std::string_view s, std::size_t pos, bool glue_check) {
  if (pos >= s.size() || (glue_check && glued_start(s, pos))) return std::nullopt;
  if (auto y = parse_year(s, pos)) return y;
  bool digit = std::isdigit(static_cast<unsigned char>(s[pos]));
  if (!digit)
    if (auto v = parse_vague(s, pos)) return v;
  // A Hangul numeral starts with a digit syllable or a small unit (일조, 이천억, 십억, 백만).
  if (!digit && may_start_hangul_numeral(s, pos))
    if (auto h = parse_hangul_amount(s, pos)) return h;
  if (digit) {
    // Fast exit: what follows the digits decides which parsers can match. A number followed
    // by any other Hangul syllable (14일, 6개월, 2월) or by nothing is no mention at all.
    std::size_t e = pos;
    while (e < s.size() &&
           (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == ',' || s[e] == '.'))
      ++e;
    std::size_t next = e < s.size() && s[e] == ' ' ? e + 1 : e;
    char32_t c = utf8::at(s, next);
    if (c == 0) return std::nullopt;
    if (c >= 0x3041 && is_cjk(c))  // 1.2万亿元, 3兆5000億円, 8割, 2.1倍 (claim-language §13-14)
      if (auto m = parse_cjk_mention(s, pos)) return m;
    if (utf8::is_hangul(c) && kHangulAfterNumber.find(c) == std::u32string_view::npos)
      return std::nullopt;
    if (c < 0x80 && !std::isalpha(static_cast<int>(c)) && c != '%' && c != '~' && c != '-' &&
        c != '\'' && c != '(' && c != '$')
      return std::nullopt;
    bool scale_word = utf8::is_hangul(c) && c != U'퍼' && c != U'프' && c != U'배';
    // "1.4 billion", "250 million": a spelled scale word is an English amount, never a rate
    // or a multiple, so those parsers are not tried.
    if (c == 'b' || c == 'm' || c == 't') {
      std::string_view word = s.substr(next, 8);
      if (word.starts_with("billion") || word.starts_with("million") ||
          word.starts_with("trillion") || word.starts_with("thousand"))
        return parse_en_amount(s, pos);
    }
    if (!scale_word) {
      if (auto r = parse_rate(s, pos)) return r;
      if (auto f = parse_factor(s, pos)) return f;
    }
    if (c < 0x80 && std::isalpha(static_cast<int>(c))) return parse_en_amount(s, pos);
    if (auto k = parse_ko_amount(s, pos)) {
      if (law_article(s, *k)) return std::nullopt;
      if (k->currency.empty() && k->unit.empty()) {
        // An English scale or currency may follow a Korean-less number ("3.4 trillion won").
        if (auto e = parse_en_amount(s, pos); e && e->end > k->end) return e;
      }
      return k;
    }
    return parse_en_amount(s, pos);
  }
  unsigned char lead = static_cast<unsigned char>(s[pos]);
  if (lead >= 0xE3 && lead <= 0xE9) return parse_cjk_mention(s, pos);
  // Away from a digit an English amount needs a currency prefix ($, US$, USD, €, ...); before
  // 万/亿 it is a Chinese or Japanese amount (US$10亿).
  if (lexicon::prefix_may_start(s, pos)) {
    auto e = parse_en_amount(s, pos);
    if (!e || (e->end < s.size() && kByteClass[static_cast<unsigned char>(s[e->end])] == kHan))
      if (auto c = parse_cjk_amount(s, pos)) return c;  // "US$10" stops before 億
    if (e) return e;
  }
  return parse_factor(s, pos);
}

namespace {

// "-5%", "(+3.2%p)", "마이너스 5%", "minus 5%": a sign written before a rate is part of it.
// U+2212 and the dashes arrive folded to '-'; a hyphen glued to a word or a closing bracket
// (`COVID-19`, `(2023)-5%`) never reaches here, since glued_start refuses the number.
void read_sign(std::string_view s, mention& m, std::size_t floor) {
  if (m.kind != mention_kind::percent && m.kind != mention_kind::points) return;
  std::string_view lead = s.substr(floor, m.begin - floor);
  // マイナス3%, 负3%: a Chinese or Japanese minus needs no word boundary before it.
  if (m.begin >= 3 && kByteClass[static_cast<unsigned char>(s[m.begin - 3])] == kHan)
    for (std::string_view word : {"マイナス", "负", "負"})
      if (lead.ends_with(word)) {
        m.begin -= word.size();
        m.negative = true;
        return;
      }
  for (std::string_view word : {"마이너스 ", "마이너스", "minus ", "Minus "}) {
    if (!lead.ends_with(word)) continue;
    std::size_t at = m.begin - word.size();
    if (at > 0 && (utf8::is_hangul(before(s, at)) || ascii_alnum(before(s, at)))) continue;
    m.begin = at;
    m.negative = true;
    return;
  }
  if (lead.empty() || (lead.back() != '-' && lead.back() != '+')) return;
  if (m.begin >= 2 && ascii_alnum(before(s, m.begin - 1))) return;
  m.negative = lead.back() == '-';
  m.begin -= 1;
}

}  // namespace

std::vector<mention> scan(std::string_view s) {
  std::vector<mention> out;
  std::size_t pos = 0;
  bool cjk = false;
  while ((pos = next_candidate(s, pos, cjk)) < s.size()) {
    auto m = parse_mention(s, pos, true);
    // "10~15억 달러", "from 10 to 15 billion dollars": a number that takes the next one's scale.
    if (!m && std::isdigit(static_cast<unsigned char>(s[pos])) && !glued_start(s, pos))
      m = parse_scaleless(s, pos);
    if (!m || m->end <= pos) {
      // Skip the rest of an ASCII word or number so "A100" never restarts at "100".
      if (ascii_alnum_byte(static_cast<unsigned char>(s[pos]))) {
        while (pos < s.size() && (ascii_alnum_byte(static_cast<unsigned char>(s[pos])) ||
                                  s[pos] == '.' || s[pos] == ','))
          ++pos;
      } else {
        char32_t cp = 0;
        std::size_t n = utf8::decode(s, pos, cp);
        pos += n ? n : 1;
      }
      continue;
    }
    join_range(s, *m);
    read_sign(s, *m, out.empty() ? 0 : out.back().end);
    pos = m->end;
    if (out.empty()) out.reserve(4);  // a sentence with one figure usually has several
    out.push_back(std::move(*m));
  }
  if (!out.empty()) adopt_move_partners(s, out);
  if (cjk) read_cjk_context(s, out);
  return out;
}

}  // namespace fc::grammar
