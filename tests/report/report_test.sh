#!/usr/bin/env bash
# `forecheck report` as a user meets it: escaping of hostile articles (checked by parsing the
# HTML), one chart point per figure claim, refusal to overwrite, Markdown, determinism, usage.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs=(fixtures/demo/genai-market.md fixtures/e2e "$here/hostile.txt")
expect_exit() {  # expected-code description command...
  local want=$1 what=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"
    cat "$tmp/out" "$tmp/err"
    fail=1
  fi
}

expect_exit 0 "html report" "$bin" report "${inputs[@]}" -o "$tmp/r.html"
"$bin" check --format json fixtures/demo/genai-market.md fixtures/e2e "$here/hostile.txt" >"$tmp/check.json"
python3 - "$tmp/r.html" "$tmp/check.json" <<'PY' || fail=1
import json, re, sys
from html.parser import HTMLParser
page = open(sys.argv[1], encoding="utf-8").read()
files = json.load(open(sys.argv[2]))["files"]
ok = True
def check(cond, what):
    global ok
    if not cond:
        print("FAIL:", what)
        ok = False

class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.handlers = {}, []
    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.handlers += [(tag, k) for k, _ in attrs if k.startswith("on")]
        self.handlers += [(tag, k, v) for k, v in attrs if k != "xmlns" and v and "://" in v]
