// The text format's labels and summary line in English, Korean, Chinese and Japanese.
#include "render/text_words.hpp"

#include <fmt/format.h>

namespace fc::render {
namespace {

constexpr text_words english{
    "en",       "note",      "help",        "claim {} at {}:{}", "(baselined)", " ({} unreadable)",
    "{} error", "{} errors", "{} warning",  "{} warnings",       "{} info",     "{} baselined",
    "{} claim", "{} claims", " in {} file", " in {} files",      ", "};
constexpr text_words korean{"ko",
                            "참고",
                            "제안",
                            "수치 {} ({}:{})",
                            "(기준선)",
                            " (읽지 못한 파일 {}개)",
                            "오류 {}건",
                            "오류 {}건",
                            "경고 {}건",
                            "경고 {}건",
                            "정보 {}건",
                            "기준선 {}건",
                            "수치 {}개",
                            "수치 {}개",
                            " (파일 {}개)",
                            " (파일 {}개)",
                            ", "};
constexpr text_words chinese{"zh",
                             "说明",
                             "建议",
                             "数据 {}（{}:{}）",
                             "（已列入基线）",
                             "（{} 个文件无法读取）",
                             "错误 {} 个",
                             "错误 {} 个",
                             "警告 {} 个",
                             "警告 {} 个",
                             "提示 {} 个",
                             "基线 {} 个",
                             "数据 {} 条",
                             "数据 {} 条",
                             "（文件 {} 个）",
                             "（文件 {} 个）",
                             "，"};
constexpr text_words japanese{"ja",
                              "注記",
                              "修正案",
                              "数値 {}（{}:{}）",
                              "（ベースライン済み）",
                              "（読めないファイル {} 件）",
                              "エラー {} 件",
                              "エラー {} 件",
                              "警告 {} 件",
                              "警告 {} 件",
                              "情報 {} 件",
                              "ベースライン {} 件",
                              "数値 {} 件",
                              "数値 {} 件",
                              "（ファイル {} 件）",
                              "（ファイル {} 件）",
                              "、"};

constexpr const text_words* all_words[] = {&english, &korean, &chinese, &japanese};

}  // namespace

const text_words& text_words_for(std::string_view lang) {
  for (const text_words* w : all_words)
    if (w->lang == lang) return *w;
  return english;
}

std::string_view summary_language(const std::vector<file_result>& results) {
  // An unreadable file has no language of its own, so it does not vote.
  const file_result* first = nullptr;
  for (const auto& r : results) {
    if (r.unreadable) continue;
    if (!first) first = &r;
    if (r.message_lang != first->message_lang) return english.lang;
  }
  return first ? text_words_for(first->message_lang).lang : english.lang;
}

std::string summary_line(const totals& t, std::size_t files, const text_words& w) {
  auto counted = [](std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format(fmt::runtime(n == 1 ? one : many), n);
  };
  std::string s = counted(t.errors, w.errors_one, w.errors_many);
  s += w.separator;
  s += counted(t.warnings, w.warnings_one, w.warnings_many);
  s += w.separator;
  s += fmt::format(fmt::runtime(w.infos), t.infos);
  s += w.separator;
  // Only mentioned when present, so the everyday summary line stays as it always was.
  if (t.baselined) {
    s += fmt::format(fmt::runtime(w.baselined_count), t.baselined);
    s += w.separator;
  }
  s += counted(t.claims, w.claims_one, w.claims_many);
  s += counted(files, w.files_one, w.files_many);
  if (t.unreadable) s += fmt::format(fmt::runtime(w.unreadable), t.unreadable);
  return s;
}

}  // namespace fc::render
