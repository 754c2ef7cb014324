// The report's UI strings in each UI language, and how the UI language is chosen.
#include "report/strings.hpp"

#include <algorithm>

namespace fc::report {
namespace {

const ui_strings ko{
    "ko",
    "forecheck 수치 검증 보고서",
    "요약",
    "파일",
    "주장",
    "지적 사항",
    "오류",
    "경고",
    "참고",
    "규칙별 지적",
    "규칙",
    "심각도",
    "파일",
    "위치",
    "내용",
    "언어",
    "검색",
    "전체",
    "지적 사항이 없습니다.",
    "읽어 낸 수치가 없습니다.",
    "기사 본문",
    "주제별 차트",
    "ID",
    "종류",
    "원문",
    "값(구간)",
    "통화",
    "연도",
    "출처",
    "주제",
    "전망",
    "관련 주장",
    "일관된 값",
    "읽을 수 없는 파일입니다",
    "로그 눈금. 점=수치(막대=반올림 구간), 띠=명시된 연평균 성장률, 점선=최소제곱 경로",
    "최소제곱 경로",
    "성장률 띠",
    "목차로",
    "날짜 미상",
    "오류",
    "경고",
    "참고"};

const ui_strings en{"en",
                    "forecheck report",
                    "Summary",
                    "Files",
                    "Claims",
                    "Findings",
                    "Errors",
                    "Warnings",
                    "Info",
                    "Findings by rule",
                    "Rule",
                    "Severity",
                    "File",
                    "Where",
                    "Message",
                    "Language",
                    "Filter",
                    "All",
                    "No findings.",
                    "No figures found.",
                    "Article text",
                    "Charts by subject",
                    "ID",
                    "Kind",
                    "Text",
                    "Value (interval)",
                    "Currency",
                    "Year",
                    "Source",
                    "Subject",
                    "Forecast",
                    "Claims involved",
                    "Consistent value",
                    "Unreadable file",
                    "Log scale. Dot = figure (bar = rounding interval), band = stated CAGR, dashed "
                    "= least-squares path",
                    "least-squares path",
                    "growth band",
                    "Back to index",
                    "undated",
                    "error",
                    "warning",
                    "info"};

const ui_strings zh{"zh",
                    "forecheck 数字核查报告",
                    "摘要",
                    "文件",
                    "数字主张",
                    "发现的问题",
                    "错误",
                    "警告",
                    "提示",
                    "按规则分列的问题",
                    "规则",
                    "严重程度",
                    "文件",
                    "位置",
                    "内容",
                    "语言",
                    "筛选",
                    "全部",
                    "没有发现问题。",
                    "未读出任何数字。",
                    "文章正文",
                    "按主题分列的图表",
                    "ID",
                    "类型",
                    "原文",
                    "数值（区间）",
                    "货币",
                    "年份",
                    "来源",
                    "主题",
                    "预测",
                    "相关主张",
                    "一致的数值",
                    "无法读取的文件",
                    "对数刻度。点 = 数字（竖线 = 四舍五入区间），带 = 文中的年复合增长率，虚线 = "
                    "最小二乘路径",
                    "最小二乘路径",
                    "增长率带",
                    "返回目录",
                    "日期不详",
                    "错误",
                    "警告",
                    "提示"};

const ui_strings ja{"ja",
                    "forecheck 数値検証レポート",
                    "概要",
                    "ファイル",
                    "主張",
                    "指摘事項",
                    "エラー",
                    "警告",
                    "情報",
                    "ルール別の指摘",
                    "ルール",
                    "重大度",
                    "ファイル",
                    "位置",
                    "内容",
                    "言語",
                    "絞り込み",
                    "すべて",
                    "指摘事項はありません。",
                    "読み取れた数値はありません。",
                    "記事本文",
                    "テーマ別のグラフ",
                    "ID",
                    "種類",
                    "原文",
                    "値（区間）",
                    "通貨",
                    "年",
                    "出典",
                    "テーマ",
                    "予測",
                    "関連する主張",
                    "整合する値",
                    "読み込めないファイルです",
                    "対数目盛。点 = 数値（棒 = 四捨五入の区間）、帯 = 示された年平均成長率、点線 = "
                    "最小二乗経路",
                    "最小二乗経路",
                    "成長率の帯",
                    "目次へ",
                    "日付不明",
                    "エラー",
                    "警告",
                    "情報"};

// The UI languages, in the order that breaks a tie of article counts.
const ui_strings* const all_languages[] = {&ko, &en, &zh, &ja};

}  // namespace

const ui_strings& strings_for(const std::string& lang) {
  for (const ui_strings* s : all_languages)
    if (lang == s->lang) return *s;
  return ko;
}

std::string pick_ui_lang(const std::vector<file_result>& results, const std::string& forced) {
  for (const ui_strings* s : all_languages)
    if (forced == s->lang) return forced;
  std::size_t best = 0;
  std::string lang = "en";  // no article in a UI language
  for (const ui_strings* s : all_languages) {
    std::size_t n = std::count_if(results.begin(), results.end(),
                                  [&](const file_result& r) { return r.lang == s->lang; });
    if (n > best) best = n, lang = s->lang;
  }
  return lang;
}

const char* severity_word(const ui_strings& s, severity level) {
  return level == severity::error     ? s.error_word
         : level == severity::warning ? s.warning_word
                                      : s.info_word;
}

}  // namespace fc::report
