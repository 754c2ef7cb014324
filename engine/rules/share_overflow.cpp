// share-overflow: shares of one whole listed in one sentence that must add up to more than
// 100% even at their lowest reading. Survey answers and ownership stakes are not one whole.
#include <algorithm>
#include <cmath>
#include <set>

#include "claims/claim.hpp"
#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

namespace {

// Two enumerations in one sentence ("mobile 49%, console 28% and PC 23%, while Asia 46%,
// Europe 18% …") divide the whole two ways: each adds up on its own. A share outside both
// (the head of a list written in a long clause) belongs to the list that follows it, else to
// the one before it.
std::vector<std::vector<std::size_t>> by_partition(const std::vector<claim>& cs,
                                                   const std::vector<std::size_t>& list) {
  // The rest of a list, or one more item of it, belongs to the list it goes on with.
  auto partition_of = [&](std::size_t i) {
    return cs[i].remainder || cs[i].continues ? 0 : cs[i].partition;
  };
  std::vector<std::size_t> partitions;
  for (auto i : list)
    if (partition_of(i) &&
        std::find(partitions.begin(), partitions.end(), partition_of(i)) == partitions.end())
      partitions.push_back(partition_of(i));
  if (partitions.size() < 2) return {list};
  std::vector<std::size_t> owner(list.size(), 0);
  for (std::size_t k = list.size(); k-- > 0;)
    owner[k] = partition_of(list[k]) ? partition_of(list[k])
               : k + 1 < list.size() ? owner[k + 1]
                                     : 0;
  for (std::size_t k = 0; k < list.size(); ++k)
    if (!owner[k]) owner[k] = k ? owner[k - 1] : partitions.front();
  std::vector<std::vector<std::size_t>> out;
  for (auto p : partitions) {
    std::vector<std::size_t> one;
    for (std::size_t k = 0; k < list.size(); ++k)
      if (owner[k] == p) one.push_back(list[k]);
    out.push_back(std::move(one));
  }
  return out;
}

// "equal to 11.9% of total grocery spending. Home delivery generated 46% of last year's online
// grocery sales, …": shares that name different wholes divide different things. A share that
// names none is of the whole named before it in the list (the first one named, at its head).
std::vector<std::vector<std::size_t>> by_named_whole(const std::vector<claim>& cs,
                                                     const std::vector<std::size_t>& list) {
  std::optional<std::string> current;
  for (auto i : list)
    if (cs[i].share_whole) {
      current = cs[i].share_whole;
      break;
    }
  std::vector<std::pair<std::string, std::vector<std::size_t>>> out;
  for (auto i : list) {
    if (cs[i].share_whole) current = cs[i].share_whole;
    std::string key = current.value_or("");
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& g) { return g.first == key; });
    if (it == out.end()) it = out.insert(out.end(), {key, {}});
    it->second.push_back(i);
  }
  std::vector<std::vector<std::size_t>> lists;
  for (auto& [key, one] : out) lists.push_back(std::move(one));
  return lists;
}

}  // namespace

