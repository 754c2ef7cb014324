// Frame: a part and its whole. A breakdown's items ("Container ships made up $88.6 billion,
// LNG carriers $42.7 billion …", "이 중 반도체가 …", ", of which …") are parts of the total
// stated just before them, in the same sentence or the one before. Binding the part to that
// total gives it the total's year and source when it states none, and lets the checks compare
// the part, and the sum of a list's parts, with the whole.
#include <algorithm>
#include <map>
#include <set>

#include "claims/frames.hpp"
#include "claims/readings.hpp"

namespace fc::claims {
namespace {

// The subject key of the whole a listed item was split from ("market/skincare" → "market").
std::optional<std::string> listed_whole_key(const claim& part) {
  if (!part.subject_key || !part.partition) return std::nullopt;
  auto slash = part.subject_key->rfind('/');
  if (slash == std::string::npos) return std::nullopt;
  return part.subject_key->substr(0, slash);
}

// A level that parts may split: a stated level, or one of a quarter or half-year ("상반기
// 수출액이 41억 달러 … 국가별로는 중국이 …" splits the half-year's figure). A balance read as
// negative ("a trade deficit of $29.5 billion", "적자 3억달러") is a difference, no total.
bool level_of_parts(const claim& c) {
  return is_level_figure(c) && !c.superseded && !c.prior && c.value->point >= 0;
}

// The whole of the part at `p`: the latest level before it, in its sentence or the one before,
// measured alike and not itself a part; of those, a listed item prefers its whole's subject.
// When the part states no year and the candidates span several years, which one it splits is
// unknown.
std::optional<std::size_t> whole_for(const std::vector<claim>& cs, std::size_t p) {
  const claim& part = cs[p];
  std::vector<std::size_t> candidates;
  // A whole two sentences back must state its year ("올해 … 16조7000억원으로 추산했다. 전년 대비
  // 2.8% 늘어난 규모로 … 부문별로는 …"); the base of a comparison is never the whole.
  // A dated part reaches one sentence further, to a whole of its own year ("…2030年に4兆1000億円
  // に達する… 。…。…。うちハイパースケール事業者向けは30年に1兆8000億円").
  const std::size_t reach = part.year ? 3 : 2;
  for (std::size_t w = p; w-- > 0 && cs[w].sentence + reach >= part.sentence;) {
    const claim& c = cs[w];
    // "47억 달러(약 6조2000억원) … 이 가운데 일본 시장이 약 7조2000억원": a whole's conversion
    // into the parts' currency is the whole they are measured against.
    bool whole_level =
        level_of_parts(c) || (c.conversion_of && c.value && !c.superseded && !c.prior &&
                              !per_item(c) && !c.flow && c.value->point >= 0);
    if (c.part || !whole_level || !measured_alike(c, part) || c.compared_base) continue;
    if (part.part_year && !c.part_year) continue;  // a quarter is no part of the year's total
    if (part.year && c.year != part.year) continue;
    if (cs[w].sentence + 1 < part.sentence && !c.year) continue;
    // "$19 billion of the wagers": a part that names its whole splits only a total of it.
    if (!of_named_whole(c, part.share_whole)) continue;
    candidates.push_back(w);
  }
  // "지난해 138억 달러에서 2025년 267억 달러로 … 지역별로는 북미가 48억 달러로 35%를 차지했고": a
  // yearless part its clause reports as measured splits a measured level, never a forecast.
  if (part.measured && !part.year)
    std::erase_if(candidates, [&](std::size_t w) { return cs[w].forecast; });
  // "North America remains the largest region at $15bn": a part in the present splits no level
  // when every level it could split is a forecast.
  if (part.current && !part.year &&
      std::all_of(candidates.begin(), candidates.end(),
                  [&](std::size_t w) { return cs[w].forecast; }))
    return std::nullopt;
  // "…from $1.5 billion in 2024 to $3.3 billion by 2030. Mobile games account for about 60
  // percent of the market, or $0.9 billion": it splits the level measured, not a forecast of
  // years later (this year's forecast is the present's level).
  if (part.current && !part.year) {
    std::optional<int> measured;
    for (auto w : candidates)
      if (!cs[w].forecast && cs[w].year)
        measured = std::max(measured.value_or(*cs[w].year), *cs[w].year);
    if (measured)
      std::erase_if(candidates, [&](std::size_t w) {
        return cs[w].forecast && cs[w].year && *cs[w].year > *measured + 1;
      });
  }
  if (candidates.empty()) return std::nullopt;
  // "시장 매출은 1조1200억원으로 처음으로 1조원을 돌파했다. 이 중 …": a line the level crossed
  // restates the level; the parts split the level itself.
  std::erase_if(candidates, [&](std::size_t w) {
    return !cs[w].value->high && std::any_of(candidates.begin(), candidates.end(), [&](auto v) {
      return cs[v].value->high && cs[v].sentence == cs[w].sentence && cs[v].year == cs[w].year &&
             cs[v].subject_key == cs[w].subject_key;
    });
  });
  // "지난해 출하량은 470만대 … 4분기 출하량은 118만대 … 제품별로는 노트북이 303만대": parts that
  // name no part of a year split the year's level, not a quarter's stated since.
  if (!part.part_year && std::any_of(candidates.begin(), candidates.end(),
                                     [&](std::size_t w) { return !cs[w].part_year; }))
    std::erase_if(candidates, [&](std::size_t w) { return cs[w].part_year; });
  if (auto key = listed_whole_key(part)) {
    std::vector<std::size_t> named;
    for (auto w : candidates)
      if (cs[w].subject_key.value_or("") == *key) named.push_back(w);
    if (!named.empty()) candidates = std::move(named);
  }
  // "…1500万台だった。前年度の1390万台から増加に転じた。うちスマート型は…": a written base
  // (a move's start, a prior period's figure) is no whole while any other level stands, in its
  // own sentence or in a sentence of its own.
  if (std::any_of(candidates.begin(), candidates.end(),
                  [&](std::size_t w) { return !cs[w].move_base && !cs[w].prior; }))
    std::erase_if(candidates, [&](std::size_t w) { return cs[w].move_base || cs[w].prior; });
  // The whole of an item in the same sentence is the nearest level before the list. Of a
  // sentence that moves from one year's level to another's ("reached $7.6 billion in 2024, up
  // from $7.2 billion in 2023"), the parts split the level reached, never the base.
  const claim& nearest = cs[candidates.front()];
  std::set<std::optional<int>> years, reached_years;
  std::optional<std::size_t> reached;
  for (auto w : candidates) {
    if (cs[w].sentence != nearest.sentence) continue;
    years.insert(cs[w].year);
    if (cs[w].move_base) continue;
    reached_years.insert(cs[w].year);
    if (!reached) reached = w;
  }
  // "今年…3029.64亿元。回看去年，…2658.84亿元。分来源看，…": an earlier year's figure in the
  // sentence between is an aside; with a later year's level before it, the whole is unknown.
  // "2023年度の…市場は1兆8,420億円 … 2028年度には1兆5,200億円 … 分野別では…が4,950億円": levels
  // of other years in the sentences before leave the whole of a yearless part unknown.
  // A sentence that opens on the whole before it ("このうち…") names that whole, though, when
  // both are forecasts or both measured ("이 가운데 … 차지할 것으로 예상된다" after a measured
  // level may split this year's forecast instead).
  bool led = part.part_led && nearest.forecast == part.forecast;
  if (!part.year && !led && nearest.sentence != part.sentence && nearest.year)
    for (auto w : candidates)
      if (cs[w].sentence != nearest.sentence && cs[w].year && *cs[w].year != *nearest.year)
        return std::nullopt;
  // "決済額は141兆円で、前年の126.7兆円から約11%増えた。手段別では…": the parts split the
  // level reached, never the base of its move.
  if (years.size() <= 1 && cs[candidates.front()].move_base && reached &&
      (!part.year || cs[*reached].year == part.year))
    return reached;
  if (part.year || years.size() <= 1) return candidates.front();
  if (reached_years.size() == 1 && reached_years.size() < years.size()) return reached;
  return std::nullopt;
}

// "China … is expected to account for 245 billion yuan ($34 billion) of that in 2028": a part
// in another currency than its whole is compared through its conversion into the whole's.
void bind_conversion(std::vector<claim>& claims, std::size_t p,
                     std::vector<std::optional<std::size_t>>& whole_at) {
  for (std::size_t q = p + 1; q < claims.size() && claims[q].sentence == claims[p].sentence; ++q) {
    if (claims[q].conversion_of != claims[p].id || !claims[q].value || claims[q].whole_of) continue;
    auto w = whole_for(claims, q);
    if (!w) return;
    claim& converted = claims[q];
    converted.part = true;
    whole_at[q] = w;
    bind_to_whole(converted, claims[*w]);
    if (!converted.partition) converted.partition = sentence_partition(converted);
    return;
  }
}

}  // namespace

void link_parts_to_wholes(std::vector<claim>& claims) {
  // Once every frame has named its parts, a prior figure takes its sentence's measure.
  share_prior_subjects(claims);
  std::vector<std::optional<std::size_t>> whole_at(claims.size());
  // The whole the sentence's parts so far split: "Of the 2030 total, obesity $68 billion and
  // diabetes $49 billion" splits one whole, even where the second item names no year.
  std::optional<std::size_t> sentence_whole;
  for (std::size_t p = 0; p < claims.size(); ++p) {
    claim& part = claims[p];
    if (p > 0 && claims[p - 1].sentence != part.sentence) sentence_whole.reset();
    if (!part.part || !level_of_parts(part) || part.whole_of) continue;
    // "うち電子コミックは前年の4479億円から7.8%伸びて4830億円": an undated start of a part's
    // move is the part's earlier level, no part of the whole its end splits.
    if (part.move_base && !part.year) continue;
    auto w = whole_for(claims, p);
    if (!w && !part.year && sentence_whole && measured_alike(claims[*sentence_whole], part))
      w = sentence_whole;
    if (!w) {
      bind_conversion(claims, p, whole_at);
      continue;
    }
    whole_at[p] = w;
    sentence_whole = w;
    bind_to_whole(part, claims[*w]);
    part.part_year = claims[*w].part_year;  // the half-year's parts are the half-year's
    // The parts one cue opens are one breakdown, listed or not: together they are no more than
    // their whole.
    if (!part.partition) part.partition = sentence_partition(part);
  }
  // "North America … $18.9 billion, followed by Asia-Pacific at $16.3 billion and Europe at
  // $12.4 billion": when one list of the sentence splits the whole, its unlisted parts are items
  // of that list.
  std::map<std::pair<std::size_t, std::string>, std::set<std::size_t>> listed;
  for (const auto& c : claims)
    if (c.whole_of && c.partition && c.partition < first_sentence_partition)
      listed[{c.sentence, *c.whole_of}].insert(c.partition);
  for (auto& c : claims)
    if (c.whole_of && c.partition == sentence_partition(c))
      if (auto it = listed.find({c.sentence, *c.whole_of});
          it != listed.end() && it->second.size() == 1)
        c.partition = *it->second.begin();
  // "其中，…音乐节票房收入约296.3亿元，…对比2023年约202.5亿元的水平": the same item in another
  // year, with no whole of that year, is still that item: it keeps the bound part's key.
  for (std::size_t p = 0; p < claims.size(); ++p) {
    claim& other = claims[p];
    if (!other.part || other.whole_of || !other.subject || !is_level_figure(other)) continue;
    for (std::size_t q = p; q-- > 0 && claims[q].sentence == other.sentence;)
      if (whole_at[q] && claims[q].subject == other.subject && claims[q].year != other.year) {
        other.subject_key = claims[q].subject_key;
        break;
      }
  }
  // A part written without a label of its own shares the whole's subject key; it must never
  // stand for the whole on a growth path or in a pairing, so its sentence's parts get a key
  // of their own. Claims are in sentence order: the sentence's parts are its neighbours.
  for (std::size_t p = 0; p < claims.size(); ++p) {
    if (!whole_at[p] || !claims[p].subject_key) continue;
    const claim& whole = claims[*whole_at[p]];
    if (whole.subject_key != claims[p].subject_key) continue;
    std::string shared = *claims[p].subject_key;
    std::string own = shared + "#part-of-" + whole.id;
    std::size_t sentence = claims[p].sentence, first = p;
    while (first > 0 && claims[first - 1].sentence == sentence) --first;
    // "Devices … will account for $398.3 billion, nearly doubling from $199.6 billion last
    // year": the base of a part's move is the part's too.
    for (std::size_t k = first; k < claims.size() && claims[k].sentence == sentence; ++k)
      if ((claims[k].part || (k > p && (claims[k].move_base || claims[k].prior))) &&
          claims[k].subject_key == shared)
        claims[k].subject_key = own;
  }
}

}  // namespace fc::claims
