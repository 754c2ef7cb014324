// The claims of one sentence, found by the mention they were read from, and the helpers the
// frames share.
#include <algorithm>
#include <cctype>

#include "claims/frames.hpp"
#include "claims/measures.hpp"
#include "support/utf8.hpp"

namespace fc::claims {

std::string_view opening_word(std::string_view text, const std::vector<std::string>& words) {
  std::string head = utf8::ascii_lowered(text.substr(0, std::min<std::size_t>(text.size(), 48)));
  std::string_view best;
  for (const auto& w : words) {
    if (w.size() <= best.size() || !head.starts_with(w) || head.size() == w.size()) continue;
    char next = head[w.size()];
    bool ascii_word = std::isalpha(static_cast<unsigned char>(w.back())) != 0;
    if (ascii_word && (next == ' ' || next == ',' || next == '\'')) best = text.substr(0, w.size());
    if (!ascii_word) best = text.substr(0, w.size());  // Hangul: a particle may follow
  }
  return best;
}

std::vector<std::size_t> sentence_claims::of_mention(std::size_t begin) const {
  std::vector<std::size_t> found;
  std::size_t at = original_start(begin);
  for (std::size_t i = first; i < out.size(); ++i)
    if (out[i].where.start == at) found.push_back(i);
  return found;
}

const grammar::mention* sentence_claims::mention_of(const claim& c) const {
  for (const auto& m : sv.mentions)
    if (original_start(m.begin) == c.where.start) return &m;
  return nullptr;
}

bool is_level_figure(const claim& c) {
  return (c.kind == claim_kind::size || c.kind == claim_kind::quantity) && c.value &&
         !c.conversion_of && !per_item(c) && !c.flow;
}

bool is_written_level(const claim& c) {
  return is_level_figure(c) && !c.superseded && !c.part_year;
}

bool is_stated_level(const claim& c) { return is_written_level(c) && !c.prior; }

// "2조 5천억원(39.1%), 건강관리 플랫폼이 2조 6천억원(40.6%)": a percentage in brackets right
// after an amount is that item's share (share_amount.cpp); the list runs over the amounts.
bool bracketed_after_amount(const sentence_view& sv, std::size_t mi) {
  using grammar::mention_kind;
  if (mi == 0 || sv.mentions[mi].kind != mention_kind::percent ||
      sv.mentions[mi - 1].kind != mention_kind::amount)
    return false;
  std::string_view gap =
      sv.text.substr(sv.mentions[mi - 1].end, sv.mentions[mi].begin - sv.mentions[mi - 1].end);
  // "사료가 1조 5,400억 원으로 70%, 간식이 6,600억 원으로 30%": so is one the amount's particle
  // leads to.
  if (gap == "으로 " || gap == "로 ") return true;
  return (gap == "(" || gap == " (") && sv.text.substr(sv.mentions[mi].end).starts_with(")");
}

bool measured_alike(const claim& a, const claim& b) {
  // A profit and the sales it is earned on are in one currency, but never one measure.
  return a.kind == b.kind && a.currency == b.currency && a.unit == b.unit &&
         names_profit(a.subject.value_or("")) == names_profit(b.subject.value_or(""));
}

bool of_named_whole(const claim& whole, const std::optional<std::string>& named) {
  return !named || whole.subject_key.value_or("").find(*named) != std::string::npos;
}

void bind_to_whole(claim& part, const claim& whole) {
  part.whole_of = whole.id;
  if (!part.year && whole.year) {
    part.year = whole.year;
    part.year_relation = whole.year_relation;
    part.forecast = whole.forecast;
  }
  if (!part.source) part.source = whole.source;
}

void name_part(claim& c, std::string_view label, const std::string& whole_key) {
  c.subject = std::string(label);
  c.subject_key = whole_key + "/" + subject_key(label);
}

}  // namespace fc::claims