void share_overflow(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  auto groups = sentence_groups(cs);
  // "The remaining vendors accounted for 39%." closes the list of the sentence before it;
  // "이어 카카오페이 27.8%, 삼성페이 24.6% 순이었다" goes on with it.
  // "Its closest rivals held 19% and 14%, and smaller brands shared the remaining 11%": a
  // sentence that ends a list with its rest goes on with the list of its whole before it.
  for (std::size_t s = 1; s < groups.size(); ++s) {
    auto share = [&](std::size_t i) { return cs[i].kind == claim_kind::share; };
    auto goes_on = [&](std::size_t i) { return cs[i].remainder || cs[i].continues; };
    auto of_list_before = [&](std::size_t i) {
      return std::any_of(groups[s - 1].begin(), groups[s - 1].end(), [&](std::size_t j) {
        return share(j) && !cs[j].remainder && cs[j].subject_key &&
               cs[j].subject_key == cs[i].subject_key;
      });
    };
    const auto& g = groups[s];
    bool rest = !g.empty() && std::all_of(g.begin(), g.end(),
                                          [&](std::size_t i) { return share(i) && goes_on(i); });
    bool closes = !g.empty() &&
                  std::any_of(g.begin(), g.end(), [&](std::size_t i) { return cs[i].remainder; }) &&
                  std::all_of(g.begin(), g.end(), [&](std::size_t i) {
                    return !share(i) || goes_on(i) || cs[i].subtotal || of_list_before(i);
                  });
    // "分平台看，抖音、快手、点淘分别约为49%、36%和8%，其余平台合计约7%": a sentence whose own
    // shares, its rest among them, already make the whole is a list of its own.
    double low = 0, high = 0;
    for (auto i : g)
      if (share(i) && cs[i].rate && cs[i].rate->low)
        low += *cs[i].rate->low, high += cs[i].rate->high.value_or(*cs[i].rate->low);
    if (closes && !rest && low <= 1.0 + 1e-9 && high >= 1.0 - 1e-9) closes = false;
    if (!rest && !closes) continue;
    groups[s - 1].insert(groups[s - 1].end(), groups[s].begin(), groups[s].end());
    groups[s].clear();
  }
  // Parts of one whole belong to one time: the same share in two years ("2023년 66%에서 2024년
  // 56%로"), or the base of a move, is a series, not a list.
  std::vector<std::vector<std::size_t>> lists;
  for (const auto& group : groups) {
    std::vector<std::size_t> shares;
    for (auto i : group)
      if (cs[i].kind == claim_kind::share && cs[i].rate && cs[i].rate->low && !cs[i].move_base &&
          !cs[i].prior && !cs[i].own_wholes &&  // "전년 동기(54.3%)": the same share a year before
          !cs[i].conversion_of &&               // "約8割（80.5%）": the share before, restated
          !cs[i].subtotal && !cs[i].per.has_value() && cs[i].value_hedge != "at_least" &&
          cs[i].value_hedge != "over")
        shares.push_back(i);
    // Shares listed together are of one time: one written without a year ("Meituan held 38%
    // of …, followed by DoorDash with 27% … in 2024") has the year the others all state.
    // "分别占比约55%和45%，…预计2028年…占比将提升至六成": a share a move reaches in a year no
    // other share states is a point of a series, not an item of the list.
    std::erase_if(shares, [&](std::size_t i) {
      return cs[i].change_end && cs[i].year &&
             std::none_of(shares.begin(), shares.end(),
                          [&](std::size_t j) { return j != i && cs[j].year == cs[i].year; });
    });
    std::set<int> years;
    for (auto i : shares)
      if (cs[i].year) years.insert(*cs[i].year);
    // A share the text gives as the present's ("현재는 …") is of no later year a share states.
    auto year_of = [&](std::size_t i) {
      return cs[i].year || years.size() != 1 || cs[i].current ? cs[i].year
                                                              : std::optional<int>(*years.begin());
    };
    while (!shares.empty()) {
      auto year = year_of(shares[0]);
      std::vector<std::size_t> list, later_years;
      for (auto i : shares) (year_of(i) == year ? list : later_years).push_back(i);
      shares = std::move(later_years);
      for (auto& one : by_partition(cs, list))
        for (auto& whole : by_named_whole(cs, one)) lists.push_back(std::move(whole));
    }
  }
  for (const auto& shares : lists) {
    if (shares.size() < 2) continue;
    // One whole: every share names the same subject, except the rest of the list ("기타 업체들의
    // 점유율은 34.6%", "the remaining vendors"), which is of the list's whole by construction.
    bool one_whole = true;
    for (auto i : shares)
      one_whole =
          one_whole && (((cs[i].remainder || cs[i].continues) && i != shares[0]) ||
                        (cs[i].subject_key && cs[i].subject_key == cs[shares[0]].subject_key));
    // "ブランド別シェアは米クリーンボットが58%で首位、…、その他が9%だった": shares one sentence
    // lists with no subject named for any of them are of the one whole it is about.
    // The rest of such a list may name the whole ("the rest of the market … held 28%").
    bool unnamed_list = std::all_of(shares.begin(), shares.end(), [&](std::size_t i) {
      return (!cs[i].subject_key || (cs[i].remainder && i != shares[0])) &&
             cs[i].sentence == cs[shares[0]].sentence;
    });
    one_whole = one_whole || unnamed_list;
    if (!one_whole) continue;
    // "…, 3位の中国系が14.9%で、上位3社で84.6%を占めた": a share that is the sum of the others
    // (within their rounding) totals them, whatever words say so.
    auto half = [&](std::size_t i) {
      return cs[i].rate->high ? (*cs[i].rate->high - *cs[i].rate->low) / 2 : 0.0;
    };
    auto totals_the_rest = [&](std::size_t t) {
      double sum = 0, slack = half(t);
      for (auto i : shares)
        if (i != t) sum += cs[i].rate->point, slack += half(i);
      // Strictly inside the rounding: a sum that only touches it is no total.
      return shares.size() >= 3 && cs[t].rate->high &&
             std::abs(cs[t].rate->point - sum) < slack - 1e-9;
    };
    double low_sum = 0;
    for (auto i : shares) low_sum += *cs[i].rate->low;
    if (low_sum <= 1.0 + 1e-9 || std::any_of(shares.begin(), shares.end(), totals_the_rest))
      continue;
    finding f;
    f.rule = info.id;
    // "North America generated 47% of last year's revenue, and consumer subscriptions accounted
    // for 58%": shares no list joins, each in a clause of its own, may divide the whole two
    // ways; adding them up is a reading, so the finding is a warning that says so.
    bool listed = std::any_of(shares.begin(), shares.end(), [&](std::size_t i) {
      return cs[i].partition && cs[i].partition < first_sentence_partition;
    });
    f.level = listed ? info.default_severity : severity::warning;
    static constexpr wording the_whole{.en = "the whole", .ko = "100%", .zh = "100%", .ja = "100%"};
    static constexpr wording one_list{.en = " (read as one list, though no list joins the shares)",
                                      .ko = " (따로 적힌 비중들을 한 목록으로 읽은 경우)",
                                      .zh = "（把分别写出的比重读作同一列表时）",
                                      .ja = "（別々に書かれた比率を一つのリストとして読んだ場合）"};
    f.message =
        fill(message_template(info, ctx.lang),
             {{"total", percent(low_sum)}, {"whole", std::string(pick(the_whole, ctx.lang))}});
    f.where = cs[shares.back()].where;
    std::string sum;
    for (auto i : shares) {
      f.claims.push_back(cs[i].id);
      sum += (sum.empty() ? "" : " + ") + percent(*cs[i].rate->low);
    }
    f.explanation = sum + " = " + percent(low_sum) + " > 100%";
    if (!listed) f.explanation += pick(one_list, ctx.lang);
    out.push_back(std::move(f));
  }
  subtotal_exceeded(ctx, info, out);
}

}  // namespace fc::rules
