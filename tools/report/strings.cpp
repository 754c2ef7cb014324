// Korean and English UI strings of the report, and how the UI language is chosen.
#include "report/strings.hpp"

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
    "목차로"};

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
                    "Back to index"};

}  // namespace

const ui_strings& strings_for(const std::string& lang) { return lang == "en" ? en : ko; }

std::string pick_ui_lang(const std::vector<file_result>& results, const std::string& forced) {
  if (forced == "ko" || forced == "en") return forced;
  std::size_t n_ko = 0, n_en = 0;
  for (const auto& r : results) {
    if (r.lang == "en") ++n_en;
    if (r.lang == "ko") ++n_ko;
  }
  if (n_ko == 0 && n_en == 0) return "en";
  return n_ko >= n_en ? "ko" : "en";
}

const char* severity_word(const ui_strings& s, severity level) {
  if (std::string_view(s.lang) == "ko")
    return level == severity::error ? "오류" : level == severity::warning ? "경고" : "참고";
  return to_string(level);
}

}  // namespace fc::report
