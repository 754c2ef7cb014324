// Suppression comments are read from the original bytes, so they work in Markdown, HTML and
// plain text alike; a comment covers findings by line, like the comments of common linters.
#include "findings/suppression.hpp"

#include <algorithm>
#include <cstddef>
#include <string>

#include "rules/catalogue.hpp"
#include "support/shorten.hpp"

namespace fc::findings {
namespace {

struct directive {
  enum kind { next_line, disable, enable } what;
  std::size_t line;
  std::vector<std::string> rules;  ///< empty: every rule
};

// The rule names in `s`, which starts at byte `offset` of the file; unknown names are
// reported at their bytes.
std::vector<std::string> split_rules(std::string_view s, std::size_t offset,
                                     std::vector<suppression_problem>& problems) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t e = s.find_first_of(" ,\t\n\r", i);
    if (e == std::string_view::npos) e = s.size();
    if (e > i) {
      out.emplace_back(s.substr(i, e - i));
      if (!rules::find_rule(out.back()))
        problems.push_back({"unknown rule '" + shortened(out.back()) +
                                "' in a suppression comment (see 'forecheck rules')",
                            offset + i, offset + e});
    }
    i = e + 1;
  }
  return out;
}

std::vector<directive> read(std::string_view s, std::vector<suppression_problem>& problems) {
  std::vector<directive> out;
  std::size_t line = 1, counted = 0;
  for (std::size_t p = s.find("<!--"); p != std::string_view::npos; p = s.find("<!--", p + 4)) {
    std::size_t e = s.find("-->", p);
    if (e == std::string_view::npos) break;
    line += static_cast<std::size_t>(std::count(s.begin() + static_cast<std::ptrdiff_t>(counted),
                                                s.begin() + static_cast<std::ptrdiff_t>(p), '\n'));
    counted = p;
    std::string_view body = s.substr(p + 4, e - p - 4);
    while (!body.empty() && body.front() == ' ') body.remove_prefix(1);
    static const std::pair<std::string_view, directive::kind> words[] = {
        {"forecheck-disable-next-line", directive::next_line},
        {"forecheck-disable", directive::disable},
        {"forecheck-enable", directive::enable}};
    for (auto [word, kind] : words) {
      if (body.rfind(word, 0) != 0) continue;
      std::string_view rest = body.substr(word.size());
      if (!rest.empty() && rest[0] != ' ') continue;
      std::size_t end_line = line + static_cast<std::size_t>(std::count(
                                        s.begin() + static_cast<std::ptrdiff_t>(p),
                                        s.begin() + static_cast<std::ptrdiff_t>(e), '\n'));
      std::size_t rest_at = static_cast<std::size_t>(rest.data() - s.data());
      out.push_back({kind, end_line, split_rules(rest, rest_at, problems)});
      break;
    }
  }
  return out;
}

bool names(const directive& d, const std::string& rule) {
  return d.rules.empty() || std::find(d.rules.begin(), d.rules.end(), rule) != d.rules.end();
}

}  // namespace

std::vector<suppression_problem> apply_suppressions(std::string_view original,
                                                    std::vector<finding>& findings) {
  std::vector<suppression_problem> problems;
  if (original.find("forecheck-") == std::string_view::npos) return problems;
  auto ds = read(original, problems);
  std::erase_if(findings, [&](const finding& f) {
    bool off = false;
    for (const auto& d : ds) {
      if (d.line >= f.where.line && d.what != directive::next_line) break;
      if (!names(d, f.rule)) continue;
      if (d.what == directive::next_line && d.line + 1 == f.where.line) return true;
      if (d.what == directive::disable) off = true;
      if (d.what == directive::enable) off = false;
    }
    return off;
  });
  return problems;
}

}  // namespace fc::findings