t = Tags()
t.feed(page)
check(page.startswith("<!doctype html>\n<!-- forecheck-report v1"), "marker comment")
check(t.tags.get("script") == 1, f"exactly one script element, got {t.tags.get('script')}")
check("img" not in t.tags, "no <img> element from the article")
check(not t.handlers, f"no event-handler attributes or external URLs: {t.handlers}")
check("&lt;script&gt;alert(1)&lt;/script&gt;" in page, "script tag shown as text")
check("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page, "attribute breakout shown as text")
check("Content-Security-Policy" in page, "CSP present")
# One <circle class="figure"> per charted figure claim, article by article.
sections = page.split('<section class="article"')[1:]
check(len(sections) == len(files) == 11, f"one section per file: {len(sections)} vs {len(files)}")
for f, sec in zip(files, sections):
    want = sum(1 for c in f["claims"] if c["kind"] in ("size", "quantity") and c["year"] is not None
               and c["subject"] and c["value"] and c["value"]["point"] > 0 and not c["per"] and not c["vague"])
    got = len(re.findall(r'<circle class="figure', sec))
    check(got == want, f"{f['path']}: {got} circle.figure for {want} figure claims")
    for c in f["claims"]:
        check(f'id="a{files.index(f) + 1}-{c["id"]}"' in sec, f"{f['path']}: claim {c['id']} anchored")
    check(len(re.findall(r'<mark id=', sec)) == len({c["span"]["start"] for c in f["claims"]}),
          f"{f['path']}: one mark per claimed span")
    for x in f["findings"]:
        check(f'id="a{files.index(f) + 1}-{x["id"]}"' in sec, f"{f['path']}: finding {x['id']} anchored")
demo = sections[0]
check(len(re.findall(r'<circle class="figure conflict"', demo)) == 2, "demo: both seed figures red")
check(demo.count('<polygon class="band"') == 4, "demo: a band per figure and stated CAGR")
check('<line class="fit"' in demo, "demo: least-squares path")
n_findings = sum(len(f["findings"]) for f in files)
check(len(re.findall(r'<tr data-severity=', page)) == n_findings, "findings table complete without JS")
sys.exit(0 if ok else 1)
PY

# Byte-identical output for equal input; the report overwrites its own earlier output.
expect_exit 0 "second run over a report" "$bin" report "${inputs[@]}" -o "$tmp/r2.html"
"$bin" report "${inputs[@]}" -o "$tmp/r.html"
cmp -s "$tmp/r.html" "$tmp/r2.html" || { echo "FAIL: output not deterministic"; fail=1; }

# Never overwrite something that is not a report, unless --force.
printf 'my notes\n' >"$tmp/notes.html"
expect_exit 2 "overwrite refused" "$bin" report fixtures/demo/genai-market.md -o "$tmp/notes.html"
grep -q "refusing to overwrite" "$tmp/err" || { echo "FAIL: refusal message"; fail=1; }
[ "$(cat "$tmp/notes.html")" = "my notes" ] || { echo "FAIL: notes were changed"; fail=1; }
expect_exit 0 "--force" "$bin" report fixtures/demo/genai-market.md -o "$tmp/notes.html" --force
head -c 40 "$tmp/notes.html" | grep -q "forecheck-report" || { echo "FAIL: --force did not write"; fail=1; }
mkdir "$tmp/dir"
expect_exit 2 "output is a directory" "$bin" report fixtures/demo/genai-market.md -o "$tmp/dir"

# Markdown summary for pull-request comments.
expect_exit 0 "markdown" "$bin" report --format markdown "${inputs[@]}" -o "$tmp/r.md"
grep -q '^<!-- forecheck-report v1' "$tmp/r.md" || { echo "FAIL: markdown marker"; fail=1; }
grep -q '^| fixtures/demo/genai-market.md | 13:55 | 오류 | growth-contradiction |' "$tmp/r.md" ||
  { echo "FAIL: markdown row for the seed conflict"; cat "$tmp/r.md"; fail=1; }
if grep -q '<script\|<img' "$tmp/r.md"; then echo "FAIL: markdown kept article markup"; fail=1; fi
printf 'notes\n' >"$tmp/notes.md"
expect_exit 2 "markdown overwrite refused" "$bin" report --format markdown fixtures/e2e -o "$tmp/notes.md"

# UI language, directories, usage errors, unreadable input.
expect_exit 0 "--ui-lang en" "$bin" report --ui-lang en fixtures/demo/genai-market.md -o "$tmp/en.html"
grep -q '<html lang="en">' "$tmp/en.html" && grep -q 'Findings by rule' "$tmp/en.html" ||
  { echo "FAIL: English UI"; fail=1; }
expect_exit 0 "English articles pick English UI" "$bin" report fixtures/e2e/en-consistent.txt -o "$tmp/en2.html"
grep -q '<html lang="en">' "$tmp/en2.html" || { echo "FAIL: UI language from articles"; fail=1; }
# A Chinese article gets the Chinese UI; --ui-lang ja forces the Japanese one.
expect_exit 0 "Chinese article picks Chinese UI" "$bin" report fixtures/e2e/zh-conflict.txt -o "$tmp/zh.html"
for want in '<html lang="zh">' '<title>forecheck 数字核查报告' '按规则分列的问题' '文章正文' \
  '<span class="badge sev-warning">警告</span>' '却称年均增长约17%' '13.5亿~14.5亿美元'; do
  grep -q "$want" "$tmp/zh.html" || { echo "FAIL: Chinese UI lacks $want"; fail=1; }
done
grep -q 'Findings by rule\|규칙별 지적' "$tmp/zh.html" && { echo "FAIL: Chinese UI has English or Korean words"; fail=1; }
expect_exit 0 "--ui-lang ja" "$bin" report --ui-lang ja fixtures/demo/genai-market.md -o "$tmp/ja.html"
grep -q '<html lang="ja">' "$tmp/ja.html" && grep -q 'ルール別の指摘' "$tmp/ja.html" ||
  { echo "FAIL: Japanese UI"; fail=1; }
expect_exit 2 "--ui-lang fr refused" "$bin" report --ui-lang fr fixtures/demo/genai-market.md -o "$tmp/fr.html"
"$bin" report --format markdown fixtures/e2e >"$tmp/dir.md"
[ "$(grep -c '^| fixtures/e2e/' "$tmp/dir.md")" = 5 ] || { echo "FAIL: directory expansion"; cat "$tmp/dir.md"; fail=1; }
grep -q 'Files 9\|파일 9' "$tmp/dir.md" || { echo "FAIL: directory should give 9 articles"; fail=1; }
mkdir "$tmp/articles"
cp fixtures/e2e/ko-conflict.md fixtures/e2e/en-consistent.txt "$tmp/articles/"
"$bin" report "$tmp/articles" -o "$tmp/articles/report.html"
"$bin" report "$tmp/articles" -o "$tmp/articles/again.html"
[ "$(grep -c '<section class="article"' "$tmp/articles/again.html")" = 2 ] ||
  { echo "FAIL: earlier reports in a directory were read as articles"; fail=1; }
expect_exit 2 "unknown option" "$bin" report --frobnicate fixtures/e2e
expect_exit 2 "no input" "$bin" report -o "$tmp/x.html"
expect_exit 2 "bad format" "$bin" report --format pdf fixtures/e2e
expect_exit 2 "missing input still reported" "$bin" report "$tmp/nope.txt" fixtures/e2e -o "$tmp/m.html"
grep -q 'nope.txt' "$tmp/m.html" || { echo "FAIL: unreadable file missing from report"; fail=1; }
printf '\xff\xfe bad \x00 bytes 2023년 14억달러\n' >"$tmp/bad.txt"
expect_exit 0 "bad bytes" "$bin" report "$tmp/bad.txt" -o "$tmp/bad.html"
exit $fail
